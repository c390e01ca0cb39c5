package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// nhsApp paraphrases, in our own words and as we recall it, the privacy
// notice of the NHS App and NHS login in England, as published in
// 2024-2025: NHS England is the controller of the app and of NHS login;
// GP practices stay the controllers of the GP records the app shows;
// NHS login proves who a person is from a photo of their identity
// document and a scan of their face; the app orders repeat
// prescriptions, books appointments and records the national data
// opt-out; the grounds are the public task of UK GDPR Art. 6(1)(e) and,
// for health data, Art. 9(2)(h) under the Data Protection Act 2018.
func nhsApp() realPolicy {
	records := "the Records Management Code of Practice for Health and Social Care 2021"
	confidentiality := policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "the common law duty of confidentiality", Region: regionGB}}}
	login := &policy.Category{ID: "login", Name: "NHS login details", Items: []string{"email address", "password", "mobile phone number for security codes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	deviceBio := &policy.Category{ID: "device-biometrics", Name: "Fingerprint or face recognition on your phone", Items: []string{"the fingerprint or face your phone checks when you sign in"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceOnly}
	identity := &policy.Category{ID: "identity", Name: "Identity details", Items: []string{"name", "date of birth", "postcode", "NHS number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Personal Demographics Service, the national record of NHS patients' details, which we match your details against", Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	document := &policy.Category{ID: "document", Name: "Photo identity document", Items: []string{"photo of your passport, driving licence or other photo ID", "the details on it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria(records), Linked: true}
	face := &policy.Category{ID: "face", Name: "Face scan", Items: []string{"a short video of your face", "facial features compared with the photo on your identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria(records), Linked: true}
	verification := &policy.Category{ID: "verification", Name: "Identity check results", Items: []string{"the level to which your identity was proved", "how it was proved"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{identity, document, face},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	gpRecord := &policy.Category{ID: "gp-record", Name: "GP health record", Items: []string{"allergies and medicines", "vaccinations", "test results", "consultations, problems and documents, where your practice shows them"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "your GP practice, through its clinical system",
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "as long as it takes to show it to you, as the app reads it from your practice's system each time and keeps no copy"},
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}, Secrecy: confidentiality, Linked: true}
	prescriptions := &policy.Category{ID: "prescriptions", Name: "Prescriptions and pharmacy", Items: []string{"repeat medicines you order", "your nominated pharmacy"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your GP practice", Secrecy: confidentiality,
		Retention: policy.ByCriteria(records), Linked: true}
	appointments := &policy.Category{ID: "appointments", Name: "Appointments and referrals", Items: []string{"GP appointments you book or cancel", "hospital referrals and appointments"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your GP practice and hospitals", Secrecy: confidentiality,
		Retention: policy.ByCriteria(records), Linked: true}
	choices := &policy.Category{ID: "choices", Name: "Your health choices", Items: []string{"your national data opt-out choice", "your organ donation decision"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria(records), Linked: true}
	messages := &policy.Category{ID: "messages", Name: "Messages and notifications", Items: []string{"messages from your GP practice and other NHS services", "whether you allow notifications"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "your GP practice and other NHS services", Secrecy: confidentiality,
		Retention: policy.ByCriteria(records), Linked: true}
	usage := &policy.Category{ID: "usage", Name: "How you use the app", Items: []string{"pages visited", "device and operating system", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Support requests and feedback", Items: []string{"what you tell the helpdesk", "feedback and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria(records)}

	publicTask := []policy.Obligation{{Act: "the National Health Service Act 2006 and the directions made under it", Region: regionGB}}
	practices := &policy.Recipient{ID: "practices", Name: "your GP practice", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{identity, prescriptions, appointments, messages},
		Purpose:    "to act on your requests; your practice is the controller of your GP record and has its own privacy notice"}
	gpSystems := &policy.Recipient{ID: "gp-systems", Name: "GP clinical system suppliers such as EMIS and TPP", Role: policy.RoleProcessor, Country: regionGB,
		Categories: []*policy.Category{identity, gpRecord, prescriptions, appointments}, Purpose: "to connect the app to your practice's records for your practice"}
	faceCheck := &policy.Recipient{ID: "face-check", Name: "identity verification suppliers such as iProov", Role: policy.RoleProcessor, Country: regionGB,
		Categories: []*policy.Category{face, document}, Purpose: "to check that your face matches the photo on your ID and that you are a real person"}
	eps := &policy.Recipient{ID: "eps", Name: "the Electronic Prescription Service and your nominated pharmacy", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{identity, prescriptions}, Purpose: "to send your prescriptions to the pharmacy you choose"}
	hospitals := &policy.Recipient{ID: "hospitals", Name: "hospitals and the NHS e-Referral Service", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{identity, appointments}}
	partners := &policy.Recipient{ID: "partners", Name: "partner services that the app links to, such as hospital patient portals", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{identity, login}, Conditional: true, NoticeURL: "https://nhsapp.example/partner-services",
		Purpose: "you choose to use them; each is a controller with its own privacy notice"}
	nhsbt := &policy.Recipient{ID: "nhsbt", Name: "NHS Blood and Transplant", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{identity, choices}, Purpose: "to record your decision on the NHS Organ Donor Register"}
	hosting := &policy.Recipient{ID: "hosting", Name: "cloud hosting, helpdesk and message delivery providers", Role: policy.RoleProcessor, Country: regionGB,
		Categories: []*policy.Category{login, identity, verification, messages, usage, support}}

	loginPurpose := &policy.Purpose{ID: "login", Name: "Creating your NHS login and letting you sign in", Categories: []*policy.Category{login, identity},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{hosting},
		Required: "you need an email address and a mobile phone number to create an NHS login"}
	deviceSignIn := &policy.Purpose{ID: "device-signin", Name: "Letting you sign in with your phone's fingerprint or face recognition", Categories: []*policy.Category{deviceBio},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisExplicitConsent}, Obligations: publicTask, Withdraw: "by turning it off in the app's settings"}
	prove := &policy.Purpose{ID: "prove", Name: "Proving who you are", Categories: []*policy.Category{identity, document, face, verification},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisExplicitConsent}, Obligations: publicTask, Withdraw: "by deleting your NHS login",
		Recipients: []*policy.Recipient{faceCheck, hosting},
		Automated:  "software decides whether your face matches the photo on your ID; if it cannot, a member of the NHS login team checks it",
		Required:   "if you do not want to scan your face, you can prove who you are with registration details from your GP practice"}
	record := &policy.Purpose{ID: "record", SpecialCondition: policy.DPAConditionHealthCare, Name: "Showing you your GP health record", Categories: []*policy.Category{identity, verification, gpRecord},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisHealthCare}, Obligations: publicTask, Recipients: []*policy.Recipient{gpSystems},
		Required: "you must prove who you are to a high level before you can see your record"}
	prescribe := &policy.Purpose{ID: "prescriptions", Name: "Ordering repeat prescriptions and choosing a pharmacy", Categories: []*policy.Category{identity, prescriptions},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisHealthCare}, Obligations: publicTask, Recipients: []*policy.Recipient{practices, gpSystems, eps}}
	book := &policy.Purpose{ID: "appointments", Name: "Booking and managing appointments and referrals", Categories: []*policy.Category{identity, appointments},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisHealthCare}, Obligations: publicTask, Recipients: []*policy.Recipient{practices, gpSystems, hospitals}}
	message := &policy.Purpose{ID: "messages", Name: "Sending you messages and notifications from the NHS", Categories: []*policy.Category{identity, messages},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisHealthCare}, Obligations: publicTask, Recipients: []*policy.Recipient{practices, hosting},
		Required: "notifications are up to you; messages stay in your inbox in the app if you turn them off"}
	choose := &policy.Purpose{ID: "choices", Name: "Recording your national data opt-out and organ donation decisions", Categories: []*policy.Category{identity, choices},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisHealthCare}, Obligations: publicTask, Recipients: []*policy.Recipient{nhsbt}}
	linking := &policy.Purpose{ID: "partners", Name: "Connecting you to partner services", Categories: []*policy.Category{identity, login},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{partners}}
	helpdesk := &policy.Purpose{ID: "support", Name: "Helping you and answering your feedback", Categories: []*policy.Category{support, identity},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicTask, Recipients: []*policy.Recipient{hosting}}
	improve := &policy.Purpose{ID: "improve", Name: "Measuring and improving the app", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's cookie settings", ConsentMethod: policy.ConsentMethodConsentTool}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "NHS England", Email: "enquiries@nhsengland.example", Address: "7 and 8 Wellington Place, Leeds LS1 4AP"}, Country: regionGB},
		DPO:        &policy.Contact{Name: "NHS England Data Protection Officer", Email: "dpo@nhsengland.example"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:         []policy.Law{policy.UKGDPR},
		Scope:        []string{"the NHS App and NHS login in England"},
		CustomerData: policy.CustomerData{Customers: "GP practices", Data: "the GP health records the app shows you, which your practice controls"},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		Categories:   []*policy.Category{login, deviceBio, identity, document, face, verification, gpRecord, prescriptions, appointments, choices, messages, usage, support},
		Storage:      []policy.Storage{{Location: regionGB}},
		Purposes:     []*policy.Purpose{loginPurpose, deviceSignIn, prove, record, prescribe, book, message, choose, linking, helpdesk, improve},
		Recipients:   []*policy.Recipient{practices, gpSystems, faceCheck, eps, hospitals, partners, nhsbt, hosting},
		Disclosures:  []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: loginPurpose, Categories: []*policy.Category{login}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)),
				Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by asking NHS England, or your GP practice for your GP record"}, {Kind: policy.RightRectification, How: "by asking your GP practice to correct your record"},
			{Kind: policy.RightErasure, How: "by deleting your NHS login in the app"}, {Kind: policy.RightRestriction}, {Kind: policy.RightObjection},
			{Kind: policy.RightPortability, How: "by asking NHS England"},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightNoAutomatedDecision, How: "by asking the NHS login team to check your identity by hand"},
			{Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Months(1)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureCertification, Description: "We meet the standards of the Data Security and Protection Toolkit."}},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "dpo@nhsengland.example"},
	}
	return realPolicy{"health service app (NHS App)", p, []statement{
		{says: "NHS England, in Leeds, is the controller of the NHS App and NHS login", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Name == "NHS England"
		}},
		{says: "NHS England's data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "this notice covers the NHS App and NHS login in England", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "your GP practice remains the controller of your GP record; the app shows it on the practice's behalf", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Customers == "GP practices" && recipient(p, "practices").Purpose != ""
		}},
		{says: "to create an NHS login you give an email address, a password and a mobile phone number", typed: func(p *policy.Policy) bool {
			return len(p.Category("login").Items) == 3 && p.Purpose("login").Required != ""
		}},
		{says: "we ask for your name, date of birth, postcode and NHS number and match them with the Personal Demographics Service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "NHS number") && p.Category("identity").SourceDetail != ""
		}},
		{says: "to prove who you are you take a photo of your photo ID", typed: func(p *policy.Policy) bool { return p.Purpose("prove").Uses(p.Category("document")) }},
		{says: "you record a short video of your face, which is compared with the photo on your ID; this is biometric data", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Category("face").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we use your biometric data only with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("prove").RestsOn(policy.BasisExplicitConsent, policy.UKGDPR)
		}},
		{says: "software compares your face with your ID, and a member of staff checks it where software cannot", typed: func(p *policy.Policy) bool { return p.Purpose("prove").Automated != "" }},
		{says: "you may ask for a person to check your identity instead", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "you can instead prove who you are with details from your GP practice", typed: func(p *policy.Policy) bool { return p.Purpose("prove").Required != "" }},
		{says: "identity verification suppliers such as iProov check faces and documents for us", typed: func(p *policy.Policy) bool { return recipient(p, "face-check").Role == policy.RoleProcessor }},
		{says: "we record how and to what level your identity was proved", typed: func(p *policy.Policy) bool { return p.Category("verification").Sources[0] == policy.SourceDerived }},
		{says: "our legal basis is the performance of a task in the public interest under the NHS Act 2006", typed: func(p *policy.Policy) bool {
			return p.Purpose("login").RestsOn(policy.BasisPublicTask, policy.UKGDPR) && len(p.Purpose("login").Obligations) == 1
		}},
		{says: "we process health data for the provision of health care, under Article 9(2)(h)", typed: func(p *policy.Policy) bool {
			return p.Purpose("record").HasBasis(policy.BasisHealthCare)
		}},
		{says: "health data is handled under the common law duty of confidentiality", typed: func(p *policy.Policy) bool {
			return p.Category("gp-record").Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "you can see your GP record, including allergies, medicines, vaccinations and test results", typed: func(p *policy.Policy) bool {
			return p.Purpose("record").Uses(p.Category("gp-record")) && p.Category("gp-record").SourceDetail != ""
		}},
		{says: "you must prove your identity to a high level to see your record", typed: func(p *policy.Policy) bool { return p.Purpose("record").Required != "" }},
		{says: "GP system suppliers such as EMIS and TPP connect the app to your record", typed: func(p *policy.Policy) bool { return recipient(p, "gp-systems").Role == policy.RoleProcessor }},
		{says: "people you have given proxy access through your practice can see your record", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("gp-record").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "you can order repeat prescriptions and choose a nominated pharmacy, which receives them through the Electronic Prescription Service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("prescriptions").Recipients, recipient(p, "eps"))
		}},
		{says: "you can book and cancel GP appointments and manage hospital referrals", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("appointments").Recipients, recipient(p, "hospitals"))
		}},
		{says: "your GP practice and other NHS services can send you messages in the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("messages").Uses(p.Category("messages"))
		}},
		{says: "notifications are up to you", typed: func(p *policy.Policy) bool { return p.Purpose("messages").Required != "" }},
		{says: "you can set your national data opt-out choice in the app", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("choices").Items, "your national data opt-out choice")
		}},
		{says: "you can record your organ donation decision, which we pass to NHS Blood and Transplant", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("choices").Recipients, recipient(p, "nhsbt"))
		}},
		{says: "the app links to partner services run by other organisations, each a controller with its own notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").NoticeURL != "" && recipient(p, "partners").Conditional
		}},
		{says: "cloud hosting and helpdesk providers process data for us in the UK", typed: func(p *policy.Policy) bool {
			return recipient(p, "hosting").Role == policy.RoleProcessor && p.Storage[0].Location == regionGB
		}},
		{says: "strictly necessary cookies keep you signed in; analytics cookies are used only if you agree", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn
		}},
		{says: "we do not sell your data or use it for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we keep records in line with the Records Management Code of Practice", typed: func(p *policy.Policy) bool {
			return p.Category("face").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "the app does not keep a copy of your GP record", typed: func(p *policy.Policy) bool { return p.Category("gp-record").Retention.Criteria != "" }},
		{says: "you may access your data, have it corrected, restricted or erased, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightObjection)
		}},
		{says: "ask your GP practice to correct your GP record", typed: func(p *policy.Policy) bool { return p.Rights[1].How != "" }},
		{says: "if you allow it, you can sign in with your phone's fingerprint or face recognition, which never leaves your phone", typed: func(p *policy.Policy) bool {
			return p.Category("device-biometrics").OnDevice == policy.OnDeviceOnly
		}},
		{says: "data portability applies only to what you gave with your consent", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPortability) }},
		{says: "you can delete your NHS login at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightErasure) }},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within one month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "data is encrypted, access is controlled, staff are trained, and we meet the Data Security and Protection Toolkit", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "you must be 13 or over to use the NHS App", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we may disclose data where the law requires or to protect someone", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureProtection) != nil }},
		{says: "we publish changes to this notice on this page", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		// Free text.
		{says: "the national data opt-out lets you stop your confidential patient information being used for research and planning, and does not affect your care", free: toPurpose("choices")},
		{says: "health data is also processed under Schedule 1, Part 1, paragraph 2 of the Data Protection Act 2018 (health or social care purposes)", typed: func(p *policy.Policy) bool {
			return p.Purpose("record").SpecialCondition == policy.DPAConditionHealthCare
		}},
	}}
}

