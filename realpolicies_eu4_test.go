package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// fintechEU paraphrases, in our own words and as we recall it, the
// customer privacy notice of Revolut Bank UAB, as published in 2024-2025:
// a Lithuanian bank that holds the accounts and cards of Revolut's
// customers in the EEA, checks their identity with a selfie compared to
// their identity document, screens payments for fraud and money
// laundering, lends, and relies on other Revolut companies in the UK,
// India and elsewhere for support and technology. Customers in the UK are
// served by Revolut Ltd under their own notice.
func fintechEU() realPolicy {
	banking := policy.Secrecy{Kind: policy.SecrecyBanking,
		Laws: []policy.Obligation{{Act: "Lietuvos Respublikos bankų įstatymas, 55 straipsnis", Region: regionLT}}}
	aml := policy.Obligation{Act: "Lietuvos Respublikos pinigų plovimo ir teroristų finansavimo prevencijos įstatymas", Region: regionLT}

	identity := &policy.Category{ID: "identity", Name: "Identity and contact data",
		Items:       []string{"name", "date of birth", "home address", "email address", "phone number", "nationality", "tax residence and tax identification number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(8), From: policy.EventContractEnd,
			Criteria: "the eight years after the business relationship ends that the Lithuanian money laundering law requires, which the Bank of Lithuania may extend"}}
	documents := &policy.Category{ID: "documents", Name: "Identity documents",
		Items:       []string{"a photo of your passport, identity card or residence permit", "the data on it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.Keep(policy.Years(8), policy.EventContractEnd)}
	face := &policy.Category{ID: "face", Name: "Facial images and biometric data",
		Items:       []string{"a selfie or short video of your face", "facial features compared with the photo on your identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(8), policy.EventContractEnd)}
	financial := &policy.Category{ID: "financial", Name: "Transaction and financial data",
		Items:       []string{"account and card details", "payments in and out, with payees and merchants", "balances", "source of funds and wealth", "income and employment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "card networks, other banks and the people who pay you", Linked: true, Secrecy: banking,
		Retention: policy.Keep(policy.Years(8), policy.EventContractEnd)}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"credit history and debts from credit bureaus", "our assessment of your creditworthiness"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "credit bureaus and public debtor registers", DerivedFrom: []*policy.Category{financial}, Linked: true, Secrecy: banking,
		Retention: policy.ByCriteria("as long as the credit is outstanding and afterwards as long as the law requires us to show how we decided")}
	screening := &policy.Category{ID: "screening", Name: "Sanctions and politically exposed person screening results",
		Items:       []string{"matches against sanctions lists", "whether you are a politically exposed person", "adverse media"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceThirdParty},
		SourceDetail: "public sanctions lists and screening providers", Linked: true, Secrecy: banking,
		Retention: policy.Keep(policy.Years(8), policy.EventContractEnd)}
	device := &policy.Category{ID: "device", Name: "Device, location and usage data",
		Items:       []string{"IP address", "device model and identifiers", "operating system", "the approximate location of your device", "how you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to secure your account and prevent fraud, and at most as long as we keep your other data")}
	support := &policy.Category{ID: "support", Name: "Communications with us",
		Items:       []string{"in-app chats", "emails", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Secrecy: banking,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Marketing and cookie data",
		Items:       []string{"cookie and advertising identifiers", "which of our messages and adverts you open"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "other Revolut group companies, such as Revolut Ltd in the UK and Revolut Technologies India",
		Role: policy.RoleProcessor, Categories: []*policy.Category{identity, documents, financial, device, support},
		Purpose: "to provide customer support, technology, compliance and fraud operations for us"}
	idv := &policy.Recipient{ID: "idv", Name: "identity verification providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, documents, face}}
	networks := &policy.Recipient{ID: "networks", Name: "card networks, such as Visa and Mastercard, and other banks and payment systems", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Purpose: "to carry out your card payments and transfers"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus, such as Creditinfo Lietuva", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, credit}, Conditional: true, Purpose: "if you apply for credit, to check your creditworthiness and to report how you repay"}
	providers := &policy.Recipient{ID: "providers", Name: "cloud, communication and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, financial, device, support}, Country: regionUS}
	partners := &policy.Recipient{ID: "partners", Name: "partners whose products you choose in the app, such as insurers and Revolut Securities Europe UAB", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity}, Conditional: true, Purpose: "if you sign up for their product through the app"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Conditional: true, Purpose: "if you do not repay what you owe us"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the Bank of Lithuania, the Financial Crime Investigation Service, the State Tax Inspectorate, courts and law enforcement",
		Role: policy.RoleAuthority, Categories: []*policy.Category{identity, documents, financial, screening}, Country: regionLT, Conditional: true,
		Purpose: "where the law requires us to report or disclose, including tax reporting under the CRS and FATCA"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising platforms and social networks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Purpose: "to show our adverts and measure them"}

	onboarding := &policy.Purpose{ID: "onboarding", Name: "Opening your account and verifying your identity",
		Categories: []*policy.Category{identity, documents}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{aml}, Recipients: []*policy.Recipient{idv, group},
		Required: "the law requires us to know who you are; without your identity data and document we cannot open an account for you"}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Comparing your selfie with your identity document",
		Categories: []*policy.Category{face, documents}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{aml}, Withdraw: "by asking customer support to verify you another way",
		Recipients: []*policy.Recipient{idv},
		Required:   "you may instead ask us to verify your identity another way, which takes longer"}
	services := &policy.Purpose{ID: "services", Name: "Providing your account, cards, payments and other services",
		Categories: []*policy.Category{identity, financial, device}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{networks, providers, group, partners},
		Required:   "we cannot make payments for you without the details of the payment"}
	amlPurpose := &policy.Purpose{ID: "aml", Name: "Preventing money laundering, terrorist financing and breaches of sanctions",
		Categories: []*policy.Category{identity, documents, financial, screening}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{aml}, Recipients: []*policy.Recipient{authorities, group},
		TippingOff: []policy.Obligation{{Act: "Lietuvos Respublikos pinigų plovimo ir teroristų finansavimo prevencijos įstatymas, 23 straipsnis", Region: regionLT}},
		Required:   "the law requires you to answer our questions about your transactions and funds; if you do not, we may have to close your account",
		Automated:  "our systems screen every payment automatically and may hold a payment or block an account until our team reviews it",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment, policy.SuspensionTargetCard},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerYes,
			Contest: "by contacting us in the app's chat", HumanReview: true}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud and keeping your account secure",
		Categories: []*policy.Category{identity, financial, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Lietuvos Respublikos mokėjimų įstatymas", Region: regionLT}},
		Interest:    "protecting you and us from fraud and from payments you did not authorise",
		Automated:   "our fraud models decide automatically whether a card payment or transfer looks fraudulent and may decline it or freeze the card",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerYes,
			Contest: "by confirming the payment in the app or contacting us in the chat", HumanReview: true}}
	lending := &policy.Purpose{ID: "credit", Name: "Deciding on applications for credit and managing loans and credit cards",
		Categories: []*policy.Category{identity, financial, credit}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Lietuvos Respublikos vartojimo kredito įstatymas", Region: regionLT}},
		Recipients:  []*policy.Recipient{bureaus, collectors},
		Required:    "the law requires us to assess your creditworthiness before we lend; without the check we cannot lend to you",
		Automated:   "we decide automatically, from your data with us and the credit bureau's, whether to offer you credit and how much", Scoring: true, Profiling: true}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting to tax authorities and keeping accounting records",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Lietuvos Respublikos mokesčių administravimo įstatymas", Region: regionLT}, {Act: "Lietuvos Respublikos buhalterinės apskaitos įstatymas", Region: regionLT}},
		Recipients:  []*policy.Recipient{authorities},
		Required:    "the law requires you to tell us where you are resident for tax"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints and recording calls",
		Categories: []*policy.Category{support, identity}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "keeping a record of what we told you and training our staff", Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot answer without the details of your question"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and offers by email, push notification and in the app",
		Categories: []*policy.Category{identity, financial}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "telling customers about products like those they already have", Withdraw: "in the app's notification settings",
		OptOut: true, Profiling: true, ConsentMethod: policy.ConsentMethodCheckbox}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing our adverts on other websites and social networks and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings",
		ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving our products and building new ones",
		Categories: []*policy.Category{financial, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "understanding how our products are used so that we can make them better", OptOut: true}

	minors := &policy.Category{ID: "minors", Name: "Data of young customers", Items: []string{"name and date of birth of the child", "the parent who opened the account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the parent or guardian who opens the account",
		Linked: true, Secrecy: banking, Retention: policy.Keep(policy.Years(8), policy.EventContractEnd)}
	young := &policy.Purpose{ID: "young", Name: "Providing Revolut accounts to children aged 6 to 17, opened and supervised by a parent",
		Categories: []*policy.Category{minors, financial}, Bases: []policy.Basis{policy.BasisContract}, Required: "a parent must give the child's details to open the account"}

	transfer := func(dest language.Region, s policy.Safeguard) policy.Transfer {
		t := policy.Transfer{Origin: regionEU, Destination: dest, Categories: []*policy.Category{identity, documents, financial, device, support}, Safeguard: s}
		if s == policy.SafeguardStandardClauses {
			t.Note = "You can ask our data protection officer for a copy of the clauses."
		}
		return t
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Revolut Bank UAB", Email: "dpo@revolut.example", Address: "Konstitucijos ave. 21B, Vilnius, Lithuania"},
			Registration: "Register of Legal Entities of Lithuania, code 304580906", Country: regionLT},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@revolut.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:        []policy.Law{policy.GDPR},
		LegalActs:   []policy.Obligation{{Act: "Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymas", Region: regionLT}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		OtherNotices: []policy.Notice{{Covers: "customers of Revolut Ltd in the UK", URL: "https://revolut.example/en-GB/legal/privacy"},
			{Covers: "customers of Revolut Securities Europe UAB for trading", URL: "https://revolut.example/legal/trading-privacy"}},
		Categories: []*policy.Category{identity, documents, face, financial, credit, screening, device, support, tracking, minors},
		Purposes:   []*policy.Purpose{onboarding, biometrics, services, amlPurpose, fraud, lending, tax, helping, marketing, ads, improve, young},
		Recipients: []*policy.Recipient{group, idv, networks, bureaus, providers, partners, collectors, authorities, adPartners},
		Transfers: []policy.Transfer{transfer(regionGB, policy.SafeguardAdequacy), transfer(regionIN, policy.SafeguardStandardClauses),
			transfer(regionUS, policy.SafeguardStandardClauses)},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed to run our website and sign you in", Party: policy.PartyFirst, Purpose: services,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and analytics cookies", Party: policy.PartyThird, Purpose: ads, Provider: adPartners,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   append(gdprRights("in the app or by writing to our data protection officer"), policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking in the app's chat"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionLT,
			Contact: policy.Contact{Name: "Valstybinė duomenų apsaugos inspekcija", Address: "L. Sapiegos g. 17, 10312 Vilnius, Lithuania", Website: "https://vdai.lrv.lt"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our information security management is certified under ISO/IEC 27001."}},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true, ParentRequests: "in the parent's own Revolut app",
			Note: "Children aged 6 to 17 may have a Revolut <18 account, which a parent or guardian opens and supervises; children under 6 may not have one."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Email: "dpo@revolut.example"},
	}
	return realPolicy{"digital bank (Revolut)", p, []statement{
		{says: "Revolut Bank UAB in Vilnius, a Lithuanian bank, is the controller for customers in the EEA", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionLT && p.Controller.Registration != ""
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "customers of Revolut Ltd in the UK, and of our trading company, have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "we process data under the GDPR and the Lithuanian Law on Legal Protection of Personal Data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 1 && p.LegalActs[0].Region == regionLT
		}},
		{says: "when you sign up we collect your name, date of birth, address, email, phone, nationality and tax residence", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "tax residence and tax identification number")
		}},
		{says: "we ask for a photo of your identity document to verify who you are, as the money laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("onboarding").Uses(p.Category("documents")) && p.Purpose("onboarding").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "without verifying your identity we cannot open an account for you", typed: func(p *policy.Policy) bool { return p.Purpose("onboarding").Required != "" }},
		{says: "we compare a selfie or video of your face with your document, using facial recognition, with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Purpose("biometrics").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "you may ask to be verified another way instead of by facial recognition", typed: func(p *policy.Policy) bool { return p.Purpose("biometrics").Withdraw != "" }},
		{says: "identity verification providers process your document and selfie for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "idv").Role == policy.RoleProcessor && slices.Contains(recipient(p, "idv").Categories, p.Category("face"))
		}},
		{says: "we record your transactions, balances, payees and the merchants you pay", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Items, "payments in and out, with payees and merchants")
		}},
		{says: "we may ask about the source of your funds and wealth, your income and your job", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Items, "source of funds and wealth")
		}},
		{says: "we screen customers against sanctions lists and lists of politically exposed persons", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("screening").Sources, policy.SourcePublic) && p.Purpose("aml").Uses(p.Category("screening"))
		}},
		{says: "we collect your device's IP address, identifiers and approximate location, and how you use the app", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Sources, policy.SourceAutomatic)
		}},
		{says: "we record phone calls and keep chats with customer support", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "what we know about your account and payments is covered by banking secrecy under the Lithuanian Law on Banks", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && p.Category("financial").Secrecy.Laws[0].Region == regionLT
		}},
		{says: "we provide your account, cards and payments under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "card networks and other banks receive what they need to carry out your payments", typed: func(p *policy.Policy) bool {
			return recipient(p, "networks").Purpose != "" && slices.Contains(p.Purpose("services").Recipients, recipient(p, "networks"))
		}},
		{says: "our systems screen every payment for money laundering and may hold a payment or block an account until we review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("aml").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetPayment) && s.HumanReview && p.Purpose("aml").Automated != ""
		}},
		{says: "if you do not answer our questions about your funds we may have to close your account", typed: func(p *policy.Policy) bool { return p.Purpose("aml").Required != "" }},
		{says: "we may not tell you that we have reported a suspicious transaction", typed: func(p *policy.Policy) bool { return len(p.Purpose("aml").TippingOff) == 1 }},
		{says: "our fraud models may decline a payment or freeze a card automatically, and you can confirm the payment or contact us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Targets, policy.SuspensionTargetCard) && s.Contest != ""
		}},
		{says: "we prevent fraud in our legitimate interest and because payment law requires us to", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Interest != "" && p.Purpose("fraud").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "when you apply for credit we check your creditworthiness with credit bureaus and decide automatically", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Scoring && p.Purpose("credit").Automated != "" && slices.Contains(p.Purpose("credit").Recipients, recipient(p, "bureaus"))
		}},
		{says: "you may ask for a person to review an automated decision, give your view and contest it", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "if you do not repay, we may pass the debt to a collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "we report to tax authorities under the CRS and FATCA and keep accounting records", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && strings.Contains(recipient(p, "authorities").Purpose, "CRS")
		}},
		{says: "we disclose data to the Bank of Lithuania, the Financial Crime Investigation Service, tax authorities and courts where the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && recipient(p, "authorities").Conditional
		}},
		{says: "other Revolut companies, in the UK, India and elsewhere, provide support, technology and compliance for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "group").Purpose != ""
		}},
		{says: "if you choose a partner's product in the app, such as insurance or trading, we share what the partner needs", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Conditional }},
		{says: "we transfer data to the UK under an adequacy decision and to India and the US under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 3 && p.Transfers[0].Safeguard == policy.SafeguardAdequacy && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "you can ask for a copy of the standard contractual clauses", typed: func(p *policy.Policy) bool { return p.Transfers[1].Note != "" }},
		{says: "we keep your data for eight years after our relationship ends, as the money laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Period == policy.Years(8) && p.Category("identity").Retention.From == policy.EventContractEnd
		}},
		{says: "we keep call recordings and chats for five years", typed: func(p *policy.Policy) bool { return p.Category("support").Retention.Period == policy.Years(5) }},
		{says: "we tell you about our products, with your consent or in our legitimate interest, and you can opt out in the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "with your consent, we and advertising partners use cookies to show our adverts and measure them", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").RestsOnConsent()
		}},
		{says: "our website sets only necessary cookies without consent", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we use data about how products are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "a parent can open a Revolut <18 account for a child aged 6 to 17 and supervises it", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent && p.Children.ParentRequests != "" && p.Purpose("young") != nil
		}},
		{says: "you may access, correct, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we answer requests within a month, which we may extend by two more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Lithuanian State Data Protection Inspectorate", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionLT
		}},
		{says: "we protect data with encryption and access controls and are certified under ISO/IEC 27001", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we tell you of material changes to this notice in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "we never sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "if you pay someone, they see your name on the payment, and if you use Revolut to Revolut payments your contacts who are customers can find you", free: toPurpose("services")},
	}}
}

