package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// onlineCourses paraphrases, in our own words and as we recall it, the
// privacy notice of Coursera, Inc., an online course platform, as
// published in 2024-2025: Coursera is the controller of learners' data,
// except in degree programmes and certain certificate programmes that a
// learner joins through the academic institution, and for the learners
// whom an enterprise or campus customer enrols, where it processes on
// the customer's behalf; the universities and companies whose courses a
// learner takes (content providers) receive the learner's data; learners
// who want a certificate verify their identity with a photo of an
// identity document and a webcam photo, and some exams are proctored with
// webcam and screen recordings; financial aid applications; an AI coach;
// advertising cookies on the website. It declares the GDPR, the UK GDPR
// and the CCPA.
func onlineCourses() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "language and country", "sign-in through Google, Facebook or Apple"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the sign-in provider you choose",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	profile := &policy.Category{ID: "profile", Name: "Profile and career information", Items: []string{"profile photo", "education and degrees", "employer, job title and career goals", "skills"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPAEducationInfo}}
	learning := &policy.Category{ID: "learning", Name: "Course activity", Items: []string{"courses you enrol in", "videos watched and progress", "quiz answers, assignments and grades", "peer reviews", "certificates earned"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAEducationInfo, policy.CCPAInternetActivity}}
	forums := &policy.Category{ID: "forums", Name: "Forum posts", Items: []string{"posts and replies in course discussion forums", "your name and photo shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	verification := &policy.Category{ID: "verification", Name: "Identity verification", Items: []string{"photo of a government identity document", "a photo of your face taken with your webcam", "the comparison of the two"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	proctoring := &policy.Category{ID: "proctoring", Name: "Proctoring records", Items: []string{"webcam video and photos during an exam", "screen recording and browser activity", "flags raised for possible misconduct"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as the content provider needs to review the exam and settle any question of academic integrity"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAEducationInfo}}
	payments := &policy.Category{ID: "payments", Name: "Payment and financial aid information", Items: []string{"billing address and payment method", "purchase history", "what you tell us in a financial aid application: income, employment and reasons"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors and app stores",
		Retention: policy.AsRequiredBy("US tax law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	enterprise := &policy.Category{ID: "enterprise", Name: "Sponsored learning", Items: []string{"the organisation that gives you access", "your enrolment, progress and results in the programme it pays for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "your employer, university or government programme",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, VisibleTo: []policy.Audience{policy.AudienceAdministrators},
		CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPAEducationInfo}}
	coach := &policy.Category{ID: "coach", Name: "Conversations with Coursera Coach", Items: []string{"questions you ask the AI coach", "its answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAEducationInfo}}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers", Items: []string{"answers to optional surveys, which can include demographics such as gender or ethnicity"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.ByCriteria("as long as needed for the research the survey serves"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address and approximate location", "browser and device", "pages visited and links clicked", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(25), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Correspondence", Items: []string{"messages to learner support", "chats with our help centre"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	providers := &policy.Recipient{ID: "content-providers", Name: "the universities and companies that offer the courses you take", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, profile, learning, forums, proctoring}, Country: regionUS,
		Purpose: "to teach and grade the course, review exams, issue credentials and do research on teaching, under their own privacy policies"}
	sponsors := &policy.Recipient{ID: "sponsors", Name: "the employer, university or government that gives you access", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, learning, enterprise}, Conditional: true, Purpose: "you joined Coursera through its programme, and it follows your enrolment, progress and results"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, payments, email, support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, learning, forums, payments, enterprise, coach, surveys, device, support}}
	idVendor := &policy.Recipient{ID: "id-vendor", Name: "an identity verification provider", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, verification}, Purpose: "to compare your face with the photo on your identity document"}
	proctors := &policy.Recipient{ID: "proctors", Name: "proctoring providers", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, proctoring}, Purpose: "to record and review proctored exams"}
	aiProvider := &policy.Recipient{ID: "ai", Name: "the providers of the language models behind Coursera Coach", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{coach, learning}, Commitments: []policy.Commitment{policy.CommitmentNoModelTraining}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show our ads on other websites and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other public authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, payments, device}, Purpose: "the law requires it, such as by a subpoena or a court order"}

	service := &policy.Purpose{ID: "service", Name: "Providing courses, grading and certificates", Categories: []*policy.Category{account, profile, learning, forums, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, vendors},
		Required: "an account needs a name, an email address and a password; without them you cannot enrol in a course"}
	share := &policy.Purpose{ID: "content-providers", Name: "Sharing your course activity with the content providers", Categories: []*policy.Category{account, profile, learning, forums},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting the universities and companies that make the courses teach, grade and improve them",
		Recipients: []*policy.Recipient{providers}}
	sponsored := &policy.Purpose{ID: "sponsored", Name: "Reporting to the organisation that sponsors your learning", Categories: []*policy.Category{account, learning, enterprise},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sponsors, vendors}}
	verify := &policy.Purpose{ID: "verification", Name: "Verifying your identity for certificates", Categories: []*policy.Category{account, verification},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by not verifying; a verification already made stays with the certificate it supports", Recipients: []*policy.Recipient{idVendor},
		Required: "verification is needed only for some certificates; without it you can still take the course but not receive them"}
	proctor := &policy.Purpose{ID: "proctoring", Name: "Proctoring exams", Categories: []*policy.Category{account, proctoring},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{proctors, providers},
		Automated: "software flags possible misconduct in a proctored exam; a person at the content provider reviews the flags before any decision",
		Required:  "a proctored exam cannot be taken without the webcam and screen recording"}
	aid := &policy.Purpose{ID: "financial-aid", Name: "Deciding on financial aid", Categories: []*policy.Category{account, payments},
		Bases: []policy.Basis{policy.BasisContract}, Required: "without the answers in the application we cannot decide on it"}
	coachPurpose := &policy.Purpose{ID: "coach", Name: "Answering your questions with Coursera Coach", Categories: []*policy.Category{coach, learning},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{aiProvider},
		Required: "the coach is optional; without it the courses work as before"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending courses and personalising the site", Categories: []*policy.Category{profile, learning, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each learner the courses most useful to them", Profiling: true, OptOut: true}
	research := &policy.Purpose{ID: "research", Name: "Research on teaching and learning", Categories: []*policy.Category{learning, forums, surveys},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisExplicitConsent}, Interest: "improving online teaching, with the content providers, and publishing what we learn in de-identified form",
		Withdraw:   "by not answering the survey, or by writing to us",
		Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news and offers by email", Categories: []*policy.Category{account, learning},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the account's communication settings", OptOut: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising our courses on other websites", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how the site is used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool}
	secure := &policy.Purpose{ID: "security", Name: "Keeping the site secure and preventing fraud and cheating", Categories: []*policy.Category{account, device, learning},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting learners, content providers and the integrity of credentials from fraud, plagiarism and attacks",
		Recipients: []*policy.Recipient{vendors}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping learners who write to us", Recipients: []*policy.Recipient{vendors}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, payments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the accounting and tax law of the EU member state concerned", Region: regionEU}, {Act: "the Taxes Management Act 1970", Region: regionGB}}}

	all := []*policy.Category{account, profile, learning, forums, verification, proctoring, payments, enterprise, coach, surveys, device, support}
	dpf := func(origin language.Region) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Categories: all, Safeguard: policy.SafeguardDataPrivacyFramework}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Coursera, Inc.", Email: "privacy@coursera.example", Address: "2440 West El Camino Real, Mountain View, California, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "the universities that run degree programmes and certain certificate programmes on Coursera, and the employers, campuses and governments that provide Coursera to their people",
			Data: "the data of the learners those organisations enrol, under their agreements with us", ContractPrevails: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  all,
		Storage:     []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "card-number", Name: "full card numbers", Category: payments, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, share, sponsored, verify, proctor, aid, coachPurpose, personalise, research, marketing, ads, analytics, secure, helping, legal},
		Recipients: []*policy.Recipient{providers, sponsors, vendors, idVendor, proctors, aiProvider, adPartners, authorities},
		Transfers:  []policy.Transfer{dpf(regionEU), dpf(regionGB), dpf(regionCH)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, profile, learning, coach}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud}},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)),
				Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in the account settings or by writing to privacy@coursera.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Months(1),
			WithoutAccount: "through the organisation that enrolled you, or by writing to privacy@coursera.example, and we pass on to the organisation what concerns it"},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.coursera.example/privacy/choices", RequestMethods: []string{"the account settings", "email to privacy@coursera.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureAudits}},
		Links:    policy.Links{CookieSettings: "https://www.coursera.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, Note: "Learners under 18 may use Coursera only with a parent's or guardian's permission."},
		OtherNotices: []policy.Notice{
			{Covers: "learners in degree programmes, who are also covered by the university's own notice", URL: "https://www.coursera.example/degrees/privacy"},
		},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@coursera.example"},
	}
	return realPolicy{"online course platform (Coursera)", p, []statement{
		{says: "Coursera, Inc. in Mountain View is the controller of your data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name == "Coursera, Inc."
		}},
		{says: "in degree programmes, certain certificate programmes and learning an organisation provides, we process data on that institution's behalf", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Customers != "" && p.CustomerData.ContractPrevails
		}},
		{says: "requests about such data go to the institution, and we pass on those sent to us", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ForwardsRequests && p.Requests.WithoutAccount != ""
		}},
		{says: "you give your name, email address and password to create an account, or sign in through another provider", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && slices.Contains(p.Category("account").Sources, policy.SourceThirdParty)
		}},
		{says: "you may add a photo, education, employer and career goals to your profile, which others can see", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return c.Visibility == policy.VisibilityOptional && slices.Contains(c.VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we record the courses you take, your progress, answers, assignments, grades and certificates", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("learning").CCPA, policy.CCPAEducationInfo)
		}},
		{says: "other learners review your assignments and see what you post in the forums", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("learning").Sources, policy.SourceOtherUsers) && p.Category("forums").Visibility == policy.VisibilityAlways
		}},
		{says: "we share your course activity and grades with the university or company that offers the course, which uses it under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "content-providers")
			return r.Role == policy.RoleThirdParty && p.Purpose("content-providers").Uses(p.Category("learning"))
		}},
		{says: "if your employer, university or government gives you access, it sees your enrolment, progress and results", typed: func(p *policy.Policy) bool {
			return recipient(p, "sponsors").Conditional && slices.Contains(p.Category("enterprise").VisibleTo, policy.AudienceAdministrators)
		}},
		{says: "to earn some certificates you verify your identity with a photo of your ID and a webcam photo", typed: func(p *policy.Policy) bool {
			c := p.Category("verification")
			return c.Biometric && p.Purpose("verification").Uses(c)
		}},
		{says: "facial comparison is biometric data, processed with your explicit consent by a verification provider", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").RestsOn(policy.BasisExplicitConsent, policy.GDPR) && recipient(p, "id-vendor").Role == policy.RoleProcessor
		}},
		{says: "verification data is kept for up to three years", typed: func(p *policy.Policy) bool { return p.Category("verification").Retention.Period == policy.Years(3) }},
		{says: "without verification you can take the course but not receive certain certificates", typed: func(p *policy.Policy) bool { return p.Purpose("verification").Required != "" }},
		{says: "proctored exams record your webcam, screen and browser, and you are told before they start", typed: func(p *policy.Policy) bool {
			return p.Category("proctoring").RecordingNotice && p.Purpose("proctoring").Required != ""
		}},
		{says: "proctoring software flags possible cheating, and a person reviews the flags", typed: func(p *policy.Policy) bool { return p.Purpose("proctoring").Automated != "" }},
		{says: "proctoring providers and the content provider review the recordings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("proctoring").Recipients, recipient(p, "proctors")) && slices.Contains(p.Purpose("proctoring").Recipients, recipient(p, "content-providers"))
		}},
		{says: "a financial aid application asks about income, employment and reasons", typed: func(p *policy.Policy) bool { return p.Purpose("financial-aid").Uses(p.Category("payments")) }},
		{says: "payment processors handle payments and we do not keep full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payments") && p.Category("payments").SourceDetail != ""
		}},
		{says: "Coursera Coach answers your questions with language models from other providers, which do not train on them", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "ai").Commitments, policy.CommitmentNoModelTraining)
		}},
		{says: "we collect IP address, device, browser, pages visited and cookie identifiers automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Sources[0] == policy.SourceAutomatic && p.Category("device").Tracking
		}},
		{says: "we recommend courses based on your profile and activity, on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Interest != ""
		}},
		{says: "we do research on teaching with the content providers, and publish it in de-identified form", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "optional surveys may ask about gender or ethnicity, which you need not answer", typed: func(p *policy.Policy) bool {
			return p.Category("surveys").Sensitivity == policy.SensitivitySpecial && p.Purpose("research").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we send marketing emails with consent, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "advertising and analytics cookies are set only with consent, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we protect the integrity of credentials and the site against fraud and plagiarism", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "service providers for hosting, payments, email and support process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "we disclose data to authorities when the law requires it, and to a buyer if the company is sold", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "Californians may opt out of sharing for advertising, and we honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "data is stored in the United States and transferred under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep account data while your account is open, and payment records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("payments").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "content providers keep their copies under their own policies, and we keep what the law or fraud prevention needs", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptFraud) && recipient(p, "content-providers").Purpose != ""
		}},
		{says: "you may access, correct, delete and download your data, restrict or object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and correct, and are not discriminated against; agents may ask for them", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your account or email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "data is encrypted in transit and access to it is controlled", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "Coursera is not for children under 13, and learners under 18 need a parent's permission", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "we tell you of material changes by email or on the site", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "your certificate can be shared through a public link that anyone with it can open", free: toPurpose("service")},
		{says: "content providers may use course data to decide on admission to their degree programmes, if you apply", free: toPurpose("content-providers")},
		{says: "when you delete your account, forum posts stay but are no longer linked to you", free: toCategory("forums")},
		{says: "an honour code applies to every assignment, and plagiarism may lead to the loss of a certificate", free: toPurpose("security")},
	}}
}

