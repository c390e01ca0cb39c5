package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// teleMedicine paraphrases, in our own words and as we recall it, the
// privacy policy of a German telemedicine service in the manner of
// TeleClinic or Kry/Livi Germany, as published in 2024: a company in
// Munich that runs a platform on which patients book video
// consultations with doctors, who treat them as controllers of the
// medical records they keep, bill statutory health insurance and send
// e-prescriptions to the pharmacy the patient chooses. It declares the
// GDPR, read with the BDSG.
func teleMedicine() realPolicy {
	de := regionDE
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"name", "date of birth", "email address", "mobile phone number", "postal address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	insurance := &policy.Category{ID: "insurance", Name: "Health insurance data", Items: []string{"health insurer", "insurance number", "insurance status", "data of the electronic health card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventPurposeAchieved,
			Criteria: "the period for which the doctor must keep the billing records"}}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"symptoms and the reason for the consultation", "medical history", "photos of affected areas", "diagnoses", "treatment notes", "prescriptions and sick notes"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventPurposeAchieved,
			Criteria: "the ten years after the end of treatment for which § 630f(3) BGB requires the medical record to be kept"},
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent},
		Secrecy:     policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "Strafgesetzbuch (StGB), § 203", Region: de}}}}
	identity := &policy.Category{ID: "identity", Name: "Identity verification data", Items: []string{"photo of the identity document", "video selfie", "result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our identity verification provider",
		Retention: policy.Keep(policy.Days(30), policy.EventPurposeAchieved), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data of self-paying patients", Items: []string{"invoices", "payment method", "transaction reference"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Retention: policy.AsRequiredBy("German tax and commercial law (§ 147 AO, § 257 HGB)"), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"IP address", "device and operating system", "app version", "time of access", "error logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(14), policy.EventCollection)}
	analytics := &policy.Category{ID: "analytics", Name: "Usage analytics", Items: []string{"pseudonymous device identifier", "screens viewed", "features used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(14), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our patient service", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}

	doctors := &policy.Recipient{ID: "doctors", Name: "the doctors who treat you", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{account, insurance, health}, Purpose: "to treat you and keep your medical record as controllers in their own right"}
	video := &policy.Recipient{ID: "video", Name: "our certified video service provider", Role: policy.RoleProcessor, Country: de,
		Categories: []*policy.Category{account, technical}, Purpose: "to carry the end-to-end encrypted video consultation"}
	ident := &policy.Recipient{ID: "ident", Name: "our identity verification provider", Role: policy.RoleProcessor, Country: de,
		Categories: []*policy.Category{account, identity}}
	hosting := &policy.Recipient{ID: "hosting", Name: "our hosting provider", Role: policy.RoleProcessor, Country: de,
		Categories: []*policy.Category{account, insurance, health, identity, payment, technical, support}}
	pharmacies := &policy.Recipient{ID: "pharmacies", Name: "the pharmacy you choose", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{account, insurance, health}, Purpose: "to dispense the e-prescription, which reaches it through the telematics infrastructure"}
	insurers := &policy.Recipient{ID: "insurers", Name: "associations of statutory health insurance physicians and statutory health insurers", Role: policy.RoleThirdParty, Country: de,
		Categories: []*policy.Category{account, insurance, health}, Purpose: "to bill treatment and receive electronic sick notes"}
	payments := &policy.Recipient{ID: "payments", Name: "our payment service provider", Role: policy.RoleProcessor, Country: de,
		Categories: []*policy.Category{payment}}
	analyticsVendor := &policy.Recipient{ID: "analytics", Name: "our analytics provider", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{analytics, technical}}

	platform := &policy.Purpose{ID: "platform", Name: "Running your account and booking consultations", Categories: []*policy.Category{account, insurance, technical},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
		Required: "without your name, date of birth and contact details we cannot open an account or book a consultation"}
	treatment := &policy.Purpose{ID: "treatment", Name: "Telemedical treatment by video consultation", Categories: []*policy.Category{account, insurance, health},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisHealthCare, policy.BasisExplicitConsent},
		Withdraw:   "by writing to datenschutz@teleclinic.example; treatment already given and records the law requires us to keep are not affected",
		Recipients: []*policy.Recipient{doctors, video, hosting}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Required: "without the information on your symptoms and history a doctor cannot treat you"}
	prescriptions := &policy.Purpose{ID: "prescriptions", Name: "Issuing e-prescriptions and electronic sick notes", Categories: []*policy.Category{account, insurance, health},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare}, Recipients: []*policy.Recipient{pharmacies, insurers},
		Obligations: []policy.Obligation{{Act: "Sozialgesetzbuch Fünftes Buch (SGB V), §§ 295 and 360", Region: de}}}
	billing := &policy.Purpose{ID: "billing", Name: "Billing statutory and private health insurance and self-paying patients", Categories: []*policy.Category{account, insurance, health, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisHealthCare}, Recipients: []*policy.Recipient{insurers, payments},
		Required:    "without your insurance data the treatment cannot be billed to your insurer, and you pay for it yourself",
		Obligations: []policy.Obligation{{Act: "Sozialgesetzbuch Fünftes Buch (SGB V), § 295", Region: de}, {Act: "Abgabenordnung (AO), § 147", Region: de}, {Act: "Handelsgesetzbuch (HGB), § 257", Region: de}}}
	records := &policy.Purpose{ID: "records", Name: "Keeping the medical record", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare}, Obligations: []policy.Obligation{{Act: "Bürgerliches Gesetzbuch (BGB), § 630f", Region: de}}}
	identify := &policy.Purpose{ID: "identity", Name: "Verifying your identity before a first treatment", Categories: []*policy.Category{account, identity},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ident},
		Obligations: []policy.Obligation{{Act: "Bundesmantelvertrag-Ärzte, Anlage 31b, read with Sozialgesetzbuch Fünftes Buch (SGB V), § 291", Region: de}},
		Required:    "without a verified identity a doctor may not issue a prescription or sick note to a new patient"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering questions from patients and people interested in our service"}
	security := &policy.Purpose{ID: "security", Name: "Keeping the platform secure and available", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "detecting attacks and errors and keeping the platform running", Recipients: []*policy.Recipient{hosting}}
	improve := &policy.Purpose{ID: "analytics", Name: "Analysing how the app is used", Categories: []*policy.Category{analytics, technical},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings of the app or the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{analyticsVendor}, OptOut: true}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every newsletter", ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true, OptOut: true}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "TeleClinic GmbH", Email: "datenschutz@teleclinic.example", Address: "Munich, Germany"}, Country: de,
			Registration: "Amtsgericht München, HRB 000000"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@teleclinic.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{{Act: "Bundesdatenschutzgesetz (BDSG), § 22(1)(1)(b)", Region: de}},
		Categories: []*policy.Category{account, insurance, health, identity, payment, technical, analytics, support},
		Storage:    []policy.Storage{{Location: de}},
		NotCollected: []policy.Exclusion{
			{ID: "video.recording", Name: "recordings of video consultations", Note: "Consultations are neither recorded nor stored."},
		},
		Purposes:   []*policy.Purpose{platform, treatment, prescriptions, billing, records, identify, helping, security, improve, newsletter},
		Recipients: []*policy.Recipient{doctors, video, ident, hosting, pharmacies, insurers, payments, analyticsVendor},
		Transfers: []policy.Transfer{{Origin: regionEU, Destination: regionUS, Recipient: analyticsVendor, Categories: []*policy.Category{analytics, technical},
			Safeguard: policy.SafeguardDataPrivacyFramework}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookie", Party: policy.PartyFirst, Purpose: platform, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDK", Party: policy.PartyThird, Provider: analyticsVendor, Purpose: improve, Categories: []*policy.Category{analytics},
				Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               append(gdprRights("by writing to datenschutz@teleclinic.example"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Redress:              []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht", Address: "Ansbach, Germany"}}},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Deletion:             []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptRestricted: true}},
		Security: []policy.Measure{
			{Kind: policy.MeasureEndToEndEncryption, Description: "It protects every video consultation."},
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our video service provider is certified to the requirements for video consultations that the doctors' and insurers' associations set."},
			{Kind: policy.MeasureStaffTraining},
		},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
	}
	return realPolicy{"telemedicine app (TeleClinic)", p, []statement{
		{says: "TeleClinic GmbH in Munich is the controller of the platform's data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Registration != ""
		}},
		{says: "we have appointed a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "the doctors who treat you are controllers in their own right of the medical records they keep", typed: func(p *policy.Policy) bool {
			return recipient(p, "doctors").Role == policy.RoleThirdParty && recipient(p, "doctors").Purpose != ""
		}},
		{says: "we collect your account data: name, date of birth, contact details and address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "we collect your health insurance data, including the data of your electronic health card", typed: func(p *policy.Policy) bool {
			return p.Category("insurance") != nil
		}},
		{says: "you give us health data: symptoms, history and photos; the doctor adds diagnoses, notes and prescriptions", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "health data is processed for treatment under Art. 9(2)(h) GDPR with § 22(1)(1)(b) BDSG", typed: func(p *policy.Policy) bool {
			return p.Purpose("treatment").HasBasis(policy.BasisHealthCare) && len(p.LegalActs) == 1
		}},
		{says: "we also ask for your explicit consent to the processing of your health data, which you can withdraw", typed: func(p *policy.Policy) bool {
			return p.Purpose("treatment").HasBasis(policy.BasisExplicitConsent) && p.Purpose("treatment").Withdraw != ""
		}},
		{says: "consent is given by ticking a box and recorded", typed: func(p *policy.Policy) bool {
			return p.Purpose("treatment").ConsentMethod == policy.ConsentMethodCheckbox && p.Purpose("treatment").ConsentLogged
		}},
		{says: "doctors and everyone who helps them are bound by medical confidentiality under § 203 StGB", typed: func(p *policy.Policy) bool {
			s := p.Category("health").Secrecy
			return s.Kind == policy.SecrecyMedical && s.Laws[0].Region == regionDE
		}},
		{says: "video consultations run through a certified video service provider acting as our processor", typed: func(p *policy.Policy) bool {
			return recipient(p, "video").Role == policy.RoleProcessor && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "video consultations are encrypted end to end and are not recorded", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEndToEndEncryption) && p.NotCollected[0].ID == "video.recording"
		}},
		{says: "before a first treatment we verify your identity with an identity document through a provider", typed: func(p *policy.Policy) bool {
			return p.Purpose("identity").HasBasis(policy.BasisLegalObligation) && recipient(p, "ident").Role == policy.RoleProcessor
		}},
		{says: "the identity check rests on the rules for video consultations in the federal contract of statutory health insurance physicians", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("identity").Obligations) == 1
		}},
		{says: "e-prescriptions reach the pharmacy you choose through the telematics infrastructure", typed: func(p *policy.Policy) bool {
			return recipient(p, "pharmacies").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("prescriptions").Recipients, recipient(p, "pharmacies"))
		}},
		{says: "sick notes go electronically to your statutory health insurer, as SGB V requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("prescriptions").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("prescriptions").Obligations) == 1
		}},
		{says: "statutory treatment is billed through the associations of statutory health insurance physicians", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("billing").Recipients, recipient(p, "insurers"))
		}},
		{says: "self-paying patients pay through a payment service provider", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Role == policy.RoleProcessor }},
		{says: "the medical record is kept for ten years after the end of treatment (§ 630f BGB)", typed: func(p *policy.Policy) bool {
			r := p.Category("health").Retention
			return r.Period == policy.Years(10) && p.Purpose("records").Obligations[0].Region == regionDE
		}},
		{says: "billing records are kept for up to ten years under tax and commercial law", typed: func(p *policy.Policy) bool { return p.Category("payment").Retention.Law != "" }},
		{says: "identity documents are deleted 30 days after the check", typed: func(p *policy.Policy) bool { return p.Category("identity").Retention.Period == policy.Days(30) }},
		{says: "where the law requires us to keep data we restrict its processing instead of erasing it (§ 35 BDSG)", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) > 0 && p.Deletion[0].KeptRestricted && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we keep your account while it is open", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "server logs are deleted after 14 days", typed: func(p *policy.Policy) bool { return p.Category("technical").Retention.Period == policy.Days(14) }},
		{says: "we provide the platform and book consultations under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("platform").HasBasis(policy.BasisContract) }},
		{says: "without the data needed for treatment a doctor cannot treat you", typed: func(p *policy.Policy) bool { return p.Purpose("treatment").Required != "" }},
		{says: "we keep the platform secure on our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "with consent, we analyse use of the app, also with a US provider certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Purpose("analytics").RestsOnConsent() && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "cookies that are not necessary are set only with consent (§ 25 TDDDG)", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "session").StrictlyNecessary
		}},
		{says: "the newsletter is sent only after double opt-in, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn
		}},
		{says: "health data is never used for advertising and never passed on without your consent or a legal duty", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "our hosting provider stores all data in Germany", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionDE }},
		{says: "authorities receive data only where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection, and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to a supervisory authority, such as the Bavarian one that supervises us", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Kind == policy.RedressSupervisoryAuthority
		}},
		{says: "we make no automated decisions; doctors decide on treatment", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "encryption, access control and trained staff protect your data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureStaffTraining) }},
		{says: "you must be 18 to use the service; parents book for their children", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 && p.Children.ParentalConsent }},
		{says: "we tell registered users of material changes by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}

// charity paraphrases, in our own words and as we recall it, the supporter
// privacy policy of a large UK charity in the manner of Cancer Research
// UK, as published in 2024: donations and Gift Aid, fundraising by email
// and text with consent and by post on legitimate interests, research
// into supporters' wealth from public sources, events such as marathons,
// volunteering, and the shops that sell donated goods. It declares the
// UK GDPR.
func charity() realPolicy {
	gb := regionGB
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"name", "postal address", "email address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "fundraising platforms you give through, and the Royal Mail's change of address and bereavement services that keep addresses up to date",
		Retention:    policy.ByCriteria("as long as you support us, and afterwards only what we need to honour your marketing choices"), Linked: true}
	donations := &policy.Category{ID: "donations", Name: "Donation records", Items: []string{"amount and date of each donation", "payment method", "bank details for a Direct Debit"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "fundraising platforms and the banks that collect Direct Debits",
		Retention: policy.Keep(policy.Years(7), policy.EventCollection), Linked: true}
	giftAid := &policy.Category{ID: "gift.aid", Name: "Gift Aid declarations", Items: []string{"name", "home address", "confirmation that you pay UK tax", "date of the declaration"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(6), From: policy.EventLastActivity,
			Criteria: "the six years after the last donation a declaration covers, for which HMRC may audit our claims"}, Linked: true}
	goods := &policy.Category{ID: "goods", Name: "Donated goods", Items: []string{"items you give to our shops", "the price they sold for", "your Retail Gift Aid reference"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Keep(policy.Years(6), policy.EventCollection), Linked: true}
	wealth := &policy.Category{ID: "wealth", Name: "Wealth and philanthropy research", Items: []string{"estimated income and assets", "property value", "company directorships", "past charitable giving", "interests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceDerived},
		SourceDetail: "Companies House, the Land Registry, the Charity Commission, rich lists, the press and professional networking sites",
		DerivedFrom:  []*policy.Category{contact, donations}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	events := &policy.Category{ID: "events", Name: "Event participation", Items: []string{"events you sign up for", "T-shirt size", "fundraising target", "finish time", "emergency contact"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "event organisers such as the organisers of marathons",
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	eventHealth := &policy.Category{ID: "events.health", Name: "Health information of event participants", Items: []string{"medical conditions", "medication", "needs in an emergency"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Months(3), policy.EventPurposeAchieved), Linked: true}
	volunteer := &policy.Category{ID: "volunteer", Name: "Volunteer records", Items: []string{"availability", "skills and experience", "references", "training records"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the referees you name",
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(6), From: policy.EventPurposeAchieved, Criteria: "six years after you stop volunteering with us"}, Linked: true}
	checks := &policy.Category{ID: "volunteer.dbs", Name: "Criminal record checks", Items: []string{"result of a Disclosure and Barring Service check"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Disclosure and Barring Service",
		Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	stories := &policy.Category{ID: "stories", Name: "Your story and photos", Items: []string{"your experience of cancer", "photos and films of you"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	online := &policy.Category{ID: "online", Name: "Website and email interaction", Items: []string{"IP address", "pages visited", "whether you opened our emails and what you clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(26), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV footage", Items: []string{"images recorded in our shops"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}

	hmrc := &policy.Recipient{ID: "hmrc", Name: "HM Revenue & Customs", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{giftAid, goods},
		Purpose: "to claim Gift Aid on your donations"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "suppliers that print and send mailings, run our databases and call centres and process payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, donations, giftAid, online}}
	screening := &policy.Recipient{ID: "screening", Name: "wealth screening agencies", Role: policy.RoleProcessor, Country: gb, Categories: []*policy.Category{contact, wealth}}
	organisers := &policy.Recipient{ID: "organisers", Name: "the organisers of events you take part in for us", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, events, eventHealth}, Purpose: "to register you and look after you on the day"}
	trading := &policy.Recipient{ID: "trading", Name: "Cancer Research UK Trading Limited", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, goods}, Purpose: "to run our shops and sell donated goods as your agent"}
	dbs := &policy.Recipient{ID: "dbs", Name: "the Disclosure and Barring Service", Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{contact, checks}}

	giving := &policy.Purpose{ID: "donations", Name: "Processing your donations", Categories: []*policy.Category{contact, donations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers}, Required: "we need your name and payment details to take a donation"}
	claim := &policy.Purpose{ID: "gift.aid", Name: "Claiming Gift Aid", Categories: []*policy.Category{contact, giftAid, donations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{hmrc},
		Required:    "a Gift Aid declaration is your choice; without one we cannot claim Gift Aid on your donations",
		Obligations: []policy.Obligation{{Act: "Income Tax Act 2007, Part 8, Chapter 2, and the Gift Aid record-keeping rules of HMRC", Region: gb}}}
	shops := &policy.Purpose{ID: "shops", Name: "Selling donated goods and claiming Retail Gift Aid", Categories: []*policy.Category{contact, goods, giftAid},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{trading, hmrc},
		Required:    "you can give goods without signing up to Retail Gift Aid; then we sell them without claiming Gift Aid",
		Obligations: []policy.Obligation{{Act: "Income Tax Act 2007, Part 8, Chapter 2", Region: gb}}}
	digital := &policy.Purpose{ID: "marketing.digital", DirectMarketing: true, Name: "Fundraising by email and text message", Categories: []*policy.Category{contact, online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email, by replying STOP to a text, or by calling Supporter Services",
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true, Recipients: []*policy.Recipient{suppliers}, Profiling: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "the Privacy and Electronic Communications Regulations 2003 (PECR), reg. 22", Region: gb}}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Fundraising by post and by phone", Categories: []*policy.Category{contact, donations},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "raising funds for our charitable purposes from supporters who expect to hear from us",
		OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	research := &policy.Purpose{ID: "research", Name: "Understanding our supporters and their capacity to give", Categories: []*policy.Category{contact, donations, wealth},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "asking supporters for gifts that suit their interests and means, so that we raise more for less",
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{screening}}
	taking := &policy.Purpose{ID: "events", Name: "Organising events and looking after participants", Categories: []*policy.Category{contact, events, eventHealth},
		Bases:    []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent, policy.BasisVitalInterestsIncapable},
		Withdraw: "by telling the events team, which means we may not be able to help you on the day", Recipients: []*policy.Recipient{organisers},
		ConsentMethod: policy.ConsentMethodCheckbox, Required: "we need your contact details and an emergency contact to register you for an event"}
	volunteering := &policy.Purpose{ID: "volunteering", Name: "Managing volunteers", Categories: []*policy.Category{contact, volunteer, checks},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Interest: "placing, supporting and thanking the volunteers who help us",
		Obligations: []policy.Obligation{{Act: "Safeguarding Vulnerable Groups Act 2006", Region: gb}}, Recipients: []*policy.Recipient{dbs},
		Criminal: policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding}}
	storytelling := &policy.Purpose{ID: "stories", Name: "Telling supporters' stories", Categories: []*policy.Category{contact, stories},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "by telling us, after which we use your story in nothing new",
		ConsentMethod: policy.ConsentMethodWritten, ImageConsent: true}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our shops, staff and volunteers safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing and detecting crime in our shops"}

	p := &policy.Policy{
		Title: "Supporter privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Cancer Research UK", Email: "supporter.services@cancerresearch.example", Phone: "0300 123 1022", Address: "2 Redman Place, London E20 1JQ"},
			Country: gb, Registration: "registered charity in England and Wales (1089464), Scotland (SC041666) and the Isle of Man (1103)"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "data.protection@cancerresearch.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{contact, donations, giftAid, goods, wealth, events, eventHealth, volunteer, checks, stories, online, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card details", Category: donations, Note: "Our payment providers process them and we do not keep them."},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Purposes:    []*policy.Purpose{giving, claim, shops, digital, post, research, taking, volunteering, storytelling, safety},
		Recipients:  []*policy.Recipient{hmrc, suppliers, screening, organisers, trading, dbs},
		Transfers: []policy.Transfer{{Origin: gb, Destination: regionUS, Recipient: suppliers, Categories: []*policy.Category{contact, online},
			Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask us for a copy of the safeguards by writing to our Data Protection Officer."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}},
		OtherNotices: []policy.Notice{{Covers: "people who take part in our clinical trials and research", URL: "https://cancerresearch.example/privacy/research"},
			{Covers: "our employees and job applicants"}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: giving, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and advertising cookies", Party: policy.PartyThird, ProviderName: "analytics and social media platforms such as Google and Meta", Purpose: digital, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               append(gdprRights("by contacting Supporter Services"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDataPoints}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are taken to the PCI DSS standard."},
		},
		Children: policy.Children{MinimumAge: 16, ParentalConsent: true},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Name: "Supporter Services", Email: "supporter.services@cancerresearch.example", Phone: "0300 123 1022"},
	}
	return realPolicy{"charity (Cancer Research UK)", p, []statement{
		{says: "Cancer Research UK, a registered charity, is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" }},
		{says: "questions go to Supporter Services or our Data Protection Officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.Contact.Phone != "" }},
		{says: "we collect your contact details when you give, sign up or contact us", typed: func(p *policy.Policy) bool { return slices.Contains(p.Category("contact").Sources, policy.SourceUser) }},
		{says: "we receive your details from fundraising platforms you give through", typed: func(p *policy.Policy) bool { return p.Category("contact").SourceDetail != "" }},
		{says: "we update addresses and remove people who have died with the Royal Mail's services", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Sources, policy.SourceThirdParty)
		}},
		{says: "we process your donations, and do not keep full card details", typed: func(p *policy.Policy) bool {
			return p.Purpose("donations").HasBasis(policy.BasisContract) && p.NotCollected[0].Category == p.Category("donations")
		}},
		{says: "we share Gift Aid declarations with HMRC because the law requires it to claim Gift Aid", typed: func(p *policy.Policy) bool {
			return p.Purpose("gift.aid").HasBasis(policy.BasisLegalObligation) && recipient(p, "hmrc").Role == policy.RoleAuthority
		}},
		{says: "we keep Gift Aid declarations for six years after the last donation they cover", typed: func(p *policy.Policy) bool {
			return p.Category("gift.aid").Retention.Period == policy.Years(6)
		}},
		{says: "our shops sell donated goods as your agent through our trading company, and claim Retail Gift Aid on the proceeds", typed: func(p *policy.Policy) bool {
			return recipient(p, "trading").Purpose != "" && slices.Contains(p.Purpose("shops").Recipients, recipient(p, "hmrc"))
		}},
		{says: "we write to Retail Gift Aid donors each year with what their goods raised, and they may ask us not to claim", free: toPurpose("shops")},
		{says: "we email and text you about fundraising only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.digital").RestsOnConsent() && p.Purpose("marketing.digital").ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "we ask for that consent because the Privacy and Electronic Communications Regulations require it for marketing by email and text", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Purpose("marketing.digital").ConsentRequiredBy, func(o policy.Obligation) bool {
				return o.Region == regionGB && o.Act == "the Privacy and Electronic Communications Regulations 2003 (PECR), reg. 22"
			})
		}},
		{says: "we send post, and call numbers not registered with the TPS, on our legitimate interests unless you object", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.post").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("marketing.post").OptOut
		}},
		{says: "we record when you opened our emails to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("marketing.digital").Profiling }},
		{says: "you can change how we contact you at any time through Supporter Services", typed: func(p *policy.Policy) bool { return p.Purpose("marketing.digital").Withdraw != "" }},
		{says: "if you register with the Fundraising Preference Service we stop contacting you as it asks", free: toPurpose("marketing.post")},
		{says: "we research supporters' wealth and interests in public sources to ask for gifts that suit them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("wealth").Sources, policy.SourcePublic) && p.Purpose("research").Profiling
		}},
		{says: "wealth screening agencies do this research for us", typed: func(p *policy.Policy) bool { return recipient(p, "screening").Role == policy.RoleProcessor }},
		{says: "you can object to this research and we will stop", typed: func(p *policy.Policy) bool { return p.Purpose("research").OptOut && hasRight(p, policy.RightObjection) }},
		{says: "we take health information from event participants, with explicit consent, to look after them", typed: func(p *policy.Policy) bool {
			return p.Category("events.health").Sensitivity == policy.SensitivitySpecial && p.Purpose("events").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "in an emergency we share it with medical staff to protect your life", typed: func(p *policy.Policy) bool { return p.Purpose("events").HasBasis(policy.BasisVitalInterestsIncapable) }},
		{says: "event organisers, such as a marathon's, share your registration with us and receive it from us", typed: func(p *policy.Policy) bool {
			return recipient(p, "organisers").Role == policy.RoleThirdParty && slices.Contains(p.Category("events").Sources, policy.SourceThirdParty)
		}},
		{says: "we delete event health information three months after the event", typed: func(p *policy.Policy) bool {
			return p.Category("events.health").Retention.Period == policy.Months(3)
		}},
		{says: "we keep volunteer records and take references", typed: func(p *policy.Policy) bool { return p.Purpose("volunteering").Interest != "" }},
		{says: "for roles with children or vulnerable adults we carry out DBS checks", typed: func(p *policy.Policy) bool {
			return p.Category("volunteer.dbs").Criminal && p.Purpose("volunteering").Criminal.Condition == policy.DPAConditionSafeguarding
		}},
		{says: "we use your story and photos only with your consent", typed: func(p *policy.Policy) bool { return p.Purpose("stories").ImageConsent }},
		{says: "our shops record CCTV to keep people safe, kept for 30 days", typed: func(p *policy.Policy) bool { return p.Category("cctv").Retention.Period == policy.Days(30) }},
		{says: "suppliers acting on our instructions print mailings, run call centres and take payments", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "we never sell or swap your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "some suppliers are outside the UK, under the UK's transfer agreement, of which you can ask for a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "we disclose data where the law requires it or to protect someone", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureProtection) != nil }},
		{says: "cookies that are not necessary are set only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "we keep donation records for seven years for our accounts", typed: func(p *policy.Policy) bool { return p.Category("donations").Retention.Period == policy.Years(7) }},
		{says: "we keep a record of your wish not to be contacted so that we respect it", typed: func(p *policy.Policy) bool { return p.Category("contact").Retention.Criteria != "" }},
		{says: "you have the rights of access, rectification, erasure, restriction, portability and objection", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPortability) }},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within a month and may ask for proof of identity", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "research participants and staff have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "encryption, access control, trained staff and PCI DSS protect your data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "under-16s need a parent's consent to give us their details", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 && p.Children.ParentalConsent }},
		{says: "we update this policy from time to time; changes apply when posted", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
	}}
}
