package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// bnplBank paraphrases, in our own words and as we recall it, the privacy
// notice of Klarna Bank AB (publ), as published in 2024-2025: a Swedish
// bank that lets shoppers pay later or in instalments at merchants'
// checkouts, checks their identity and creditworthiness (deciding on
// credit automatically), fights fraud and money laundering, collects
// what is owed or sells the claim, keeps its books under Swedish law,
// and runs a shopping app that recommends products and, if the user
// connects an email account, tracks orders from their confirmations.
func bnplBank() realPolicy {
	regionSE := language.MustParseRegion("SE")
	banking := policy.Secrecy{Kind: policy.SecrecyBanking,
		Laws: []policy.Obligation{{Act: "Lag (2004:297) om bank- och finansieringsrörelse, 1 kap. 10 §", Region: regionSE}}}
	aml := policy.Obligation{Act: "Lag (2017:630) om åtgärder mot penningtvätt och finansiering av terrorism", Region: regionSE}
	bookkeeping := "the Swedish Accounting Act (Bokföringslagen 1999:1078), which requires accounting records to be kept for seven years"

	identity := &policy.Category{ID: "identity", Name: "Identification and contact data",
		Items:       []string{"name", "personal identity number or date of birth", "postal address", "email address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the merchant's checkout, and population and address registers that confirm the address",
		Linked:       true, Secrecy: banking,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Criteria: "the five years after the customer relationship ends that the Money Laundering Act requires"}}
	kycData := &policy.Category{ID: "kyc", Name: "Know-your-customer data",
		Items:       []string{"a copy of the identity document", "citizenship", "answers on the purpose of the relationship and the source of funds", "whether you are a politically exposed person or on a sanctions list"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic},
		SourceDetail: "sanctions lists and lists of politically exposed persons", Linked: true, Secrecy: banking,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	orders := &policy.Category{ID: "orders", Name: "Purchase data",
		Items:       []string{"the merchant", "the goods or services bought", "the price", "the delivery address", "order, delivery and return status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "the merchant you buy from",
		Linked: true, Secrecy: banking, Retention: policy.AsRequiredBy(bookkeeping)}
	financial := &policy.Category{ID: "financial", Name: "Financial data",
		Items:       []string{"card and bank account details", "payment history with us", "outstanding balances and instalments", "income and debts you tell us of"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "banks and card networks", Linked: true, Secrecy: banking, Retention: policy.AsRequiredBy(bookkeeping)}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"credit reports and scores from credit reference agencies", "payment remarks", "our own assessment of the risk that you will not pay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "credit reference agencies in your country", DerivedFrom: []*policy.Category{orders, financial},
		Linked: true, Secrecy: banking,
		Retention: policy.ByCriteria("as long as the credit is outstanding and, after that, as long as we need to show how we assessed it")}
	device := &policy.Category{ID: "device", Name: "Device and usage data",
		Items:       []string{"IP address", "device identifiers", "browser and operating system", "how you use our checkout, website and app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as it helps us prevent fraud and keep the services secure")}
	app := &policy.Category{ID: "app", Name: "Klarna app data",
		Items:       []string{"products and stores you save or follow", "wish lists", "price alerts", "loyalty cards you add", "searches and products viewed in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	receipts := &policy.Category{ID: "receipts", Name: "Order confirmations from a connected email account",
		Items:       []string{"order confirmations, receipts and delivery notices in the inbox"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the email account you choose to connect",
		Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal)}
	support := &policy.Category{ID: "support", Name: "Communications with us",
		Items:       []string{"chats and emails with customer service", "recordings of phone calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Secrecy: banking,
		Retention: policy.ByCriteria("as long as needed to handle the matter and to show what was said and agreed")}
	hardship := &policy.Category{ID: "hardship", Name: "Health information you give us",
		Items:       []string{"illness or other circumstances of health you tell us of when you cannot pay"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: banking,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	tracking := &policy.Category{ID: "tracking", Name: "Marketing and advertising data",
		Items:       []string{"cookie and advertising identifiers", "how you respond to our advertising"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	merchants := &policy.Recipient{ID: "merchants", Name: "the merchants you buy from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, orders}, Purpose: "to complete your purchase and handle its delivery, returns and disputes"}
	agencies := &policy.Recipient{ID: "agencies", Name: "credit reference agencies, such as UC AB in Sweden and SCHUFA in Germany", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, credit}, Purpose: "to give us a credit report on you and to record that a check was made"}
	payments := &policy.Recipient{ID: "payments", Name: "banks, card networks and payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, financial}, Purpose: "to carry out payments and refunds"}
	eid := &policy.Recipient{ID: "eid", Name: "electronic identification and identity verification providers, such as BankID", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, kycData}, Country: regionSE}
	group := &policy.Recipient{ID: "group", Name: "companies of the Klarna group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, orders, financial, device, app, support}, Purpose: "to provide IT, customer service and development for us"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, cloud, customer service and communication service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, orders, financial, device, app, support}, Country: regionUS}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, orders, financial}, Conditional: true, Purpose: "if you do not pay on time"}
	buyers := &policy.Recipient{ID: "buyers", Name: "buyers and financiers of our claims", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, orders, financial}, Conditional: true, Purpose: "if we sell or pledge a claim we hold against you"}
	authorities := &policy.Recipient{ID: "authorities", Name: "Finansinspektionen, the Swedish Police and its Financial Intelligence Unit, the Swedish Tax Agency and other authorities",
		Role: policy.RoleAuthority, Categories: []*policy.Category{identity, kycData, orders, financial}, Country: regionSE, Conditional: true,
		Purpose: "where the law requires us to report or disclose"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our advertising on other websites and measure it"}

	paying := &policy.Purpose{ID: "payments", Name: "Providing our payment and credit services: paying later, in instalments and by card",
		Categories: []*policy.Category{identity, orders, financial}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{merchants, payments, group, providers},
		Required:   "we need your identity and contact details and the details of the purchase to offer you a payment method; without them we cannot"}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Assessing your creditworthiness before we grant credit",
		Categories: []*policy.Category{identity, orders, financial, credit}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{{Act: "Konsumentkreditlagen (2010:1846), 12 §", Region: regionSE}},
		Recipients:  []*policy.Recipient{agencies},
		Required:    "the Consumer Credit Act requires us to assess your creditworthiness; without the check we cannot grant you credit",
		Automated:   "our systems decide automatically, from what you give us, your history with us and the credit reference agency's report, whether to approve a purchase on credit and up to what amount"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing our customers and preventing money laundering and terrorist financing",
		Categories: []*policy.Category{identity, kycData, financial, orders}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{aml}, TippingOff: []policy.Obligation{{Act: "Lag (2017:630) om åtgärder mot penningtvätt och finansiering av terrorism, 4 kap. 9 §", Region: regionSE}},
		Recipients: []*policy.Recipient{eid, authorities},
		Required:   "the Money Laundering Act requires you to give us what we need to know you; without it we cannot have you as a customer",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerNo, Contest: "by contacting customer service"}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting fraud",
		Categories: []*policy.Category{identity, orders, financial, device}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting you, merchants and us from purchases made in someone else's name and other fraud",
		Recipients: []*policy.Recipient{providers},
		Automated:  "our fraud models may decline a purchase automatically where they find a high risk that it is not made by you",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerYes,
			Contest: "by contacting customer service, after which a person reviews the decision", HumanReview: true}}
	collection := &policy.Purpose{ID: "collection", Name: "Collecting what you owe, or selling the claim",
		Categories: []*policy.Category{identity, orders, financial}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "recovering debts and financing our business by selling or pledging claims", Recipients: []*policy.Recipient{collectors, buyers}}
	accounts := &policy.Purpose{ID: "bookkeeping", Name: "Keeping our books and meeting our reporting duties",
		Categories: []*policy.Category{orders, financial}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Bokföringslagen (1999:1078), 7 kap. 2 §", Region: regionSE}}, Recipients: []*policy.Recipient{authorities}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints, including when you have difficulty paying",
		Categories: []*policy.Category{support, identity, orders, hardship}, Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		Withdraw: "by telling customer service", Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot answer you without the details of your question"}
	shopping := &policy.Purpose{ID: "app", Name: "Personalising the Klarna app and recommending products, stores and offers in it",
		Categories: []*policy.Category{app, orders, identity}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you products, stores and offers that match your interests", Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{group, providers}}
	orderTracking := &policy.Purpose{ID: "order-tracking", Name: "Tracking your orders from the confirmations in a connected email account",
		Categories: []*policy.Category{receipts}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "by disconnecting the email account in the app", ConsentMethod: policy.ConsentMethodCheckbox}
	newsletter := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling customers about our services and offers by email and push notification",
		Categories: []*policy.Category{identity, app, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about services like those they already use", OptOut: true, Profiling: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing our advertising on other websites and measuring it",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Developing our services and our credit and fraud models, and analysing how they are used",
		Categories: []*policy.Category{orders, financial, credit, device, app}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making our services and our assessments of credit and fraud better", Recipients: []*policy.Recipient{group}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Klarna Bank AB (publ)", Email: "privacy@klarna.example", Address: "Sveavägen 46, 111 34 Stockholm, Sweden"},
			Registration: "company registration number 556737-0431, a bank under the supervision of Finansinspektionen", Country: regionSE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@klarna.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{identity, kycData, orders, financial, credit, device, app, receipts, support, hardship, tracking},
		Purposes:   []*policy.Purpose{paying, creditCheck, kyc, fraud, collection, accounts, helping, shopping, orderTracking, newsletter, ads, improve},
		Recipients: []*policy.Recipient{merchants, agencies, payments, eid, group, providers, collectors, buyers, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{identity, orders, financial, device, app, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for the checkout, login and security", Party: policy.PartyFirst, Purpose: fraud,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners,
				Purpose: ads, Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the app or by contacting us"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have a person review the decision, giving your view and contesting it"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionSE,
			Contact: policy.Contact{Name: "Integritetsskyddsmyndigheten (IMY)", Website: "https://www.imy.se"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		Links:    policy.Links{CookieSettings: "https://klarna.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@klarna.example"},
	}
	return realPolicy{"buy-now-pay-later bank (Klarna)", p, []statement{
		{says: "Klarna Bank AB (publ) in Stockholm, a bank supervised by Finansinspektionen, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionSE && strings.Contains(p.Controller.Registration, "Finansinspektionen")
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "at checkout we collect your name, personal identity number or date of birth, address, email and phone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "personal identity number or date of birth")
		}},
		{says: "we check your address against population and address registers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Sources, policy.SourceThirdParty) && strings.Contains(p.Category("identity").SourceDetail, "registers")
		}},
		{says: "the merchant tells us what you buy, its price and where it is delivered", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Sources[0] == policy.SourceThirdParty && p.Category("orders").SourceDetail != ""
		}},
		{says: "we record your payments, balances and card or bank details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Items, "outstanding balances and instalments")
		}},
		{says: "we obtain credit reports from credit reference agencies and derive our own risk assessment", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return c.SourceDetail != "" && slices.Contains(c.Sources, policy.SourceDerived) && len(c.DerivedFrom) == 2
		}},
		{says: "we collect device and usage data, such as IP address and browser, automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "in the app we record what you save, follow and search for", typed: func(p *policy.Policy) bool { return p.Purpose("app").Uses(p.Category("app")) }},
		{says: "if you connect your email account, we read order confirmations in it to track your orders, until you disconnect it", typed: func(p *policy.Policy) bool {
			return p.Purpose("order-tracking").RestsOnConsent() && p.Category("receipts").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "calls with customer service are recorded, and you are told so", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "we process information about your health only if you give it to us, such as when illness keeps you from paying, and with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("hardship").Sensitivity == policy.SensitivitySpecial && p.Purpose("support").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we provide our payment services under our contract with you, and need your details to do so", typed: func(p *policy.Policy) bool {
			return p.Purpose("payments").HasBasis(policy.BasisContract) && p.Purpose("payments").Required != ""
		}},
		{says: "the Consumer Credit Act requires us to assess your creditworthiness before we grant credit", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("credit").Required != ""
		}},
		{says: "we decide automatically whether to approve a purchase on credit, and the amount", typed: func(p *policy.Policy) bool { return p.Purpose("credit").Automated != "" }},
		{says: "you may ask for a person to review an automated decision, give your view and contest it", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNoAutomatedDecision) }},
		{says: "the Money Laundering Act requires us to know our customers, and you must give us what we need", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("kyc").Required != ""
		}},
		{says: "we check whether you are a politically exposed person or on a sanctions list", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("kyc").Sources, policy.SourcePublic) && p.Category("kyc").SourceDetail != ""
		}},
		{says: "you can identify yourself with an electronic identification such as BankID", typed: func(p *policy.Policy) bool {
			return recipient(p, "eid").Role == policy.RoleProcessor && slices.Contains(p.Purpose("kyc").Recipients, recipient(p, "eid"))
		}},
		{says: "we report suspected money laundering to the Financial Intelligence Unit, and the law forbids us to tell you", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("kyc").TippingOff) == 1 && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "we may block your account or stop a payment when we suspect money laundering", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("kyc").Suspension.Grounds, policy.SuspensionGroundMoneyLaundering)
		}},
		{says: "our fraud models may decline a purchase automatically, and a person reviews it if you contact us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").Automated != "" && s.Automated == policy.AnswerYes && s.HumanReview
		}},
		{says: "we prevent fraud in our legitimate interest in protecting you, merchants and us", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Interest != "" }},
		{says: "we keep accounting records for seven years, as the Accounting Act requires", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("bookkeeping").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we keep know-your-customer data five years after the customer relationship ends", typed: func(p *policy.Policy) bool {
			r := p.Category("kyc").Retention
			return r.Period == policy.Years(5) && r.From == policy.EventContractEnd
		}},
		{says: "we are bound by banking secrecy", typed: func(p *policy.Policy) bool { return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking }},
		{says: "if you do not pay, we may pass the debt to a collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "we may sell or pledge a claim against you to another company, which then receives the data it needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "buyers").Conditional && p.Purpose("collection").Interest != ""
		}},
		{says: "the merchant receives what it needs to complete the purchase, delivery and returns", typed: func(p *policy.Policy) bool {
			return recipient(p, "merchants").Role == policy.RoleThirdParty && recipient(p, "merchants").Purpose != ""
		}},
		{says: "credit reference agencies receive your identity details when we ask them for a report", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("credit").Recipients, recipient(p, "agencies"))
		}},
		{says: "banks, card networks and payment service providers receive what they need to carry out payments", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != ""
		}},
		{says: "Klarna group companies and service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "authorities such as Finansinspektionen, the police and the Tax Agency receive data where the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional
		}},
		{says: "transfers outside the EU/EEA rely on standard contractual clauses or the Data Privacy Framework, and you can ask for a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" &&
				p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "data may pass to a buyer if we sell our business, and to authorities on legal process", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we tell our customers about our services in our legitimate interest, and you may opt out at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "advertising cookies and pixels are set only with consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "the app recommends products and offers from what you do in it", typed: func(p *policy.Policy) bool { return p.Purpose("app").Profiling }},
		{says: "we use data to develop our services and our credit and fraud models", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Uses(p.Category("credit")) && p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "you may access, correct, erase, restrict and port your data, object and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Swedish Authority for Privacy Protection", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionSE
		}},
		{says: "we answer requests within a month, which we may extend by two more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "we protect data with encryption and access limited to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "our services are for people aged 18 or over", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes to this notice by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "when a credit reference agency gives us a report on you, it sends you a copy saying who asked", free: toPurpose("credit")},
		{says: "a credit check may stay on record with the agency, where other lenders can see that it was made", free: toPurpose("credit")},
		{says: "what we process differs by country and product, and country sections of this notice add to it", free: toIntroduction},
	}}
}

