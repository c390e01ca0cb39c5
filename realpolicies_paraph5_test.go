package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// classroomPlatform paraphrases, in our own words and as we recall it, the
// privacy notice of a US education platform used by schools, in the manner
// of Google Classroom as part of Google Workspace for Education, as
// published in 2024: the school creates the accounts of its students and
// teachers and, for children under 13, authorises their use in the
// parents' place as COPPA allows; the provider processes student records
// as a "school official" under FERPA and on the school's instructions,
// shows students no advertising and does not sell their data. It declares
// the CCPA; the federal and state student-privacy laws (FERPA, COPPA,
// California's SOPIPA) have no model of their own and stay in the text.
func classroomPlatform() realPolicy {
	student := &policy.Category{ID: "student", Name: "Student account information", Items: []string{"name", "school email address", "password", "grade level", "classes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "your school, which creates your account",
		Retention: policy.Keep(policy.Months(6), policy.EventAccountClosure), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAEducationInfo, policy.CCPASensitivePersonalInfo}}
	teacher := &policy.Category{ID: "teacher", Name: "Teacher and administrator account information", Items: []string{"name", "school email address", "password", "classes taught"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "your school, which creates your account",
		Retention: policy.Keep(policy.Months(6), policy.EventAccountClosure), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	classwork := &policy.Category{ID: "classwork", Name: "Classwork", Items: []string{"assignments and submissions", "grades and teacher feedback", "class stream posts and comments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Months(6), policy.EventAccountClosure), VisibleTo: []policy.Audience{policy.AudienceOtherMembers},
		CCPA: []policy.CCPACategory{policy.CCPAEducationInfo}}
	usage := &policy.Category{ID: "usage", Name: "Device and usage information", Items: []string{"IP address", "device and browser", "pages and features used", "date and time of access", "crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(18), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, support and security", Role: policy.RoleProcessor,
		Categories: []*policy.Category{student, teacher, classwork, usage}, Country: regionUS}
	addons := &policy.Recipient{ID: "addons", Name: "third-party apps and add-ons your school allows", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{student, classwork}, Conditional: true, Purpose: "your school or teacher turns the app on for a class, under the app's own terms"}

	service := &policy.Purpose{ID: "service", Name: "Providing the classroom services to your school", Categories: []*policy.Category{student, teacher, classwork, usage},
		Recipients: []*policy.Recipient{vendors, addons}}
	protect := &policy.Purpose{ID: "security", Name: "Keeping the services secure and free of abuse", Categories: []*policy.Category{student, teacher, usage},
		Recipients: []*policy.Recipient{vendors}}
	improve := &policy.Purpose{ID: "improve", Name: "Maintaining and improving the classroom services", Categories: []*policy.Category{usage}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal obligations", Categories: []*policy.Category{student, teacher, classwork, usage}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Google LLC", Email: "privacy@classroom.example", Address: "Mountain View, California, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "schools and school districts", Data: "the student records, accounts and classwork the school entrusts to us",
			TermsURL: "https://classroom.example/terms/education-agreement", ContractPrevails: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing, policy.CommitmentNoThirdPartyAds, policy.CommitmentNoAdvertisingUse, policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{student, teacher, classwork, usage},
		Purposes:    []*policy.Purpose{service, protect, improve, legal},
		Recipients:  []*policy.Recipient{vendors, addons},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureBusinessTransfer, SamePromises: true},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Stages: []policy.Stage{
			{Removal: policy.RemovalLive, Within: policy.Months(1)}, {Removal: policy.RemovalBackups, Within: policy.Months(5)}}}},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "a parent or eligible student asks the school, whose administrators can see and export the student's data"},
			{Kind: policy.RightErasure, How: "a parent asks the school, which can delete the student's account and data; we also pass on requests we receive"},
			{Kind: policy.RightRectification, How: "ask the school or the teacher to correct a record"},
			{Kind: policy.RightKnow}, {Kind: policy.RightNonDiscrimination},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the privacy request form", "email to privacy@classroom.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "The services are audited against ISO/IEC 27001 and SOC 2."},
			{Kind: policy.MeasureBreachNotification},
		},
		Links:    policy.Links{Subprocessors: "https://classroom.example/subprocessors", RequestForm: "https://classroom.example/privacy-request"},
		Children: policy.Children{MinimumAge: 13, SchoolConsent: true, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionNoProfiling}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@classroom.example"},
	}
	return realPolicy{"classroom platform (Google Classroom)", p, []statement{
		{says: "Google LLC in Mountain View provides the services and answers questions about this notice", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Contact.Email != ""
		}},
		{says: "the services are provided to schools and districts, which create the accounts of their students and teachers", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Customers != "" && p.Category("student").SourceDetail != ""
		}},
		{says: "the school's education agreement with us governs the student data and prevails over this notice", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ContractPrevails && p.CustomerData.TermsURL != ""
		}},
		{says: "we act as a school official under FERPA, under the school's direct control as to the use of education records", free: toIntroduction},
		{says: "for children under 13 the school gives the consent COPPA requires in the parents' place, for use in school only", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.SchoolConsent
		}},
		{says: "schools must obtain parental consent where their own law or policy requires it before giving students accounts", free: toIntroduction},
		{says: "the school gives us the student's name, school email, grade and classes", typed: func(p *policy.Policy) bool {
			return p.Category("student").Sources[0] == policy.SourceThirdParty && slices.Contains(p.Category("student").CCPA, policy.CCPAEducationInfo)
		}},
		{says: "we hold teachers' and administrators' account information", typed: func(p *policy.Policy) bool { return p.Category("teacher") != nil }},
		{says: "students submit assignments and receive grades and feedback from teachers", typed: func(p *policy.Policy) bool { return p.Category("classwork") != nil }},
		{says: "teachers and classmates see posts in a class, and teachers see submissions and grades", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("classwork").VisibleTo, policy.AudienceOtherMembers)
		}},
		{says: "we collect device and usage information automatically", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "we use the data to provide the services to the school", typed: func(p *policy.Policy) bool { return p.Purpose("service") != nil }},
		{says: "we use it to keep the services secure and prevent abuse", typed: func(p *policy.Policy) bool { return p.Purpose("security") != nil }},
		{says: "we use usage information to maintain and improve the classroom services", typed: func(p *policy.Policy) bool { return p.Purpose("improve") != nil }},
		{says: "there are no ads in the classroom services", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds) }},
		{says: "student data is never used to target advertising or build advertising profiles", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "we do not build profiles of students except for school purposes, as SOPIPA forbids", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoProfiling)
		}},
		{says: "we do not sell student or teacher data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "we do not share data for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSharing) && p.CCPA.Shared == policy.AnswerNo
		}},
		{says: "service providers process data on our instructions under contract; the list is published", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "third-party apps the school allows receive student data under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "addons").Conditional }},
		{says: "school administrators can see, export and delete the data of the school's accounts", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure)
		}},
		{says: "parents may review their child's data by asking the school", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightAccess) }},
		{says: "parents may have their child's data deleted and stop further collection by asking the school", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightErasure) }},
		{says: "a request sent to us about a school's data is passed on to the school", typed: func(p *policy.Policy) bool { return p.CustomerData.ForwardsRequests }},
		{says: "Californians may know, delete and correct their data and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && hasRight(p, policy.RightRectification)
		}},
		{says: "we verify requests through the account or by email, and agents may make them", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we disclose data on valid legal process, telling the school where we may, and to protect people and rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "a buyer of the business is bound by the same promises on student data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer).SamePromises
		}},
		{says: "we may use de-identified, aggregated data and do not re-identify it", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we keep the data until the school deletes the account, and remove it from our systems within six months after", typed: func(p *policy.Policy) bool {
			return p.Category("student").Retention.From == policy.EventAccountClosure && len(p.Deletion[0].Stages) == 2
		}},
		{says: "encryption, access controls and ISO 27001 and SOC 2 audits protect the data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "we tell the school of a breach affecting its data, as the law and our agreement require", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureBreachNotification) }},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "material changes are announced to school administrators by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 1 }},
	}}
}

