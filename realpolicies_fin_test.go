package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// cryptoExchange paraphrases, in our own words and as we recall it, the
// global privacy policy of a cryptocurrency exchange in the manner of
// Coinbase, as published in 2024 for users in the EEA, the UK and the US:
// an Irish controller for the EEA, a UK one for the UK and a US one for
// the US; identity documents and a selfie matched to them to know who its
// customers are; screening against sanctions lists and monitoring of
// transactions against money laundering; blockchain data that is public
// and that no one can erase; credit reference and fraud prevention
// agencies; disclosures to law enforcement; and records kept for at least
// five years after the relationship ends, as anti-money-laundering laws
// require. It declares the GDPR, the UK GDPR and the CCPA.
func cryptoExchange() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identity information", Items: []string{"name", "date of birth", "home address", "nationality", "government identity document and its number", "tax identification or Social Security number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "identity verification providers and public databases",
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years or more that anti-money-laundering laws require after our relationship ends"},
		Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	face := &policy.Category{ID: "face", Name: "Facial biometrics", Items: []string{"selfie photo or video", "facial geometry compared with the photo on the identity document"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventLastActivity},
		Linked:    true, CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	financial := &policy.Category{ID: "financial", Name: "Financial information", Items: []string{"bank account and payment card details", "source of funds and wealth", "occupation and employer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "banks and payment processors you link",
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure},
		Linked:    true, CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	transactions := &policy.Category{ID: "transactions", Name: "Transaction information", Items: []string{"purchases, sales, sends and receipts of crypto assets", "amounts, dates and prices", "wallet addresses of senders and recipients"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure},
		Linked:    true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	chain := &policy.Category{ID: "blockchain", Name: "Public blockchain data", Items: []string{"wallet addresses", "transactions recorded on a public blockchain"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic, policy.SourceThirdParty}, SourceDetail: "public blockchains and blockchain analytics providers",
		Visibility: policy.VisibilityAlways, Retention: policy.Indefinitely(), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	screening := &policy.Category{ID: "screening", Name: "Screening results", Items: []string{"matches against sanctions lists", "politically exposed person status", "adverse media, including reports of alleged offences", "risk scores"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "sanctions lists, screening providers and fraud prevention agencies",
		DerivedFrom: []*policy.Category{identity, transactions, chain},
		Retention:   policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure},
		Linked:      true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device identifiers", "approximate location", "browser and operating system", "pages and features used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"support chats and emails", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	marketingData := &policy.Category{ID: "marketing", Name: "Marketing and cookie data", Items: []string{"email address", "cookie identifiers", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "Coinbase group companies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial, transactions, screening, device, support}, Country: regionUS,
		Purpose: "to provide the services in your country, and to meet the group's anti-money-laundering duties"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for identity verification, blockchain analytics, cloud hosting and customer support", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, face, financial, transactions, chain, device, support}, Country: regionUS}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment processors", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, financial, transactions},
		Purpose: "to move money into and out of your account"}
	agencies := &policy.Recipient{ID: "agencies", Name: "credit reference and fraud prevention agencies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, device, screening}, Purpose: "to verify your identity and prevent fraud"}
	vasps := &policy.Recipient{ID: "vasps", Name: "other crypto-asset service providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, transactions},
		Purpose: "to send with each transfer to or from an account they hold the name and account details of its sender and recipient, as the travel rule requires"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement agencies, tax authorities and financial regulators", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, financial, transactions, screening, device}, Conditional: true, Purpose: "when the law requires us, such as by a subpoena, a court order or a report of suspicious activity"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{marketingData}}

	amlObligations := []policy.Obligation{
		{Act: "Criminal Justice (Money Laundering and Terrorist Financing) Act 2010", Region: regionIE},
		{Act: "Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017", Region: regionGB},
		{Act: "Bank Secrecy Act", Region: regionUS},
	}
	service := &policy.Purpose{ID: "service", Name: "Opening your account and carrying out your transactions", Categories: []*policy.Category{identity, financial, transactions, device, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{affiliates, providers, banks},
		Required: "we cannot open an account or carry out a transaction without your identity, contact and payment details"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Verifying your identity and screening against sanctions lists", Categories: []*policy.Category{identity, financial, screening},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: amlObligations, Recipients: []*policy.Recipient{providers, agencies, affiliates},
		Criminal: policy.CriminalAuthority{Laws: amlObligations[:2], Condition: policy.DPAConditionRegulatory},
		Required: "the law requires us to know who you are; if you do not give us what we ask for, we cannot open or keep your account"}
	selfie := &policy.Purpose{ID: "selfie", Name: "Matching your selfie to your identity document", Categories: []*policy.Category{face, identity},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by asking support, after which we verify you another way", Recipients: []*policy.Recipient{providers},
		Required: "the selfie is optional where we can verify you another way, such as by a video call or further documents"}
	monitoring := &policy.Purpose{ID: "monitoring", Name: "Monitoring transactions for money laundering and reporting suspicions", Categories: []*policy.Category{identity, transactions, chain, screening, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: amlObligations, Recipients: []*policy.Recipient{providers, authorities, vasps},
		Criminal: policy.CriminalAuthority{Laws: amlObligations[:2], Condition: policy.DPAConditionRegulatory},
		TippingOff: []policy.Obligation{
			{Act: "Criminal Justice (Money Laundering and Terrorist Financing) Act 2010, s. 49", Region: regionIE},
			{Act: "Proceeds of Crime Act 2002, s. 333A", Region: regionGB},
			{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS},
		},
		Automated: "our systems score the risk of each transaction and may hold it, or restrict your account, until we have reviewed it",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering, policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "by contacting support, after which a person reviews the decision", HumanReview: true}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and keeping accounts secure", Categories: []*policy.Category{identity, transactions, device, screening},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting you, us and other customers from fraud, account takeover and theft of crypto assets",
		Recipients: []*policy.Recipient{agencies, providers},
		Criminal:   policy.CriminalAuthority{Laws: amlObligations[:2], Condition: policy.DPAConditionFraud}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how the services are used and improving them", Categories: []*policy.Category{device, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how customers use the services so that we can improve them", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and measuring our advertising", Categories: []*policy.Category{marketingData},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email or in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping records and answering regulators, courts and tax authorities", Categories: []*policy.Category{identity, financial, transactions, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: amlObligations, Recipients: []*policy.Recipient{authorities}}

	ccpaRights := []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightNonDiscrimination}}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Coinbase Europe Limited", Email: "dpo@coinbase.example", Address: "Dublin, Ireland"},
			Registration: "authorised by the Central Bank of Ireland as a crypto-asset service provider", Country: regionIE},
		Establishments: []policy.Establishment{
			{Region: regionGB, Contact: policy.Contact{Name: "CB Payments, Ltd", Address: "London, United Kingdom", Email: "dpo@coinbase.example"}, ControllerFor: regionGB},
			{Region: regionUS, Contact: policy.Contact{Name: "Coinbase, Inc.", Address: "Wilmington, Delaware, USA", Email: "privacy@coinbase.example"}, ControllerFor: regionUS},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@coinbase.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		Categories:  []*policy.Category{identity, face, financial, transactions, chain, screening, device, support, marketingData},
		Purposes:    []*policy.Purpose{service, kyc, selfie, monitoring, fraud, improve, marketing, records},
		Recipients:  []*policy.Recipient{affiliates, providers, banks, agencies, vasps, authorities, adPartners},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{identity, face, financial, transactions, screening, device, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{identity, face, financial, transactions, screening, device, support},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our data protection officer for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising and analytics cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: marketing, Categories: []*policy.Category{marketingData},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(append(gdprRights("in the privacy settings of your account or by writing to dpo@coinbase.example"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking support to have a person review the decision"}), ccpaRights...),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Agents: policy.AnswerYes, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: regionGB,
			Contact: policy.Contact{Name: "Financial Ombudsman Service", Website: "https://www.financial-ombudsman.org.uk"}}},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"the privacy settings of your account", "email to privacy@coinbase.example"},
			OnlineOnly: true, SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptRestricted: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureCertification, Description: "We hold SOC 1 and SOC 2 reports and an ISO/IEC 27001 certificate."}},
		Links:    policy.Links{CookieSettings: "https://coinbase.example/cookie-settings", RequestForm: "https://coinbase.example/privacy-request"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@coinbase.example"},
	}
	return realPolicy{"cryptocurrency exchange (Coinbase)", p, []statement{
		{says: "Coinbase Europe Limited in Dublin is the controller for the EEA, CB Payments for the UK and Coinbase, Inc. for the US", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && p.Establishments[0].ControllerFor == regionGB && p.Establishments[1].ControllerFor == regionUS
		}},
		{says: "the Irish company is authorised by the Central Bank of Ireland", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" }},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we collect your name, date of birth, address, nationality, identity document and tax number", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 6
		}},
		{says: "identity verification providers and public databases confirm who you are", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Sources, policy.SourceThirdParty) && p.Category("identity").SourceDetail != ""
		}},
		{says: "with your explicit consent, a selfie is matched to your identity document by facial recognition", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Purpose("selfie").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we destroy biometric data at the latest three years after your last interaction with us", typed: func(p *policy.Policy) bool {
			return p.Category("face").Retention.Period == policy.Years(3) && p.Category("face").Retention.From == policy.EventLastActivity
		}},
		{says: "if you do not want a selfie taken, we verify you another way", typed: func(p *policy.Policy) bool { return p.Purpose("selfie").Required != "" }},
		{says: "we ask for the source of your funds and your occupation where the law asks us to look closer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Items, "source of funds and wealth")
		}},
		{says: "we record your purchases, sales, sends and receipts of crypto assets", typed: func(p *policy.Policy) bool { return p.Category("transactions") != nil }},
		{says: "transactions on a public blockchain are public, and we and analytics providers read them", typed: func(p *policy.Policy) bool {
			return p.Category("blockchain").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("blockchain").Sources, policy.SourcePublic)
		}},
		{says: "we screen you against sanctions and politically exposed person lists and adverse media, which may reveal alleged offences", typed: func(p *policy.Policy) bool {
			return p.Category("screening").Criminal && !p.Purpose("kyc").Criminal.IsZero()
		}},
		{says: "anti-money-laundering laws in Ireland, the UK and the US oblige us to verify who you are and keep records", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "without the information the law asks for we cannot open or keep your account", typed: func(p *policy.Policy) bool { return p.Purpose("kyc").Required != "" }},
		{says: "we monitor transactions and report suspicious activity to the authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("monitoring").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Purpose("monitoring").Recipients, recipient(p, "authorities"))
		}},
		{says: "automated risk scoring may hold a transaction or restrict an account until we review it", typed: func(p *policy.Policy) bool {
			return p.Purpose("monitoring").Automated != "" && p.Purpose("monitoring").Suspension.Automated == policy.AnswerYes
		}},
		{says: "you may contest a restriction through support, and a person reviews it", typed: func(p *policy.Policy) bool {
			return p.Purpose("monitoring").Suspension.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the law may forbid us to tell you that we have reported a suspicion, and we may withhold data from an access request for that reason", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("monitoring").TippingOff) == 3
		}},
		{says: "we send the sender's and recipient's details to the other provider with a transfer, as the travel rule requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "vasps").Purpose != "" && p.Purpose("monitoring").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we use identity, device and transaction data to prevent fraud on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we check your details with credit reference and fraud prevention agencies", typed: func(p *policy.Policy) bool { return recipient(p, "agencies").Role == policy.RoleThirdParty }},
		{says: "we provide the services, move money and support you under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we analyse usage to improve the services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Profiling }},
		{says: "marketing emails and advertising cookies need your consent, which you can withdraw", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "group companies, banks and payment processors, and service providers receive what they need", typed: func(p *policy.Policy) bool {
			return recipient(p, "affiliates") != nil && recipient(p, "banks") != nil && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we give data to law enforcement and regulators when the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "a buyer of the business may receive your data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "data goes from the EEA and the UK to the US under standard clauses and the UK addendum, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "we keep your records for at least five years after our relationship ends, as anti-money-laundering laws require", typed: func(p *policy.Policy) bool {
			r := p.Category("identity").Retention
			return r.Period == policy.Years(5) && r.From == policy.EventAccountClosure && r.Criteria != ""
		}},
		{says: "you may access, correct, erase, restrict and port your data, object and withdraw consent, and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightComplaint) && hasRight(p, policy.RightPortability)
		}},
		{says: "UK customers may take a complaint to the Financial Ombudsman Service", typed: func(p *policy.Policy) bool { return p.Redress[0].Region == regionGB }},
		{says: "we verify requests through your account and, where needed, an identity document", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we do not sell or share personal information, and honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "California residents may know and delete their data, use an agent, and are not discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we protect data with encryption, access controls, monitoring and certified controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "the services are only for adults of 18 or over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "we cannot change or delete what is recorded on a public blockchain, so a request to erase data cannot reach it", free: toCategory("blockchain")},
		{says: "where the law makes us keep data, we restrict it instead of erasing it until the period ends", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) > 0 && p.Deletion[0].KeptRestricted && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
	}}
}

