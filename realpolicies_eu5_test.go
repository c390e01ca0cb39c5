package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// onlineRetailerDE paraphrases, in our own words and as we recall it, the
// data protection notice of Otto (GmbH & Co KG), as published on otto.de
// in 2024-2025: a Hamburg online retailer of the Otto Group that sells
// its own goods and, through OTTO Market, those of partner sellers, whose
// payments the group's payment institution handles; that checks a
// customer's creditworthiness with credit agencies before it offers
// payment on account or in instalments, deciding automatically which
// payment methods to offer; that personalises the shop, advertises by
// email, post and, with consent, on other websites; runs the OTTO Up
// benefits programme; and states its grounds under the GDPR, the Federal
// Data Protection Act and the TDDDG.
func onlineRetailerDE() realPolicy {
	records := policy.Obligation{Act: "Handelsgesetzbuch (HGB), § 257, and Abgabenordnung (AO), § 147", Region: regionDE}
	bookkeeping := "the Commercial Code (§ 257 HGB) and the Fiscal Code (§ 147 AO), which require invoices and accounting records to be kept for ten years and commercial letters for six"

	account := &policy.Category{ID: "account", Name: "Customer account data",
		Items:       []string{"title and name", "postal address", "email address", "phone number, if you give it", "date of birth", "password", "customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Orders and returns",
		Items:       []string{"the goods ordered and from which seller", "delivery address and, where different, the billing address", "prices and the payment method chosen", "delivery and return status", "invoices and credit notes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the carriers that tell us where a parcel is", Linked: true, Retention: policy.AsRequiredBy(bookkeeping)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"bank account (IBAN) for direct debit", "the last digits of the card or the PayPal account used", "open invoices, instalments and the balance of your customer account", "payment reminders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(bookkeeping)}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"score values and address checks from credit agencies", "negative payment information the agencies hold", "your payment history with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "credit agencies, such as SCHUFA Holding AG in Wiesbaden and infoscore Consumer Data GmbH in Baden-Baden",
		DerivedFrom:  []*policy.Category{orders, payment}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to decide on the payment methods we offer you, and then as long as we must be able to show how we decided")}
	usage := &policy.Category{ID: "usage", Name: "Device and usage data",
		Items:       []string{"IP address", "device, browser and operating system", "pages and products viewed", "searches", "the wish list and the basket", "the website you came from"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the purpose needs it; server logs for a few days, unless an attack needs investigating")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising and analytics data",
		Items:       []string{"cookie and advertising identifiers", "a pseudonymous profile of your interests", "the adverts you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{usage, orders},
		Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	newsletter := &policy.Category{ID: "newsletter", Name: "Newsletter data",
		Items:       []string{"email address", "the time you subscribed and confirmed", "which newsletters you open and which links you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"your rating and review", "the name you choose to show with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as we sell the product, unless you delete the review earlier")}
	service := &policy.Category{ID: "service", Name: "Customer service",
		Items:       []string{"your messages, letters and calls to customer service", "complaints and warranty claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you, and then as long as commercial law requires for commercial letters")}
	calls := &policy.Category{ID: "calls", Name: "Recordings of calls",
		Items:       []string{"the recording of your call with customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Days(90), policy.EventCollection)}
	up := &policy.Category{ID: "up", Name: "OTTO Up membership",
		Items:       []string{"membership and its level", "the benefits you use", "fees for OTTO Up Plus"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	group := &policy.Recipient{ID: "group", Name: "service companies of the Otto Group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, payment, usage, service}, Country: regionDE,
		Purpose: "to provide IT, logistics and customer service for us"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers, such as Hermes, and, for bulky goods, the delivery services that bring them to your home", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order, announce its delivery and agree a delivery time"}
	partners := &policy.Recipient{ID: "partners", Name: "OTTO Market partners, the sellers who offer their goods on otto.de", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to ship the goods you buy from them, take them back and handle your warranty claims"}
	payments := &policy.Recipient{ID: "payments", Name: "Otto Payments GmbH, the Otto Group's payment institution", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, payment}, Country: regionDE,
		Purpose: "to take payment for goods you buy from OTTO Market partners and pass it to them"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, such as PayPal and card processors", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "to carry out the payment you choose"}
	agencies := &policy.Recipient{ID: "agencies", Name: "credit agencies, such as SCHUFA Holding AG in Wiesbaden and infoscore Consumer Data GmbH in Baden-Baden", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment}, Country: regionDE,
		Purpose:   "to give us a score and confirm your address before we offer payment on account or in instalments, and to record unpaid claims that meet the legal conditions",
		NoticeURL: "https://www.schufa.example/datenschutz-dsgvo"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, payment}, Country: regionDE, Conditional: true, Purpose: "if you do not pay after our reminders"}
	fraudProviders := &policy.Recipient{ID: "fraud", Name: "fraud prevention service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, usage}, Country: regionDE}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, email and analytics service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, usage, newsletter, service}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our adverts on other websites and in apps, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement authorities and courts", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, payment}, Country: regionDE, Conditional: true, Purpose: "where the law obliges us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Opening and running your customer account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Required: "we need your name, address, email address and date of birth to open a customer account; without them you can order as a guest"}
	shop := &policy.Purpose{ID: "orders", Name: "Processing your orders, deliveries, returns and payments",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{carriers, partners, payments, psps, group},
		Required:   "without your name, delivery address and payment details we cannot deliver or invoice an order"}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your creditworthiness before we offer payment on account or in instalments",
		Categories: []*policy.Category{account, orders, credit}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting ourselves from payment defaults, since we deliver before you pay",
		Recipients: []*policy.Recipient{agencies},
		Required:   "you may always pay in advance, by card or with PayPal without a credit check; without the check we cannot offer you payment on account or in instalments",
		Automated:  "we decide automatically, from the credit agency's score and your payment history with us, which payment methods we offer you for an order"}
	collection := &policy.Purpose{ID: "collection", Name: "Collecting overdue payments",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "recovering what we are owed", Recipients: []*policy.Recipient{collectors, agencies}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, such as orders placed in someone else's name",
		Categories: []*policy.Category{account, orders, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest:   "protecting our customers and us from fraud and from losses",
		Recipients: []*policy.Recipient{fraudProviders},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover},
			Contest: "by contacting customer service"}}
	website := &policy.Purpose{ID: "website", Name: "Delivering otto.de and the app and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering the pages you ask for and defending the shop against attacks", Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Personalising the shop: product recommendations, search results and content",
		Categories: []*policy.Category{usage, orders, tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the privacy settings at the foot of every page and in the app", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the shop is used, to improve it",
		Categories: []*policy.Category{usage, tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the privacy settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you personalised advertising on otto.de and on other websites, and measuring it",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the privacy settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	letters := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter",
		Categories: []*policy.Category{newsletter}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "with the unsubscribe link in every newsletter or in your customer account", OptOut: true,
		ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{providers}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Emailing customers offers of goods like those they bought",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about goods like those they already buy from us", OptOut: true,
		ConsentExemptBy: []policy.Obligation{{Act: "Gesetz gegen den unlauteren Wettbewerb (UWG), § 7(3)", Region: regionDE}}}
	post := &policy.Purpose{ID: "post", DirectMarketing: true, Name: "Sending advertising and catalogues by post",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about our range by post, as mail order has always done", OptOut: true, Profiling: true}
	push := &policy.Purpose{ID: "push", Name: "Sending push notifications about your orders and offers in the app",
		Categories: []*policy.Category{usage, orders}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in your device's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your product reviews",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisContract},
		Required: "writing a review is up to you; if you do, it is published with the name you choose"}
	support := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and warranty claims",
		Categories: []*policy.Category{service, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond a contract", Recipients: []*policy.Recipient{group, partners},
		Required: "we cannot answer without the details of your question"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls with customer service to train our staff and improve our service",
		Categories: []*policy.Category{calls}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "by telling the agent during the call, or by writing to us afterwards", Recipients: []*policy.Recipient{group}}
	membership := &policy.Purpose{ID: "up", Name: "Running OTTO Up, our benefits programme, and its paid tier OTTO Up Plus",
		Categories: []*policy.Category{account, up, orders}, Bases: []policy.Basis{policy.BasisContract},
		Required: "OTTO Up is open only to customers with an account; OTTO Up Plus needs a payment method for its fee"}
	books := &policy.Purpose{ID: "records", Name: "Keeping commercial and tax records",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{records}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Otto (GmbH & Co KG)", Email: "service@otto.example", Address: "Werner-Otto-Straße 1-7, 22179 Hamburg, Germany"},
			Registration: "Amtsgericht Hamburg, HRA 62024", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "datenschutz@otto.example", Address: "Werner-Otto-Straße 1-7, 22179 Hamburg, Germany"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		URL:  "https://www.otto.example/shoppages/service/datenschutz",
		Laws: []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{{Act: "Bundesdatenschutzgesetz (BDSG)", Region: regionDE},
			{Act: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG), § 25", Region: regionDE}},
		Scope:      []string{"otto.de and the OTTO app"},
		Categories: []*policy.Category{account, orders, payment, credit, usage, tracking, newsletter, reviews, service, calls, up},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Card payments are handled by our payment service providers."},
		},
		Purposes: []*policy.Purpose{accountPurpose, shop, creditCheck, collection, fraud, website, personalise, analytics, ads, letters, offers, post, push,
			reviewing, support, recording, membership, books},
		Recipients: []*policy.Recipient{group, carriers, partners, payments, psps, agencies, collectors, fraudProviders, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, usage, newsletter, service},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for the basket, login, your privacy settings and security", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and personalisation cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{usage, tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels of our partners", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your customer account or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have a member of staff review the decision on payment methods, hear your view and let you contest it"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
			Contact: policy.Contact{Name: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit", Address: "Ludwig-Erhard-Str. 22, 20459 Hamburg, Germany", Website: "https://datenschutz-hamburg.de"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit, Description: "Your data travels to us encrypted with TLS."}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasurePseudonymisation}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.otto.example/privacy-settings"},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "datenschutz@otto.example"},
	}
	return realPolicy{"online retailer (OTTO)", p, []statement{
		{says: "Otto (GmbH & Co KG) in Hamburg, registered at the Hamburg local court, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && strings.Contains(p.Controller.Registration, "Hamburg")
		}},
		{says: "our data protection officer can be reached at our address and by email", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the Federal Data Protection Act and, for cookies, § 25 TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2
		}},
		{says: "this notice covers otto.de and the OTTO app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "for a customer account we record your name, address, email, date of birth and password, and your phone number if you give it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("account").Required != ""
		}},
		{says: "you may order as a guest without an account", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "guest")
		}},
		{says: "we use your order, delivery and payment data to perform the contract of sale", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("orders").Required != ""
		}},
		{says: "carriers such as Hermes receive your name, address and order to deliver it and announce the delivery", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers")) && recipient(p, "carriers").Purpose != ""
		}},
		{says: "carriers tell us where your parcel is", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Sources, policy.SourceThirdParty)
		}},
		{says: "when you buy from an OTTO Market partner, the partner receives what it needs to ship, take back and guarantee the goods", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "partners"))
		}},
		{says: "Otto Payments GmbH takes payment for goods from OTTO Market partners", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Country == regionDE && recipient(p, "payments").Purpose != ""
		}},
		{says: "payment service providers such as PayPal process card and PayPal payments; we do not store full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps") != nil && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "before we offer payment on account or in instalments we send your name, address and date of birth to a credit agency and receive a score", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("credit").Recipients, recipient(p, "agencies")) && p.Category("credit").SourceDetail != ""
		}},
		{says: "the credit agencies we use include SCHUFA and infoscore", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "agencies").Name, "SCHUFA") && strings.Contains(recipient(p, "agencies").Name, "infoscore")
		}},
		{says: "the credit check rests on the contract and our interest in avoiding payment defaults", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("credit")
			return pu.HasBasis(policy.BasisContract) && pu.HasBasis(policy.BasisLegitimateInterests) && pu.Interest != ""
		}},
		{says: "we also use your payment history with us in the decision", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("credit").Sources, policy.SourceDerived) && slices.Contains(p.Category("credit").DerivedFrom, p.Category("payment"))
		}},
		{says: "we decide automatically which payment methods we offer you", typed: func(p *policy.Policy) bool { return p.Purpose("credit").Automated != "" }},
		{says: "you may have a member of staff review the decision, state your view and contest it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "you may always pay in advance without a credit check", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("credit").Required, "in advance")
		}},
		{says: "the credit agencies' own information under Art. 14 GDPR is published on their websites", typed: func(p *policy.Policy) bool {
			return recipient(p, "agencies").NoticeURL != ""
		}},
		{says: "if you do not pay after reminders, we pass the claim to a debt collection agency and may report it to a credit agency", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "agencies"))
		}},
		{says: "we check orders for fraud with fraud prevention providers, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Interest != "" && recipient(p, "fraud").Role == policy.RoleProcessor
		}},
		{says: "we may cancel an order or block an account we suspect of fraud, and you may contact customer service about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contest != ""
		}},
		{says: "our servers log your IP address and the pages you ask for, to deliver and secure the shop", typed: func(p *policy.Policy) bool {
			return p.Purpose("website").Interest != "" && slices.Contains(p.Category("usage").Items, "IP address")
		}},
		{says: "necessary cookies for the basket, login and your privacy settings are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we personalise recommendations and search results, and analyse use of the shop, only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").RestsOnConsent() && p.Purpose("analytics").RestsOnConsent() && cookie(p, "analytics").Consent == policy.CookieConsentOptIn
		}},
		{says: "with your consent, advertising partners such as Google and Meta show you our adverts elsewhere and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "you may change your choices at any time in the privacy settings", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "we send the newsletter only after you confirm your address, and record your consent", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.ConsentMethod == policy.ConsentMethodDoubleOptIn && n.ConsentLogged
		}},
		{says: "we measure whether you open the newsletter and click its links, to make it more relevant", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").Profiling && len(p.Category("newsletter").Items) == 3
		}},
		{says: "you may unsubscribe with the link in every newsletter", typed: func(p *policy.Policy) bool { return p.Purpose("newsletter").Withdraw != "" }},
		{says: "customers receive emails about goods like those they bought without consent, as § 7(3) UWG allows, and may object at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && !pu.RestsOnConsent()
		}},
		{says: "we send advertising and catalogues by post in our legitimate interest, to which you may object", typed: func(p *policy.Policy) bool {
			return p.Purpose("post").DirectMarketing && p.Purpose("post").OptOut && p.Purpose("post").Interest != ""
		}},
		{says: "the app sends push notifications only if you allow them on your device", typed: func(p *policy.Policy) bool {
			return p.Purpose("push").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "your product reviews are published with the name you choose", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Required != ""
		}},
		{says: "customer service uses your messages and calls to answer you", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("service")) }},
		{says: "we record calls only with your consent, which you may refuse or withdraw", typed: func(p *policy.Policy) bool {
			return p.Purpose("recording").RestsOnConsent() && p.Category("calls").RecordingNotice
		}},
		{says: "we run OTTO Up and OTTO Up Plus under their terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("up").HasBasis(policy.BasisContract) && p.Category("up") != nil
		}},
		{says: "we keep invoices and accounting records for ten years, as the Commercial Code and the Fiscal Code require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your customer account until you close it", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "service companies of the Otto Group and other service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "service providers in the US process data under standard contractual clauses, of which you may have a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "US advertising partners are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to authorities only where the law obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you may access, rectify, erase, restrict and port your data and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests, and to advertising at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "you may complain to a supervisory authority, such as the Hamburg commissioner", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "Hamburg")
		}},
		{says: "your data is transmitted encrypted, and access to it is restricted", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we never ask for your password by email or phone; beware of phishing emails in our name", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "only adults may order from us", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we update this notice from time to time, and the version on otto.de applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.URL != ""
		}},
		// Free text.
		{says: "for the check, the credit agency receives only your name, address and date of birth, and nothing of what you order", free: toPurpose("credit")},
		{says: "where you order as a guest, we keep your data only for that order and as commercial and tax law require", free: toCategory("account")},
	}}
}

