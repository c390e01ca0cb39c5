package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// three privacy policies under the LGPD as published in 2024-2025: that of
// a Brazilian digital wallet and bank (PicPay), of a Brazilian pharmacy
// chain (RD Saúde, the owner of Drogasil and Droga Raia) and of a
// Brazilian car rental and fleet company (Localiza).

// digitalWalletBR paraphrases, in our own words and as we recall it, the
// privacy policy of PicPay, a Brazilian digital wallet with a payment
// institution and a bank, as published in 2024-2025: a registration
// checked against identity documents and a selfie, payments between users
// shown in a social feed, the address book matched to find friends, Pix
// keys in the Central Bank's directory, credit on the ground of credit
// protection, Open Finance on consent, offers of partner stores, and the
// rights of LGPD Art. 18.
func digitalWalletBR() realPolicy {
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items:       []string{"full name", "CPF", "date of birth", "mother's name", "email address", "mobile phone number", "address", "occupation and income you declare"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"username (@)", "name shown to other users", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{})}
	documents := &policy.Category{ID: "documents", Name: "Identity documents", Items: []string{"photo of your identity card (RG) or driving licence (CNH)", "document number and issuer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67"}}
	biometric := &policy.Category{ID: "biometric", Name: "Facial biometrics", Items: []string{"selfie", "facial geometry compared with the photo of your document"}, Biometric: true,
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	financial := &policy.Category{ID: "financial", Name: "Financial data",
		Items:       []string{"balance of your PicPay account", "payments, transfers, Pix, bills paid and top-ups", "cards linked to the app and the PicPay card", "investments and loans"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	feed := &policy.Category{ID: "feed", Name: "Social feed", Items: []string{"the payments you make to other users, without the amount", "the messages, emojis and comments you add to a payment", "likes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Visibility: policy.VisibilityDefault, Retention: policy.WhileAccountActive(policy.Period{})}
	pixKeys := &policy.Category{ID: "pix", Name: "Pix keys", Items: []string{"the CPF, phone number, email address or random key you register"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts from your address book", Items: []string{"names and phone numbers in your phone's address book"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Retention: policy.Until(policy.EventConsentWithdrawal)}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "credit scores", "records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	openFinanceIn := &policy.Category{ID: "open-finance", Name: "Data from other institutions in Open Finance", Items: []string{"accounts, cards and loans you hold elsewhere"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the institutions you authorise in Open Finance", Linked: true,
		Retention: policy.Until(policy.EventConsentExpiry)}
	device := &policy.Category{ID: "device", Name: "Device, location and app use",
		Items:       []string{"device identifier, model and operating system", "IP address, with date and time", "the location of your phone, where you allow it", "the screens and features you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"chats in the app", "recordings of calls", "complaints to the ombudsman"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the kinds of payments, stores and products you are likely to be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{financial, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	group := &policy.Recipient{ID: "group", Name: "the companies of the PicPay group, such as PicPay Bank and PicPay Invest", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial, credit}, Country: regionBR,
		Purpose: "to provide the accounts, cards, loans and investments each of them offers, and to offer you their products"}
	payees := &policy.Recipient{ID: "payees", Name: "people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, profile, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a payment, which shows your name, username and, for a Pix, part of your CPF and your institution to the other party"}
	partners := &policy.Recipient{ID: "partners", Name: "partner stores and providers whose products you buy in the app", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Conditional: true,
		Purpose: "you buy a gift card, a top-up, an insurance policy or another partner's product in the app, to deliver it to you"}
	cardNetworks := &policy.Recipient{ID: "card-networks", Name: "card networks and acquirers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Purpose: "to authorise and settle payments with your cards"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit}, Country: regionBR,
		Purpose: "to analyse your credit and record unpaid debts"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, COAF and the Federal Revenue", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, pixKeys, credit}, Country: regionBR,
		Purpose: "to register Pix keys in the Central Bank's directory, report loans to the SCR, report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, device}, Country: regionBR, Conditional: true,
		Purpose: "a court orders it, or the law otherwise requires it"}
	openFinanceOut := &policy.Recipient{ID: "open-finance", Name: "institutions you choose in Open Finance", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Conditional: true,
		Purpose: "you consent to share your data with them, for the data and the time you choose"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, identity verification and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, profile, documents, biometric, financial, device, service}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: regionUS}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your account and making your payments, transfers and Pix",
		Categories: []*policy.Category{registration, profile, documents, financial, pixKeys, device, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payees, partners, cardNetworks, vendors},
		Required: "we cannot open an account without your registration data and a document, which the Central Bank's rules require us to collect and check"}
	social := &policy.Purpose{ID: "social", Name: "Showing your payments to other users in the feed", Categories: []*policy.Category{profile, feed},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "letting users share and comment on the payments they make to one another", OptOut: true}
	friends := &policy.Purpose{ID: "friends", Name: "Finding which of your contacts use PicPay", Categories: []*policy.Category{contacts, profile},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off contact access in your phone's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing our customers and preventing money laundering", Categories: []*policy.Category{registration, documents, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR}}}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Reporting to the Central Bank and the Federal Revenue", Categories: []*policy.Category{registration, financial, pixKeys, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, courts},
		Obligations: []policy.Obligation{{Act: "the Central Bank's Pix Regulation (Resolution BCB No. 1/2020)", Region: regionBR},
			{Act: "Central Bank rules on the credit information system (SCR)", Region: regionBR},
			{Act: "Federal Revenue Normative Instruction No. 1,571/2015 (e-Financeira)", Region: regionBR}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming your identity and preventing fraud", Categories: []*policy.Category{documents, biometric, device, financial},
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping our users' accounts and money safe from fraud and scams",
		Recipients: []*policy.Recipient{vendors},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by contacting customer service in the app"}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing and granting credit, the PicPay card and loans", Categories: []*policy.Category{registration, financial, credit, openFinanceIn},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus, group},
		Automated: "credit limits and loan offers are set by models that weigh your income, your use of the app and your credit records"}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{registration, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area", Recipients: []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of PicPay, its group and its partners, with cashback and coupons",
		Categories: []*policy.Category{registration, financial, inferred},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our users products and benefits suited to how they use the app", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{group}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our campaigns and advertising on other websites and apps", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{registration, financial, service},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation}}},
		Controller: policy.Controller{Contact: policy.Contact{Name: "PicPay Instituição de Pagamento S.A.", Address: "São Paulo, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "dpo@picpay.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.December, 1), Updated: policy.MakeDate(2024, time.December, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the PicPay app and website", "PicPay Bank and the other companies of the PicPay group"},
		Categories: []*policy.Category{registration, profile, documents, biometric, financial, feed, pixKeys, contacts, credit, openFinanceIn, device, service, inferred},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{accounts, social, friends, kyc, regulatory, fraud, lending, sharing, marketing, advertising, claims},
		Recipients: []*policy.Recipient{group, payees, partners, cardNetworks, bureaus, regulators, courts, openFinanceOut, vendors, adPartners},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, profile, documents, biometric, financial, device, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app, under Settings, Privacy"}, {Kind: policy.RightRectification, How: "in the app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app's notification settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking the encarregado to have a person review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests:   policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}},
		Redress:    []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria PicPay"}}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://picpay.example/privacidade/cookies"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "dpo@picpay.example"},
	}
	return realPolicy{"digital wallet and bank (PicPay)", p, []statement{
		{says: "PicPay's payment institution in São Paulo, with its CNPJ, is the controller, with PicPay Bank and the group's other companies", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email == "dpo@picpay.example" }},
		{says: "we collect your name, CPF, date of birth, mother's name, email, phone, address, occupation and income when you sign up", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 8 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "we ask for a photo of your RG or CNH to confirm who you are", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").Uses(p.Category("documents")) && p.Purpose("fraud").Uses(p.Category("documents"))
		}},
		{says: "we take a selfie and compare your face with the photo of your document, to confirm your identity and prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("fraud").HasBasis(policy.BasisFraudPrevention) && p.Purpose("fraud").Uses(p.Category("biometric"))
		}},
		{says: "other users see your username, name and photo, and can find you by them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "payments you make to other users appear in the feed without the amount, with the message you add, unless you make them private", typed: func(p *policy.Policy) bool {
			return p.Category("feed").Visibility == policy.VisibilityDefault && p.Purpose("social").OptOut
		}},
		{says: "if you allow it, we read your phone's contacts to show you which of them use PicPay, and you can turn it off in the phone's settings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("friends")
			return p.Category("contacts").Sources[0] == policy.SourceOtherUsers && pu.ConsentMethod == policy.ConsentMethodPlatformPrompt && pu.Withdraw != ""
		}},
		{says: "we process your balance, payments, transfers, Pix, bills, top-ups, cards, investments and loans", typed: func(p *policy.Policy) bool {
			return len(p.Category("financial").Items) == 4
		}},
		{says: "financial data is covered by bank secrecy under Complementary Law 105/2001", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking
		}},
		{says: "we record your device, IP address, the location of your phone where you allow it, and how you use the app", typed: func(p *policy.Policy) bool {
			return len(p.Category("device").Items) == 4 && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we collect your location only if you allow it in your phone's settings", free: toCategory("device")},
		{says: "we consult the Central Bank's SCR and credit bureaus", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail == "the Central Bank's SCR and credit bureaus"
		}},
		{says: "we record chats and calls with customer service, and tell you when a call is recorded", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "running your account and making your payments rests on our contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts").HasBasis(policy.BasisContract)
		}},
		{says: "an account cannot be opened without your registration data and a document", typed: func(p *policy.Policy) bool { return p.Purpose("accounts").Required != "" }},
		{says: "the law on money laundering obliges us to know our users and report suspicious transactions to COAF", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("kyc").Obligations) == 2
		}},
		{says: "your Pix keys are registered in the Central Bank's directory, and we report to the SCR and the Federal Revenue", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "regulators").Categories, p.Category("pix")) && len(p.Purpose("regulatory").Obligations) == 3
		}},
		{says: "a payment shows your name, username and, for a Pix, part of your CPF and your institution to the other party", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payees")
			return r.Conditional && slices.Contains(r.Categories, p.Category("profile"))
		}},
		{says: "we check transactions and devices to prevent fraud, on the ground of fraud prevention and our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we may block your account or a payment if we suspect fraud or that someone else is using your account, and you can contact customer service", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contest != ""
		}},
		{says: "we analyse credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool { return p.Purpose("credit").HasBasis(policy.BasisCreditProtection) }},
		{says: "credit limits are set by automated models, and you may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with your consent we share data with, and receive data from, institutions you choose in Open Finance, for the time you choose", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").HasBasis(policy.BasisConsent) && p.Category("open-finance").Retention.From == policy.EventConsentExpiry
		}},
		{says: "we offer products of PicPay, its group and partners, with cashback and coupons, on our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we infer from your payments and use of the app which offers suit you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Purpose("marketing").Profiling
		}},
		{says: "the companies of the PicPay group receive data to provide their products and offer them to you", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "when you buy a partner's gift card, top-up or insurance in the app, the partner receives what it needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional
		}},
		{says: "card networks and acquirers receive what they need to process card payments", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-networks").Purpose != ""
		}},
		{says: "cloud, technology, identity verification and customer service providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, police and prosecutors when a court orders it or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may use anonymised, aggregated data for studies and statistics", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration and transaction records for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Category("registration").Retention.Law != ""
		}},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("device").Retention.Period == policy.Months(6) && p.Category("device").Retention.Law != ""
		}},
		{says: "advertising and analytics cookies are set with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app, where you are signed in, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn)
		}},
		{says: "if you are not satisfied with customer service, you may turn to our ombudsman", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman })
		}},
		{says: "we encrypt data, control access and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "PicPay never asks for your password or codes by phone, message or email; keep them secret and report suspicious messages", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "minors use PicPay only with the authorisation of a parent or guardian", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "deleting your account does not reach what the Central Bank's rules and the law on money laundering oblige us to keep", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation)
			})
		}},
	}}
}

