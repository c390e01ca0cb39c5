package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var (
	regionPA = language.MustParseRegion("PA")
	regionLT = language.MustParseRegion("LT")
)

// fashionRetailer paraphrases, in our own words and as we recall it, the
// privacy statement of a German online fashion retailer in the manner of
// Zalando, as published in 2024: a Berlin company under the GDPR that
// processes orders and returns, has its group's payment company check a
// customer's credit with a credit agency before payment on invoice,
// recommends sizes from what a customer buys, keeps and sends back,
// personalises the shop and, with consent, advertising on other sites,
// runs a paid membership (Plus) and passes orders to partner stores that
// ship them from their own stock (Connected Retail).
func fashionRetailer() realPolicy {
	account := &policy.Category{ID: "account", Name: "Customer account", Items: []string{"name", "email address", "password", "delivery and billing addresses", "phone number", "date of birth, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the social network or platform account you choose to sign in with, if you do", Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders and returns", Items: []string{"items ordered, kept and returned", "prices and payment method", "delivery status", "reasons for returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(10), policy.EventContractEnd)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"payment method", "bank account details or the last digits of the card", "payment status and reminders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers",
		Retention: policy.AsRequiredBy("German commercial and tax law (Commercial Code § 257, Fiscal Code § 147)"), Linked: true}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness", Items: []string{"score value from a credit agency", "address verification", "payment history with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit agencies",
		DerivedFrom: []*policy.Category{orders, payment}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	fit := &policy.Category{ID: "fit", Name: "Size and fit data", Items: []string{"sizes of items kept and returned", "fit feedback", "body measurements and reference brands you give us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{orders},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	usage := &policy.Category{ID: "usage", Name: "Device and usage data", Items: []string{"IP address", "device and app identifiers", "pages and products viewed", "searches", "items in the wish list"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection), Tracking: true}
	plus := &policy.Category{ID: "plus", Name: "Zalando Plus membership", Items: []string{"membership status and period", "benefits used", "membership fee payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(10), policy.EventCancellation), Linked: true}
	service := &policy.Category{ID: "service", Name: "Customer service", Items: []string{"messages and calls to customer service", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}

	logistics := &policy.Recipient{ID: "logistics", Name: "carriers and logistics providers", Role: policy.RoleProcessor, Categories: []*policy.Category{account, orders}, Country: regionDE}
	payments := &policy.Recipient{ID: "payments", Name: "Zalando Payments GmbH, our group's payment company", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, payment, credit}, Country: regionDE, Purpose: "to handle payments and decide on payment on invoice"}
	agency := &policy.Recipient{ID: "agency", Name: "credit agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, credit}, Country: regionDE,
		Purpose: "to tell us how likely a customer is to pay an invoice"}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, payment}, Country: regionDE,
		Conditional: true, Purpose: "when an invoice stays unpaid after reminders"}
	partners := &policy.Recipient{ID: "partners", Name: "partner stores and partner sellers", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders},
		Conditional: true, Purpose: "a partner store or seller ships an order placed for an item from its own stock"}
	hosting := &policy.Recipient{ID: "hosting", Name: "IT and cloud service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, payment, fit, usage, plus, service}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{usage}, Country: regionUS,
		Purpose: "to show our advertising on other websites and measure it"}

	shop := &policy.Purpose{ID: "orders", Name: "Processing orders, deliveries and returns", Categories: []*policy.Category{account, orders, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{logistics, payments, partners, hosting},
		Required: "without your name, address and payment details we cannot deliver or invoice an order"}
	invoice := &policy.Purpose{ID: "invoice", Name: "Checking creditworthiness before payment on invoice", Categories: []*policy.Category{account, orders, credit},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "avoiding losses from invoices that are never paid",
		Recipients: []*policy.Recipient{payments, agency},
		Automated:  "an automated decision, from the credit agency's score and your payment history with us, sets which payment methods we offer you"}
	debts := &policy.Purpose{ID: "debts", Name: "Collecting unpaid invoices", Categories: []*policy.Category{account, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering what we are owed", Recipients: []*policy.Recipient{collection}}
	sizing := &policy.Purpose{ID: "fit", Name: "Recommending sizes and fits", Categories: []*policy.Category{fit, orders},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping customers choose the size that fits, so that fewer items are sent back",
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{hosting}}
	personal := &policy.Purpose{ID: "personalisation", Name: "Personalising the shop and our newsletters", Categories: []*policy.Category{orders, usage, fit},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing customers products and offers that match their taste",
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{hosting}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Personalised advertising on other websites and measuring it", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings of the shop and the app", ConsentMethod: policy.ConsentMethodConsentTool,
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every newsletter or in your account", ConsentMethod: policy.ConsentMethodDoubleOptIn}
	push := &policy.Purpose{ID: "push", Name: "Sending push notifications in the app", Categories: []*policy.Category{usage, orders},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your device settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	membership := &policy.Purpose{ID: "plus", Name: "Running the Plus membership", Categories: []*policy.Category{account, plus, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, hosting},
		Required: "without a payment method for the yearly fee we cannot run the membership"}
	support := &policy.Purpose{ID: "service", Name: "Answering customer service requests", Categories: []*policy.Category{service, account, orders},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "answering questions that go beyond an order", Recipients: []*policy.Recipient{hosting},
		Required: "contacting customer service is up to you, but we cannot answer without the details of your question"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse", Categories: []*policy.Category{account, orders, payment, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers and us from fraud", Recipients: []*policy.Recipient{payments}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business and tax records", Categories: []*policy.Category{orders, payment, plus},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the German Commercial Code, § 257, and the German Fiscal Code, § 147", Region: regionDE}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Zalando SE", Email: "datenschutz@zalando.example", Address: "Valeska-Gert-Straße 5, 10243 Berlin, Germany"},
			Registration: "Amtsgericht Charlottenburg, HRB 158855 B", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "datenschutz@zalando.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{account, orders, payment, credit, fit, usage, plus, service},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Card payments are handled by payment service providers."},
		},
		Purposes:   []*policy.Purpose{shop, invoice, debts, sizing, personal, ads, newsletter, push, membership, support, fraud, records},
		Recipients: []*policy.Recipient{logistics, payments, agency, collection, partners, hosting, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: hosting, Categories: []*policy.Category{account, orders, payment, fit, usage, plus, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies for the basket, login and security", Party: policy.PartyFirst, Purpose: shop, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in your account or by email"}, {Kind: policy.RightRectification, How: "in your account"}, {Kind: policy.RightErasure},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability}, {Kind: policy.RightObjection, How: "in the privacy settings or by email"},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking for a member of staff to review the decision on payment methods and giving your view"},
		},
		Requests: policy.Requests{Deadline: policy.Days(30), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Links:    policy.Links{CookieSettings: "https://zalando.example/privacy-settings"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "datenschutz@zalando.example"},
	}
	return realPolicy{"online fashion retailer (Zalando)", p, []statement{
		{says: "Zalando SE in Berlin is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Registration != ""
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we record your name, email, addresses, phone and, if you give it, your date of birth", typed: func(p *policy.Policy) bool { return p.Category("account") != nil }},
		{says: "we record what you order, keep and send back, and why", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "reasons for returns")
		}},
		{says: "we need your name, address and payment details to deliver and invoice an order", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "card numbers are handled by payment service providers, not by us", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "our group's payment company handles payments and decides which payment methods to offer", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && recipient(p, "payments").Country == regionDE
		}},
		{says: "before you pay on invoice we send your name, address and date of birth to a credit agency and receive a score", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && slices.Contains(p.Purpose("invoice").Recipients, recipient(p, "agency"))
		}},
		{says: "the credit check rests on the contract and our interest in avoiding unpaid invoices", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoice").HasBasis(policy.BasisContract) && p.Purpose("invoice").Interest != ""
		}},
		{says: "the payment methods offered are decided automatically, and you may have a person review the decision and give your view", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoice").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "unpaid invoices may be passed to debt collection agencies", typed: func(p *policy.Policy) bool { return recipient(p, "collection").Conditional }},
		{says: "we recommend sizes from what you keep and return and from measurements you give us, which you may object to", typed: func(p *policy.Policy) bool {
			return p.Purpose("fit").Profiling && p.Purpose("fit").OptOut && slices.Contains(p.Category("fit").DerivedFrom, p.Category("orders"))
		}},
		{says: "we personalise the shop, recommendations and newsletters from what you view and buy, and you may turn this off", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Profiling && p.Purpose("personalisation").OptOut
		}},
		{says: "with your consent, advertising partners show you our ads on other websites and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may change your consent at any time in the privacy settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Withdraw != "" && p.Links.CookieSettings != ""
		}},
		{says: "strictly necessary cookies run the basket and login without consent", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "the newsletter is sent only after you confirm your address, and you may unsubscribe from every one", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn
		}},
		{says: "you may sign in with a social network account, and then receive your name and email from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "in the app, we send push notifications only if you allow them in your device settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("push").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Purpose("push").Withdraw != ""
		}},
		{says: "we run the Plus membership under its contract, recording its period, fees and benefits", typed: func(p *policy.Policy) bool {
			return p.Purpose("plus").HasBasis(policy.BasisContract) && p.Category("plus") != nil
		}},
		{says: "through Connected Retail a partner store may ship your order from its stock and receives what it needs to do so", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "partners"))
		}},
		{says: "carriers deliver and collect returns on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "logistics").Role == policy.RoleProcessor }},
		{says: "we use data to prevent fraud, in our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Interest != "" }},
		{says: "customer service handles your messages and calls", typed: func(p *policy.Policy) bool { return p.Purpose("service") != nil }},
		{says: "IT providers outside the EU process data under standard contractual clauses, of which you may have a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "advertising partners in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep order and payment records for up to ten years, as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Period == policy.Years(10)
		}},
		{says: "we keep your account until you close it", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we give data to authorities where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "you may access, correct, erase, restrict and port your data", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction)
		}},
		{says: "you may object to processing on our legitimate interests, and always to direct marketing", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "you may complain to a supervisory authority, such as the Berlin data protection commissioner", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "our services are not for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we announce material changes in the shop", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "the credit agency receives only what the check needs and no data on your orders' contents", free: toPurpose("invoice")},
	}}
}

