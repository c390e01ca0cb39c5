package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionFR = language.MustParseRegion("FR")

// appointmentPlatform paraphrases, in our own words and as we recall it,
// the privacy policy for patients of Doctolib, as published in 2024-2025:
// a medical appointment booking platform in France and Germany, run by
// Doctolib SAS near Paris and, for users in Germany, Doctolib GmbH in
// Berlin. The practitioners who use its software are the controllers of
// their patient files and appointments, which Doctolib hosts and
// processes on their behalf; Doctolib is the controller of the patient's
// account, of the health documents a patient keeps in it and of its own
// communications. It declares the GDPR, read with France's Loi
// Informatique et Libertés and Germany's BDSG.
func appointmentPlatform() realPolicy {
	fr, de := regionFR, regionDE
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"title", "first name and surname", "date of birth", "sex", "email address", "mobile phone number", "postal address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	relatives := &policy.Category{ID: "relatives", Name: "Data of the relatives whose appointments you manage", Items: []string{"name", "date of birth", "contact details", "appointments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	insurance := &policy.Category{ID: "insurance", Name: "Health insurance data", Items: []string{"social security number, in France", "health insurer and insurance number, in Germany"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	health := &policy.Category{ID: "health", Name: "Health data in your account", Items: []string{"the history of your appointments and the specialties of the practitioners you saw",
		"the reason for an appointment", "documents practitioners share with you", "documents you upload, such as prescriptions and test results"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the practitioners who share documents with you",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		Secrecy: policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{
			{Act: "Code de la santé publique, art. L. 1110-4", Region: fr}, {Act: "Strafgesetzbuch (StGB), § 203", Region: de}}}}
	payment := &policy.Category{ID: "payment", Name: "Payment data for video consultations", Items: []string{"amount paid", "date", "payment reference", "last digits of the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Retention: policy.AsRequiredBy("French commercial and tax law (Code de commerce, art. L. 123-22)"), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Connection data", Items: []string{"IP address", "browser and device", "dates and times of connection", "logs of actions in the account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	analytics := &policy.Category{ID: "analytics", Name: "Audience measurement data", Items: []string{"cookie identifier", "pages viewed", "features used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(25), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our support team", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}

	practitioners := &policy.Recipient{ID: "practitioners", Name: "the practitioners and health facilities you book with or share documents with", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, relatives, insurance, health}, Purpose: "to receive your appointment and treat you, as controllers of their own patient files"}
	hosting := &policy.Recipient{ID: "hosting", Name: "our certified health data hosting providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, relatives, insurance, health, payment, technical, support}, Purpose: "to host the platform in France and in Germany"}
	messaging := &policy.Recipient{ID: "messaging", Name: "providers that send our emails and text messages", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{account}}
	payments := &policy.Recipient{ID: "payments", Name: "our payment service provider", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{payment}}
	tools := &policy.Recipient{ID: "tools", Name: "providers of support and audience measurement tools", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{support, analytics}}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and managing your account and booking appointments", Categories: []*policy.Category{account, relatives, insurance},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{practitioners, hosting},
		Required: "without your name, date of birth, email address and mobile phone number you cannot open an account or book an appointment"}
	healthSpace := &policy.Purpose{ID: "health", Name: "Keeping your appointment history and health documents in your account and sharing them with practitioners", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Withdraw:   "by deleting documents or stopping their sharing in your account, or by closing it",
		Recipients: []*policy.Recipient{practitioners, hosting},
		Required:   "keeping documents in your account is optional; you can book appointments without it"}
	notifications := &policy.Purpose{ID: "notifications", Name: "Confirming appointments and sending reminders by email and text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging}}
	video := &policy.Purpose{ID: "video", Name: "Paying for video consultations", Categories: []*policy.Category{account, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{payments},
		Required:    "without a means of payment a video consultation cannot take place",
		Obligations: []policy.Obligation{{Act: "Code de commerce, art. L. 123-22", Region: fr}, {Act: "Abgabenordnung (AO), § 147", Region: de}}}
	security := &policy.Purpose{ID: "security", Name: "Securing the platform and preventing fraud", Categories: []*policy.Category{account, technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting your account and the platform from attacks, fraud and misuse", Recipients: []*policy.Recipient{hosting}}
	improve := &policy.Purpose{ID: "improve", Name: "Measuring the audience of our website and apps", Categories: []*policy.Category{analytics},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings at any time",
		Recipients: []*policy.Recipient{tools}, OptOut: true}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering the patients who write to us", Recipients: []*policy.Recipient{tools}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending news about our services", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in every email or in your account settings", Recipients: []*policy.Recipient{messaging}, OptOut: true}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Doctolib SAS", Email: "privacy@doctolib.example", Address: "Levallois-Perret, France"}, Country: fr},
		Establishments: []policy.Establishment{
			{Region: de, Contact: policy.Contact{Name: "Doctolib GmbH", Address: "Berlin, Germany", Email: "datenschutz@doctolib.example"}, ControllerFor: de},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@doctolib.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{{Act: "Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés", Region: fr},
			{Act: "Bundesdatenschutzgesetz (BDSG)", Region: de}},
		CustomerData: policy.CustomerData{Customers: "the practitioners and health facilities that use our software",
			Data: "the appointments, patient files, documents and messages of their practices", ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds},
		Categories:  []*policy.Category{account, relatives, insurance, health, payment, technical, analytics, support},
		Storage:     []policy.Storage{{Subjects: fr, Location: fr}, {Subjects: de, Location: de}},
		NotCollected: []policy.Exclusion{
			{ID: "video.recording", Name: "recordings of video consultations", Note: "Video consultations are neither recorded nor stored."},
		},
		Purposes:   []*policy.Purpose{accountPurpose, healthSpace, notifications, video, security, improve, helping, newsletter},
		Recipients: []*policy.Recipient{practitioners, hosting, messaging, payments, tools},
		Transfers: []policy.Transfer{{Origin: regionEU, Destination: regionUS, Recipient: tools, Categories: []*policy.Category{support, analytics},
			Safeguard: policy.SafeguardStandardClauses}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventLastActivity, Categories: []*policy.Category{account, relatives, insurance, health},
			Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(3)}}, Kept: []policy.KeptReason{policy.KeptLegalObligation}}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: security, Categories: []*policy.Category{technical},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyThird, Provider: tools, Purpose: improve, Categories: []*policy.Category{analytics},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account or by writing to dpo@doctolib.example"), policy.Right{Kind: policy.RightNoAutomatedDecision},
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to dpo@doctolib.example, if you are in France"}),
		Redress: []policy.Redress{
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Commission nationale de l'informatique et des libertés (CNIL)", Address: "Paris, France"}, Region: fr},
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit", Address: "Berlin, Germany"}, Region: de},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request."},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureCertification, Description: "Our hosting providers are certified as health data hosts (HDS) in France and our information security is certified to ISO/IEC 27001."},
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest, Description: "Health data is encrypted when stored."},
			{Kind: policy.MeasureAudits, Description: "Outside security researchers test the platform through a public bug bounty programme."},
			{Kind: policy.MeasureLeastPrivilege}, {Kind: policy.MeasureStaffTraining},
		},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@doctolib.example"},
	}
	return realPolicy{"medical appointment platform (Doctolib)", p, []statement{
		{says: "Doctolib SAS in France is the controller of your account data", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionFR }},
		{says: "for users in Germany, Doctolib GmbH in Berlin is the controller", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionDE
		}},
		{says: "we have appointed a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the practitioners who use our software are the controllers of the appointments and patient files of their practice, which we process on their behalf", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.Customers != ""
		}},
		{says: "questions about the data a practitioner holds go to that practitioner, and we pass on any we receive", typed: func(p *policy.Policy) bool { return p.CustomerData.ForwardsRequests }},
		{says: "when you book, the practitioner receives your appointment and details as a controller in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "practitioners").Role == policy.RoleThirdParty
		}},
		{says: "we collect your identity and contact details: title, name, date of birth, sex, email, mobile number and address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "sex")
		}},
		{says: "we collect your social security number in France, or your health insurer in Germany, where a practitioner needs it", typed: func(p *policy.Policy) bool {
			return len(p.Category("insurance").Items) == 2
		}},
		{says: "you may manage the appointments of relatives, such as your children, and must be entitled to give their data", typed: func(p *policy.Policy) bool {
			c := p.Category("relatives")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && c.OthersConsent
		}},
		{says: "your appointment history and the reason for an appointment can reveal your health, and we treat them as health data", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "you can keep documents in your account and share them with practitioners, who can also share documents with you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceThirdParty)
		}},
		{says: "we process your health data with your explicit consent, given by ticking a box and recorded, which you can withdraw", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("health")
			return pu.HasBasis(policy.BasisExplicitConsent) && pu.ConsentMethod == policy.ConsentMethodCheckbox && pu.ConsentLogged && pu.Withdraw != ""
		}},
		{says: "health data is covered by medical secrecy under French and German law", typed: func(p *policy.Policy) bool {
			s := p.Category("health").Secrecy
			return s.Kind == policy.SecrecyMedical && len(s.Laws) == 2
		}},
		{says: "health data is hosted by certified health data hosts, in France for users in France and in Germany for users in Germany", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && p.Storage[1].Subjects == regionDE && p.Storage[1].Location == regionDE
		}},
		{says: "health data never leaves the European Union", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool { return slices.Contains(t.Categories, p.Category("health")) })
		}},
		{says: "some tool providers outside the European Union receive other data under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionUS && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we run your account and book appointments under our terms of use", typed: func(p *policy.Policy) bool { return p.Purpose("account").HasBasis(policy.BasisContract) }},
		{says: "without your name, date of birth and contact details you cannot book", typed: func(p *policy.Policy) bool { return p.Purpose("account").Required != "" }},
		{says: "we confirm appointments and send reminders by email and text message through providers", typed: func(p *policy.Policy) bool {
			return recipient(p, "messaging").Role == policy.RoleProcessor && slices.Contains(p.Purpose("notifications").Recipients, recipient(p, "messaging"))
		}},
		{says: "video consultations are paid by card through a payment service provider", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Role == policy.RoleProcessor }},
		{says: "keeping documents in your account is optional", typed: func(p *policy.Policy) bool { return p.Purpose("health").Required != "" }},
		{says: "video consultations are not recorded", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "video.recording" }},
		{says: "we never sell your data and show no advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds)
		}},
		{says: "health data is never used for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we secure the platform and prevent fraud on our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "audience measurement cookies are set only with your consent, given in the cookie banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "audience").Consent == policy.CookieConsentOptIn && p.Purpose("improve").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "cookies last at most 13 months", typed: func(p *policy.Policy) bool { return cookie(p, "audience").Lifetime.Period == policy.Months(13) }},
		{says: "we keep your cookie choice for six months and then ask again", free: toIntroduction},
		{says: "audience measurement data is kept for at most 25 months", typed: func(p *policy.Policy) bool { return p.Category("analytics").Retention.Period == policy.Months(25) }},
		{says: "we answer your questions to support on our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("support").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "we send news about our services only with your consent, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").DirectMarketing && p.Purpose("newsletter").RestsOnConsent()
		}},
		{says: "we keep your account while it is open", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we delete an account that has not been used for three years, except what the law requires us to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventLastActivity && d.Stages[0].Within == policy.Years(3) && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "payment records are kept for ten years under commercial law", typed: func(p *policy.Policy) bool { return p.Category("payment").Retention.Law != "" }},
		{says: "connection logs are kept for one year", typed: func(p *policy.Policy) bool { return p.Category("technical").Retention.Period == policy.Years(1) }},
		{says: "we disclose data to authorities only where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection, and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "in France you may give directives on what becomes of your data after your death", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "you may complain to the CNIL, or in Germany to the Berlin data protection authority", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 2 && p.Redress[1].Region == regionDE
		}},
		{says: "we answer within one month and ask for proof of identity only if we doubt who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "data is encrypted, access is limited to staff who need it, and an ISO 27001 certified security programme and a bug bounty test it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAudits) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "you must be an adult to open an account; parents book for their children as relatives", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
	}}
}

