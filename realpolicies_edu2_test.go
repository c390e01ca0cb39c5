package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// university paraphrases, in our own words and as we recall it, the
// student privacy notice of a large UK university in the manner of the
// University of Oxford, as published in 2024: applicants and students,
// the student record, disability and health support, equality
// monitoring, statutory returns to the Higher Education Statistics
// Agency and the Office for Students, the sponsor duties of the
// university for students on a Student visa, plagiarism detection,
// the colleges and the student union, and alumni relations. It declares
// the UK GDPR, read with the Data Protection Act 2018.
func university() realPolicy {
	gb := regionGB
	identity := &policy.Category{ID: "identity", Name: "Identity and contact details", Items: []string{"name", "date of birth", "student number", "home and term-time addresses", "email address", "phone number", "emergency contact"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "UCAS and the other admissions services you apply through",
		Retention: policy.Indefinitely(), Linked: true}
	application := &policy.Category{ID: "application", Name: "Application details", Items: []string{"qualifications and predicted grades", "personal statement", "references", "admissions test results", "interview notes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "UCAS, your school and referees, and the bodies that run admissions tests",
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventPurposeAchieved,
			Criteria: "one year after the end of the admissions cycle for applicants who do not join us; for students, as part of the student record"}, Linked: true}
	record := &policy.Category{ID: "record", Name: "Student record", Items: []string{"course and college", "marks, results and classification", "submitted work", "attendance and progress", "fees and funding", "conduct and complaints cases"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, Linked: true,
		Retention: policy.ByCriteria("six years after you leave for most of the record; a core record of your name, course, results and award permanently, so that we can confirm your degree")}
	health := &policy.Category{ID: "health", Name: "Disability and health information", Items: []string{"disability or long-term health condition", "support needs and reasonable adjustments", "medical evidence for extensions and mitigating circumstances"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "doctors and other professionals whose evidence you give us",
		Retention: policy.Keep(policy.Years(6), policy.EventContractEnd), Linked: true}
	equality := &policy.Category{ID: "equality", Name: "Equality monitoring information", Items: []string{"ethnicity", "religion or belief", "sexual orientation", "gender identity"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(6), policy.EventContractEnd), Linked: true}
	immigration := &policy.Category{ID: "immigration", Name: "Immigration information of students on a Student visa", Items: []string{"passport and visa details", "Confirmation of Acceptance for Studies number", "attendance and engagement records"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventContractEnd,
			Criteria: "one year after our sponsorship of you ends, or until a Home Office compliance officer has examined the records, whichever is later"}}
	convictions := &policy.Category{ID: "convictions", Name: "Criminal convictions of applicants to courses with placements", Items: []string{"relevant unspent convictions", "result of an enhanced Disclosure and Barring Service check"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the Disclosure and Barring Service",
		Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	it := &policy.Category{ID: "it", Name: "IT and library use", Items: []string{"single sign-on account", "log-ins and IP addresses", "library loans", "photo on your University card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection), Linked: true}

	hesa := &policy.Recipient{ID: "hesa", Name: "the Higher Education Statistics Agency (Jisc) and the Office for Students", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{identity, record, equality, health}, Purpose: "for the statutory returns on students and for the Graduate Outcomes survey"}
	ukvi := &policy.Recipient{ID: "ukvi", Name: "UK Visas and Immigration", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{identity, immigration, record}, Purpose: "to meet our duties as a licensed student sponsor"}
	colleges := &policy.Recipient{ID: "colleges", Name: "your college", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, application, record, health}, Purpose: "to admit, teach and support you, as a controller in its own right"}
	plagiarism := &policy.Recipient{ID: "plagiarism", Name: "our plagiarism detection service provider (Turnitin)", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, record}, Purpose: "to compare submitted work with published sources and other submissions"}
	union := &policy.Recipient{ID: "union", Name: "the student union", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, record}, Purpose: "to make you a member, run elections and offer its services"}
	funders := &policy.Recipient{ID: "funders", Name: "the Student Loans Company and your sponsors", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, record}, Purpose: "to confirm your attendance and progress so that loans and scholarships are paid"}
	verification := &policy.Recipient{ID: "hedd", Name: "the Higher Education Degree Datacheck", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{identity, record}, Purpose: "to confirm your award to employers and others you have authorised to ask"}
	dbs := &policy.Recipient{ID: "dbs", Name: "the Disclosure and Barring Service", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{identity, convictions}}

	admissions := &policy.Purpose{ID: "admissions", Name: "Considering your application", Categories: []*policy.Category{identity, application},
		Bases: []policy.Basis{policy.BasisPublicTask}, Recipients: []*policy.Recipient{colleges},
		Obligations: []policy.Obligation{{Act: "the charter and statutes of the University", Region: gb}},
		Required:    "without your application details we cannot consider you for a place"}
	teaching := &policy.Purpose{ID: "teaching", Name: "Teaching, assessing and awarding degrees", Categories: []*policy.Category{identity, record, it},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Recipients: []*policy.Recipient{colleges, plagiarism},
		Obligations: []policy.Obligation{{Act: "the charter and statutes of the University", Region: gb}},
		Required:    "we need your record to teach and examine you and to award your degree"}
	fees := &policy.Purpose{ID: "fees", Name: "Charging fees and administering your funding", Categories: []*policy.Category{identity, record},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{funders}}
	support := &policy.Purpose{ID: "support", Name: "Supporting disabled students and students with health conditions", Categories: []*policy.Category{identity, health},
		Bases:    []policy.Basis{policy.BasisPublicTask, policy.BasisLegalObligation, policy.BasisExplicitConsent, policy.BasisSubstantialPublicInterest},
		Withdraw: "by telling the Disability Advisory Service, after which we may not be able to put your adjustments in place", ConsentMethod: policy.ConsentMethodWritten,
		Obligations:      []policy.Obligation{{Act: "Equality Act 2010, ss. 20 and 91", Region: gb}},
		SpecialCondition: policy.DPAConditionStatutory, Recipients: []*policy.Recipient{colleges},
		Required: "telling us about a disability is your choice; without it we cannot make adjustments for you"}
	statistics := &policy.Purpose{ID: "returns", Name: "Making statutory returns and monitoring equality of opportunity", Categories: []*policy.Category{identity, record, equality, health},
		Bases:            []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest},
		Obligations:      []policy.Obligation{{Act: "Higher Education and Research Act 2017, ss. 8, 9 and 64", Region: gb}},
		SpecialCondition: policy.DPAConditionEquality, Recipients: []*policy.Recipient{hesa},
		Required: "equality information is optional, and you may answer “prefer not to say”"}
	sponsorship := &policy.Purpose{ID: "sponsorship", Name: "Meeting our duties as a sponsor of students on a Student visa", Categories: []*policy.Category{identity, immigration, record},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Immigration Rules, Appendix Student, and the Home Office guidance for student sponsors", Region: gb}},
		Recipients:  []*policy.Recipient{ukvi},
		Required:    "if you do not give us your passport and visa details, or do not engage with your studies, we must tell UK Visas and Immigration and may withdraw our sponsorship"}
	placements := &policy.Purpose{ID: "placements", Name: "Checking the suitability of students on courses with placements with children or patients", Categories: []*policy.Category{identity, convictions},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Safeguarding Vulnerable Groups Act 2006", Region: gb}},
		Criminal: policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding}, Recipients: []*policy.Recipient{dbs},
		Required: "applicants to these courses must declare relevant convictions and agree to the check; without them we cannot confirm a place on the course"}
	studentUnion := &policy.Purpose{ID: "union", Name: "Making you a member of the student union", Categories: []*policy.Category{identity, record},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "enabling the student union to represent students and offer its services, as the Education Act 1994 expects",
		OptOut: true, Recipients: []*policy.Recipient{union}}
	alumni := &policy.Purpose{ID: "alumni", Name: "Keeping in touch with you as a graduate, including fundraising", Categories: []*policy.Category{identity, record},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "maintaining a lifelong relationship with our graduates and raising support for the University",
		OptOut: true, Retention: policy.ByCriteria("for as long as you remain in touch with us, unless you ask us to stop")}
	verify := &policy.Purpose{ID: "verification", Name: "Confirming your degree to others", Categories: []*policy.Category{identity, record},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{{Act: "the charter and statutes of the University", Region: gb}},
		Recipients: []*policy.Recipient{verification}}
	welfare := &policy.Purpose{ID: "welfare", Name: "Protecting your safety and wellbeing in an emergency", Categories: []*policy.Category{identity, health},
		Bases: []policy.Basis{policy.BasisVitalInterests, policy.BasisVitalInterestsIncapable}}

	p := &policy.Policy{
		Title: "Student privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "University of Oxford", Email: "data.protection@admin.ox.example", Address: "Wellington Square, Oxford OX1 2JD"},
			Country: gb, Registration: "registered with the Information Commissioner's Office as a data controller"},
		DPO:     &policy.Contact{Name: "Information Compliance Team", Email: "data.protection@admin.ox.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{identity, application, record, health, equality, immigration, convictions, it},
		Purposes:   []*policy.Purpose{admissions, teaching, fees, support, statistics, sponsorship, placements, studentUnion, alumni, verify, welfare},
		Recipients: []*policy.Recipient{hesa, ukvi, colleges, plagiarism, union, funders, verification, dbs},
		Transfers: []policy.Transfer{{Origin: gb, Destination: regionUS, Recipient: plagiarism, Categories: []*policy.Category{identity, record},
			Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask the Information Compliance Team for a copy of the safeguards."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}},
		OtherNotices: []policy.Notice{
			{Covers: "the data the Higher Education Statistics Agency holds on students", URL: "https://www.hesa.ac.uk/about/regulation/data-protection/notices"},
			{Covers: "your college, for what it does as a controller in its own right"},
			{Covers: "alumni and supporters", URL: "https://www.ox.example/privacy/alumni"},
		},
		Rights:               gdprRights("by writing to the Information Compliance Team"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureInternalRules, Description: "Our Information Security Policy and data protection policy bind every member of staff."},
		},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Name: "Information Compliance Team", Email: "data.protection@admin.ox.example"},
	}
	return realPolicy{"university (University of Oxford)", p, []statement{
		{says: "the University of Oxford is the controller of the data in this notice", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "University of Oxford" && p.Controller.Country == regionGB
		}},
		{says: "your college is a separate controller with its own notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "colleges").Role == policy.RoleThirdParty && len(p.OtherNotices) == 3
		}},
		{says: "questions go to the Information Compliance Team, which acts as our data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "we receive your application from UCAS and your referees", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("application").Sources, policy.SourceThirdParty) && p.Category("application").SourceDetail != ""
		}},
		{says: "we consider applications as part of our public task of education", typed: func(p *policy.Policy) bool {
			return p.Purpose("admissions").HasBasis(policy.BasisPublicTask) && len(p.Purpose("admissions").Obligations) == 1
		}},
		{says: "we keep the data of applicants who do not join us for one year after the admissions cycle", typed: func(p *policy.Policy) bool {
			return p.Category("application").Retention.Period == policy.Years(1)
		}},
		{says: "we keep your student record: course, marks, submitted work, progress and fees", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("record").Items, "submitted work")
		}},
		{says: "we teach, assess and award degrees under our public task and our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("teaching").HasBasis(policy.BasisPublicTask) && p.Purpose("teaching").HasBasis(policy.BasisContract)
		}},
		{says: "submitted work may be checked by plagiarism detection software run by a provider in the US", typed: func(p *policy.Policy) bool {
			return recipient(p, "plagiarism").Role == policy.RoleProcessor && recipient(p, "plagiarism").Country == regionUS
		}},
		{says: "that transfer rests on the UK's international data transfer agreement, of which you can ask for a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "we use your IT account, library records and card photo to give you access to our services", typed: func(p *policy.Policy) bool { return p.Category("it") != nil }},
		{says: "we charge fees and confirm your attendance to the Student Loans Company and sponsors", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fees").Recipients, recipient(p, "funders"))
		}},
		{says: "if you tell us of a disability or health condition, we use it to make reasonable adjustments and give support", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("support") != nil
		}},
		{says: "we process disability information to meet our duties under the Equality Act 2010", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").HasBasis(policy.BasisLegalObligation) && p.Purpose("support").Obligations[0].Region == regionGB
		}},
		{says: "the condition of DPA 2018 Schedule 1 for disability support is a statutory purpose", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").SpecialCondition == policy.DPAConditionStatutory
		}},
		{says: "we share support needs with tutors and your college only with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").HasBasis(policy.BasisExplicitConsent) && p.Purpose("support").Withdraw != ""
		}},
		{says: "giving disability information is voluntary, but without it we cannot make adjustments", typed: func(p *policy.Policy) bool { return p.Purpose("support").Required != "" }},
		{says: "we ask for ethnicity, religion, sexual orientation and gender identity to monitor equality of opportunity", typed: func(p *policy.Policy) bool {
			return p.Category("equality").Sensitivity == policy.SensitivitySpecial && p.Purpose("returns").SpecialCondition == policy.DPAConditionEquality
		}},
		{says: "equality questions are optional and have a “prefer not to say” answer", typed: func(p *policy.Policy) bool { return p.Purpose("returns").Required != "" }},
		{says: "we must send data about every student to HESA and the Office for Students under the Higher Education and Research Act 2017", typed: func(p *policy.Policy) bool {
			return recipient(p, "hesa").Role == policy.RoleAuthority && p.Purpose("returns").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "HESA publishes its own notice on what it does with student data", typed: func(p *policy.Policy) bool { return p.OtherNotices[0].URL != "" }},
		{says: "HESA contacts graduates for the Graduate Outcomes survey about 15 months after they finish", free: toPurpose("returns")},
		{says: "as a licensed sponsor we keep passport and visa details of students on a Student visa", typed: func(p *policy.Policy) bool {
			return p.Purpose("sponsorship").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("sponsorship").Obligations) == 1
		}},
		{says: "we monitor the attendance and engagement of sponsored students and report to UK Visas and Immigration", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("immigration").Items, "attendance and engagement records") && recipient(p, "ukvi").Role == policy.RoleAuthority
		}},
		{says: "if a sponsored student stops engaging, we must tell UKVI and may withdraw sponsorship", typed: func(p *policy.Policy) bool { return p.Purpose("sponsorship").Required != "" }},
		{says: "we keep sponsorship records until a year after sponsorship ends or a Home Office audit", typed: func(p *policy.Policy) bool {
			return p.Category("immigration").Retention.Criteria != ""
		}},
		{says: "applicants to courses with placements with children or patients declare convictions and undergo DBS checks", typed: func(p *policy.Policy) bool {
			return p.Category("convictions").Criminal && p.Purpose("placements").Criminal.Condition == policy.DPAConditionSafeguarding
		}},
		{says: "without the declaration and the check we cannot confirm a place on such a course", typed: func(p *policy.Policy) bool { return p.Purpose("placements").Required != "" }},
		{says: "we pass your name, email and course to the student union so that you become a member, unless you opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("union").OptOut && recipient(p, "union").Role == policy.RoleThirdParty
		}},
		{says: "after you graduate your details pass to the alumni office to keep in touch and ask for support", typed: func(p *policy.Policy) bool {
			return p.Purpose("alumni").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("alumni").OptOut
		}},
		{says: "we confirm your degree to employers through the Higher Education Degree Datacheck", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("verification").Recipients, recipient(p, "hedd"))
		}},
		{says: "we keep a core record of your name, course and award permanently; most of the rest six years after you leave", typed: func(p *policy.Policy) bool {
			return p.Category("record").Retention.Kind == policy.RetentionCriteria && p.Category("identity").Retention.Kind == policy.RetentionIndefinite
		}},
		{says: "in an emergency we may share information with emergency services to protect you", typed: func(p *policy.Policy) bool {
			return p.Purpose("welfare").HasBasis(policy.BasisVitalInterests)
		}},
		{says: "where there is a serious risk to you or others we may contact your emergency contact", free: toPurpose("welfare")},
		{says: "we disclose data to the police and other authorities where the law requires or allows it", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we have a statutory duty to prevent people being drawn into terrorism (Prevent)", free: toIntroduction},
		{says: "lectures may be recorded and made available to students on the course", free: toPurpose("teaching")},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within a month and may ask for proof of identity", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Verification[0] == policy.VerificationDocument
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "access controls, training and our information security policy protect your data", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "we tell students of significant changes to this notice by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}

// healthInsurer paraphrases, in our own words and as we recall it, the
// data protection information of a German private health insurer in the
// manner of Allianz Private Krankenversicherungs-AG, as published in
// 2024: the application and its health questions, the assessment of
// claims from the bills of doctors, hospitals and pharmacies, medical
// reviewers, reinsurers, the insurance industry's information system
// against fraud, the professional secrecy that binds private health
// insurers, and retention for the statutory periods. It declares the
// GDPR, read with the BDSG and the German Insurance Contract Act (VVG).
func healthInsurer() realPolicy {
	de := regionDE
	contract := &policy.Category{ID: "contract", Name: "Contract data", Items: []string{"name", "address", "date of birth", "occupation", "policy number", "tariff and premium", "bank details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the insurance intermediary who advises you",
		Retention: policy.ByCriteria("the term of the contract, then the ten years for which German commercial and tax law require records to be kept, and longer while a claim may still be brought (up to 30 years under the Civil Code)"), Linked: true}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"answers to the health questions in the application", "diagnoses and treatments on bills and prescriptions", "hospital discharge reports", "reports of medical reviewers"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "doctors, dentists, hospitals, pharmacies and other providers who treat you or bill us directly",
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Criteria: "the end of the contract and the statutory retention and limitation periods that follow it"}, Linked: true,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Secrecy:     policy.Secrecy{Kind: policy.SecrecyInsurance, Laws: []policy.Obligation{{Act: "Strafgesetzbuch (StGB), § 203(1) no. 7", Region: de}}}}
	claims := &policy.Category{ID: "claims", Name: "Claims data", Items: []string{"bills and receipts you submit", "amounts reimbursed", "cost estimates and treatment plans", "correspondence on claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "hospitals and providers that bill us directly",
		Retention: policy.AsRequiredBy("German commercial and tax law (§ 257 HGB, § 147 AO)"), Linked: true}
	insured := &policy.Category{ID: "insured", Name: "Data of co-insured persons", Items: []string{"name and date of birth of your spouse or children insured under your contract", "their health data needed for their cover"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the policyholder who insures them",
		Retention: policy.Keep(policy.Years(10), policy.EventContractEnd), Linked: true}
	online := &policy.Category{ID: "online", Name: "Online and app usage data", Items: []string{"IP address", "device identifier", "log-ins to the customer portal and app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "companies of our group that run shared services such as data centres, printing, call centres and claims handling", Role: policy.RoleProcessor, Country: de,
		Categories: []*policy.Category{contract, health, claims, insured, online}}
	reviewers := &policy.Recipient{ID: "reviewers", Name: "independent medical reviewers", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{contract, health, claims}, Purpose: "to give an expert opinion on the need for a treatment or on a diagnosis"}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "reinsurers", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{contract, health, claims}, Purpose: "to share large or unusual risks with us, mostly with data that does not identify you"}
	intermediaries := &policy.Recipient{ID: "intermediaries", Name: "the insurance intermediary who looks after your contract", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{contract}, Purpose: "to advise you and look after your contract"}
	his := &policy.Recipient{ID: "his", Name: "informa HIS GmbH, which runs the insurance industry's information system (HIS)", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{contract, claims}, Purpose: "to detect conspicuous claims and insurance fraud across insurers"}
	providers := &policy.Recipient{ID: "providers", Name: "the doctors and hospitals that treat you", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{contract, claims}, Purpose: "to confirm cover and settle bills they send us directly"}
	tax := &policy.Recipient{ID: "tax", Name: "the Federal Central Tax Office (Bundeszentralamt für Steuern)", Role: policy.RoleAuthority, Country: de,
		Categories: []*policy.Category{contract}, Purpose: "to report the premiums you may deduct from your income tax"}
	previous := &policy.Recipient{ID: "previous", Name: "your previous or next private health insurer", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{contract}, Purpose: "to transfer your ageing reserve when you change insurer"}

	application := &policy.Purpose{ID: "application", Name: "Assessing your application and the risk we insure", Categories: []*policy.Category{contract, health, insured},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers},
		Bases:    []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Recipients: []*policy.Recipient{group, intermediaries, reinsurers},
		Withdraw:      "by writing to us; without that consent we can no longer assess the risk or pay claims, so the contract may not be possible",
		ConsentMethod: policy.ConsentMethodWritten,
		Required:      "you must answer the health questions truthfully; we cannot insure you without them, and wrong answers entitle us to withdraw from the contract (§ 19 VVG)"}
	claimsPurpose := &policy.Purpose{ID: "claims", Name: "Checking and paying claims", Categories: []*policy.Category{contract, health, claims, insured},
		Bases:    []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent, policy.BasisLegalClaims},
		Withdraw: "by writing to us; without that consent we cannot check bills and pay for treatment", ConsentMethod: policy.ConsentMethodWritten,
		Recipients: []*policy.Recipient{group, reviewers, providers, reinsurers},
		Automated:  "bills for outpatient treatment are checked against the tariff and the official fee schedules for doctors and dentists and reimbursed automatically where we pay in full; a member of staff decides every claim we do not pay in full (§ 37 BDSG)",
		Required:   "without the bills and the information needed to check them we cannot reimburse you"}
	fromDoctors := &policy.Purpose{ID: "inquiries", Name: "Asking doctors, hospitals and other insurers for health information", Categories: []*policy.Category{health, claims},
		Bases:    []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		Withdraw: "by writing to us, for all inquiries or for each one, as you choose when we tell you of it", ConsentMethod: policy.ConsentMethodWritten,
		Required: "you may instead obtain the information yourself and send it to us; without it we may be unable to assess the claim"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting insurance fraud", Categories: []*policy.Category{contract, claims},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the community of insured people from the costs of fraud",
		Recipients: []*policy.Recipient{his}, Profiling: true}
	taxes := &policy.Purpose{ID: "tax", Name: "Reporting premiums to the tax authorities", Categories: []*policy.Category{contract},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Einkommensteuergesetz (EStG), § 10(2a)", Region: de}},
		Recipients: []*policy.Recipient{tax}, Required: "you may object to the report, but then you cannot deduct the premiums"}
	transfer := &policy.Purpose{ID: "transfer", Name: "Transferring your ageing reserve when you change insurer", Categories: []*policy.Category{contract},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Versicherungsvertragsgesetz (VVG), § 204", Region: de}},
		Recipients: []*policy.Recipient{previous}}
	records := &policy.Purpose{ID: "records", Name: "Keeping records for supervision, accounting and tax", Categories: []*policy.Category{contract, claims},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Handelsgesetzbuch (HGB), § 257", Region: de}, {Act: "Abgabenordnung (AO), § 147", Region: de},
			{Act: "Versicherungsaufsichtsgesetz (VAG)", Region: de}}}
	advice := &policy.Purpose{ID: "advice", Name: "Advising you on other products of our group", Categories: []*policy.Category{contract},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products that suit them", OptOut: true,
		Recipients: []*policy.Recipient{intermediaries}}
	portal := &policy.Purpose{ID: "portal", Name: "Running the customer portal and app", Categories: []*policy.Category{contract, online},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers},
		Bases:    []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group}}

	p := &policy.Policy{
		Title: "Data protection information for customers",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Allianz Private Krankenversicherungs-AG", Email: "datenschutz@allianz.example", Address: "Königinstraße 28, 80802 Munich, Germany"}, Country: de,
			Registration: "Amtsgericht München, HRB 000000"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "datenschutz@allianz.example", Address: "Königinstraße 28, 80802 Munich, Germany"},
		Version: "2024", Effective: policy.MakeDate(2024, time.January, 1), Updated: policy.MakeDate(2024, time.January, 1),
		Laws:        []policy.Law{policy.GDPR},
		LegalActs:   []policy.Obligation{{Act: "Versicherungsvertragsgesetz (VVG), § 213", Region: de}, {Act: "Bundesdatenschutzgesetz (BDSG), § 37", Region: de}},
		Categories:  []*policy.Category{contract, health, claims, insured, online},
		Storage:     []policy.Storage{{Location: regionEU}},
		Purposes:    []*policy.Purpose{application, claimsPurpose, fromDoctors, fraud, taxes, transfer, records, advice, portal},
		Recipients:  []*policy.Recipient{group, reviewers, reinsurers, intermediaries, his, providers, tax, previous},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Rights:      append(gdprRights("by writing to our data protection officer"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht", Address: "Ansbach, Germany"}},
			{Kind: policy.RedressDisputeResolution, Contact: policy.Contact{Name: "Ombudsman for private health and long-term care insurance (PKV-Ombudsmann)", Address: "Berlin, Germany"}}},
		Requests: policy.Requests{Deadline: policy.Months(1)},
		Links:    policy.Links{Subprocessors: "https://www.allianz.example/datenschutz/dienstleister"},
		Security: []policy.Measure{
			{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureInternalRules, Description: "We have joined the code of conduct of the German insurance industry on the handling of personal data, which the data protection authorities approved."},
		},
		Children: policy.Children{ParentalConsent: true},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "datenschutz@allianz.example"},
	}
	return realPolicy{"private health insurer (Allianz Private Krankenversicherung)", p, []statement{
		{says: "Allianz Private Krankenversicherungs-AG in Munich is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Registration != ""
		}},
		{says: "you can reach our data protection officer by post or email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "we collect your contract data when you apply, also through your insurance intermediary", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contract").Sources, policy.SourceThirdParty)
		}},
		{says: "we need the answers to the health questions to assess the risk before we insure you", typed: func(p *policy.Policy) bool {
			return p.Purpose("application").Uses(p.Category("health")) && p.Purpose("application").Required != ""
		}},
		{says: "we process health data for the contract only with your explicit consent, given in writing", typed: func(p *policy.Policy) bool {
			return p.Purpose("application").HasBasis(policy.BasisExplicitConsent) && p.Purpose("application").ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "you can withdraw that consent, but then we may be unable to continue the contract", typed: func(p *policy.Policy) bool { return p.Purpose("application").Withdraw != "" }},
		{says: "to check claims we receive bills, prescriptions and reports from doctors, hospitals and pharmacies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceThirdParty) && p.Category("health").SourceDetail != ""
		}},
		{says: "hospitals can bill us directly, and we confirm your cover to them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("claims").Recipients, recipient(p, "providers"))
		}},
		{says: "we process health data for claims also to establish and defend legal claims (Art. 9(2)(f))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").HasBasis(policy.BasisLegalClaims)
		}},
		{says: "we ask doctors and hospitals for information only with your consent, and tell you before each inquiry (§ 213 VVG)", typed: func(p *policy.Policy) bool {
			return p.Purpose("inquiries").HasBasis(policy.BasisExplicitConsent) && p.LegalActs[0].Act == "Versicherungsvertragsgesetz (VVG), § 213"
		}},
		{says: "you may obtain that information yourself and send it to us instead", typed: func(p *policy.Policy) bool { return p.Purpose("inquiries").Required != "" }},
		{says: "independent medical reviewers may examine your claim and give an opinion", typed: func(p *policy.Policy) bool {
			return recipient(p, "reviewers").Role == policy.RoleThirdParty && p.Purpose("claims").Uses(p.Category("health"))
		}},
		{says: "we pass risks to reinsurers, mostly without data that identifies you", typed: func(p *policy.Policy) bool { return recipient(p, "reinsurers") != nil }},
		{says: "outpatient bills are checked and reimbursed automatically where we pay in full; a person decides otherwise", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "automated decisions rest on § 37 BDSG", typed: func(p *policy.Policy) bool { return p.LegalActs[1].Act == "Bundesdatenschutzgesetz (BDSG), § 37" }},
		{says: "we use the insurance industry's information system to detect fraud on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && recipient(p, "his") != nil
		}},
		{says: "those who are reported to the information system are told so in writing", free: toPurpose("fraud")},
		{says: "everyone who works for us is bound by the professional secrecy of private health insurers (§ 203 StGB)", typed: func(p *policy.Policy) bool {
			s := p.Category("health").Secrecy
			return s.Kind == policy.SecrecyInsurance && s.Laws[0].Region == regionDE
		}},
		{says: "we release service providers from secrecy only where you consent or have not objected", free: toCategory("health")},
		{says: "our group companies handle shared tasks for us as processors; a list of service providers is online", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "your insurance intermediary receives your contract data to advise you", typed: func(p *policy.Policy) bool { return recipient(p, "intermediaries") != nil }},
		{says: "we report premiums to the Federal Central Tax Office so that you can deduct them, unless you object", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").HasBasis(policy.BasisLegalObligation) && recipient(p, "tax").Role == policy.RoleAuthority
		}},
		{says: "when you change insurer we transfer your ageing reserve, as § 204 VVG requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("transfer").Obligations[0].Act == "Versicherungsvertragsgesetz (VVG), § 204"
		}},
		{says: "we keep records under commercial, tax and insurance supervision law", typed: func(p *policy.Policy) bool { return len(p.Purpose("records").Obligations) == 3 }},
		{says: "we keep data for the contract's duration, then the statutory retention periods of up to ten years, and longer while claims may be brought", typed: func(p *policy.Policy) bool {
			return p.Category("contract").Retention.Kind == policy.RetentionCriteria && p.Category("health").Retention.Period == policy.Years(10)
		}},
		{says: "the policyholder gives us the data of co-insured family members", typed: func(p *policy.Policy) bool {
			return p.Category("insured").SourceDetail != ""
		}},
		{says: "parents act for co-insured children", typed: func(p *policy.Policy) bool { return p.Children.ParentalConsent }},
		{says: "adult co-insured persons may ask that claims about them be settled with them directly", free: toCategory("insured")},
		{says: "we advise you on other products of our group unless you object", typed: func(p *policy.Policy) bool { return p.Purpose("advice").OptOut }},
		{says: "we never use health data for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we process data in the EU", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionEU }},
		{says: "authorities receive data where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the Bavarian data protection authority", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressSupervisoryAuthority
		}},
		{says: "disputes about your insurance can go to the ombudsman for private health insurance", typed: func(p *policy.Policy) bool {
			return p.Redress[1].Kind == policy.RedressDisputeResolution
		}},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "we follow the insurance industry's approved code of conduct on data protection", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureInternalRules) }},
		{says: "access controls, encryption and trained staff protect your data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureStaffTraining) }},
		{says: "the current version of this information is on our website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
	}}
}
