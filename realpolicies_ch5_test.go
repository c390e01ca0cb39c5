package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// ch5Secrecy is banking secrecy under the Swiss Banking Act.
var ch5Secrecy = policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "the Banking Act (BankA, SR 952.0), Art. 47", Region: regionCH}}}

// ch5KVG is the Federal Act on Health Insurance, whose Art. 84 to 84b
// lay down what a health insurer may process for basic insurance.
var ch5KVG = policy.Obligation{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 84 to 84b", Region: regionCH}

// ch5ATSG is the Federal Act on the General Part of Social Insurance Law.
var ch5ATSG = policy.Obligation{Act: "the Federal Act on the General Part of Social Insurance Law (ATSG, SR 830.1)", Region: regionCH}

// realPolicyCh5Raiffeisen paraphrases, in our own words and as we recall
// it, the privacy statement of Raiffeisen Switzerland Cooperative in
// St. Gallen and the Raiffeisen banks, as revised for the revised FADP in
// 2023 and published in 2024-2025: the Raiffeisen Group is a union of
// some two hundred independent cooperative banks, owned by their members,
// and Raiffeisen Switzerland, which they own and which runs the group's
// IT, risk management and central services; clients become members by
// buying a share certificate, vote at the general meeting and receive the
// MemberPlus offers (concerts, museums, ski passes); the banks open
// accounts, grant mortgages after a credit check and a valuation of the
// property, give investment advice under the Financial Services Act,
// check their clients against money laundering, report accounts abroad
// under the AEOI and FATCA, record calls to the client service centre
// and watch their branches and ATMs by video. Credit cards are issued by
// a card company under its own terms. The statement follows the FADP.
// Addresses, the web addresses and the e-mail address are illustrative.
func realPolicyCh5Raiffeisen() realPolicy {
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the ten years after the business relationship ends that the Anti-Money Laundering Act (Art. 7(3)) and the Code of Obligations (Art. 958f) require, and longer while a claim or a legal hold requires"}

	master := &policy.Category{ID: "master", Name: "Client data", Items: []string{"name, address, email address and phone number", "date of birth, nationality, marital status and profession", "client and account numbers", "your specimen signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	membership := &policy.Category{ID: "membership", Name: "Cooperative membership data", Items: []string{"the share certificates you hold and the interest paid on them", "the date you joined and left", "your registration for the general meeting or the ballot, and whether you took part", "the MemberPlus offers you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	kyc := &policy.Category{ID: "kyc", Name: "Due diligence data", Items: []string{"a copy of your identity document", "the origin of your assets and the beneficial owner", "whether you are a politically exposed person or on a sanctions list"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "sanctions lists, the commercial register and the media",
		Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	tax := &policy.Category{ID: "tax", Name: "Tax data", Items: []string{"your tax residences and tax identification numbers", "whether you are a US person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	financial := &policy.Category{ID: "financial", Name: "Account, payment and product data", Items: []string{"your accounts, cards and their balances", "payments, with the payer or payee, their bank and the message", "your savings, pillar 3a pension and investments", "your mortgages and the property pledged for them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "other banks, payment systems and stock exchanges that carry out your orders", Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness and property data", Items: []string{"your income, assets, expenses and debts", "extracts from the debt enforcement register and reports of the ZEK", "the value of the property, estimated by our valuation model or a valuer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "the Central Office for Credit Information (ZEK), the land register and the valuers we instruct", DerivedFrom: []*policy.Category{financial},
		Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	investor := &policy.Category{ID: "investor", Name: "Investor profile", Items: []string{"your investment objectives and risk tolerance", "your knowledge and experience of financial instruments", "your financial situation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: ch5Secrecy, Retention: tenYears}
	related := &policy.Category{ID: "related", Name: "Data of related persons", Items: []string{"holders of a power of attorney, joint account holders and guarantors", "heirs and legal representatives", "the payees you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Secrecy: ch5Secrecy, Retention: tenYears,
		VisibleTo: []policy.Audience{policy.AudienceJointHolders}}
	digital := &policy.Category{ID: "digital", Name: "E-banking and app data", Items: []string{"log-ins, with the device and IP address", "the devices you register for the Raiffeisen app", "how you use e-banking and the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: ch5Secrecy,
		Retention: policy.ByCriteria("as long as needed for security and to show what was done in your name")}
	calls := &policy.Category{ID: "calls", Name: "Communications", Items: []string{"recordings of calls to our client service centre", "minutes of advisory meetings", "letters, emails and messages in e-banking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Secrecy: ch5Secrecy,
		Retention: policy.ByCriteria("for recordings, as long as needed as evidence and to check quality; for minutes of advice, as long as the Financial Services Act requires; for other communications, as long as the relationship they concern")}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images from cameras in our branches, at the entrances and at ATMs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.ByCriteria("a few days, unless a recording is needed to investigate an incident")}
	interests := &policy.Category{ID: "interests", Name: "Needs and interests", Items: []string{"your stage of life and financial situation as your data suggests it", "the products you may need"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{master, financial}, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}
	web := &policy.Category{ID: "web", Name: "Website usage data", Items: []string{"IP address", "browser and device", "pages viewed and calculators used", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie needs it, as the cookie settings show")}

	banks := &policy.Recipient{ID: "banks", Name: "the Raiffeisen bank with which you have your business relationship", Role: policy.RoleJointController, Country: regionCH,
		Categories: []*policy.Category{master, membership, kyc, tax, financial, credit, investor, related, digital, calls, video},
		Purpose:    "to run your relationship and its cooperative, for which the bank is responsible together with us",
		Arrangement: "Your Raiffeisen bank runs your business relationship and your membership and answers your requests; Raiffeisen Switzerland runs the group's IT, payments, risk management and compliance for all the banks. " +
			"You may write to your bank or to us about either."}
	providers := &policy.Recipient{ID: "providers", Name: "IT, core banking, printing and identification service providers", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, financial, digital, calls, kyc}}
	counterparties := &policy.Recipient{ID: "counterparties", Name: "the banks, payment systems and card schemes that carry out your payments, such as SIX, SWIFT, Mastercard and Visa, and the payees", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, financial}, Purpose: "to carry out your payments and card transactions"}
	cards := &policy.Recipient{ID: "cards", Name: "the card company that issues the Raiffeisen credit cards", Role: policy.RoleThirdParty, Country: regionCH, OwnPolicy: true,
		Categories: []*policy.Category{master, financial}, Purpose: "to assess your application for a credit card and issue and run the card under its own terms"}
	creditOffices := &policy.Recipient{ID: "zek", Name: "the Central Office for Credit Information (ZEK)", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, credit}, Purpose: "to report the mortgages and loans we grant and serious arrears, so that other members of the ZEK can see them"}
	partners := &policy.Recipient{ID: "partners", Name: "partner insurers and pension providers whose products we offer", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, financial}, Purpose: "to prepare and conclude the insurance or pension product you ask for"}
	memberPartners := &policy.Recipient{ID: "memberplus", Name: "MemberPlus partners and the ticketing providers who sell their tickets", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, membership}, Purpose: "to confirm that you are a member and sell you tickets and passes at members' prices"}
	auditors := &policy.Recipient{ID: "auditors", Name: "the audit firm that audits us under the Banking Act", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, kyc, financial, credit}, Purpose: "to audit our accounts and our compliance with supervisory law, bound by secrecy"}
	authorities := &policy.Recipient{ID: "authorities", Name: "FINMA, the Money Laundering Reporting Office Switzerland (MROS), the Federal Tax Administration, debt enforcement offices, courts and prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH,
		Conditional: true, Categories: []*policy.Category{master, kyc, financial, tax, video}, Purpose: "the law requires us to report or an authority orders us to disclose"}
	foreignTax := &policy.Recipient{ID: "foreign-tax", Name: "foreign tax authorities, through the Federal Tax Administration, and the US Internal Revenue Service", Role: policy.RoleAuthority,
		Categories: []*policy.Category{master, tax, financial}, Purpose: "to receive the reports of the automatic exchange of information and under FATCA"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers such as Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to measure our website and show our advertising on other services"}

	services := &policy.Purpose{ID: "services", Name: "Opening and running your accounts and providing payments, cards, e-banking, savings, pension, investment and mortgage products", Categories: []*policy.Category{master, financial, related, digital},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{banks, providers, counterparties},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties},
		Required: "we cannot open or keep a relationship with you without the data the contract and the law require"}
	memberPurpose := &policy.Purpose{ID: "membership", Name: "Keeping the register of members, paying interest on share certificates and holding the general meeting or the ballot", Categories: []*policy.Category{master, membership},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 837 and 879 to 881", Region: regionCH}},
		Recipients: []*policy.Recipient{banks},
		Required:   "to become a member you must be a client of the bank and buy at least one share certificate; a member's name and address go into the register the law requires"}
	memberplus := &policy.Purpose{ID: "memberplus", Name: "Offering our members the MemberPlus offers", Categories: []*policy.Category{master, membership},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{memberPartners},
		Required: "taking up an offer is up to you; without your membership number we cannot give you the members' price"}
	kycPurpose := &policy.Purpose{ID: "aml", Name: "Identifying our clients and checking them against money laundering, terrorist financing and sanctions", Categories: []*policy.Category{master, kyc, financial, related},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{ch4AMLA},
		Interest:   "protecting the Raiffeisen Group and its clients from financial crime",
		TippingOff: []policy.Obligation{{Act: "the Anti-Money Laundering Act (AMLA, SR 955.0), Art. 10a", Region: regionCH}},
		Recipients: []*policy.Recipient{authorities, banks}, Profiling: true,
		Required: "the Anti-Money Laundering Act requires us to identify you and the beneficial owner; without it we cannot accept you as a client",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerNo}}
	taxPurpose := &policy.Purpose{ID: "tax", Name: "Reporting to tax authorities under the automatic exchange of information and FATCA", Categories: []*policy.Category{master, tax, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Federal Act on the International Automatic Exchange of Information in Tax Matters (AEOIA, SR 653.1)", Region: regionCH},
			{Act: "the FATCA Agreement between Switzerland and the United States and its implementing Act (SR 672.933.6)", Region: regionCH}},
		Recipients: []*policy.Recipient{authorities, foreignTax},
		Required:   "the law requires you to tell us your tax residences and whether you are a US person"}
	financing := &policy.Purpose{ID: "financing", Name: "Checking your creditworthiness and valuing the property before we grant a mortgage or a loan", Categories: []*policy.Category{master, financial, credit},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "lending only to clients who can bear the loan, as the self-regulation of the Swiss Bankers Association on mortgages asks",
		Recipients: []*policy.Recipient{creditOffices}, HumanDecision: true,
		Required: "without your financial situation and the property's details we cannot grant a mortgage or a loan"}
	advice := &policy.Purpose{ID: "advice", Name: "Advising you on investments and checking that the products we recommend suit you", Categories: []*policy.Category{investor, financial, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract}, Obligations: []policy.Obligation{{Act: "the Financial Services Act (FinSA, SR 950.1), Art. 11 to 16", Region: regionCH}},
		Required: "if you do not tell us your objectives, knowledge and situation, we cannot advise you or manage assets for you, and we tell you so"}
	cardPurpose := &policy.Purpose{ID: "cards", Name: "Passing your application for a credit card to the card company", Categories: []*policy.Category{master, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{cards},
		Required: "the card company decides on the application; without your details it cannot issue a card"}
	partnerPurpose := &policy.Purpose{ID: "partners", Name: "Passing your request for insurance or a pension product to the partner that offers it", Categories: []*policy.Category{master, financial},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by telling your adviser, for requests not yet passed on",
		Recipients: []*policy.Recipient{partners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Keeping e-banking, the app, cards and payments secure and preventing fraud", Categories: []*policy.Category{digital, financial, master},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting you and the bank from fraud, phishing and unauthorised access",
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by calling your Raiffeisen bank or our client service centre"}}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to our client service centre", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping evidence of your instructions and checking the quality of our service"}
	surveillance := &policy.Purpose{ID: "video", Name: "Watching our branches and ATMs by video", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting clients, staff and the bank's assets and investigating robberies and card skimming",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Recipients: []*policy.Recipient{authorities}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you our products and those of our partners that suit your situation", Categories: []*policy.Category{master, financial, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our clients and members the products they need", Profiling: true, OptOut: true,
		OptOutHow: "in e-banking or by telling your adviser"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletters", Categories: []*policy.Category{master},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Withdraw: "with the unsubscribe link in every newsletter"}
	site := &policy.Purpose{ID: "web", Name: "Measuring our website and our campaigns", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	risk := &policy.Purpose{ID: "risk", Name: "Managing the risks of the Raiffeisen Group and meeting the requirements of FINMA", Categories: []*policy.Category{master, financial, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Banking Act (BankA, SR 952.0) and the Banking Ordinance", Region: regionCH}},
		Interest: "keeping the group sound, which Raiffeisen Switzerland answers for towards FINMA for all the banks", Recipients: []*policy.Recipient{banks, auditors, authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records and establishing and defending legal claims", Categories: []*policy.Category{master, financial, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Interest: "enforcing our rights and defending the bank in proceedings"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Raiffeisen Switzerland Cooperative", Email: "datenschutz@raiffeisen.example", Address: "Raiffeisenplatz, 9001 St. Gallen, Switzerland"},
			Registration: "the central institution of the Raiffeisen Group, owned by the Raiffeisen banks as its members, a bank licensed and supervised by FINMA", Country: regionCH},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the Raiffeisen Group", Email: "datenschutz@raiffeisen.example", Address: "Raiffeisenplatz, 9001 St. Gallen, Switzerland"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.raiffeisen.example/privacy",
		Laws:  []policy.Law{policy.FADP},
		Scope: []string{"the banking services of the Raiffeisen banks and Raiffeisen Switzerland", "raiffeisen.ch", "e-banking", "the Raiffeisen app"},
		OtherNotices: []policy.Notice{
			{Covers: "the TWINT app, for which TWINT AG is responsible"},
			{Covers: "job applicants and employees"},
		},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale},
		Categories:   []*policy.Category{master, membership, kyc, tax, financial, credit, investor, related, digital, calls, video, interests, web},
		Storage:      []policy.Storage{{Location: regionCH}},
		Purposes:     []*policy.Purpose{services, memberPurpose, memberplus, kycPurpose, taxPurpose, financing, advice, cardPurpose, partnerPurpose, fraud, recording, surveillance, marketing, newsletter, site, risk, records},
		Recipients:   []*policy.Recipient{banks, providers, counterparties, cards, creditOffices, partners, memberPartners, auditors, authorities, foreignTax, adtech},
		NotCollected: []policy.Exclusion{{ID: "app-biometrics", Name: "the fingerprint or face with which you unlock the Raiffeisen app", Note: "Your phone checks it and tells the app only whether it matched."}},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: counterparties, Categories: []*policy.Category{master, financial}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: foreignTax, Categories: []*policy.Category{master, tax, financial}, Safeguard: policy.SafeguardExplicitConsent,
				Risks: "the United States has no data protection law that Switzerland recognises as adequate for the IRS, and US authorities may use the data under US law"},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{web}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}},
		Deletion:    []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), LegalHold: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for e-banking and security", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{digital},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: site, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               ch4Rights("by writing to your Raiffeisen bank or to our data protection officer with a copy of your identity document, or in e-banking", ""),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureAccessControl, Description: "E-banking and the app need a second factor to log in and to approve payments."},
			{Kind: policy.MeasureStaffTraining, Description: "Our staff and those of the Raiffeisen banks are bound by banking secrecy."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages, policy.SafetyTipKeepSecret},
		Links:      policy.Links{CookieSettings: "https://www.raiffeisen.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Raiffeisen Switzerland, Data Protection", Email: "datenschutz@raiffeisen.example", Address: "Raiffeisenplatz, 9001 St. Gallen, Switzerland"},
	}
	return realPolicy{"cooperative bank (Raiffeisen)", p, []statement{
		{says: "Raiffeisen Switzerland Cooperative in St. Gallen is responsible, together with the Raiffeisen bank with which you have your relationship", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && recipient(p, "banks").Role == policy.RoleJointController
		}},
		{says: "Raiffeisen Switzerland is the central institution the Raiffeisen banks own, and a bank supervised by FINMA", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "owned by the Raiffeisen banks") && strings.Contains(p.Controller.Registration, "FINMA")
		}},
		{says: "your bank runs your relationship and answers your requests, Raiffeisen Switzerland runs IT, payments, risk management and compliance for all the banks, and you may write to either", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "banks").Arrangement, "write to your bank or to us")
		}},
		{says: "the statement covers the banking services, raiffeisen.ch, e-banking and the Raiffeisen app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "we follow the Swiss FADP", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && len(p.Laws) == 1 }},
		{says: "the group's data protection officer answers questions", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "TWINT AG is responsible for the TWINT app, and job applicants and employees have their own statement", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && strings.Contains(p.OtherNotices[0].Covers, "TWINT")
		}},
		{says: "banking secrecy binds us, the Raiffeisen banks and our staff", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we process your name, contact details, date of birth, nationality, marital status, profession, client number and specimen signature", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Items, "your specimen signature") && slices.Contains(p.Category("master").Items, "date of birth, nationality, marital status and profession")
		}},
		{says: "we cannot open an account without the data the contract and the law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").HasBasis(policy.BasisContract) && p.Purpose("services").Required != ""
		}},
		{says: "to become a member you must be a client and buy a share certificate", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("membership").Required, "share certificate")
		}},
		{says: "we keep the register of members the Code of Obligations requires, pay interest on share certificates and invite members to the general meeting or the ballot", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("membership")
			return pu.RestsOn(policy.BasisLegalObligation, policy.FADP) && pu.Uses(p.Category("membership")) && pu.Obligations[0].Region == regionCH
		}},
		{says: "members receive MemberPlus offers, and partners learn only that you are a member and what you buy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("memberplus").Recipients, recipient(p, "memberplus")) && recipient(p, "memberplus").Purpose != ""
		}},
		{says: "we identify you and the beneficial owner and check you against sanctions lists and lists of politically exposed persons", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.FADP) && slices.Contains(p.Category("kyc").Sources, policy.SourcePublic)
		}},
		{says: "we monitor transactions for money laundering and report suspicions to MROS, which we may not tell you of", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").Profiling && len(p.Purpose("aml").TippingOff) == 1
		}},
		{says: "we may block an account or a payment where the money laundering law requires it, and a person decides it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("aml").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundMoneyLaundering) && s.Automated == policy.AnswerNo
		}},
		{says: "we record your tax residences and US person status and report accounts under the AEOI and FATCA", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && recipient(p, "foreign-tax").Role == policy.RoleAuthority
		}},
		{says: "US persons consent to our reporting their accounts to the IRS, and are told the risks", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardExplicitConsent && p.Transfers[1].Risks != ""
		}},
		{says: "we record your accounts, payments, savings, pillar 3a pension, investments and mortgages", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Uses(p.Category("financial")) && len(p.Category("financial").Items) == 4
		}},
		{says: "banks, payment systems and card schemes receive what your payments need, in the country of the payee too", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationPayee && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we process data of holders of a power of attorney, joint holders, guarantors, heirs and payees, which you must be entitled to give us", typed: func(p *policy.Policy) bool {
			return othersGive(p, "related") && slices.Contains(p.Category("related").VisibleTo, policy.AudienceJointHolders)
		}},
		{says: "before granting a mortgage we check your income, assets and debts, the debt enforcement register and the ZEK, and value the property", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("credit").SourceDetail, "ZEK") && p.Purpose("financing").Uses(p.Category("credit")) && p.Category("credit").DerivedFrom[0] == p.Category("financial")
		}},
		{says: "we report mortgages, loans and serious arrears to the ZEK", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("financing").Recipients, recipient(p, "zek")) && strings.Contains(recipient(p, "zek").Purpose, "arrears")
		}},
		{says: "a person decides whether we grant a mortgage or a loan", typed: func(p *policy.Policy) bool { return p.Purpose("financing").HumanDecision }},
		{says: "before advising you on investments we ask your objectives, knowledge, experience and situation, as the Financial Services Act requires, and record the advice", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("advice")
			return pu.RestsOn(policy.BasisLegalObligation, policy.FADP) && pu.Uses(p.Category("investor")) && pu.Uses(p.Category("calls"))
		}},
		{says: "if you do not give that information we cannot advise you, and we tell you so", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("advice").Required, "cannot advise you")
		}},
		{says: "a card company issues our credit cards and processes your data under its own terms", typed: func(p *policy.Policy) bool {
			return recipient(p, "cards").OwnPolicy && recipient(p, "cards").Role == policy.RoleThirdParty
		}},
		{says: "with your consent we pass a request for insurance or a pension product to the partner that offers it", typed: func(p *policy.Policy) bool {
			return p.Purpose("partners").RestsOnConsent() && slices.Contains(p.Purpose("partners").Recipients, recipient(p, "partners"))
		}},
		{says: "we monitor e-banking, the app, cards and payments for fraud and may block them; you can call us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && s.Contest != ""
		}},
		{says: "if you unlock the app with your fingerprint or face, your phone checks it and we never receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "app-biometrics"
		}},
		{says: "e-banking and the app need a second factor to log in and to approve payments", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureAccessControl && m.Description != "" })
		}},
		{says: "we record calls to our client service centre, which we tell you of", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "our branches, entrances and ATMs are watched by video, and recordings are kept a few days unless needed for an incident", typed: func(p *policy.Policy) bool {
			return p.Category("video").Retention.Kind == policy.RetentionCriteria && slices.Contains(p.Purpose("video").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "we use your data to offer you our products and those of partners, which you can object to in e-banking or with your adviser", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.Profiling && pu.OptOut && strings.Contains(pu.OptOutHow, "e-banking") && p.Category("interests").DerivedFrom[1] == p.Category("financial")
		}},
		{says: "we send newsletters only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && len(p.Purpose("newsletter").ConsentRequiredBy) == 1
		}},
		{says: "analytics and marketing cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("web").RestsOnConsent() && p.Links.CookieSettings != ""
		}},
		{says: "analytics providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "Raiffeisen Switzerland manages the group's risks and answers to FINMA for all the banks", typed: func(p *policy.Policy) bool {
			return p.Purpose("risk").RestsOn(policy.BasisLegalObligation, policy.FADP) && strings.Contains(p.Purpose("risk").Interest, "FINMA")
		}},
		{says: "IT and core banking providers in Switzerland process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "providers").Country == regionCH
		}},
		{says: "our audit firm sees client data when it audits us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("risk").Recipients, recipient(p, "auditors"))
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
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we verify your identity before answering a request, and answer within 30 days", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we take no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we never ask for your passwords or codes by email, text or phone; report messages that do, and keep your codes secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "for business clients we process the data of their contact persons and authorised signatories as well", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("services").Subjects, policy.DataSubjectCounterparties)
		}},
		// Free text.
		{says: "the Raiffeisen banks are independent cooperatives, each with its own members and general meeting", free: toIntroduction},
	}}
}