// onlineTherapy paraphrases, in our own words and as we recall it, the
// privacy policy of BetterHelp, as published in 2024-2025: a US online
// therapy platform of Teladoc Health that matches people, from the
// answers to an intake questionnaire, with independent licensed
// therapists who counsel them by messages, chat, phone and video. In
// 2023 the US Federal Trade Commission ordered it to stop disclosing
// health information for advertising, after it had passed intake
// answers and email addresses to advertising platforms; the policy since
// says that health information is not used or disclosed for advertising
// and is disclosed to third parties for other purposes only with the
// person's consent. It declares the CCPA and the other US state laws.
func onlineTherapy() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"email address", "nickname, which may be other than your real name", "phone number", "password", "state of residence"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	intake := &policy.Category{ID: "intake", Name: "Questionnaire answers", Items: []string{"why you seek therapy", "mental and physical health history", "medications",
		"gender identity and sexual orientation", "religion", "relationship status", "preferences for a therapist"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo, policy.CCPAProtectedTraits},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent, policy.CommitmentNoSale}}
	therapy := &policy.Category{ID: "therapy", Name: "Therapy content", Items: []string{"messages with your therapist", "worksheets and journal entries", "session times", "your therapist's notes"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your therapist", Linked: true,
		Retention:   policy.AsRequiredBy("the record-keeping rules that state licensing law sets for therapists"),
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent, policy.CommitmentNoSale},
		Secrecy:     policy.Secrecy{Kind: policy.SecrecyMedical}}
	emergency := &policy.Category{ID: "emergency", Name: "Emergency contact", Items: []string{"name and phone number of a person to call in an emergency"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	aid := &policy.Category{ID: "aid", Name: "Financial aid application", Items: []string{"employment status", "household income"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"billing name and address", "subscription and payment history", "last digits of the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors",
		Retention: policy.AsRequiredBy("US tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	visitor := &policy.Category{ID: "visitor", Name: "Visitor data", Items: []string{"IP address and approximate location", "device and browser", "pages visited and links clicked", "cookie and pixel identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and market the service"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	therapists := &policy.Recipient{ID: "therapists", Name: "the independent licensed therapist you are matched with", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, intake, therapy, emergency}, Purpose: "to provide therapy to you"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, communications and customer support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, intake, therapy, emergency, aid, visitor}}
	payments := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleProcessor, Country: regionUS, Categories: []*policy.Category{payment}}
	adPartners := &policy.Recipient{ID: "ads", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{visitor},
		Purpose: "to show and measure our advertising, from visitor data that contains no health information"}

	service := &policy.Purpose{ID: "service", Name: "Providing the platform, your account and notifications", Categories: []*policy.Category{account, payment, visitor},
		Recipients: []*policy.Recipient{vendors, payments}}
	matching := &policy.Purpose{ID: "matching", Name: "Matching you with a therapist licensed in your state", Categories: []*policy.Category{account, intake},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by closing your account", Profiling: true, Recipients: []*policy.Recipient{therapists, vendors}}
	counselling := &policy.Purpose{ID: "therapy", Name: "Enabling therapy with your therapist", Categories: []*policy.Category{account, intake, therapy, emergency},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by closing your account", Recipients: []*policy.Recipient{therapists, vendors}}
	finAid := &policy.Purpose{ID: "aid", Name: "Deciding on financial aid you apply for", Categories: []*policy.Category{aid},
		Recipients: []*policy.Recipient{vendors}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping the platform, clients and therapists safe and preventing fraud", Categories: []*policy.Category{account, visitor},
		Recipients: []*policy.Recipient{vendors}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{account},
		Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising our service and measuring our campaigns", Categories: []*policy.Category{visitor},
		Recipients: []*policy.Recipient{adPartners}, OptOut: true}
	emails := &policy.Purpose{ID: "emails", DirectMarketing: true, Name: "Sending promotional emails", Categories: []*policy.Category{account},
		Recipients: []*policy.Recipient{vendors}, OptOut: true}

	p := &policy.Policy{
		Deletion:   []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Controller: policy.Controller{Contact: policy.Contact{Name: "BetterHelp, Inc.", Email: "privacy@betterhelp.example", Address: "Mountain View, California, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:         []policy.Law{policy.CCPA, policy.USStates},
		OtherNotices: []policy.Notice{{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://betterhelp.example/consumer-health-data"}},
		Categories:   []*policy.Category{account, intake, therapy, emergency, aid, payment, visitor},
		NotCollected: []policy.Exclusion{
			{ID: "sessions", Name: "recordings of live video, phone and chat sessions", Note: "Live sessions are not recorded."},
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, matching, counselling, finAid, safety, helping, advertising, emails},
		Recipients: []*policy.Recipient{therapists, vendors, payments, adPartners},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection, Note: "A therapist may disclose what is needed to protect you or others from serious harm, as the law allows or requires."},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{visitor},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{visitor}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure},
			{Kind: policy.RightPortability}, {Kind: policy.RightOptOutOfSale}, {Kind: policy.RightOptOutOfTargetedAdvertising},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://betterhelp.example/privacy-choices", RequestMethods: []string{"the privacy request form", "email to privacy@betterhelp.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer and asking us to reconsider it", AttorneyGeneral: true}},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit, Description: "Messages and sessions travel encrypted between your device and our servers."},
			{Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
		},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@betterhelp.example"},
	}
	return realPolicy{"online therapy platform (BetterHelp)", p, []statement{
		{says: "BetterHelp, Inc. in California, part of Teladoc Health, runs the platform and is responsible for your data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS
		}},
		{says: "we collect account data: email, a nickname you may choose instead of your real name, phone number and the state you live in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "state of residence")
		}},
		{says: "your questionnaire answers tell us about your mental and physical health, medications, gender identity, sexual orientation, religion and relationships", typed: func(p *policy.Policy) bool {
			c := p.Category("intake")
			return c.Sensitivity == policy.SensitivitySpecial && slices.Contains(c.CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "we hold what you exchange with your therapist: messages, worksheets, journal entries and session times", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("therapy").Items, "worksheets and journal entries")
		}},
		{says: "live video, phone and chat sessions are not recorded", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "sessions" }},
		{says: "you may give us an emergency contact", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("emergency").Sources, policy.SourceOtherUsers)
		}},
		{says: "if you apply for financial aid we ask about your employment and income", typed: func(p *policy.Policy) bool {
			return p.Purpose("aid").Uses(p.Category("aid"))
		}},
		{says: "payment processors handle your payments, and we do not store full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleProcessor && p.NotCollected[1].Category == p.Category("payment")
		}},
		{says: "our website collects visitor data with cookies and pixels: IP address, device, pages and clicks", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Technology == policy.TechnologyPixel && p.Category("visitor").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we use your answers to match you with a therapist licensed in your state", typed: func(p *policy.Policy) bool {
			return p.Purpose("matching").Profiling && p.Purpose("matching").Uses(p.Category("intake"))
		}},
		{says: "therapists are independent licensed providers who receive your information to provide therapy", typed: func(p *policy.Policy) bool {
			return recipient(p, "therapists").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("therapy").Recipients, recipient(p, "therapists"))
		}},
		{says: "we are not a health care provider: the therapists, not BetterHelp, provide therapy and take clinical decisions", free: toIntroduction},
		{says: "therapists keep what you tell them confidential under their professional duties", typed: func(p *policy.Policy) bool {
			return p.Category("therapy").Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "therapy records are kept as long as the therapists' licensing rules require, even after you close your account", typed: func(p *policy.Policy) bool {
			return p.Category("therapy").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "you consent to the processing of your health information when you sign up", typed: func(p *policy.Policy) bool {
			return p.Purpose("therapy").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we do not use or disclose your health information, such as questionnaire answers and therapy content, for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("intake").Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(p.Category("therapy").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we disclose health information to third parties for other purposes only with your consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("intake").Commitments, policy.CommitmentNoDisclosureWithoutConsent)
		}},
		{says: "these limits follow the order the Federal Trade Commission made against us in 2023", free: toIntroduction},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "advertising partners receive visitor data through cookies and pixels, which may be sharing for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Category("visitor").Tracking && recipient(p, "ads").Role == policy.RoleThirdParty
		}},
		{says: "you can opt out of that sharing with the Your Privacy Choices link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we treat Global Privacy Control as an opt-out", typed: func(p *policy.Policy) bool { return p.Signals.GlobalPrivacyControl == policy.AnswerYes }},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we provide the platform, your account and notifications", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("account")) }},
		{says: "we use data to keep the platform safe and prevent fraud", typed: func(p *policy.Policy) bool { return p.Purpose("safety").Uses(p.Category("visitor")) }},
		{says: "we answer your questions to support through a support provider", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("support").Recipients, recipient(p, "vendors"))
		}},
		{says: "we send promotional emails, which you can unsubscribe from", typed: func(p *policy.Policy) bool {
			return p.Purpose("emails").DirectMarketing && p.Purpose("emails").OptOut
		}},
		{says: "service providers for hosting, communications and support process data on our behalf under contracts", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor
		}},
		{says: "we disclose data when the law requires, such as on a subpoena", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "information may be disclosed to protect you or others from serious harm", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureProtection) != nil }},
		{says: "data may pass to a buyer in a merger or sale", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we use sensitive personal information only to provide the service and for other permitted purposes", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "Californians may know, access, correct and delete their data, opt out of sharing, and are not discriminated against for it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && hasRight(p, policy.RightRectification)
		}},
		{says: "residents of other states with privacy laws have like rights and may appeal a refusal", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.How != "" }},
		{says: "requests go through our form or by email; we verify you from your account or email, and accept authorised agents", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "residents of Washington and Nevada have a separate consumer health data privacy policy", typed: func(p *policy.Policy) bool { return p.OtherNotices[0].URL != "" }},
		{says: "when you delete your account we delete your data, except what we must keep for legal, dispute and fraud reasons", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptFraud)
			})
		}},
		{says: "data is encrypted in transit and at rest, and access is controlled", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "you must be 18 to use BetterHelp; younger people are served by a separate service for teens", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "your therapist knows you by the nickname you choose unless you tell them more", free: toCategory("account")},
		{says: "we tell you of material changes by email or on our website", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
	}}
}