// paymentsProvider paraphrases, in our own words and as we recall it, the
// privacy statement of an online payments provider in the manner of PayPal
// (Europe) S.à r.l. et Cie, S.C.A., as published in 2024: a Luxembourg
// bank bound by the banking secrecy of Luxembourg law, which shares
// payment data with the merchants its customers pay, checks credit and
// fraud with agencies, decides some things automatically, and keeps its
// records for ten years after the account closes. It declares the GDPR.
func paymentsProvider() realPolicy {
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Law of 5 April 1993 on the financial sector, Art. 41", Region: regionLU}}}
	tenYears := policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(10), From: policy.EventAccountClosure,
		Criteria: "the ten years Luxembourg commercial and anti-money-laundering law requires, or longer while a dispute or investigation lasts"}
	registration := &policy.Category{ID: "registration", Name: "Registration and identity information", Items: []string{"name", "postal address", "email address", "phone number", "date of birth", "identity document", "nationality"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: tenYears, Linked: true, Secrecy: secrecy}
	payment := &policy.Category{ID: "payment", Name: "Payment instruments", Items: []string{"card numbers", "bank account details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: tenYears, Linked: true, Secrecy: secrecy}
	transactions := &policy.Category{ID: "transactions", Name: "Transaction information", Items: []string{"amount, currency and date", "the merchant or person paid or paying you", "items bought, where the merchant sends them", "shipping address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "merchants and the people who pay you",
		Retention: tenYears, Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "Credit and fraud agency information", Items: []string{"credit score and history", "fraud markers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit reference agencies such as SCHUFA and Experian, and fraud prevention agencies",
		Retention: tenYears, Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and location information", Items: []string{"IP address", "device identifiers and settings", "geolocation", "how you use our sites and apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}
	risk := &policy.Category{ID: "risk", Name: "Risk assessments", Items: []string{"fraud and risk scores", "account limitations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{registration, transactions, credit, device},
		Retention: tenYears, Linked: true, Secrecy: secrecy}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric login", Items: []string{"fingerprint or face template"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceOnly, Retention: policy.Until(policy.EventConsentWithdrawal)}
	profile := &policy.Category{ID: "profile", Name: "PayPal.Me profile", Items: []string{"name", "profile photo", "PayPal.Me link"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityOptional, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"messages to customer service", "recordings of phone calls", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: tenYears, Linked: true}

	group := &policy.Recipient{ID: "group", Name: "PayPal, Inc. and the other companies of the PayPal group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, payment, transactions, device, risk, support}, Country: regionUS,
		Purpose: "to provide the services, manage risk and support you on our behalf"}
	merchants := &policy.Recipient{ID: "merchants", Name: "merchants you pay and the people you send money to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, transactions}, Purpose: "to complete the payment, ship what you bought and handle disputes and refunds"}
	schemes := &policy.Recipient{ID: "schemes", Name: "card schemes, banks and payment processors", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, payment, transactions},
		Purpose: "to process your payments"}
	agencies := &policy.Recipient{ID: "agencies", Name: "credit reference and fraud prevention agencies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, transactions, risk}, Purpose: "to check your identity and credit, and to prevent fraud"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for customer support, hosting, marketing and debt collection", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, transactions, device, support}}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, law enforcement, tax authorities and the Commission de Surveillance du Secteur Financier", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, transactions, risk}, Country: regionLU, Conditional: true, Purpose: "when the law requires us or they lawfully ask us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}}

	aml := []policy.Obligation{{Act: "Law of 12 November 2004 on the fight against money laundering and terrorist financing", Region: regionLU}}
	service := &policy.Purpose{ID: "service", Name: "Operating your account and making your payments", Categories: []*policy.Category{registration, payment, transactions, device, support, profile},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, merchants, schemes, providers},
		Required: "we cannot open an account or make a payment without your identity, contact and payment details"}
	login := &policy.Purpose{ID: "login", Name: "Letting you log in with your fingerprint or face", Categories: []*policy.Category{biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by turning biometric login off in the app or in your device's settings"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Verifying your identity and preventing money laundering", Categories: []*policy.Category{registration, transactions, risk},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: aml, Recipients: []*policy.Recipient{agencies, authorities, group},
		Required: "the law requires us to know who you are; if you do not give us what we ask for, we may limit or close your account"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Managing risk and preventing fraud", Categories: []*policy.Category{registration, transactions, device, credit, risk},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Obligations: aml,
		Interest:   "protecting our customers and us from fraud and other unlawful activity",
		TippingOff: []policy.Obligation{{Act: "Law of 12 November 2004 on the fight against money laundering and terrorist financing, Art. 5(5)", Region: regionLU}},
		Automated:  "our systems assess the risk of each transaction and may refuse a payment or limit your account",
		Recipients: []*policy.Recipient{agencies, group},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundMoneyLaundering},
			Automated: policy.AnswerYes, Contest: "by contacting customer service, after which a person reviews the decision", HumanReview: true}}
	lending := &policy.Purpose{ID: "credit", Name: "Checking your creditworthiness for Pay Later and other credit", Categories: []*policy.Category{registration, transactions, credit},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agencies},
		Automated: "we decide automatically, from your credit file and how you use PayPal, whether to offer you credit and how much",
		Required:  "we cannot offer credit without a credit check"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising and improving our services", Categories: []*policy.Category{transactions, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making the services easier to use and developing new ones", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing our services and those of our partners", Categories: []*policy.Category{registration, transactions, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your account settings or with the unsubscribe link in every message", Profiling: true,
		Recipients: []*policy.Recipient{providers, adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping records and answering authorities", Categories: []*policy.Category{registration, transactions, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: append(slices.Clone(aml), policy.Obligation{Act: "Code de commerce, Art. 16", Region: regionLU})}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PayPal (Europe) S.à r.l. et Cie, S.C.A.", Address: "22-24 Boulevard Royal, L-2449 Luxembourg", Website: "https://www.paypal.example/privacy-contact"},
			Registration: "a credit institution licensed in Luxembourg and supervised by the Commission de Surveillance du Secteur Financier, registered under R.C.S. Luxembourg B 118 349",
			Country:      regionLU},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Website: "https://www.paypal.example/privacy-contact"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{registration, payment, transactions, credit, device, risk, biometric, profile, support},
		Purposes:   []*policy.Purpose{service, login, kyc, fraud, lending, personalise, marketing, records},
		Recipients: []*policy.Recipient{group, merchants, schemes, agencies, providers, authorities, adPartners},
		Transfers: []policy.Transfer{{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{registration, payment, transactions, device, risk, support},
			Safeguard: policy.SafeguardBindingCorporateRules, Note: "Our binding corporate rules are published on our website."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "performance and marketing cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: marketing, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account settings or with the privacy contact form"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have a person review the decision"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Region: regionLU,
			Contact: policy.Contact{Name: "Commission de Surveillance du Secteur Financier", Website: "https://www.cssf.lu"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}},
		Links:        policy.Links{CookieSettings: "https://www.paypal.example/cookie-settings"},
		Children:     policy.Children{MinimumAge: 18},
		Changes:      policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:      policy.Contact{Website: "https://www.paypal.example/privacy-contact"},
		OtherNotices: []policy.Notice{{Covers: "customers in the United Kingdom, whose provider is PayPal UK Ltd", URL: "https://www.paypal.example/uk/privacy"}},
	}
	return realPolicy{"payments provider (PayPal)", p, []statement{
		{says: "PayPal (Europe) S.à r.l. et Cie, S.C.A. in Luxembourg is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionLU }},
		{says: "we are a bank licensed in Luxembourg and supervised by the CSSF", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" }},
		{says: "our data protection officer can be reached through the privacy contact form", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "as a bank we are bound by banking secrecy under Luxembourg law", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Secrecy.Kind == policy.SecrecyBanking && p.Category("transactions").Secrecy.Laws[0].Region == regionLU
		}},
		{says: "we collect your name, addresses, phone number, date of birth and identity documents", typed: func(p *policy.Policy) bool { return len(p.Category("registration").Items) == 7 }},
		{says: "we collect card and bank account details", typed: func(p *policy.Policy) bool { return p.Category("payment") != nil }},
		{says: "we collect what you pay, to whom and for what, partly from merchants", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").Sources, policy.SourceThirdParty) && p.Category("transactions").SourceDetail != ""
		}},
		{says: "we collect device, location and usage data automatically", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "we receive credit and fraud information from agencies", typed: func(p *policy.Policy) bool { return p.Category("credit").SourceDetail != "" }},
		{says: "biometric login is checked on your device, and we never receive your fingerprint or face", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").OnDevice == policy.OnDeviceOnly
		}},
		{says: "a PayPal.Me profile is public if you create one", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityOptional }},
		{says: "we operate your account and make payments under our contract", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "without your details we cannot open an account or make payments", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "anti-money-laundering law obliges us to verify your identity", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("kyc").Obligations[0].Region == regionLU
		}},
		{says: "we manage risk and prevent fraud on our legitimate interest and legal obligations", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "the law may forbid us to tell you that we have reported a suspicion, and we may withhold data from an access request for that reason", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").TippingOff[0].Region == regionLU
		}},
		{says: "automated systems may refuse a payment or limit your account", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Automated != "" && p.Purpose("fraud").Suspension.Automated == policy.AnswerYes
		}},
		{says: "we decide automatically whether to offer credit, after a credit check", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && slices.Contains(p.Purpose("credit").Recipients, recipient(p, "agencies"))
		}},
		{says: "you may ask for a person to review an automated decision, give your view and contest it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision) && p.Purpose("fraud").Suspension.HumanReview
		}},
		{says: "we personalise the services from how you use them, and you can object", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").OptOut
		}},
		{says: "we send marketing with your consent, which you can withdraw", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").RestsOnConsent() }},
		{says: "we share your name, address and what you bought with the merchant you pay", typed: func(p *policy.Policy) bool {
			return recipient(p, "merchants").Role == policy.RoleThirdParty && recipient(p, "merchants").Purpose != ""
		}},
		{says: "card schemes, banks and processors receive what they need to process payments", typed: func(p *policy.Policy) bool { return recipient(p, "schemes") != nil }},
		{says: "we share data with credit reference and fraud prevention agencies", typed: func(p *policy.Policy) bool { return recipient(p, "agencies") != nil }},
		{says: "PayPal group companies and service providers process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data to courts, law enforcement and regulators when the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "a buyer of the business may receive your data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "data sent to PayPal, Inc. in the US is protected by our binding corporate rules", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardBindingCorporateRules
		}},
		{says: "we keep data for ten years after the account closes, as Luxembourg law requires", typed: func(p *policy.Policy) bool {
			r := p.Category("transactions").Retention
			return r.Period == policy.Years(10) && r.From == policy.EventAccountClosure && r.Criteria != ""
		}},
		{says: "you may access, correct, erase, restrict and port your data, object, withdraw consent and complain to the CNPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain about our services to the CSSF", typed: func(p *policy.Policy) bool { return p.Redress[0].Kind == policy.RedressRegulator }},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "cookies beyond the essential ones, some set by advertising partners, are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && cookie(p, "marketing").Provider == recipient(p, "advertising")
		}},
		{says: "we protect data with encryption, access controls and monitoring", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "the services are not for people under 18", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we announce material changes by email and on our website", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "customers in the UK have their own statement", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		// Free text.
		{says: "by accepting the user agreement you allow us to share data that banking secrecy covers with the third parties our published list names", free: toIntroduction},
		{says: "if a transaction reveals special categories of data, such as a donation to a religious or political organisation, we process it only to make the payment", free: toCategory("transactions")},
	}}
}
