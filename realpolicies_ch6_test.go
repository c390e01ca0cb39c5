package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// ch6UVG is the Federal Act on Accident Insurance, under which an
// approved insurer insures employees against occupational and
// non-occupational accidents and processes what its Art. 96 and 97
// allow.
var ch6UVG = policy.Obligation{Act: "the Federal Act on Accident Insurance (UVG, SR 832.20), Art. 96 and 97", Region: regionCH}

// realPolicyCh6Helsana paraphrases, in our own words and as we recall
// it, the privacy statement of the Helsana Group in Dübendorf (Helsana
// Versicherungen AG for the compulsory basic insurance under the KVG and
// accident insurance under the UVG, Helsana Zusatzversicherungen AG for
// supplementary insurance and the daily sickness benefits insurance of
// employers under the VVG), as revised for the revised FADP in 2023 and
// published in 2024-2025, for its insurance, helsana.ch, the myHelsana
// customer portal and app and the Helsana+ bonus app: in basic and
// accident insurance the insurer carries out a task the law gives it;
// hospitals send their DRG invoices with diagnoses to a certified data
// acceptance office that passes on only what an invoice check needs; the
// medical advisers judge medical questions independently; employers
// insure their staff for accidents and loss of earnings and learn
// whether and how long an employee cannot work, not why; Helsana+ awards
// points for activities that members record or let a fitness app send,
// which Helsana pays out in cash only to holders of supplementary
// insurance; anonymised billing data feeds health care research such as
// Helsana's yearly drug report. The statement follows the FADP.
// Addresses, the web addresses and the e-mail address are illustrative.
func realPolicyCh6Helsana() realPolicy {
	vvg := policy.Obligation{Act: "the Insurance Contract Act (VVG, SR 221.229.1)", Region: regionCH}
	insuranceSecrecy := policy.Secrecy{Kind: policy.SecrecyInsurance, Laws: []policy.Obligation{{Act: "the Federal Act on the General Part of Social Insurance Law (ATSG, SR 830.1), Art. 33", Region: regionCH}}}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the term of the insurance and the ten years after it ends, in which claims may still be brought and business records must be kept, and longer while a case or a dispute is pending"}

	master := &policy.Category{ID: "master", Name: "Personal and contact data", Items: []string{"name, address, email address and phone number", "date of birth, sex, civil status, nationality and residence permit", "your AHV number, which the law lets us use to identify you", "your insured and policy numbers", "the family members insured with you and who pays the premiums"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the canton of residence, your employer where it insures you, and the broker through whom you join", OthersConsent: true, Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	contract := &policy.Category{ID: "contract", Name: "Contract and premium data", Items: []string{"your products, insurance model, deductible and accident cover", "premiums, premium reductions, payments, reminders and debt enforcement", "the bank account to which we pay benefits", "reservations on your supplementary cover"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the canton, which tells us the premium reduction it grants you", Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	claims := &policy.Category{ID: "claims", Name: "Invoices and benefits", Items: []string{"the invoices of doctors, hospitals, pharmacies, therapists and other providers, with the date, provider, tariff items and amounts", "the cost approvals we give", "your deductible and co-payment", "the benefits and daily allowances we pay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "doctors, hospitals, pharmacies and other providers, many of which bill us directly", Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"diagnoses and treatments stated on invoices, in hospital invoices under the DRG tariff and in medical reports", "your answers to the health questions for supplementary insurance", "accident reports and the course of your recovery", "your capacity to work", "the assessments of our medical advisers"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "doctors, hospitals and other providers, other social insurers such as the disability insurance, and the employer who reports an accident", Linked: true,
		Secrecy: insuranceSecrecy, Retention: tenYears, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	employment := &policy.Category{ID: "employment", Name: "Data from employers", Items: []string{"your employer, occupation and level of employment", "the insured salary", "the start and end of your employment", "your absences from work"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the employer that insures you with us for accidents or loss of earnings",
		Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	activity := &policy.Category{ID: "activity", Name: "Helsana+ data", Items: []string{"the activities you record, such as sport, club and gym memberships and preventive check-ups", "the steps and workouts a fitness app or tracker you connect sends us", "the points you collect and redeem"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you take part in Helsana+ and your points can be redeemed")}
	calls := &policy.Category{ID: "calls", Name: "Communications", Items: []string{"letters, emails and chat messages", "recordings of calls to our customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("for recordings, a few months unless one is needed as evidence; for other communications, as long as the insurance or the case they concern")}
	portal := &policy.Category{ID: "portal", Name: "myHelsana data", Items: []string{"your log-ins and the devices you use", "the invoices you photograph and upload", "the changes and messages you send us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you use myHelsana, and for log-ins as long as security needs")}
	online := &policy.Category{ID: "online", Name: "Website usage data", Items: []string{"IP address", "device and browser", "pages viewed and premium calculations", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie needs it, as the cookie settings show")}

	providers := &policy.Recipient{ID: "providers", Name: "doctors, hospitals, pharmacies and other providers who treat you", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, contract, claims}, Purpose: "to settle their invoices with us and learn what we cover"}
	advisers := &policy.Recipient{ID: "advisers", Name: "our medical advisers", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{claims, health}, Purpose: "to judge medical questions independently, free of our instructions (KVG Art. 57), and tell our staff only what they need to decide on a benefit"}
	employers := &policy.Recipient{ID: "employers", Name: "the employer that insures you with us", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, employment, claims}, Purpose: "to run its accident and daily sickness benefits insurance; it learns whether and for how long you cannot work, and what we pay, never the diagnosis"}
	cantons := &policy.Recipient{ID: "cantons", Name: "the cantons", Role: policy.RoleAuthority, Country: regionCH,
		Categories: []*policy.Category{master, contract}, Purpose: "to check that everyone living there is insured, to grant premium reductions and to take over the premiums of insured persons who do not pay them"}
	federal := &policy.Recipient{ID: "federal", Name: "the Federal Office of Public Health, FINMA and the Common Institution under the KVG", Role: policy.RoleAuthority, Country: regionCH,
		Categories: []*policy.Category{contract, claims}, Purpose: "to supervise us, to compute the risk equalisation between health insurers and to keep the statistics the law requires"}
	social := &policy.Recipient{ID: "social", Name: "other social insurers, such as the disability, military and unemployment insurance and pension funds", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, claims, health, employment}, Purpose: "to coordinate benefits and decide which insurer pays"}
	sasis := &policy.Recipient{ID: "sasis", Name: "SASIS AG, a company of the Swiss health insurers' association", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, contract}, Purpose: "to produce your insurance card and let providers check your cover with it"}
	telmed := &policy.Recipient{ID: "telmed", Name: "the telemedicine centre, family doctors and doctors' networks of our alternative models", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, contract}, Purpose: "to advise you and tell us whether you went to them first, as your model requires"}
	brokers := &policy.Recipient{ID: "brokers", Name: "the brokers and agents who advise you", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, contract}, Purpose: "to advise you and prepare your application; they receive no health data"}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "reinsurers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, contract, claims}, Purpose: "to share large risks of supplementary and accident insurance with us"}
	it := &policy.Recipient{ID: "it", Name: "IT, scanning, printing and call-centre service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, contract, claims, calls, portal, activity}}
	assistance := &policy.Recipient{ID: "assistance", Name: "doctors, hospitals and assistance providers in the country where you fall ill or have an accident", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, claims, health}, Purpose: "to help you and settle the costs of emergency treatment abroad"}
	authorities := &policy.Recipient{ID: "authorities", Name: "debt enforcement offices, courts, prosecuting and social assistance authorities", Role: policy.RoleAuthority, Country: regionCH,
		Conditional: true, Categories: []*policy.Category{master, contract, claims}, Purpose: "the law obliges us or an authority orders us to disclose, or we collect unpaid premiums"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to measure our website and show our advertising on other services"}

	basicPurpose := &policy.Purpose{ID: "basic", Name: "Carrying out basic insurance under the KVG: admitting you, collecting premiums and paying benefits", Categories: []*policy.Category{master, contract, claims, health},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{ch5KVG, ch5ATSG}, Recipients: []*policy.Recipient{providers, sasis, social, it},
		Required: "basic insurance is compulsory for everyone living in Switzerland; you must give us the data the KVG requires and help us establish your claim (ATSG Art. 28), or we may decide on the documents we have"}
	accident := &policy.Purpose{ID: "accident", Name: "Insuring the employees of our business customers against accidents under the UVG and paying its benefits", Categories: []*policy.Category{master, employment, claims, health},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{ch6UVG, ch5ATSG}, Recipients: []*policy.Recipient{employers, providers, social, it},
		Required:  "your employer must report an accident to us, and you must tell us what happened and let us see the medical records we need, or we may reduce or refuse benefits (ATSG Art. 28, 43)",
		Retention: policy.ByCriteria("as long as relapses and late consequences of the accident may still give rise to benefits, which can be decades")}
	invoices := &policy.Purpose{ID: "invoices", Name: "Checking invoices and whether treatments are effective, appropriate and economical", Categories: []*policy.Category{claims, health, contract},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Obligations: []policy.Obligation{{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 32, 42, 56 and 57", Region: regionCH}},
		Automated:     "our systems check most invoices against the tariffs and your cover and settle them without a person, and pay or refuse the amount",
		DecisionAreas: []policy.DecisionArea{policy.DecisionInsurance, policy.DecisionHealthCare}, Recipients: []*policy.Recipient{providers, advisers, it}}
	application := &policy.Purpose{ID: "application", Name: "Assessing your application for supplementary insurance and deciding whether and on what terms to insure you", Categories: []*policy.Category{master, contract, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by writing to us; we may then be unable to insure you or pay benefits",
		HumanDecision: true, Recipients: []*policy.Recipient{brokers, reinsurers, advisers},
		Required: "you must answer the health questions truthfully and completely; if you leave out a significant fact we may terminate the contract and refuse benefits for what it concerns (VVG Art. 4 to 8)"}
	supplementary := &policy.Purpose{ID: "supplementary", Name: "Managing supplementary insurance and paying its benefits", Categories: []*policy.Category{master, contract, claims, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by writing to us; without it we may be unable to assess a claim",
		Recipients: []*policy.Recipient{providers, advisers, reinsurers, it}}
	daily := &policy.Purpose{ID: "daily-allowance", Name: "Running the daily sickness benefits insurance employers take out for their staff", Categories: []*policy.Category{master, employment, claims, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by writing to us; without it we may be unable to pay the daily allowance",
		Recipients: []*policy.Recipient{employers, advisers, social, reinsurers}}
	cases := &policy.Purpose{ID: "case-management", Name: "Case management: helping you back to work after a long illness or a serious accident", Categories: []*policy.Category{master, employment, health, claims},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by telling your case manager; the case management then ends",
		Recipients: []*policy.Recipient{employers, providers, social}}
	models := &policy.Purpose{ID: "models", Name: "Running the family doctor, HMO and telemedicine models", Categories: []*policy.Category{master, contract},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Obligations: []policy.Obligation{{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 41(4) and 62", Region: regionCH}},
		Recipients: []*policy.Recipient{telmed},
		Required:   "if you choose such a model you must go first to your doctor, practice or the telemedicine centre; if you do not, we may refuse to pay or move you to the standard model"}
	cantonal := &policy.Purpose{ID: "cantons", Name: "Working with the cantons on compulsory insurance, premium reductions and unpaid premiums", Categories: []*policy.Category{master, contract},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 6, 64a and 65", Region: regionCH}},
		Recipients: []*policy.Recipient{cantons, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment},
			Automated: policy.AnswerNo}}
	supervision := &policy.Purpose{ID: "supervision", Name: "Reporting to our supervisors, the risk equalisation and statistics", Categories: []*policy.Category{contract, claims},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Health Insurance Supervision Act (KVAG, SR 832.12)", Region: regionCH}, ch5KVG},
		Recipients: []*policy.Recipient{federal}}
	coordination := &policy.Purpose{ID: "coordination", Name: "Coordinating benefits with other social insurers and taking recourse against those liable for an accident or an illness", Categories: []*policy.Category{master, claims, health, employment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Federal Act on the General Part of Social Insurance Law (ATSG, SR 830.1), Art. 32, 63 to 71 and 72", Region: regionCH}},
		Recipients: []*policy.Recipient{social}}
	abroad := &policy.Purpose{ID: "abroad", Name: "Helping you when you need treatment abroad", Categories: []*policy.Category{master, claims, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisPublicTask}, Obligations: []policy.Obligation{ch5KVG}, Recipients: []*policy.Recipient{assistance}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting insurance fraud, abuse and overbilling", Categories: []*policy.Category{master, claims, contract},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisPublicTask}, Obligations: []policy.Obligation{ch5ATSG},
		Interest: "protecting the insured community from the cost of fraud and overbilling", Profiling: true, HumanDecision: true}
	bonus := &policy.Purpose{ID: "helsana-plus", Name: "Running Helsana+: awarding points for your activities and paying them out in cash or in partners' vouchers", Categories: []*policy.Category{activity, master, contract},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by leaving Helsana+ in the app or disconnecting the fitness app, after which we no longer receive your activities",
		Recipients: []*policy.Recipient{it}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you supplementary insurance and other products that suit you", Categories: []*policy.Category{master, contract},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers cover that suits them", OptOut: true, OptOutHow: "in myHelsana or by writing to us",
		Profiling: true, Recipients: []*policy.Recipient{brokers}}
	crossSell := &policy.Purpose{ID: "basic-offers", DirectMarketing: true, Name: "Using your basic insurance data for offers of supplementary insurance", Categories: []*policy.Category{master, contract},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in myHelsana or by writing to us"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter and health tips", Categories: []*policy.Category{master},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Withdraw: "with the unsubscribe link in every newsletter"}
	research := &policy.Purpose{ID: "research", Name: "Analysing billing data for health care research, such as our yearly drug report, and publishing the results without names", Categories: []*policy.Category{claims, health},
		Bases:     []policy.Basis{policy.BasisArchivingResearch},
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "as long as needed to prepare the data for the analysis", Anonymise: true}}
	portalPurpose := &policy.Purpose{ID: "portal", Name: "Running myHelsana and the Helsana app", Categories: []*policy.Category{master, contract, claims, portal},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping our online services secure and working", Recipients: []*policy.Recipient{it},
		Required: "myHelsana is optional; you may send us invoices and changes by post instead"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to our customer service", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping evidence of what was agreed and training our staff", Recipients: []*policy.Recipient{it}}
	web := &policy.Purpose{ID: "web", Name: "Measuring our website and advertising online", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records and establishing and defending legal claims", Categories: []*policy.Category{master, contract, claims},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Interest: "enforcing our rights and defending ourselves in proceedings", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Helsana Versicherungen AG and Helsana Zusatzversicherungen AG", Email: "datenschutz@helsana.example", Address: "Zürichstrasse 130, 8600 Dübendorf, Switzerland"},
			Registration: "companies of the Helsana Group; Helsana Versicherungen AG is a health insurer admitted for basic insurance and supervised by the Federal Office of Public Health, and an approved accident insurer, Helsana Zusatzversicherungen AG an insurer supervised by FINMA",
			Country:      regionCH},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the Helsana Group", Email: "datenschutz@helsana.example", Address: "Postfach, 8081 Zürich, Switzerland"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:       "https://www.helsana.example/privacy",
		Laws:      []policy.Law{policy.FADP},
		Scope:     []string{"the basic, accident and supplementary insurance of Helsana", "helsana.ch", "the myHelsana customer portal and app", "the Helsana+ app"},
		LegalActs: []policy.Obligation{ch5KVG, ch6UVG, ch5ATSG, vvg},
		OtherNotices: []policy.Notice{
			{Covers: "job applicants", URL: "https://www.helsana.example/jobs/privacy"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{master, contract, claims, health, employment, activity, calls, portal, online},
		Storage:     []policy.Storage{{Location: regionCH}},
		Purposes: []*policy.Purpose{basicPurpose, accident, invoices, application, supplementary, daily, cases, models, cantonal, supervision, coordination, abroad, fraud, bonus,
			marketing, crossSell, newsletter, research, portalPurpose, recording, web, records},
		Recipients: []*policy.Recipient{providers, advisers, employers, cantons, federal, social, sasis, telmed, brokers, reinsurers, it, assistance, authorities, adtech},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: assistance, Categories: []*policy.Category{master, claims, health}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionEU, Recipient: reinsurers, Categories: []*policy.Category{master, contract, claims}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionEU, Recipient: it, Categories: []*policy.Category{master, contract, calls, portal, activity}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, LegalHold: true},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{activity}, Kept: []policy.KeptReason{policy.KeptLegalObligation},
				Note: "When you leave Helsana+ we delete your activities and keep only the record of the payouts you received."},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for myHelsana and the premium calculator", Party: policy.PartyFirst, Purpose: portalPurpose, Categories: []*policy.Category{portal},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: web, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   ch4Rights("in myHelsana or by writing to our data protection officer with a copy of your identity document", "by asking us to have a person review the settlement of an invoice and telling us your view"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureLeastPrivilege, Description: "Only our medical advisers and the staff who handle a case see medical details."},
			{Kind: policy.MeasureCertification, Description: "Hospitals send their invoices with diagnoses to our data acceptance office, certified as the Ordinance on Health Insurance (KVV, Art. 59a) requires, which passes on only what an invoice check needs."},
			{Kind: policy.MeasureStaffTraining, Description: "Our staff are bound by the secrecy of the social insurance law."}},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Children:   policy.Children{ParentRequests: "by writing to us as the child's legal representative, until the child can judge the matter itself"},
		Links:      policy.Links{CookieSettings: "https://www.helsana.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Helsana, Data Protection", Email: "datenschutz@helsana.example", Address: "Postfach, 8081 Zürich, Switzerland"},
	}
	return realPolicy{"health and accident insurer (Helsana)", p, []statement{
		{says: "Helsana Versicherungen AG for basic and accident insurance, supervised by the Federal Office of Public Health, and Helsana Zusatzversicherungen AG for supplementary insurance, supervised by FINMA, both in Dübendorf, are responsible", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Name, "Helsana Zusatzversicherungen AG") &&
				strings.Contains(p.Controller.Registration, "Federal Office of Public Health") && strings.Contains(p.Controller.Registration, "FINMA")
		}},
		{says: "the statement covers our insurance, helsana.ch, myHelsana and the Helsana+ app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 && p.URL != "" }},
		{says: "we follow the Swiss FADP, in social insurance the KVG, the UVG and the ATSG, and in supplementary insurance the VVG", typed: func(p *policy.Policy) bool {
			return p.Subject(policy.FADP) && len(p.Laws) == 1 && len(p.LegalActs) == 4
		}},
		{says: "our data protection officer answers questions and requests", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "job applicants have a statement of their own", typed: func(p *policy.Policy) bool { return p.OtherNotices[0].URL != "" }},
		{says: "we process your name, contact details, date of birth, sex, civil status, nationality, residence permit and insured number, and the AHV number the law lets us use", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Category("master").Items, func(s string) bool { return strings.Contains(s, "AHV number") })
		}},
		{says: "whoever insures family members with us must be entitled to give their data and tell them of this statement", typed: func(p *policy.Policy) bool {
			return othersGive(p, "master") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "parents act for their children until the children can judge the matter themselves", typed: func(p *policy.Policy) bool { return p.Children.ParentRequests != "" }},
		{says: "the canton tells us who must be insured and the premium reduction it grants you", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("master").SourceDetail, "canton") && strings.Contains(p.Category("contract").SourceDetail, "premium reduction")
		}},
		{says: "in basic insurance we carry out a task the KVG gives us and process only what it allows", typed: func(p *policy.Policy) bool {
			return p.Purpose("basic").RestsOn(policy.BasisPublicTask, policy.FADP) && p.Purpose("basic").Obligations[0] == ch5KVG
		}},
		{says: "basic insurance is compulsory; you must give us the data the law requires and help establish your claim, or we decide on the documents we have", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("basic").Required, "ATSG Art. 28")
		}},
		{says: "we insure the employees of our business customers against accidents under the UVG, and the employer reports an accident to us", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("accident")
			return pu.RestsOn(policy.BasisPublicTask, policy.FADP) && pu.Obligations[0] == ch6UVG && strings.Contains(p.Category("health").SourceDetail, "employer")
		}},
		{says: "we keep accident files as long as relapses and late consequences may still give rise to benefits", typed: func(p *policy.Policy) bool {
			return p.Purpose("accident").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "doctors, hospitals and pharmacies send us their invoices, many of them directly, with the diagnoses and treatments", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("claims").SourceDetail, "bill us directly") && p.Category("health").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "hospitals send invoices with diagnoses to our certified data acceptance office, which passes on only what the check needs", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Kind == policy.MeasureCertification && strings.Contains(m.Description, "Art. 59a")
			})
		}},
		{says: "our medical advisers judge medical questions independently and tell our staff only what they need", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "advisers").Categories, p.Category("health")) && strings.Contains(recipient(p, "advisers").Purpose, "Art. 57")
		}},
		{says: "we check that treatments are effective, appropriate and economical, as the KVG requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoices").RestsOn(policy.BasisPublicTask, policy.FADP) && p.Purpose("invoices").Uses(p.Category("health"))
		}},
		{says: "our systems settle most invoices automatically, and you may ask for a person to review a settlement and give your view", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoices").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision) && slices.Contains(p.Purpose("invoices").DecisionAreas, policy.DecisionInsurance)
		}},
		{says: "only our medical advisers and the staff who handle a case see medical details", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureLeastPrivilege) }},
		{says: "the secrecy of social insurance law binds our staff", typed: func(p *policy.Policy) bool {
			return p.Category("health").Secrecy.Kind == policy.SecrecyInsurance && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we never use health data for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse) && !p.Purpose("marketing").Uses(p.Category("health"))
		}},
		{says: "for supplementary insurance you answer health questions and consent in writing to our processing them", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("application")
			return pu.HasBasis(policy.BasisExplicitConsent) && pu.ConsentMethod == policy.ConsentMethodWritten && pu.Uses(p.Category("health"))
		}},
		{says: "if you leave out a significant fact we may terminate the supplementary insurance and refuse benefits", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("application").Required, "VVG Art. 4 to 8")
		}},
		{says: "a person decides whether and on what terms we accept you for supplementary insurance, and may make reservations", typed: func(p *policy.Policy) bool {
			return p.Purpose("application").HumanDecision && slices.Contains(p.Category("contract").Items, "reservations on your supplementary cover")
		}},
		{says: "employers insure their staff with us for accidents and loss of earnings and tell us salaries, employment and absences", typed: func(p *policy.Policy) bool {
			return p.Category("employment").Sources[0] == policy.SourceThirdParty && p.Purpose("daily-allowance").Uses(p.Category("employment"))
		}},
		{says: "the employer learns whether and how long you cannot work, never the diagnosis", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "employers").Purpose, "never the diagnosis") && !slices.Contains(recipient(p, "employers").Categories, p.Category("health"))
		}},
		{says: "with your consent a case manager helps you back to work, together with your doctors, your employer and the disability insurance", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("case-management")
			return pu.RestsOnConsent() && slices.Contains(pu.Recipients, recipient(p, "employers")) && slices.Contains(pu.Recipients, recipient(p, "social"))
		}},
		{says: "in the family doctor, HMO and telemedicine models you must go to them first, and they tell us whether you did", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("models").Required, "go first") && recipient(p, "telmed").Purpose != ""
		}},
		{says: "SASIS produces your insurance card, with which providers check your cover", typed: func(p *policy.Policy) bool {
			return recipient(p, "sasis").Role == policy.RoleProcessor && slices.Contains(p.Purpose("basic").Recipients, recipient(p, "sasis"))
		}},
		{says: "the cantons receive data to check compulsory insurance, to grant premium reductions and on insured persons who do not pay, whose benefits some of them have suspended", typed: func(p *policy.Policy) bool {
			s := p.Purpose("cantons").Suspension
			return p.Purpose("cantons").RestsOn(policy.BasisLegalObligation, policy.FADP) && slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment)
		}},
		{says: "unpaid premiums go to debt enforcement", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && strings.Contains(recipient(p, "authorities").Name, "debt enforcement")
		}},
		{says: "we report to the Federal Office of Public Health and FINMA and give data for the risk equalisation and statistics", typed: func(p *policy.Policy) bool {
			return p.Purpose("supervision").RestsOn(policy.BasisLegalObligation, policy.FADP) && recipient(p, "federal").Role == policy.RoleAuthority
		}},
		{says: "we coordinate benefits with other social insurers and take recourse against those liable", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("coordination").Obligations) == 1 && recipient(p, "social").Role == policy.RoleThirdParty
		}},
		{says: "when you need treatment abroad, doctors and assistance providers there receive what they need", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Recipient == recipient(p, "assistance")
		}},
		{says: "reinsurers in Europe share large risks with us", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Destination == regionEU && p.Transfers[1].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "our systems look for fraud and overbilling, and a person decides on what they flag", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Profiling && p.Purpose("fraud").HumanDecision
		}},
		{says: "with your consent Helsana+ awards points for the activities you record or a connected fitness app sends", typed: func(p *policy.Policy) bool {
			return p.Purpose("helsana-plus").RestsOnConsent() && slices.Contains(p.Category("activity").Sources, policy.SourceAutomatic) && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "when you leave Helsana+ we delete your activities and keep only the record of payouts", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventConsentWithdrawal && p.Deletion[1].Categories[0] == p.Category("activity")
		}},
		{says: "we offer you supplementary insurance from your supplementary data unless you object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && !pu.Uses(p.Category("claims"))
		}},
		{says: "we use basic insurance data for offers of supplementary insurance only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("basic-offers").RestsOnConsent() && p.Purpose("basic-offers").DirectMarketing
		}},
		{says: "brokers receive what they need to advise you, never health data", typed: func(p *policy.Policy) bool {
			return !slices.Contains(recipient(p, "brokers").Categories, p.Category("health"))
		}},
		{says: "we send our newsletter only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && len(p.Purpose("newsletter").ConsentRequiredBy) == 1
		}},
		{says: "we analyse anonymised billing data for health care research, such as our yearly drug report, and publish results that identify no one", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").RestsOn(policy.BasisArchivingResearch, policy.FADP) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "in myHelsana you see your documents and upload invoices, but you may use the post instead", typed: func(p *policy.Policy) bool {
			return p.Purpose("portal").Uses(p.Category("portal")) && strings.Contains(p.Purpose("portal").Required, "by post")
		}},
		{says: "we record calls to our customer service after telling you", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "analytics and marketing cookies are set only with your consent, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we keep data in Switzerland, and IT, scanning and call-centre providers, some in the EU, process data for us", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionCH && recipient(p, "it").Role == policy.RoleProcessor && p.Transfers[2].Destination == regionEU
		}},
		{says: "analytics providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "authorities receive data only where the law obliges us or a Swiss authority orders it", typed: func(p *policy.Policy) bool {
			return slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "we keep data for the term of the insurance and ten years after, longer while a case or a dispute is pending", typed: func(p *policy.Policy) bool {
			r := p.Category("claims").Retention
			return r.Period == policy.Years(10) && r.From == policy.EventContractEnd && p.Deletion[0].LegalHold
		}},
		{says: "you may ask for access, correction, deletion and a copy of your data, object, withdraw consent and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) &&
				hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "where the law requires us to keep data, as in basic insurance, we cannot delete it on request", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && p.Purpose("cantons").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "a request needs a copy of your identity document or is made in myHelsana, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "websites we link to, social networks and the fitness apps you connect have their own rules", typed: func(p *policy.Policy) bool { return len(p.External) == 3 }},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "in basic and accident insurance we act as a federal body under the FADP, whose rules for federal bodies then apply", free: toIntroduction},
		{says: "you may ask your doctor or hospital to send medical details only to our medical advisers", free: toCategory("health")},
		{says: "we never use your Helsana+ data to decide whether or on what terms to insure you", free: toCategory("activity")},
		{says: "only holders of supplementary insurance may take their points in cash, as the KVG allows no rebates on basic insurance", free: toPurpose("helsana-plus")},
	}}
}