// railOperator paraphrases, in our own words and as we recall it, the
// privacy notice of Deutsche Bahn for its long-distance passenger
// services, as published in 2024-2025: DB Fernverkehr AG in Frankfurt am
// Main as the controller for ticket sales on bahn.de and in the DB
// Navigator app, the BahnCard and the BahnBonus programme, with DB
// Vertrieb GmbH selling tickets and running customer service on its
// behalf. It declares the GDPR, read with the BDSG and the TDDDG.
func railOperator() realPolicy {
	de := regionDE
	account := &policy.Category{ID: "account", Name: "Customer account data", Items: []string{"title", "first name and surname", "postal address", "email address", "date of birth", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	booking := &policy.Category{ID: "booking", Name: "Booking data", Items: []string{"journey, date and train", "class and fare", "seat reservation", "ticket number", "name of the ticket holder", "Komfort check-in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("German commercial and tax law (§ 257 HGB, § 147 AO)")}
	travellers := &policy.Category{ID: "travellers", Name: "Fellow travellers", Items: []string{"names of the people travelling with you", "ages of the children travelling with you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.AsRequiredBy("German commercial and tax law (§ 257 HGB, § 147 AO)")}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"payment method", "card or bank account details", "payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers and, for direct debit, a credit agency",
		Retention: policy.AsRequiredBy("German commercial and tax law (§ 257 HGB, § 147 AO)"), Linked: true}
	bahncard := &policy.Category{ID: "bahncard", Name: "BahnCard and BahnBonus data", Items: []string{"BahnCard number, type and validity", "photo, for the BahnCard 100", "BahnBonus points and status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{booking},
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	checks := &policy.Category{ID: "checks", Name: "Ticket inspection data", Items: []string{"ticket scanned", "train and time of the inspection"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("until the ticket's validity has ended and any claim arising from it is settled")}
	penalty := &policy.Category{ID: "penalty", Name: "Data of passengers without a valid ticket", Items: []string{"name and address", "identity document shown", "journey and amount due"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the increased fare is paid and the limitation period for the claim has run")}
	claims := &policy.Category{ID: "claims", Name: "Passenger rights claims", Items: []string{"ticket and journey", "delay or cancellation", "bank account for the compensation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("German commercial and tax law (§ 257 HGB, § 147 AO)")}
	location := &policy.Category{ID: "location", Name: "Location in the DB Navigator", Items: []string{"your device's location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "Usage and device data", Items: []string{"IP address", "device and app version", "pages and screens viewed", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(14), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Customer service contacts", Items: []string{"your message or call", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}

	vertrieb := &policy.Recipient{ID: "vertrieb", Name: "DB Vertrieb GmbH", Role: policy.RoleProcessor, Country: de,
		Categories: []*policy.Category{account, booking, travellers, payment, bahncard, claims, support}, Purpose: "to sell tickets and run customer service on our behalf"}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers", Role: policy.RoleProcessor, Country: regionEU, Categories: []*policy.Category{payment}}
	agency := &policy.Recipient{ID: "agency", Name: "a credit agency", Role: policy.RoleThirdParty, Country: de, Categories: []*policy.Category{account, payment},
		Purpose: "to tell us the risk of a payment by direct debit"}
	collection := &policy.Recipient{ID: "collection", Name: "a debt collection agency", Role: policy.RoleThirdParty, Country: de, Categories: []*policy.Category{penalty},
		Conditional: true, Purpose: "if an increased fare stays unpaid, to collect it"}
	railways := &policy.Recipient{ID: "railways", Name: "the other railways and transport companies on your journey", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, travellers}, Purpose: "to carry you and to check and honour your ticket"}
	analytics := &policy.Recipient{ID: "analytics", Name: "analytics and advertising providers", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{usage}}

	sales := &policy.Purpose{ID: "sales", Name: "Selling tickets and carrying you", Categories: []*policy.Category{account, booking, travellers, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vertrieb, psp, railways},
		Required: "without the traveller's name and a means of payment we cannot issue a ticket"}
	debit := &policy.Purpose{ID: "debit", Name: "Checking the risk of payment by direct debit", Categories: []*policy.Category{account, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "avoiding payment defaults", Recipients: []*policy.Recipient{agency},
		Automated: "an automated check may decide that you cannot pay by direct debit; you can then pay another way"}
	inspection := &policy.Purpose{ID: "inspection", Name: "Inspecting tickets and preventing their misuse", Categories: []*policy.Category{booking, checks},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "detecting tickets used more than once or by someone else"}
	penaltyFare := &policy.Purpose{ID: "penalty", Name: "Charging and collecting increased fares", Categories: []*policy.Category{penalty},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "claiming the increased fare that the conditions of carriage set", Recipients: []*policy.Recipient{collection}}
	compensation := &policy.Purpose{ID: "compensation", Name: "Handling passenger rights claims", Categories: []*policy.Category{claims, booking},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vertrieb},
		Required:    "without your ticket and bank details we cannot pay compensation",
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2021/782 on rail passengers' rights and obligations", Region: regionEU}}}
	loyalty := &policy.Purpose{ID: "loyalty", Name: "Running the BahnCard and BahnBonus", Categories: []*policy.Category{account, bahncard, booking},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vertrieb},
		Required: "without your name and date of birth we cannot issue a BahnCard"}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending personalised offers and the newsletter", Categories: []*policy.Category{account, bahncard, booking},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true, Profiling: true,
		Withdraw: "with the link in every email or in your customer account", OptOut: true}
	customers := &policy.Purpose{ID: "customers", DirectMarketing: true, Name: "Emailing customers about similar offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers journeys and products like those they bought", OptOut: true,
		ConsentExemptBy: []policy.Obligation{{Act: "the Act against Unfair Competition (UWG), § 7(3)", Region: regionDE}}}
	nearby := &policy.Purpose{ID: "location", Name: "Finding stations and connections near you in the DB Navigator", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings", OptOut: true}
	measure := &policy.Purpose{ID: "analytics", Name: "Analysing use of bahn.de and the DB Navigator and advertising", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the privacy settings of the website or app",
		Recipients: []*policy.Recipient{analytics}, OptOut: true}
	service := &policy.Purpose{ID: "support", Name: "Answering customer service contacts", Categories: []*policy.Category{support, account, booking},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering questions and complaints", Recipients: []*policy.Recipient{vertrieb}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "DB Fernverkehr AG", Email: "datenschutz@bahn.example", Address: "Frankfurt am Main, Germany"}, Country: de,
			Registration: "Amtsgericht Frankfurt am Main, HRB 00000"},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the Deutsche Bahn group", Email: "dpo@bahn.example", Address: "Berlin, Germany"},
		Version: "2024", Effective: policy.MakeDate(2024, time.December, 15), Updated: policy.MakeDate(2024, time.December, 15),
		Laws:         []policy.Law{policy.GDPR},
		Scope:        []string{"bahn.de", "the DB Navigator app", "the BahnCard", "BahnBonus"},
		OtherNotices: []policy.Notice{{Covers: "video surveillance in stations and trains", URL: "https://bahn.example/video"}},
		Categories:   []*policy.Category{account, booking, travellers, payment, bahncard, checks, penalty, claims, location, usage, support},
		Purposes:     []*policy.Purpose{sales, debit, inspection, penaltyFare, compensation, loyalty, offers, customers, nearby, measure, service},
		Recipients:   []*policy.Recipient{vertrieb, psp, agency, collection, railways, analytics},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: railways, Categories: []*policy.Category{booking, travellers}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: analytics, Categories: []*policy.Category{usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Note: "The Federal Police and prosecutors receive data only where the law allows them to ask for it."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies and SDKs", Party: policy.PartyThird, Provider: analytics, Purpose: measure, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("by writing to datenschutz@bahn.example"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority,
			Contact: policy.Contact{Name: "Hessischer Beauftragter für Datenschutz und Informationsfreiheit", Address: "Wiesbaden, Germany"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:  policy.Changes{EffectiveOnPosting: true},
	}
	return realPolicy{"rail operator (Deutsche Bahn)", p, []statement{
		{says: "DB Fernverkehr AG in Frankfurt am Main is the controller for bahn.de, the DB Navigator, the BahnCard and BahnBonus", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && len(p.Scope) == 4
		}},
		{says: "DB Vertrieb GmbH sells tickets and runs customer service for us as our processor", typed: func(p *policy.Policy) bool {
			return recipient(p, "vertrieb").Role == policy.RoleProcessor
		}},
		{says: "the Deutsche Bahn group has a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "your customer account holds your title, name, address, email address and date of birth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "a booking records the journey, train, class, fare, seat reservation and the name of the ticket holder", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Items, "name of the ticket holder")
		}},
		{says: "you give us the names of those travelling with you and the ages of children", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("travellers").Sources, policy.SourceOtherUsers)
		}},
		{says: "we sell tickets and carry you under the contract of carriage", typed: func(p *policy.Policy) bool { return p.Purpose("sales").HasBasis(policy.BasisContract) }},
		{says: "without the traveller's name and a means of payment we cannot issue a ticket", typed: func(p *policy.Policy) bool { return p.Purpose("sales").Required != "" }},
		{says: "payment service providers process your payment", typed: func(p *policy.Policy) bool { return recipient(p, "psp").Role == policy.RoleProcessor }},
		{says: "before you pay by direct debit we check the risk, also with a credit agency, and may offer you only other ways to pay", typed: func(p *policy.Policy) bool {
			return p.Purpose("debit").Automated != "" && recipient(p, "agency").Role == policy.RoleThirdParty
		}},
		{says: "online tickets are personal: at an inspection you show an official identity document", free: toPurpose("inspection")},
		{says: "the inspector's device scans your ticket and records the train and time of the check", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("checks").Items, "train and time of the inspection")
		}},
		{says: "we use inspection data to find tickets used more than once or by someone else", typed: func(p *policy.Policy) bool { return p.Purpose("inspection").Interest != "" }},
		{says: "from passengers without a valid ticket we take name and address to charge the increased fare", typed: func(p *policy.Policy) bool {
			return p.Purpose("penalty").Uses(p.Category("penalty"))
		}},
		{says: "an unpaid increased fare is passed to a debt collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collection").Conditional }},
		{says: "we handle compensation for delays as the EU rail passenger rights regulation requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("compensation")
			return pu.HasBasis(policy.BasisLegalObligation) && pu.Obligations[0].Region == regionEU
		}},
		{says: "without your ticket and bank details we cannot pay compensation", typed: func(p *policy.Policy) bool { return p.Purpose("compensation").Required != "" }},
		{says: "we run the BahnCard and BahnBonus under their terms, collecting points from your bookings", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").HasBasis(policy.BasisContract) && slices.Contains(p.Category("bahncard").Sources, policy.SourceDerived)
		}},
		{says: "the BahnCard 100 carries your photo", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("bahncard").Items, "photo, for the BahnCard 100")
		}},
		{says: "a minor's BahnCard needs a parent's consent", typed: func(p *policy.Policy) bool { return p.Children.ParentalConsent && p.Children.MinimumAge == 18 }},
		{says: "personalised offers and the newsletter need your consent, confirmed by double opt-in", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.ConsentMethod == policy.ConsentMethodDoubleOptIn && pu.Profiling
		}},
		{says: "as a customer you may receive emails about similar offers, which you can refuse at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("customers").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("customers").OptOut
		}},
		{says: "we may email existing customers without consent because the Act against Unfair Competition (§ 7(3) UWG) allows it, and say in each email that they can object", typed: func(p *policy.Policy) bool {
			pu := purposeByID(p, "customers")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && pu.ConsentExemptBy[0].Region == regionDE && !pu.RestsOnConsent()
		}},
		{says: "the DB Navigator uses your location only if you allow it, to find stations near you", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "with Komfort check-in you check yourself in in the app and are not inspected", free: toPurpose("inspection")},
		{says: "analytics and marketing technologies on bahn.de and in the app run only with your consent in the consent manager", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("analytics").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "technically necessary cookies are set without consent (§ 25(2) TDDDG)", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "some analytics providers are in the US and certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "for journeys abroad, the railways of the countries you travel to receive your booking", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we answer customer service contacts", typed: func(p *policy.Policy) bool { return p.Purpose("support").Interest != "" }},
		{says: "bookings, payments and claims are kept for up to ten years under commercial and tax law", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your customer account until you close it", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "the Federal Police and prosecutors receive data only where the law allows", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection, and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && hasRight(p, policy.RightRestriction)
		}},
		{says: "you may complain to the Hessian data protection authority", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressSupervisoryAuthority
		}},
		{says: "video surveillance in stations and trains has its own notice", typed: func(p *policy.Policy) bool { return p.OtherNotices[0].Covers != "" }},
		{says: "data is sent encrypted and access to it is restricted", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we update this notice from time to time; the version on bahn.de applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
	}}
}
