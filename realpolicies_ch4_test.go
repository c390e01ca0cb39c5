package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// ch4AMLA is the Swiss Anti-Money Laundering Act, which binds banks and,
// for their life insurance business, insurers.
var ch4AMLA = policy.Obligation{Act: "the Anti-Money Laundering Act (AMLA, SR 955.0)", Region: regionCH}

// ch4Rights returns the rights the revised FADP gives (access,
// rectification, erasure, portability, objection, withdrawal of consent
// and a complaint to the FDPIC), each exercised as how says, with the
// right to have an automated decision reviewed by a person where review
// is not empty.
func ch4Rights(how, review string) []policy.Right {
	rights := []policy.Right{
		{Kind: policy.RightAccess, How: how}, {Kind: policy.RightRectification, How: how}, {Kind: policy.RightErasure, How: how},
		{Kind: policy.RightPortability, How: how}, {Kind: policy.RightObjection, How: how}, {Kind: policy.RightWithdrawConsent},
		{Kind: policy.RightComplaint},
	}
	if review != "" {
		rights = append(rights, policy.Right{Kind: policy.RightNoAutomatedDecision, How: review})
	}
	return rights
}

// realPolicyCh4Zurich paraphrases, in our own words and as we recall it,
// the privacy statement of Zurich Switzerland (Zurich Insurance Company
// Ltd and Zurich Life Insurance Company Ltd, Zürich), as revised for the
// revised FADP in 2023 and published in 2024-2025, for its non-life and
// life insurance, its pension solutions, zurich.ch and the myZurich
// portal and app: the application and its risk questions, which the
// Insurance Contract Act makes the applicant answer truthfully; health
// data for life, disability and accident cover and personal-injury
// claims, obtained from doctors with the person's authorisation; the
// Swiss insurers' information system HIS against fraud; intermediaries,
// reinsurers, co-insurers and the other insurers involved in a claim;
// group companies abroad under the group's binding corporate rules;
// automated quotes for simple products taken out online; and the
// Anti-Money Laundering Act for life insurance. The statement follows the
// FADP. Addresses, the web addresses and the e-mail address are
// illustrative.
func realPolicyCh4Zurich() realPolicy {
	isa := policy.Obligation{Act: "the Insurance Supervision Act (ISA, SR 961.01)", Region: regionCH}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the term of the contract and the ten years after it ends, in which claims under it may still be brought and business records must be kept, and longer while a claim is pending"}

	master := &policy.Category{ID: "master", Name: "Personal and contact data", Items: []string{"salutation, first name and surname", "postal address, email address and phone number", "date of birth, sex, nationality and marital status", "language", "customer and policy numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the broker or agent who advises you, and the employer or other policyholder who insures you under a group contract", Linked: true, Retention: tenYears}
	contract := &policy.Category{ID: "contract", Name: "Contract data", Items: []string{"the products and cover you hold", "sums insured, deductibles and premiums", "payments and reminders", "your bank account (IBAN) for premiums and benefits"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: tenYears}
	risk := &policy.Category{ID: "risk", Name: "Risk data", Items: []string{"your answers to the risk questions in the application", "the vehicle, home, contents or business we insure", "your driving licence and no-claims bonus level", "your previous insurance and the claims under it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "your previous insurer, which tells us your claims history when you change to us, and public registers such as the vehicle register", Linked: true, Retention: tenYears}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"your answers to the health questions for life, disability, accident and health cover", "medical reports, diagnoses and the treatment you receive", "reports of our medical examiners"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "doctors, hospitals, social insurers and other insurers, which you release from their duty of confidentiality towards us", Linked: true, Retention: tenYears,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	claims := &policy.Category{ID: "claims", Name: "Claims data", Items: []string{"what happened, when and where", "the damage or injury and its cost", "reports of experts, the police and other authorities", "photos, invoices and the benefits we pay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "injured persons, witnesses, experts, repair shops, the police and other authorities, and the other insurers involved", Linked: true, Retention: tenYears}
	involved := &policy.Category{ID: "involved", Name: "Data of other people involved", Items: []string{"the names and contact details of co-insured persons and beneficiaries", "the names and contact details of injured persons and witnesses", "what they reported about a claim"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceThirdParty}, SourceDetail: "the people who report a claim to us",
		OthersConsent: true, Linked: true, Retention: tenYears}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness", Items: []string{"entries in the debt collection register", "a credit score and your payment history with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit agencies such as CRIF",
		DerivedFrom: []*policy.Category{contract}, Linked: true, Retention: policy.ByCriteria("as long as the contract applied for or concluded needs it")}
	kyc := &policy.Category{ID: "kyc", Name: "Identification data for life insurance", Items: []string{"a copy of your identity document", "the origin of the assets you pay in", "the beneficial owner", "whether you are a politically exposed person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "sanctions lists and databases of politically exposed persons",
		Linked: true, Retention: policy.AsRequiredBy("the Anti-Money Laundering Act, Art. 7(3), which requires the documents to be kept for ten years after the relationship ends")}
	calls := &policy.Category{ID: "calls", Name: "Communications", Items: []string{"letters, emails and chats with us", "recordings of calls to our customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("for recordings, a few months unless one is needed as evidence; for other communications, as long as the contract they concern")}
	portalData := &policy.Category{ID: "portal", Name: "myZurich and app data", Items: []string{"your log-ins and the device you use", "the documents you upload and the messages you send", "what you enter in our online calculators"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you use myZurich, and for log-ins as long as security needs")}
	online := &policy.Category{ID: "online", Name: "Website usage data", Items: []string{"IP address", "device and browser", "pages viewed", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show")}
	segments := &policy.Category{ID: "segments", Name: "Customer segments and needs", Items: []string{"the stage of life and needs your data suggests", "the products you may be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{master, contract}, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}

	group := &policy.Recipient{ID: "group", Name: "companies of the Zurich Insurance Group in Switzerland and abroad", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, contract, risk, claims, calls, portalData}, Purpose: "to run IT, shared services and customer service for us"}
	intermediaries := &policy.Recipient{ID: "intermediaries", Name: "the agents and brokers who advise you and look after your contract", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, contract, risk, claims}, Purpose: "to advise you, prepare offers and look after your contracts and claims"}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "reinsurers and co-insurers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, contract, risk, health, claims}, Purpose: "to share large risks with us and to check and share the cost of large claims"}
	insurers := &policy.Recipient{ID: "insurers", Name: "the other insurers involved, such as your previous or next insurer, the insurer of a liable person and the social insurers", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, risk, claims, involved, health}, Purpose: "to confirm your claims history, to coordinate benefits and to settle claims and recourse between insurers"}
	experts := &policy.Recipient{ID: "experts", Name: "loss adjusters, experts, medical examiners and lawyers we instruct", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, claims, involved, health}, Purpose: "to assess a claim, an injury or a dispute for us"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, printing, assistance, repair and call-centre service providers", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, contract, claims, calls, portalData}}
	his := &policy.Recipient{ID: "his", Name: "SVV Solution AG, which runs the Swiss insurers' information system HIS", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, claims, risk}, Purpose: "to record persons and vehicles with conspicuous claims, which the insurers taking part may check when a claim is reported"}
	creditAgencies := &policy.Recipient{ID: "credit-agencies", Name: "credit agencies such as CRIF", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master}, Purpose: "to tell us your creditworthiness"}
	authorities := &policy.Recipient{ID: "authorities", Name: "FINMA, courts, prosecuting authorities, the Money Laundering Reporting Office (MROS) and other authorities", Role: policy.RoleAuthority, Country: regionCH,
		Conditional: true, Categories: []*policy.Category{master, contract, claims, kyc}, Purpose: "the law obliges us or an authority orders us to disclose"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers such as Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to measure our website and show our advertising on other services"}
	abroad := &policy.Recipient{ID: "abroad", Name: "doctors, hospitals and assistance providers in the country where you need help", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, health, claims}, Purpose: "to help you and settle the costs when you fall ill, have an accident or suffer a loss abroad"}

	application := &policy.Purpose{ID: "application", Name: "Assessing your application, the risk and the premium, and deciding whether to insure you", Categories: []*policy.Category{master, risk, health, credit},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten,
		Withdraw:      "by writing to us; we may then be unable to insure you or to pay benefits that depend on your health",
		Recipients:    []*policy.Recipient{group, intermediaries, reinsurers, creditAgencies},
		Required:      "you must answer the risk questions truthfully and completely; if you leave out or misstate a significant risk, we may terminate the contract and refuse or reduce benefits for claims the risk affected (Insurance Contract Act, Art. 4 to 8)",
		Automated:     "for simple products taken out online, such as car, household and travel insurance, our systems decide from your answers and, for some, a credit check whether to insure you and at what premium",
		DecisionAreas: []policy.DecisionArea{policy.DecisionInsurance}}
	administration := &policy.Purpose{ID: "contract", Name: "Managing your contracts, collecting premiums and looking after you as a customer", Categories: []*policy.Category{master, contract},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, intermediaries, providers}}
	claimsPurpose := &policy.Purpose{ID: "claims", Name: "Assessing claims and paying benefits", Categories: []*policy.Category{master, contract, claims, involved, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent, policy.BasisLegitimateInterests}, ConsentMethod: policy.ConsentMethodWritten,
		Withdraw:   "by writing to us; without it we may be unable to assess a claim for an injury or illness",
		Interest:   "settling claims of injured persons and witnesses who are not our customers",
		Recipients: []*policy.Recipient{group, experts, providers, insurers, reinsurers, abroad},
		Required:   "you must report a claim and give us the information we need to assess it; if you do not, we may reduce or refuse the benefits"}
	inquiries := &policy.Purpose{ID: "inquiries", Name: "Obtaining reports from doctors, hospitals, social insurers and other insurers", Categories: []*policy.Category{health, claims},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by writing to us, for the future",
		Required: "you may instead obtain the reports yourself and send them to us; without them we may be unable to assess the application or the claim"}
	recourse := &policy.Purpose{ID: "recourse", Name: "Taking recourse against liable persons and their insurers", Categories: []*policy.Category{claims, involved},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering from the person liable what we paid for a loss", Recipients: []*policy.Recipient{insurers, experts}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting insurance fraud, with the information system HIS among others", Categories: []*policy.Category{master, claims, risk},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the community of insured persons from the cost of insurance fraud",
		Profiling: true, Recipients: []*policy.Recipient{his}}
	aml := &policy.Purpose{ID: "aml", Name: "Identifying the customers of life insurance and checking them against money laundering and sanctions", Categories: []*policy.Category{master, kyc, contract},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{ch4AMLA}, Recipients: []*policy.Recipient{authorities},
		Required: "the Anti-Money Laundering Act requires us to identify you and the beneficial owner before we conclude certain life insurance contracts; without it we cannot conclude them"}
	riskMgmt := &policy.Purpose{ID: "risk", Name: "Managing our risks, reinsuring them and meeting the requirements of insurance supervision", Categories: []*policy.Category{contract, risk, claims},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{isa},
		Interest: "keeping the company solvent and spreading large risks", Recipients: []*policy.Recipient{reinsurers, group, authorities}}
	development := &policy.Purpose{ID: "development", Name: "Developing products and calculating our tariffs from statistics", Categories: []*policy.Category{contract, risk, claims},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "calculating fair premiums and improving our products from statistics, which we draw from pseudonymised or anonymised data where we can"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Advising you and offering you products of Zurich and of its partners that suit your needs", Categories: []*policy.Category{master, contract, segments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers the cover they need", Profiling: true, OptOut: true,
		OptOutHow: "by telling your advisor or writing to us", Recipients: []*policy.Recipient{intermediaries}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending newsletters and offers by email", Categories: []*policy.Category{master, segments},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "with the unsubscribe link in every newsletter"}
	portal := &policy.Purpose{ID: "portal", Name: "Running myZurich, the Zurich app and our online calculators", Categories: []*policy.Category{master, contract, portalData},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping our online services secure and working", Recipients: []*policy.Recipient{group, providers}}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to our customer service", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping evidence of what was agreed and training our staff", Recipients: []*policy.Recipient{providers}}
	web := &policy.Purpose{ID: "web", Name: "Measuring our website and advertising online", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping business records, complying with the law and establishing and defending legal claims", Categories: []*policy.Category{master, contract, claims},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Interest:    "enforcing our rights and defending ourselves in proceedings", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Zurich Insurance Company Ltd and Zurich Life Insurance Company Ltd", Email: "datenschutz@zurich.example",
			Address: "Hagenholzstrasse 60, 8050 Zürich, Switzerland"}, Registration: "insurance companies licensed and supervised by the Swiss Financial Market Supervisory Authority FINMA", Country: regionCH},
		DPO:     &policy.Contact{Name: "Data Protection Officer of Zurich Switzerland", Email: "datenschutz@zurich.example", Address: "Postfach, 8085 Zürich, Switzerland"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.FADP},
		Scope: []string{"the insurance and pension products of Zurich in Switzerland", "zurich.ch", "the myZurich customer portal", "the Zurich app"},
		LegalActs: []policy.Obligation{{Act: "the Insurance Contract Act (ICA, SR 221.229.1)", Region: regionCH},
			{Act: "the Federal Act on Accident Insurance (AIA, SR 832.20), for mandatory accident insurance", Region: regionCH}},
		OtherNotices: []policy.Notice{
			{Covers: "job applicants"},
			{Covers: "the companies of the Zurich Insurance Group outside Switzerland", URL: "https://www.zurich.example/privacy"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{master, contract, risk, health, claims, involved, credit, kyc, calls, portalData, online, segments},
		Purposes: []*policy.Purpose{application, administration, claimsPurpose, inquiries, recourse, fraud, aml, riskMgmt, development, marketing, newsletter,
			portal, recording, web, legal},
		Recipients: []*policy.Recipient{group, intermediaries, reinsurers, insurers, experts, providers, his, creditAgencies, authorities, adtech, abroad},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: group, Categories: []*policy.Category{master, contract, risk, claims, calls, portalData}, Safeguard: policy.SafeguardAdequacy},
			{Destination: language.MustParseRegion("IN"), Recipient: group, Categories: []*policy.Category{master, contract, claims}, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "You can ask our data protection officer for a copy of the binding corporate rules."},
			{Destination: regionUS, Recipient: reinsurers, Categories: []*policy.Category{master, contract, risk, health, claims}, Safeguard: policy.SafeguardStandardClauses,
				Note: "We use the standard contractual clauses of the European Commission as the FDPIC recognises them."},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: abroad, Categories: []*policy.Category{master, health, claims}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), LegalHold: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for myZurich and our calculators", Party: policy.PartyFirst, Purpose: portal, Categories: []*policy.Category{portalData},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: web, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   ch4Rights("by writing to our data protection officer with a copy of your identity document", "by asking us to have a person review the decision and telling us your view"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(30)},
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureLeastPrivilege, Description: "Only our medical service and the staff who handle a case may see health data."},
			{Kind: policy.MeasureStaffTraining}},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Links:      policy.Links{CookieSettings: "https://www.zurich.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Zurich Switzerland, Data Protection", Email: "datenschutz@zurich.example"},
	}
	return realPolicy{"insurer (Zurich Switzerland)", p, []statement{
		{says: "Zurich Insurance Company Ltd and, for life insurance, Zurich Life Insurance Company Ltd in Zürich are responsible", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Name, "Zurich Life Insurance Company Ltd")
		}},
		{says: "both companies are insurers supervised by FINMA", typed: func(p *policy.Policy) bool { return strings.Contains(p.Controller.Registration, "FINMA") }},
		{says: "the statement covers our insurance and pension products in Switzerland, our website and myZurich", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "we follow the Swiss FADP", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && len(p.Laws) == 1 }},
		{says: "our data protection officer answers questions and requests", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "the Insurance Contract Act and, for mandatory accident insurance, the Accident Insurance Act govern our processing as well", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 2 && p.LegalActs[1].Region == regionCH
		}},
		{says: "group companies abroad and job applicants have their own statements", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 && p.OtherNotices[1].URL != "" }},
		{says: "we process your name, contact details, date of birth, sex, nationality, marital status and customer number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Items, "date of birth, sex, nationality and marital status")
		}},
		{says: "we receive data from your broker or agent, and from your employer where it insures you under a group contract", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Sources, policy.SourceThirdParty) && strings.Contains(p.Category("master").SourceDetail, "employer")
		}},
		{says: "to assess your application we use your answers to the risk questions, the object we insure and your claims history", typed: func(p *policy.Policy) bool {
			return p.Purpose("application").Uses(p.Category("risk")) && p.Purpose("application").HasBasis(policy.BasisContract)
		}},
		{says: "your previous insurer tells us your claims history when you change to us", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("risk").SourceDetail, "previous insurer") && recipient(p, "insurers").Purpose != ""
		}},
		{says: "you must answer the risk questions truthfully; if you conceal a significant risk we may terminate the contract and refuse benefits", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("application").Required, "Insurance Contract Act")
		}},
		{says: "for life, disability, accident and health cover we need your health data, which you give us with your express consent", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("application").HasBasis(policy.BasisExplicitConsent) &&
				p.Purpose("application").ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "you may withdraw that consent, but we may then be unable to insure you or to pay benefits", typed: func(p *policy.Policy) bool {
			return p.Purpose("application").Withdraw != "" && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "with your authorisation we obtain reports from doctors, hospitals, social insurers and other insurers, which you release from confidentiality", typed: func(p *policy.Policy) bool {
			return p.Purpose("inquiries").RestsOn(policy.BasisExplicitConsent, policy.FADP) && strings.Contains(p.Category("health").SourceDetail, "release")
		}},
		{says: "you may obtain those reports yourself and send them to us instead", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("inquiries").Required, "yourself") }},
		{says: "we check creditworthiness with credit agencies for some products", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("credit").SourceDetail, "CRIF") && slices.Contains(p.Purpose("application").Recipients, recipient(p, "credit-agencies"))
		}},
		{says: "for simple products taken out online, our systems decide automatically whether to insure you and at what premium", typed: func(p *policy.Policy) bool {
			return p.Purpose("application").Automated != "" && slices.Contains(p.Purpose("application").DecisionAreas, policy.DecisionInsurance)
		}},
		{says: "you may state your view on an automated decision and ask for a person to review it", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "in myZurich and the app you see your contracts, upload documents and report claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("portal").Uses(p.Category("portal")) && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we manage your contracts, collect premiums and pay benefits to your bank account", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Uses(p.Category("contract")) && slices.Contains(p.Category("contract").Items, "your bank account (IBAN) for premiums and benefits")
		}},
		{says: "to assess a claim we process what happened, the damage, and reports of experts, the police and authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Uses(p.Category("claims")) && strings.Contains(p.Category("claims").SourceDetail, "police")
		}},
		{says: "you must report a claim and give us what we need to assess it, or we may reduce benefits", typed: func(p *policy.Policy) bool { return p.Purpose("claims").Required != "" }},
		{says: "we process data of injured persons, witnesses, co-insured persons and beneficiaries, and those who give it to us must be entitled to and tell them", typed: func(p *policy.Policy) bool {
			return othersGive(p, "involved") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "loss adjusters, experts, medical examiners and lawyers assess claims for us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("claims").Recipients, recipient(p, "experts")) && recipient(p, "experts").Role == policy.RoleThirdParty
		}},
		{says: "we coordinate benefits with social insurers and other insurers and take recourse against liable persons", typed: func(p *policy.Policy) bool {
			return p.Purpose("recourse").Interest != "" && slices.Contains(p.Purpose("recourse").Recipients, recipient(p, "insurers"))
		}},
		{says: "if you need help abroad, doctors, hospitals and assistance providers in that country receive what they need", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[3].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we take part in the Swiss insurers' information system HIS to detect insurance fraud", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "his")) && p.Purpose("fraud").RestsOn(policy.BasisLegitimateInterests, policy.FADP)
		}},
		{says: "HIS records persons and vehicles with conspicuous claims, which the insurers taking part check when a claim is reported", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "his").Purpose, "conspicuous") && p.Purpose("fraud").Profiling
		}},
		{says: "for life insurance we identify you and the beneficial owner and check you against money laundering, as the AMLA requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Purpose("aml").Required != ""
		}},
		{says: "we share large risks and claims with reinsurers and co-insurers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("risk").Recipients, recipient(p, "reinsurers")) && recipient(p, "reinsurers").Purpose != ""
		}},
		{says: "we meet the requirements of insurance supervision", typed: func(p *policy.Policy) bool {
			return p.Purpose("risk").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "we calculate tariffs and develop products from statistics, pseudonymised or anonymised where we can", typed: func(p *policy.Policy) bool {
			return p.Purpose("development").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we and your agent offer you products that suit your needs, which you can object to", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.Profiling && pu.OptOut && pu.OptOutHow != ""
		}},
		{says: "we never use health data for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we send newsletters only with your consent, which the Unfair Competition Act requires, and you can unsubscribe in each", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").RestsOnConsent() && len(p.Purpose("newsletter").ConsentRequiredBy) == 1 && p.Purpose("newsletter").Withdraw != ""
		}},
		{says: "we record calls to our customer service after telling you, to keep evidence and train staff", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "analytics and marketing cookies are set only with your consent, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "group companies in Switzerland and abroad, and IT and assistance providers, process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "brokers and agents receive your data to advise you and look after your contracts", typed: func(p *policy.Policy) bool { return recipient(p, "intermediaries").Purpose != "" }},
		{says: "transfers within the group rest on the group's binding corporate rules, of which you can ask a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardBindingCorporateRules && p.Transfers[1].Note != ""
		}},
		{says: "other transfers to countries without adequate protection rest on standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "analytics and advertising providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[4].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[4].Recipient == recipient(p, "adtech")
		}},
		{says: "authorities receive data only where the law obliges us or a Swiss authority orders it", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "we keep data for the term of the contract and ten years after, longer while a claim is pending", typed: func(p *policy.Policy) bool {
			r := p.Category("claims").Retention
			return r.Period == policy.Years(10) && r.From == policy.EventContractEnd && p.Deletion[0].LegalHold
		}},
		{says: "we keep the identification documents of life insurance for ten years after the relationship ends, as the AMLA requires", typed: func(p *policy.Policy) bool {
			return p.Category("kyc").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "you may ask for access, correction, deletion and a copy of your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the FDPIC", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "a request needs a copy of your identity document, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "only our medical service and the staff handling a case see health data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureLeastPrivilege) }},
		{says: "we protect data with access controls, encryption and trained staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "websites we link to and our pages on social networks follow their own rules", typed: func(p *policy.Policy) bool { return len(p.External) == 2 }},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "in mandatory accident insurance and occupational pensions the laws on social insurance govern some processing and take precedence over this statement", free: toIntroduction},
		{says: "a policyholder who is not the insured person, such as an employer, receives only what it needs to manage the contract, not health data", free: toCategory("health")},
	}}
}