// pharmacyChainBR paraphrases, in our own words and as we recall it, the
// privacy policy of RD Saúde (Raia Drogasil), the Brazilian pharmacy chain
// behind Drogasil and Droga Raia, as published in 2024-2025: the CPF given
// at the till for the chain's discounts and loyalty points, the discount
// programmes of pharmaceutical laboratories run by benefit managers on
// specific and highlighted consent, prescriptions of controlled medicines
// recorded for ANVISA, vaccinations and tests in the stores' pharmacy
// services on the ground of the protection of health, results reported to
// the health authorities, cameras in the stores, and the rights of LGPD
// Art. 18 through a privacy portal.
func pharmacyChainBR() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data",
		Items:       []string{"name", "CPF", "date of birth", "sex", "email address", "phone number", "delivery address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases",
		Items:       []string{"products bought, in stores, on the website and in the app", "store, date and price paid", "discounts received", "payment method"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	prescriptions := &policy.Category{ID: "prescriptions", Name: "Prescriptions",
		Items: []string{"the image or the original of the prescription", "the patient's name and the medicines prescribed", "the prescriber's name and council registration (CRM)",
			"for controlled medicines and antibiotics, the buyer's identity document, address and phone"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("ANVISA's rules on controlled medicines (Ordinance SVS/MS No. 344/1998) and antimicrobials (RDC No. 20/2011)")}
	healthServices := &policy.Category{ID: "health-services", Name: "Pharmacy services",
		Items:       []string{"vaccines given, with the batch and the date", "results of tests, such as blood glucose, blood pressure and rapid tests", "what you tell the pharmacist about your health"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("ANVISA RDC No. 44/2009 on pharmaceutical services in pharmacies")}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty and discount programmes",
		Items:       []string{"the programmes you join", "points earned and redeemed", "the laboratory programmes you join and the medicines they cover"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products and categories you are likely to want", "when you are likely to buy again"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, loyalty}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	browsing := &policy.Category{ID: "browsing", Name: "Website and app use",
		Items:       []string{"IP address and access times", "device and browser", "products viewed and searched", "cookie and advertising identifiers", "the location of your phone, where you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	cctv := &policy.Category{ID: "cctv", Name: "Images from store cameras", Items: []string{"images of people in our stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed for the security of our stores and to look into an incident")}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats and emails with our customer service", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}

	benefitManagers := &policy.Recipient{ID: "benefit-managers", Name: "pharmaceutical benefit managers and the laboratories whose discount programmes you join", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, purchases, prescriptions, loyalty}, Country: regionBR, Conditional: true,
		Purpose: "you join a laboratory's discount programme, to check your membership, grant the discount and account for it"}
	coalition := &policy.Recipient{ID: "coalition", Name: "the coalition loyalty programme in which you earn points", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, purchases}, Country: regionBR, Conditional: true,
		Purpose: "you are a member of the coalition programme and identify yourself at the till, to credit your points"}
	carriers := &policy.Recipient{ID: "carriers", Name: "delivery companies and couriers", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, purchases}, Country: regionBR,
		Purpose: "to deliver orders from the website and the app"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers and card acquirers", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, purchases}, Country: regionBR,
		Purpose: "to authorise and settle payments"}
	anvisa := &policy.Recipient{ID: "anvisa", Name: "ANVISA, through the National System for the Management of Controlled Products (SNGPC)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{prescriptions}, Country: regionBR, Purpose: "to record every sale of a controlled medicine"}
	healthAuthorities := &policy.Recipient{ID: "health-authorities", Name: "the Ministry of Health and state and municipal health departments", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, healthServices}, Country: regionBR, Purpose: "to record vaccinations and report the results of tests for notifiable diseases"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the RD Saúde group", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, purchases, inferred}, Country: regionBR,
		Purpose: "to serve you across the group's pharmacies, specialty pharmacy and health services and to offer you their products"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, customer service and marketing providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, purchases, loyalty, inferred, browsing, service}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{browsing}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, purchases, cctv, service}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	sales := &policy.Purpose{ID: "sales", Name: "Selling and delivering products, in our stores, on our websites and in our apps", Categories: []*policy.Category{customer, purchases, service},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, payments, vendors},
		Required: "an order for delivery cannot be placed without your name, CPF and address"}
	programme := &policy.Purpose{ID: "programme", Name: "Giving you our discounts and loyalty benefits when you give your CPF at the till", Categories: []*policy.Category{customer, purchases, loyalty},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{coalition, vendors},
		Required: "giving your CPF is optional; without it you pay the shelf price, without the programme's discounts and points"}
	labProgrammes := &policy.Purpose{ID: "lab-programmes", Name: "Running the discount programmes of pharmaceutical laboratories", Categories: []*policy.Category{customer, purchases, prescriptions, loyalty},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by leaving the programme on its website or by asking at the till", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{benefitManagers}}
	controlled := &policy.Purpose{ID: "controlled", Name: "Dispensing medicines that need a prescription and recording controlled medicines", Categories: []*policy.Category{customer, prescriptions},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{anvisa},
		Obligations: []policy.Obligation{{Act: "Ordinance SVS/MS No. 344/1998 (controlled substances)", Region: regionBR},
			{Act: "ANVISA RDC No. 22/2014 (SNGPC)", Region: regionBR}, {Act: "ANVISA RDC No. 20/2011 (antimicrobials)", Region: regionBR}},
		Required: "a medicine that needs a prescription is not dispensed without it, and a controlled medicine not without the buyer's identity document"}
	pharmacyServices := &policy.Purpose{ID: "pharmacy-services", Name: "Giving vaccines, tests and other pharmacy services", Categories: []*policy.Category{customer, healthServices},
		Bases: []policy.Basis{policy.BasisHealthProtection}, Recipients: []*policy.Recipient{vendors}}
	notification := &policy.Purpose{ID: "notification", Name: "Recording vaccinations and reporting notifiable diseases to the health authorities", Categories: []*policy.Category{customer, healthServices},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{healthAuthorities},
		Obligations: []policy.Obligation{{Act: "Law No. 6,259/1975 (compulsory notification of diseases)", Region: regionBR},
			{Act: "the Ministry of Health's rules on the National Immunisation Programme", Region: regionBR}}}
	tax := &policy.Purpose{ID: "tax", Name: "Issuing invoices and meeting tax and consumer law", Categories: []*policy.Category{customer, purchases, service},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "the Consumer Defence Code (Law No. 8,078/1990)", Region: regionBR}}}
	logs := &policy.Purpose{ID: "logs", Name: "Keeping records of access to our websites and apps", Categories: []*policy.Category{browsing},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending you offers and reminders that suit your purchases, by email, text message, WhatsApp and app notifications",
		Categories: []*policy.Category{customer, purchases, loyalty, inferred},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products and discounts that suit them", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{group, vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and measuring our campaigns", Categories: []*policy.Category{browsing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our stores, customers and staff safe and preventing fraud", Categories: []*policy.Category{cctv, customer, purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting people and goods in our stores and preventing fraud in purchases and programmes",
		Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{customer, purchases, prescriptions, service, cctv},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "RD Saúde S.A.", Address: "São Paulo, SP, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Email: "dpo@rdsaude.example", Website: "https://rdsaude.example/privacidade"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the Drogasil and Droga Raia pharmacies, their websites and apps", "the other brands of the RD Saúde group"},
		Categories: []*policy.Category{customer, purchases, prescriptions, healthServices, loyalty, inferred, browsing, cctv, service},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{sales, programme, labProgrammes, controlled, pharmacyServices, notification, tax, logs, offers, advertising, security, claims},
		Recipients: []*policy.Recipient{benefitManagers, coalition, carriers, payments, anvisa, healthAuthorities, group, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, purchases, loyalty, inferred, browsing, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal"}, {Kind: policy.RightRectification, How: "in your account or at the till"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:    policy.Links{RequestForm: "https://rdsaude.example/privacidade/solicitacoes", CookieSettings: "https://rdsaude.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "dpo@rdsaude.example"},
	}
	return realPolicy{"pharmacy chain (Drogasil and Droga Raia)", p, []statement{
		{says: "RD Saúde in São Paulo, with its CNPJ, is the controller for Drogasil, Droga Raia and the group's other brands", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect your name, CPF, date of birth, sex, email, phone and address when you register at the till, on the website or in the app", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 7
		}},
		{says: "we record what you buy, where, when, at what price and with what discount", typed: func(p *policy.Policy) bool {
			return len(p.Category("purchases").Items) == 4 && p.Category("purchases").Linked
		}},
		{says: "giving your CPF at the till is optional; without it you pay the shelf price, without discounts and points", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Required != "" && p.Purpose("programme").HasBasis(policy.BasisContract)
		}},
		{says: "with your CPF we apply the chain's discounts and credit your loyalty points", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Uses(p.Category("loyalty")) && p.Purpose("programme").Uses(p.Category("customer"))
		}},
		{says: "if you are a member of the coalition loyalty programme, it receives your purchases to credit your points", typed: func(p *policy.Policy) bool {
			return recipient(p, "coalition").Conditional && recipient(p, "coalition").Role == policy.RoleThirdParty
		}},
		{says: "when you join a laboratory's discount programme, its benefit manager and the laboratory receive your CPF, the medicine and the prescription, with your specific consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("lab-programmes")
			return pu.HasBasis(policy.BasisExplicitConsent) && slices.Contains(pu.Recipients, recipient(p, "benefit-managers")) && recipient(p, "benefit-managers").Conditional
		}},
		{says: "you may leave a laboratory's programme at any time, on its website or at the till", typed: func(p *policy.Policy) bool {
			return p.Purpose("lab-programmes").Withdraw != "" && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we check the prescription before dispensing medicines that need one", typed: func(p *policy.Policy) bool {
			return p.Purpose("controlled").Uses(p.Category("prescriptions")) && p.Purpose("controlled").Required != ""
		}},
		{says: "for controlled medicines and antibiotics we keep the prescription and record the buyer's identity document and address, as ANVISA requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("controlled").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("controlled").Obligations) == 3
		}},
		{says: "every sale of a controlled medicine is recorded in ANVISA's SNGPC", typed: func(p *policy.Policy) bool {
			return recipient(p, "anvisa").Role == policy.RoleAuthority && slices.Contains(recipient(p, "anvisa").Categories, p.Category("prescriptions"))
		}},
		{says: "prescriptions and pharmacy services are health data, which the law treats as sensitive", typed: func(p *policy.Policy) bool {
			return p.Category("prescriptions").Sensitivity == policy.SensitivitySpecial && p.Category("health-services").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "our pharmacists give vaccines and tests, on the ground of the protection of health (Art. 11(II)(f))", typed: func(p *policy.Policy) bool {
			return p.Purpose("pharmacy-services").RestsOn(policy.BasisHealthProtection, policy.LGPD)
		}},
		{says: "we send vaccinations to the national vaccination records and report positive tests for notifiable diseases to the health authorities, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("notification").RestsOn(policy.BasisLegalObligation, policy.LGPD) && recipient(p, "health-authorities").Role == policy.RoleAuthority
		}},
		{says: "we keep prescriptions and records of controlled medicines for the periods ANVISA sets", typed: func(p *policy.Policy) bool {
			r := p.Category("prescriptions").Retention
			return r.Kind == policy.RetentionRequiredByLaw && r.Law != ""
		}},
		{says: "the law forbids sharing health data to gain an economic advantage, except for pharmaceutical assistance (Art. 11(4))", free: toCategory("prescriptions")},
		{says: "we infer from your purchases which products you are likely to want and when you will buy again", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Category("inferred").Sources[0] == policy.SourceDerived
		}},
		{says: "we send offers and reminders by email, text message, WhatsApp and notifications in our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.DirectMarketing && pu.OptOut && pu.Profiling && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "the companies of the RD Saúde group receive your data to serve you and offer their products", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && slices.Contains(p.Purpose("offers").Recipients, recipient(p, "group"))
		}},
		{says: "selling and delivering products rests on our contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool { return p.Purpose("sales").HasBasis(policy.BasisContract) }},
		{says: "delivery companies deliver orders on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Role == policy.RoleProcessor }},
		{says: "payment providers and card acquirers authorise and settle payments", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Purpose != "" }},
		{says: "we issue invoices and keep tax records as tax law requires (Art. 7(II))", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("purchases").Retention.Period == policy.Years(5)
		}},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("browsing").Retention.Period == policy.Months(6) && p.Purpose("logs").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "cameras in our stores record images for the safety of people and goods", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("cctv")) && p.Purpose("security").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we record your calls, chats and complaints to customer service", typed: func(p *policy.Policy) bool { return len(p.Category("service").Items) == 2 }},
		{says: "we collect your location in the app only if you allow it, to show nearby stores and delivery options", free: toCategory("browsing")},
		{says: "advertising and analytics cookies are set with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep the website and the cart working", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "technology, cloud and marketing providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to courts, Procon, the police and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI), 11(II)(d))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) && p.Purpose("claims").Uses(p.Category("prescriptions"))
		}},
		{says: "we keep registration data for five years after you leave, the time for consumer claims", typed: func(p *policy.Policy) bool {
			return p.Category("customer").Retention.Period == policy.Years(5) && p.Category("customer").Retention.Criteria != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through the privacy portal, where we may ask for a document to confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "we encrypt connections, restrict access, train our staff and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "registration is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we process children's data, such as their vaccinations and prescriptions, as their parents or guardians give it and in their best interest", free: toChildren},
		{says: "we publish changes to this policy on our websites", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Changes.Notify, []policy.Channel{policy.ChannelHomePage})
		}},
	}}
}