// realPolicyCh5CSS paraphrases, in our own words and as we recall it,
// the privacy statement of the CSS health insurers in Lucerne (CSS
// Kranken-Versicherung AG for the compulsory basic insurance under the
// KVG, CSS Versicherung AG for supplementary insurance under the VVG), as
// revised for the revised FADP in 2023 and published in 2024-2025, for
// their insurance, css.ch, the myCSS portal and app and the step bonus
// programme: in basic insurance the insurer carries out a task the KVG
// gives it, processes only what that Act allows, checks the invoices of
// doctors, hospitals and pharmacies, many of which bill it directly, and
// passes its medical advisers the medical details an invoice needs;
// cantons learn of premium reductions and of insured persons who do not
// pay, whose benefits some cantons have suspended; supplementary
// insurance asks health questions before it accepts a person, and data
// from basic insurance is used for offers of supplementary insurance only
// with consent; the alternative insurance models require the insured
// person to go first to a family doctor, an HMO practice or a
// telemedicine centre. The statement follows the FADP. Addresses, the
// web addresses and the e-mail address are illustrative.
func realPolicyCh5CSS() realPolicy {
	vvg := policy.Obligation{Act: "the Insurance Contract Act (VVG, SR 221.229.1)", Region: regionCH}
	insuranceSecrecy := policy.Secrecy{Kind: policy.SecrecyInsurance, Laws: []policy.Obligation{{Act: "the Federal Act on the General Part of Social Insurance Law (ATSG, SR 830.1), Art. 33", Region: regionCH}}}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the term of the insurance and the ten years after it ends, in which claims may still be brought and business records must be kept, and longer while a dispute is pending"}

	master := &policy.Category{ID: "master", Name: "Personal and contact data", Items: []string{"name, address, email address and phone number", "date of birth, sex, nationality and residence permit", "your AHV number, which the KVG lets us use to identify you", "your insured and policy numbers", "your language and the family members insured with you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the canton of residence, which checks that everyone living there is insured, and the employer or broker through whom you join", Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	basic := &policy.Category{ID: "basic", Name: "Basic insurance data", Items: []string{"your insurance model and deductible", "accident cover", "premiums, premium reductions, payments, reminders and debt enforcement"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the canton, which tells us the premium reduction it grants you", Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	supplementary := &policy.Category{ID: "supplementary", Name: "Supplementary insurance data", Items: []string{"the supplementary products you hold, such as hospital, dental and complementary medicine cover", "premiums, payments and reminders", "reservations on your cover"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: tenYears}
	benefits := &policy.Category{ID: "benefits", Name: "Invoices and benefits", Items: []string{"the invoices of doctors, hospitals, pharmacies and other providers, with the date, provider, tariff items and amounts", "the cost guarantees we give", "your deductible and co-payment", "the benefits we pay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "doctors, hospitals, pharmacies and other providers, many of which bill us directly", Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	health := &policy.Category{ID: "health", Name: "Health data", Items: []string{"diagnoses and treatments stated on invoices and in medical reports", "your answers to the health questions for supplementary insurance", "the assessments of our medical advisers"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "doctors, hospitals and other providers, and other social insurers such as the accident and disability insurance", Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	model := &policy.Category{ID: "model", Name: "Alternative insurance model data", Items: []string{"your chosen family doctor or HMO practice", "whether you called the telemedicine centre or saw your doctor first", "the referrals they make"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "your family doctor, HMO practice or the telemedicine centre",
		Linked: true, Secrecy: insuranceSecrecy, Retention: tenYears}
	steps := &policy.Category{ID: "steps", Name: "Step counts", Items: []string{"the number of steps your phone or fitness tracker counts each day"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Linked: true,
		Retention: policy.ByCriteria("as long as you take part in the bonus programme and the bonus is credited")}
	calls := &policy.Category{ID: "calls", Name: "Communications", Items: []string{"letters, emails and chats with us", "recordings of calls to our customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("for recordings, a few months unless one is needed as evidence; for other communications, as long as the insurance they concern")}
	portal := &policy.Category{ID: "portal", Name: "myCSS data", Items: []string{"your log-ins and the device you use", "the invoices and documents you upload", "the messages you send us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you use myCSS, and for log-ins as long as security needs")}
	online := &policy.Category{ID: "online", Name: "Website usage data", Items: []string{"IP address", "device and browser", "pages viewed and premium calculations", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie needs it, as the cookie settings show")}

	providers := &policy.Recipient{ID: "providers", Name: "doctors, hospitals, pharmacies and other providers who treat you", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, basic, supplementary, benefits}, Purpose: "to settle their invoices with us and to confirm what we cover"}
	cantons := &policy.Recipient{ID: "cantons", Name: "the cantons", Role: policy.RoleAuthority, Country: regionCH,
		Categories: []*policy.Category{master, basic}, Purpose: "to check that everyone living there is insured, to grant premium reductions and to take over the premiums of insured persons who do not pay them"}
	federal := &policy.Recipient{ID: "federal", Name: "the Federal Office of Public Health, FINMA and the Common Institution under the KVG", Role: policy.RoleAuthority, Country: regionCH,
		Categories: []*policy.Category{basic, benefits}, Purpose: "to supervise us, to compute the risk equalisation between insurers and to keep the statistics the law requires, for which they receive data without names where the law allows"}
	social := &policy.Recipient{ID: "social", Name: "other social insurers, such as the accident, disability and military insurance", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, benefits, health}, Purpose: "to coordinate benefits and decide which insurer pays"}
	sasis := &policy.Recipient{ID: "sasis", Name: "SASIS AG, a company of the Swiss health insurers' association", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, basic}, Purpose: "to produce your insurance card and let providers check your cover with it"}
	telmed := &policy.Recipient{ID: "telmed", Name: "the telemedicine centre and the doctors' networks of our alternative models", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, basic, model}, Purpose: "to advise you and to tell us whether you went to them first, as your model requires"}
	brokers := &policy.Recipient{ID: "brokers", Name: "the brokers and agents who advise you", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master, supplementary}, Purpose: "to advise you and prepare your application; they receive no health data"}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "reinsurers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, supplementary, benefits}, Purpose: "to share large risks of supplementary insurance with us"}
	it := &policy.Recipient{ID: "it", Name: "IT, scanning, printing and call-centre service providers", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{master, basic, supplementary, benefits, calls, portal}}
	assistance := &policy.Recipient{ID: "assistance", Name: "doctors, hospitals and assistance providers in the country where you fall ill or have an accident", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{master, benefits, health}, Purpose: "to help you and settle the costs of emergency treatment abroad"}
	authorities := &policy.Recipient{ID: "authorities", Name: "debt enforcement offices, courts, prosecuting and social assistance authorities", Role: policy.RoleAuthority, Country: regionCH,
		Conditional: true, Categories: []*policy.Category{master, basic, benefits}, Purpose: "the law obliges us or an authority orders us to disclose, or we collect unpaid premiums"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers such as Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to measure our website and show our advertising on other services"}

	basicPurpose := &policy.Purpose{ID: "basic", Name: "Carrying out basic insurance under the KVG: admitting you, collecting premiums and paying benefits", Categories: []*policy.Category{master, basic, benefits, health},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{ch5KVG, ch5ATSG}, Recipients: []*policy.Recipient{providers, sasis, social, it},
		Required: "basic insurance is compulsory for everyone living in Switzerland; you must give us the data the KVG requires and help us establish your claim (ATSG Art. 28), or we may decide on the documents we have"}
	invoices := &policy.Purpose{ID: "invoices", Name: "Checking invoices and whether treatments are effective, appropriate and economical", Categories: []*policy.Category{benefits, health, basic},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Obligations: []policy.Obligation{{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 32, 42 and 56", Region: regionCH}},
		Automated:     "our systems check many invoices against the tariffs and your cover and settle them without a person, and pay or refuse the amount",
		DecisionAreas: []policy.DecisionArea{policy.DecisionInsurance, policy.DecisionHealthCare}, Recipients: []*policy.Recipient{providers, it}}
	supplementaryApp := &policy.Purpose{ID: "application", Name: "Assessing your application for supplementary insurance and deciding whether and on what terms to insure you", Categories: []*policy.Category{master, supplementary, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by writing to us; we may then be unable to insure you or pay benefits",
		HumanDecision: true, Recipients: []*policy.Recipient{brokers, reinsurers},
		Required: "you must answer the health questions truthfully and completely; if you leave out a significant fact we may terminate the contract and refuse benefits (VVG Art. 4 to 8)"}
	supplementaryAdmin := &policy.Purpose{ID: "supplementary", Name: "Managing supplementary insurance and paying its benefits", Categories: []*policy.Category{master, supplementary, benefits, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by writing to us; without it we may be unable to assess a claim",
		Recipients: []*policy.Recipient{providers, reinsurers, it}}
	models := &policy.Purpose{ID: "models", Name: "Running the family doctor, HMO and telemedicine models", Categories: []*policy.Category{master, basic, model},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisContract}, Obligations: []policy.Obligation{{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 41(4) and 62", Region: regionCH}},
		Recipients: []*policy.Recipient{telmed},
		Required:   "if you choose such a model you must go first to your doctor, practice or the telemedicine centre; if you do not, we may refuse to pay or move you to the standard model"}
	cantonal := &policy.Purpose{ID: "cantons", Name: "Working with the cantons on compulsory insurance, premium reductions and unpaid premiums", Categories: []*policy.Category{master, basic},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Federal Act on Health Insurance (KVG, SR 832.10), Art. 6, 64a and 65", Region: regionCH}},
		Recipients: []*policy.Recipient{cantons, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment},
			Automated: policy.AnswerNo}}
	supervision := &policy.Purpose{ID: "supervision", Name: "Reporting to our supervisors, the risk equalisation and statistics", Categories: []*policy.Category{basic, benefits},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Health Insurance Supervision Act (KVAG, SR 832.12)", Region: regionCH}, ch5KVG},
		Recipients: []*policy.Recipient{federal}}
	coordination := &policy.Purpose{ID: "coordination", Name: "Coordinating benefits with other social insurers and taking recourse against liable persons", Categories: []*policy.Category{master, benefits, health},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Federal Act on the General Part of Social Insurance Law (ATSG, SR 830.1), Art. 32 and 72", Region: regionCH}},
		Recipients: []*policy.Recipient{social}}
	abroad := &policy.Purpose{ID: "abroad", Name: "Helping you when you need treatment abroad", Categories: []*policy.Category{master, benefits, health},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisPublicTask}, Obligations: []policy.Obligation{ch5KVG}, Recipients: []*policy.Recipient{assistance}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting insurance fraud and abuse", Categories: []*policy.Category{master, benefits, basic, supplementary},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisPublicTask}, Obligations: []policy.Obligation{ch5ATSG},
		Interest: "protecting the insured community from the cost of fraud and overbilling", Profiling: true}
	bonus := &policy.Purpose{ID: "bonus", Name: "Crediting a bonus on your supplementary insurance for the steps you walk", Categories: []*policy.Category{steps, master, supplementary},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by leaving the programme in the app, after which we no longer receive your steps"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you supplementary insurance and other products that suit you", Categories: []*policy.Category{master, supplementary},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers cover that suits them", OptOut: true, OptOutHow: "in myCSS or by writing to us",
		Recipients: []*policy.Recipient{brokers}}
	crossSell := &policy.Purpose{ID: "basic-offers", DirectMarketing: true, Name: "Using your basic insurance data for offers of supplementary insurance", Categories: []*policy.Category{master, basic},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in myCSS or by writing to us"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter and health tips", Categories: []*policy.Category{master},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Withdraw: "with the unsubscribe link in every newsletter"}
	portalPurpose := &policy.Purpose{ID: "portal", Name: "Running myCSS and the CSS app", Categories: []*policy.Category{master, basic, supplementary, portal, benefits},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "keeping our online services secure and working", Recipients: []*policy.Recipient{it}}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to our customer service", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping evidence of what was agreed and training our staff", Recipients: []*policy.Recipient{it}}
	web := &policy.Purpose{ID: "web", Name: "Measuring our website and advertising online", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records and establishing and defending legal claims", Categories: []*policy.Category{master, basic, supplementary, benefits},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Interest: "enforcing our rights and defending ourselves in proceedings", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "CSS Kranken-Versicherung AG and CSS Versicherung AG", Email: "datenschutz@css.example", Address: "Tribschenstrasse 21, 6005 Luzern, Switzerland"},
			Registration: "companies of the CSS Group; CSS Kranken-Versicherung AG is a health insurer admitted for basic insurance and supervised by the Federal Office of Public Health, CSS Versicherung AG an insurer supervised by FINMA", Country: regionCH},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the CSS Group", Email: "datenschutz@css.example", Address: "Tribschenstrasse 21, Postfach 2568, 6002 Luzern, Switzerland"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:      []policy.Law{policy.FADP},
		Scope:     []string{"the basic and supplementary insurance of CSS", "css.ch", "the myCSS customer portal and app"},
		LegalActs: []policy.Obligation{ch5KVG, ch5ATSG, vvg},
		OtherNotices: []policy.Notice{
			{Covers: "the other companies of the CSS Group, such as Arcosana and Sanagate", URL: "https://www.css.example/group-privacy"},
			{Covers: "job applicants"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Categories: []*policy.Category{master, basic, supplementary, benefits, health, model, steps, calls, portal, online},
		Storage:    []policy.Storage{{Location: regionCH}},
		Purposes: []*policy.Purpose{basicPurpose, invoices, supplementaryApp, supplementaryAdmin, models, cantonal, supervision, coordination, abroad, fraud, bonus, marketing, crossSell,
			newsletter, portalPurpose, recording, web, records},
		Recipients: []*policy.Recipient{providers, cantons, federal, social, sasis, telmed, brokers, reinsurers, it, assistance, authorities, adtech},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: assistance, Categories: []*policy.Category{master, benefits, health}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionEU, Recipient: reinsurers, Categories: []*policy.Category{master, supplementary, benefits}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), LegalHold: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for myCSS and the premium calculator", Party: policy.PartyFirst, Purpose: portalPurpose, Categories: []*policy.Category{portal},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: web, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   ch4Rights("in myCSS or by writing to our data protection officer with a copy of your identity document", "by asking us to have a person review the settlement of an invoice and telling us your view"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureLeastPrivilege, Description: "Only our medical advisers and the staff who settle a case see medical details."},
			{Kind: policy.MeasureStaffTraining, Description: "Our staff are bound by the secrecy of the social insurance law."}},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Children:   policy.Children{ParentRequests: "by writing to us as the child's legal representative, until the child can judge the matter itself"},
		Links:      policy.Links{CookieSettings: "https://www.css.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "CSS, Data Protection", Email: "datenschutz@css.example"},
	}
	return realPolicy{"health insurer (CSS)", p, []statement{
		{says: "CSS Kranken-Versicherung AG for basic insurance and CSS Versicherung AG for supplementary insurance, both in Lucerne, are responsible", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Name, "CSS Versicherung AG")
		}},
		{says: "the first is admitted for basic insurance and supervised by the Federal Office of Public Health, the second supervised by FINMA", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Federal Office of Public Health") && strings.Contains(p.Controller.Registration, "FINMA")
		}},
		{says: "the statement covers our insurance, css.ch and myCSS", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "we follow the Swiss FADP, and in basic insurance the KVG and the ATSG, in supplementary insurance the VVG", typed: func(p *policy.Policy) bool {
			return p.Subject(policy.FADP) && len(p.LegalActs) == 3
		}},
		{says: "our data protection officer answers questions and requests", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "the other companies of the CSS Group and job applicants have their own statements", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "we process your name, contact details, date of birth, sex, nationality, residence permit and insured number, and the AHV number the KVG lets us use", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Category("master").Items, func(s string) bool { return strings.Contains(s, "AHV number") })
		}},
		{says: "the canton tells us who must be insured and the premium reduction it grants you", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("master").SourceDetail, "canton") && strings.Contains(p.Category("basic").SourceDetail, "premium reduction")
		}},
		{says: "in basic insurance we carry out a task the KVG gives us and process only what it allows", typed: func(p *policy.Policy) bool {
			return p.Purpose("basic").RestsOn(policy.BasisPublicTask, policy.FADP) && p.Purpose("basic").Obligations[0] == ch5KVG
		}},
		{says: "basic insurance is compulsory; you must give us the data the KVG requires and help establish your claim, or we decide on the documents we have", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("basic").Required, "ATSG Art. 28")
		}},
		{says: "doctors, hospitals and pharmacies send us their invoices, many of them directly, with the diagnoses and treatments", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("benefits").SourceDetail, "bill us directly") && p.Category("health").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we check that treatments are effective, appropriate and economical, as the KVG requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoices").RestsOn(policy.BasisPublicTask, policy.FADP) && p.Purpose("invoices").Uses(p.Category("health"))
		}},
		{says: "our systems settle many invoices automatically, and you may ask for a person to review a settlement", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoices").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision) && slices.Contains(p.Purpose("invoices").DecisionAreas, policy.DecisionHealthCare)
		}},
		{says: "only our medical advisers and the staff who settle a case see medical details", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureLeastPrivilege) }},
		{says: "the secrecy of social insurance law binds our staff", typed: func(p *policy.Policy) bool {
			return p.Category("health").Secrecy.Kind == policy.SecrecyInsurance && p.Category("health").Secrecy.Laws[0].Region == regionCH
		}},
		{says: "we never use health data for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse) && !p.Purpose("marketing").Uses(p.Category("health"))
		}},
		{says: "for supplementary insurance you answer health questions, with your express consent to our processing them", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("application")
			return pu.HasBasis(policy.BasisExplicitConsent) && pu.ConsentMethod == policy.ConsentMethodWritten && pu.Uses(p.Category("health"))
		}},
		{says: "if you leave out a significant fact we may terminate the supplementary insurance and refuse benefits", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("application").Required, "VVG Art. 4 to 8")
		}},
		{says: "a person decides whether and on what terms we accept you for supplementary insurance", typed: func(p *policy.Policy) bool { return p.Purpose("application").HumanDecision }},
		{says: "we may make reservations on your supplementary cover", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("supplementary").Items, "reservations on your cover")
		}},
		{says: "in the family doctor, HMO and telemedicine models you must go to them first, and they tell us whether you did", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("models").Required, "go first") && slices.Contains(p.Category("model").Sources, policy.SourceThirdParty) && recipient(p, "telmed").Purpose != ""
		}},
		{says: "SASIS produces your insurance card, with which providers check your cover", typed: func(p *policy.Policy) bool {
			return recipient(p, "sasis").Role == policy.RoleProcessor && slices.Contains(p.Purpose("basic").Recipients, recipient(p, "sasis"))
		}},
		{says: "the cantons receive data to check compulsory insurance, to grant premium reductions and on insured persons who do not pay", typed: func(p *policy.Policy) bool {
			return p.Purpose("cantons").RestsOn(policy.BasisLegalObligation, policy.FADP) && recipient(p, "cantons").Role == policy.RoleAuthority
		}},
		{says: "where a canton so decides, we suspend the benefits of insured persons who do not pay their premiums", typed: func(p *policy.Policy) bool {
			s := p.Purpose("cantons").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment) && slices.Contains(s.Targets, policy.SuspensionTargetServices)
		}},
		{says: "unpaid premiums go to debt enforcement", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && strings.Contains(recipient(p, "authorities").Name, "debt enforcement")
		}},
		{says: "we report to the Federal Office of Public Health and FINMA, and give data for the risk equalisation and statistics, without names where the law allows", typed: func(p *policy.Policy) bool {
			return p.Purpose("supervision").RestsOn(policy.BasisLegalObligation, policy.FADP) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we coordinate benefits with other social insurers and take recourse against liable persons", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("coordination").Obligations) == 1 && recipient(p, "social").Role == policy.RoleThirdParty
		}},
		{says: "when you need treatment abroad, doctors and assistance providers there receive what they need", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Recipient == recipient(p, "assistance")
		}},
		{says: "we look for fraud and overbilling in invoices", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Profiling && p.Purpose("fraud").Uses(p.Category("benefits"))
		}},
		{says: "with your consent the app sends us your daily steps, and we credit a bonus on your supplementary insurance", typed: func(p *policy.Policy) bool {
			return p.Purpose("bonus").RestsOnConsent() && p.Category("steps").DevicePermission && p.Purpose("bonus").Uses(p.Category("supplementary"))
		}},
		{says: "we offer you supplementary insurance from your supplementary data unless you object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != "" && !pu.Uses(p.Category("basic"))
		}},
		{says: "we use basic insurance data for offers of supplementary insurance only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("basic-offers").RestsOnConsent() && p.Purpose("basic-offers").Uses(p.Category("basic"))
		}},
		{says: "brokers receive what they need to advise you, never health data", typed: func(p *policy.Policy) bool {
			return !slices.Contains(recipient(p, "brokers").Categories, p.Category("health"))
		}},
		{says: "we send our newsletter only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && p.Purpose("newsletter").Withdraw != ""
		}},
		{says: "in myCSS you see your insurance and upload invoices", typed: func(p *policy.Policy) bool {
			return p.Purpose("portal").Uses(p.Category("portal")) && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we record calls to our customer service after telling you", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "analytics and marketing cookies are set only with your consent, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "IT, scanning and call-centre providers in Switzerland process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "it").Role == policy.RoleProcessor && recipient(p, "it").Country == regionCH
		}},
		{says: "reinsurers in Europe share large risks of supplementary insurance", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Destination == regionEU && p.Transfers[1].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "analytics providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep data in Switzerland", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionCH }},
		{says: "authorities receive data only where the law obliges us or a Swiss authority orders it", typed: func(p *policy.Policy) bool {
			return slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "we keep data for the term of the insurance and ten years after, longer while a dispute is pending", typed: func(p *policy.Policy) bool {
			r := p.Category("benefits").Retention
			return r.Period == policy.Years(10) && r.From == policy.EventContractEnd && p.Deletion[0].LegalHold
		}},
		{says: "those who insure family members with us must be entitled to give their data and tell them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Sources, policy.SourceOtherUsers) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "parents exercise the rights of their children until the children can judge the matter themselves", typed: func(p *policy.Policy) bool {
			return p.Children.ParentRequests != ""
		}},
		{says: "you may ask for access, correction, deletion and a copy of your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request needs a copy of your identity document or is made in myCSS, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "websites we link to and the fitness apps you connect have their own rules", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "in basic insurance we act as a federal body under the FADP, whose rules for federal bodies then apply", free: toPurpose("basic")},
		{says: "you may ask that providers send invoices with medical details only to our medical adviser", free: toCategory("health")},
		{says: "your step counts are never used to assess your health or set your premiums", free: toCategory("steps")},
		{says: "an insured adult receives the letters about their own benefits even where someone else pays the premiums", free: toPurpose("basic")},
	}}
}