// realPolicyCh4PostFinance paraphrases, in our own words and as we recall
// it, the privacy statement of PostFinance AG in Bern, the bank of the
// Swiss Post group, as revised for the revised FADP in 2023 and published
// in 2024-2025, for its accounts, cards, payments, e-finance, the
// PostFinance App, savings, investment and pension products: a client
// opens an account online, identifying themselves by video or with a
// photo of an identity document and of their face, or at a post office;
// the bank checks its clients against money laundering and sanctions,
// reports accounts abroad under the automatic exchange of information and
// FATCA, checks creditworthiness with the ZEK and the IKO before issuing a
// credit card, records calls to its contact centre and, unless the client
// objects, offers products from what it knows of the client's finances.
// The law does not let PostFinance grant loans and mortgages itself, so
// it passes applications to partner banks. Banking secrecy binds the
// bank. The statement follows the FADP. Addresses, the web addresses and
// the e-mail address are illustrative.
func realPolicyCh4PostFinance() realPolicy {
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "the Banking Act (BankA, SR 952.0), Art. 47", Region: regionCH}}}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the ten years after the business relationship ends that the Anti-Money Laundering Act (Art. 7(3)) and the Code of Obligations (Art. 958f) require, and longer while a claim or a legal hold requires"}

	master := &policy.Category{ID: "master", Name: "Client data", Items: []string{"name, address, email address and phone number", "date of birth, nationality and language", "client and account numbers", "your specimen signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	identification := &policy.Category{ID: "identification", Name: "Online identification data", Items: []string{"photos of your identity document", "a video or photos of your face, compared with the photo in the document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: secrecy,
		Retention: policy.AsRequiredBy("the Anti-Money Laundering Act and FINMA Circular 2016/7 on video and online identification, which require the identification records to be kept for ten years after the relationship ends")}
	kyc := &policy.Category{ID: "kyc", Name: "Due diligence data", Items: []string{"your profession and the origin of your assets", "the beneficial owner of the assets", "whether you are a politically exposed person or on a sanctions list"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "sanctions lists, the commercial register and the media",
		Linked: true, Secrecy: secrecy, Retention: tenYears}
	tax := &policy.Category{ID: "tax", Name: "Tax data", Items: []string{"your tax residences and tax identification numbers", "whether you are a US person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	financial := &policy.Category{ID: "financial", Name: "Account, payment and card data", Items: []string{"your accounts and their balances", "payments, with the payer or payee, their bank and the message", "card payments, with the merchant, place and time", "your investments and pension savings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "other banks, payment systems and card schemes that carry out your payments", Linked: true, Secrecy: secrecy, Retention: tenYears}
	related := &policy.Category{ID: "related", Name: "Data of related persons", Items: []string{"the names and details of holders of a power of attorney and joint account holders", "the payees you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Secrecy: secrecy, Retention: tenYears,
		VisibleTo: []policy.Audience{policy.AudienceJointHolders}}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness", Items: []string{"your income, expenses and debts", "reports of the Central Office for Credit Information (ZEK) and the Consumer Credit Information Office (IKO)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the ZEK and the IKO",
		Linked: true, Secrecy: secrecy, Retention: tenYears}
	digital := &policy.Category{ID: "digital", Name: "E-finance and app data", Items: []string{"log-ins, with the device and IP address", "the devices you register for the PostFinance App", "how you use e-finance and the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: secrecy,
		Retention: policy.ByCriteria("as long as needed for security and to show what was done in your name")}
	calls := &policy.Category{ID: "calls", Name: "Communications", Items: []string{"recordings of calls to our contact centre", "letters, emails and messages in e-finance"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Secrecy: secrecy,
		Retention: policy.ByCriteria("for recordings, as long as needed as evidence and for quality, for other communications as long as the relationship they concern")}
	interests := &policy.Category{ID: "interests", Name: "Needs and interests", Items: []string{"your stage of life and financial situation as your data suggests it", "the products you may need"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{master, financial}, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}
	web := &policy.Category{ID: "web", Name: "Website usage data", Items: []string{"IP address", "browser and device", "pages viewed", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie needs it, as the cookie settings show")}

	post := &policy.Recipient{ID: "post", Name: "Swiss Post, whose post offices serve our clients at the counter", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, financial}, Purpose: "to take deposits, withdrawals and payment orders at the counter and to identify new clients"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, printing, card and identification service providers", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, identification, financial, digital, calls}}
	counterparties := &policy.Recipient{ID: "counterparties", Name: "the banks, payment systems and card schemes that carry out your payments, such as SIX, SWIFT, Mastercard and Visa, and the payees", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, financial}, Purpose: "to carry out your payments and card transactions"}
	creditOffices := &policy.Recipient{ID: "credit-offices", Name: "the Central Office for Credit Information (ZEK) and the Consumer Credit Information Office (IKO)", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, credit}, Purpose: "to report the credit cards we issue and their limits, as the Consumer Credit Act requires, and serious arrears"}
	partners := &policy.Recipient{ID: "partners", Name: "partner banks and insurers whose mortgages, loans and insurance we offer", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, financial, credit}, Purpose: "to assess and grant the mortgage, loan or cover you apply for through us"}
	authorities := &policy.Recipient{ID: "authorities", Name: "FINMA, the Money Laundering Reporting Office Switzerland (MROS), the Federal Tax Administration, courts and prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH,
		Conditional: true, Categories: []*policy.Category{master, kyc, financial, tax}, Purpose: "the law requires us to report or an authority orders us to disclose"}
	foreignTax := &policy.Recipient{ID: "foreign-tax", Name: "foreign tax authorities, through the Federal Tax Administration, and the US Internal Revenue Service", Role: policy.RoleAuthority,
		Categories: []*policy.Category{master, tax, financial}, Purpose: "to receive the reports of the automatic exchange of information and under FATCA"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to measure our website and our campaigns"}

	services := &policy.Purpose{ID: "services", Name: "Opening and running your accounts and providing payments, cards, e-finance, savings, investments and pension products", Categories: []*policy.Category{master, financial, related, digital},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{post, providers, counterparties},
		Required: "we cannot open or keep an account for you without the data the contract and the law require"}
	onboarding := &policy.Purpose{ID: "identification", Name: "Identifying you when you open an account online", Categories: []*policy.Category{identification, master},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by stopping the identification and identifying yourself at a post office instead",
		Obligations: []policy.Obligation{ch4AMLA}, Recipients: []*policy.Recipient{providers},
		Required: "you may instead identify yourself with your identity document at a post office"}
	kycPurpose := &policy.Purpose{ID: "aml", Name: "Checking our clients against money laundering, terrorist financing and sanctions", Categories: []*policy.Category{master, kyc, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{ch4AMLA},
		Interest:   "protecting the bank and its clients from financial crime and complying with sanctions",
		TippingOff: []policy.Obligation{{Act: "the Anti-Money Laundering Act (AMLA, SR 955.0), Art. 10a", Region: regionCH}},
		Recipients: []*policy.Recipient{authorities}, Profiling: true,
		Required: "the Anti-Money Laundering Act requires us to identify you and the beneficial owner; without it we cannot accept you as a client",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerNo}}
	taxPurpose := &policy.Purpose{ID: "tax", Name: "Reporting to tax authorities under the automatic exchange of information and FATCA", Categories: []*policy.Category{master, tax, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Federal Act on the International Automatic Exchange of Information in Tax Matters (AEOIA, SR 653.1)", Region: regionCH},
			{Act: "the FATCA Agreement between Switzerland and the United States and its implementing Act (SR 672.933.6)", Region: regionCH}},
		Recipients: []*policy.Recipient{authorities, foreignTax},
		Required:   "the law requires you to tell us your tax residences and whether you are a US person"}
	creditPurpose := &policy.Purpose{ID: "credit", Name: "Checking your creditworthiness before we issue a credit card", Categories: []*policy.Category{master, credit, financial},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Consumer Credit Act (CCA, SR 221.214.1), Art. 22 to 28", Region: regionCH}},
		Recipients: []*policy.Recipient{creditOffices}, HumanDecision: true,
		Required: "we cannot issue a credit card without a credit check"}
	partnerPurpose := &policy.Purpose{ID: "partners", Name: "Passing your application for a mortgage, a loan or insurance to the partner that offers it", Categories: []*policy.Category{master, financial, credit},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by telling us, for applications not yet passed on",
		Recipients: []*policy.Recipient{partners}, Required: "the law does not let us grant mortgages and loans ourselves, so only the partner can assess your application"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Keeping e-finance, the app, cards and payments secure and preventing fraud", Categories: []*policy.Category{digital, financial, master},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting you and the bank from fraud, phishing and unauthorised access",
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by calling our contact centre"}}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to our contact centre", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping evidence of your instructions and improving the quality of our advice"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you our products and those of our partners that suit your situation", Categories: []*policy.Category{master, financial, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our clients the products they need", Profiling: true, OptOut: true,
		OptOutHow: "in e-finance or by telling us"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter", Categories: []*policy.Category{master},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Withdraw: "with the unsubscribe link in every newsletter"}
	site := &policy.Purpose{ID: "web", Name: "Measuring our website and our campaigns", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	risk := &policy.Purpose{ID: "risk", Name: "Managing the bank's risks and meeting the requirements of FINMA", Categories: []*policy.Category{master, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Banking Act (BankA, SR 952.0) and the Banking Ordinance", Region: regionCH}},
		Interest: "keeping the bank sound", Recipients: []*policy.Recipient{authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records and establishing and defending legal claims", Categories: []*policy.Category{master, financial, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Interest: "enforcing our rights and defending the bank in proceedings"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PostFinance AG", Email: "datenschutz@postfinance.example", Address: "Mingerstrasse 20, 3030 Bern, Switzerland"},
			Registration: "a bank licensed and supervised by FINMA, wholly owned by Swiss Post Ltd", Country: regionCH},
		DPO:     &policy.Contact{Name: "PostFinance Data Protection Officer", Email: "datenschutz@postfinance.example", Address: "Mingerstrasse 20, 3030 Bern, Switzerland"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.FADP},
		Scope: []string{"the banking services of PostFinance", "postfinance.ch", "e-finance", "the PostFinance App"},
		OtherNotices: []policy.Notice{
			{Covers: "the TWINT system, for which TWINT AG is responsible"},
			{Covers: "Swiss Post and its other group companies", URL: "https://www.post.example/privacy"},
		},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale},
		Categories:   []*policy.Category{master, identification, kyc, tax, financial, related, credit, digital, calls, interests, web},
		Storage:      []policy.Storage{{Location: regionCH}},
		Purposes:     []*policy.Purpose{services, onboarding, kycPurpose, taxPurpose, creditPurpose, partnerPurpose, fraud, recording, marketing, newsletter, site, risk, records},
		Recipients:   []*policy.Recipient{post, providers, counterparties, creditOffices, partners, authorities, foreignTax, adtech},
		NotCollected: []policy.Exclusion{{ID: "app-biometrics", Name: "the fingerprint or face with which you unlock the PostFinance App", Note: "Your phone checks it and tells the app only whether it matched."}},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: counterparties, Categories: []*policy.Category{master, financial}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: foreignTax, Categories: []*policy.Category{master, tax, financial}, Safeguard: policy.SafeguardExplicitConsent,
				Risks: "the United States has no data protection law that Switzerland recognises as adequate for the IRS, and US authorities may use the data under US law"},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{web}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}},
		Deletion:    []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), LegalHold: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for e-finance and security", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{digital},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: site, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               ch4Rights("by writing to us with a copy of your identity document, or in e-finance", ""),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl, Description: "E-finance and the app need a second factor to log in and to approve payments."},
			{Kind: policy.MeasureStaffTraining, Description: "Our staff are bound by banking secrecy."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages, policy.SafetyTipKeepSecret},
		Links:      policy.Links{CookieSettings: "https://www.postfinance.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "PostFinance AG, Data Protection", Email: "datenschutz@postfinance.example", Address: "Mingerstrasse 20, 3030 Bern, Switzerland"},
	}
	return realPolicy{"bank (PostFinance)", p, []statement{
		{says: "PostFinance AG in Bern is responsible for the processing this statement describes", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "PostFinance AG" && p.Controller.Country == regionCH
		}},
		{says: "PostFinance is a bank supervised by FINMA and wholly owned by Swiss Post", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "FINMA") && strings.Contains(p.Controller.Registration, "Swiss Post")
		}},
		{says: "the statement covers our banking services, our website, e-finance and the PostFinance App", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "we follow the Swiss FADP", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && len(p.Laws) == 1 }},
		{says: "our data protection officer answers questions", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "TWINT AG is responsible for the TWINT system, and Swiss Post and its group companies have their own statements", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && strings.Contains(p.OtherNotices[0].Covers, "TWINT")
		}},
		{says: "banking secrecy binds us and our staff for everything we learn about you as a client", typed: func(p *policy.Policy) bool {
			s := p.Category("financial").Secrecy
			return s.Kind == policy.SecrecyBanking && s.Laws[0].Region == regionCH && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we process your name, contact details, date of birth, nationality, client number and specimen signature", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Items, "your specimen signature")
		}},
		{says: "we cannot open an account without the data the contract and the law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").HasBasis(policy.BasisContract) && p.Purpose("services").Required != ""
		}},
		{says: "if you open an account online, you identify yourself by video or with photos of your identity document and your face, which we compare", typed: func(p *policy.Policy) bool {
			c := p.Category("identification")
			return c.Biometric && c.Sensitivity == policy.SensitivitySpecial && p.Purpose("identification").Uses(c)
		}},
		{says: "the money laundering law requires that identification, for which you give your express consent to the comparison of your face", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("identification")
			return pu.RestsOn(policy.BasisLegalObligation, policy.FADP) && pu.HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "you may instead identify yourself at a post office", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("identification").Required, "post office")
		}},
		{says: "identification providers work for us on our instructions", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("identification").Recipients, recipient(p, "providers")) && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we establish the origin of your assets and the beneficial owner, and check you against sanctions lists and lists of politically exposed persons", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.FADP) && slices.Contains(p.Category("kyc").Sources, policy.SourcePublic)
		}},
		{says: "we monitor transactions for money laundering and report suspicions to MROS, which we may not tell you of", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").Profiling && len(p.Purpose("aml").TippingOff) == 1
		}},
		{says: "we may block an account or a payment where the money laundering law requires, and a person decides it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("aml").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundMoneyLaundering) && s.Automated == policy.AnswerNo
		}},
		{says: "we record your tax residences and US person status and report accounts under the AEOI and FATCA", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && recipient(p, "foreign-tax").Role == policy.RoleAuthority
		}},
		{says: "US persons consent to our reporting their accounts to the IRS, and are told the risks", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardExplicitConsent && p.Transfers[1].Risks != ""
		}},
		{says: "we record your accounts, payments, card transactions, investments and pension savings", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Uses(p.Category("financial")) && len(p.Category("financial").Items) == 4
		}},
		{says: "banks, payment systems and card schemes receive what your payments need, in the country of the payee too", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationPayee && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "post offices serve our clients at the counter on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "post").Role == policy.RoleProcessor && slices.Contains(p.Purpose("services").Recipients, recipient(p, "post"))
		}},
		{says: "we process data of holders of a power of attorney, joint holders and payees, which you must be entitled to give us", typed: func(p *policy.Policy) bool {
			return othersGive(p, "related") && slices.Contains(p.Category("related").VisibleTo, policy.AudienceJointHolders)
		}},
		{says: "before issuing a credit card we check your creditworthiness with the ZEK and the IKO, and report the card to them", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("credit").SourceDetail, "ZEK") && recipient(p, "credit-offices").Purpose != "" &&
				p.Purpose("credit").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "a person decides on a credit card application", typed: func(p *policy.Policy) bool { return p.Purpose("credit").HumanDecision }},
		{says: "we may not grant mortgages and loans, so with your consent we pass your application to the partner bank or insurer that offers them", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("partners")
			return pu.RestsOnConsent() && slices.Contains(pu.Recipients, recipient(p, "partners")) && pu.Required != ""
		}},
		{says: "we monitor e-finance, the app, cards and payments for fraud and may block them; you can call us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && s.Contest != ""
		}},
		{says: "if you unlock the app with your fingerprint or face, your phone checks it and we never receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "app-biometrics"
		}},
		{says: "e-finance and the app need a second factor to log in and to approve payments", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureAccessControl && m.Description != "" })
		}},
		{says: "we record calls to our contact centre, which we tell you of", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "we use your data to offer you our products and those of partners, which you can object to in e-finance", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.Profiling && pu.OptOut && strings.Contains(pu.OptOutHow, "e-finance") && p.Category("interests").DerivedFrom[1] == p.Category("financial")
		}},
		{says: "we send our newsletter only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && len(p.Purpose("newsletter").ConsentRequiredBy) == 1
		}},
		{says: "analytics and marketing cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("web").RestsOnConsent()
		}},
		{says: "analytics providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we manage the bank's risks and meet FINMA's requirements", typed: func(p *policy.Policy) bool {
			return p.Purpose("risk").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "we keep data in Switzerland", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionCH }},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "authorities receive data only where the law requires or a Swiss authority orders it", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "we keep data for ten years after the relationship ends, longer while a claim or a legal hold requires", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Deletion[0].LegalHold && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "you may ask for access, correction, deletion and a copy of your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we verify your identity before answering a request, and answer within 30 days", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we take no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we never ask for your passwords or codes by email, text or phone; report messages that do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "keep your passwords and codes secret", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) }},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "Swiss Post receives no data covered by banking secrecy for its own purposes without your consent", free: toIntroduction},
		{says: "clients who authorise it receive their statements and documents in e-finance instead of by post", free: toPurpose("services")},
	}}
}

