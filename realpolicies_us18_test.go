package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs18CaliforniaDMV paraphrases, in our own words and as we
// recall it, the Privacy Policy Statement of the California Department of
// Motor Vehicles as published on its website in 2024-2025, read together
// with the Information Practices Act notice its application forms carry:
// what the DMV collects to license drivers, issue identification cards
// and REAL IDs, register vehicles and keep driving records, under the
// Vehicle Code and the Information Practices Act of 1977 (Cal. Civ. Code
// 1798 et seq.); the records the Vehicle Code makes public and those it
// keeps confidential (residence addresses, Social Security numbers,
// photographs and thumbprints, medical information); the authorized
// requesters it releases records to under the Driver's Privacy Protection
// Act; the New Motor Voter Program and the organ donor registry; and what
// its website collects, which Government Code 11015.5 forbids it to sell
// or pass on without consent. A state agency is no business under the
// CCPA (Cal. Civ. Code 1798.140(d)) and the US state laws do not reach
// governments, so the paraphrase declares no law the library knows; the
// authority the Information Practices Act notice names for each
// collection is typed as a public task resting on the statute. The
// headquarters address and the customer service number are the DMV's;
// the web and e-mail addresses are illustrative.
func realPolicyUs18CaliforniaDMV() realPolicy {
	vc := func(act string) policy.Obligation { return policy.Obligation{Act: act, Region: regionUS} }
	dppa := policy.SectoralDPPA
	identity := &policy.Category{ID: "identity", Name: "Identity and contact information", Items: []string{"full name and date of birth", "residence and mailing addresses", "driver license or identification card number", "phone number and email address, if you give them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: dppa,
		Retention: policy.ByCriteria("as long as the DMV's records retention schedules set for the driver, identification card or vehicle record it belongs to")}
	ssn := &policy.Category{ID: "ssn", Name: "Social Security number", Items: []string{"your Social Security number"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: dppa,
		Retention: policy.ByCriteria("as long as your driver license or identification card record is kept")}
	description := &policy.Category{ID: "description", Name: "Photograph, signature, thumbprint and physical description", Items: []string{"your photograph", "your signature", "your thumbprint", "height, weight, and eye and hair color"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: dppa,
		Retention: policy.ByCriteria("as long as your driver license or identification card record is kept")}
	medical := &policy.Category{ID: "medical", Name: "Medical information", Items: []string{"conditions that may affect your driving that you report on your application", "vision test results", "reports from physicians of disorders characterized by lapses of consciousness", "medical evaluations you are asked to send us"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "physicians and surgeons, who must report certain conditions, and law enforcement officers who ask us to reexamine a driver",
		Linked: true, GovernedBy: dppa,
		Retention: policy.ByCriteria("as long as it bears on your fitness to drive, as our records retention schedules set")}
	driving := &policy.Category{ID: "driving", Name: "Driving record", Items: []string{"license class, status and restrictions", "traffic convictions and failures to appear", "accidents reported to us", "suspensions, revocations and points"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the courts, which report convictions, and law enforcement agencies, which report accidents and arrests for driving under the influence",
		Linked: true, GovernedBy: dppa,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "the Vehicle Code, § 1808",
			Criteria: "most convictions stay on the record the public may see for three years, some for seven and convictions for driving under the influence for ten"}}
	vehicle := &policy.Category{ID: "vehicle", Name: "Vehicle and vessel information", Items: []string{"vehicle identification number and license plate", "registered and legal owners and lienholders", "proof of insurance", "smog check results"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "insurance companies, which report your coverage electronically, smog check stations, and the dealers that sell you a vehicle",
		Linked: true, GovernedBy: dppa,
		Retention: policy.ByCriteria("as long as the vehicle is registered in California, and then as our records retention schedules set")}
	voter := &policy.Category{ID: "voter", Name: "Voter registration information", Items: []string{"whether you are eligible and choose to register to vote", "your political party preference", "your language preference for election materials"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	donor := &policy.Category{ID: "donor", Name: "Organ and tissue donor choice", Items: []string{"whether you want to register as a donor", "any voluntary contribution you make to the registry"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card or bank account details for fees you pay online", "the fees you paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("state accounting and records retention rules")}
	web := &policy.Category{ID: "web", Name: "Information our website collects automatically", Items: []string{"IP address", "browser and operating system", "the date and time of your visit", "the pages you visit and the site that sent you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoDisclosureWithoutConsent},
		Retention:   policy.ByCriteria("as long as needed to count visitors and improve the website")}

	providers := &policy.Recipient{ID: "providers", Name: "contractors that run our information systems, process online payments and print and mail documents for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, payment, web}}
	verifiers := &policy.Recipient{ID: "verifiers", Name: "the Social Security Administration and the Department of Homeland Security", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{identity, ssn}, Purpose: "to verify your Social Security number and, for a REAL ID, your lawful presence in the United States"}
	states := &policy.Recipient{ID: "states", Name: "the motor vehicle agencies of other states, through the State-to-State Verification Service and the National Driver Register", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{identity, driving}, Purpose: "to make sure that no one holds a driver license in more than one state and to share records of suspended and revoked drivers"}
	sos := &policy.Recipient{ID: "sos", Name: "the California Secretary of State", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{identity, description, voter}, Purpose: "to register you to vote or update your voter registration, unless you decline"}
	donate := &policy.Recipient{ID: "donate-life", Name: "Donate Life California, the state's organ and tissue donor registry", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, donor}, Purpose: "to record you as a donor, as you chose"}
	enforcement := &policy.Recipient{ID: "enforcement", Name: "courts, law enforcement agencies and other government agencies", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{identity, description, driving, vehicle, medical}, Purpose: "to carry out their duties, as the Vehicle Code allows"}
	requesters := &policy.Recipient{ID: "requesters", Name: "requesters we authorize, such as insurance companies, financial institutions, employers enrolled in the Employer Pull Notice program, and attorneys and investigators in legal proceedings", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, driving, vehicle}, Purpose: "for a use the Driver's Privacy Protection Act and the Vehicle Code permit, which they state and we check before giving them access",
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	manufacturers := &policy.Recipient{ID: "manufacturers", Name: "vehicle manufacturers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, vehicle}, Purpose: "to send owners notices of safety recalls", Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}

	licensing := &policy.Purpose{ID: "licensing", Name: "Issuing driver licenses and identification cards, and keeping driver records", Categories: []*policy.Category{identity, ssn, description, driving},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{vc("the Vehicle Code, §§ 1653.5, 12800, 12801 and 13000")},
		Recipients: []*policy.Recipient{providers, verifiers, states},
		Required:   "the information our application asks for is mandatory unless it is marked optional, and without it we cannot process your application; if you have no Social Security number you may still apply for a driver license with other proof of identity and residence (AB 60)"}
	realID := &policy.Purpose{ID: "real-id", Name: "Checking your identity documents, Social Security number and lawful presence for a REAL ID", Categories: []*policy.Category{identity, ssn},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{vc("the REAL ID Act of 2005 and 6 CFR Part 37")},
		Recipients: []*policy.Recipient{verifiers, states},
		Required:   "a REAL ID needs the documents the federal rules list; without them we can issue only a standard card"}
	registration := &policy.Purpose{ID: "registration", Name: "Registering vehicles and vessels, and recording their titles, owners and liens", Categories: []*policy.Category{identity, vehicle, payment},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{vc("the Vehicle Code, Division 3, §§ 4000 et seq.")},
		Recipients: []*policy.Recipient{providers},
		Required:   "without proof of ownership, insurance and, where required, a smog certificate we cannot register the vehicle"}
	safety := &policy.Purpose{ID: "driver-safety", Name: "Deciding whether you can drive safely: reviewing medical conditions, reexamining drivers, and suspending or revoking licenses", Categories: []*policy.Category{identity, medical, driving},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{vc("the Vehicle Code, §§ 12805, 12806, 13800 and 13801"), vc("the Health and Safety Code, § 103900")},
		Criminal: policy.CriminalAuthority{Official: true, Laws: []policy.Obligation{vc("the Vehicle Code, § 1803")}},
		Required: "you must tell us of a condition that may affect your driving; if you do not, or do not send the evaluation we ask for, we may suspend or revoke your license"}
	fees := &policy.Purpose{ID: "fees", Name: "Collecting fees and processing online payments", Categories: []*policy.Category{identity, payment},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{vc("the Vehicle Code, Division 3.5 and § 1685")},
		Recipients: []*policy.Recipient{providers}}
	motorVoter := &policy.Purpose{ID: "motor-voter", Name: "Registering eligible applicants to vote through the California New Motor Voter Program", Categories: []*policy.Category{identity, description, voter},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{vc("the Elections Code, § 2260 et seq.")},
		OptOut: true, OptOutHow: "by choosing not to register on your application", Recipients: []*policy.Recipient{sos}}
	donorP := &policy.Purpose{ID: "donor", Name: "Recording your choice to register as an organ and tissue donor", Categories: []*policy.Category{identity, donor},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by contacting Donate Life California or changing your choice on your next application",
		Recipients: []*policy.Recipient{donate}}
	reminders := &policy.Purpose{ID: "reminders", Name: "Sending renewal reminders and notices by email and text message, if you sign up", Categories: []*policy.Category{identity},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "with the unsubscribe link in each email, by replying STOP to a text, or in your MyDMV account",
		Required: "giving your email address and phone number is voluntary; without them you receive our notices by mail"}
	release := &policy.Purpose{ID: "records-release", Name: "Releasing records to courts, government agencies and authorized requesters as the Vehicle Code allows", Categories: []*policy.Category{identity, description, medical, driving, vehicle},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{vc("the Vehicle Code, §§ 1808 to 1810.7"), vc("the Driver's Privacy Protection Act, 18 U.S.C. 2721 et seq.")},
		Recipients: []*policy.Recipient{enforcement, requesters, manufacturers}}
	website := &policy.Purpose{ID: "website", Name: "Running our website and online services, counting visitors and improving them", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{vc("the Government Code, § 11015.5")},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "Privacy Policy Statement of the California Department of Motor Vehicles",
		Controller: policy.Controller{Contact: policy.Contact{Name: "California Department of Motor Vehicles", Address: "2415 First Avenue, Sacramento, CA 95818, USA", Phone: "1-800-777-0133"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		URL:   "https://www.dmv.ca.example/portal/privacy-policy",
		Scope: []string{"dmv.ca.gov and the DMV's online services", "the services of our field offices, in person and by mail"},
		LegalActs: []policy.Obligation{vc("the Information Practices Act of 1977, Civil Code § 1798 et seq."), vc("the Government Code, §§ 11015.5 and 11019.9"),
			vc("the Vehicle Code, §§ 1808 to 1810.7"), vc("the Driver's Privacy Protection Act, 18 U.S.C. 2721 et seq.")},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Categories: []*policy.Category{identity, ssn, description, medical, driving, vehicle, voter, donor, payment, web},
		Purposes:   []*policy.Purpose{licensing, realID, registration, safety, fees, motorVoter, donorP, reminders, release, website},
		Recipients: []*policy.Recipient{providers, verifiers, states, sos, donate, enforcement, requesters, manufacturers},
		Storage:    []policy.Storage{{Location: regionUS}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies for online transactions", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{web},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true, Note: "If you refuse them, our online services will not work."},
			{ID: "analytics", Name: "Google Analytics cookies", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by ordering a copy of your driver or vehicle record online, at a field office or by mail, for a fee"},
			{Kind: policy.RightRectification, How: "by writing to us with what you believe is wrong and why"},
			{Kind: policy.RightErasure, How: "by asking us to discard what our website collected about you, unless we need it for a transaction you asked for"},
			{Kind: policy.RightWithdrawConsent},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationDataPoints}, Deadline: policy.Days(30)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection, Description: "We monitor network traffic to find attempts to upload or change information without authorization."}},
		SecurityCaveat: true,
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "DMV Privacy Officer", Address: "2415 First Avenue, Sacramento, CA 95818, USA", Email: "privacy@dmv.ca.example", Phone: "1-800-777-0133"},
	}
	return realPolicy{"state motor vehicle agency (California DMV)", p, []statement{
		{says: "the California Department of Motor Vehicles in Sacramento collects and keeps the information", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Department of Motor Vehicles") && strings.Contains(p.Controller.Address, "Sacramento")
		}},
		{says: "the policy covers our website and online services and the applications made at field offices and by mail", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "field offices")
		}},
		{says: "we collect personal information only as the law allows, under the Information Practices Act, the Government Code and the Vehicle Code", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 4 && strings.Contains(p.LegalActs[0].Act, "Information Practices Act")
		}},
		{says: "we collect your name, date of birth, addresses and license or card number", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 4 && p.Purpose("licensing").Uses(c)
		}},
		{says: "your email address and phone number are optional; without them our notices come by mail", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("reminders").Required, "voluntary")
		}},
		{says: "the law requires your Social Security number for a license, and we verify it with the Social Security Administration", typed: func(p *policy.Policy) bool {
			lic := p.Purpose("licensing")
			return lic.Uses(p.Category("ssn")) && slices.Contains(recipient(p, "verifiers").Categories, p.Category("ssn")) && strings.Contains(lic.Obligations[0].Act, "1653.5")
		}},
		{says: "without a Social Security number you may apply for a license under AB 60", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("licensing").Required, "AB 60")
		}},
		{says: "the information our forms ask for is mandatory unless marked optional, and without it we cannot process the application", typed: func(p *policy.Policy) bool {
			return p.Purpose("licensing").Required != "" && p.Purpose("registration").Required != ""
		}},
		{says: "we take your photograph, signature and thumbprint and note your height, weight and eye and hair color", typed: func(p *policy.Policy) bool {
			c := p.Category("description")
			return c.Biometric && len(c.Items) == 4
		}},
		{says: "photographs and thumbprints go only to law enforcement and other government agencies", typed: func(p *policy.Policy) bool {
			d := p.Category("description")
			return slices.Contains(recipient(p, "enforcement").Categories, d) && !slices.Contains(recipient(p, "requesters").Categories, d) && !slices.Contains(recipient(p, "manufacturers").Categories, d)
		}},
		{says: "your signature goes to the Secretary of State with your voter registration", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "sos").Categories, p.Category("description"))
		}},
		{says: "you tell us of medical conditions that may affect your driving, and physicians must report lapses of consciousness", typed: func(p *policy.Policy) bool {
			c := p.Category("medical")
			return c.Sensitivity == policy.SensitivitySpecial && slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "physicians")
		}},
		{says: "we use medical information to decide whether you can drive safely, may reexamine you, and may suspend or revoke your license", typed: func(p *policy.Policy) bool {
			s := p.Purpose("driver-safety")
			return s.Uses(p.Category("medical")) && len(s.Obligations) == 2
		}},
		{says: "a driver who does not report a condition or send an evaluation we ask for may lose the license", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("driver-safety").Required, "suspend or revoke")
		}},
		{says: "courts report traffic convictions and law enforcement reports accidents and DUI arrests, which go on your driving record", typed: func(p *policy.Policy) bool {
			c := p.Category("driving")
			return c.Criminal && strings.Contains(c.SourceDetail, "courts") && p.Purpose("driver-safety").Criminal.Official
		}},
		{says: "most convictions stay on the public record for three years, some for seven and DUI convictions for ten", typed: func(p *policy.Policy) bool {
			r := p.Category("driving").Retention
			return r.Kind == policy.RetentionRequiredByLaw && strings.Contains(r.Criteria, "ten")
		}},
		{says: "we check with other states that you hold no other license, and share records of suspended drivers through the National Driver Register", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "states").Name, "National Driver Register") && slices.Contains(p.Purpose("licensing").Recipients, recipient(p, "states"))
		}},
		{says: "for a REAL ID we check your documents and lawful presence with federal systems", typed: func(p *policy.Policy) bool {
			r := p.Purpose("real-id")
			return strings.Contains(r.Obligations[0].Act, "REAL ID") && slices.Contains(r.Recipients, recipient(p, "verifiers")) && r.Required != ""
		}},
		{says: "we register vehicles and vessels and record their owners, lienholders and titles", typed: func(p *policy.Policy) bool {
			return p.Purpose("registration").Uses(p.Category("vehicle"))
		}},
		{says: "insurers report coverage electronically and smog check stations report inspections", typed: func(p *policy.Policy) bool {
			c := p.Category("vehicle")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "smog")
		}},
		{says: "we collect fees, and a payment processor handles card payments online", typed: func(p *policy.Policy) bool {
			return p.Purpose("fees").Uses(p.Category("payment")) && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "contractors that run our systems, process payments and mail documents act for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && strings.Contains(recipient(p, "providers").Name, "mail")
		}},
		{says: "unless you decline, we send your information to the Secretary of State to register you to vote", typed: func(p *policy.Policy) bool {
			m := p.Purpose("motor-voter")
			return m.OptOut && m.OptOutHow != "" && recipient(p, "sos").Role == policy.RoleAuthority
		}},
		{says: "your political party preference goes to the Secretary of State with your registration", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "sos").Categories, p.Category("voter")) && p.Category("voter").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "if you choose to register as an organ and tissue donor, we send your name to Donate Life California", typed: func(p *policy.Policy) bool {
			d := p.Purpose("donor")
			return d.RestsOnConsent() && d.ConsentMethod == policy.ConsentMethodCheckbox && recipient(p, "donate-life") != nil
		}},
		{says: "you may sign up for renewal reminders by email or text and stop them at any time", typed: func(p *policy.Policy) bool {
			r := p.Purpose("reminders")
			return r.RestsOnConsent() && r.Withdraw != "" && !r.DirectMarketing
		}},
		{says: "courts, law enforcement and other government agencies receive records for their duties", typed: func(p *policy.Policy) bool {
			return recipient(p, "enforcement").Role == policy.RoleAuthority && slices.Contains(p.Purpose("records-release").Recipients, recipient(p, "enforcement"))
		}},
		{says: "we release records only to requesters we authorize, for uses the Driver's Privacy Protection Act permits", typed: func(p *policy.Policy) bool {
			rel := p.Purpose("records-release")
			return p.Category("driving").GovernedBy == policy.SectoralDPPA && strings.Contains(rel.Obligations[1].Act, "Driver's Privacy Protection Act") && recipient(p, "requesters").Purpose != ""
		}},
		{says: "insurers, financial institutions, employers in the Employer Pull Notice program and parties to legal proceedings may be authorized", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "requesters").Name, "Employer Pull Notice")
		}},
		{says: "vehicle manufacturers receive owners' names and addresses to send recall notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "manufacturers").Purpose, "recall")
		}},
		{says: "requesters and manufacturers may not use what we give them for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "requesters").Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(recipient(p, "manufacturers").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "our website records your IP address, browser, the time and the pages you visit to count visitors and improve the site", typed: func(p *policy.Policy) bool {
			return p.Purpose("website").Uses(p.Category("web")) && slices.Contains(p.Category("web").Sources, policy.SourceAutomatic)
		}},
		{says: "we use session cookies for online transactions, without which they do not work", typed: func(p *policy.Policy) bool {
			c := cookie(p, "session")
			return c.StrictlyNecessary && c.Lifetime.Expiry == policy.ExpirySession
		}},
		{says: "we use Google Analytics to understand how our site is used", typed: func(p *policy.Policy) bool { return cookie(p, "analytics") != nil }},
		{says: "we do not sell or pass on information collected through our website without your consent", typed: func(p *policy.Policy) bool {
			c := p.Category("web").Commitments
			return slices.Contains(c, policy.CommitmentNoSale) && slices.Contains(c, policy.CommitmentNoDisclosureWithoutConsent)
		}},
		{says: "you may ask us to discard information our website collected, unless we need it for your transaction", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && strings.Contains(p.Rights[2].How, "website")
		}},
		{says: "you have the right to see the records we keep about you, and may order a copy of your driver or vehicle record for a fee", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && strings.Contains(p.Rights[0].How, "fee")
		}},
		{says: "we let you inspect your records within 30 days of your request", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(30) }},
		{says: "we check your identity before giving you a record", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "you may ask us to correct or amend a record you believe is wrong", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightRectification) }},
		{says: "we protect information with encryption and access controls and monitor our network for unauthorized changes", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "no transmission over the internet is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "sites we link to have their own privacy policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "we keep records as our records retention schedules set", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionCriteria && strings.Contains(p.Category("identity").Retention.Criteria, "retention schedules")
		}},
		{says: "we may change this statement, and a change takes effect when we post it with a new date", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && !p.Updated.IsZero()
		}},
		{says: "questions about this statement or your records go to the DMV's privacy officer", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy Officer") && p.Contact.Address != "" && p.Contact.Email != ""
		}},
		// Free text.
		{says: "the Vehicle Code makes most DMV records public, but your residence address is confidential and goes only to courts, government agencies and requesters the law names", free: toCategory("identity")},
		{says: "your Social Security number is confidential and not part of any public record", free: toCategory("ssn")},
		{says: "medical information is confidential and released only as the law allows", free: toCategory("medical")},
		{says: "if we refuse to amend a record, you may ask for a review of the refusal and add a statement of your disagreement to the record", free: toIntroduction},
		{says: "attempts to upload or change information on our website without authorization are crimes under state law", free: toIntroduction},
		{says: "email is not secure, so do not send us your Social Security number or other sensitive information by email", free: toIntroduction},
	}}
}