// secondHandMarketplace paraphrases, in our own words and as we recall it,
// the privacy policy of Vinted UAB, as published in 2024-2025: a
// Lithuanian marketplace on which consumers sell second-hand clothes and
// other items to each other, with public profiles, listings and reviews,
// messages between members, integrated shipping with carriers and
// pick-up points, Buyer Protection, an optional check of an item's
// authenticity, payouts through payment service providers that verify
// sellers' identity, the yearly report of sellers to the tax authority
// that the DAC7 rules require, and the notices, moderation decisions,
// appeals and checks of business sellers that the Digital Services Act
// requires.
func secondHandMarketplace() realPolicy {
	dsa := policy.Obligation{Act: "Regulation (EU) 2022/2065 (Digital Services Act), Arts. 16, 17, 20 and 30", Region: regionEU}
	dac7 := policy.Obligation{Act: "the Lithuanian Law on Tax Administration, implementing Council Directive (EU) 2021/514 (DAC7)", Region: regionLT}
	accounting := "the Lithuanian Law on Accounting and the tax laws"

	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"username", "email address", "password", "name", "phone number, if you verify it", "language and country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Google, Facebook or Apple account you choose to sign up with, if you do", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Public profile", Items: []string{"username", "profile photo", "description", "city and country", "reviews received", "followers", "when you were last online"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceAutomatic}, Linked: true,
		Visibility: policy.VisibilityAlways, Retention: policy.WhileAccountActive(policy.Period{})}
	listings := &policy.Category{ID: "listings", Name: "Listings", Items: []string{"photos of the item", "description, brand, size, condition and price"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{})}
	messages := &policy.Category{ID: "messages", Name: "Messages between members", Items: []string{"messages", "offers", "photos sent in a conversation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts}, Retention: policy.WhileAccountActive(policy.Period{})}
	transactions := &policy.Category{ID: "transactions", Name: "Transactions", Items: []string{"items bought and sold", "prices, Buyer Protection fees and shipping costs", "order and shipping status", "disputes and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(accounting)}
	payment := &policy.Category{ID: "payment", Name: "Payment and payout data", Items: []string{"payment method and the last digits of the card", "bank account for payouts", "balance of your Vinted wallet"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	shipping := &policy.Category{ID: "shipping", Name: "Shipping data", Items: []string{"names of sender and recipient", "delivery address or chosen pick-up point", "phone number", "parcel tracking events"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the carriers that deliver the parcel",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	ident := &policy.Category{ID: "identity", Name: "Identity verification data", Items: []string{"a photo of your identity document", "name, date of birth and nationality", "the result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to show that the check was made and to prevent fraud")}
	tax := &policy.Category{ID: "tax", Name: "Seller tax data", Items: []string{"tax identification number", "date of birth", "address", "VAT number, if any", "number of sales and amounts received in the year"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Lithuanian Law on Tax Administration (DAC7)")}
	trader := &policy.Category{ID: "trader", Name: "Business seller data", Items: []string{"name and address of the business", "trade register number", "email address and phone number", "a self-certification to offer only lawful products"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.Keep(policy.Months(6), policy.EventContractEnd)}
	moderation := &policy.Category{ID: "moderation", Name: "Reports and moderation data", Items: []string{"reports of listings, messages and members", "our moderation decisions and their reasons", "appeals and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser, policy.SourceDerived},
		DerivedFrom: []*policy.Category{listings, messages, profile}, Linked: true,
		Retention: policy.ByCriteria("as long as the law requires us to be able to show how we dealt with a report or an appeal")}
	device := &policy.Category{ID: "device", Name: "Device and usage data", Items: []string{"IP address", "device identifiers", "items viewed, favourited and searched for", "how you use the website and app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the purpose, and no longer than your account exists")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data", Items: []string{"cookie and advertising identifiers", "the ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our member support", "photos and evidence in a dispute"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to resolve the request and any claim that may follow")}

	psps := &policy.Recipient{ID: "psps", Name: "payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment, transactions, ident},
		Purpose:    "to process payments and payouts, and to verify sellers' identity as anti-money laundering law requires them to"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and pick-up point operators, including Vinted Go", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{shipping}, Purpose: "to deliver the parcel and tell the sender and the recipient where it is"}
	group := &policy.Recipient{ID: "group", Name: "companies of the Vinted group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profile, listings, messages, transactions, support, device}, Purpose: "to provide member support, authentication of items and technology for us"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, identity verification, communications and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, messages, transactions, ident, support, device}, Country: regionUS}
	taxOffice := &policy.Recipient{ID: "tax", Name: "the State Tax Inspectorate of Lithuania", Role: policy.RoleAuthority,
		Categories: []*policy.Category{tax, account}, Country: regionLT, Purpose: "to receive the yearly report on sellers, which it shares with the tax authorities of other member states"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, listings, messages, transactions, moderation}, Conditional: true,
		Purpose: "where the law requires us to disclose, such as on an order under the Digital Services Act, or where we suspect a criminal offence that threatens someone's life or safety"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{tracking}, Country: regionUS,
		Purpose: "to show ads on Vinted and our own ads elsewhere, and measure them"}

	service := &policy.Purpose{ID: "service", Name: "Providing the marketplace: your account, profile, listings and messages",
		Categories: []*policy.Category{account, profile, listings, messages}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, providers},
		Required:   "we need an email address, a username and a password to open an account; without them you cannot use Vinted"}
	orders := &policy.Purpose{ID: "orders", Name: "Processing purchases, payments, payouts and Buyer Protection",
		Categories: []*policy.Category{account, transactions, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{psps, group},
		Required:   "we need your payment details to process a purchase, and your bank account to pay out your earnings"}
	delivery := &policy.Purpose{ID: "shipping", Name: "Shipping items with our integrated carriers",
		Categories: []*policy.Category{shipping, transactions}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers},
		Required: "the carrier cannot deliver without the names, address or pick-up point and phone number"}
	authenticity := &policy.Purpose{ID: "authenticity", Name: "Checking the authenticity of items when the buyer chooses Item Verification",
		Categories: []*policy.Category{transactions, shipping, listings}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, carriers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Vinted safe: preventing fraud, spam and payments outside the platform, and verifying identity",
		Categories: []*policy.Category{account, messages, transactions, ident, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest:   "protecting our members and us from fraud, scams and misuse of the platform",
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover},
			Contest: "by contacting member support, after which a person reviews the decision", HumanReview: true}}
	moderating := &policy.Purpose{ID: "dsa", Name: "Handling reports of illegal content, moderating content and deciding on appeals, as the Digital Services Act requires",
		Categories: []*policy.Category{moderation, listings, messages, profile, account}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "enforcing our terms, so that the catalogue holds only items that may be sold on it",
		Obligations: []policy.Obligation{dsa}, Recipients: []*policy.Recipient{authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Contest: "through the appeal form in the Help Centre, which sends it to our internal complaint-handling system", ContestWithin: policy.Months(6), HumanReview: true,
			Reasons: true, OutOfCourt: true}}
	traders := &policy.Purpose{ID: "traders", Name: "Checking business sellers and showing their details to buyers, as the Digital Services Act requires",
		Categories: []*policy.Category{trader}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{dsa},
		Required: "the Digital Services Act requires a business seller to give these details; without them it cannot sell on Vinted"}
	reporting := &policy.Purpose{ID: "dac7", Name: "Reporting sellers to the tax authority, as the DAC7 rules require",
		Categories: []*policy.Category{tax, account}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{dac7},
		Recipients: []*policy.Recipient{taxOffice},
		Required:   "a seller who makes 30 or more sales or receives more than 2,000 euros in a year must give us these details, which the law requires"}
	feed := &policy.Purpose{ID: "personalisation", Name: "Personalising your feed, search results and recommendations",
		Categories: []*policy.Category{device, transactions, listings}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the items you are most likely to like", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending newsletters and offers by email and push notification",
		Categories: []*policy.Category{account, device}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the notification settings or with the link in each email", OptOut: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised ads on Vinted and our own ads on other websites, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the privacy settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your requests and resolving disputes between members",
		Categories: []*policy.Category{support, account, transactions, messages}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, providers}, Required: "we cannot answer a request or decide a dispute without its details"}
	records := &policy.Purpose{ID: "records", Name: "Keeping accounting and tax records",
		Categories: []*policy.Category{transactions, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Law on Accounting of the Republic of Lithuania", Region: regionLT}}}

	p := &policy.Policy{
		Deletion:   []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptAbuse}}},
		Controller: policy.Controller{Contact: policy.Contact{Name: "Vinted UAB", Email: "privacy@vinted.example", Address: "Svitrigailos g. 13, Vilnius, Lithuania"}, Country: regionLT},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@vinted.example"},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{account, profile, listings, messages, transactions, payment, shipping, ident, tax, trader, moderation, device, tracking, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers handle them."},
		},
		Purposes:   []*policy.Purpose{service, orders, delivery, authenticity, safety, moderating, traders, reporting, feed, marketing, ads, helping, records},
		Recipients: []*policy.Recipient{psps, carriers, group, providers, taxOffice, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, messages, transactions, ident, support, device},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the safeguards."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, security and the basket", Party: policy.PartyFirst, Purpose: service,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and SDKs", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the account settings or by contacting us"),
			policy.Right{Kind: policy.RightWithdrawConsent, How: "in the privacy settings"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionLT,
			Contact: policy.Contact{Name: "the State Data Protection Inspectorate of Lithuania", Website: "https://vdai.lrv.lt"}}},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:                policy.Links{CookieSettings: "https://vinted.example/privacy-settings", Recommendations: "https://vinted.example/help/recommender-systems"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "privacy@vinted.example"},
	}
	return realPolicy{"second-hand marketplace (Vinted)", p, []statement{
		{says: "Vinted UAB in Vilnius is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionLT }},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "to open an account we need an email address, a username and a password, or a Google, Facebook or Apple account", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && p.Category("account").SourceDetail != ""
		}},
		{says: "your profile, listings and the reviews you receive are public", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityAlways && p.Category("listings").Visibility == policy.VisibilityAlways
		}},
		{says: "reviews on your profile come from the members you dealt with", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").Sources, policy.SourceOtherUsers)
		}},
		{says: "your messages are seen by the member you write to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "we record what you buy and sell, the prices and fees, and any dispute", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").Items, "disputes and their outcome")
		}},
		{says: "payment service providers handle card details; we keep only the payment method and last digits", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "payment service providers verify sellers' identity before payouts, as anti-money laundering law requires them to", typed: func(p *policy.Policy) bool {
			r := recipient(p, "psps")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("identity"))
		}},
		{says: "we may ask you to verify your identity with an identity document when we see suspicious activity", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("identity"))
		}},
		{says: "we give carriers the names, address or pick-up point and phone number they need to deliver", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Categories[0] == p.Category("shipping") && p.Purpose("shipping").Required != ""
		}},
		{says: "carriers tell us where a parcel is, and we pass it on", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("shipping").Sources, policy.SourceThirdParty)
		}},
		{says: "when the buyer chooses Item Verification, our specialists check that the item is authentic", typed: func(p *policy.Policy) bool {
			return p.Purpose("authenticity").HasBasis(policy.BasisContract)
		}},
		{says: "we process purchases, payouts and Buyer Protection under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "psps"))
		}},
		{says: "we check messages and activity automatically to catch fraud, spam and attempts to pay outside Vinted", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("messages")) && p.Purpose("safety").Interest != ""
		}},
		{says: "we may suspend an account or hold a payment we suspect of fraud; a person reviews it if you contact us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.HumanReview
		}},
		{says: "anyone can report content they consider illegal, and we decide on each report", typed: func(p *policy.Policy) bool {
			return p.Purpose("dsa").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Category("moderation").Sources, policy.SourceOtherUsers)
		}},
		{says: "you may appeal a moderation decision within six months through our internal complaint-handling system, and a person decides", typed: func(p *policy.Policy) bool {
			s := p.Purpose("dsa").Suspension
			return s.ContestWithin == policy.Months(6) && s.HumanReview
		}},
		{says: "business sellers must give their name, address, register number and contacts, which we check and show to buyers", typed: func(p *policy.Policy) bool {
			return p.Purpose("traders").Required != "" && p.Category("trader").Visibility == policy.VisibilityAlways
		}},
		{says: "sellers who reach 30 sales or 2,000 euros in a year must give us their tax number, date of birth and address", typed: func(p *policy.Policy) bool {
			return p.Purpose("dac7").Required != "" && slices.Contains(p.Category("tax").Items, "tax identification number")
		}},
		{says: "we report those sellers to the Lithuanian tax authority each year, which shares the report with other member states", typed: func(p *policy.Policy) bool {
			return recipient(p, "tax").Role == policy.RoleAuthority && !recipient(p, "tax").Conditional && p.Purpose("dac7").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we personalise your feed and search results from what you view and favourite", typed: func(p *policy.Policy) bool { return p.Purpose("personalisation").Profiling }},
		{says: "how our recommender systems work is explained on a separate page", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "we send newsletters and offers with your consent, which you can withdraw in the settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "we show personalised ads, and advertise Vinted elsewhere, only with consent given in the privacy settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "member support uses your requests and the evidence in a dispute to resolve it", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "we keep transaction records as long as accounting and tax law require", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "we keep your account data while your account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "companies of our group and our service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data to authorities where the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if we reorganise or sell our business, the buyer may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "data going outside the EEA is protected by standard contractual clauses or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, correct, delete and port your data, restrict and object to processing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to the State Data Protection Inspectorate", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionLT
		}},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "do not give your login or payment details to anyone who asks for them in a message, and report such messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "you must be 18 to use Vinted", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes to this policy by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		// Free text.
		{says: "a seller who does not give the details the tax rules require may have selling or payouts blocked until they do", free: toPurpose("dac7")},
		{says: "after you delete your account we keep some data, such as transactions and what we need to stop banned members from returning, for the time the law or our interests require", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptAbuse)
			})
		}},
		{says: "when we remove a listing or restrict an account, we tell the member why in a statement of reasons", typed: func(p *policy.Policy) bool { return p.Purpose("dsa").Suspension.Reasons }},
		{says: "where you are not satisfied with our answer to an appeal, you may go to a certified out-of-court dispute settlement body", typed: func(p *policy.Policy) bool { return p.Purpose("dsa").Suspension.OutOfCourt }},
		{says: "when you buy from a business seller, you have the consumer rights of EU law, which you do not have when you buy from another consumer", free: toPurpose("traders")},
	}}
}