// eSignature paraphrases, in our own words and as we recall it, the
// privacy notice of Docusign, Inc., an electronic signature and
// agreement platform, as published in 2024: Docusign processes the
// documents and envelopes its customers send as their processor, under
// their agreements, and is the controller of account, billing, website
// and marketing data, of the signers' data it records to prove a
// transaction (the audit trail and certificate of completion, which it
// keeps after a customer purges the documents), and of the identity
// verification it runs on signers with an identity document and a
// selfie; binding corporate rules for transfers within the group. It
// declares the GDPR, the UK GDPR and the CCPA.
func eSignature() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "company and job title", "password", "signature and initials you adopt"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	billing := &policy.Category{ID: "billing", Name: "Billing information", Items: []string{"billing address", "payment method", "purchase history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	signers := &policy.Category{ID: "signers", Name: "Signer information", Items: []string{"name and email address or phone number the sender gives", "the signature you draw or adopt"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser}, OthersConsent: true,
		Retention: policy.ByCriteria("as long as the sender's account keeps the envelope"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	audit := &policy.Category{ID: "audit", Name: "Transaction records (audit trail)", Items: []string{"sender and signers of each envelope", "when each one viewed and signed", "IP address, device and browser", "the authentication method used", "location, where the signer allows it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we may be asked to attest to the transaction, even after the customer purges the documents"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	idDocs := &policy.Category{ID: "id-documents", Name: "Identity documents", Items: []string{"images of the front and back of a passport, driving licence or identity card", "the name, date of birth, document number and expiry read from it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as the sender's settings for the envelope require, and no longer than needed to prove the verification"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	face := &policy.Category{ID: "face", Name: "Facial verification", Items: []string{"a selfie or short video", "liveness checks", "the comparison of your face with the photo on your document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{idDocs}, Linked: true,
		Retention: policy.Keep(policy.Days(30), policy.EventCollection),
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	web := &policy.Category{ID: "web", Name: "Website, app and advertising data", Items: []string{"IP address and device", "pages visited and features used", "cookie and advertising identifiers", "how you respond to our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	leads := &policy.Category{ID: "leads", Name: "Business contact information", Items: []string{"name, employer, job title and business email", "events and webinars you attended", "interests you tell our sales team"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourcePublic},
		SourceDetail: "partners, event organisers and providers of business contact data", Retention: policy.Keep(policy.Years(3), policy.EventLastActivity),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	support := &policy.Category{ID: "support", Name: "Support and communications", Items: []string{"what you tell support", "recordings of support and sales calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	group := &policy.Recipient{ID: "group", Name: "Docusign's affiliates", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, billing, signers, audit, idDocs, face, web, leads, support}, Purpose: "to run the services and support you in your region"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, payments, email and text messages, support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, billing, signers, audit, web, leads, support}}
	idvVendors := &policy.Recipient{ID: "idv", Name: "identity verification providers and the sources they check against", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{idDocs, face}, Purpose: "to check that the document is genuine and that your face matches its photo"}
	parties := &policy.Recipient{ID: "parties", Name: "the sender and the other parties to an envelope", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{signers, audit, idDocs}, Purpose: "to see who signed, when and how each signer was verified, in the certificate of completion"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to show our ads on other websites and measure them"}
	resellers := &policy.Recipient{ID: "resellers", Name: "resellers and integration partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, leads}, Conditional: true, Purpose: "you bought Docusign through them or connected their application"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other public authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, billing, audit}, Purpose: "the law requires it, such as by a subpoena or a court order"}

	service := &policy.Purpose{ID: "service", Name: "Providing the services and your account", Categories: []*policy.Category{account, billing, signers},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, vendors, resellers},
		Required: "an account needs a name and an email address; to sign you need only the link the sender gives you"}
	evidence := &policy.Purpose{ID: "evidence", Name: "Recording transactions to prove their validity", Categories: []*policy.Category{signers, audit},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting the parties, and us as a neutral record, prove who signed what and when",
		Recipients: []*policy.Recipient{parties, group}}
	verify := &policy.Purpose{ID: "verification", Name: "Verifying signers' identity", Categories: []*policy.Category{signers, idDocs, face},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by not completing the verification; the sender then decides whether you may sign another way", Recipients: []*policy.Recipient{idvVendors, parties},
		Automated: "automated checks decide whether your document is genuine and your face matches it, and without a match you cannot sign that envelope",
		Required:  "the sender decides whether an envelope needs identity verification; without it you cannot sign that envelope"}
	improve := &policy.Purpose{ID: "improve", Name: "Improving and developing the services", Categories: []*policy.Category{account, web, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how the services are used and making them better", OptOut: true}
	secure := &policy.Purpose{ID: "security", Name: "Securing the services and preventing fraud", Categories: []*policy.Category{account, audit, web},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting customers, signers and the services from fraud, abuse and attacks",
		Recipients: []*policy.Recipient{vendors}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors},
		Required: "we need enough detail to identify your account and the problem; without it we cannot help"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing our services to businesses and their people", Categories: []*policy.Category{account, leads, web},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests}, Interest: "telling business customers and prospects about services like those they use",
		Withdraw: "with the unsubscribe link in every email or the preference centre", OptOut: true, Recipients: []*policy.Recipient{vendors, resellers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie preferences", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our websites are used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie preferences", ConsentMethod: policy.ConsentMethodConsentTool}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{account, billing, audit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Taxes Consolidation Act 1997, s. 886", Region: language.MustParseRegion("IE")}, {Act: "the Taxes Management Act 1970", Region: regionGB}}}

	all := []*policy.Category{account, billing, signers, audit, idDocs, face, web, leads, support}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Docusign, Inc.", Email: "privacy@docusign.example", Address: "221 Main Street, San Francisco, California, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: language.MustParseRegion("IE"), Contact: policy.Contact{Name: "Docusign International (EMEA) Limited", Address: "Dublin, Ireland"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Docusign UK Limited", Address: "London, United Kingdom"}},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@docusign.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.January, 10), Updated: policy.MakeDate(2024, time.January, 10),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "our business customers, the organisations that send documents through the services",
			Data: "the documents customers send in envelopes and the data entered in them", ContractPrevails: true, ChoosesStorage: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentModelTrainingOptIn},
		Categories:  all,
		Purposes:    []*policy.Purpose{service, evidence, verify, improve, secure, helping, marketing, ads, analytics, legal},
		Recipients:  []*policy.Recipient{group, vendors, idvVendors, parties, adPartners, resellers, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: all, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "Our binding corporate rules are published in our Trust Center."},
			{Origin: regionGB, Destination: regionUS, Recipient: group, Categories: all, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "Our binding corporate rules are published in our Trust Center."},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, billing, signers, audit, web, leads, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, billing, signers, audit, web, leads, support}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "functional", Name: "performance and functional cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)),
				Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("with the privacy request form or by writing to privacy@docusign.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking the sender to let you sign another way, or by writing to us"},
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or the cookie preferences"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes, Deadline: policy.Months(1),
			WithoutAccount: "by asking the sender of the envelope about its documents, or by writing to us about the rest"},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.docusign.example/privacy/choices", RequestMethods: []string{"the privacy request form", "our toll-free number"}, TollFreeNumber: "1-800-555-0142",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest, Description: "Documents are encrypted so that our staff cannot read them."},
			{Kind: policy.MeasureLeastPrivilege}, {Kind: policy.MeasureCertification, Description: "The services hold ISO/IEC 27001 certification and SOC 2 reports."},
			{Kind: policy.MeasureAudits},
		},
		Links:    policy.Links{CookieSettings: "https://www.docusign.example/cookie-preferences", RequestForm: "https://www.docusign.example/privacy-request", Security: "https://www.docusign.example/trust"},
		Children: policy.Children{MinimumAge: 16},
		OtherNotices: []policy.Notice{
			{Covers: "biometric data collected in identity verification, under Illinois law and similar laws", URL: "https://www.docusign.example/biometrics-notice"},
			{Covers: "job applicants and candidates", URL: "https://www.docusign.example/applicant-privacy"},
		},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@docusign.example"},
	}
	return realPolicy{"electronic signature platform (Docusign)", p, []statement{
		{says: "Docusign, Inc. in San Francisco and its affiliates process your data, with offices in Ireland and the UK", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && len(p.Establishments) == 2
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "for the documents customers send, we are their processor, and their agreement with us governs", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.ContractPrevails
		}},
		{says: "if you think an organisation asked us to process your data, ask it first", typed: func(p *policy.Policy) bool {
			return p.CustomerData.ForwardsRequests && p.Requests.WithoutAccount != ""
		}},
		{says: "customers choose the region where their documents are stored", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "you give your name, email, phone, company and password to open an account, and may adopt a signature", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 6 && p.Purpose("service").Required != ""
		}},
		{says: "senders give us the names and email addresses of the people they ask to sign, and must be entitled to", typed: func(p *policy.Policy) bool {
			c := p.Category("signers")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && c.OthersConsent
		}},
		{says: "we record who viewed and signed each envelope, when, from which IP address and device, and how they were authenticated", typed: func(p *policy.Policy) bool {
			return p.Purpose("evidence").Uses(p.Category("audit"))
		}},
		{says: "the parties to an envelope see that record in the certificate of completion", typed: func(p *policy.Policy) bool {
			r := recipient(p, "parties")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("audit"))
		}},
		{says: "we keep the audit trail after a customer purges the documents, so that we can attest to the transaction", typed: func(p *policy.Policy) bool {
			return p.Category("audit").Retention.Kind == policy.RetentionCriteria && p.Purpose("evidence").Interest != ""
		}},
		{says: "location is recorded only where the signer allows it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("audit").CCPA, policy.CCPAGeolocation)
		}},
		{says: "where the sender requires it, signers verify their identity with an identity document", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").Uses(p.Category("id-documents")) && p.Purpose("verification").Required != ""
		}},
		{says: "identity verification compares a selfie with the document photo and checks liveness; this is biometric data", typed: func(p *policy.Policy) bool {
			c := p.Category("face")
			return c.Biometric && c.Sensitivity == policy.SensitivitySpecial && slices.Contains(c.DerivedFrom, p.Category("id-documents"))
		}},
		{says: "we process biometric data only with the signer's explicit consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").RestsOn(policy.BasisExplicitConsent, policy.GDPR) && p.Purpose("verification").ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "identity verification providers check documents and faces for us", typed: func(p *policy.Policy) bool { return recipient(p, "idv").Role == policy.RoleProcessor }},
		{says: "facial data is deleted within 30 days of the check", typed: func(p *policy.Policy) bool { return p.Category("face").Retention.Period == policy.Days(30) }},
		{says: "the decision whether a signer is verified is automated, and a signer who fails may ask for another way", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "a separate notice covers biometric data under Illinois and similar laws", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "payment processors handle billing, and we keep billing records as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we get business contact data from partners, events and data providers for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("leads").Sources, policy.SourceThirdParty) && p.Category("leads").SourceDetail != ""
		}},
		{says: "we send marketing with consent or, for business contacts, on legitimate interests, and you can opt out", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.HasBasis(policy.BasisConsent) && m.HasBasis(policy.BasisLegitimateInterests) && m.OptOut
		}},
		{says: "advertising cookies are set with consent, managed in the cookie preferences", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we record support and sales calls, and tell you so", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "we use usage data to improve the services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we use data to secure the services and prevent fraud", typed: func(p *policy.Policy) bool { return p.Purpose("security").Uses(p.Category("audit")) }},
		{says: "customer documents train AI models only with the customer's permission", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentModelTrainingOptIn)
		}},
		{says: "our affiliates and service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "vendors").Role == policy.RoleProcessor
		}},
		{says: "resellers and integration partners receive data when you buy through or connect them", typed: func(p *policy.Policy) bool { return recipient(p, "resellers").Conditional }},
		{says: "we disclose data when the law requires it, to protect rights and safety, and in a sale of the company", typed: func(p *policy.Policy) bool {
			return len(p.Disclosures) == 4
		}},
		{says: "transfers within the group rest on our binding corporate rules, approved by European authorities", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardBindingCorporateRules
		}},
		{says: "transfers to service providers rest on standard contractual clauses and the UK Addendum", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardStandardClauses && p.Transfers[3].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we do not sell personal information, but share some for advertising, which Californians may opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "you may access, correct, delete and export your data, restrict or object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may make requests by form or toll-free number, through an agent, without discrimination", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "we verify requests by matching information we hold", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints)
		}},
		{says: "documents are encrypted, staff cannot read them, and access is limited to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "we hold ISO 27001 certification and SOC 2 reports", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "the services are not directed at children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we announce material changes by email or on our website", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "a sender may add an access code or a text message code to an envelope, which we check before the signer opens it", free: toPurpose("verification")},
		{says: "a customer's administrators may redact personal data from the audit trail when purging envelopes", free: toCategory("audit")},
		{says: "we may use de-identified data to develop our products", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
	}}
}