// realPolicyCh6Manor paraphrases, in our own words and as we recall it,
// the privacy statement of Manor AG in Basel, the department store chain
// of the Maus Frères group, as revised for the revised FADP in 2023 and
// published in 2024-2025, for its department stores, the Manor Food
// supermarkets and the Manora restaurants, the manor.ch online shop with
// the articles partner sellers offer there, the Manor app and the
// MyManor customer programme: MyManor members show their digital card
// when they pay and receive offers and coupons chosen from their
// purchases, which they can refuse; the online shop delivers to an
// address the customer gives, which may be someone else's, or to a store
// for collection, lets a partner decide after a credit check whether a
// customer may pay by invoice, and sells wine and spirits only to
// customers old enough; customers of the shop receive emails about
// similar articles unless they refuse; stores are watched by video. The
// Manor credit card is issued by a bank under its own privacy statement.
// The statement follows the FADP. Addresses, the web addresses and the
// e-mail address are illustrative.
func realPolicyCh6Manor() realPolicy {
	master := &policy.Category{ID: "master", Name: "Customer data", Items: []string{"salutation, first name and surname", "postal address", "email address and phone number", "date of birth", "language", "your customer and MyManor numbers", "your password and the addresses you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "MyManor purchase data", Items: []string{"the articles bought, with quantity and price", "the store, restaurant or online shop, date and time", "the coupons and member benefits used", "your digital receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a MyManor member and the analyses need it, and as long as the law requires business records to be kept")}
	profile := &policy.Category{ID: "profile", Name: "Preferences and customer segments", Items: []string{"the departments, brands and sizes you prefer", "the customer segment your purchases place you in", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, master}, Linked: true,
		Retention: policy.Until(policy.EventAccountClosure)}
	orders := &policy.Category{ID: "orders", Name: "Online orders", Items: []string{"the articles ordered and their seller", "the delivery address or the store where you collect the order", "order history, returns and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy(ch3Records)}
	recipients := &policy.Category{ID: "recipients", Name: "Data of the people you send orders to", Items: []string{"the name and address of the person you have an order delivered to", "the message you add to a gift"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Retention: policy.AsRequiredBy(ch3Records)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"the means of payment chosen", "a token that stands for your card", "the payment status", "the decision whether you may pay by invoice"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers and the partner that offers purchase on invoice", Linked: true,
		Retention: policy.AsRequiredBy(ch3Records)}
	app := &policy.Category{ID: "app", Name: "App data", Items: []string{"your device's location, to show stores near you", "a token to send you push notifications"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventConsentWithdrawal)}
	contests := &policy.Category{ID: "contests", Name: "Competition entries", Items: []string{"your name and contact details", "your answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the winners are drawn and the prizes delivered")}
	contacts := &policy.Category{ID: "contacts", Name: "Communication with our customer service", Items: []string{"what you write or tell us", "your contact details and order numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and to show what was said")}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images from cameras in our stores, at their entrances and in our car parks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.ByCriteria("a few days, unless a recording is needed to investigate an incident")}
	online := &policy.Category{ID: "online", Name: "Technical and usage data", Items: []string{"IP address", "device, browser and app version", "pages and articles viewed, searches and the basket", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show")}

	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, online shop, printing, marketing and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, purchases, profile, orders, online, contacts}}
	carriers := &policy.Recipient{ID: "carriers", Name: "Swiss Post and the other carriers that deliver our parcels", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, orders, recipients}, Purpose: "to deliver your parcels and tell you or the recipient when they will arrive"}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers such as card acquirers, TWINT and PayPal", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{payment}, Purpose: "to carry out your payments"}
	invoice := &policy.Recipient{ID: "invoice", Name: "the partner that offers purchase on invoice", Role: policy.RoleThirdParty, Country: regionCH, OwnPolicy: true,
		Categories: []*policy.Category{master, orders, payment}, Purpose: "to check your creditworthiness, decide whether you may pay by invoice, and collect the invoice"}
	sellers := &policy.Recipient{ID: "sellers", Name: "the partner sellers whose articles we offer on manor.ch", Role: policy.RoleThirdParty, Country: regionCH, OwnPolicy: true,
		Categories: []*policy.Category{master, orders, recipients}, Purpose: "to deliver the articles you buy from them and handle their returns and warranty"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police and prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{master, orders, video}, Purpose: "the law obliges us or an authority orders us to hand over data, or we report an offence in one of our stores"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to measure our website and app and show our advertising on other services"}

	stores := &policy.Purpose{ID: "stores", Name: "Selling in our department stores, Manor Food supermarkets and Manora restaurants", Categories: []*policy.Category{payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument}}
	myManor := &policy.Purpose{ID: "mymanor", Name: "Running MyManor: recording your purchases, giving you member benefits and digital receipts", Categories: []*policy.Category{master, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "MyManor is free and voluntary; without your name, email address and date of birth we cannot register you"}
	personal := &policy.Purpose{ID: "personalised", DirectMarketing: true, Name: "Choosing offers, coupons and advertising for you from your purchases and your use of our website and app",
		Categories: []*policy.Category{master, purchases, profile, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering you what is likely to interest you and sparing you what is not", Profiling: true, OptOut: true, OptOutHow: "in your customer account or by writing to us",
		Recipients: []*policy.Recipient{providers}}
	shop := &policy.Purpose{ID: "shop", Name: "Selling and delivering what you order on manor.ch, or having it ready for collection in a store", Categories: []*policy.Category{master, orders, recipients, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, carriers, psp, sellers},
		Required:  "an order needs your name, a delivery address and a means of payment, without which we cannot deliver it; you may order as a guest without an account",
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument}}
	invoicing := &policy.Purpose{ID: "invoice", Name: "Offering purchase on invoice through our partner", Categories: []*policy.Category{master, orders, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{invoice},
		Required: "if the partner does not accept you, you may still pay by card, TWINT or PayPal"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud in the online shop", Categories: []*policy.Category{master, orders, payment, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting us and our customers from orders placed with stolen identities or cards",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerNo, Contest: "by calling our customer service"}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending the Manor newsletters", Categories: []*policy.Category{master, profile},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Withdraw: "with the unsubscribe link in every newsletter"}
	similar := &policy.Purpose{ID: "similar", DirectMarketing: true, Name: "Emailing customers of the online shop about articles like those they bought", Categories: []*policy.Category{master, orders},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our customers informed of articles like those they chose", OptOut: true,
		OptOutHow: "when you order, or with the link in every such email", ConsentExemptBy: []policy.Obligation{ch2UWG}, Recipients: []*policy.Recipient{providers}}
	post := &policy.Purpose{ID: "post", DirectMarketing: true, Name: "Sending you our catalogues and advertising by post", Categories: []*policy.Category{master, profile},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our customers of our ranges and events", OptOut: true, OptOutHow: "by writing to us",
		Recipients: []*policy.Recipient{providers}}
	appPurpose := &policy.Purpose{ID: "app", Name: "Showing you stores near you and sending push notifications in the Manor app", Categories: []*policy.Category{app},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings"}
	contest := &policy.Purpose{ID: "contests", Name: "Running competitions and drawing their winners", Categories: []*policy.Category{contests},
		Bases: []policy.Basis{policy.BasisContract}, Required: "we cannot enter you or send you a prize without your name and contact details"}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and returns", Categories: []*policy.Category{contacts, master, orders},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "answering our customers and improving our service", Recipients: []*policy.Recipient{providers, sellers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting customers, staff and goods in our stores with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing and investigating theft, damage and violence",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Recipients: []*policy.Recipient{authorities}}
	develop := &policy.Purpose{ID: "development", Name: "Developing our ranges, stores and online shop and doing market research", Categories: []*policy.Category{purchases, orders, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving our ranges and stores from analyses of purchases that we anonymise where we can"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring our website and app and advertising on other services", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping business records and complying with the law and the orders of the authorities", Categories: []*policy.Category{master, orders, payment, purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Interest: "complying with the law and keeping evidence",
		Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Manor AG", Email: "datenschutz@manor.example", Address: "Rebgasse 34, 4058 Basel, Switzerland"},
			Registration: "a company of the Maus Frères group", Country: regionCH},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.manor.example/privacy",
		Laws:  []policy.Law{policy.FADP},
		Scope: []string{"Manor's department stores, Manor Food supermarkets and Manora restaurants", "the manor.ch online shop", "the Manor app", "MyManor"},
		OtherNotices: []policy.Notice{
			{Covers: "the Manor credit card, whose issuing bank is responsible for it"},
			{Covers: "job applicants", URL: "https://www.manor.example/jobs/privacy"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{master, purchases, profile, orders, recipients, payment, app, contests, contacts, video, online},
		NotCollected: []policy.Exclusion{
			{ID: "payment.card_number", Name: "your full card number", Category: payment, Note: "The payment service provider keeps it and gives us a token."},
		},
		Purposes:   []*policy.Purpose{stores, myManor, personal, shop, invoicing, fraud, newsletter, similar, post, appPurpose, contest, service, security, develop, analytics, legal},
		Recipients: []*policy.Recipient{providers, carriers, psp, invoice, sellers, authorities, adtech},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{master, purchases, profile, orders, online, contacts}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{purchases, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptFor: policy.Years(10),
			Note: "When you leave MyManor we delete or anonymise your purchase data and the segments drawn from it."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for log-in, the basket and your cookie choices", Party: policy.PartyFirst, Purpose: shop, Categories: []*policy.Category{orders},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "analytics and marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adtech, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               ch4Rights("by writing to us with a copy of an identity document", ""),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasurePseudonymisation, Description: "We analyse purchases under the MyManor number, without your name, wherever we can."}},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Links:      policy.Links{CookieSettings: "https://www.manor.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Manor AG, Data Protection", Email: "datenschutz@manor.example", Address: "Rebgasse 34, 4058 Basel, Switzerland"},
	}
	return realPolicy{"department store and online shop (Manor)", p, []statement{
		{says: "Manor AG in Basel, a company of the Maus Frères group, is responsible for the processing this statement describes", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Registration, "Maus Frères")
		}},
		{says: "the statement covers our department stores, Manor Food, the Manora restaurants, manor.ch, the Manor app and MyManor", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "we follow the Swiss FADP", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && len(p.Laws) == 1 }},
		{says: "the Manor credit card is the issuing bank's responsibility, and job applicants have a statement of their own", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "websites we link to and social networks we are present on follow their own privacy policies", typed: func(p *policy.Policy) bool { return len(p.External) == 2 }},
		{says: "for your customer account and MyManor we process your name, address, email, phone number, date of birth and language", typed: func(p *policy.Policy) bool {
			return p.Purpose("mymanor").Uses(p.Category("master")) && slices.Contains(p.Category("master").Items, "date of birth")
		}},
		{says: "MyManor is free and voluntary, but we cannot register you without your name, email address and date of birth", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("mymanor").Required, "voluntary")
		}},
		{says: "when you show your MyManor card we record what you buy, where and when, and the coupons you use, and keep your digital receipts", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("purchases").Items, "your digital receipts")
		}},
		{says: "from your purchases and your use of our website and app we infer your preferences and place you in customer segments", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return slices.Contains(c.Sources, policy.SourceDerived) && c.DerivedFrom[0] == p.Category("purchases")
		}},
		{says: "we use them to choose offers, coupons and advertising for you, in our legitimate interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalised")
			return pu.Profiling && pu.DirectMarketing && pu.RestsOn(policy.BasisLegitimateInterests, policy.FADP) && pu.Interest != ""
		}},
		{says: "you can refuse personalised offers in your customer account and remain a member", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalised").OptOut && strings.Contains(p.Purpose("personalised").OptOutHow, "customer account")
		}},
		{says: "we analyse purchases under the MyManor number rather than your name where we can", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "an online order needs your name, a delivery address and a means of payment; you may order as a guest", typed: func(p *policy.Policy) bool {
			return p.Purpose("shop").HasBasis(policy.BasisContract) && strings.Contains(p.Purpose("shop").Required, "as a guest")
		}},
		{says: "you may have an order delivered to someone else, whose name and address you must be entitled to give us", typed: func(p *policy.Policy) bool {
			return othersGive(p, "recipients") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "you may collect an order in a store", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "the delivery address or the store where you collect the order")
		}},
		{says: "Swiss Post and other carriers receive the recipient's name and address to deliver parcels", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "carriers").Categories, p.Category("recipients")) && recipient(p, "carriers").Role == policy.RoleThirdParty
		}},
		{says: "partner sellers offer articles on manor.ch and receive what they need to deliver them, under their own privacy statements", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").OwnPolicy && slices.Contains(p.Purpose("shop").Recipients, recipient(p, "sellers"))
		}},
		{says: "we sell wine and spirits online only to customers old enough, who give their date of birth and show an identity document on delivery", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("shop").AgeChecks, []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument})
		}},
		{says: "in our stores staff may ask for an identity document before selling alcohol or tobacco", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("stores").AgeChecks, []policy.AgeCheck{policy.AgeCheckDocument})
		}},
		{says: "payment service providers carry out payments, and we never see your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp").OwnPolicy && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "for purchase on invoice a partner checks your creditworthiness and decides under its own statement whether to accept you", typed: func(p *policy.Policy) bool {
			return recipient(p, "invoice").OwnPolicy && strings.Contains(recipient(p, "invoice").Purpose, "creditworthiness")
		}},
		{says: "if the partner refuses you may pay by other means", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("invoice").Required, "may still pay") }},
		{says: "we may cancel orders we suspect of fraud; a person decides, and you can call us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Automated == policy.AnswerNo && s.Contestable()
		}},
		{says: "we send newsletters only with your consent, confirmed by email, which you can withdraw with the link in each", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("newsletter")
			return pu.ConsentMethod == policy.ConsentMethodDoubleOptIn && pu.Withdraw != "" && len(pu.ConsentRequiredBy) == 1
		}},
		{says: "customers of the online shop receive emails about similar articles unless they refuse, when ordering or in each email", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("similar")
			return len(pu.ConsentExemptBy) == 1 && pu.OptOut && strings.Contains(pu.OptOutHow, "when you order")
		}},
		{says: "we send catalogues and advertising by post unless you ask us not to", typed: func(p *policy.Policy) bool {
			return p.Purpose("post").OptOut && p.Purpose("post").DirectMarketing
		}},
		{says: "the Manor app shows stores near you and sends push notifications only if you allow it on your phone", typed: func(p *policy.Policy) bool {
			return p.Category("app").DevicePermission && p.Purpose("app").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we need your name and contact details to enter you in a competition and send you a prize", typed: func(p *policy.Policy) bool {
			return p.Purpose("contests").Required != "" && p.Category("contests").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "our customer service answers your questions, complaints and returns, with partner sellers where their articles are concerned", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("contacts")) && slices.Contains(p.Purpose("service").Recipients, recipient(p, "sellers"))
		}},
		{says: "our stores are under video surveillance, which signs announce, and recordings are kept a few days unless an incident needs them", typed: func(p *policy.Policy) bool {
			return p.Category("video").RecordingNotice && p.Category("video").Retention.Kind == policy.RetentionCriteria &&
				slices.Contains(p.Purpose("security").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "we report offences in our stores to the police", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "authorities").Categories, p.Category("video")) && recipient(p, "authorities").Conditional
		}},
		{says: "we use purchase data, anonymised where we can, to develop our ranges and stores and for market research", typed: func(p *policy.Policy) bool {
			return p.Purpose("development").Uses(p.Category("purchases")) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "analytics and marketing cookies and pixels are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "IT, online shop, printing and marketing providers process data for us, some of them in the EU, which Switzerland recognises as adequate", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[0].Destination == regionEU && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "analytics and advertising providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep business records for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "when you leave MyManor we delete or anonymise your purchase data, keeping only what the law requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.KeptFor == policy.Years(10)
		}},
		{says: "we hand over data to authorities only when the law obliges us or they order it", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "if we sell or reorganise a business, the data that goes with it may pass to the buyer", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may ask for access to your data, have it corrected or deleted, receive it in a portable form and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent at any time and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request must come with a copy of an identity document, or from your customer account, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with access controls, encryption and trained staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "we do not infer your health or other sensitive matters from what you buy", free: toCategory("profile")},
	}}
}

