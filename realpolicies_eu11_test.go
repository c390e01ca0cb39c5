package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The Dutch acts the ING paraphrase cites beyond those of
// realpolicies_eu6_test.go, each as the law of the Netherlands.
var (
	eu11Wwft       = policy.Obligation{Act: "Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)", Region: regionNL}
	eu11WwftTip    = policy.Obligation{Act: "Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft), art. 23", Region: regionNL}
	eu11Sanctions  = policy.Obligation{Act: "Sanctiewet 1977", Region: regionNL}
	eu11WftCredit  = policy.Obligation{Act: "Wet op het financieel toezicht (Wft), art. 4:32 and 4:34", Region: regionNL}
	eu11WftOath    = policy.Obligation{Act: "Wet op het financieel toezicht (Wft), art. 3:17b (the bankers' oath)", Region: regionNL}
	eu11AWRReport  = policy.Obligation{Act: "Algemene wet inzake rijksbelastingen (AWR), art. 53", Region: regionNL}
	eu11UAVGCrime  = policy.Obligation{Act: "Uitvoeringswet Algemene verordening gegevensbescherming (UAVG), art. 33(4)(c), with the permit of the Autoriteit Persoonsgegevens for the Incident Warning System of financial institutions", Region: regionNL}
	eu11PSD2RTS    = policy.Obligation{Act: "Commission Delegated Regulation (EU) 2018/389, art. 2 (transaction monitoring)", Region: regionEU}
	eu11DutchBooks = "the General Tax Act (AWR, art. 52), which requires records to be kept for seven years"
)