// realPolicyUs18Stanford paraphrases, in our own words and as we recall
// it, the Stanford University Privacy Policy for its websites and online
// services as published in 2024-2025, read together with Stanford's
// privacy notice for people in the European Economic Area under the
// GDPR: what Stanford collects from visitors, applicants, students,
// alumni and friends, donors and research participants, with the legal
// grounds, transfers and rights the EEA notice gives. Student education
// records are governed by the Family Educational Rights and Privacy Act
// (FERPA) and Stanford's policy on student records, health information of
// patients by the Notice of Privacy Practices of Stanford Health Care and
// Stanford Children's Health, and the data of research participants by
// each study's consent form; the policy points to them. Stanford is a
// non-profit corporation, which the CCPA does not reach (Cal. Civ. Code
// 1798.140(d)), so the paraphrase declares the GDPR alone. As we recall
// the notice, it names no representative in the Union. The address is
// Stanford's; the web and e-mail addresses are illustrative.
func realPolicyUs18Stanford() realPolicy {
	eea := regionEU
	contact := &policy.Category{ID: "contact", Name: "Contact and identification information", Items: []string{"name", "email and postal addresses and phone number", "date of birth", "Stanford ID number and SUNet ID"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "application services such as the Common App, and the schools and organizations you are part of",
		Linked: true, Retention: policy.ByCriteria("as long as your relationship with Stanford lasts, and then as Stanford's records retention schedules set")}
	application := &policy.Category{ID: "application", Name: "Application information", Items: []string{"academic history and transcripts", "test scores", "essays and activities", "letters of recommendation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your schools, your recommenders, testing agencies and application services such as the Common App",
		Linked: true, Retention: policy.ByCriteria("for admitted students, as part of the student record; for other applicants, as long as the records retention schedule for admissions sets")}
	record := &policy.Category{ID: "record", Name: "Student records", Items: []string{"enrollment and courses", "grades and transcripts", "financial aid and billing", "student conduct cases"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, Linked: true,
		Retention: policy.ByCriteria("the transcript permanently, so that we can confirm your degree; the rest as Stanford's records retention schedules set")}
	directory := &policy.Category{ID: "directory", Name: "Directory information", Items: []string{"name", "Stanford email address and phone number", "major and class year", "dates of attendance, degrees and awards"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.ByCriteria("as long as you are a student, and your degrees and dates of attendance afterwards")}
	demographics := &policy.Category{ID: "demographics", Name: "Demographic information", Items: []string{"race and ethnicity", "gender identity", "citizenship"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the student record it belongs to")}
	accommodations := &policy.Category{ID: "accommodations", Name: "Disability and health information", Items: []string{"a disability and the accommodations you ask for", "the medical documentation you give us"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the health professionals whose documentation you give us",
		Linked: true, Retention: policy.ByCriteria("as long as you are a student, and then as Stanford's records retention schedules set")}
	immigration := &policy.Category{ID: "immigration", Name: "Immigration information of international students and scholars", Items: []string{"passport and visa details", "Form I-20 or DS-2019 and SEVIS ID", "address and enrollment status we must report"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("US immigration regulations, 8 CFR 214.3(g)")}
	alumni := &policy.Category{ID: "alumni", Name: "Alumni and friends information", Items: []string{"degrees and class year", "employer and job title", "volunteer roles and events you attend", "your interests and your connections to Stanford"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "news articles, business publications and other public sources",
		Linked: true, Retention: policy.ByCriteria("as long as you remain in touch with Stanford, unless you ask us to stop")}
	gifts := &policy.Category{ID: "gifts", Name: "Gift information", Items: []string{"gifts and pledges and what they support", "payment details", "the names of people you give in honor or memory of"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("permanently as the record of your giving, and payment details as long as accounting rules require")}
	research := &policy.Category{ID: "research", Name: "Research participant information", Items: []string{"your answers and the measurements the study takes", "health information and samples, where the study collects them"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the study's protocol and consent form set")}
	usage := &policy.Category{ID: "usage", Name: "Information collected automatically", Items: []string{"IP address", "browser and device type", "the pages you visit, and when", "the site that sent you to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to run, secure and improve our websites")}

	providers := &policy.Recipient{ID: "providers", Name: "service providers that host our websites and systems, send our emails, process payments and analyze how our sites are used, such as Google Analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, application, record, gifts, usage}}
	dhs := &policy.Recipient{ID: "dhs", Name: "the US Department of Homeland Security, through SEVIS, and the Department of State", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{contact, immigration}, Purpose: "to report the enrollment and address of students and scholars on F and J visas, as US immigration regulations require"}
	collaborators := &policy.Recipient{ID: "collaborators", Name: "the research collaborators and sponsors a study's consent form names", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{research}, Purpose: "to carry out the study as the consent form describes"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement agencies, courts and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, record, usage}, Purpose: "the law requires it, or they serve a subpoena or court order on us"}

	website := &policy.Purpose{ID: "website", Name: "Running our websites, keeping them secure and learning how they are used", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our websites working and secure and making them more useful",
		OptOut: true, OptOutHow: "for Google Analytics, with Google's browser add-on", Recipients: []*policy.Recipient{providers}}
	inquiries := &policy.Purpose{ID: "inquiries", Name: "Answering your questions and sending the information you ask for", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering the people who write to us", Recipients: []*policy.Recipient{providers}}
	admissions := &policy.Purpose{ID: "admissions", Name: "Considering your application for admission", Categories: []*policy.Category{contact, application},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need the information the application asks for; without it we cannot consider your application"}
	education := &policy.Purpose{ID: "education", Name: "Teaching, advising and assessing students, and awarding degrees", Categories: []*policy.Category{contact, record},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your student record to enroll and teach you and to award your degree"}
	directoryP := &policy.Purpose{ID: "directory", Name: "Publishing directory information in StanfordWho", Categories: []*policy.Category{directory},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting the Stanford community and others find and reach our students",
		OptOut: true, OptOutHow: "by restricting your directory information in Axess"}
	reporting := &policy.Purpose{ID: "demographics", Name: "Understanding the diversity of our community and reporting statistics", Categories: []*policy.Category{demographics},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by changing your answers in Axess or writing to the University Registrar",
		Required: "answering is voluntary and does not affect admission or any decision about you"}
	access := &policy.Purpose{ID: "accommodations", Name: "Providing accommodations to students with disabilities", Categories: []*policy.Category{contact, accommodations},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "by telling the Office of Accessible Education, after which we may not be able to provide the accommodations",
		Required: "telling us of a disability is your choice; without the documentation we cannot provide accommodations"}
	visas := &policy.Purpose{ID: "immigration", Name: "Issuing visa documents to international students and scholars and reporting on them as US law requires", Categories: []*policy.Category{contact, immigration},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "8 CFR 214.3(g) and 22 CFR Part 62 (SEVIS reporting)", Region: regionUS}},
		Recipients: []*policy.Recipient{dhs},
		Required:   "without your passport and visa details we cannot issue the documents you need for a student or scholar visa"}
	advancement := &policy.Purpose{ID: "advancement", DirectMarketing: true, Name: "Keeping in touch with alumni and friends, inviting them to events and asking for their support", Categories: []*policy.Category{contact, alumni, gifts},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping a lifelong relationship with our alumni and friends and raising support for Stanford's teaching and research",
		Profiling: true, OptOut: true, OptOutHow: "with the unsubscribe link in each email or by writing to the Office of Development", Recipients: []*policy.Recipient{providers}}
	giving := &policy.Purpose{ID: "gifts", Name: "Processing and acknowledging your gifts", Categories: []*policy.Category{contact, gifts},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your name, address and payment details to process a gift and send you a receipt"}
	study := &policy.Purpose{ID: "research", Name: "Carrying out research studies you take part in", Categories: []*policy.Category{contact, research},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by telling the research team, as your consent form explains",
		EthicsApproval: true, Recipients: []*policy.Recipient{collaborators}}
	safety := &policy.Purpose{ID: "safety", Name: "Protecting the safety of people on campus and in an emergency", Categories: []*policy.Category{contact, accommodations},
		Bases: []policy.Basis{policy.BasisVitalInterests, policy.BasisVitalInterestsIncapable}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, record, usage},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "US federal and California law, and subpoenas and court orders", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Stanford University Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "The Board of Trustees of the Leland Stanford Junior University (Stanford University)", Address: "450 Jane Stanford Way, Stanford, CA 94305, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:   "https://www.stanford.example/site/privacy",
		Laws:  []policy.Law{policy.GDPR},
		Scope: []string{"Stanford's websites and online services that link to this policy"},
		OtherNotices: []policy.Notice{
			{Covers: "student education records, which the Family Educational Rights and Privacy Act governs (Stanford's policy on student records)", URL: "https://registrar.stanford.example/ferpa"},
			{Covers: "the patients of Stanford Health Care and Stanford Children's Health (their Notice of Privacy Practices under HIPAA)", URL: "https://stanfordhealthcare.example/privacy"},
			{Covers: "the participants in a research study (the study's consent form)"},
			{Covers: "SLAC National Accelerator Laboratory and Stanford's affiliates, which have privacy policies of their own"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{contact, application, record, directory, demographics, accommodations, immigration, alumni, gifts, research, usage},
		Storage:     []policy.Storage{{Location: regionUS}},
		Purposes:    []*policy.Purpose{website, inquiries, admissions, education, directoryP, reporting, access, visas, advancement, giving, study, safety, legal},
		Recipients:  []*policy.Recipient{providers, dhs, collaborators, authorities},
		Transfers: []policy.Transfer{
			{Origin: eea, Destination: regionUS, Categories: []*policy.Category{contact, application, record, immigration, gifts}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: eea, Destination: regionUS, Categories: []*policy.Category{demographics, accommodations, research}, Safeguard: policy.SafeguardExplicitConsent,
				Risks: "US law does not protect your data as the GDPR does, and US authorities may be able to obtain it"},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "login", Name: "session cookies that keep you signed in with your SUNet ID", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{usage},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "Google Analytics cookies (_ga, _gid)", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals:              policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights:               gdprRights("by writing to the University Privacy Office"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "Stanford's information security policies set the administrative, technical and physical safeguards for the data each system holds."}},
		SecurityCaveat: true,
		Children:       policy.Children{MinimumAge: 13, Scope: "our websites"},
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "University Privacy Office", Email: "privacy@stanford.example", Address: "450 Jane Stanford Way, Stanford, CA 94305, USA"},
	}
	return realPolicy{"university (Stanford University)", p, []statement{
		{says: "Stanford University, through its Board of Trustees in Stanford, California, is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Leland Stanford Junior University") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers the Stanford websites and online services that link to it", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "Stanford Health Care and Stanford Children's Health have their own notices for their patients under HIPAA", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "HIPAA") && p.OtherNotices[1].URL != ""
		}},
		{says: "student education records are governed by FERPA and our policy on student records", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Family Educational Rights and Privacy Act")
		}},
		{says: "a research study's consent form says how the study uses your information", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[2].Covers, "research") && p.Purpose("research").ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "for people in the European Economic Area, our GDPR notice adds the legal grounds, transfers and rights below", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR)
		}},
		{says: "we collect the contact details you give us in forms, event registrations, applications and gifts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Sources, policy.SourceUser) && p.Purpose("inquiries").Uses(p.Category("contact"))
		}},
		{says: "we receive application materials from your schools, recommenders, testing agencies and the Common App", typed: func(p *policy.Policy) bool {
			c := p.Category("application")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Common App")
		}},
		{says: "we use your application to consider you for admission, and cannot consider it without the information it asks for", typed: func(p *policy.Policy) bool {
			a := p.Purpose("admissions")
			return a.HasBasis(policy.BasisContract) && a.Required != ""
		}},
		{says: "we use student records to teach, advise and assess students and award degrees", typed: func(p *policy.Policy) bool {
			return p.Purpose("education").Uses(p.Category("record")) && p.Purpose("education").Required != ""
		}},
		{says: "we keep transcripts permanently", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("record").Retention.Criteria, "permanently")
		}},
		{says: "directory information is public unless a student restricts it in Axess", typed: func(p *policy.Policy) bool {
			d := p.Purpose("directory")
			return p.Category("directory").Visibility == policy.VisibilityDefault && d.OptOut && strings.Contains(d.OptOutHow, "Axess")
		}},
		{says: "telling us your race, ethnicity or gender is voluntary, and we use it only with your consent", typed: func(p *policy.Policy) bool {
			d := p.Purpose("demographics")
			return d.HasBasis(policy.BasisExplicitConsent) && strings.Contains(d.Required, "voluntary")
		}},
		{says: "we report statistics about our community to the government without names", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we use information about a disability, with your explicit consent, to provide accommodations", typed: func(p *policy.Policy) bool {
			a := p.Purpose("accommodations")
			return a.HasBasis(policy.BasisExplicitConsent) && a.Withdraw != "" && a.Required != ""
		}},
		{says: "we report international students and scholars to the Department of Homeland Security through SEVIS, as US law requires", typed: func(p *policy.Policy) bool {
			v := p.Purpose("immigration")
			return v.HasBasis(policy.BasisLegalObligation) && strings.Contains(v.Obligations[0].Act, "SEVIS") && recipient(p, "dhs").Role == policy.RoleAuthority
		}},
		{says: "without passport and visa details we cannot issue visa documents", typed: func(p *policy.Policy) bool { return p.Purpose("immigration").Required != "" }},
		{says: "we keep in touch with alumni and friends, invite them to events and ask for their support, and they can opt out", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advancement")
			return a.DirectMarketing && a.OptOut && a.OptOutHow != ""
		}},
		{says: "we learn about alumni and prospective donors from public sources such as news and business publications", typed: func(p *policy.Policy) bool {
			c := p.Category("alumni")
			return slices.Contains(c.Sources, policy.SourcePublic) && p.Purpose("advancement").Profiling
		}},
		{says: "we process and acknowledge your gifts", typed: func(p *policy.Policy) bool {
			return p.Purpose("gifts").Uses(p.Category("gifts")) && p.Purpose("gifts").Required != ""
		}},
		{says: "research studies collect information only with your consent, under a protocol an institutional review board has approved", typed: func(p *policy.Policy) bool {
			r := p.Purpose("research")
			return r.EthicsApproval && r.HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "research collaborators and sponsors receive what the consent form says", typed: func(p *policy.Policy) bool {
			return recipient(p, "collaborators").Role == policy.RoleThirdParty && strings.Contains(recipient(p, "collaborators").Purpose, "consent form")
		}},
		{says: "our websites record your IP address, browser, the pages you visit and the site that sent you", typed: func(p *policy.Policy) bool {
			return len(p.Category("usage").Items) == 4 && p.Purpose("website").Uses(p.Category("usage"))
		}},
		{says: "cookies keep you signed in", typed: func(p *policy.Policy) bool { return cookie(p, "login").StrictlyNecessary }},
		{says: "we use Google Analytics, which you can block with Google's browser add-on", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptOut && strings.Contains(p.Purpose("website").OptOutHow, "add-on")
		}},
		{says: "our websites do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "sites we link to and social networks whose buttons we show have their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "service providers work for us under contracts that protect the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we disclose information where the law requires or a subpoena or court order compels it", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we may use or disclose information to protect someone's safety in an emergency", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && p.Purpose("safety").HasBasis(policy.BasisVitalInterests)
		}},
		{says: "for people in the EEA we rely on a contract, consent, our legitimate interests, legal obligations and vital interests", typed: func(p *policy.Policy) bool {
			seen := map[policy.Basis]bool{}
			for _, pu := range p.Purposes {
				for _, b := range pu.Bases {
					seen[b] = true
				}
			}
			return seen[policy.BasisContract] && seen[policy.BasisConsent] && seen[policy.BasisLegitimateInterests] && seen[policy.BasisLegalObligation] && seen[policy.BasisVitalInterests]
		}},
		{says: "our legitimate interests are running our websites, answering inquiries, our directory and keeping in touch with alumni and friends", typed: func(p *policy.Policy) bool {
			return p.Purpose("advancement").Interest != "" && p.Purpose("website").Interest != "" && p.Purpose("directory").Interest != ""
		}},
		{says: "special categories of data, such as health and ethnicity, we process with your explicit consent or to protect vital interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("demographics").HasBasis(policy.BasisExplicitConsent) && p.Purpose("safety").HasBasis(policy.BasisVitalInterestsIncapable)
		}},
		{says: "your information is processed in the United States; for people in the EEA we transfer it where a contract with you needs it or with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity && p.Transfers[1].Risks != ""
		}},
		{says: "people in the EEA may access, correct, erase, restrict, object to and port their data", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may withdraw consent at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightWithdrawConsent) }},
		{says: "you may complain to the data protection authority of your country", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "requests go to the University Privacy Office, which may verify your identity and answers within a month", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && len(p.Requests.Verification) == 2 && strings.Contains(p.Rights[0].How, "Privacy Office")
		}},
		{says: "we keep information as long as we need it and as Stanford's records retention schedules set", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("contact").Retention.Criteria, "retention schedules")
		}},
		{says: "we protect information with administrative, technical and physical safeguards, but no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "our websites are not meant for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Scope != "" }},
		{says: "we may change this policy and post the new version with its date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
		{says: "SLAC National Accelerator Laboratory and Stanford's affiliates have their own privacy policies", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[3].Covers, "SLAC")
		}},
		{says: "questions go to the University Privacy Office", typed: func(p *policy.Policy) bool {
			return p.Contact.Name == "University Privacy Office" && p.Contact.Email != ""
		}},
		// Free text.
		{says: "under FERPA students may inspect their education records, ask to amend them, consent to their disclosure and complain to the US Department of Education", free: toCategory("record")},
		{says: "without a student's consent we disclose education records only as FERPA allows, such as to school officials with a legitimate educational interest", free: toCategory("record")},
	}}
}