// realPolicyCh4Ricardo paraphrases, in our own words and as we recall it,
// the privacy statement of Ricardo AG in Zug, which runs ricardo.ch, the
// Swiss online marketplace for auctions and fixed-price sales, as a
// company of SMG Swiss Marketplace Group, as revised for the revised FADP
// in 2023 and published in 2024-2025: members must be adults and verify
// their mobile number; listings, questions and answers and ratings are
// public under the member's username; after a sale the buyer and the
// seller receive each other's name and contact details to complete it;
// buyers may pay through Ricardo, whose payment service provider pays out
// the seller; sellers may buy shipping labels of Swiss Post; Ricardo
// checks listings and messages for fraud and may block accounts;
// recommendations and advertising are personalised, the latter with
// consent; customers receive newsletters about Ricardo's own offers
// unless they refuse. The statement follows the FADP and says that the
// GDPR applies where it does. Addresses, the web addresses and the
// e-mail address are illustrative.
func realPolicyCh4Ricardo() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"username and password", "first name and surname", "postal address", "email address and mobile number", "date of birth", "language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	contactDetails := &policy.Category{ID: "contact", Name: "Contact details for a transaction", Items: []string{"first name and surname", "postal address", "email address and phone number"},
		Description: "Buyer and seller receive each other's contact details after a sale, to pay, hand over or ship the item.",
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.WhileAccountActive(policy.Period{})}
	public := &policy.Category{ID: "public", Name: "Public member data", Items: []string{"your username", "the ratings you give and receive, with their comments", "the date you joined", "your listings, with photos, descriptions and prices", "the questions you ask sellers and the answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Visibility: policy.VisibilityAlways, Linked: true,
		Retention: policy.ByCriteria("listings for as long as they run and for the time after a sale in which a dispute can arise, and ratings for as long as your account exists")}
	transactions := &policy.Category{ID: "transactions", Name: "Bids, purchases and sales", Items: []string{"the items you bid on, buy and sell", "your bids and the prices paid", "the fees we charge you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.AsRequiredBy(ch3Records)}
	messages := &policy.Category{ID: "messages", Name: "Messages between members", Items: []string{"the messages you exchange with other members through Ricardo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as needed to complete the transaction and resolve disputes about it")}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"the means of payment you choose", "the payment status", "your IBAN for payouts, if you sell"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider", Linked: true,
		Retention: policy.AsRequiredBy(ch3Records)}
	shipping := &policy.Category{ID: "shipping", Name: "Shipping data", Items: []string{"the sender's and recipient's addresses", "the parcel number and its tracking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Swiss Post, which tells us the tracking of parcels", Linked: true,
		Retention: policy.ByCriteria("as long as needed to ship the item and resolve disputes about it")}
	usage := &policy.Category{ID: "usage", Name: "Usage and device data", Items: []string{"IP address", "device, browser and app version", "your searches, the listings you view and your watch list", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show, and for security logs a few months")}
	interests := &policy.Category{ID: "interests", Name: "Interests", Items: []string{"the categories and items you are interested in", "the kind of buyer or seller you are"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{usage, transactions}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Contacts with customer service", Items: []string{"what you tell us", "reports you make about other members or listings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and resolve the case")}

	smg := &policy.Recipient{ID: "smg", Name: "SMG Swiss Marketplace Group AG and its companies", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{account, transactions, usage, support}, Purpose: "to provide IT, hosting, customer service and analysis for us"}
	psp := &policy.Recipient{ID: "psp", Name: "our payment service provider", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{account, transactions, payment}, Purpose: "to process payments through Ricardo and pay out sellers"}
	post := &policy.Recipient{ID: "post", Name: "Swiss Post", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{shipping}, Purpose: "to carry parcels whose labels you buy through Ricardo"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, communication and fraud prevention service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, messages, usage, support}}
	adtech := &policy.Recipient{ID: "adtech", Name: "advertising and analytics partners such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{usage, interests}, Purpose: "to measure our services and show you advertising on Ricardo and elsewhere"}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{account, transactions}, Purpose: "a fee stays unpaid after our reminders, which the agency then collects", Conditional: true}
	authorities := &policy.Recipient{ID: "authorities", Name: "prosecuting authorities and courts", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{account, transactions, messages, usage}, Purpose: "the law obliges us or an authority orders us to disclose, such as when a member is suspected of fraud"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Registering you and running your account", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{smg, providers},
		Required: "we need your name, address, date of birth, email address and a mobile number we verify by text message; without them you cannot register"}
	market := &policy.Purpose{ID: "marketplace", Name: "Running the marketplace: listing, bidding, buying and selling, and putting buyer and seller in touch", Categories: []*policy.Category{account, contactDetails, public, transactions, messages},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{smg, providers},
		Required: "you must give the details of the item you sell, and after a sale your contact details, or the sale cannot be completed"}
	ratings := &policy.Purpose{ID: "ratings", Name: "Publishing the ratings buyers and sellers give each other", Categories: []*policy.Category{public, transactions},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "letting members judge whom they deal with",
		Required: "rating is voluntary; a rating you receive is published even if you give none"}
	payments := &policy.Purpose{ID: "payments", Name: "Processing payments through Ricardo, paying out sellers and invoicing our fees", Categories: []*policy.Category{account, transactions, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp, collection},
		Required: "paying through Ricardo needs a means of payment, and a payout needs your IBAN"}
	shippingPurpose := &policy.Purpose{ID: "shipping", Name: "Selling shipping labels and showing where a parcel is", Categories: []*policy.Category{shipping, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{post},
		Required: "a label needs the sender's and the recipient's addresses; you may ship the item otherwise"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of the marketplace and enforcing our terms", Categories: []*policy.Category{account, public, transactions, messages, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our members from fraud, phishing and prohibited items", Recipients: []*policy.Recipient{providers, authorities},
		HumanDecision: true,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetContent},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundAccountTakeover},
			Automated: policy.AnswerNo, Contest: "by writing to our customer service"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Personalising search results, recommendations and the home page", Categories: []*policy.Category{usage, interests, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing you the items most likely to interest you", Profiling: true}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you advertising based on your interests, on Ricardo and elsewhere", Categories: []*policy.Category{usage, interests},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Profiling: true,
		Recipients: []*policy.Recipient{adtech}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Telling our members about Ricardo's own offers and promotions by email and push message", Categories: []*policy.Category{account, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our customers about our own similar offers", OptOut: true,
		OptOutHow: "with the unsubscribe link in each message or in your account settings", ConsentExemptBy: []policy.Obligation{ch2UWG}}
	care := &policy.Purpose{ID: "support", Name: "Answering your questions and reports", Categories: []*policy.Category{support, account, transactions},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "helping our members and handling their reports", Recipients: []*policy.Recipient{smg},
		Required: "we can answer you only if you tell us enough to identify you and your case"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how our services are used and developing them", Categories: []*policy.Category{usage, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving the marketplace from statistics", Recipients: []*policy.Recipient{smg}}
	measurement := &policy.Purpose{ID: "measurement", Name: "Measuring the use of our website and apps with analytics cookies", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings"}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping business records, complying with the law and defending our rights", Categories: []*policy.Category{account, transactions, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Interest: "complying with Swiss law and establishing and defending legal claims", Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep the records of your transactions and fees"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ricardo AG", Email: "datenschutz@ricardo.example", Address: "Theilerstrasse 1a, 6300 Zug, Switzerland"},
			Registration: "a company of SMG Swiss Marketplace Group", Country: regionCH},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:        []policy.Law{policy.FADP, policy.GDPR},
		Scope:       []string{"ricardo.ch", "the Ricardo apps"},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, contactDetails, public, transactions, messages, payment, shipping, usage, interests, support},
		NotCollected: []policy.Exclusion{
			{ID: "payment.card_number", Name: "your full card number", Category: payment, Note: "Our payment service provider keeps it."},
		},
		Purposes:   []*policy.Purpose{accountPurpose, market, ratings, payments, shippingPurpose, fraud, recommend, advertising, newsletter, care, analytics, measurement, legal},
		Recipients: []*policy.Recipient{smg, psp, post, providers, adtech, collection, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{account, messages, usage, support}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionCH, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{usage, interests}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{usage, interests}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptAbuse}, KeptFor: policy.Years(10),
			SharedCopies: true, Note: "Ratings you gave stay on the other member's profile without your username."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, bidding and security", Party: policy.PartyFirst, Purpose: accountPurpose, Categories: []*policy.Category{usage},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: measurement, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adtech, Purpose: advertising,
				Categories: []*policy.Category{usage, interests}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your account settings or by writing to us"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Children:             policy.Children{MinimumAge: 18, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureFieldEncryption, Description: "We store passwords only in hashed form."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipPayOnPlatform, policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.ricardo.example/cookies"},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true, EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Ricardo AG, Data Protection", Email: "datenschutz@ricardo.example"},
	}
	return realPolicy{"online marketplace (Ricardo)", p, []statement{
		{says: "Ricardo AG in Zug, a company of SMG Swiss Marketplace Group, is responsible for ricardo.ch and its apps", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Ricardo AG" && strings.Contains(p.Controller.Registration, "SMG") && len(p.Scope) == 2
		}},
		{says: "we follow the Swiss FADP and, where it applies, the GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "websites we link to and social networks follow their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "to register we need your name, address, date of birth, email address and a mobile number we verify by text message", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "you must be 18 to use Ricardo, as you state with your date of birth", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared)
		}},
		{says: "your username, your listings, your questions and answers and your ratings are public", typed: func(p *policy.Policy) bool {
			return p.Category("public").Visibility == policy.VisibilityAlways
		}},
		{says: "other members rate you after a transaction, and their ratings appear on your profile", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("public").Sources, policy.SourceOtherUsers) && p.Purpose("ratings").Interest != ""
		}},
		{says: "we record your bids, purchases, sales and the fees we charge", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketplace").Uses(p.Category("transactions")) && p.Purpose("marketplace").HasBasis(policy.BasisContract)
		}},
		{says: "after a sale, buyer and seller receive each other's name, address, email address and phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "members write to each other through Ricardo's messages, which the other party reads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts) && p.Purpose("marketplace").Uses(p.Category("messages"))
		}},
		{says: "buyers can pay through Ricardo; our payment service provider processes the payment and pays out the seller", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("payments").Recipients, recipient(p, "psp")) && recipient(p, "psp").Purpose != ""
		}},
		{says: "rating is voluntary, and a rating you receive is published even if you give none", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("ratings").Required, "voluntary")
		}},
		{says: "we never see your full card number", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "unpaid fees may go to a debt collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collection").Conditional }},
		{says: "sellers can buy Swiss Post shipping labels through Ricardo, and we show the parcel's tracking", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("shipping").Recipients, recipient(p, "post")) && p.Category("shipping").SourceDetail != ""
		}},
		{says: "you may ship an item without our labels", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("shipping").Required, "otherwise") }},
		{says: "we check listings, accounts and messages for fraud, phishing and prohibited items", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Uses(p.Category("messages")) && p.Purpose("fraud").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "our systems flag suspicious activity, and our staff decide whether to block an account or remove a listing", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HumanDecision && p.Purpose("fraud").Suspension.Automated == policy.AnswerNo
		}},
		{says: "you can contest a block with our customer service", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Suspension.Contestable() }},
		{says: "we take no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "pay only through Ricardo and never outside it", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipPayOnPlatform) }},
		{says: "we never ask for your password; do not answer messages that do, and report them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we personalise search results and recommendations from your searches, views and purchases", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("recommendations")
			return pu.Profiling && pu.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Category("interests").DerivedFrom[0] == p.Category("usage")
		}},
		{says: "we show advertising based on your interests, on Ricardo and elsewhere, only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "advertising partners such as Google and Meta receive usage data for it", typed: func(p *policy.Policy) bool {
			return recipient(p, "adtech").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "adtech"))
		}},
		{says: "as a customer you receive our newsletter on our own offers, as the Unfair Competition Act allows, unless you refuse", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("newsletter")
			return len(pu.ConsentExemptBy) == 1 && pu.OptOut && pu.OptOutHow != ""
		}},
		{says: "our customer service answers your questions and handles reports about members and listings", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && slices.Contains(p.Category("support").Items, "reports you make about other members or listings")
		}},
		{says: "we analyse how our services are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").Interest != "" }},
		{says: "we measure the use of our website and apps with analytics cookies only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Purpose == p.Purpose("measurement") && p.Purpose("measurement").RestsOnConsent()
		}},
		{says: "companies of SMG Swiss Marketplace Group provide IT, hosting, customer service and analysis for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "smg").Role == policy.RoleProcessor && recipient(p, "smg").Purpose != ""
		}},
		{says: "IT, hosting and communication providers process data on our behalf, some in the EU", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[0].Destination == regionEU
		}},
		{says: "advertising partners in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[2].Origin == regionEU
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "authorities receive data only on Swiss orders, such as when a member is suspected of fraud", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "a buyer of our business or of Ricardo would receive the data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "necessary cookies need no consent; analytics and advertising cookies need your consent, which you change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we keep account data while your account exists and business records for ten years", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("transactions").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "after you close your account we keep what the law requires and what we need to prevent fraud and keep banned members out", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.Keeps(policy.KeptAbuse)
		}},
		{says: "messages you sent stay with the members who received them", typed: func(p *policy.Policy) bool { return p.Deletion[0].SharedCopies }},
		{says: "you may ask for access, correction, deletion, restriction and a copy of your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent and complain to the FDPIC or your data protection authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we verify requests through your account or your email address and answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we protect data with encryption and access controls, and store passwords hashed", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureFieldEncryption)
		}},
		{says: "we announce material changes on Ricardo; the version published applies", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "questions go to our data protection team", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		// Free text.
		{says: "members may use another member's contact details only to complete the transaction, not for advertising", free: toCategory("contact")},
		{says: "a member who sells as a business must give the details the law asks of traders, which buyers see", free: toPurpose("marketplace")},
	}}
}