// realPolicyEu11ING paraphrases, in our own words and as we recall it,
// the privacy statement of ING Bank N.V. for its private customers in the
// Netherlands, as published in 2024-2025: the Amsterdam bank of the ING
// group, which opens current and savings accounts, issues cards, lends
// and gives mortgages, and runs Mijn ING and the ING Banking app. It
// checks who its customers are and screens payments as the Dutch
// anti-money-laundering and sanctions laws require, registers consumer
// credit with BKR, reports balances and interest to the tax authority,
// records fraud in its own incident register and in the register shared
// by Dutch financial institutions, records calls, films its branches
// and cash machines, shows customers insights into their spending, and
// offers them products that suit them from their data unless they
// object. ING Hubs in Romania, Poland, Slovakia and the Philippines
// work for it under the group's binding corporate rules. It declares the
// GDPR and the UAVG and names the Autoriteit Persoonsgegevens.
func realPolicyEu11ING() realPolicy {
	hq := "Bijlmerdreef 106, 1102 CT Amsterdam, the Netherlands"
	banking := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{eu11WftOath}}
	regionPH := language.MustParseRegion("PH")

	identity := &policy.Category{ID: "identity", Name: "Identity and contact data",
		Items: []string{"name, address, date and place of birth", "email address and phone number", "citizen service number (BSN)",
			"a copy of your identity document", "nationality, and the countries where you are resident for tax", "your signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the trade register of the Chamber of Commerce and public sources, such as sanctions lists", Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(7), From: policy.EventContractEnd, Law: eu11DutchBooks}}
	financial := &policy.Category{ID: "financial", Name: "Account and transaction data",
		Items: []string{"account numbers (IBAN) and balances", "payments in and out, with the name and account of the other party and the description",
			"card payments and cash withdrawals, with the merchant, place and time", "the products you have with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty, policy.SourceOtherUsers},
		SourceDetail: "other banks, payment systems and the people who pay you", Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(7), From: policy.EventContractEnd, Law: eu11DutchBooks}}
	credit := &policy.Category{ID: "credit", Name: "Credit data",
		Items: []string{"your income, expenses and debts", "your registrations at BKR", "the value and ownership of your home, if you apply for a mortgage",
			"our assessment of what you can borrow", "arrears in repaying"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "Stichting BKR and the Land Registry (Kadaster)", DerivedFrom: []*policy.Category{financial}, Linked: true, Secrecy: banking,
		Retention: policy.ByCriteria("as long as the credit runs and seven years after it ends")}
	interests := &policy.Category{ID: "interests", Name: "Your interests and needs",
		Items:       []string{"life events we see in your payments, such as a first salary or a move", "the products that may suit you", "how you respond to our offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{financial, identity}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a customer and have not objected")}
	online := &policy.Category{ID: "online", Name: "Online and device data",
		Items:       []string{"IP address", "device identifiers, model and operating system", "when and how you log in to Mijn ING and the app", "what you do in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to secure your account and prevent fraud")}
	contacts := &policy.Category{ID: "contacts", Name: "Conversations with us",
		Items:       []string{"recordings of phone calls", "chats and emails", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Secrecy: banking,
		Retention: policy.ByCriteria("recordings for as long as we need them as evidence of your instructions, and our correspondence as long as the rest of your file")}
	camera := &policy.Category{ID: "camera", Name: "Camera images",
		Items:       []string{"images from the cameras in our offices and at our cash machines"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("at most four weeks, unless we need the images to investigate an incident")}
	incidents := &policy.Category{ID: "incidents", Name: "Incident data",
		Items: []string{"fraud, or other crimes against a financial institution, of which you are suspected or that you committed",
			"your entry, if any, in our internal incident register and in the External Reference Register of Dutch financial institutions"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty},
		SourceDetail: "other financial institutions and the police", DerivedFrom: []*policy.Category{financial, online}, Linked: true,
		Retention: policy.ByCriteria("at most eight years in the External Reference Register, as the protocol of the Incident Warning System allows")}
	assistance := &policy.Category{ID: "assistance", Name: "Health data you tell us of",
		Items:       []string{"a disability or illness for which you need our help, such as being visually impaired"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	tracking := &policy.Category{ID: "tracking", Name: "Personal cookie data",
		Items:       []string{"cookie and advertising identifiers", "the pages you visit on our website and the ads of ours you see"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	group := &policy.Recipient{ID: "group", Name: "other ING companies, such as ING Hubs in Romania, Poland, Slovakia and the Philippines",
		Role: policy.RoleProcessor, Categories: []*policy.Category{identity, financial, contacts, online}, Country: regionPH,
		Purpose: "to run operations, IT and customer service for us"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of IT, cloud, printing and customer service", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, financial, contacts, online}, Country: regionEU}
	payments := &policy.Recipient{ID: "payments", Name: "other banks, payment systems such as SWIFT and iDEAL, and card schemes such as Visa and Mastercard", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Purpose: "to carry out your payments and card transactions", OwnPolicy: true}
	bkr := &policy.Recipient{ID: "bkr", Name: "Stichting BKR in Tiel", Role: policy.RoleThirdParty, Country: regionNL,
		Categories: []*policy.Category{identity, credit}, Purpose: "to register your credit and any arrears in its Central Credit Information System, which we check when you apply for credit",
		NoticeURL: "https://www.bkr.example/privacy"}
	tpps := &policy.Recipient{ID: "tpps", Name: "payment initiation and account information services you authorise", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Conditional: true, OwnPolicy: true, Purpose: "if you give such a service access to your account under the Payment Services Directive"}
	institutions := &policy.Recipient{ID: "institutions", Name: "banks, insurers and other financial institutions that take part in the Incident Warning System", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, incidents}, Country: regionNL, Conditional: true, Purpose: "if we enter you in the External Reference Register, so that they can protect themselves against fraud"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies and bailiffs", Role: policy.RoleThirdParty, Country: regionNL,
		Categories: []*policy.Category{identity, financial, credit}, Conditional: true, Purpose: "if you do not repay what you owe us"}
	taxAuthority := &policy.Recipient{ID: "tax", Name: "the Tax and Customs Administration (Belastingdienst)", Role: policy.RoleAuthority, Country: regionNL,
		Categories: []*policy.Category{identity, financial}, Purpose: "to report your balances, interest and debts every year, and the accounts of those resident for tax abroad"}
	authorities := &policy.Recipient{ID: "authorities", Name: "De Nederlandsche Bank, the Netherlands Authority for the Financial Markets (AFM), FIU-Nederland, the police and the courts",
		Role: policy.RoleAuthority, Country: regionNL, Categories: []*policy.Category{identity, financial, incidents, camera}, Conditional: true,
		Purpose: "where the law requires us to report or disclose, such as unusual transactions to FIU-Nederland"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social media, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and measure them"}

	onboarding := &policy.Purpose{ID: "onboarding", Name: "Accepting you as a customer and knowing who you are",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{eu11Wwft, eu11Sanctions}, Recipients: []*policy.Recipient{group, providers},
		Required: "the law requires us to know who you are; without your identity data and a copy of your identity document we cannot accept you as a customer"}
	services := &policy.Purpose{ID: "services", Name: "Providing your accounts, cards, payments and online banking",
		Categories: []*policy.Category{identity, financial, online}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{payments, group, providers, tpps},
		Required:   "we cannot make a payment for you without the details of the payee"}
	insights := &policy.Purpose{ID: "insights", Name: "Showing you insights into your income and spending in the app",
		Categories: []*policy.Category{financial}, Bases: []policy.Basis{policy.BasisContract}}
	notices := &policy.Purpose{ID: "notices", Name: "Telling you about your products, payments due and changes to our terms", ServiceMessages: true,
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Burgerlijk Wetboek, Book 7, art. 516 ff. (payment services)", Region: regionNL}}, Recipients: []*policy.Recipient{providers}}
	lending := &policy.Purpose{ID: "credit", Name: "Deciding on applications for credit and mortgages, and managing them",
		Categories: []*policy.Category{identity, financial, credit}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11WftCredit}, Recipients: []*policy.Recipient{bkr, collectors},
		Required:      "the law requires us to check whether you can afford a credit; without your income and expenses we cannot lend to you",
		Automated:     "when you apply online for a small loan or a credit card, our system decides from your data and your BKR registrations whether we grant it and up to what limit",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	aml := &policy.Purpose{ID: "aml", Name: "Preventing money laundering, terrorist financing and breaches of sanctions",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11Wwft, eu11Sanctions}, Recipients: []*policy.Recipient{authorities, group},
		TippingOff:    []policy.Obligation{eu11WwftTip},
		HumanDecision: true,
		Required:      "the law requires you to answer our questions about your transactions and the origin of your money; if you do not, we may have to end our relationship",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerNo, Contest: "by calling us"}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud and keeping your money safe",
		Categories: []*policy.Category{identity, financial, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11PSD2RTS},
		Interest:    "protecting you, ING and the financial sector against fraud and against payments you did not make",
		Automated:   "our systems may block a card or stop a payment automatically when it looks like fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerYes,
			Contest: "by calling us, after which a member of our staff looks at it", HumanReview: true}}
	warning := &policy.Purpose{ID: "incidents", Name: "Keeping our incident register and taking part in the Incident Warning System of financial institutions",
		Categories: []*policy.Category{identity, incidents}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting ING, its customers and other financial institutions against people who committed fraud", Recipients: []*policy.Recipient{institutions, authorities},
		Criminal: policy.CriminalAuthority{Laws: []policy.Obligation{eu11UAVGCrime}}}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting to the tax authority",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11AWRReport, eu6DutchTaxes}, Recipients: []*policy.Recipient{taxAuthority},
		Required: "the law requires you to give us your citizen service number and, if you are resident for tax abroad, your foreign tax number"}
	contact := &policy.Purpose{ID: "contact", Name: "Answering your questions and complaints, and recording calls",
		Categories: []*policy.Category{contacts, identity}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "being able to show what you asked us to do and training our staff", Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot answer a question about your account without knowing who you are"}
	helping := &policy.Purpose{ID: "assistance", Name: "Helping you if you have a disability or illness",
		Categories: []*policy.Category{assistance}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent},
		Withdraw: "by telling us", ConsentMethod: policy.ConsentMethodWritten}
	offers := &policy.Purpose{ID: "offers", Name: "Offering you products that suit you, in the app, in Mijn ING and by email", DirectMarketing: true,
		Categories: []*policy.Category{interests, identity, financial}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering our customers products that fit their situation", Profiling: true, OptOut: true,
		OptOutHow: "in the privacy settings of the app or Mijn ING, or with the link in every email", ConsentExemptBy: []policy.Obligation{eu6SoftOptIn},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving our products and processes, and developing and testing our models",
		Categories: []*policy.Category{financial, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making our services better and our models reliable, using pseudonymised data wherever we can", Recipients: []*policy.Recipient{group}}
	security := &policy.Purpose{ID: "security", Name: "Filming our offices and cash machines",
		Categories: []*policy.Category{camera}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers, our staff and our property", Recipients: []*policy.Recipient{authorities}}
	website := &policy.Purpose{ID: "website", Name: "Running our website and app and measuring how they are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you our website and improving it from statistics that have little impact on your privacy", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", Name: "Showing you our ads on other websites and social media", DirectMarketing: true,
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6Cookies}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}

	p := &policy.Policy{
		Title: "privacy statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "ING Bank N.V.", Address: hq, Website: "https://www.ing.example"},
			Registration: "Chamber of Commerce no. 33031431, a subsidiary of ING Groep N.V.", Country: regionNL},
		DPO:     &policy.Contact{Name: "Data Protection Officer of ING Bank N.V.", Email: "privacy@ing.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:       "https://www.ing.example/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6UAVG},
		Scope:     []string{"our private customers' accounts, cards, loans and mortgages, ing.nl, Mijn ING and the ING Banking app"},
		OtherNotices: []policy.Notice{
			{Covers: "the cookies on our website and in the app, in our cookie statement", URL: "https://www.ing.example/cookies"},
			{Covers: "job applicants", URL: "https://www.ing.example/careers/privacy"},
		},
		Categories: []*policy.Category{identity, financial, credit, interests, online, contacts, camera, incidents, assistance, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "biometrics", Name: "your fingerprint or face scan", Class: policy.DataClassBiometric,
				Note: "If you log in to the app with your fingerprint or face, your phone checks it; we never receive it."},
		},
		Purposes:    []*policy.Purpose{onboarding, services, insights, notices, lending, aml, fraud, warning, tax, contact, helping, offers, improve, security, website, ads},
		Recipients:  []*policy.Recipient{group, providers, payments, bkr, tpps, institutions, collectors, taxAuthority, authorities, adPartners},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionPH, Recipient: group, Categories: []*policy.Category{identity, financial, contacts, online},
				Safeguard: policy.SafeguardBindingCorporateRules, Note: "Our binding corporate rules, the ING Global Data Protection Policy, are published on our website."},
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationPayee, Recipient: payments, Categories: []*policy.Category{identity, financial},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventContractEnd, Categories: []*policy.Category{identity, financial, contacts},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(7)}},
		Cookies: []policy.Cookie{
			{ID: "functional", Name: "functional cookies for logging in, security and your settings", Party: policy.PartyFirst, Purpose: services,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentExemptStatistics},
			{ID: "personal", Name: "personal cookies for advertising", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in Mijn ING, in the app or by calling us"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by calling us, after which a member of our staff reviews the decision"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our data protection officer, with a copy of your identity document"},
		Redress: []policy.Redress{eu6DutchAP},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureLeastPrivilege}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.ing.example/cookie-settings"},
		Children: policy.Children{ConsentAge: 16, ParentalConsent: true, ParentRequests: "in the parent's own Mijn ING",
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoMarketing}},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@ing.example"},
	}
	return realPolicy{"retail bank (ING Netherlands)", p, []statement{
		{says: "ING Bank N.V. in Amsterdam, a subsidiary of ING Groep N.V., is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionNL && p.Controller.Name == "ING Bank N.V." && strings.Contains(p.Controller.Registration, "ING Groep")
		}},
		{says: "ING has a data protection officer, whom you can write to", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data under the GDPR and the Dutch GDPR Implementation Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu6UAVG
		}},
		{says: "this statement covers our private customers' products, ing.nl, Mijn ING and the app; cookies and job applicants have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "Mijn ING") && len(p.OtherNotices) == 2
		}},
		{says: "we collect your name, address, date of birth, contact details, citizen service number and a copy of your identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "citizen service number (BSN)") && slices.Contains(p.Category("identity").Items, "a copy of your identity document")
		}},
		{says: "the anti-money-laundering and sanctions laws require us to know who you are; without that we cannot accept you", typed: func(p *policy.Policy) bool {
			o := p.Purpose("onboarding")
			return o.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(o.Obligations, eu11Wwft) && strings.Contains(o.Required, "cannot accept")
		}},
		{says: "we provide your accounts, cards, payments and online banking under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("services").Required != ""
		}},
		{says: "we record your payments with the name and account of the other party, and where and when you pay by card", typed: func(p *policy.Policy) bool {
			return len(p.Category("financial").Items) == 4 && strings.Contains(p.Category("financial").Items[2], "merchant")
		}},
		{says: "we also process data of people who are not our customers, such as those who pay you or whom you pay", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Sources, policy.SourceOtherUsers)
		}},
		{says: "other banks, payment systems and card schemes receive what they need to carry out your payments", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payments")
			return r.Role == policy.RoleThirdParty && r.OwnPolicy && slices.Contains(p.Purpose("services").Recipients, r)
		}},
		{says: "a payment abroad goes to the payee's bank in the payee's country, because you asked us to make it", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "if you let a payment initiation or account information service into your account, we give it what you authorise", typed: func(p *policy.Policy) bool {
			r := recipient(p, "tpps")
			return r.Conditional && r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
		{says: "we show you insights into your income and spending in the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("insights").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("insights").Uses(p.Category("financial"))
		}},
		{says: "we send you messages about your products, payments due and changes to our terms, whatever your marketing choices", typed: func(p *policy.Policy) bool {
			n := p.Purpose("notices")
			return n.ServiceMessages && !n.DirectMarketing
		}},
		{says: "before lending we must check whether you can afford the credit, and we consult and report to BKR", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit")
			return c.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(c.Recipients, recipient(p, "bkr")) && c.Obligations[0] == eu11WftCredit
		}},
		{says: "BKR registers your credit and any arrears, under its own privacy statement", typed: func(p *policy.Policy) bool {
			return recipient(p, "bkr").NoticeURL != "" && slices.Contains(p.Category("credit").Items, "your registrations at BKR")
		}},
		{says: "for a mortgage we look up your home in the Land Registry", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("credit").SourceDetail, "Kadaster")
		}},
		{says: "small loans and credit cards applied for online are decided automatically, and you may ask for a person to review the decision", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "if you do not repay, we may pass the debt to a collection agency or bailiff", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "we monitor transactions for money laundering, terrorist financing and sanctions, and may stop a payment or block an account", typed: func(p *policy.Policy) bool {
			a := p.Purpose("aml")
			return slices.Contains(a.Obligations, eu11Sanctions) && slices.Contains(a.Suspension.Targets, policy.SuspensionTargetPayment)
		}},
		{says: "our systems flag unusual transactions, and our staff decide", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").HumanDecision && p.Purpose("aml").Suspension.Automated == policy.AnswerNo
		}},
		{says: "if you do not answer our questions about your transactions, we may end our relationship", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("aml").Required, "end our relationship")
		}},
		{says: "we report unusual transactions to FIU-Nederland and may not tell you so", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").TippingOff[0] == eu11WwftTip && strings.Contains(recipient(p, "authorities").Purpose, "FIU-Nederland")
		}},
		{says: "our fraud systems may block a card or stop a payment automatically; call us and a member of staff looks at it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && s.HumanReview && s.Contest != "" && slices.Contains(s.Targets, policy.SuspensionTargetCard)
		}},
		{says: "we prevent fraud in our legitimate interest and that of the financial sector, and because the payment services rules require us to monitor transactions", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && strings.Contains(f.Interest, "financial sector") && f.Obligations[0] == eu11PSD2RTS
		}},
		{says: "we record fraud in our incident register and may enter you in the External Reference Register shared by financial institutions, as the law and the Incident Warning System allow", typed: func(p *policy.Policy) bool {
			w := p.Purpose("incidents")
			return p.Category("incidents").Criminal && w.Criminal.Laws[0] == eu11UAVGCrime && recipient(p, "institutions").Conditional
		}},
		{says: "an entry in the External Reference Register stays for at most eight years", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("incidents").Retention.Criteria, "eight years")
		}},
		{says: "we report your balances and interest to the Tax and Customs Administration every year, with your citizen service number", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tax")
			return t.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(t.Recipients, recipient(p, "tax")) && !recipient(p, "tax").Conditional
		}},
		{says: "if you are resident for tax abroad, the law requires you to give us your foreign tax number", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("tax").Required, "foreign tax number")
		}},
		{says: "we record phone calls, to show what you asked us to do and to train our staff", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").RecordingNotice && p.Purpose("contact").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we film our offices and cash machines to protect customers, staff and property, and keep the images for at most four weeks unless an incident needs them", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("camera")) && strings.Contains(p.Category("camera").Retention.Criteria, "four weeks")
		}},
		{says: "we process health data, such as a disability, only if you tell us so that we can help you, with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && p.Purpose("assistance").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "if you log in with your fingerprint or face, your phone checks it and we never receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassBiometric
		}},
		{says: "we use your data, including your payments, to offer you products that suit you, in our legitimate interest", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && slices.Contains(p.Category("interests").DerivedFrom, p.Category("financial"))
		}},
		{says: "you may object to this in the privacy settings of the app or Mijn ING, and to our emails with the link in each", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && strings.Contains(o.OptOutHow, "privacy settings") && o.ConsentExemptBy[0] == eu6SoftOptIn
		}},
		{says: "we send no marketing to children under 16", typed: func(p *policy.Policy) bool {
			return p.Children.ConsentAge == 16 && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoMarketing)
		}},
		{says: "a parent or guardian opens and manages the account of a child and exercises the child's rights", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && p.Children.ParentRequests != ""
		}},
		{says: "we use pseudonymised data to improve our products and to develop and test our models", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("improve").Interest, "pseudonymised")
		}},
		{says: "we never sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "functional cookies are set without consent, and analytics cookies with little impact on your privacy too", typed: func(p *policy.Policy) bool {
			return cookie(p, "functional").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentExemptStatistics
		}},
		{says: "personal cookies, with which we and our partners show you ads, are set only with your consent, as the Telecommunications Act requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "personal").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").ConsentRequiredBy[0] == eu6Cookies
		}},
		{says: "ING companies, among them ING Hubs in the Philippines, work for us under our binding corporate rules", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return recipient(p, "group").Role == policy.RoleProcessor && t.Safeguard == policy.SafeguardBindingCorporateRules && t.Note != ""
		}},
		{says: "providers of IT, cloud, printing and customer service process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data to De Nederlandsche Bank, the AFM, the police and the courts only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "our staff are bound to secrecy by the bankers' oath", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && p.Category("financial").Secrecy.Laws[0] == eu11WftOath
		}},
		{says: "we keep your data for seven years after our relationship ends, as the tax law requires, and longer only for a dispute", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return p.Category("identity").Retention.Period == policy.Years(7) && d.Keeps(policy.KeptLegalClaims) && d.KeptFor == policy.Years(7)
		}},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "if you have no Mijn ING, send your request to our data protection officer with a copy of your identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.WithoutAccount != ""
		}},
		{says: "you may complain to the Autoriteit Persoonsgegevens", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu6DutchAP
		}},
		{says: "we protect your data with encryption, access controls, need-to-know access and staff training", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we will never ask you for your PIN or login codes by phone, email or text message; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we tell you of important changes to this statement on our website and in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "this statement applies to private customers, former and prospective customers, and people who are not our customers, such as payees, guarantors and those who act for a customer", free: toIntroduction},
		{says: "we use your citizen service number only where the law allows it", free: toCategory("identity")},
	}}
}