// carRentalBR paraphrases, in our own words and as we recall it, the
// privacy policy of Localiza, a Brazilian car rental, fleet outsourcing
// and used car company, as published in 2024-2025: the driving licence
// and a selfie checked before a rental, a registration check with credit
// bureaus on the ground of credit protection, telematics in the fleet's
// vehicles, the renter named to the traffic authority as the driver who
// committed an offence, tolls and fines charged after the rental, the
// drivers of companies that outsource their fleet, the sale of used cars,
// the loyalty programme, and the rights of LGPD Art. 18.
func carRentalBR() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data",
		Items:       []string{"name", "CPF", "identity card (RG)", "date of birth", "address", "email address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Criteria: "the five years in which claims under the rental contract and the Consumer Defence Code can be brought"}}
	licence := &policy.Category{ID: "licence", Name: "Driving licence", Items: []string{"number, category and expiry of your driving licence (CNH)", "photo of the licence"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	biometric := &policy.Category{ID: "biometric", Name: "Facial biometrics", Items: []string{"selfie", "facial geometry compared with the photo of your licence"}, Biometric: true,
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"credit card used for the rental", "the deposit pre-authorised on the card", "invoices and payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "card acquirers and payment providers", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	credit := &policy.Category{ID: "credit", Name: "Registration and credit check", Items: []string{"whether your CPF is in good standing", "credit score", "records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit bureaus and the Federal Revenue's CPF register", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	rental := &policy.Category{ID: "rental", Name: "Rental data", Items: []string{"vehicle, branches and dates of pick-up and return", "mileage, fuel and condition at return", "extras and protections chosen", "additional drivers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	telematics := &policy.Category{ID: "telematics", Name: "Vehicle telematics", Items: []string{"location of the vehicle", "speed, mileage and ignition", "driving events such as harsh braking and collisions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to protect the vehicle and to establish what happened during the rental")}
	fines := &policy.Category{ID: "fines", Name: "Traffic fines and tolls", Items: []string{"notices of traffic offences committed with the vehicle during your rental", "tolls and parking paid with the vehicle's electronic tag"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the traffic authorities that notify us, as owner of the vehicle, and the operators of electronic toll tags",
		Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventPurposeAchieved)}
	damage := &policy.Category{ID: "damage", Name: "Damage, theft and accident records", Items: []string{"police reports (boletim de ocorrência)", "photos and descriptions of damage", "details of other parties and witnesses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "other parties to an accident, the police and insurers", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventPurposeAchieved)}
	fleetDrivers := &policy.Category{ID: "fleet-drivers", Name: "Drivers of our fleet customers", Items: []string{"name, CPF and driving licence of each driver", "the vehicle assigned to the driver"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the companies that hire our fleet outsourcing, for their drivers", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	usedCars := &policy.Category{ID: "used-cars", Name: "Used car purchases", Items: []string{"vehicle bought and price", "financing requested", "documents for the transfer of ownership"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty programme", Items: []string{"points earned and redeemed", "category in the programme"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address and access times", "device and browser", "pages viewed and bookings started", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"recordings of calls", "chats and complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}

	trafficAuthorities := &policy.Recipient{ID: "traffic-authorities", Name: "the traffic authorities (DETRAN, SENATRAN and municipal bodies)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, licence, rental, fines}, Country: regionBR,
		Purpose: "to name the renter as the driver responsible for an offence and to record the transfer of a used car we sell"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, credit}, Country: regionBR,
		Purpose: "to check your registration and credit before a rental"}
	payments := &policy.Recipient{ID: "payments", Name: "card acquirers and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, payment}, Country: regionBR,
		Purpose: "to pre-authorise the deposit and take payments"}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurers, repair shops, lawyers and vehicle tracking companies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, rental, damage, telematics}, Country: regionBR, Purpose: "to settle damage and accident claims and to recover stolen vehicles"}
	fleetCustomers := &policy.Recipient{ID: "fleet-customers", Name: "the companies that hire our fleet outsourcing", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{fleetDrivers, telematics, fines}, Country: regionBR,
		Purpose: "to report the use, location and fines of the vehicles their drivers use"}
	banks := &policy.Recipient{ID: "banks", Name: "banks and finance companies", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, usedCars}, Country: regionBR, Conditional: true,
		Purpose: "you ask to finance a used car you buy from us"}
	franchisees := &policy.Recipient{ID: "franchisees", Name: "Localiza franchisees in other countries", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, licence, payment, rental}, Conditional: true,
		Purpose: "you book a rental in another country, to carry it out"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, identity verification and call centre providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, licence, biometric, rental, telematics, online, service}, Country: regionUS}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection companies", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, payment, fines}, Country: regionBR,
		Purpose: "to collect what a renter owes us"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{online}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police, Procon and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, rental, telematics, damage}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	rent := &policy.Purpose{ID: "rental", Name: "Booking and carrying out your rental", Categories: []*policy.Category{customer, licence, payment, rental, service},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, vendors, franchisees},
		Required: "without your registration data, a valid driving licence and a credit card in your name we cannot rent you a car"}
	identity := &policy.Purpose{ID: "identity", Name: "Confirming your identity with a selfie and preventing fraud", Categories: []*policy.Category{customer, licence, biometric},
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "preventing rentals in someone else's name and the theft of vehicles",
		Recipients: []*policy.Recipient{vendors}}
	checks := &policy.Purpose{ID: "credit", Name: "Checking your registration and credit before a rental", Categories: []*policy.Category{customer, credit},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated: "an automated check of your CPF and your credit may refuse a rental or ask for another form of guarantee"}
	fleet := &policy.Purpose{ID: "fleet", Name: "Locating, protecting and maintaining our vehicles", Categories: []*policy.Category{telematics, rental},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering stolen or unreturned vehicles and keeping our fleet safe and maintained",
		Recipients: []*policy.Recipient{insurers, authorities}}
	offences := &policy.Purpose{ID: "fines", Name: "Naming the driver of a traffic offence and charging fines and tolls", Categories: []*policy.Category{customer, licence, rental, fines},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract}, Recipients: []*policy.Recipient{trafficAuthorities, collection},
		Obligations: []policy.Obligation{{Act: "the Brazilian Traffic Code (Law No. 9,503/1997), Art. 257, §7 and §8", Region: regionBR},
			{Act: "the National Traffic Council's rules on naming the driver", Region: regionBR}}}
	damages := &policy.Purpose{ID: "damage", Name: "Handling damage, theft and accidents", Categories: []*policy.Category{customer, rental, telematics, damage},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{insurers, authorities},
		Required: "the rental contract obliges you to report damage, theft and accidents and to give us a police report; without it the protection you chose may not apply"}
	outsourcing := &policy.Purpose{ID: "outsourcing", Name: "Providing fleet outsourcing to companies", Categories: []*policy.Category{fleetDrivers, telematics, fines},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "performing our contract with the company that hires the fleet and whose drivers use it",
		Recipients: []*policy.Recipient{fleetCustomers, trafficAuthorities}}
	sales := &policy.Purpose{ID: "used-cars", Name: "Selling used cars from our fleet", Categories: []*policy.Category{customer, usedCars},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{banks}}
	transfer := &policy.Purpose{ID: "transfer", Name: "Reporting the sale of a used car to the traffic authority", Categories: []*policy.Category{customer, usedCars},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{trafficAuthorities},
		Obligations: []policy.Obligation{{Act: "the Brazilian Traffic Code (Law No. 9,503/1997), Art. 134", Region: regionBR}}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting unpaid amounts", Categories: []*policy.Category{customer, payment, fines},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisLegitimateInterests}, Interest: "recovering what renters owe us", Recipients: []*policy.Recipient{collection}}
	loyaltyProgramme := &policy.Purpose{ID: "loyalty", Name: "Running our loyalty programme", Categories: []*policy.Category{customer, rental, loyalty},
		Bases: []policy.Basis{policy.BasisContract}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers of rentals, subscriptions and used cars", Categories: []*policy.Category{customer, rental, loyalty},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers rentals and cars like those they have used", OptOut: true, Profiling: true}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our website and showing you our ads elsewhere", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Issuing invoices and keeping tax records, and keeping access records", Categories: []*policy.Category{payment, rental, online},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Localiza Rent a Car S.A.", Address: "Belo Horizonte, MG, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Email: "privacidade@localiza.example"},
		Version:    "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"car rental, subscription and fleet outsourcing", "the sale of used cars", "the websites and apps of Localiza and its group"},
		Categories: []*policy.Category{customer, licence, biometric, payment, credit, rental, telematics, fines, damage, fleetDrivers, usedCars, loyalty, online, service},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{rent, identity, checks, fleet, offences, damages, outsourcing, sales, transfer, collect, loyaltyProgramme, marketing, advertising, records},
		Recipients: []*policy.Recipient{trafficAuthorities, bureaus, payments, insurers, fleetCustomers, banks, franchisees, vendors, collection, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: franchisees, Categories: []*policy.Category{customer, licence, payment, rental}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, licence, biometric, rental, telematics, online, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: rent, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal"}, {Kind: policy.RightRectification, How: "in your account or at a branch"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking for a person to review the refusal of a rental"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:    policy.Links{RequestForm: "https://localiza.example/privacidade/solicitacoes", CookieSettings: "https://localiza.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureStaffTraining}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacidade@localiza.example"},
	}
	return realPolicy{"car rental and fleet company (Localiza)", p, []statement{
		{says: "Localiza Rent a Car in Belo Horizonte, with its CNPJ, is the controller for rentals, fleet outsourcing, used cars and its websites and apps", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 3
		}},
		{says: "the encarregado answers at the privacy email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email == "privacidade@localiza.example" }},
		{says: "we collect your name, CPF, RG, date of birth, address, email and phone when you book", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 7
		}},
		{says: "we check your driving licence, its category and expiry, before handing over the car", typed: func(p *policy.Policy) bool {
			return p.Purpose("rental").Uses(p.Category("licence"))
		}},
		{says: "we cannot rent you a car without your details, a valid licence and a credit card in your name", typed: func(p *policy.Policy) bool {
			return p.Purpose("rental").Required != "" && p.Purpose("rental").HasBasis(policy.BasisContract)
		}},
		{says: "in the app we compare a selfie with the photo of your licence to confirm who you are and prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("identity").HasBasis(policy.BasisFraudPrevention)
		}},
		{says: "we pre-authorise a deposit on your credit card", typed: func(p *policy.Policy) bool {
			return p.Purpose("rental").Uses(p.Category("payment")) && recipient(p, "payments").Purpose != ""
		}},
		{says: "we check your CPF and credit with credit bureaus before a rental, on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").HasBasis(policy.BasisCreditProtection) && p.Category("credit").SourceDetail != ""
		}},
		{says: "an automated check may refuse a rental, and you may ask for a person to review it (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we record the vehicle, branches, dates, mileage, fuel, extras and additional drivers of each rental", typed: func(p *policy.Policy) bool {
			return len(p.Category("rental").Items) == 4
		}},
		{says: "our vehicles carry telematics that send us their location, speed, mileage and driving events", typed: func(p *policy.Policy) bool {
			return p.Category("telematics").Sources[0] == policy.SourceAutomatic && len(p.Category("telematics").Items) == 3
		}},
		{says: "we use telematics to recover stolen or unreturned vehicles and to maintain the fleet, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fleet").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fleet").Interest != ""
		}},
		{says: "as owner of the vehicle we receive notices of traffic offences and must name the renter as the driver to the traffic authority (Traffic Code, Art. 257)", typed: func(p *policy.Policy) bool {
			return p.Purpose("fines").RestsOn(policy.BasisLegalObligation, policy.LGPD) && recipient(p, "traffic-authorities").Role == policy.RoleAuthority
		}},
		{says: "we charge you the fines, tolls and parking of your rental, with an administrative fee", free: toPurpose("fines")},
		{says: "toll operators tell us of tolls paid with the vehicle's electronic tag", typed: func(p *policy.Policy) bool {
			return p.Category("fines").SourceDetail != "" && p.Category("fines").Sources[0] == policy.SourceThirdParty
		}},
		{says: "you must report damage, theft and accidents with a police report, or the protection you chose may not apply", typed: func(p *policy.Policy) bool {
			return p.Purpose("damage").Required != ""
		}},
		{says: "insurers, repair shops, lawyers and tracking companies receive what they need to settle claims and recover stolen vehicles", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Role == policy.RoleThirdParty && recipient(p, "insurers").Purpose != ""
		}},
		{says: "we receive details of accidents from other parties, the police and insurers", typed: func(p *policy.Policy) bool {
			return p.Category("damage").SourceDetail != ""
		}},
		{says: "companies that outsource their fleet to us give us their drivers' names, CPF and licences", typed: func(p *policy.Policy) bool {
			return p.Category("fleet-drivers").Sources[0] == policy.SourceThirdParty && p.Category("fleet-drivers").SourceDetail != ""
		}},
		{says: "those companies receive reports on the use, location and fines of the vehicles their drivers use", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "fleet-customers").Categories, p.Category("telematics"))
		}},
		{says: "when you buy a used car from us, banks receive your data if you ask for financing", typed: func(p *policy.Policy) bool { return recipient(p, "banks").Conditional }},
		{says: "we report the sale of a used car to the traffic authority, as the Traffic Code requires (Art. 134)", typed: func(p *policy.Policy) bool {
			return p.Purpose("transfer").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "unpaid amounts go to debt collection companies", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && p.Purpose("collection").HasBasis(policy.BasisExerciseOfRights)
		}},
		{says: "our loyalty programme credits points for your rentals", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").Uses(p.Category("loyalty")) && p.Purpose("loyalty").HasBasis(policy.BasisContract)
		}},
		{says: "we send offers of rentals, subscriptions and used cars in our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "advertising and analytics cookies are set with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "when you rent in another country, our franchisee there receives your booking to carry it out", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity && recipient(p, "franchisees").Conditional
		}},
		{says: "technology, cloud, identity verification and call centre providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[1].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to courts, the police, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("damage").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep rental data for five years after the contract ends, the time for claims", typed: func(p *policy.Policy) bool {
			return p.Category("rental").Retention.Period == policy.Years(5) && p.Category("customer").Retention.Criteria != ""
		}},
		{says: "we keep invoices as tax law requires and access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("online").Retention.Period == policy.Months(6)
		}},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through the privacy portal, where we may ask for a document to confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "we encrypt connections, restrict access, watch for incidents and train our staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureIncidentDetection) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "our services are for adults who hold a driving licence", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes on our website and tell you of material ones by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
	}}
}