// realPolicyUs18MayoClinic paraphrases, in our own words and as we recall
// it, the Mayo Clinic Privacy Policy for its websites and apps as
// published in 2024-2025: what mayoclinic.org and the Mayo Clinic App
// collect from visitors, from people who request an appointment, buy from
// the Mayo Clinic Store and subscribe to its newsletters and publications,
// and from donors, with the cookies, web beacons and advertising on its
// sites, whose revenue supports Mayo Clinic's mission. What patients see
// and send in Patient Online Services and the app's patient features is
// protected health information, which the Notice of Privacy Practices
// governs under HIPAA and the Minnesota Health Records Act; the policy
// points to it and covers the rest. Mayo Clinic is a non-profit
// corporation and a HIPAA covered entity, which the CCPA does not reach
// (Cal. Civ. Code 1798.140(d)), and the policy, as we recall it, gives no
// section under any US state comprehensive privacy law, so the paraphrase
// declares no law the library knows, as the Kaiser Permanente one does.
// The address and the general number are Mayo Clinic's; the web and
// e-mail addresses are illustrative.
func realPolicyUs18MayoClinic() realPolicy {
	phi := policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{
		{Act: "the HIPAA Privacy Rule, 45 CFR Parts 160 and 164", Region: regionUS},
		{Act: "the Minnesota Health Records Act, Minn. Stat. §§ 144.291 to 144.298", Region: regionUS}}}
	contact := &policy.Category{ID: "contact", Name: "Contact information", Items: []string{"name", "postal and email addresses", "phone number", "your newsletter and email preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep a subscription or account with us, or as long as needed to answer you")}
	appointment := &policy.Category{ID: "appointment", Name: "What you tell us when you request an appointment", Items: []string{"the patient's name, date of birth and contact details", "the condition and the reason for the visit", "insurance information", "the referring physician", "medical records you upload"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralHIPAA, Secrecy: phi,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention:   policy.AsRequiredBy("HIPAA and Minnesota, Arizona and Florida medical record laws, as the Notice of Privacy Practices says")}
	orders := &policy.Category{ID: "orders", Name: "Orders and subscriptions", Items: []string{"the books, newsletters and programs you buy, such as the Mayo Clinic Health Letter and the Mayo Clinic Diet", "shipping and billing addresses", "payment card details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your subscription lasts, and then as long as tax and accounting rules require")}
	gifts := &policy.Category{ID: "gifts", Name: "Gifts to Mayo Clinic", Items: []string{"the amount of your gift and what it supports", "payment details", "the names of people you give in honor or memory of"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as the permanent record of your giving, and payment details as long as accounting rules require")}
	usage := &policy.Category{ID: "usage", Name: "Information collected automatically", Items: []string{"IP address", "browser, device and operating system", "the pages you view and what you search for on our sites", "the site that sent you to us", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run, measure and improve our sites and the advertising on them")}
	app := &policy.Category{ID: "app", Name: "App and device information", Items: []string{"device identifier and model", "app version and crash reports", "the token we use to send push notifications"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you use the app")}
	location := &policy.Category{ID: "location", Name: "Your device's location", Items: []string{"your device's location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.ByCriteria("only as long as needed to give you directions and show you what is near you on our campuses")}

	mayo := &policy.Recipient{ID: "mayo", Name: "Mayo Clinic's campuses in Minnesota, Arizona and Florida and the Mayo Clinic Health System", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, appointment}, Purpose: "to schedule and give you care, as the Notice of Privacy Practices allows"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that host our sites and apps, fulfill orders, process payments, send our emails and analyze how our sites are used, under contracts that protect the information", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, appointment, orders, gifts, usage, app}}
	adNetworks := &policy.Recipient{ID: "advertising", Name: "advertising networks and ad servers that place ads on our sites", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{usage}, Purpose: "to serve ads on our sites, measure them and, unless you opt out, choose them from your visits to our and other sites"}
	authorities := &policy.Recipient{ID: "authorities", Name: "government agencies, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, orders, usage}, Purpose: "the law requires it or they serve a subpoena or court order on us"}

	appointments := &policy.Purpose{ID: "appointments", Name: "Answering your request for an appointment and reaching you to schedule it", Categories: []*policy.Category{contact, appointment},
		Recipients: []*policy.Recipient{mayo, providers},
		Required:   "we need the patient's details, the reason for the visit and insurance information to consider the request; without them we cannot schedule an appointment"}
	store := &policy.Purpose{ID: "store", Name: "Filling your orders and subscriptions from the Mayo Clinic Store", Categories: []*policy.Category{contact, orders},
		Recipients: []*policy.Recipient{providers},
		Required:   "we need your name, address and payment details to fill an order"}
	newsletters := &policy.Purpose{ID: "newsletters", DirectMarketing: true, Name: "Sending the Housecall newsletter and other health information and offers by email", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "with the unsubscribe link in each email or in your subscription preferences",
		Recipients: []*policy.Recipient{providers}}
	philanthropy := &policy.Purpose{ID: "philanthropy", DirectMarketing: true, Name: "Processing gifts and asking for support for Mayo Clinic's mission", Categories: []*policy.Category{contact, gifts},
		OptOut: true, OptOutHow: "by contacting the Department of Development or with the link in each message", Recipients: []*policy.Recipient{providers}}
	website := &policy.Purpose{ID: "website", Name: "Running our sites and apps, remembering your preferences, and understanding how they are used", Categories: []*policy.Category{usage, app},
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising on our sites, whose revenue supports our mission, and measuring it", Categories: []*policy.Category{usage},
		Profiling: true, OptOut: true, OptOutHow: "with the opt-out tools of the Network Advertising Initiative and the Digital Advertising Alliance, or in your browser's settings",
		Recipients: []*policy.Recipient{adNetworks}}
	directions := &policy.Purpose{ID: "directions", Name: "Giving you directions and showing you what is near you on our campuses in the app", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	security := &policy.Purpose{ID: "security", Name: "Protecting our sites, apps and the people who use them from fraud and unauthorized access", Categories: []*policy.Category{contact, usage, app},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and legal process", Categories: []*policy.Category{contact, orders, usage},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "federal and state law, and subpoenas and court orders", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Mayo Clinic Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Mayo Clinic", Address: "200 First Street SW, Rochester, MN 55905, USA", Phone: "507-284-2511"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:   "https://www.mayoclinic.example/about-this-site/privacy-policy",
		Scope: []string{"mayoclinic.org and the other Mayo Clinic websites that link to this policy", "the Mayo Clinic App"},
		OtherNotices: []policy.Notice{
			{Covers: "the protected health information of our patients, including what you see and send in Patient Online Services and the app's patient features (our Notice of Privacy Practices)", URL: "https://www.mayoclinic.example/about-mayo-clinic/notice-of-privacy-practices"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{contact, appointment, orders, gifts, usage, app, location},
		Storage:     []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full payment card number after your order is processed", Category: orders, Note: "Our payment processor keeps it."},
			{ID: "biometric", Name: "your fingerprint or face, when you sign in to the app with them", Class: policy.DataClassBiometric, Note: "Your device checks them, and the app learns only whether they matched."},
		},
		Purposes:    []*policy.Purpose{appointments, store, newsletters, philanthropy, website, ads, directions, security, legal},
		Recipients:  []*policy.Recipient{mayo, providers, adNetworks, authorities},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies that keep your place in forms and orders", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{usage},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "preferences", Name: "persistent cookies that remember your preferences and measure how our sites are used", Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "ads", Name: "cookies of advertising networks", Party: policy.PartyThird, Provider: adNetworks, Purpose: ads, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "beacons", Name: "web beacons in our pages and emails", Technology: policy.TechnologyPixel, Party: policy.PartyFirst, Purpose: website, Categories: []*policy.Category{usage},
				Lifetime: policy.SessionOnly(), Note: "They tell us whether a page was viewed or an email opened."},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{
			{Kind: policy.RightRectification, How: "in your subscription preferences or by writing to us"},
			{Kind: policy.RightWithdrawConsent},
		},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureAccessControl, Description: "Only the staff and service providers who need your information to do their work may see it."},
			{Kind: policy.MeasureInternalRules, Description: "We keep the administrative, physical and technical safeguards that HIPAA requires for health information."}},
		SecurityCaveat: true,
		Children:       policy.Children{MinimumAge: 13, Scope: "our websites and apps"},
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "Mayo Clinic Privacy Officer", Address: "200 First Street SW, Rochester, MN 55905, USA", Phone: "507-284-2511", Email: "privacy@mayoclinic.example"},
	}
	return realPolicy{"hospital system (Mayo Clinic)", p, []statement{
		{says: "Mayo Clinic in Rochester, Minnesota is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Mayo Clinic" && strings.Contains(p.Controller.Address, "Rochester")
		}},
		{says: "the policy covers mayoclinic.org, our other websites that link to it and the Mayo Clinic App", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "App")
		}},
		{says: "what patients see and send in Patient Online Services is protected health information, governed by our Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Patient Online Services") && p.OtherNotices[0].URL != ""
		}},
		{says: "an appointment request you send becomes part of your health information, which HIPAA and Minnesota law protect", typed: func(p *policy.Policy) bool {
			c := p.Category("appointment")
			return c.GovernedBy == policy.SectoralHIPAA && c.Secrecy.Kind == policy.SecrecyMedical && len(c.Secrecy.Laws) == 2
		}},
		{says: "to request an appointment you tell us the patient's details, the condition, insurance and referring physician, and may upload records", typed: func(p *policy.Policy) bool {
			return len(p.Category("appointment").Items) == 5 && p.Purpose("appointments").Required != ""
		}},
		{says: "we share appointment requests with the Mayo Clinic campus that will see you", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "mayo").Categories, p.Category("appointment")) && slices.Contains(p.Purpose("appointments").Recipients, recipient(p, "mayo"))
		}},
		{says: "we keep appointment information as medical record laws require", typed: func(p *policy.Policy) bool {
			return p.Category("appointment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we do not use the health information you give us to choose ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("appointment").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we collect your name, addresses and phone number when you subscribe, order, give or write to us", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 4
		}},
		{says: "we fill orders for books, newsletters and programs such as the Mayo Clinic Diet from the Mayo Clinic Store", typed: func(p *policy.Policy) bool {
			return p.Purpose("store").Uses(p.Category("orders")) && strings.Contains(p.Category("orders").Items[0], "Mayo Clinic Diet")
		}},
		{says: "our payment processor keeps your full card number, not us", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("orders")
		}},
		{says: "you may sign up for Housecall and other emails and unsubscribe at any time", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletters")
			return n.RestsOnConsent() && n.Withdraw != "" && n.DirectMarketing
		}},
		{says: "we process gifts and ask for support of our mission, and you can ask us to stop", typed: func(p *policy.Policy) bool {
			ph := p.Purpose("philanthropy")
			return ph.OptOut && ph.OptOutHow != "" && ph.Uses(p.Category("gifts"))
		}},
		{says: "our sites record your IP address, browser, the pages you view, your searches and the site that sent you", typed: func(p *policy.Policy) bool {
			return len(p.Category("usage").Items) == 5 && slices.Contains(p.Category("usage").Sources, policy.SourceAutomatic)
		}},
		{says: "session cookies keep your place in forms and orders", typed: func(p *policy.Policy) bool { return cookie(p, "session").StrictlyNecessary }},
		{says: "persistent cookies remember your preferences and measure how our sites are used", typed: func(p *policy.Policy) bool {
			return cookie(p, "preferences").Lifetime.Expiry == policy.ExpiryPeriod
		}},
		{says: "web beacons in our pages and emails tell us whether a page was viewed or an email opened", typed: func(p *policy.Policy) bool {
			return cookie(p, "beacons").Technology == policy.TechnologyPixel
		}},
		{says: "you can block or delete cookies in your browser, but parts of our sites may then not work", typed: func(p *policy.Policy) bool {
			return cookie(p, "preferences").Consent == policy.CookieConsentOptOut && cookie(p, "session").StrictlyNecessary
		}},
		{says: "our sites carry advertising, whose revenue supports our mission", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return strings.Contains(a.Name, "mission") && slices.Contains(a.Recipients, recipient(p, "advertising")) && !slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds)
		}},
		{says: "advertising networks set cookies on our sites to serve and measure ads and may choose them from your visits to our and other sites", typed: func(p *policy.Policy) bool {
			c := cookie(p, "ads")
			return c.Party == policy.PartyThird && c.Provider == recipient(p, "advertising") && p.Category("usage").Tracking && p.Purpose("advertising").Profiling
		}},
		{says: "you can opt out of interest-based ads with the NAI and DAA tools", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.OptOut && strings.Contains(a.OptOutHow, "Network Advertising Initiative")
		}},
		{says: "our sites do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "the app collects device information and sends push notifications", typed: func(p *policy.Policy) bool { return p.Purpose("website").Uses(p.Category("app")) }},
		{says: "with your permission the app uses your location to give directions on our campuses, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("directions").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "if you sign in to the app with your fingerprint or face, your device checks it and we do not receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "service providers work for us under contracts that protect the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we do not sell your personal information", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we disclose information where the law requires, or on a subpoena or court order", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we may disclose information to protect the safety of our patients, visitors and staff and our rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we may use information that identifies no one to study how our sites are used", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we use information to protect our sites, apps and their users from fraud and unauthorized access", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security")
			return s.Uses(p.Category("usage")) && strings.Contains(s.Name, "unauthorized access")
		}},
		{says: "your information is stored and processed in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "you may update your contact details and email preferences", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRectification) && strings.Contains(p.Rights[0].How, "preferences")
		}},
		{says: "we protect information with encryption and access limits, and keep the safeguards HIPAA requires", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "no transmission over the internet is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "sites we link to and social networks have their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "our websites and apps are not meant for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Scope != "" }},
		{says: "we may change this policy, and changes take effect when posted with a new date", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && !p.Updated.IsZero()
		}},
		{says: "questions about this policy go to Mayo Clinic's privacy officer", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy Officer") && p.Contact.Address != ""
		}},
		// Free text.
		{says: "where this policy and the Notice of Privacy Practices differ on health information, the Notice governs", free: toCategory("appointment")},
		{says: "patients have the rights to their health information that the Notice of Privacy Practices describes", free: toCategory("appointment")},
		{says: "ordinary email is not secure; send questions about your care through Patient Online Services", free: toIntroduction},
		{says: "Mayo Clinic does not endorse the products and services advertised on its sites", free: toPurpose("advertising")},
	}}
}