// The German acts and authority the MediaMarkt paraphrase cites beyond
// those of the other files, each as the law of Germany.
var (
	eu11JuSchG = policy.Obligation{Act: "Jugendschutzgesetz (JuSchG), § 12", Region: regionDE}
	eu11BayLDA = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
		Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", Address: "Promenade 18, 91522 Ansbach, Germany", Website: "https://www.lda.bayern.example"}}
)

// realPolicyEu11MediaMarkt paraphrases, in our own words and as we
// recall it, the privacy notice of MediaMarkt's online shop, app and
// myMediaMarkt in Germany, as published in 2024-2025: the consumer
// electronics retailer of the MediaMarktSaturn group (CECONOMY), whose
// e-commerce company in Ingolstadt runs mediamarkt.de, the app and the
// free loyalty programme myMediaMarkt together with the MediaMarkt
// stores, which are companies of their own. Customers order online for
// delivery or pickup in store; bulky goods are delivered and connected,
// devices repaired and installed; mobile contracts are arranged with the
// network operators, and financing with Santander Consumer Bank. Members
// of myMediaMarkt show their digital card at the till, collect their
// receipts in the account, get vouchers and, with their consent,
// offers chosen from their purchases. Orders are screened for fraud,
// which decides which payment methods are offered. Newsletters need
// double opt-in consent, and analytics and advertising cookies consent
// under § 25 TDDDG. It declares the GDPR, the BDSG and the TDDDG, and
// names the Bavarian authority.
func realPolicyEu11MediaMarkt() realPolicy {
	hq := "Wankelstraße 5, 85046 Ingolstadt, Germany"

	account := &policy.Category{ID: "account", Name: "Customer account data",
		Items:       []string{"salutation, first name and last name", "email address and password", "billing and delivery addresses", "phone number", "date of birth", "customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order data",
		Items: []string{"the products you order, with prices", "the delivery or pickup you choose", "returns, cancellations and warranty claims", "invoices",
			"the name and address of someone you have an order delivered to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method you choose", "the result of the payment", "for purchase on invoice or financing, the result of the credit check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "payment service providers and Santander Consumer Bank", Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	loyalty := &policy.Category{ID: "loyalty", Name: "myMediaMarkt data",
		Items: []string{"your member number, shown as a digital card in the app", "what you buy online and, when you show your card, in our stores",
			"your digital receipts", "the vouchers and benefits you receive and redeem"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Interest profile",
		Items:       []string{"the product groups and brands you are interested in", "how often you buy and which offers you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{loyalty, orders}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	services := &policy.Category{ID: "services", Name: "Service orders",
		Items: []string{"the device you bring for repair and the fault you describe", "appointments for delivery, connection and installation at your home",
			"the device protection plans you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	mobile := &policy.Category{ID: "mobile", Name: "Mobile contract data",
		Items:       []string{"the tariff and network operator you choose", "your identity document", "your bank details (IBAN)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to arrange the contract and to settle our commission with the network operator")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your questions and complaints by phone, chat, email or in store", "our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deal with your matter and as long as a claim about it may be brought")}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"your rating and review", "the name you choose to show"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the product is offered, unless you ask us to remove the review")}
	location := &policy.Category{ID: "location", Name: "Location",
		Items:       []string{"the location of your phone, when you look for the nearest store"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "Usage and device data",
		Items:       []string{"IP address", "browser, device and app version", "the pages and products you view, your searches and your basket", "a fingerprint of your device's settings, for checking orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie or the check of an order needs it, as the cookie settings state")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	stores := &policy.Recipient{ID: "stores", Name: "the MediaMarkt store companies", Role: policy.RoleJointController, Country: regionDE,
		Categories:  []*policy.Category{account, loyalty, orders, service},
		Arrangement: "We run the online shop, the app and myMediaMarkt; the store you shop in sells to you there and records your purchases in your myMediaMarkt account when you show your card. We have agreed that we inform you and answer your requests for both; you may also ask in any store."}
	carriers := &policy.Recipient{ID: "carriers", Name: "parcel services and forwarders that deliver your orders", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order and tell you when it arrives", OwnPolicy: true}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, such as PayPal and card acquirers", Role: policy.RoleThirdParty, Country: regionEU,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "to take your payment, and for purchase on invoice to check your credit", OwnPolicy: true}
	santander := &policy.Recipient{ID: "santander", Name: "Santander Consumer Bank AG", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{account, orders}, Conditional: true,
		Purpose: "if you choose financing, to check your credit with credit agencies and make the loan agreement with you", NoticeURL: "https://www.santander.example/privacy"}
	operators := &policy.Recipient{ID: "operators", Name: "the network operators, such as Telekom, Vodafone and o2", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{account, mobile}, Conditional: true, OwnPolicy: true,
		Purpose: "if you take out a mobile contract with us, to check your credit and conclude the contract"}
	insurers := &policy.Recipient{ID: "insurers", Name: "the insurers of the device protection plans we sell", Role: policy.RoleThirdParty, Country: regionDE,
		Categories: []*policy.Category{account, services}, Conditional: true, OwnPolicy: true, Purpose: "if you buy a protection plan, to insure your device"}
	group := &policy.Recipient{ID: "group", Name: "companies of the MediaMarktSaturn group that run IT, logistics and customer service for us", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, loyalty, service, usage}, Country: regionEU}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, cloud, email, customer service software and order checks", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, loyalty, usage, service, reviews}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google, Meta and Criteo", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, prosecutors and tax authorities", Role: policy.RoleAuthority, Country: regionDE,
		Categories: []*policy.Category{account, orders, payment}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	customerAccount := &policy.Purpose{ID: "account", Name: "Running your customer account",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "you need an email address and a password for an account; you can also order as a guest"}
	selling := &policy.Purpose{ID: "orders", Name: "Selling, delivering and handing over what you order, and handling returns and warranty claims",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, psps, stores, group},
		Required: "without your name, address and a means of payment we cannot deliver an order"}
	updates := &policy.Purpose{ID: "updates", Name: "Telling you by email and text message about your order and its delivery", ServiceMessages: true,
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, carriers}}
	minors := &policy.Purpose{ID: "youth", Name: "Checking your age before we deliver films and games not released for young people",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu11JuSchG},
		Recipients: []*policy.Recipient{carriers}, AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument},
		Required: "the law forbids us to hand such media to anyone under 18; the carrier hands them over only against an identity document"}
	financing := &policy.Purpose{ID: "financing", Name: "Arranging financing through Santander Consumer Bank",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{santander},
		Required: "financing is up to you; if the bank declines, you can pay another way"}
	contracts := &policy.Purpose{ID: "mobile", Name: "Arranging mobile contracts with the network operators",
		Categories: []*policy.Category{account, mobile}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{operators},
		Required: "the network operator needs your identity document and bank details to conclude the contract"}
	repairs := &policy.Purpose{ID: "services", Name: "Repairing, delivering, connecting and installing devices, and selling protection plans",
		Categories: []*policy.Category{account, services}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurers, group},
		Required: "we cannot repair a device or come to your home without your contact details"}
	member := &policy.Purpose{ID: "loyalty", Name: "Running myMediaMarkt",
		Categories: []*policy.Category{account, loyalty}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, group, providers},
		Required: "to join you give your name, email address and date of birth; without them you cannot join, but you can still shop with us", MinimumAge: 18}
	personal := &policy.Purpose{ID: "personalisation", Name: "Choosing offers and vouchers for myMediaMarkt members from their purchases", DirectMarketing: true,
		Categories: []*policy.Category{profile, loyalty, orders}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account settings or by writing to us", Profiling: true, Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", Name: "Sending you our newsletter", DirectMarketing: true,
		Categories: []*policy.Category{account, profile}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{eu7UWGConsent}, Withdraw: "with the unsubscribe link in every newsletter or in your account", Recipients: []*policy.Recipient{providers}}
	similar := &policy.Purpose{ID: "similar", Name: "Emailing our customers offers of products like those they bought", DirectMarketing: true,
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they bought", OptOut: true,
		OptOutHow: "with the link in every such email, or when you give us your email address", ConsentExemptBy: []policy.Obligation{eu8UWGExempt},
		Recipients: []*policy.Recipient{providers}}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your product reviews",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking us to remove the review", Recipients: []*policy.Recipient{providers}}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond an order", Recipients: []*policy.Recipient{group, stores},
		Required: "we cannot look into a complaint about an order without its details"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Checking orders for fraud and choosing the payment methods we offer",
		Categories: []*policy.Category{account, orders, usage, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting us and our customers against fraudulent orders and payment defaults",
		Automated:  "when you order online, an automated check of your order, your address and your device decides whether we offer you purchase on invoice and other payment methods with a risk of default",
		Recipients: []*policy.Recipient{providers, psps}}
	location2 := &policy.Purpose{ID: "location", Name: "Finding the store nearest to you in the app",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in your phone's settings"}
	operation := &policy.Purpose{ID: "operation", Name: "Running our website and app and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, to improve them",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", Name: "Showing you our ads on other websites and apps and measuring them", DirectMarketing: true,
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records",
		Categories: []*policy.Category{orders, payment, services}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7HGB, eu7AO}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep invoices and accounting records"}

	p := &policy.Policy{
		Title: "privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Media Markt E-Business GmbH", Address: hq, Website: "https://www.mediamarkt.example"},
			Registration: "a company of the MediaMarktSaturn group", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "datenschutz@mediamarkt.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:       "https://www.mediamarkt.example/de/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{de2BDSG, de2TDDDG},
		Scope:     []string{"mediamarkt.de, the MediaMarkt app, myMediaMarkt and our services"},
		OtherNotices: []policy.Notice{
			{Covers: "the video surveillance in our stores, in the notices at their entrances"},
			{Covers: "job applicants", URL: "https://karriere.mediamarkt.example/privacy"},
		},
		External:   []policy.ExternalService{policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, orders, payment, loyalty, profile, services, mobile, service, reviews, location, usage, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "The payment service providers keep it."},
		},
		Purposes: []*policy.Purpose{customerAccount, selling, updates, minors, financing, contracts, repairs, member, personal, newsletter, similar, reviewing, care, fraud,
			location2, operation, analytics, ads, records},
		Recipients: []*policy.Recipient{stores, carriers, psps, santander, operators, insurers, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, loyalty, usage, service, reviews},
				Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, loyalty, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for your basket, login and security", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "marketing", Name: "marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your customer account or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by writing to customer service, who will look at your order"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our data protection officer"},
		Redress:    []policy.Redress{eu11BayLDA},
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:      policy.Links{CookieSettings: "https://www.mediamarkt.example/de/cookie-settings"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "datenschutz@mediamarkt.example"},
	}
	return realPolicy{"electronics retailer and loyalty programme (MediaMarkt)", p, []statement{
		{says: "Media Markt E-Business GmbH in Ingolstadt, a company of the MediaMarktSaturn group, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Name == "Media Markt E-Business GmbH" && p.Controller.Registration != ""
		}},
		{says: "the MediaMarkt stores are controllers jointly with us for myMediaMarkt, and we tell you what each does", typed: func(p *policy.Policy) bool {
			s := recipient(p, "stores")
			return s.Role == policy.RoleJointController && strings.Contains(s.Arrangement, "answer your requests")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the BDSG and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == de2BDSG && p.LegalActs[1] == de2TDDDG
		}},
		{says: "this notice covers mediamarkt.de, the app, myMediaMarkt and our services; video surveillance in stores and job applicants have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "myMediaMarkt") && len(p.OtherNotices) == 2
		}},
		{says: "for a customer account you give your name, email address, password and addresses; you may also order as a guest", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(p.Purpose("account").Required, "guest")
		}},
		{says: "we sell and deliver what you order, or have it ready for pickup in store, and handle returns and warranty claims, under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("orders").Items, "returns, cancellations and warranty claims")
		}},
		{says: "without your name, address and a means of payment we cannot deliver an order", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("orders").Required, "cannot deliver")
		}},
		{says: "if you have an order delivered to someone else, you give us their name and address and must tell them", typed: func(p *policy.Policy) bool {
			return othersGive(p, "orders") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "parcel services and forwarders receive your name, address and phone number to deliver your order", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers"))
		}},
		{says: "we email or text you about your order and its delivery", typed: func(p *policy.Policy) bool {
			return p.Purpose("updates").ServiceMessages && !p.Purpose("updates").DirectMarketing
		}},
		{says: "films and games not released for young people are handed over only to adults, against an identity document, as the Youth Protection Act requires", typed: func(p *policy.Policy) bool {
			y := p.Purpose("youth")
			return y.RestsOn(policy.BasisLegalObligation, policy.GDPR) && y.Obligations[0] == eu11JuSchG && slices.Contains(y.AgeChecks, policy.AgeCheckDocument)
		}},
		{says: "payment service providers take your payment under their own privacy policies, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").OwnPolicy && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "for purchase on invoice the payment service provider checks your credit", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "psps").Purpose, "check your credit")
		}},
		{says: "if you choose financing, Santander Consumer Bank checks your credit and makes the loan agreement with you, as a controller in its own right", typed: func(p *policy.Policy) bool {
			s := recipient(p, "santander")
			return s.Role == policy.RoleThirdParty && s.Conditional && s.NoticeURL != "" && strings.Contains(p.Purpose("financing").Required, "another way")
		}},
		{says: "if you take out a mobile contract with us, the network operator receives your details and identity document, checks your credit and concludes the contract", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mobile")
			return recipient(p, "operators").Conditional && m.Uses(p.Category("mobile")) && strings.Contains(m.Required, "identity document")
		}},
		{says: "we repair devices, deliver, connect and install them at your home, and sell protection plans whose insurer receives your details", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").RestsOn(policy.BasisContract, policy.GDPR) && recipient(p, "insurers").Conditional
		}},
		{says: "myMediaMarkt is free and open from the age of 18", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").MinimumAge == 18
		}},
		{says: "to join myMediaMarkt you give your name, email address and date of birth", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("loyalty").Required, "cannot join") && slices.Contains(p.Category("account").Items, "date of birth")
		}},
		{says: "show your digital card at the till and your store purchases and receipts are added to your account", typed: func(p *policy.Policy) bool {
			l := p.Category("loyalty")
			return slices.Contains(l.Items, "your digital receipts") && strings.Contains(l.Items[1], "when you show your card")
		}},
		{says: "with your consent we analyse your purchases to choose offers and vouchers for you", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalisation")
			return pe.Profiling && pe.RestsOnConsent() && slices.Contains(p.Category("profile").DerivedFrom, p.Category("loyalty"))
		}},
		{says: "you may withdraw that consent in your account at any time, and we then delete the profile", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Withdraw != "" && p.Category("profile").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we send the newsletter only with your consent, confirmed by double opt-in and recorded, as § 7 UWG requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.ConsentMethod == policy.ConsentMethodDoubleOptIn && n.ConsentLogged && n.ConsentRequiredBy[0] == eu7UWGConsent
		}},
		{says: "we may email customers offers of products like those they bought, as § 7(3) UWG allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			s := p.Purpose("similar")
			return s.OptOut && s.OptOutHow != "" && s.ConsentExemptBy[0] == eu8UWGExempt && !s.RestsOnConsent()
		}},
		{says: "with your consent we publish your product reviews under the name you choose", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").RestsOnConsent()
		}},
		{says: "customer service uses what you tell us, by phone, chat, email or in store, to answer you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "an automated check of online orders for fraud decides which payment methods we offer you", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && f.RestsOn(policy.BasisContract, policy.GDPR) && f.Uses(p.Category("usage"))
		}},
		{says: "you may ask for a person to look at that decision, give your view and contest it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the app finds the nearest store with your phone's location, if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "analytics and marketing cookies are set only with your consent, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "marketing").Consent == policy.CookieConsentOptIn &&
				p.Purpose("advertising").ConsentRequiredBy[0] == eu7TDDDG
		}},
		{says: "cookies needed for your basket, login and security are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "with your consent, advertising partners such as Google, Meta and Criteo show and measure our ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "advertising").Role == policy.RoleThirdParty && p.Category("tracking").Tracking
		}},
		{says: "companies of our group and providers of hosting, email and customer service software process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "providers and advertising partners in the US receive data under the EU-US Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to the police, prosecutors and tax authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we keep invoices and accounting records for ten years, as the Commercial Code and the Fiscal Code require", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Law == de2Bookkeeping
		}},
		{says: "when you close your account we delete your data, except what we must keep, which we then only store", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "you may access, rectify and erase your data, restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object at any time to processing in our legitimate interests and to direct marketing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && p.Purpose("similar").DirectMarketing
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to a supervisory authority, in particular the Bavarian State Office for Data Protection Supervision", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu11BayLDA
		}},
		{says: "we protect data with encryption in transit and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "the version published on our website applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.URL != ""
		}},
		// Free text.
		{says: "before you bring a device for repair, back up your data; we may have to reset the device, and we look at your data only as far as the repair needs", free: toPurpose("services")},
		{says: "if you contact us on social networks, their operators process your data too, under their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
	}}
}