// ch6RTVG is the Federal Act on Radio and Television, whose Art. 24 gives
// SRG SSR its programme mandate.
var ch6RTVG = policy.Obligation{Act: "the Federal Act on Radio and Television (RTVG, SR 784.40), Art. 23 to 25, and the licence the Federal Council granted SRG SSR", Region: regionCH}

// realPolicyCh6SRG paraphrases, in our own words and as we recall it, the
// privacy statement of SRG SSR (the Swiss Broadcasting Corporation) in
// Bern, as revised for the revised FADP in 2023 and published in
// 2024-2025, for the radio and television programmes and the websites and
// apps of its units SRF, RTS, RSI, RTR and SWI swissinfo.ch, among them
// Play SRF and Play Suisse, and for the SRG SSR account with which users
// sign in to them: SRG SSR is an association under Swiss law and its
// units are not companies of their own; it carries out the programme
// mandate of the Radio and Television Act; its newsrooms research and
// report on people under the media privilege; it must record its
// programmes and keep them, and archives them as part of the country's
// audiovisual heritage; some programmes may be shown only in
// Switzerland, which it checks from the IP address; comments appear
// under the user's name and are moderated; viewers send photos and
// videos to its newsrooms; online audiences are measured, with consent,
// with the Swiss audience research body. The radio and television fee is
// collected by Serafe AG for the Confederation, and SRG SSR does not
// receive its data. The statement follows the FADP and, for users in the
// EU, the GDPR. Addresses, the web addresses and the e-mail address are
// illustrative.
func realPolicyCh6SRG() realPolicy {
	account := &policy.Category{ID: "account", Name: "SRG SSR account data", Items: []string{"email address and password", "first name and surname", "year of birth, gender and postcode, if you give them", "language and the newsletters you chose"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	usage := &policy.Category{ID: "usage", Name: "What you watch, listen to and read", Items: []string{"the programmes you play, and where you stopped", "the articles you read and your searches", "your favourites and the programmes you follow"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("while you keep your account, or, without one, as long as the identifier in your browser or app lasts")}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address and the country it points to", "device, operating system, browser and app version", "the time and duration of your visits"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a few weeks in our server logs, unless an attack on our services needs to be investigated")}
	comments := &policy.Category{ID: "comments", Name: "Comments", Items: []string{"your comments and replies", "the user name shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the article or programme they belong to is online, unless you or we delete them sooner")}
	contributions := &policy.Category{ID: "contributions", Name: "Contributions you send our newsrooms", Items: []string{"photos, videos, audio and texts you send us, such as weather photos", "your name and contact details, and the name you want shown"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.ByCriteria("as long as we may use the contribution; what was broadcast or published passes to our archives")}
	participation := &policy.Category{ID: "participation", Name: "Participation in programmes, competitions and votes", Items: []string{"your name, address, date of birth and contact details", "your answers and votes, and the phone number you vote from", "for candidates and studio audiences, your image and voice"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the competition or vote is settled; programmes in which you appear pass to our archives")}
	reporting := &policy.Category{ID: "reporting", Name: "Data of people we report on", Items: []string{"the names, images, voices and statements of the people in our reports", "what our research finds out about them", "the data of the sources who inform us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourcePublic},
		SourceDetail: "our sources, news agencies, authorities and other media", Linked: true,
		Retention: policy.ByCriteria("as long as the research needs it; reports broadcast or published pass to our archives")}
	service := &policy.Category{ID: "service", Name: "Enquiries and feedback", Items: []string{"what you write or tell our audience services", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and to show what was said")}
	online := &policy.Category{ID: "online", Name: "Cookie and measurement data", Items: []string{"cookie and device identifiers", "the pages and programmes you use, with their time and duration", "the campaigns that brought you to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie needs it, as the cookie settings show")}

	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, streaming, newsletter and audience service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, device, comments, service}}
	mediapulse := &policy.Recipient{ID: "mediapulse", Name: "Mediapulse AG, the Swiss audience research body under the RTVG, and its technical partners", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{online}, Purpose: "to measure, without names, how many people use Swiss radio, television and online programmes"}
	meta := &policy.Recipient{ID: "meta", Name: "Meta Platforms Ireland Ltd", Role: policy.RoleJointController, Country: language.MustParseRegion("IE"),
		Categories: []*policy.Category{online}, Purpose: "to give us statistics on the visitors to our pages on Facebook and Instagram",
		Arrangement: "Meta has agreed with the operators of pages to take the main responsibility for the statistics on their visitors, to inform them and to answer their requests; you may write to Meta or to us."}
	embeds := &policy.Recipient{ID: "embeds", Name: "the social networks and video platforms whose content we embed, such as YouTube, Instagram and X", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{online}, Purpose: "to show you their content in our articles once you allow it"}
	adtech := &policy.Recipient{ID: "adtech", Name: "online advertising providers such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show our advertising for our programmes on other services and measure its effect"}
	televoting := &policy.Recipient{ID: "televoting", Name: "the providers that run televoting and competition lines", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{participation}}
	sponsors := &policy.Recipient{ID: "sponsors", Name: "the partners who give the prizes", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{participation}, Purpose: "to send the winners their prizes"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts and prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{account, device, comments}, Purpose: "the law obliges us or a court orders us to disclose data, or we report a criminal comment"}

	programmes := &policy.Purpose{ID: "programmes", Name: "Providing our radio, television and online programmes, live and on demand", Categories: []*policy.Category{device, usage},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{ch6RTVG},
		Interest: "bringing our programmes to the public, as our mandate requires", Recipients: []*policy.Recipient{providers}}
	geo := &policy.Purpose{ID: "geoblocking", Name: "Checking from your IP address whether you are in Switzerland, where the rights we acquire for a programme allow us to show it only there", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping to the territorial limits of the rights we acquire",
		Required: "outside Switzerland some programmes cannot be played"}
	accountPurpose := &policy.Purpose{ID: "account", Name: "Running your SRG SSR account and signing you in to our services", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "most of our programmes need no account; Play Suisse, comments, competitions and newsletters need one, with an email address and a password"}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Recommending programmes and articles from what you have watched, listened to and read", Categories: []*policy.Category{account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping you find programmes of interest to you in our large offering", Profiling: true,
		OptOut: true, OptOutHow: "in the settings of your account or app"}
	commentPurpose := &policy.Purpose{ID: "comments", Name: "Publishing and moderating comments", Categories: []*policy.Category{account, comments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, authorities},
		Required: "to comment you need an account and accept our rules for comments; your comment appears under the user name you choose",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent}, Automated: policy.AnswerNo,
			Contest: "by writing to the community team of the newsroom concerned"}}
	contribute := &policy.Purpose{ID: "contributions", Name: "Receiving and publishing the photos, videos and stories you send our newsrooms", Categories: []*policy.Category{contributions},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ImageConsent: true,
		Withdraw: "by writing to the newsroom; what has already been broadcast stays in our archives",
		Required: "you send us a contribution only if you wish, and must hold the rights to it and the consent of the people it shows"}
	participate := &policy.Purpose{ID: "participation", Name: "Running competitions, votes and castings, and recording programmes with candidates and a studio audience", Categories: []*policy.Category{participation},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{televoting, sponsors}, ImageConsent: true,
		Required: "we cannot enter you, count your vote or let you take part without the details the conditions of participation ask for"}
	journalism := &policy.Purpose{ID: "journalism", Name: "Researching, producing and publishing our journalistic reports", Categories: []*policy.Category{reporting},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{ch6RTVG},
		Interest: "informing the public, which may outweigh the privacy of the people we report on", Journalism: true}
	archive := &policy.Purpose{ID: "archive", Name: "Recording our programmes and keeping them in our archives", Categories: []*policy.Category{reporting, contributions, participation},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "the Federal Act on Radio and Television (RTVG, SR 784.40), Art. 20 and 21", Region: regionCH}},
		Interest:    "preserving our programmes as part of Switzerland's audiovisual heritage and using them again",
		Retention: policy.Retention{Kind: policy.RetentionIndefinite,
			Note: "We keep every programme at least four months, as the RTVG requires, and what we archive without end, as part of Switzerland's audiovisual heritage."}}
	servicePurpose := &policy.Purpose{ID: "service", Name: "Answering your enquiries, feedback and complaints", Categories: []*policy.Category{service, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering our audience and learning from its feedback", Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", Name: "Sending the newsletters you choose", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, Withdraw: "with the unsubscribe link in every newsletter or in your account",
		Recipients: []*policy.Recipient{providers}}
	measurement := &policy.Purpose{ID: "measurement", Name: "Measuring the use of our online programmes, ourselves and with Mediapulse", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{mediapulse, providers}}
	promotion := &policy.Purpose{ID: "promotion", DirectMarketing: true, Name: "Advertising our programmes on other services", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	embedPurpose := &policy.Purpose{ID: "embeds", Name: "Showing content of social networks and video platforms in our articles", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{embeds}}
	pages := &policy.Purpose{ID: "social", Name: "Running our pages on social networks", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "reaching people where they are and learning what interests them", Recipients: []*policy.Recipient{meta}}
	security := &policy.Purpose{ID: "security", Name: "Operating and protecting our services and pursuing misuse", Categories: []*policy.Category{device, account, comments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our services available and secure and stopping attacks and misuse", Recipients: []*policy.Recipient{providers, authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "SRG SSR", Email: "datenschutz@srgssr.example", Address: "Giacomettistrasse 1, 3000 Bern 31, Switzerland"},
			Registration: "the Swiss Broadcasting Corporation, an association under Swiss law; SRF, RTS, RSI, RTR and SWI swissinfo.ch are its units", Country: regionCH},
		DPO:     &policy.Contact{Name: "Data Protection Advisor of SRG SSR", Email: "datenschutz@srgssr.example", Address: "Giacomettistrasse 1, 3000 Bern 31, Switzerland"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.srgssr.example/privacy",
		Laws:  []policy.Law{policy.FADP, policy.GDPR},
		Scope: []string{"the radio and television programmes of SRF, RTS, RSI and RTR", "the websites and apps of SRG SSR and its units, such as Play SRF, Play Suisse and swissinfo.ch", "the SRG SSR account"},
		OtherNotices: []policy.Notice{
			{Covers: "job applicants", URL: "https://www.srgssr.example/jobs/privacy"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, usage, device, comments, contributions, participation, reporting, service, online},
		NotCollected: []policy.Exclusion{
			{ID: "fee", Name: "data on the radio and television fee", Note: "Serafe AG collects the fee for the Confederation; we receive no data on who pays it."},
		},
		Purposes: []*policy.Purpose{programmes, geo, accountPurpose, personalise, commentPurpose, contribute, participate, journalism, archive, servicePurpose, newsletter,
			measurement, promotion, embedPurpose, pages, security},
		Recipients: []*policy.Recipient{providers, mediapulse, meta, embeds, adtech, televoting, sponsors, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{account, usage, device, comments, service}, Safeguard: policy.SafeguardAdequacy},
			{Destination: language.MustParseRegion("IE"), Recipient: meta, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionCH, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionCH, Destination: regionUS, Recipient: embeds, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: embeds, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, usage}, Kept: []policy.KeptReason{policy.KeptLegalObligation},
			Note: "Comments you wrote stay online under your user name unless you delete them first."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for log-in, player settings and your cookie choices", Party: policy.PartyFirst, Purpose: accountPurpose, Categories: []*policy.Category{account},
				Lifetime: policy.Expires(policy.Months(12)), StrictlyNecessary: true},
			{ID: "measurement", Name: "measurement cookies", Party: policy.PartyThird, Provider: mediapulse, Purpose: measurement, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "marketing", Name: "marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adtech, Purpose: promotion,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "embeds", Name: "cookies of embedded content", Party: policy.PartyThird, Provider: embeds, Purpose: embedPurpose, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your account or by writing to our data protection advisor"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}},
		Children:             policy.Children{MinimumAge: 16, Scope: "the SRG SSR account, comments and competitions"},
		Links:                policy.Links{CookieSettings: "https://www.srgssr.example/cookies"},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Name: "SRG SSR, Data Protection", Email: "datenschutz@srgssr.example"},
	}
	return realPolicy{"public broadcaster (SRG SSR)", p, []statement{
		{says: "SRG SSR in Bern, an association under Swiss law, is responsible; SRF, RTS, RSI, RTR and swissinfo.ch are its units", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Registration, "association")
		}},
		{says: "the statement covers our programmes, our websites and apps such as Play SRF and Play Suisse, and the SRG SSR account", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && p.URL != ""
		}},
		{says: "we follow the Swiss FADP and, for users in the EU, the GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "our data protection advisor answers questions and requests", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "job applicants have a statement of their own", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "Serafe collects the radio and television fee for the Confederation, and we receive no data on who pays it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "fee" && strings.Contains(p.NotCollected[0].Note, "Serafe")
		}},
		{says: "we provide our programmes live and on demand as the Radio and Television Act and our licence require", typed: func(p *policy.Policy) bool {
			return p.Purpose("programmes").RestsOn(policy.BasisPublicTask, policy.FADP) && p.Purpose("programmes").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we record your IP address, device and browser when you use our services", typed: func(p *policy.Policy) bool {
			return p.Category("device").Sources[0] == policy.SourceAutomatic && p.Category("device").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "we check from your IP address whether you are in Switzerland, since some programmes may be shown only there", typed: func(p *policy.Policy) bool {
			return p.Purpose("geoblocking").Uses(p.Category("device")) && p.Purpose("geoblocking").Required != ""
		}},
		{says: "most programmes need no account; Play Suisse, comments, competitions and newsletters need an SRG SSR account", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "need no account")
		}},
		{says: "for the account we ask for your email address, a password and your name, and your year of birth, gender and postcode if you give them", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4 && p.Purpose("account").HasBasis(policy.BasisContract)
		}},
		{says: "we record what you play, read and search for, and your favourites, so that you can resume and find them", typed: func(p *policy.Policy) bool {
			return p.Purpose("programmes").Uses(p.Category("usage")) && p.Category("usage").Linked
		}},
		{says: "we recommend programmes from what you used, which you can switch off in the settings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.OptOutHow != "" && pu.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "comments appear publicly under your user name", typed: func(p *policy.Policy) bool { return p.Category("comments").Visibility == policy.VisibilityAlways }},
		{says: "we moderate comments, remove those that break our rules or the law and may block accounts; you may write to the community team", typed: func(p *policy.Policy) bool {
			s := p.Purpose("comments").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundIllegalContent) && s.Contestable()
		}},
		{says: "we report criminal comments to the prosecuting authorities", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && slices.Contains(recipient(p, "authorities").Categories, p.Category("comments"))
		}},
		{says: "we publish the photos and videos you send our newsrooms only with your consent, and only if the people in them agree", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("contributions")
			return pu.RestsOnConsent() && pu.ImageConsent && p.Category("contributions").Visibility == policy.VisibilityOptional
		}},
		{says: "you may withdraw your consent, but what has been broadcast stays in our archives", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("contributions").Withdraw, "archives")
		}},
		{says: "for competitions and votes we need your details and the number you vote from; providers run the lines and partners send the prizes", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("participation")
			return pu.Required != "" && recipient(p, "televoting").Role == policy.RoleProcessor && slices.Contains(pu.Recipients, recipient(p, "sponsors"))
		}},
		{says: "candidates and studio audiences appear in our programmes with their consent", typed: func(p *policy.Policy) bool { return p.Purpose("participation").ImageConsent }},
		{says: "our newsrooms research and report on people, which the media privilege allows", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("journalism")
			return pu.Journalism && pu.Uses(p.Category("reporting")) && pu.Interest != ""
		}},
		{says: "we learn about them from our sources, news agencies, authorities, other media and public sources", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("reporting").Sources, policy.SourcePublic) && p.Category("reporting").SourceDetail != ""
		}},
		{says: "the law requires us to record our programmes and keep them for four months, and we archive them as part of the country's audiovisual heritage", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("archive")
			return pu.RestsOn(policy.BasisLegalObligation, policy.FADP) && pu.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && pu.Retention.Kind == policy.RetentionIndefinite
		}},
		{says: "our audience services answer your enquiries, feedback and complaints", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("service")) }},
		{says: "we send newsletters only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && p.Purpose("newsletter").Withdraw != ""
		}},
		{says: "with your consent we measure the use of our online programmes, ourselves and with Mediapulse, which counts the audiences of Swiss media without names", typed: func(p *policy.Policy) bool {
			return p.Purpose("measurement").RestsOnConsent() && recipient(p, "mediapulse").Country == regionCH && cookie(p, "measurement").Consent == policy.CookieConsentOptIn
		}},
		{says: "with your consent we advertise our programmes on other services with marketing cookies and pixels", typed: func(p *policy.Policy) bool {
			return p.Purpose("promotion").RestsOnConsent() && cookie(p, "marketing").Technology == policy.TechnologyPixel
		}},
		{says: "content of social networks and video platforms loads in our articles only once you allow it, and those platforms then collect data under their own policies", typed: func(p *policy.Policy) bool {
			return cookie(p, "embeds").Consent == policy.CookieConsentOptIn && recipient(p, "embeds").OwnPolicy
		}},
		{says: "you change your cookie choices in the cookie settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "for the statistics of our Facebook and Instagram pages we are responsible together with Meta, which has taken on the main responsibility", typed: func(p *policy.Policy) bool {
			return recipient(p, "meta").Role == policy.RoleJointController && recipient(p, "meta").Arrangement != ""
		}},
		{says: "we keep our services secure and pursue attacks and misuse", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "IT, hosting, streaming and newsletter providers process data for us, some of them in the EU", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[0].Destination == regionEU && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "advertising providers and platforms in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[3].Origin == regionEU
		}},
		{says: "we answer only Swiss courts and authorities", typed: func(p *policy.Policy) bool {
			return slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "we publish audience figures only without names", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "when you delete your account we delete its data, but your comments stay unless you delete them first", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Deletion[0].Note != ""
		}},
		{says: "you may ask for access, correction, deletion, restriction and a copy of your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent and complain to the FDPIC or, in the EU, to your data protection authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we answer requests within 30 days, after checking who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(30) && len(p.Requests.Verification) == 2
		}},
		{says: "we take no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "the account, comments and competitions are open from 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 && p.Children.Scope != "" }},
		{says: "we protect data with encryption, access controls and trained staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "websites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool { return len(p.External) == 2 }},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "we protect our journalistic sources and do not disclose who they are, as the law allows us", free: toCategory("reporting")},
		{says: "access to data we process for journalism may be refused or limited where it would reveal our sources or our research, as FADP Art. 27 allows", free: toPurpose("journalism")},
		{says: "our websites and apps carry no advertising of others, as our licence allows advertising only in radio and television", free: toIntroduction},
	}}
}