// rideHailingEE paraphrases, in our own words and as we recall it, the
// privacy notice for riders of Bolt Operations OÜ, as published in
// 2024-2025: an Estonian platform that matches riders with drivers,
// delivers food and groceries from restaurants and stores, and rents out
// scooters and cars, using the rider's location, sharing the rider's
// first name, rating and pickup point with the driver or courier, and
// screening trips for fraud and safety.
func rideHailingEE() realPolicy {
	accounting := policy.Obligation{Act: "Raamatupidamise seadus, § 12", Region: regionEE}

	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"name", "phone number", "email address", "profile photo", "language", "payment method"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(3))}
	location := &policy.Category{ID: "location", Name: "Location data",
		Items:       []string{"the GPS location of your device while the app is open", "pickup and drop-off points", "the route of the trip or the scooter ride"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Years(3))}
	trips := &policy.Category{ID: "trips", Name: "Trip and order data",
		Items:       []string{"date, time, distance and price of trips", "orders of food and goods and the delivery address", "scooter and car rentals", "payments, tips and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Estonian Accounting Act, which requires accounting records to be kept for seven years")}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and feedback",
		Items:       []string{"the ratings drivers and couriers give you", "the ratings and comments you give them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser}, SourceDetail: "the drivers and couriers who serve you",
		Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{})}
	device := &policy.Category{ID: "device", Name: "Device and usage data",
		Items:       []string{"IP address", "device identifiers and model", "operating system and app version", "how you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(3))}
	comms := &policy.Category{ID: "communications", Name: "Communications",
		Items:       []string{"calls and chats with drivers and couriers through the app", "messages and calls to our customer support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle the matter and any dispute about it")}
	licence := &policy.Category{ID: "licence", Name: "Driving licence for renting cars",
		Items:       []string{"a photo of your driving licence", "a selfie compared with the licence"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	incidents := &policy.Category{ID: "incidents", Name: "Safety incidents",
		Items:       []string{"reports of accidents and incidents", "the trip data of the incident", "the outcome of our investigation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, SourceDetail: "the driver or courier, and witnesses",
		Linked: true, Retention: policy.ByCriteria("as long as claims about the incident may be brought")}
	tracking := &policy.Category{ID: "tracking", Name: "Marketing data",
		Items:       []string{"advertising identifiers", "which of our campaigns brought you to the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	drivers := &policy.Recipient{ID: "drivers", Name: "the driver or courier who serves you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, location, ratings}, Purpose: "to complete the trip or delivery: your first name, rating, pickup or delivery point and, through the app, your phone number"}
	merchants := &policy.Recipient{ID: "merchants", Name: "restaurants and stores you order from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, trips}, Purpose: "to prepare your order: your first name and what you ordered"}
	payments := &policy.Recipient{ID: "payments", Name: "payment service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, trips}}
	group := &policy.Recipient{ID: "group", Name: "other Bolt group companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, location, trips, device, comms}, Purpose: "to provide customer support and operate the service in your country"}
	providers := &policy.Recipient{ID: "providers", Name: "cloud, communication and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, location, trips, device, comms}, Country: regionUS}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, trips, incidents}, Conditional: true, Purpose: "if there is an accident or an insurance claim"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, courts, transport and tax authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, location, trips, incidents}, Conditional: true,
		Purpose: "where the law requires us to disclose, or to investigate a crime or an emergency"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and measurement partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Purpose: "to show our adverts and learn which of them bring new users"}

	service := &policy.Purpose{ID: "service", Name: "Providing rides, deliveries and rentals, and taking payment",
		Categories: []*policy.Category{account, location, trips, ratings, comms}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{drivers, merchants, payments, group, providers},
		Required:   "without your phone number, location and a payment method we cannot arrange a trip or delivery for you"}
	rentals := &policy.Purpose{ID: "rentals", Name: "Checking that you may drive a rented car",
		Categories: []*policy.Category{licence, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "you cannot rent a car without a valid driving licence"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping riders, drivers and couriers safe and investigating incidents",
		Categories: []*policy.Category{account, location, trips, ratings, comms, incidents}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "the safety of everyone who uses the platform", Recipients: []*policy.Recipient{insurers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by writing to customer support"}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud and misuse",
		Categories: []*policy.Category{account, trips, device, location}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:  "preventing fraudulent payments, fake accounts and abuse of promotions",
		Automated: "our systems may block a payment method or an account automatically where they find signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "by writing to customer support", HumanReview: true}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{comms, account, trips}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot help without the details of your question"}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving the service, including setting prices by demand",
		Categories: []*policy.Category{trips, location, device, ratings}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making the service work better and matching the supply of drivers to demand"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers and news by email, SMS and push notification",
		Categories: []*policy.Category{account, trips}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "telling our users about offers for services like those they already use", Withdraw: "in the app's settings or with the link in every email",
		OptOut: true, Profiling: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising our services on other platforms and measuring our campaigns",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your device's settings or the cookie settings",
		ConsentMethod: policy.ConsentMethodPlatformPrompt, Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting records and answering authorities",
		Categories: []*policy.Category{trips, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{accounting, {Act: "Companies Act 2006, ss. 386-388", Region: regionGB}}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Bolt Operations OÜ", Email: "privacy@bolt.example", Address: "Vana-Lõuna 15, 10134 Tallinn, Estonia"},
			Registration: "Estonian Commercial Register, code 14532901", Country: regionEE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@bolt.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR},
		Representatives: []policy.Representative{{Region: regionGB,
			Contact: policy.Contact{Name: "Bolt Services UK Limited", Address: "London, United Kingdom", Email: "privacy@bolt.example"}}},
		Storage:      []policy.Storage{{Location: regionEU}},
		NotCollected: []policy.Exclusion{{ID: "payment.card_number", Name: "full card numbers", Category: account, Note: "Our payment service providers process them."}},
		Scope:        []string{"Bolt's ride-hailing, food and grocery delivery, scooter and car rental services"},
		OtherNotices: []policy.Notice{{Covers: "drivers and couriers", URL: "https://bolt.example/privacy/drivers"}},
		Categories:   []*policy.Category{account, location, trips, ratings, device, comms, licence, incidents, tracking},
		Purposes:     []*policy.Purpose{service, rentals, safety, fraud, helping, improve, marketing, ads, legal},
		Recipients:   []*policy.Recipient{drivers, merchants, payments, group, providers, insurers, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, location, trips, device, comms},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, location, trips, device, comms},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our data protection officer for a copy of the addendum."},
			{Origin: regionGB, Destination: regionEE, Categories: []*policy.Category{account, location, trips, device, comms}, Safeguard: policy.SafeguardAdequacy},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed to run the website and sign you in", Party: policy.PartyFirst, Purpose: service,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and attribution SDKs and cookies", Technology: policy.TechnologySDK, Party: policy.PartyThird, Purpose: ads,
				Provider: adPartners, Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   append(gdprRights("in the app or by writing to privacy@bolt.example"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionEE,
			Contact: policy.Contact{Name: "Andmekaitse Inspektsioon", Address: "Tatari 39, 10134 Tallinn, Estonia", Website: "https://www.aki.ee"}}},
		Security: []policy.Measure{{Kind: policy.MeasureContactMasking}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Children: policy.Children{MinimumAge: 18, Note: "A minor may ride only with an adult who orders the trip."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@bolt.example"},
	}
	return realPolicy{"ride-hailing and delivery platform (Bolt)", p, []statement{
		{says: "Bolt Operations OÜ in Tallinn is the controller of riders' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionEE && p.Controller.Name == "Bolt Operations OÜ"
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "our UK company is our representative for users in the UK", typed: func(p *policy.Policy) bool {
			return len(p.Representatives) == 1 && p.Representatives[0].Region == regionGB
		}},
		{says: "this notice covers riders and users of rides, deliveries, scooters and car rentals; drivers and couriers have their own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 1
		}},
		{says: "we collect your name, phone number, email, photo and payment method when you sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number") && slices.Contains(p.Category("account").Sources, policy.SourceUser)
		}},
		{says: "we collect your device's GPS location while the app is open, if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && slices.Contains(p.Category("location").Sources, policy.SourceAutomatic)
		}},
		{says: "we record trips, orders, rentals and payments, with their times, routes and prices", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").Items, "scooter and car rentals")
		}},
		{says: "drivers and couriers rate you, and you rate them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("ratings").Sources, policy.SourceOtherUsers) && slices.Contains(p.Category("ratings").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we collect your IP address, device identifiers and how you use the app", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Items, "IP address")
		}},
		{says: "calls and chats with drivers and couriers go through the app, and we keep messages to customer support", typed: func(p *policy.Policy) bool {
			return p.Category("communications") != nil && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "to rent a car you give us a photo of your driving licence", typed: func(p *policy.Policy) bool {
			return p.Purpose("rentals").Uses(p.Category("licence")) && p.Purpose("rentals").Required != ""
		}},
		{says: "we use your data to arrange trips, deliveries and rentals under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "without your phone number, location and a means of payment we cannot provide the service", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "the driver or courier sees your first name, rating and pickup or delivery point, and can call you through the app", typed: func(p *policy.Policy) bool {
			return recipient(p, "drivers").Purpose != "" && slices.Contains(recipient(p, "drivers").Categories, p.Category("location"))
		}},
		{says: "the restaurant or store sees your first name and order", typed: func(p *policy.Policy) bool { return recipient(p, "merchants").Role == policy.RoleThirdParty }},
		{says: "payment service providers process your payments for us", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Role == policy.RoleProcessor }},
		{says: "other Bolt companies provide support and operate the service in your country", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "we investigate safety incidents and may suspend an account after a report, in our legitimate interest in everyone's safety", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Interest != "" && slices.Contains(p.Purpose("safety").Suspension.Grounds, policy.SuspensionGroundSafetyReport)
		}},
		{says: "we share incident details with insurers after an accident", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Conditional && slices.Contains(recipient(p, "insurers").Categories, p.Category("incidents"))
		}},
		{says: "our systems may block a payment method or an account automatically for fraud, as our contract with you allows, and a person reviews it if you ask", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && s.HumanReview && p.Purpose("fraud").Automated != "" && p.Purpose("fraud").HasBasis(policy.BasisContract)
		}},
		{says: "you may ask for a person to review an automated decision", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "we analyse trips to improve the service and to set prices by demand", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("improve").Interest != ""
		}},
		{says: "we send offers by email, SMS and push, and you can opt out in the app or with the link in each email", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "with your consent, advertising partners' SDKs and cookies measure our campaigns", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Technology == policy.TechnologySDK && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "we keep accounting records for seven years, as the Estonian Accounting Act requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("trips").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while your account is active and for three years after, to settle disputes", typed: func(p *policy.Policy) bool {
			r := p.Category("account").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(3)
		}},
		{says: "we disclose data to the police, courts and authorities where the law requires, or in an emergency", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "our service providers in the US receive data under standard contractual clauses, with the UK addendum for data from the UK", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionUS && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "you can ask for a copy of the clauses", typed: func(p *policy.Policy) bool { return p.Transfers[0].Note != "" }},
		{says: "you may access, correct, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightObjection)
		}},
		{says: "you can download your data and delete your account in the app", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightPortability && r.How != "" })
		}},
		{says: "you may complain to the Estonian Data Protection Inspectorate", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionEE
		}},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "you must be 18 to have an account; a minor may ride only with an adult who orders the trip", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "we tell you of material changes in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "we do not see your full card number, which our payment service providers process", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("account")
		}},
		{says: "we store your data on servers in the European Union", typed: func(p *policy.Policy) bool { return len(p.Storage) == 1 && p.Storage[0].Location == regionEU }},
		{says: "when you ride a scooter, we record the route of the ride", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").Items, "the route of the trip or the scooter ride")
		}},
		{says: "we keep the details of safety incidents as long as claims about them may be brought", typed: func(p *policy.Policy) bool {
			return p.Category("incidents").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "we use your location to show nearby vehicles, estimate arrival and route the driver to you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("location"))
		}},
		// Free text.
		{says: "we verify your phone number with a code sent by SMS when you sign up", free: toCategory("account")},
		{says: "the phone numbers of riders and drivers are masked when they call each other through the app", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureContactMasking) }},
		{says: "you can share your trip's live location with people you choose, and use the emergency button to call for help", free: toPurpose("safety")},
	}}
}