// foodDeliveryES paraphrases, in our own words and as we recall it, the
// privacy policy for customers of Glovoapp23, S.A., as published in
// 2024-2025: a Barcelona company, part of the Delivery Hero group, whose
// app lets customers order from restaurants and shops and have couriers
// deliver the order; it uses the device's location, takes payment
// through payment service providers, runs the Glovo Prime subscription,
// promotions and referrals, prevents fraud, personalises the app,
// markets to its customers as the Spanish Information Society Services
// Act allows, advertises with consent, and keeps data blocked, after an
// account is closed, for as long as claims may be brought, as the
// Spanish data protection act (LOPDGDD) requires.
func foodDeliveryES() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"name", "email address", "phone number", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Google, Facebook or Apple account you choose to sign up with, if you do", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location data",
		Items:       []string{"the precise location of your device while you use the app", "the delivery addresses you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order data",
		Items:       []string{"the store or restaurant and the products ordered", "delivery address and instructions for the courier", "price, fees and tip", "the time and status of the order", "your ratings of the order and the courier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Commercial Code (Código de Comercio), art. 30, and the General Tax Act (Ley 58/2003, General Tributaria)")}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"payment method", "the last digits and expiry date of the card", "refunds and Glovo credit"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy("the Commercial Code (Código de Comercio), art. 30, and the General Tax Act (Ley 58/2003, General Tributaria)")}
	prime := &policy.Category{ID: "prime", Name: "Glovo Prime subscription",
		Items:       []string{"subscription status and period", "monthly fees paid", "savings on delivery fees"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	promotions := &policy.Category{ID: "promotions", Name: "Promotions and referrals",
		Items:       []string{"promo codes you use", "friends who sign up with your invitation code", "rewards earned"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Customer service data",
		Items:       []string{"chats with customer service", "photos of a wrong or damaged order", "complaints and refund requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to resolve your request, and then blocked for as long as a claim may be brought")}
	device := &policy.Category{ID: "device", Name: "Device and usage data",
		Items:       []string{"IP address", "device identifiers and model", "operating system and app version", "the stores and products you view and search for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the purpose, and no longer than your account exists")}
	preferences := &policy.Category{ID: "preferences", Name: "Preferences we infer",
		Items:       []string{"the kinds of food and products you like", "when you usually order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the adverts you see and click", "whether an advert led you to install the app or order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	partners := &policy.Recipient{ID: "partners", Name: "the restaurants and stores you order from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to prepare your order and, where they deliver it themselves, to deliver it"}
	couriers := &policy.Recipient{ID: "couriers", Name: "the couriers who deliver your order", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders}, Purpose: "to pick up your order and bring it to you, with your name, address, instructions and phone number"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment, orders}, Purpose: "to take payment, make refunds and prevent payment fraud"}
	group := &policy.Recipient{ID: "group", Name: "companies of the Glovo group and of the Delivery Hero group, such as Delivery Hero SE in Berlin", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, payment, support, device}, Purpose: "to provide technology, customer service and fraud prevention for us"}
	providers := &policy.Recipient{ID: "providers", Name: "cloud, customer service, communication and analytics providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, location, orders, support, device}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our adverts on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police, tax authorities and consumer authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, payment, support}, Country: regionES, Conditional: true, Purpose: "where the law obliges us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and managing your Glovo account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "we need your name, email address and phone number to open an account; without them you cannot order"}
	ordering := &policy.Purpose{ID: "orders", Name: "Processing your orders: passing them to the store, having them delivered and taking payment",
		Categories: []*policy.Category{account, orders, payment, location}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{partners, couriers, psps, group},
		Required:   "without a delivery address, a phone number and a means of payment we cannot deliver your order",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument}}
	locating := &policy.Purpose{ID: "location", Name: "Using your device's location to show the stores that deliver to you and to find your address",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in your device's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	subscription := &policy.Purpose{ID: "prime", Name: "Running your Glovo Prime subscription",
		Categories: []*policy.Category{account, prime, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "Glovo Prime needs a card for its monthly fee"}
	promos := &policy.Purpose{ID: "promotions", Name: "Applying promo codes and running our invite-a-friend programme",
		Categories: []*policy.Category{account, promotions}, Bases: []policy.Basis{policy.BasisContract},
		Required: "taking part is up to you, but without it you get no discount or reward"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints and handling refunds",
		Categories: []*policy.Category{support, account, orders}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, providers, partners},
		Required:   "we cannot resolve a problem with an order without its details"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and abuse of the platform, such as payment fraud and misuse of promotions and refunds",
		Categories: []*policy.Category{account, orders, payment, device, promotions}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers, partners, couriers and us from fraud", Profiling: true, Recipients: []*policy.Recipient{group, psps},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by contacting customer service"}}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Personalising the app: the stores, products and offers we show you first",
		Categories: []*policy.Category{orders, device, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you first what you are most likely to want", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending customers offers and news about Glovo by email, SMS and push notification",
		Categories: []*policy.Category{account, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about services and offers like those they already use", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{{Act: "Ley 34/2002, de servicios de la sociedad de la información y de comercio electrónico (LSSI), art. 21.2", Region: regionES}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing our adverts on other websites and apps and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the cookie settings on the website or the privacy settings in the app", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Ley 34/2002, de servicios de la sociedad de la información y de comercio electrónico (LSSI), art. 22.2", Region: regionES}},
		Recipients:        []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how the app is used, to improve it",
		Categories: []*policy.Category{device, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making the app work better for customers, partners and couriers", OptOut: true, Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our accounting, tax and consumer-law obligations",
		Categories: []*policy.Category{orders, payment, support}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Código de Comercio, art. 30", Region: regionES}, {Act: "Ley 58/2003, de 17 de diciembre, General Tributaria, arts. 29 and 66", Region: regionES}},
		Recipients:  []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{account, orders, payment, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "being able to answer a claim about an order for as long as one may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Glovoapp23, S.A.", Email: "privacy@glovoapp.example", Address: "Calle Llull 108, 08005 Barcelona, Spain"},
			Country: regionES},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@glovoapp.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{{Act: "Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)", Region: regionES},
			{Act: "Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información y de comercio electrónico (LSSI)", Region: regionES}},
		Scope:        []string{"the Glovo app and website in Spain and the other countries of the European Union where Glovo operates"},
		OtherNotices: []policy.Notice{{Covers: "couriers", URL: "https://glovoapp.example/legal/privacy-couriers"}, {Covers: "partner stores and restaurants", URL: "https://glovoapp.example/legal/privacy-partners"}},
		Categories:   []*policy.Category{account, location, orders, payment, prime, promotions, support, device, preferences, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers hold them; we keep only a token, the last digits and the expiry date."},
		},
		Purposes:   []*policy.Purpose{accountPurpose, ordering, locating, subscription, promos, helping, fraud, personalise, marketing, ads, improve, legal, claims},
		Recipients: []*policy.Recipient{partners, couriers, psps, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, location, orders, support, device},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud},
			KeptFor: policy.Years(6), KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "technical cookies for login, the basket and security", Party: policy.PartyFirst, Purpose: accountPurpose,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   gdprRights("in the app or by writing to our data protection officer"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionES,
			Contact: policy.Contact{Name: "Agencia Española de Protección de Datos (AEPD)", Address: "C/ Jorge Juan 6, 28001 Madrid, Spain", Website: "https://www.aepd.es"}}},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Links:                policy.Links{CookieSettings: "https://glovoapp.example/cookie-settings"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "dpo@glovoapp.example"},
	}
	return realPolicy{"food delivery app (Glovo)", p, []statement{
		{says: "Glovoapp23, S.A. in Barcelona is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && strings.Contains(p.Controller.Name, "Glovoapp23")
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data under the GDPR, the LOPDGDD and the LSSI", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2 && p.LegalActs[0].Region == regionES
		}},
		{says: "couriers and partners have their own privacy policies", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "to open an account we need your name, email and phone number, or a Google, Facebook or Apple account", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && p.Category("account").SourceDetail != ""
		}},
		{says: "with your permission we use your device's location to show the stores that deliver to you", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "you may turn location off in your device's settings and type your address instead", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").Withdraw != "" && slices.Contains(p.Category("location").Sources, policy.SourceUser)
		}},
		{says: "we record what you order, from where, the delivery address, price, tip and your ratings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "price, fees and tip")
		}},
		{says: "we process your orders to perform our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("orders").Required != ""
		}},
		{says: "the store or restaurant receives your order and name to prepare it", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "partners"))
		}},
		{says: "the courier receives your name, address, instructions and phone number to deliver the order", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "couriers").Categories, p.Category("orders")) && recipient(p, "couriers").Purpose != ""
		}},
		{says: "for alcohol and other age-restricted products you confirm your age, and the courier may ask for your identity document", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument})
		}},
		{says: "payment service providers process your card; we keep only a token, the last digits and the expiry date", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && recipient(p, "psps").Purpose != ""
		}},
		{says: "we run Glovo Prime under its terms, with a card for the monthly fee", typed: func(p *policy.Policy) bool {
			return p.Purpose("prime").HasBasis(policy.BasisContract) && p.Purpose("prime").Required != ""
		}},
		{says: "we apply promo codes and record invitations and rewards of our invite-a-friend programme", typed: func(p *policy.Policy) bool {
			return p.Purpose("promotions").Uses(p.Category("promotions")) && p.Purpose("promotions").Required != ""
		}},
		{says: "customer service uses your chats and photos to solve problems with orders and refunds", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && slices.Contains(p.Category("support").Items, "photos of a wrong or damaged order")
		}},
		{says: "we may share your complaint with the store to resolve it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("support").Recipients, recipient(p, "partners"))
		}},
		{says: "we prevent fraud and abuse of promotions and refunds in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Uses(p.Category("promotions"))
		}},
		{says: "we may block an account or cancel an order we suspect of fraud or abuse, and you may contact us about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "we infer what you like from your orders and what you view", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("preferences").Sources, policy.SourceDerived) && len(p.Category("preferences").DerivedFrom) == 2
		}},
		{says: "we personalise the stores and offers we show you in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.Interest != ""
		}},
		{says: "we send customers offers about Glovo by email, SMS and push, as the LSSI allows for similar services, and they may opt out at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && len(pu.ConsentExemptBy) == 1 && pu.ConsentExemptBy[0].Region == regionES
		}},
		{says: "we use advertising cookies and SDKs only with your consent, as the LSSI requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && len(p.Purpose("advertising").ConsentRequiredBy) == 1
		}},
		{says: "with your consent, advertising partners such as Google and Meta show and measure our adverts", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "advertising"))
		}},
		{says: "you may change your cookie choices at any time in the cookie settings", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "technical cookies needed for login and the basket are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we analyse how the app is used to improve it", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we keep invoices and accounting records as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep data needed to establish or defend legal claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Interest != "" && p.Purpose("claims").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we keep your account data while your account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "after you close your account we keep some data, for up to six years, for legal obligations, claims and fraud prevention", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptFraud) && d.KeptFor == policy.Years(6)
		}},
		{says: "companies of our group and of Delivery Hero, and our service providers, process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && strings.Contains(recipient(p, "group").Name, "Delivery Hero")
		}},
		{says: "service providers in the US process data under standard contractual clauses, of which you may have a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "US advertising partners are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to courts and authorities where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "if Glovo is reorganised or sold, the buyer may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Spanish Data Protection Agency", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionES
		}},
		{says: "we answer within a month, extendable by two where a request is complex", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "you must be 18 to use Glovo", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "what we keep after your account is closed is blocked, as art. 32 LOPDGDD requires: kept apart, used for nothing else and available only to courts and authorities until claims are time-barred, and then deleted", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) > 0 && p.Deletion[0].KeptRestricted && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "the courier sees only what is needed to deliver, and the app shows you the courier's first name and position while your order is on its way", free: toPurpose("orders")},
		{says: "if you invite a friend, we send the invitation only to the people you choose to share your code with", free: toPurpose("promotions")},
	}}
}