// realPolicyCh5Swiss paraphrases, in our own words and as we recall it,
// the privacy policy of Swiss International Air Lines Ltd (SWISS) in
// Basel, a company of the Lufthansa Group, as revised for the revised
// FADP in 2023 and published in 2024-2025, for swiss.com, the SWISS app,
// its service centres and airport desks: bookings, advance passenger
// information for the border authorities of Switzerland and of the
// countries a passenger flies to, special assistance and special meals,
// children travelling alone, delayed baggage, flight disruptions and the
// compensation of the passenger rights regulation, which applies in
// Switzerland through the air transport agreement with the EU; the
// Lufthansa Group's Travel ID, a log-in SWISS and the other group
// airlines run jointly with Deutsche Lufthansa AG; Miles & More, the
// group's frequent flyer programme, run by Miles & More GmbH as its own
// controller; personalised offers and advertising with consent. The
// policy follows the FADP and the GDPR, which applies to SWISS's offers
// to people in the EU. Addresses, the web addresses and the e-mail
// address are illustrative.
func realPolicyCh5Swiss() realPolicy {
	fnia := policy.Obligation{Act: "the Foreign Nationals and Integration Act (FNIA, SR 142.20), Art. 104", Region: regionCH}
	records := policy.Obligation{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}

	booking := &policy.Category{ID: "booking", Name: "Booking data",
		Items:       []string{"the names of the passengers", "email address and phone number", "booking reference, flights, seats, bags and other services", "the fare paid", "check-in and boarding status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the travel agency or partner airline you booked through, if you did not book with us", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and then as long as the law requires us to keep records of the sale")}
	documents := &policy.Category{ID: "documents", Name: "Travel documents and advance passenger information",
		Items:       []string{"name as in the passport or identity card", "date of birth, sex and nationality", "document type, number, issuing country and expiry", "visas and the address at your destination, where the country asks for them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the laws of the countries you fly to or from require, and no longer than needed to carry you")}
	special := &policy.Category{ID: "special", Name: "Special assistance and special meals",
		Items:       []string{"the assistance you need, such as a wheelchair", "medical conditions that affect your flight, and the medical form your doctor fills in", "special meals you order, which may show your health or religion"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, SourceDetail: "your doctor, who fills in the medical information form",
		OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the flight is over and any claim about the assistance is settled")}
	minors := &policy.Category{ID: "minors", Name: "Children travelling alone",
		Items:       []string{"the child's name and age", "the names, addresses, phone numbers and identity documents of the adults who bring and collect the child"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the journey is over and any claim about it is settled")}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the card type, the last digits and the expiry date", "the cardholder's name and billing address", "the result of the payment and of fraud checks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(ch3Records)}
	account := &policy.Category{ID: "account", Name: "Travel ID account",
		Items:       []string{"email address and password", "name, date of birth and address", "your saved travel documents, payment cards and preferences", "your Miles & More number, where you link it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	miles := &policy.Category{ID: "miles", Name: "Miles & More data",
		Items:       []string{"your Miles & More number and status", "the flights for which you earn miles and points"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Miles & More GmbH, which tells us your status so that we can give you its benefits",
		Linked: true, Retention: policy.ByCriteria("as long as you fly with us as a member")}
	baggage := &policy.Category{ID: "baggage", Name: "Baggage data",
		Items:       []string{"your bag tag numbers", "the description and contents of a delayed or damaged bag", "the address where we deliver it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("until the bag is delivered and any claim is settled")}
	service := &policy.Category{ID: "service", Name: "Customer service, claims and calls",
		Items:       []string{"your calls, chats and emails with our service centre", "recordings of calls", "complaints, refund and compensation claims and their outcome", "your answers to our surveys"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to handle the matter, and then until claims about it are time-barred")}
	incidents := &policy.Category{ID: "incidents", Name: "Incidents on board",
		Items:       []string{"reports of the crew on passengers who endangered safety or order on board", "the decision to refuse carriage and its duration"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "our crews and ground staff",
		Linked: true, Retention: policy.ByCriteria("as long as a refusal of carriage lasts and any proceedings need the report")}
	profile := &policy.Category{ID: "profile", Name: "Your customer profile",
		Items:       []string{"the routes, classes and times you fly", "how often you travel and the services you buy", "the offers likely to interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, account}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	online := &policy.Category{ID: "online", Name: "Website and app usage",
		Items:       []string{"IP address", "device, browser and app version", "the flights you search for and the pages you view"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie lasts, as the cookie settings state")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a booking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	border := &policy.Recipient{ID: "border", Name: "the border, immigration, customs and police authorities of Switzerland and of the countries you fly to or from",
		Role: policy.RoleAuthority, Categories: []*policy.Category{booking, documents},
		Purpose: "because their laws require advance passenger information and passenger name records before a flight"}
	lufthansa := &policy.Recipient{ID: "travel-id", Name: "Deutsche Lufthansa AG", Role: policy.RoleJointController, Country: regionDE,
		Categories: []*policy.Category{account},
		Purpose:    "to run the Travel ID, the log-in you use with the airlines of the Lufthansa Group",
		Arrangement: "Deutsche Lufthansa AG runs the Travel ID and its security for the airlines of the group; each airline is responsible for what it does with your data when you book with it. " +
			"You may write to us or to Lufthansa about the Travel ID."}
	group := &policy.Recipient{ID: "group", Name: "the other airlines of the Lufthansa Group, such as Lufthansa, Austrian Airlines, Brussels Airlines and Edelweiss", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, documents, special, minors, baggage}, Purpose: "to carry you on the flights they operate and connect with ours"}
	mm := &policy.Recipient{ID: "miles-more", Name: "Miles & More GmbH", Role: policy.RoleThirdParty, Country: regionDE, NoticeURL: "https://www.miles-and-more.example/privacy",
		Categories: []*policy.Category{booking, miles}, Purpose: "to credit you the miles and points for your flights with us, under its own privacy policy"}
	partners := &policy.Recipient{ID: "partners", Name: "our codeshare and Star Alliance partners", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{booking, documents, special, miles}, Purpose: "to carry you on the flights they operate and to recognise your status"}
	airports := &policy.Recipient{ID: "airports", Name: "the airports you fly from and to, and ground handling agents", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, special, minors, baggage}, Purpose: "to check you in, board you, handle your bags and give the special assistance that the law makes the airport's task"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, payment}, Purpose: "to take your payment, refund you and screen payments for fraud"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, reservation system, call centre, survey and email providers, including companies of the Lufthansa Group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, documents, payment, account, baggage, service, online}, Country: regionDE}
	baggageSystem := &policy.Recipient{ID: "worldtracer", Name: "the operator of WorldTracer, the system airlines share to trace bags", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, baggage}, Country: regionCH}
	adtech := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking, online}, Country: regionUS, Purpose: "to show our ads on other websites and apps and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police, courts and the Federal Office of Civil Aviation (FOCA)", Role: policy.RoleAuthority, Country: regionCH,
		Categories: []*policy.Category{booking, payment, service, incidents}, Conditional: true, Purpose: "where the law obliges us to disclose, or to report an offence on board"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and services, and carrying you",
		Categories: []*policy.Category{booking, payment, documents}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, partners, airports, psps, providers},
		Required:   "without the names of the passengers, a contact and a means of payment we cannot sell you a flight"}
	api := &policy.Purpose{ID: "border", Name: "Giving advance passenger information and passenger name records to the authorities",
		Categories: []*policy.Category{booking, documents}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Recipients: []*policy.Recipient{border},
		Obligations: []policy.Obligation{fnia, eu10API, {Act: "Directive (EU) 2016/681 on passenger name record data", Region: regionEU}},
		Interest:    "meeting the entry rules of the countries outside Switzerland and the EU that we fly to, which otherwise would not let us land there",
		Required:    "where the law or the destination requires travel document details before a flight, you cannot check in or fly without giving them"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the special assistance and special meals you ask for",
		Categories: []*policy.Category{special, booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{airports, group, partners},
		Withdraw: "by cancelling the request with our service centre, after which we cannot arrange the assistance or the meal",
		Required: "asking is up to you; without the details of your needs we cannot arrange the assistance or the meal, and some conditions need a medical form before we can carry you"}
	um := &policy.Purpose{ID: "minors", Name: "Looking after children who travel alone",
		Categories: []*policy.Category{minors, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{airports, group},
		Required: "children from five to eleven may fly alone only with this service; we hand a child over only to an adult named in the form, who shows the identity document given"}
	disruption := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes, and handling refunds and compensation",
		Categories: []*policy.Category{booking, service, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7EU261, {Act: "the Agreement between the Swiss Confederation and the European Community on Air Transport (SR 0.748.127.192.68), Annex", Region: regionCH}},
		Recipients:  []*policy.Recipient{providers, psps},
		Required:    "if we do not have your own email address or phone number, we cannot tell you of a change to your flight"}
	bags := &policy.Purpose{ID: "baggage", Name: "Tracing, delivering and compensating delayed, damaged and lost baggage",
		Categories: []*policy.Category{baggage, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{baggageSystem, airports, group},
		Required: "without a description of the bag and a delivery address we cannot trace or return it"}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, recording calls and asking your opinion",
		Categories: []*policy.Category{service, booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "checking and improving the quality of our service and keeping a record of what was agreed on the phone", Recipients: []*policy.Recipient{providers},
		OptOut: true, OptOutHow: "by not answering a survey, or by telling the agent at the start of a call"}
	travelID := &policy.Purpose{ID: "travel-id", Name: "Running your Travel ID and the profile in which you save your details",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{lufthansa},
		Required: "a Travel ID needs your email address and a password; you may book without one"}
	milesPurpose := &policy.Purpose{ID: "miles", Name: "Passing your flights to Miles & More and giving you the benefits of your status",
		Categories: []*policy.Category{miles, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mm, partners},
		Required: "we credit miles only if you give your Miles & More number"}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Emailing our customers offers of flights and services like those they bought",
		Categories: []*policy.Category{booking, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about flights and services like those they bought", OptOut: true,
		OptOutHow: "with the link in every such email or when you book", ConsentExemptBy: []policy.Obligation{ch2UWG}, Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "profile", DirectMarketing: true, Name: "Building a customer profile to personalise our offers, website and newsletters",
		Categories: []*policy.Category{profile, booking, account, online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your Travel ID profile or with the link in every newsletter", Profiling: true}
	fraud := &policy.Purpose{ID: "fraud", Name: "Screening payments and bookings for fraud",
		Categories: []*policy.Category{payment, booking, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us from fraudulent bookings and payments", Recipients: []*policy.Recipient{psps}, HumanDecision: true}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping order and safety on board, and refusing carriage to passengers who endangered them",
		Categories: []*policy.Category{incidents, booking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting passengers and crew, as the captain's authority and our conditions of carriage allow", Recipients: []*policy.Recipient{police},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport},
			Automated: policy.AnswerNo, Contest: "by writing to our service centre"}}
	operation := &policy.Purpose{ID: "operation", Name: "Running our website and app and keeping them secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adtech}}
	books := &policy.Purpose{ID: "records", Name: "Keeping our business records and establishing and defending legal claims",
		Categories: []*policy.Category{payment, booking, service}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{records}, Interest: "keeping the records Swiss law requires of us and defending ourselves in disputes with passengers and claim agencies",
		Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Swiss International Air Lines Ltd", Address: "Malzgasse 15, 4052 Basel, Switzerland", Website: "https://www.swiss.example"},
			Registration: "a company of the Lufthansa Group", Country: regionCH},
		DPO: &policy.Contact{Name: "Data Protection Officer of SWISS", Email: "privacy@swiss.example", Address: "Postfach, 4002 Basel, Switzerland"},
		Representatives: []policy.Representative{{Region: regionEU,
			Contact: policy.Contact{Name: "Deutsche Lufthansa AG", Address: "Venloer Strasse 151-153, 50672 Köln, Germany", Email: "eu-representative@swiss.example"}}},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:        "https://www.swiss.example/privacy",
		Laws:       []policy.Law{policy.FADP, policy.GDPR},
		Scope:      []string{"swiss.com, the SWISS app, our service centres and airport desks"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{booking, documents, special, minors, payment, account, miles, baggage, service, incidents, profile, online, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers hold them."},
		},
		Purposes:   []*policy.Purpose{carriage, api, help, um, disruption, bags, care, travelID, milesPurpose, offers, personalise, fraud, safety, operation, analytics, ads, books},
		Recipients: []*policy.Recipient{border, lufthansa, group, mm, partners, airports, psps, providers, baggageSystem, adtech, police},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: partners, Categories: []*policy.Category{booking, documents, special, miles}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionDE, Recipient: mm, Categories: []*policy.Category{booking, miles}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionDE, Recipient: providers, Categories: []*policy.Category{booking, documents, payment, account, baggage, service, online}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionCH, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{tracking, online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{tracking, online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion:    []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account}, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for booking, log-in and security", Party: policy.PartyFirst, Purpose: operation, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: adtech, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adtech, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("by writing to our data protection officer or in your Travel ID profile"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Children:             policy.Children{MinimumAge: 18, ParentalConsent: true},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Card payments are processed to the Payment Card Industry Data Security Standard (PCI DSS)."}},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Links:      policy.Links{CookieSettings: "https://www.swiss.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "SWISS, Data Protection", Email: "privacy@swiss.example"},
	}
	return realPolicy{"airline (SWISS)", p, []statement{
		{says: "Swiss International Air Lines Ltd in Basel, a company of the Lufthansa Group, is responsible", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Registration, "Lufthansa Group")
		}},
		{says: "the policy covers swiss.com, the app, our service centres and airport desks", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 && p.URL != "" }},
		{says: "we follow the Swiss FADP and, for our offers to people in the EU, the GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "our data protection officer answers questions", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "Deutsche Lufthansa AG is our representative in the EU", typed: func(p *policy.Policy) bool {
			return len(p.Representatives) == 1 && p.Representatives[0].Region == regionEU
		}},
		{says: "to book we need the passengers' names, a contact and payment, given by you or the travel agency you booked through", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").Required != "" && slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty)
		}},
		{says: "if you book for others you must be entitled to give their data and tell them of this policy", typed: func(p *policy.Policy) bool {
			return othersGive(p, "booking") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "we give advance passenger information and passenger records to the authorities of Switzerland and the countries you fly to, as their laws require", typed: func(p *policy.Policy) bool {
			return p.Purpose("border").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Purpose("border").RestsOn(policy.BasisLegalObligation, policy.GDPR) &&
				recipient(p, "border").Role == policy.RoleAuthority
		}},
		{says: "without the document details a country requires you cannot fly there", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("border").Required, "cannot check in")
		}},
		{says: "passenger data goes to the authorities of the country you fly to, wherever it is", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Recipient == recipient(p, "border")
		}},
		{says: "for special assistance and special meals we process health data and data that may show your religion, with your express consent", typed: func(p *policy.Policy) bool {
			return p.Category("special").Sensitivity == policy.SensitivitySpecial && p.Purpose("assistance").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "some conditions need a medical form your doctor fills in before we can carry you", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("special").SourceDetail, "doctor") && strings.Contains(p.Purpose("assistance").Required, "medical form")
		}},
		{says: "airports and ground handlers receive what they need to assist you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("assistance").Recipients, recipient(p, "airports"))
		}},
		{says: "for children travelling alone we record the adults who bring and collect them, and hand the child only to the adult named", typed: func(p *policy.Policy) bool {
			return othersGive(p, "minors") && strings.Contains(p.Purpose("minors").Required, "adult named")
		}},
		{says: "we tell you of delays and cancellations and handle refunds and compensation under the passenger rights regulation, which applies in Switzerland too", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("disruption")
			return pu.RestsOn(policy.BasisLegalObligation, policy.GDPR) && pu.RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "we trace delayed bags through WorldTracer and deliver them to you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("baggage").Recipients, recipient(p, "worldtracer")) && p.Purpose("baggage").Uses(p.Category("baggage"))
		}},
		{says: "the other Lufthansa Group airlines, our codeshare and Star Alliance partners receive what they need to carry you", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleThirdParty && recipient(p, "partners").OwnPolicy
		}},
		{says: "partner airlines outside Switzerland and the EU receive your data because you fly with them", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardContractNecessity && p.Transfers[1].Recipient == recipient(p, "partners")
		}},
		{says: "the Travel ID is a log-in for the group's airlines, which we run jointly with Deutsche Lufthansa AG", typed: func(p *policy.Policy) bool {
			return recipient(p, "travel-id").Role == policy.RoleJointController && recipient(p, "travel-id").Arrangement != ""
		}},
		{says: "you may book without a Travel ID", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("travel-id").Required, "without one") }},
		{says: "Miles & More GmbH runs the frequent flyer programme under its own privacy policy, and we pass it your flights to credit your miles", typed: func(p *policy.Policy) bool {
			return recipient(p, "miles-more").NoticeURL != "" && recipient(p, "miles-more").Role == policy.RoleThirdParty && p.Purpose("miles").Required != ""
		}},
		{says: "Miles & More tells us your status so that we can give you its benefits", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("miles").SourceDetail, "status")
		}},
		{says: "we answer your questions and complaints, record calls after telling you, and ask your opinion in surveys you may ignore", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && p.Purpose("service").OptOut && p.Purpose("service").OptOutHow != ""
		}},
		{says: "we send our customers offers like what they bought, unless they refuse, as Swiss law allows", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.DirectMarketing && len(pu.ConsentExemptBy) == 1 && pu.OptOut
		}},
		{says: "with your consent we build a profile from your bookings and use of our website to personalise offers", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("profile")
			return pu.RestsOnConsent() && pu.Profiling && p.Category("profile").DerivedFrom[0] == p.Category("booking")
		}},
		{says: "we screen payments for fraud, and a person reviews the bookings flagged", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HumanDecision && p.Purpose("fraud").Interest != ""
		}},
		{says: "we never see your full card number, and payments are processed to PCI DSS", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we record incidents on board and may refuse to carry passengers who endangered safety, which they can contest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundSafetyReport) && s.Automated == policy.AnswerNo && s.Contestable()
		}},
		{says: "we report offences on board to the police", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "police").Categories, p.Category("incidents")) && recipient(p, "police").Conditional
		}},
		{says: "analytics and advertising cookies are set only with your consent, in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "advertising partners such as Google and Meta receive cookie data and are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[4].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[5].Origin == regionEU
		}},
		{says: "IT, reservation and call centre providers, many of them in the Lufthansa Group in Germany, process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[3].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "we keep records of sales as long as Swiss law requires", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we keep booking data as long as needed to carry you and settle claims", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "when you close your Travel ID we delete it, keeping only what the law or pending claims need", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "authorities receive data only where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you may ask for access, correction, deletion, restriction and a copy of your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the FDPIC or a data protection authority in the EU", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within 30 days, after checking who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(30) && len(p.Requests.Verification) == 2
		}},
		{says: "we take no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "only adults may book; children travel on bookings their parents make", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 && p.Children.ParentalConsent }},
		{says: "children travel alone from the age of five with our escort service", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("minors").Required, "from five to eleven")
		}},
		{says: "websites we link to and social networks have their own rules", typed: func(p *policy.Policy) bool { return len(p.External) == 2 }},
		{says: "we may change this policy; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "on board, the Wi-Fi provider processes the data of passengers who use it under its own terms", free: toIntroduction},
		{says: "lounges check your boarding pass and status at the entrance", free: toPurpose("miles")},
	}}
}