// creditAgency paraphrases, in our own words and as we recall it, the
// Consumer Information Portal of Experian Ltd, a UK credit reference
// agency, as published in 2024-2025: the credit files it builds from
// what lenders report, the electoral register and public records such as
// county court judgments; the checks lenders run on them for credit,
// affordability, identity and fraud; the marketing services it builds
// from other data (its data-broker side); and people's rights to a free
// statutory credit report and to add a notice of correction, under the
// UK GDPR and the Consumer Credit Act 1974.
func creditAgency() realPolicy {
	sixYears := "six years from the date an account is settled, closed or defaulted"
	identity := &policy.Category{ID: "identity", Name: "Identity details", Items: []string{"name", "date of birth", "current and previous addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic, policy.SourceUser},
		SourceDetail: "lenders and other organisations that report to us, and the electoral register", Retention: policy.ByCriteria("as long as we hold credit information about you"), Linked: true}
	electoral := &policy.Category{ID: "electoral", Name: "Electoral register information", Items: []string{"name and address on the full electoral register", "the dates you were registered"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic}, SourceDetail: "local authorities, which supply the full register for credit checks and fraud prevention",
		Retention: policy.ByCriteria("the register entries of the last years, which show where you have lived"), Linked: true}
	accounts := &policy.Category{ID: "accounts", Name: "Credit account information", Items: []string{"loans, credit cards, mortgages, and utility and mobile phone accounts", "credit limits and balances", "whether you pay on time each month", "arrangements to pay and defaults"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "banks, credit card issuers, lenders, utilities, mobile phone companies and other members that share data with us",
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(6), From: policy.EventContractEnd, Criteria: sixYears}, Linked: true}
	public := &policy.Category{ID: "public-records", Name: "Public records", Items: []string{"county court judgments and their Scottish equivalents", "bankruptcies, individual voluntary arrangements and debt relief orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic}, SourceDetail: "the Register of Judgments, Orders and Fines, the Insolvency Service and the Accountant in Bankruptcy",
		Retention: policy.ByCriteria("six years from the date of the judgment or the start of the insolvency, or less if it is paid or ended early and the register records it"), Linked: true}
	searches := &policy.Category{ID: "searches", Name: "Search records", Items: []string{"which organisation searched your file, when and why", "whether the search was a hard search, which lenders see, or a soft search, which only you see"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	associates := &policy.Category{ID: "associates", Name: "Financial associations and linked addresses", Items: []string{"people you hold joint credit with", "addresses linked to you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{accounts, identity},
		VisibleTo: []policy.Audience{policy.AudienceJointHolders},
		Retention: policy.ByCriteria("until you ask us to break the link and we confirm that you no longer have joint finances"), Linked: true}
	scores := &policy.Category{ID: "scores", Name: "Credit scores and affordability estimates", Items: []string{"credit scores", "estimates of income and of what you can afford"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{accounts, public, searches},
		Retention: policy.ByCriteria("scores are calculated when a lender asks and kept with the search record"), Linked: true}
	corrections := &policy.Category{ID: "corrections", Name: "Notices of correction", Items: []string{"a statement of up to 200 words you add to your file to explain an entry"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria("as long as the entry it explains, or until you remove it"), Linked: true}
	marketingData := &policy.Category{ID: "marketing-data", Name: "Marketing information", Items: []string{"name and address from the open electoral register", "age band and household composition", "estimated income and lifestyle", "the Mosaic group your postcode and household fall into"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "the open electoral register, the Royal Mail's address files, lifestyle surveys and other data suppliers", DerivedFrom: []*policy.Category{identity},
		Retention: policy.ByCriteria("as long as the data remains accurate; we refresh it regularly"), Linked: true}
	requests := &policy.Category{ID: "requests", Name: "Your contacts with us", Items: []string{"contact details", "proof of identity", "what you ask us and our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(6), policy.EventPurposeAchieved)}

	credit := []*policy.Category{identity, electoral, accounts, public, searches, associates, scores, corrections}
	lenders := &policy.Recipient{ID: "lenders", Name: "lenders and other members, such as banks, card issuers, utilities, mobile phone companies and landlords", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: credit, Purpose: "to decide whether to lend to you and how much you can afford, verify your identity, prevent fraud and money laundering, and manage your accounts"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection and tracing agencies", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{identity, electoral, accounts}, Purpose: "to trace people who have moved without paying what they owe"}
	government := &policy.Recipient{ID: "government", Name: "government departments and public bodies such as HMRC and the Department for Work and Pensions", Role: policy.RoleAuthority, Country: regionGB,
		Categories: []*policy.Category{identity, electoral, accounts}, Purpose: "to prevent fraud, recover debts owed to the public and check eligibility"}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement bodies", Role: policy.RoleAuthority, Country: regionGB,
		Categories: []*policy.Category{identity, accounts, searches}, Conditional: true, Purpose: "they ask for it to prevent or detect crime and the law allows us to give it"}
	clients := &policy.Recipient{ID: "clients", Name: "organisations that use our marketing services", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{marketingData}, Purpose: "to choose whom to send their offers to, and to keep their own customer lists accurate"}
	group := &policy.Recipient{ID: "group", Name: "Experian group companies and service providers in the United States and India", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, requests}, Purpose: "to run our systems and handle your requests"}

	lending := &policy.Purpose{ID: "credit", Scoring: true, Profiling: true, Name: "Helping lenders decide on credit applications and affordability", Categories: credit,
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "our and our members' interest in responsible lending and in preventing over-indebtedness",
		Recipients: []*policy.Recipient{lenders}}
	verify := &policy.Purpose{ID: "identity", Name: "Verifying identity and preventing fraud and money laundering", Categories: []*policy.Category{identity, electoral, accounts, searches},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing fraud and money laundering, which our members must also do by law",
		Recipients: []*policy.Recipient{lenders, government, police}}
	tracing := &policy.Purpose{ID: "tracing", Name: "Tracing debtors and recovering debts", Categories: []*policy.Category{identity, electoral, accounts},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping organisations recover what they are owed", Recipients: []*policy.Recipient{collectors, government}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Providing marketing services to other organisations", Categories: []*policy.Category{marketingData},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping organisations send relevant offers to people likely to want them", OptOut: true,
		Recipients: []*policy.Recipient{clients}, Profiling: true}
	statutory := &policy.Purpose{ID: "statutory", Name: "Giving you your credit report and handling your corrections", Categories: []*policy.Category{identity, accounts, public, searches, associates, corrections, requests},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Consumer Credit Act 1974, ss. 157 to 159", Region: regionGB}},
		Recipients: []*policy.Recipient{lenders, group},
		Required:   "we need proof of your identity and addresses before we give you your report"}
	models := &policy.Purpose{ID: "models", Name: "Developing scores, models and statistics", Categories: []*policy.Category{accounts, public, searches, scores},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "building accurate and fair scores and testing our products"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal and regulatory obligations", Categories: []*policy.Category{identity, accounts, requests},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Financial Conduct Authority's Handbook under the Financial Services and Markets Act 2000", Region: regionGB}},
		Recipients: []*policy.Recipient{police}}

	regionIN := language.MustParseRegion("IN")
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Experian Ltd", Email: "consumer@experian.example", Address: "The Sir John Peace Building, Experian Way, NG2 Business Park, Nottingham NG80 1ZZ"},
			Registration: "registered in England and Wales under company number 00653331; authorised and regulated by the Financial Conduct Authority", Country: regionGB},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@experian.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{identity, electoral, accounts, public, searches, associates, scores, corrections, marketingData, requests},
		Storage:    []policy.Storage{{Location: regionGB}},
		Purposes:   []*policy.Purpose{lending, verify, tracing, marketing, statutory, models, legal},
		Recipients: []*policy.Recipient{lenders, collectors, government, police, clients, group},
		Transfers: []policy.Transfer{
			{Origin: regionGB, Destination: regionUS, Recipient: group, Categories: []*policy.Category{identity, accounts, requests}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy."},
			{Origin: regionGB, Destination: regionIN, Recipient: group, Categories: []*policy.Category{identity, accounts, requests}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "free of charge, by asking for your statutory credit report online or by post"},
			{Kind: policy.RightRectification, How: "by asking us to correct an entry, which we check with the organisation that reported it"},
			{Kind: policy.RightErasure}, {Kind: policy.RightRestriction},
			{Kind: policy.RightObjection, How: "by asking us to remove you from our marketing services, which we always do"},
			{Kind: policy.RightComplaint},
		},
		NoAutomatedDecisions: true,
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationDataPoints}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: regionGB,
			Contact: policy.Contact{Name: "Financial Ombudsman Service", Website: "https://www.financial-ombudsman.org.uk"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our security is certified to ISO/IEC 27001."}, {Kind: policy.MeasureAudits}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact: policy.Contact{Email: "dpo@experian.example"},
	}
	return realPolicy{"credit reference agency (Experian UK)", p, []statement{
		{says: "Experian Ltd in Nottingham, regulated by the FCA, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && p.Controller.Registration != ""
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we hold your name, date of birth and current and previous addresses", typed: func(p *policy.Policy) bool { return len(p.Category("identity").Items) == 3 }},
		{says: "lenders, utilities and mobile phone companies tell us about your accounts and how you repay them", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").SourceDetail != "" && slices.Contains(p.Category("accounts").Sources, policy.SourceThirdParty)
		}},
		{says: "we receive the full electoral register from local authorities", typed: func(p *policy.Policy) bool { return p.Category("electoral").Sources[0] == policy.SourcePublic }},
		{says: "we hold county court judgments, bankruptcies, IVAs and debt relief orders from public registers", typed: func(p *policy.Policy) bool {
			return p.Category("public-records").SourceDetail != ""
		}},
		{says: "we record every search of your file; lenders see hard searches, and only you see soft ones", typed: func(p *policy.Policy) bool { return len(p.Category("searches").Items) == 2 }},
		{says: "we link you to people you hold joint credit with, who can see that link on their own file", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("associates").VisibleTo, policy.AudienceJointHolders)
		}},
		{says: "we calculate credit scores and affordability estimates from your file", typed: func(p *policy.Policy) bool {
			return p.Category("scores").Sources[0] == policy.SourceDerived && len(p.Category("scores").DerivedFrom) == 3 && p.Purpose("credit").Scoring
		}},
		{says: "lenders use your file to decide whether to lend to you and how much you can afford", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("credit").Recipients, recipient(p, "lenders")) && p.Purpose("credit").Uses(p.Category("scores"))
		}},
		{says: "we rest credit referencing on our and our members' legitimate interest in responsible lending", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && p.Purpose("credit").Interest != ""
		}},
		{says: "organisations use our data to verify your identity and prevent fraud and money laundering", typed: func(p *policy.Policy) bool {
			return p.Purpose("identity").Uses(p.Category("electoral"))
		}},
		{says: "we do not decide whether you get credit; the lender does", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "debt collectors and tracing agents use our data to find people who owe money", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("tracing").Recipients, recipient(p, "collectors"))
		}},
		{says: "government departments such as HMRC and DWP use our data to prevent fraud and recover debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "government").Role == policy.RoleAuthority
		}},
		{says: "we give data to the police where the law allows, to prevent or detect crime", typed: func(p *policy.Policy) bool { return recipient(p, "police").Conditional }},
		{says: "our marketing services hold names and addresses from the open electoral register and other sources, with estimates of age, household, income and lifestyle", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("marketing-data").Sources, policy.SourceDerived) && p.Category("marketing-data").SourceDetail != ""
		}},
		{says: "we place households into Mosaic groups that describe their likely lifestyle", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Profiling }},
		{says: "organisations use our marketing data to choose whom to send offers to", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && slices.Contains(p.Purpose("marketing").Recipients, recipient(p, "clients"))
		}},
		{says: "we rest our marketing services on legitimate interests, and you can opt out of them at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").Interest != ""
		}},
		{says: "we do not use credit file data for marketing", typed: func(p *policy.Policy) bool {
			return !p.Purpose("marketing").Uses(p.Category("accounts")) && !p.Purpose("marketing").Uses(p.Category("scores"))
		}},
		{says: "the Consumer Credit Act gives you the right to a copy of your credit file, which we must provide", typed: func(p *policy.Policy) bool {
			return p.Purpose("statutory").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && len(p.Purpose("statutory").Obligations) == 1
		}},
		{says: "your statutory credit report is free", typed: func(p *policy.Policy) bool { return p.Rights[0].Kind == policy.RightAccess && p.Rights[0].How != "" }},
		{says: "we need proof of your identity and addresses before we give you your report", typed: func(p *policy.Policy) bool {
			return p.Purpose("statutory").Required != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "you can ask us to correct wrong information, and we check it with the lender that reported it", typed: func(p *policy.Policy) bool { return p.Rights[1].How != "" }},
		{says: "you can add a notice of correction of up to 200 words, which lenders see when they search your file", typed: func(p *policy.Policy) bool {
			return p.Category("corrections") != nil && recipient(p, "lenders").Categories[7] == p.Category("corrections")
		}},
		{says: "you can ask us to break a financial association with someone you no longer share finances with", typed: func(p *policy.Policy) bool {
			return p.Category("associates").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "we use credit data to build and test scores and models", typed: func(p *policy.Policy) bool { return p.Purpose("models").Uses(p.Category("scores")) }},
		{says: "we keep account information for six years after an account closes or defaults", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Period == policy.Years(6)
		}},
		{says: "judgments and insolvencies stay on your file for six years", typed: func(p *policy.Policy) bool { return p.Category("public-records").Retention.Criteria != "" }},
		{says: "searches stay on your file for twelve months", typed: func(p *policy.Policy) bool { return p.Category("searches").Retention.Period == policy.Years(1) }},
		{says: "Experian group companies and suppliers in the US and India process data for us under the UK's transfer agreement", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "you may have your data erased or restricted where the law allows, and object to its use", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "you may take a complaint about us to the Financial Ombudsman Service", typed: func(p *policy.Policy) bool { return len(p.Redress) == 1 }},
		{says: "we answer requests within one month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "our security is certified to ISO 27001, and data is encrypted and access controlled", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "we may pass data to a buyer if our business is sold", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we publish changes to this notice on this page", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		// Free text.
		{says: "the credit reference agencies Experian, Equifax and TransUnion publish a common notice, the Credit Reference Agency Information Notice (CRAIN)", free: toIntroduction},
		{says: "the full electoral register may be used only for credit checks, identity checks and preventing crime, while the open register may also be used for marketing", free: toCategory("electoral")},
		{says: "you can opt out of the open register through your local council, which keeps you out of our marketing data drawn from it", free: toPurpose("marketing")},
	}}
}