// The Spanish acts the Mercadona paraphrase cites beyond those of the
// other files, each as the law of Spain.
var (
	eu11ESConsumers = policy.Obligation{Act: "Real Decreto Legislativo 1/2007, texto refundido de la Ley General para la Defensa de los Consumidores y Usuarios, art. 21", Region: regionES}
	eu11ESTax       = policy.Obligation{Act: "Ley 58/2003, de 17 de diciembre, General Tributaria, arts. 29 and 66", Region: regionES}
	eu11ESCommerce  = policy.Obligation{Act: "Código de Comercio, art. 30", Region: regionES}
	eu11ESAlcohol   = policy.Obligation{Act: "the laws of the autonomous communities that forbid selling alcoholic drinks to minors", Region: regionES}
	eu11ESBooks     = "the General Tax Act (Ley 58/2003, art. 66), under which tax may be assessed for four years, and the Commercial Code (art. 30), which requires accounting records to be kept for six years"
)

// realPolicyEu11Mercadona paraphrases, in our own words and as we recall
// it, the privacy policy of Mercadona, S.A. for its customers, the users
// of its online shop and app, and the people its store cameras record,
// as published in 2024-2025: the Valencian supermarket chain, which
// sells groceries in its stores and, in several Spanish cities, online
// for delivery at home by its own staff and vans from its dedicated
// warehouses. Customers register with their contact details and a
// delivery address, choose a delivery slot, and pay by card, the amount
// being charged once the order is prepared. Customer service answers by
// a free phone line, whose calls are recorded, and by email. The stores
// and car parks are filmed for security, and the images erased within a
// month, as art. 22 LOPDGDD requires. Analytics cookies need consent
// under art. 22.2 LSSI. It declares the GDPR, the LOPDGDD and the LSSI,
// and names the AEPD.
func realPolicyEu11Mercadona() realPolicy {
	hq := "C/ Valencia 5, 46016 Tavernes Blanques (Valencia), Spain"

	account := &policy.Category{ID: "account", Name: "Registration data",
		Items:       []string{"first name and surnames", "email address and password", "mobile phone number", "delivery address and postal code"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order data",
		Items: []string{"the products you order and those you receive", "the delivery day and time slot you choose", "instructions for our delivery staff",
			"the receipt, and the invoice with your tax number if you ask for one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(eu11ESBooks)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the card's type and last digits", "the authorisation and the charge of each order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the bank that processes card payments for us", Linked: true,
		Retention: policy.AsRequiredBy(eu11ESBooks)}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"recordings of calls to our customer service", "emails and web forms", "complaints and claims, including official complaint forms"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to deal with your matter, and then blocked for as long as a claim about it may be brought")}
	video := &policy.Category{ID: "video", Name: "Images from our security cameras",
		Items:       []string{"images of people in our stores, car parks and warehouses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(1), From: policy.EventCollection, Law: "the LOPDGDD, art. 22.3",
			Note: "Images that show an act against people or property are kept to be handed to the courts or the police within 72 hours of our learning of it."}}
	browsing := &policy.Category{ID: "browsing", Name: "Browsing data",
		Items:       []string{"IP address", "browser, device and app version", "the pages you visit and your searches in the shop"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie lasts, as the cookie policy states")}

	bank := &policy.Recipient{ID: "bank", Name: "the bank that processes card payments", Role: policy.RoleThirdParty, Country: regionES,
		Categories: []*policy.Category{payment}, Purpose: "to authorise and charge your card payment", OwnPolicy: true}
	providers := &policy.Recipient{ID: "providers", Name: "providers of IT, hosting, messaging and customer service", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, service, browsing}, Country: regionEU}
	guards := &policy.Recipient{ID: "guards", Name: "security companies that watch our cameras", Role: policy.RoleProcessor, Country: regionES,
		Categories: []*policy.Category{video}}
	analyticsProvider := &policy.Recipient{ID: "analytics", Name: "our web analytics provider", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{browsing}}
	authorities := &policy.Recipient{ID: "authorities", Name: "the courts, the security forces and the tax authority", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{account, orders, payment, video}, Conditional: true, Purpose: "where the law obliges us to disclose, such as images of a crime"}
	consumerBodies := &policy.Recipient{ID: "consumer", Name: "consumer authorities and arbitration boards", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{account, orders, service}, Conditional: true, Purpose: "if you take a complaint to them"}

	registration := &policy.Purpose{ID: "account", Name: "Registering you as a user of our online shop",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your name, email address, phone number and delivery address; without them you cannot register, and we deliver only to the postal codes we serve", MinimumAge: 18}
	shop := &policy.Purpose{ID: "orders", Name: "Preparing, delivering and charging your online orders",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{bank, providers},
		Required: "without a delivery address, a time slot and a card we cannot deliver an order"}
	alcohol := &policy.Purpose{ID: "alcohol", Name: "Checking that whoever receives alcoholic drinks is of age",
		Categories: []*policy.Category{orders}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu11ESAlcohol},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument},
		Required:  "our staff hand alcoholic drinks only to an adult who shows an identity document on request; otherwise they take the drinks back"}
	updates := &policy.Purpose{ID: "updates", Name: "Telling you by email and text message about your order and its delivery", ServiceMessages: true,
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions, requests, complaints and claims",
		Categories: []*policy.Category{service, account, orders}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{eu11ESConsumers}, Recipients: []*policy.Recipient{providers, consumerBodies},
		Required: "we cannot answer a complaint without your contact details and what it is about"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls to customer service",
		Categories: []*policy.Category{service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "checking the quality of our service and keeping a record of what was agreed", OptOut: true,
		OptOutHow: "by telling us at the start of the call, or by writing to us instead"}
	surveillance := &policy.Purpose{ID: "video", Name: "Keeping our stores, car parks and warehouses safe with cameras",
		Categories: []*policy.Category{video}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting people, goods and premises", Recipients: []*policy.Recipient{guards, authorities}}
	operation := &policy.Purpose{ID: "operation", Name: "Running our website and app and keeping them secure",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the shop and defending it against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our shop is used, to improve it",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{analyticsProvider}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our tax and accounting records",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu11ESTax, eu11ESCommerce}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to issue invoices and keep them"}

	p := &policy.Policy{
		Title: "privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Mercadona, S.A.", Address: hq, Website: "https://www.mercadona.example"},
			Registration: "NIF A-46103834", Country: regionES},
		DPO:     &policy.Contact{Name: "Delegado de Protección de Datos", Email: "dpo@mercadona.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:       "https://www.mercadona.example/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6LOPDGDD, eu6LSSI},
		Scope:     []string{"our online shop, the Mercadona app, our customer service and the cameras in our stores"},
		OtherNotices: []policy.Notice{
			{Covers: "job applicants", URL: "https://www.mercadona.example/jobs/privacy"},
			{Covers: "our suppliers and their staff"},
		},
		Categories: []*policy.Category{account, orders, payment, service, video, browsing},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "The bank that processes the payment keeps it."},
		},
		Purposes:   []*policy.Purpose{registration, shop, alcohol, updates, care, recording, surveillance, operation, analytics, records},
		Recipients: []*policy.Recipient{bank, providers, guards, analyticsProvider, authorities, consumerBodies},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: analyticsProvider, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, orders, payment, service},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies for your session, basket and postal code", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{browsing}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: analyticsProvider, Purpose: analytics,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
		},
		Rights: gdprRights("by writing to our address or to our data protection officer, with a copy of your identity document"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our data protection officer"},
		Redress:              []policy.Redress{eu9AEPD},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy},
		NoAutomatedDecisions: true,
		Commitments:          []policy.Commitment{policy.CommitmentNoSale},
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://tienda.mercadona.example/cookies"},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "dpo@mercadona.example"},
	}
	return realPolicy{"supermarket chain and online shop (Mercadona)", p, []statement{
		{says: "Mercadona, S.A., of Tavernes Blanques (Valencia), is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && p.Controller.Name == "Mercadona, S.A." && strings.HasPrefix(p.Controller.Registration, "NIF")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the LOPDGDD and the LSSI", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu6LOPDGDD && p.LegalActs[1] == eu6LSSI
		}},
		{says: "this policy covers the online shop, the app, customer service and the cameras in our stores; job applicants and suppliers have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "cameras") && len(p.OtherNotices) == 2
		}},
		{says: "to register you give your name, email address, phone number and delivery address", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("account").Items, "delivery address and postal code")
		}},
		{says: "we deliver only to the postal codes we serve", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "postal codes")
		}},
		{says: "you must be of age to register and buy in the online shop", typed: func(p *policy.Policy) bool { return p.Purpose("account").MinimumAge == 18 }},
		{says: "we prepare, deliver and charge your orders under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(p.Purpose("orders").Required, "cannot deliver")
		}},
		{says: "you choose the day and time slot of the delivery and may leave instructions for our staff", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "instructions for our delivery staff")
		}},
		{says: "if you ask for an invoice, we need your tax number", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("orders").Items[3], "tax number")
		}},
		{says: "the bank that processes card payments authorises and charges your card, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we hand alcoholic drinks only to an adult, and our staff may ask for an identity document", typed: func(p *policy.Policy) bool {
			a := p.Purpose("alcohol")
			return a.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(a.AgeChecks, policy.AgeCheckDocument)
		}},
		{says: "we email and text you about your order and its delivery", typed: func(p *policy.Policy) bool {
			return p.Purpose("updates").ServiceMessages && !p.Purpose("updates").DirectMarketing
		}},
		{says: "customer service answers your questions, requests, complaints and claims, as consumer law requires", typed: func(p *policy.Policy) bool {
			c := p.Purpose("service")
			return c.RestsOn(policy.BasisLegalObligation, policy.GDPR) && c.Obligations[0] == eu11ESConsumers
		}},
		{says: "if you take a complaint to a consumer authority or arbitration board, we give it what it needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "consumer").Conditional && recipient(p, "consumer").Role == policy.RoleAuthority
		}},
		{says: "we record calls to customer service, tell you so at the start, and you may object", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recording")
			return p.Category("service").RecordingNotice && r.OptOut && r.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we film our stores, car parks and warehouses to protect people, goods and premises", typed: func(p *policy.Policy) bool {
			v := p.Purpose("video")
			return v.Uses(p.Category("video")) && v.Interest != ""
		}},
		{says: "we erase the images within a month, as art. 22 LOPDGDD requires", typed: func(p *policy.Policy) bool {
			r := p.Category("video").Retention
			return r.Period == policy.Months(1) && strings.Contains(r.Law, "art. 22")
		}},
		{says: "images that show a crime are handed to the courts or the police", typed: func(p *policy.Policy) bool {
			return p.Category("video").Retention.Note != "" && slices.Contains(recipient(p, "authorities").Categories, p.Category("video"))
		}},
		{says: "security companies watch our cameras on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "guards").Role == policy.RoleProcessor
		}},
		{says: "analytics cookies are set only with your consent, as art. 22.2 LSSI requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("analytics").ConsentRequiredBy[0] == eu6LSSICookies
		}},
		{says: "technical cookies for your session, basket and postal code are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "technical").StrictlyNecessary
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "our analytics provider in the US receives browsing data under the EU-US Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[0].Recipient == recipient(p, "analytics")
		}},
		{says: "providers of IT, hosting, messaging and customer service process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data to the courts, the security forces and the tax authority only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we keep invoices and accounting records as the General Tax Act and the Commercial Code require", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(r.Obligations) == 2 && p.Category("orders").Retention.Law == eu11ESBooks
		}},
		{says: "we keep your registration data until you close your account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "what we must keep afterwards we block, as art. 32 LOPDGDD requires, until claims are time-barred", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, object to and restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRectification) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you exercise your rights by writing to our address or our DPO, with a copy of your identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.WithoutAccount != ""
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Agencia Española de Protección de Datos", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu9AEPD
		}},
		{says: "you must give us accurate data and tell us when it changes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy)
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "the version published on our website applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.URL != ""
		}},
		// Free text.
		{says: "our own staff deliver your order in our own vans, from warehouses that serve the online shop alone", free: toPurpose("orders")},
		{says: "we authorise the card when you order and charge it once the order is prepared, for the weight actually served of fresh products", free: toPurpose("orders")},
		{says: "signs at the entrances of our stores tell you that cameras record", typed: func(p *policy.Policy) bool {
			return p.Category("video").RecordingNotice
		}},
	}}
}