// jobNetwork paraphrases, in our own words and as we recall it, the privacy
// policy of a professional network and job platform in the manner of
// LinkedIn, as published in 2024, for members in the EU, the EEA,
// Switzerland and the UK, whose controller is the Irish company: profiles
// are public by default, applications go to the employer, which is a
// controller of its own, recruiters search profiles, jobs are recommended
// by profiling, employers' screening questions can sort applications
// automatically, salary submissions become aggregated insights, and ads
// are personalised. It declares the GDPR and the UK GDPR.
func jobNetwork() realPolicy {
	account := &policy.Category{ID: "account", Name: "Registration data", Items: []string{"name", "email address", "phone number", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"photo", "headline", "work history", "education", "skills", "location", "endorsements and recommendations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "other members who endorse or recommend you",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true, Visibility: policy.VisibilityDefault}
	applications := &policy.Category{ID: "applications", Name: "Job applications", Items: []string{"CV", "cover letter", "answers to screening questions", "job preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	salary := &policy.Category{ID: "salary", Name: "Salary information you submit", Items: []string{"base salary", "bonus", "job title and location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30))}
	demographics := &policy.Category{ID: "demographics", Name: "Demographic data you choose to give", Items: []string{"gender", "ethnicity", "disability"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	messages := &policy.Category{ID: "messages", Name: "Messages and content", Items: []string{"messages", "posts", "comments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	usage := &policy.Category{ID: "usage", Name: "Usage, device and location data", Items: []string{"pages and profiles viewed", "searches", "ads clicked", "IP address", "device and browser", "location derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"skills and seniority we infer", "likely job interests"},
		Sensitivity: policy.SensitivityPersonal, DerivedFrom: []*policy.Category{profile, usage, applications}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Days(30))}
	partners := &policy.Category{ID: "partners", Name: "Data from partners and advertisers", Items: []string{"visits to advertisers' websites", "hashed email addresses matched for ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertisers and publishers who use our ad technologies",
		Retention: policy.Keep(policy.Days(180), policy.EventCollection), Tracking: true}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, support, email and payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profile, messages, usage}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates, including Microsoft", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, profile}, Country: regionUS, Purpose: "to provide and improve connected services, such as when you link your accounts"}
	employers := &policy.Recipient{ID: "employers", Name: "employers you apply to", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, profile, applications},
		Conditional: true, Purpose: "you apply for their job; they use your application as controllers under their own privacy notices"}
	recruiters := &policy.Recipient{ID: "recruiters", Name: "recruiters and hiring managers using our recruiting products", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{profile, inferences}, Purpose: "to find and contact candidates"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "advertisers and measurement partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{usage},
		Purpose: "to measure their ads; they receive reports and, with your consent, data from their own pages"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other public authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{account, usage, messages}, Conditional: true,
		Purpose: "where the law requires it"}

	service := &policy.Purpose{ID: "service", Name: "Providing the network: your profile, connections, messages and feed", Categories: []*policy.Category{account, profile, messages, usage},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, affiliates},
		Required: "an account needs a name, an email address or phone number and a password; without them we cannot open it"}
	apply := &policy.Purpose{ID: "apply", Name: "Sending your applications to employers", Categories: []*policy.Category{account, profile, applications},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers},
		Automated: "an employer's screening questions may mark an application that does not meet a required qualification, so that the employer may not see it first"}
	recruit := &policy.Purpose{ID: "recruit", Name: "Letting recruiters find you", Categories: []*policy.Category{profile, inferences},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping members find work and employers find candidates, which is what our members join for",
		OptOut: true, Recipients: []*policy.Recipient{recruiters}}
	recommend := &policy.Purpose{ID: "recommend", Name: "Recommending jobs, people and content", Categories: []*policy.Category{profile, usage, applications, inferences},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing members the jobs and content most relevant to them", Profiling: true}
	insights := &policy.Purpose{ID: "insights", Name: "Producing salary and workforce insights", Categories: []*policy.Category{salary, profile},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "giving members and employers aggregated, de-identified insight into pay and the labour market"}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you personalised ads", Categories: []*policy.Category{profile, usage, partners, inferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your ad settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{advertisers}}
	diversity := &policy.Purpose{ID: "diversity", Name: "Diversity reporting for employers and our own fairness testing", Categories: []*policy.Category{demographics},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by removing the data in your settings"}
	security := &policy.Purpose{ID: "security", Name: "Keeping the network safe and preventing fraud", Categories: []*policy.Category{account, usage, messages},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting members and the network from fake accounts, scams and abuse"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, usage, messages},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the law of Ireland and the EU", Region: regionIE}, {Act: "the law of the United Kingdom, for members there", Region: regionGB}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller:     policy.Controller{Contact: policy.Contact{Name: "LinkedIn Ireland Unlimited Company", Address: "Wilton Place, Dublin 2, Ireland", Website: "https://jobnetwork.example/help/privacy"}, Country: regionIE},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Website: "https://jobnetwork.example/help/dpo"},
		Establishments: []policy.Establishment{{Region: regionGB, Contact: policy.Contact{Name: "LinkedIn Technology UK Limited", Address: "London, UK"}}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.November, 20), Updated: policy.MakeDate(2024, time.November, 20),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR},
		Categories:  []*policy.Category{account, profile, applications, salary, demographics, messages, usage, inferences, partners},
		Purposes:    []*policy.Purpose{service, apply, recruit, recommend, insights, ads, diversity, security, legal},
		Recipients:  []*policy.Recipient{vendors, affiliates, employers, recruiters, advertisers, authorities},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, profile, applications, messages, usage, inferences}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, profile, messages, usage}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask us for a copy of the clauses through our help centre."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, profile, applications, messages, usage, inferences}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
			SharedCopies: true, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptAbuse}, Note: "Logs are kept de-identified."}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyFirst, Purpose: ads, Categories: []*policy.Category{usage, partners}, Lifetime: policy.Expires(policy.Months(6)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   append(gdprRights("in your settings or through our help centre"), policy.Right{Kind: policy.RightNoAutomatedDecision, How: "ask the employer to review your application"}),
		Redress:  []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionIE, Contact: policy.Contact{Name: "Data Protection Commission", Address: "Dublin, Ireland"}}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}},
		Links:    policy.Links{CookieSettings: "https://jobnetwork.example/settings/cookies"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
	}
	return realPolicy{"job platform (LinkedIn)", p, []statement{
		{says: "LinkedIn Ireland Unlimited Company is the controller for members in the EU, the EEA, Switzerland and the UK", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && slices.Contains(p.Laws, policy.UKGDPR)
		}},
		{says: "a data protection officer can be reached through our help centre", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "you give us your name, email or phone number and a password to register", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "your profile holds your work history, education, skills and photo", typed: func(p *policy.Policy) bool { return slices.Contains(p.Category("profile").Items, "work history") }},
		{says: "your profile is public by default; you can limit what non-members see in your settings", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityDefault
		}},
		{says: "other members add data about you, such as endorsements and recommendations", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").Sources, policy.SourceThirdParty)
		}},
		{says: "other members may upload their address books, which include your contact details", free: toCategory("account")},
		{says: "when you apply for a job we send your CV, profile and answers to the employer", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "employers").Categories, p.Category("applications"))
		}},
		{says: "the employer is a controller of your application under its own privacy notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "employers").Role == policy.RoleThirdParty && recipient(p, "employers").Purpose != ""
		}},
		{says: "recruiters search members' profiles and contact them, unless the member opts out", typed: func(p *policy.Policy) bool {
			return p.Purpose("recruit").OptOut && slices.Contains(p.Purpose("recruit").Recipients, recipient(p, "recruiters"))
		}},
		{says: "signalling you are open to work shows it to recruiters only, not to recruiters at your own employer", free: toCategory("applications")},
		{says: "we recommend jobs, people and content by profiling your profile and activity", typed: func(p *policy.Policy) bool { return p.Purpose("recommend").Profiling }},
		{says: "we infer skills, seniority and job interests from your data", typed: func(p *policy.Policy) bool { return len(p.Category("inferences").DerivedFrom) == 3 }},
		{says: "an employer's screening questions may sort applications automatically; you may ask for a human review", typed: func(p *policy.Policy) bool {
			return p.Purpose("apply").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "salary information you submit is shown only in aggregated, de-identified insights", typed: func(p *policy.Policy) bool {
			return p.Purpose("insights").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "demographic data you choose to give is used with your explicit consent for diversity reports and fairness tests", typed: func(p *policy.Policy) bool {
			return p.Purpose("diversity").HasBasis(policy.BasisExplicitConsent) && p.Category("demographics").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "demographic data is never shown on your profile or to recruiters one by one", free: toCategory("demographics")},
		{says: "we collect usage, device and IP-based location data", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "advertisers and publishers tell us of your visits to their sites", typed: func(p *policy.Policy) bool { return p.Category("partners").SourceDetail != "" }},
		{says: "we show personalised ads with your consent, which you manage in your ad settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").RestsOnConsent() && p.Purpose("ads").Withdraw != ""
		}},
		{says: "advertisers get reports, not your identity, unless you give it to them", typed: func(p *policy.Policy) bool { return recipient(p, "advertisers").Purpose != "" }},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "service providers process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "our affiliates, including Microsoft, receive data where you link accounts or to provide services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "we keep the network safe and prevent fraud on legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "we disclose data on legal process, telling members where we may, in a merger, and to protect people and rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we transfer data to the US under the Data Privacy Framework and standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "you may access, correct, delete, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Irish Data Protection Commission", typed: func(p *policy.Policy) bool { return p.Redress[0].Region == regionIE }},
		{says: "we keep your data while your account is open and delete it within 30 days of closing it", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Category("profile").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "what you shared with others stays visible after you close your account", typed: func(p *policy.Policy) bool { return p.Deletion[0].SharedCopies }},
		{says: "we keep some data after closure where the law requires or to prevent abuse", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptAbuse)
		}},
		{says: "cookies are used with your consent, except those the service needs", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads").Consent == policy.CookieConsentOptIn && cookie(p, "session").StrictlyNecessary
		}},
		{says: "security measures such as HTTPS and access controls protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "members must be at least 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "material changes are announced before they take effect, by email or in the service", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