// marketplaceTemu paraphrases, in our own words and as we recall it, the
// privacy policy of the Temu online marketplace for users in the EU and
// the UK, as published in 2024-2025: Whaleco Technology Limited in
// Dublin runs the marketplace, on which mostly Chinese sellers sell goods
// shipped to the buyer; it shares the buyer's name, address and order
// with the seller and carriers, personalises what it shows, advertises
// heavily on other platforms, and transfers data to group companies and
// providers in China, the United States, Singapore and elsewhere.
func marketplaceTemu() realPolicy {
	taxIE := policy.Obligation{Act: "Taxes Consolidation Act 1997, s. 886", Region: regionIE}

	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"name", "email address", "phone number", "password", "the profile of the social network or Apple or Google account you sign in with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the social network or Apple or Google account you sign in with", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order data",
		Items:       []string{"the goods you buy", "shipping address and recipient", "order history", "returns and refunds", "delivery status from carriers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the carriers that deliver your order",
		Linked: true, Retention: policy.AsRequiredBy("Irish tax law, which requires records of sales to be kept for six years")}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method you choose", "the last digits and expiry date of your card", "billing address", "payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers",
		Linked: true, Retention: policy.AsRequiredBy("Irish tax law, which requires records of sales to be kept for six years")}
	device := &policy.Category{ID: "device", Name: "Device and usage data",
		Items:       []string{"IP address", "device identifiers and model", "operating system and browser", "the approximate location derived from the IP address", "pages and products viewed, searches, clicks and time spent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it for the purpose for which we collected it, and for security logs no longer than our security needs")}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews",
		Items:       []string{"ratings and texts of reviews", "photos and videos you add to reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Communications with customer service",
		Items:       []string{"chats and emails with customer service", "the photos of damaged goods you send"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle your request and any dispute about it")}
	promotions := &policy.Category{ID: "promotions", Name: "Referral and game data",
		Items:       []string{"who invited you and whom you invite", "your participation in games and promotions in the app", "rewards and credits earned"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the promotion runs and its rewards can be redeemed")}
	preferences := &policy.Category{ID: "preferences", Name: "Inferred interests",
		Items:       []string{"the kinds of goods we infer you like from what you view, search and buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "hashed email address or phone number", "which of our adverts you saw and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "advertising platforms and measurement partners",
		Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	sellers := &policy.Recipient{ID: "sellers", Name: "the sellers whose goods you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Country: regionCN,
		Purpose: "to fulfil and ship your order and handle returns: your name, shipping address, phone number and the order"}
	carriers := &policy.Recipient{ID: "carriers", Name: "logistics and delivery companies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order and tell you where it is"}
	payments := &policy.Recipient{ID: "payments", Name: "payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment, orders}, Purpose: "to take your payment, refund you and prevent payment fraud"}
	group := &policy.Recipient{ID: "group", Name: "our affiliates in the PDD Holdings group, such as Whaleco Inc. in the United States", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, payment, device, support, preferences}, Purpose: "to provide technology, customer service and operations for the marketplace"}
	providers := &policy.Recipient{ID: "providers", Name: "cloud, customer service, analytics and communication providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, device, support}, Country: regionSG}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising platforms and social networks, such as Google, Meta and TikTok, and measurement partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our adverts to you and to people like you, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "customs, tax and law enforcement authorities and courts", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, payment}, Conditional: true, Purpose: "to clear your goods through customs, and where the law requires us to disclose"}

	service := &policy.Purpose{ID: "service", Name: "Running your account, taking your orders and delivering them",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{sellers, carriers, payments, group, providers},
		Required:   "without your name, address and a means of payment we cannot deliver your order"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions, complaints and requests for refunds",
		Categories: []*policy.Category{support, account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers, sellers},
		Required: "we cannot help without the details of your request"}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews",
		Categories: []*policy.Category{reviews, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "reviews are optional; if you write one, it appears with your shortened name"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising the products and offers we show you",
		Categories: []*policy.Category{device, orders, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you products you are likely to want", Profiling: true, OptOut: true}
	promo := &policy.Purpose{ID: "promotions", Name: "Running referral programmes, games and promotions",
		Categories: []*policy.Category{promotions, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "taking part is optional; without it you cannot earn the rewards"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers by email, SMS and push notification",
		Categories: []*policy.Category{account, orders, preferences}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "telling our customers about offers on goods like those they bought", Withdraw: "in the app's notification settings or with the link in every message",
		OptOut: true, Profiling: true, ConsentMethod: policy.ConsentMethodCheckbox}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Temu on other platforms and measuring our adverts",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings or your device's settings",
		ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping the marketplace secure and preventing fraud",
		Categories: []*policy.Category{account, device, payment, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our users and us from fraud, fake accounts and abuse of promotions", Recipients: []*policy.Recipient{payments, group},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by contacting customer service"}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our tax, customs and other legal obligations",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{taxIE, {Act: "Council Directive (EU) 2021/514 (DAC7) as transposed in Ireland", Region: regionIE},
			{Act: "Value Added Tax Act 1994 and the Customs and Excise Management Act 1979", Region: regionGB}},
		Recipients: []*policy.Recipient{authorities}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how the marketplace is used and improving it",
		Categories: []*policy.Category{device, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making the marketplace work better"}

	transfer := func(origin, dest language.Region, s policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: dest, Categories: []*policy.Category{account, orders, payment, device, support}, Safeguard: s,
			Note: "You can ask us for a copy of the safeguards through our privacy request form."}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Whaleco Technology Limited", Address: "First Floor, 25 St Stephen's Green, Dublin 2, D02 XF99, Ireland"},
			Country: regionIE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@temu.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR},
		Scope:       []string{"the Temu website and app in the European Economic Area and the United Kingdom"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		NotCollected: []policy.Exclusion{
			{ID: "payment.card_number", Name: "full card numbers and security codes", Category: payment, Note: "Payment service providers process them; we receive only the last digits."},
		},
		Categories: []*policy.Category{account, orders, payment, device, reviews, support, promotions, preferences, tracking},
		Purposes:   []*policy.Purpose{service, helping, reviewing, personalise, promo, marketing, ads, security, legal, improve},
		Recipients: []*policy.Recipient{sellers, carriers, payments, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			transfer(regionEU, regionCN, policy.SafeguardStandardClauses), transfer(regionEU, regionUS, policy.SafeguardStandardClauses),
			transfer(regionEU, regionSG, policy.SafeguardStandardClauses),
			transfer(regionGB, regionCN, policy.SafeguardUKTransferAgreement), transfer(regionGB, regionUS, policy.SafeguardUKTransferAgreement),
			transfer(regionGB, regionSG, policy.SafeguardUKTransferAgreement),
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for signing in, the shopping cart and security", Party: policy.PartyFirst, Purpose: service,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and measurement cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Purpose: ads,
				Provider: adPartners, Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   gdprRights("in the app's privacy settings or through our privacy request form"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionIE,
			Contact: policy.Contact{Name: "Data Protection Commission", Address: "21 Fitzwilliam Square South, Dublin 2, D02 RD28, Ireland", Website: "https://www.dataprotection.ie"}}},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our systems are certified under ISO/IEC 27001 and our payments under PCI DSS."}},
		Links:    policy.Links{CookieSettings: "https://temu.example/cookie-settings", RequestForm: "https://temu.example/privacy-request"},
		Children: policy.Children{MinimumAge: 18, Note: "We do not knowingly collect data of anyone under 18; if we learn we have, we delete it."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@temu.example"},
	}
	return realPolicy{"online marketplace (Temu)", p, []statement{
		{says: "Whaleco Technology Limited in Dublin is the controller for users in the EEA and the UK", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && slices.Contains(p.Laws, policy.UKGDPR)
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect your name, email, phone number and password when you sign up, or your profile if you sign in with another account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "we collect the goods you order, your shipping address and your order history", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "shipping address and recipient")
		}},
		{says: "carriers tell us where your parcel is", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Sources, policy.SourceThirdParty)
		}},
		{says: "payment service providers process your card details; we receive only the last digits and expiry date", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we collect your IP address, device identifiers, and the products you view, search for and click", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Sources, policy.SourceAutomatic) && len(p.Category("device").Items) == 5
		}},
		{says: "we derive your approximate location from your IP address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Items, "the approximate location derived from the IP address")
		}},
		{says: "your reviews, with their photos and videos, are public", typed: func(p *policy.Policy) bool { return p.Category("reviews").Visibility == policy.VisibilityAlways }},
		{says: "we keep your chats with customer service and the photos you send of damaged goods", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "we record whom you invite, and your participation in games and promotions", typed: func(p *policy.Policy) bool { return p.Purpose("promotions").Uses(p.Category("promotions")) }},
		{says: "we infer what you like from what you view, search and buy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("preferences").Sources, policy.SourceDerived) && len(p.Category("preferences").DerivedFrom) == 2
		}},
		{says: "we use your data to run your account and deliver your orders under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("service").Required != ""
		}},
		{says: "the seller receives your name, address, phone number and order to ship it", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && recipient(p, "sellers").Purpose != ""
		}},
		{says: "many sellers are in China", typed: func(p *policy.Policy) bool { return recipient(p, "sellers").Country == regionCN }},
		{says: "carriers receive what they need to deliver your order", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("service").Recipients, recipient(p, "carriers"))
		}},
		{says: "payment service providers receive your payment data to take payment and prevent fraud", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Purpose != "" }},
		{says: "our affiliates, such as Whaleco Inc. in the US, provide technology and customer service for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && strings.Contains(recipient(p, "group").Name, "Whaleco Inc.")
		}},
		{says: "we personalise the products and offers we show you, in our legitimate interest, and you can turn it off", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we send offers by email, SMS and push with your consent or to customers in our legitimate interest, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").Withdraw != "" && p.Purpose("marketing").OptOut
		}},
		{says: "with your consent, advertising platforms such as Google, Meta and TikTok receive identifiers and hashed contact details to show and measure our adverts", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && slices.Contains(p.Category("tracking").Items, "hashed email address or phone number")
		}},
		{says: "we use advertising cookies, pixels and SDKs only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep you signed in and remember your cart", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we prevent fraud and abuse of promotions in our legitimate interest, and may suspend accounts or cancel orders", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return p.Purpose("security").Interest != "" && slices.Contains(s.Targets, policy.SuspensionTargetOrder)
		}},
		{says: "we keep tax and sales records and report sellers' data as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(p.Purpose("legal").Obligations) == 3
		}},
		{says: "customs authorities receive what they need to clear your goods", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "authorities").Purpose, "customs")
		}},
		{says: "we disclose data where the law requires, to protect rights and safety, and in a sale of our business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we transfer data to China, the US, Singapore and other countries under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Destination == regionCN && t.Safeguard == policy.SafeguardStandardClauses
			})
		}},
		{says: "for data from the UK we use the UK addendum to the clauses", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Origin == regionGB && t.Safeguard == policy.SafeguardUKTransferAgreement
			})
		}},
		{says: "you can ask for a copy of the clauses", typed: func(p *policy.Policy) bool { return p.Transfers[0].Note != "" }},
		{says: "we keep your data while your account is open, and sales records as long as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we make no decisions about you based solely on automated processing that have legal or similar effects", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, correct, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you can exercise your rights in the app's settings or through our privacy request form", typed: func(p *policy.Policy) bool { return p.Links.RequestForm != "" }},
		{says: "we answer within a month, which we may extend by two", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Irish Data Protection Commission or your local authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionIE
		}},
		{says: "we protect data with encryption and access controls, and our payments meet PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "Temu is not for anyone under 18, and we delete data we learn we collected from a minor", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "writing a review is optional, and a review appears with your shortened name", typed: func(p *policy.Policy) bool { return p.Purpose("reviews").Required != "" }},
		{says: "taking part in games and referral programmes is optional, but without it you earn no rewards", typed: func(p *policy.Policy) bool { return p.Purpose("promotions").Required != "" }},
		{says: "we analyse how the marketplace is used to improve it", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "when you search with a photo, we use the photo only to find similar products", free: toCategory("device")},
	}}
}