// hostingProvider paraphrases, in our own words and as we recall it, the
// privacy policy of Hetzner Online GmbH, as published in 2024-2025: a
// German provider of dedicated and cloud servers, storage, web hosting
// and domains, with data centres in Germany and Finland, that is the
// controller of its customers' contract, billing and support data, of
// the reports it receives about abuse of its network and of its website
// visitors' data, verifies new customers' identity to keep fraudsters
// off its network, and processes what customers store on its servers only
// as their processor, under a data processing agreement they conclude
// online.
func hostingProvider() realPolicy {
	regionFI := language.MustParseRegion("FI")
	regionLU := language.MustParseRegion("LU")
	commercial := "the Commercial Code (HGB, § 257) and the Fiscal Code (AO, § 147), which require invoices and accounting records to be kept for ten years and business letters for six"

	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"name and, for businesses, company name", "postal address", "email address", "phone number", "VAT identification number", "customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Criteria: commercial}}
	billing := &policy.Category{ID: "billing", Name: "Billing and payment data", Items: []string{"invoices", "bank account for SEPA direct debit", "credit card details", "PayPal account", "payment history and reminders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "banks, card processors and PayPal",
		Linked: true, Retention: policy.AsRequiredBy(commercial)}
	ident := &policy.Category{ID: "identity", Name: "Identity verification data", Items: []string{"a copy or photo of an identity document", "the result of the verification"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to verify the customer and to show that we did")}
	usage := &policy.Category{ID: "usage", Name: "Contract and usage data", Items: []string{"products ordered and their configuration", "IP addresses assigned to the customer", "traffic volumes for billing", "logins to the customer account, with IP address and time"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the contract runs, and billing data for the periods commercial and tax law require")}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"emails and support tickets", "notes of phone calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the Commercial Code (HGB, § 257), six years for business letters")}
	abuse := &policy.Category{ID: "abuse", Name: "Abuse reports", Items: []string{"name and email address of the person who reports", "what the report says, with log extracts and IP addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "people and organisations that report spam, attacks or illegal content coming from our network", Linked: true,
		Retention: policy.ByCriteria("as long as needed to deal with the report and to document how it was dealt with")}
	registrant := &policy.Category{ID: "registrant", Name: "Domain holder data", Items: []string{"name of the domain holder", "postal address", "email address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("while the domain is registered through us, and as the registry's rules require after that")}
	logs := &policy.Category{ID: "logs", Name: "Website log data", Items: []string{"IP address", "date and time of access", "page requested", "referring page", "browser and operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("deleted after a short time, unless needed to investigate an attack")}

	paymentProviders := &policy.Recipient{ID: "payments", Name: "banks, card processors and PayPal (Europe) S.à r.l. et Cie, S.C.A.", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{customer, billing}, Country: regionLU, Purpose: "to collect payments you make by direct debit, card or PayPal"}
	registries := &policy.Recipient{ID: "registries", Name: "domain registries, such as DENIC eG for .de domains", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registrant}, Purpose: "to register the domain under the registry's rules"}
	customers := &policy.Recipient{ID: "customer-concerned", Name: "the customer whose server a report concerns", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{abuse}, Purpose: "so that the customer can stop the abuse"}
	advisers := &policy.Recipient{ID: "advisers", Name: "tax advisers and auditors", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, billing}, Country: regionDE,
		Purpose: "to prepare our accounts and audit them"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies and lawyers", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, billing}, Country: regionDE,
		Conditional: true, Purpose: "if an invoice stays unpaid after reminders"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{customer, usage}, Country: regionDE,
		Conditional: true, Purpose: "where the law obliges us to disclose, such as on a court order"}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding and performing contracts for servers, cloud, storage, web hosting and domains",
		Categories: []*policy.Category{customer, billing, usage}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{paymentProviders},
		Required:   "we cannot conclude a contract without your name, address, email address and a means of payment"}
	verification := &policy.Purpose{ID: "verification", Name: "Verifying new customers' identity to prevent fraud and abuse of our network",
		Categories: []*policy.Category{customer, ident}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping people who order with false details, and those who would use our servers for attacks, off our network",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Contest: "by contacting our support"}}
	domains := &policy.Purpose{ID: "domains", Name: "Registering and managing domains",
		Categories: []*policy.Category{registrant, customer}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{registries},
		Required: "a registry does not register a domain without the holder's details"}
	abuseHandling := &policy.Purpose{ID: "abuse", Name: "Dealing with reports of abuse of our network",
		Categories: []*policy.Category{abuse, customer, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping our network free of abuse and helping those whom it harms", Recipients: []*policy.Recipient{customers, authorities}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests",
		Categories: []*policy.Category{support, customer, usage}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions from people who are not yet our customers", Required: "we cannot answer without the details of your request"}
	website := &policy.Purpose{ID: "website", Name: "Delivering our website and keeping it secure",
		Categories: []*policy.Category{logs}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering the website to your browser and defending it against attacks"}
	books := &policy.Purpose{ID: "accounting", Name: "Keeping our accounts and tax records",
		Categories: []*policy.Category{customer, billing, support}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Handelsgesetzbuch (HGB), § 257", Region: regionDE}, {Act: "Abgabenordnung (AO), § 147", Region: regionDE}},
		Recipients:  []*policy.Recipient{advisers, authorities}}
	collection := &policy.Purpose{ID: "collection", Name: "Collecting unpaid invoices",
		Categories: []*policy.Category{customer, billing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "recovering what we are owed", Recipients: []*policy.Recipient{collectors}}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Telling customers by email about our own similar products",
		Categories: []*policy.Category{customer}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they already use", OptOut: true,
		ConsentExemptBy: []policy.Obligation{{Act: "the Act against Unfair Competition (UWG), § 7(3)", Region: regionDE}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Hetzner Online GmbH", Email: "info@hetzner.example", Address: "Industriestr. 25, 91710 Gunzenhausen, Germany"},
			Registration: "Amtsgericht Ansbach, HRB 6089", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "data-protection@hetzner.example", Address: "Industriestr. 25, 91710 Gunzenhausen, Germany"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{{Act: "Bundesdatenschutzgesetz (BDSG)", Region: regionDE}, {Act: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)", Region: regionDE}},
		CustomerData: policy.CustomerData{Customers: "our customers who store or process personal data on our servers, storage and cloud",
			Data:     "what customers store and process on the servers, storage boxes, web hosting and cloud projects they rent from us",
			TermsURL: "https://hetzner.example/legal/data-processing-agreement", ChoosesStorage: true},
		OtherNotices: []policy.Notice{{Covers: "people who apply for a job with us", URL: "https://hetzner.example/career/privacy"}},
		Categories:   []*policy.Category{customer, billing, ident, usage, support, abuse, registrant, logs},
		Storage:      []policy.Storage{{Location: regionDE}, {Location: regionFI}},
		Purposes:     []*policy.Purpose{contract, verification, domains, abuseHandling, helping, website, books, collection, news},
		Recipients:   []*policy.Recipient{paymentProviders, registries, customers, advisers, collectors, authorities},
		Disclosures:  []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies for the customer account and the order process", Party: policy.PartyFirst, Purpose: contract,
				Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in the customer account or by writing to us"}, {Kind: policy.RightErasure},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability}, {Kind: policy.RightObjection}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
			Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", Address: "Promenade 18, 91522 Ansbach, Germany", Website: "https://www.lda.bayern.de"}}},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureCertification, Description: "Our data centres and their operation are certified under ISO/IEC 27001."},
			{Kind: policy.MeasureAccessControl, Description: "Access to the data centres is controlled electronically and watched by video around the clock."},
			{Kind: policy.MeasureEncryptionInTransit},
		},
		Links:   policy.Links{Subprocessors: "https://hetzner.example/legal/subprocessors"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "data-protection@hetzner.example"},
	}
	return realPolicy{"hosting provider (Hetzner)", p, []statement{
		{says: "Hetzner Online GmbH in Gunzenhausen, registered at the Ansbach local court, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Registration != ""
		}},
		{says: "our data protection officer can be reached at the same address and by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "we process data under the GDPR, the Federal Data Protection Act and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2
		}},
		{says: "for a contract we collect name, company, address, email, phone and VAT number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("customer").Items, "VAT identification number")
		}},
		{says: "without these details and a means of payment we cannot conclude a contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Required != "" && p.Purpose("contract").HasBasis(policy.BasisContract)
		}},
		{says: "we take payment by SEPA direct debit, card or PayPal, and the bank, card processor or PayPal receives what it needs", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && recipient(p, "payments").Purpose != ""
		}},
		{says: "we may ask a new customer for a copy of an identity document to keep fraudsters and attackers off our network", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").Uses(p.Category("identity")) && p.Purpose("verification").Interest != ""
		}},
		{says: "we may cancel an order or lock an account we suspect of fraud, and you may contact support about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("verification").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contest != ""
		}},
		{says: "we record the products you order, the IP addresses assigned to you, traffic for billing and logins to your account", typed: func(p *policy.Policy) bool {
			c := p.Category("usage")
			return slices.Contains(c.Items, "logins to the customer account, with IP address and time") && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "we register domains with the registries, which need the holder's details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("domains").Recipients, recipient(p, "registries")) && p.Purpose("domains").Required != ""
		}},
		{says: "we receive reports about abuse coming from our network, with the reporter's details, from third parties", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("abuse").Sources, policy.SourceThirdParty) && p.Category("abuse").SourceDetail != ""
		}},
		{says: "we pass an abuse report on to the customer concerned, so that the customer can stop the abuse", typed: func(p *policy.Policy) bool {
			return recipient(p, "customer-concerned").Purpose != "" && slices.Contains(p.Purpose("abuse").Recipients, recipient(p, "customer-concerned"))
		}},
		{says: "we deal with abuse reports in our legitimate interest in a network free of abuse", typed: func(p *policy.Policy) bool {
			return p.Purpose("abuse").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("abuse").Interest != ""
		}},
		{says: "what customers store on their servers, storage and cloud we process only as their processor", typed: func(p *policy.Policy) bool { return p.CustomerData.Data != "" }},
		{says: "a customer who processes others' data on our servers is their controller, and its own privacy policy informs them", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Customers != "" && p.CustomerData.Data != ""
		}},
		{says: "customers conclude a data processing agreement with us, which we publish", typed: func(p *policy.Policy) bool { return p.CustomerData.TermsURL != "" }},
		{says: "customers choose the location of their servers and cloud projects", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "the subcontractors we use for customers' data are listed", typed: func(p *policy.Policy) bool { return p.Links.Subprocessors != "" }},
		{says: "we process our own data in our data centres in Germany and Finland, and transfer none to third countries", typed: func(p *policy.Policy) bool {
			return len(p.Storage) == 2 && p.Storage[1].Location == regionFI && len(p.Transfers) == 0
		}},
		{says: "when you visit our website, the server logs your IP address, the page, the time, the referrer and your browser", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("logs").Items, "referring page")
		}},
		{says: "we keep website logs only briefly, unless an attack needs investigating", typed: func(p *policy.Policy) bool {
			return p.Category("logs").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "our website sets only session cookies needed for the customer account and ordering", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 1 && p.Cookies[0].StrictlyNecessary
		}},
		{says: "we answer support requests, from customers under the contract and from others in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").HasBasis(policy.BasisContract) && p.Purpose("support").Interest != ""
		}},
		{says: "we keep invoices and accounting records for ten years and business letters for six, as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounting").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("customer").Retention.Period == policy.Years(10)
		}},
		{says: "tax advisers and auditors receive what they need to prepare and audit our accounts", typed: func(p *policy.Policy) bool { return recipient(p, "advisers").Purpose != "" }},
		{says: "if you do not pay, we may pass the claim to a collection agency or lawyer", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "we disclose data to authorities only where the law obliges us to", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we send customers news about our own similar products by email, which they may object to at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("news").DirectMarketing && p.Purpose("news").OptOut
		}},
		{says: "we make no automated decisions about you", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, correct, erase, restrict and port your data", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may object to processing on our legitimate interests, and to direct marketing at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "you may complain to a supervisory authority, such as the Bavarian one in Ansbach", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "BayLDA")
		}},
		{says: "our data centres are certified under ISO/IEC 27001", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "access to our data centres is controlled and watched by video", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAccessControl) }},
		{says: "job applicants have their own privacy notice", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "we may change this policy, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "we do not look at the content customers store on their servers, and act on it only on their instructions or where the law obliges us to", free: toIntroduction},
		{says: "we may send customers emails about similar products without consent, as § 7(3) of the Act against Unfair Competition allows, and say in each how to object", typed: func(p *policy.Policy) bool {
			pu := purposeByID(p, "news")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && pu.ConsentExemptBy[0].Region == regionDE && !pu.RestsOnConsent()
		}},
		{says: "domain data may appear in the registry's public WHOIS database where its rules require", free: toCategory("registrant")},
	}}
}