// vpnProvider paraphrases, in our own words and as we recall it, the
// privacy policy of a VPN service in the manner of NordVPN, as published
// in 2024: a company established in Panama, which names a representative
// in the EU, declares the GDPR and the CCPA, keeps no logs of what its
// users do through the VPN (a claim independent auditors have checked),
// keeps payment data and, for no longer than a session, the little
// connection data it needs to limit the devices connected at once, and
// checks addresses and files on the device for Threat Protection.
func vpnProvider() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"email address", "password", "subscription plan and status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"payment method", "order and transaction ID", "billing country and postal code"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors",
		Retention: policy.AsRequiredBy("the tax and accounting law that applies to each payment"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	session := &policy.Category{ID: "session", Name: "Connection status", Items: []string{"username", "time of the last connection attempt"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("deleted within 15 minutes after the VPN session ends"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	diagnostics := &policy.Category{ID: "diagnostics", Name: "App diagnostics", Items: []string{"crash reports", "connection success rates", "app version and device type"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	threat := &policy.Category{ID: "threat", Name: "Threat Protection checks", Items: []string{"addresses of websites visited", "hashes of downloaded files"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: policy.OnDeviceOnly}
	website := &policy.Category{ID: "website", Name: "Website and marketing data", Items: []string{"cookie identifiers", "pages visited", "the affiliate link you came from"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	support := &policy.Category{ID: "support", Name: "Support conversations", Items: []string{"email address", "what you tell our support team"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	group := &policy.Recipient{ID: "group", Name: "companies of the Nord Security group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, support, diagnostics}, Country: regionLT, Purpose: "to provide customer support, payments and development of the apps"}
	processors := &policy.Recipient{ID: "processors", Name: "payment processors", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, account}, Country: regionUS,
		Purpose: "to take payments"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, email, support tools and app analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, support, diagnostics}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "affiliate partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS,
		Purpose: "to learn that a purchase came through their link, so that we can pay them a commission"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	vpn := &policy.Purpose{ID: "service", Name: "Providing the VPN and the account", Categories: []*policy.Category{account, payment, session},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, processors, vendors},
		Required: "without an email address and a payment we cannot open an account"}
	protection := &policy.Purpose{ID: "threat", Name: "Blocking malicious websites, trackers and files with Threat Protection", Categories: []*policy.Category{threat},
		Bases: []policy.Basis{policy.BasisContract}}
	apps := &policy.Purpose{ID: "diagnostics", Name: "Fixing and improving the apps", Categories: []*policy.Category{diagnostics},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "finding and fixing faults in the apps", OptOut: true, Recipients: []*policy.Recipient{vendors, group}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, group},
		Required: "we need an email address to answer you"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every email", OptOut: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our website, paying affiliates and advertising", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{affiliates, adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing payment fraud and abuse", Categories: []*policy.Category{payment, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the service and our customers from fraud", Recipients: []*policy.Recipient{processors}}

	p := &policy.Policy{
		Controller:      policy.Controller{Contact: policy.Contact{Name: "nordvpn S.A.", Email: "privacy@nordvpn.example", Address: "Panama City, Republic of Panama"}, Country: regionPA},
		Representatives: []policy.Representative{{Region: regionEU, Contact: policy.Contact{Name: "Nord Security's representative office in Lithuania", Email: "eu-representative@nordvpn.example"}}},
		Version:         "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:       []policy.Law{policy.GDPR, policy.CCPA},
		Categories: []*policy.Category{account, payment, session, diagnostics, threat, website, support},
		NotCollected: []policy.Exclusion{
			{ID: "activity", Name: "logs of your activity through the VPN: the websites you visit, your traffic, DNS queries, your IP address or connection timestamps",
				Note: "Independent auditors have checked this claim several times."},
		},
		Purposes:   []*policy.Purpose{vpn, protection, apps, helping, marketing, ads, fraud},
		Recipients: []*policy.Recipient{group, processors, vendors, affiliates, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionPA, Categories: []*policy.Category{account, payment, session, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You may ask us for a copy of the clauses at privacy@nordvpn.example."},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, support, diagnostics}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You may ask us for a copy of the clauses at privacy@nordvpn.example."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionPA}, Note: "We hold no logs of activity to give."},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary website cookies", Party: policy.PartyFirst, Purpose: vpn, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "affiliate", Name: "affiliate and advertising cookies", Party: policy.PartyThird, Provider: affiliates, Purpose: ads, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("by writing to privacy@nordvpn.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://nordvpn.example/cookie-settings", RequestMethods: []string{"email to privacy@nordvpn.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit, Description: "VPN traffic is encrypted with modern ciphers."},
			{Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureAudits, Description: "Independent auditors have reviewed our no-logs claim and our server set-up."},
		},
		Links:    policy.Links{CookieSettings: "https://nordvpn.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@nordvpn.example"},
	}
	return realPolicy{"VPN service (NordVPN)", p, []statement{
		{says: "nordvpn S.A., established in Panama, is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionPA }},
		{says: "we have a representative in the EU", typed: func(p *policy.Policy) bool {
			return len(p.Representatives) == 1 && p.Representatives[0].Region == regionEU
		}},
		{says: "we follow the GDPR and, for Californians, the CCPA", typed: func(p *policy.Policy) bool { return p.Subject(policy.GDPR) && p.Subject(policy.CCPA) }},
		{says: "we collect your email address and password to open an account", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "payment processors take payments; we keep the payment method and transaction ID, not card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "processors").Purpose != "" && p.Category("payment").SourceDetail != ""
		}},
		{says: "we keep payment records as tax and accounting law requires", typed: func(p *policy.Policy) bool { return p.Category("payment").Retention.Law != "" }},
		{says: "we do not log the websites you visit, your traffic, DNS queries, IP address or connection times", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == nil
		}},
		{says: "independent auditors have checked our no-logs claim", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAudits) }},
		{says: "to limit the number of devices connected at once we keep your username and the time of the last connection attempt, deleted 15 minutes after the session ends", typed: func(p *policy.Policy) bool {
			return p.Category("session").Retention.Criteria != "" && slices.Contains(p.Purpose("service").Categories, p.Category("session"))
		}},
		{says: "Threat Protection checks addresses and files on your device and sends nothing about your browsing to us", typed: func(p *policy.Policy) bool {
			return p.Category("threat").OnDevice == policy.OnDeviceOnly
		}},
		{says: "the apps send crash reports and connection statistics, which you can turn off", typed: func(p *policy.Policy) bool { return p.Purpose("diagnostics").OptOut }},
		{says: "we answer support requests", typed: func(p *policy.Policy) bool { return p.Purpose("support").HasBasis(policy.BasisContract) }},
		{says: "we send offers by email with consent, and you may unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").RestsOnConsent() }},
		{says: "our website sets marketing and affiliate cookies only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "affiliate").Consent == policy.CookieConsentOptIn }},
		{says: "affiliate partners learn that a purchase came through their link", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "companies of our group help provide support, payments and apps", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "we use payment data to prevent fraud", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Interest != "" }},
		{says: "data from the EU goes to Panama and to the US under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionPA && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we answer only legally binding orders under Panamanian law, and have no activity logs to give", typed: func(p *policy.Policy) bool {
			return slices.Contains(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, regionPA)
		}},
		{says: "a buyer of our business may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "website advertising cookies may be sharing under the CCPA, which you may opt out of, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "you may access, correct, erase, restrict and port your data, object and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to a supervisory authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "Californians may know and delete, opt out of sharing and are not discriminated against; agents may act for them", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through the account's email address and answer within 30 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(30) && len(p.Requests.Verification) == 1
		}},
		{says: "we make no decisions based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we keep account data while your account is open", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "our services are not for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we announce material changes by email or in the apps", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "you may pay with cryptocurrency, and then we know no more of you than your email address", free: toCategory("payment")},
		{says: "our servers run from memory only, so that nothing is written to disk", free: toIntroduction},
	}}
}