// marketplacePL paraphrases, in our own words and as we recall it, the
// privacy policy of Allegro sp. z o.o., as published in 2024-2025: a
// Poznań company that runs the Allegro marketplace, on which consumers
// and businesses buy and sell, with public logins and ratings, messages
// between buyers and sellers, payments through payment institutions,
// deliveries through carriers and its own One lockers and couriers, the
// Allegro Smart! subscription, deferred payment through Allegro Pay, the
// notices, moderation, appeals and trader checks that the Digital
// Services Act requires, the yearly report of sellers that the Polish act
// transposing DAC7 requires, and marketing by email and phone only with
// the consent that the Polish electronic services and electronic
// communications acts require.
func marketplacePL() realPolicy {
	pl := language.MustParseRegion("PL")
	dsa := policy.Obligation{Act: "Regulation (EU) 2022/2065 (Digital Services Act), Arts. 16, 17 and 20", Region: regionEU}
	dsaTraders := policy.Obligation{Act: "Regulation (EU) 2022/2065 (Digital Services Act), Art. 30", Region: regionEU}
	accounting := "the Accounting Act (ustawa o rachunkowości), art. 74, and the Tax Ordinance (Ordynacja podatkowa), art. 86, which require five years from the end of the year"

	account := &policy.Category{ID: "account", Name: "Account data",
		Items: []string{"login", "email address", "password", "name and surname", "phone number", "address",
			"for a business account, the company name, address and tax identification number (NIP)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Public profile and ratings",
		Items:       []string{"your login", "ratings and comments you receive as a seller", "the date you joined"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceAutomatic}, Linked: true,
		Visibility: policy.VisibilityAlways, Retention: policy.WhileAccountActive(policy.Period{})}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews you write",
		Items:       []string{"ratings of sellers and comments", "product reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{})}
	listings := &policy.Category{ID: "listings", Name: "Offers",
		Items:       []string{"what you offer for sale, with photos, description and price", "your terms of delivery, returns and complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{})}
	messages := &policy.Category{ID: "messages", Name: "Messages between buyers and sellers",
		Items:       []string{"messages in the Message Centre", "attachments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts}, Retention: policy.WhileAccountActive(policy.Period{})}
	transactions := &policy.Category{ID: "transactions", Name: "Purchases and sales",
		Items:       []string{"what you buy and sell, from and to whom", "prices, fees and commissions", "delivery method and status", "returns, complaints and Allegro Protect claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(accounting)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"payment method and the last digits of the card", "bank account for refunds and payouts", "payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the payment institutions that handle Allegro payments",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data",
		Items:       []string{"the recipient's name, address and phone number", "the parcel locker or pick-up point chosen", "parcel tracking events"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the carriers that deliver the parcel",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	smart := &policy.Category{ID: "smart", Name: "Allegro Smart! subscription",
		Items:       []string{"subscription status and period", "fees paid", "free deliveries used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	verification := &policy.Category{ID: "verification", Name: "Identity verification data",
		Items:       []string{"the result of a verification transfer from your bank account", "a scan of your identity document, where we ask for one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your bank, through the verification transfer",
		Linked: true, Retention: policy.ByCriteria("as long as your account exists and then as long as we must be able to show that we checked who you are")}
	trader := &policy.Category{ID: "trader", Name: "Business seller data",
		Items:       []string{"company name, address, phone number and email address", "entry in the business register (KRS or CEIDG)", "a self-certification to offer only lawful products"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "the public business registers (KRS and CEIDG)",
		Linked: true, Visibility: policy.VisibilityAlways, Retention: policy.Keep(policy.Months(6), policy.EventContractEnd)}
	tax := &policy.Category{ID: "tax", Name: "Seller tax data",
		Items:       []string{"tax identification number (PESEL or NIP)", "date of birth", "address", "number of sales and amounts received in the year"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Act on the exchange of tax information with other states (DAC7), which requires ten years")}
	moderation := &policy.Category{ID: "moderation", Name: "Reports and moderation data",
		Items:       []string{"reports of offers, messages and users", "our decisions and their reasons", "appeals and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser, policy.SourceDerived},
		DerivedFrom: []*policy.Category{listings, messages, profile}, Linked: true,
		Retention: policy.ByCriteria("as long as we must be able to show how we dealt with a report or an appeal")}
	device := &policy.Category{ID: "device", Name: "Device and usage data",
		Items:       []string{"IP address", "device and browser identifiers", "offers viewed, searched for and added to the basket or watched", "how you use the website and app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the purpose, and no longer than your account exists")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "a profile of your interests", "the adverts you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{device, transactions},
		Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Communications with us",
		Items:       []string{"messages and calls to our customer service", "complaints about our services"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle the matter, and then until claims about it are time-barred")}

	sellers := &policy.Recipient{ID: "sellers", Name: "the sellers you buy from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions, delivery}, Purpose: "to perform the contract of sale, by sending the goods, issuing an invoice and handling returns and complaints"}
	psps := &policy.Recipient{ID: "psps", Name: "payment institutions that handle Allegro payments, such as PayU S.A.", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions, payment}, Country: pl, Purpose: "to take your payment, pass it to the seller and make refunds"}
	allegroPay := &policy.Recipient{ID: "allegro-pay", Name: "Allegro Pay sp. z o.o.", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions}, Country: pl, Conditional: true,
		Purpose:   "if you choose to pay later with Allegro Pay, to decide on and grant the deferred payment, for which it checks your creditworthiness itself",
		NoticeURL: "https://allegro.example/allegro-pay/privacy"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and pick-up point operators, such as InPost, DPD, Poczta Polska, ORLEN Paczka and the Allegro group's One Kurier and One Box", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{delivery}, Country: pl, Purpose: "to deliver the parcel and tell you where it is"}
	group := &policy.Recipient{ID: "group", Name: "companies of the Allegro group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, transactions, messages, support, device}, Purpose: "to provide IT, customer service and fraud prevention for us"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, cloud, customer service and analytics service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, transactions, messages, support, device}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our adverts on other websites and measure them"}
	taxOffice := &policy.Recipient{ID: "tax", Name: "the Head of the National Revenue Administration (Szef Krajowej Administracji Skarbowej)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{tax, account}, Country: pl, Purpose: "to receive the yearly report on sellers, which it shares with the tax authorities of other member states"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police, prosecutors, the tax authorities and the President of UOKiK", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, transactions, messages, moderation}, Country: pl, Conditional: true,
		Purpose: "where the law obliges us to disclose, such as on an order under the Digital Services Act"}

	service := &policy.Purpose{ID: "service", Name: "Providing the Allegro marketplace: your account, offers, ratings and messages",
		Categories: []*policy.Category{account, profile, listings, messages}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, providers},
		Required:   "we need a login, an email address and a password to open an account, and more details before you buy or sell; without them you cannot use Allegro"}
	purchases := &policy.Purpose{ID: "purchases", Name: "Enabling purchases between buyers and sellers, payments and Allegro Protect",
		Categories: []*policy.Category{account, transactions, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{sellers, psps, allegroPay},
		Required:   "the seller needs your name and address to send the goods and the payment institution your payment details"}
	shipping := &policy.Purpose{ID: "delivery", Name: "Delivering purchases through Allegro Delivery and One",
		Categories: []*policy.Category{delivery, transactions}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers},
		Required: "the carrier cannot deliver without the recipient's name, address or locker and phone number"}
	subscription := &policy.Purpose{ID: "smart", Name: "Running your Allegro Smart! subscription",
		Categories: []*policy.Category{account, smart, transactions}, Bases: []policy.Basis{policy.BasisContract},
		Required: "Allegro Smart! needs a payment for its period"}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing ratings, comments and product reviews",
		Categories: []*policy.Category{reviews, profile}, Bases: []policy.Basis{policy.BasisContract},
		Required: "rating a seller is up to you; your rating is published with your login"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Allegro safe: preventing fraud, scams, spam and takeovers of accounts, and verifying identity",
		Categories: []*policy.Category{account, messages, transactions, verification, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our users and us from fraud and misuse of the marketplace", Profiling: true, HumanDecision: true,
		Recipients: []*policy.Recipient{group, providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover},
			Automated: policy.AnswerNo, Contest: "by contacting our customer service"}}
	moderating := &policy.Purpose{ID: "dsa", Name: "Handling reports of illegal content, moderating offers and deciding on appeals, as the Digital Services Act requires",
		Categories: []*policy.Category{moderation, listings, messages, profile, account}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "enforcing our terms, so that only goods that may be sold are offered on Allegro",
		Obligations: []policy.Obligation{dsa}, Recipients: []*policy.Recipient{authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundIllegalContent, policy.SuspensionGroundTermsBreach},
			Contest: "through our internal complaint-handling system", ContestWithin: policy.Months(6), HumanReview: true,
			Reasons: true, OutOfCourt: true}}
	traders := &policy.Purpose{ID: "traders", Name: "Checking business sellers and showing their details to buyers, as the Digital Services Act requires",
		Categories: []*policy.Category{trader}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{dsaTraders},
		Required: "the Digital Services Act requires a business seller to give these details; without them it cannot sell on Allegro"}
	reporting := &policy.Purpose{ID: "dac7", Name: "Reporting sellers to the tax authority, as the DAC7 rules require",
		Categories: []*policy.Category{tax, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Ustawa z dnia 9 marca 2017 r. o wymianie informacji podatkowych z innymi państwami, implementing Council Directive (EU) 2021/514 (DAC7)", Region: pl}},
		Recipients:  []*policy.Recipient{taxOffice},
		Required:    "a seller who makes 30 or more sales or receives more than 2,000 euros in a year must give us these details, which the law requires"}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Personalising Allegro: recommendations, search results and the offers we show you",
		Categories: []*policy.Category{device, transactions}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the offers you are most likely to be looking for", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending newsletters and offers by email, text message, push notification and phone",
		Categories: []*policy.Category{account, device, transactions}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the account settings, with the link in each email, or by writing to us", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{
			{Act: "Ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną, art. 10", Region: pl},
			{Act: "Ustawa z dnia 12 lipca 2024 r. Prawo komunikacji elektronicznej, art. 398", Region: pl}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised adverts on Allegro and our adverts on other websites, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Ustawa z dnia 12 lipca 2024 r. Prawo komunikacji elektronicznej, art. 399", Region: pl}},
		Recipients:        []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how Allegro is used, to improve it",
		Categories: []*policy.Category{device, transactions}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "developing the marketplace from statistics of how it is used", OptOut: true, Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints about our services",
		Categories: []*policy.Category{support, account, transactions}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions from people who are not yet our users", Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot consider a complaint without its details"}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, pursuing and defending claims",
		Categories: []*policy.Category{account, transactions, payment, messages, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our rights until claims are time-barred", Recipients: []*policy.Recipient{authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping accounting and tax records",
		Categories: []*policy.Category{transactions, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Ustawa z dnia 29 września 1994 r. o rachunkowości, art. 74", Region: pl},
			{Act: "Ustawa z dnia 29 sierpnia 1997 r. Ordynacja podatkowa, art. 86", Region: pl}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Allegro sp. z o.o.", Email: "daneosobowe@allegro.example", Address: "ul. Grunwaldzka 182, 60-166 Poznań, Poland"},
			Registration: "KRS 0000635012", Country: pl},
		DPO:     &policy.Contact{Name: "Inspektor Ochrony Danych (IOD)", Email: "iod@allegro.example", Address: "ul. Grunwaldzka 182, 60-166 Poznań, Poland"},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 10), Updated: policy.MakeDate(2024, time.November, 10),
		Laws: []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{{Act: "Ustawa z dnia 10 maja 2018 r. o ochronie danych osobowych", Region: pl},
			{Act: "Ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną", Region: pl},
			{Act: "Ustawa z dnia 12 lipca 2024 r. Prawo komunikacji elektronicznej", Region: pl}},
		Scope: []string{"allegro.pl and the Allegro app"},
		Categories: []*policy.Category{account, profile, reviews, listings, messages, transactions, payment, delivery, smart, verification, trader, tax,
			moderation, device, tracking, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The payment institutions take them on their own pages."},
		},
		Purposes: []*policy.Purpose{service, purchases, shipping, subscription, reviewing, safety, moderating, traders, reporting, personalise, marketing, ads,
			analytics, helping, claims, records},
		Recipients: []*policy.Recipient{sellers, psps, allegroPay, carriers, group, providers, adPartners, taxOffice, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, transactions, messages, support, device},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptAbuse}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, the basket and security", Party: policy.PartyFirst, Purpose: service,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   gdprRights("in the account settings or by writing to our data protection officer"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: pl,
			Contact: policy.Contact{Name: "the President of the Personal Data Protection Office (Prezes Urzędu Ochrony Danych Osobowych)", Address: "ul. Stawki 2, 00-193 Warszawa, Poland", Website: "https://uodo.gov.pl"}}},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureAudits}},
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipSuspiciousMessages, policy.SafetyTipNeverAsked},
		Links:                policy.Links{CookieSettings: "https://allegro.example/cookie-settings", Recommendations: "https://allegro.example/help/recommendation-systems"},
		Children:             policy.Children{MinimumAge: 18, ParentalConsent: true, Note: "Persons under 13 may not have an account."},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "iod@allegro.example"},
	}
	return realPolicy{"online marketplace (Allegro)", p, []statement{
		{says: "Allegro sp. z o.o. in Poznań, entered in the National Court Register, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == pl && strings.HasPrefix(p.Controller.Registration, "KRS")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process data under the GDPR, the Polish data protection act and the acts on electronic services and electronic communications", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 3
		}},
		{says: "to open an account we need a login, an email address and a password, and more details before you buy or sell", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && slices.Contains(p.Category("account").Items, "login")
		}},
		{says: "for a business account we also need the company's name, address and NIP", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Category("account").Items, func(s string) bool { return strings.Contains(s, "NIP") })
		}},
		{says: "your login, and the ratings and comments you receive as a seller, are public", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("profile").Sources, policy.SourceOtherUsers)
		}},
		{says: "your ratings and reviews are published with your login", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Required != ""
		}},
		{says: "your offers are public", typed: func(p *policy.Policy) bool { return p.Category("listings").Visibility == policy.VisibilityAlways }},
		{says: "your messages in the Message Centre are seen by the buyer or seller you write to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "when you buy, the seller receives your name, address, phone and email to send the goods and handle returns", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("purchases").Recipients, recipient(p, "sellers"))
		}},
		{says: "we record what you buy and sell, the prices, fees, deliveries, returns and complaints", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").Items, "returns, complaints and Allegro Protect claims")
		}},
		{says: "payment institutions such as PayU take payments; we do not receive full card numbers", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "psps").Name, "PayU") && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "if you choose Allegro Pay, Allegro Pay sp. z o.o. receives your data and checks your creditworthiness as its own controller", typed: func(p *policy.Policy) bool {
			r := recipient(p, "allegro-pay")
			return r.Conditional && r.Role == policy.RoleThirdParty && r.NoticeURL != ""
		}},
		{says: "carriers and locker operators, including the group's One Kurier and One Box, receive what they need to deliver", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("delivery").Recipients, recipient(p, "carriers")) && p.Purpose("delivery").Required != ""
		}},
		{says: "carriers tell us where your parcel is", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("delivery").Sources, policy.SourceThirdParty)
		}},
		{says: "we run Allegro Smart! under its terms", typed: func(p *policy.Policy) bool { return p.Purpose("smart").HasBasis(policy.BasisContract) }},
		{says: "we check messages and activity to catch fraud, scams, spam and takeovers of accounts, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("messages")) && p.Purpose("safety").Interest != ""
		}},
		{says: "our systems flag suspicious activity, but a person decides whether to block an account or hold a payment", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").HumanDecision && p.Purpose("safety").Suspension.Automated == policy.AnswerNo
		}},
		{says: "we may ask you to confirm your identity with a transfer from your bank account or an identity document", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("verification")) && p.Category("verification").SourceDetail != ""
		}},
		{says: "anyone can report content they consider illegal, and we decide on each report", typed: func(p *policy.Policy) bool {
			return p.Purpose("dsa").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Category("moderation").Sources, policy.SourceOtherUsers)
		}},
		{says: "we may remove an offer or block an account that breaks the law or our terms", typed: func(p *policy.Policy) bool {
			s := p.Purpose("dsa").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundIllegalContent)
		}},
		{says: "you may appeal a moderation decision within six months through our internal complaint-handling system, and a person decides", typed: func(p *policy.Policy) bool {
			s := p.Purpose("dsa").Suspension
			return s.ContestWithin == policy.Months(6) && s.HumanReview
		}},
		{says: "business sellers must give their details and register entry, which we check and show to buyers", typed: func(p *policy.Policy) bool {
			return p.Purpose("traders").Required != "" && p.Category("trader").Visibility == policy.VisibilityAlways &&
				slices.Contains(p.Category("trader").Sources, policy.SourcePublic)
		}},
		{says: "sellers who reach 30 sales or 2,000 euros in a year must give us their tax number, date of birth and address", typed: func(p *policy.Policy) bool {
			return p.Purpose("dac7").Required != "" && slices.Contains(p.Category("tax").Items, "date of birth")
		}},
		{says: "we report those sellers each year to the Head of the National Revenue Administration", typed: func(p *policy.Policy) bool {
			return recipient(p, "tax").Role == policy.RoleAuthority && p.Purpose("dac7").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we personalise recommendations and search results from what you view and buy, and you may object", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Profiling && p.Purpose("personalisation").OptOut
		}},
		{says: "the main parameters of our recommender systems are explained on a separate page", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "we send newsletters and offers by email, text message and phone only with your consent, as Polish law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 2 && pu.ConsentRequiredBy[0].Region == pl
		}},
		{says: "you may withdraw marketing consent in the account settings or with the link in each email", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Withdraw != "" }},
		{says: "we show personalised adverts, on Allegro and elsewhere, only with consent given in the cookie settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "necessary cookies for login, the basket and security are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we analyse how Allegro is used, in our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").Interest != "" }},
		{says: "we give advertisers and sellers only aggregated statistics", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we answer your questions and complaints, under the contract or in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").HasBasis(policy.BasisContract) && p.Purpose("support").Interest != ""
		}},
		{says: "we process data to establish, pursue and defend claims, until they are time-barred", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Interest != "" && p.Purpose("claims").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we keep accounting records for five years from the end of the year, as the Accounting Act and the Tax Ordinance require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("transactions").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while your account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "after your account is closed we keep some data for legal obligations, claims and to keep blocked users from returning", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptAbuse)
		}},
		{says: "companies of the Allegro group and our service providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "data going outside the EEA is protected by standard contractual clauses or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to courts and authorities where the law obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the President of the Personal Data Protection Office", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == pl
		}},
		{says: "we answer requests within a month, extendable by two", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "we protect data with encryption, access controls and regular security tests", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "turn on two-step verification, never give your password to anyone, and report messages asking for it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "minors may use Allegro only with their legal representative's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "we tell you of material changes by email or on Allegro", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		// Free text.
		{says: "when we remove an offer or restrict an account, we tell the user why in a statement of reasons", typed: func(p *policy.Policy) bool { return p.Purpose("dsa").Suspension.Reasons }},
		{says: "a user not satisfied with our answer to an appeal may go to a certified out-of-court dispute settlement body", typed: func(p *policy.Policy) bool { return p.Purpose("dsa").Suspension.OutOfCourt }},
		{says: "Allegro Protect reimburses a buyer who did not receive the goods or received goods unlike the description", free: toPurpose("purchases")},
	}}
}
