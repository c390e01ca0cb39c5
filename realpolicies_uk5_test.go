package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The UK acts the uk5 paraphrases cite, each as the law of the United
// Kingdom.
var (
	uk5Accounts = policy.Obligation{Act: "the Companies Act 2006, s. 386 and 388, and the Value Added Tax Act 1994, Sch. 11 para. 6", Region: regionGB}
	uk5FoodLaw  = policy.Obligation{Act: "Regulation (EC) No 178/2002 as retained in UK law, Art. 19, and the General Product Safety Regulations 2005", Region: regionGB}
	uk5Border   = policy.Obligation{Act: "the Immigration, Asylum and Nationality Act 2006, s. 32, and the Immigration and Police (Passenger, Crew and Service Information) Order 2008", Region: regionGB}
	uk5Customs  = policy.Obligation{Act: "the Taxation (Cross-border Trade) Act 2018 and the Customs and Excise Management Act 1979", Region: regionGB}
	uk5Postal   = policy.Obligation{Act: "the Postal Services Act 2011, Part 3, and Ofcom's Designated Universal Service Provider Conditions", Region: regionGB}
	uk5IPA      = policy.Obligation{Act: "the Investigatory Powers Act 2016, Parts 3 and 4", Region: regionGB}
	uk5RegionAT = language.MustParseRegion("AT")
)

// realPolicyUk5Ocado paraphrases, in our own words and as we recall it,
// the privacy notice of Ocado Retail Limited, as published in 2024-2025:
// the online grocer of Hatfield, a joint venture of Ocado Group and Marks
// & Spencer, sells groceries on ocado.com and in the Ocado app and
// delivers them in its own vans in a slot the customer books; members of
// Smart Pass pay a monthly or yearly fee for free deliveries. Ocado Group
// companies run the technology platform and the warehouses as its
// processors. It recommends products and chooses offers from what
// customers buy, shows suppliers' sponsored products on its website and
// gives the suppliers only aggregated reports, emails its customers
// offers under the soft opt-in of PECR reg. 22(3), sets analytics and
// advertising cookies only with consent (reg. 6), asks for identification
// on delivery of alcohol and other age-restricted goods (Challenge 25),
// publishes the product reviews customers write, lets customers refer
// friends for a voucher, and contacts customers who bought a product that
// is recalled. It declares the UK GDPR and the Data Protection Act 2018,
// in a version that predates the Data (Use and Access) Act 2025's
// changes.
func realPolicyUk5Ocado() realPolicy {
	gb := regionGB
	account := &policy.Category{ID: "account", Name: "Your account details",
		Items:       []string{"name", "email address and phone numbers", "delivery and billing addresses", "password", "your contact preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(2))}
	orders := &policy.Category{ID: "orders", Name: "Your orders",
		Items: []string{"the products you order, and the substitutions you accept or reject", "your favourites and shopping lists", "delivery slots and delivery notes, such as where to leave an order or how to reach your door",
			"vouchers, refunds and missing or damaged items", "your Smart Pass membership, its plan and renewals"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you have an account, and then as long as we need the records for tax, for product recalls and to answer claims")}
	payment := &policy.Category{ID: "payment", Name: "Payment details",
		Items:       []string{"card type, last four digits and expiry date", "the billing address of the card", "whether a payment was authorised"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "the Companies Act 2006 and VAT law", Period: policy.Years(6)}}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery records",
		Items:       []string{"when your order was delivered and by which driver", "whether the driver saw identification for age-restricted items, without a copy of it", "items you hand back to the driver"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	service := &policy.Category{ID: "service", Name: "Customer service records",
		Items:       []string{"your calls, emails, chats and social media messages with Customer Service", "recordings of calls", "complaints and refunds you ask for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"the rating and review you write", "the display name you choose", "where you live, if you give it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, Linked: true,
		Retention: policy.ByCriteria("as long as the product is on sale, unless you ask us to remove your review")}
	friends := &policy.Category{ID: "friends", Name: "Friends you refer",
		Items:       []string{"your friend's name and email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Days(90), policy.EventCollection)}
	online := &policy.Category{ID: "online", Name: "Website and app use",
		Items:       []string{"IP address", "device and browser type", "the pages and products you view and what you search for", "whether you open our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(26), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising identifiers",
		Items:       []string{"cookie and mobile advertising identifiers", "the ads you see and click on other websites", "a scrambled version of your email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, Tracking: true,
		DerivedFrom: []*policy.Category{account},
		Retention:   policy.Keep(policy.Months(13), policy.EventCollection)}
	insight := &policy.Category{ID: "insight", Name: "What we infer from your shopping",
		Items:       []string{"the kinds of products you tend to buy", "how often you shop and how much you spend", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, online}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	group := &policy.Recipient{ID: "group", Name: "companies of Ocado Group", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, orders, payment, delivery, online}, Purpose: "to run the technology platform, website, app and warehouses that pick and pack your orders for us"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, hosting, customer service, email and text messages", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, service, online}}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, payment}, Purpose: "to take your payments and refunds and to screen them for fraud"}
	reviewHost := &policy.Recipient{ID: "reviewhost", Name: "the provider that hosts product reviews", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{reviews}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show you our ads on other websites and apps, and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police, regulators and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{account, orders, delivery}, Purpose: "the law requires us to disclose data, or they ask for it to prevent or detect a crime"}

	ordersP := &policy.Purpose{ID: "orders", Name: "Taking your orders, picking and delivering them in the slot you book, and taking payment",
		Categories: []*policy.Category{account, orders, payment, delivery}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, suppliers, psps},
		Required:   "we need your name, address, a delivery slot and a means of payment to deliver an order; without them we cannot take it",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckDocument}}
	smartPass := &policy.Purpose{ID: "smartpass", Name: "Running your Smart Pass membership",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "you must give a payment card for the membership fee, which is taken until you cancel; without one you cannot join"}
	serviceP := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, and training our Customer Service team",
		Categories: []*policy.Category{account, orders, service}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "resolving our customers' problems and checking the quality of our service", Recipients: []*policy.Recipient{suppliers},
		Required: "we need enough details to find your account and order; without them we cannot help you"}
	recommend := &policy.Purpose{ID: "personalise", Name: "Recommending products and choosing the offers we show you on our website and in our app",
		Categories: []*policy.Category{orders, online, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making shopping with us quicker and showing customers the products and offers most relevant to them", Profiling: true,
		OptOut: true, OptOutHow: "by asking Customer Service"}
	sponsored := &policy.Purpose{ID: "sponsored", Name: "Showing our suppliers' sponsored products on our website and in our app, and reporting their results",
		Categories: []*policy.Category{orders, online, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "funding lower prices with our suppliers' advertising, without giving them our customers' personal data", Profiling: true, OptOut: true}
	email := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Emailing our customers offers, recipes and news about Ocado",
		Categories: []*policy.Category{account, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already buy", Profiling: true, OptOut: true,
		OptOutHow:       "when you open your account, in your contact preferences or with the unsubscribe link in every email",
		ConsentExemptBy: []policy.Obligation{uk3PECR("22(3)")}, Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social media, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings at the foot of every page", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, and testing changes to them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing the product reviews you write",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping other customers choose products", Recipients: []*policy.Recipient{reviewHost}}
	referral := &policy.Purpose{ID: "referral", Name: "Inviting the friends you refer, and giving you both a voucher when they order",
		Categories: []*policy.Category{friends, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "sending the invitation you asked us to send, once", Recipients: []*policy.Recipient{suppliers}}
	recall := &policy.Purpose{ID: "recall", Name: "Telling you if a product you bought is recalled or withdrawn",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest: "keeping our customers safe", Obligations: []policy.Obligation{uk5FoodLaw}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of vouchers and accounts",
		Categories: []*policy.Category{account, orders, payment, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us from fraud", Recipients: []*policy.Recipient{psps, police}, HumanDecision: true}
	research := &policy.Purpose{ID: "research", Name: "Asking for your views in surveys and research, and improving our services",
		Categories: []*policy.Category{account, orders, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think of us, to do better", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and meeting our legal obligations",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk5Accounts},
		Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Title: "Ocado privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ocado Retail Limited", Address: "Apollo Court, 2 Bishop Square, Hatfield Business Park, Hatfield AL10 9EX"},
			Country: gb, Registration: "registered in England and Wales under company number 03875000"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@ocado.example", Address: "Apollo Court, 2 Bishop Square, Hatfield Business Park, Hatfield AL10 9EX"},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:         []policy.Law{policy.UKGDPR},
		Scope:        []string{"ocado.com and the Ocado app, and the orders we deliver"},
		OtherNotices: []policy.Notice{{Covers: "our colleagues and job applicants"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories:   []*policy.Category{account, orders, payment, delivery, service, reviews, friends, online, tracking, insight},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it."},
		},
		Purposes:   []*policy.Purpose{ordersP, smartPass, serviceP, recommend, sponsored, email, ads, analytics, reviewsP, referral, recall, fraud, research, records},
		Recipients: []*policy.Recipient{group, suppliers, psps, reviewHost, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: reviewHost, Categories: []*policy.Category{reviews}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our Data Protection Officer for a copy of the safeguards."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: ordersP, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		NoAutomatedDecisions: true,
		Rights:               gdprRights("by writing to our Data Protection Officer"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Card payments are handled to the PCI DSS standard."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipStrongPassword, policy.SafetyTipSignOut},
		Links:      policy.Links{CookieSettings: "https://www.ocado.example/cookie-settings"},
		Children:   policy.Children{MinimumAge: 18, Note: "You must be 18 or over to open an account and to receive alcohol and other age-restricted goods."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "dpo@ocado.example"},
	}
	return realPolicy{"online grocer (Ocado)", p, []statement{
		{says: "Ocado Retail Limited in Hatfield, registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Ocado Retail Limited" && strings.Contains(p.Controller.Address, "Hatfield") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "our Data Protection Officer can be written to by email or at our head office", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address == p.Controller.Address
		}},
		{says: "we process your data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers ocado.com, the Ocado app and our deliveries; our colleagues have their own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "deliver") && len(p.OtherNotices) == 1
		}},
		{says: "when you open an account we collect your name, contact details, addresses and password", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Items, "password") && slices.Contains(c.Sources, policy.SourceUser)
		}},
		{says: "you must be 18 or over to open an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we record what you order, your favourites, substitutions and delivery notes", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 5 && strings.Contains(p.Category("orders").Items[2], "delivery notes")
		}},
		{says: "we need your address, a slot and a means of payment to deliver an order, and cannot take it without them", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("orders")
			return pu.Required != "" && pu.RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "our drivers ask for identification when they deliver alcohol and other age-restricted goods, and record only that they saw it", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckDocument}) && strings.Contains(p.Category("delivery").Items[1], "without a copy")
		}},
		{says: "Ocado Group companies run our technology platform, website, app and warehouses on our behalf", typed: func(p *policy.Policy) bool {
			r := recipient(p, "group")
			return r.Role == policy.RoleProcessor && slices.Contains(p.Purpose("orders").Recipients, r)
		}},
		{says: "payment providers take your payments; we never see your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we keep payment and order records for six years, as company and VAT law require", typed: func(p *policy.Policy) bool {
			r := p.Category("payment").Retention
			return r.Kind == policy.RetentionRequiredByLaw && r.Period == policy.Years(6) && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "Smart Pass members pay a fee that we take from their card until they cancel", typed: func(p *policy.Policy) bool {
			return p.Purpose("smartpass").HasBasis(policy.BasisContract) && strings.Contains(p.Purpose("smartpass").Required, "until you cancel") && p.Purpose("smartpass").Uses(p.Category("payment"))
		}},
		{says: "we keep records of when and by whom each order was delivered", typed: func(p *policy.Policy) bool {
			return p.Category("delivery").Retention == policy.Keep(policy.Years(2), policy.EventCollection)
		}},
		{says: "we record calls with Customer Service to train our team and resolve complaints, and tell you when we do", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && p.Purpose("service").Uses(p.Category("service"))
		}},
		{says: "we recommend products and choose offers for you from what you buy and browse, in our legitimate interests", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.Uses(p.Category("insight")) && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "what we infer from your shopping comes from your orders and browsing", typed: func(p *policy.Policy) bool {
			c := p.Category("insight")
			return slices.Equal(c.Sources, []policy.Source{policy.SourceDerived}) && len(c.DerivedFrom) == 2
		}},
		{says: "you can ask us to stop personalising your offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").OptOut && p.Purpose("personalise").OptOutHow != ""
		}},
		{says: "we show our suppliers' sponsored products and give the suppliers only aggregated results, never your personal data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && len(p.Purpose("sponsored").Recipients) == 0 && p.Purpose("sponsored").Interest != ""
		}},
		{says: "we email our customers offers and recipes, as PECR allows for similar products, and you can say no when you sign up and in every email", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.OptOut && strings.HasSuffix(pu.ConsentExemptBy[0].Act, "22(3)") && strings.Contains(pu.OptOutHow, "unsubscribe") && !pu.RestsOnConsent()
		}},
		{says: "advertising cookies and pixels are set only with your consent, given in the cookie banner", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Consent == policy.CookieConsentOptIn && c.Technology == policy.TechnologyPixel && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "Google, Meta and other partners show our ads to you on other websites and social media, matched on a scrambled email address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "advertising")) && slices.Contains(p.Category("tracking").DerivedFrom, p.Category("account"))
		}},
		{says: "analytics cookies need your consent too, and strictly necessary ones do not", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you can change your cookie choices at any time in the cookie settings", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "product reviews you write are published with the display name you choose", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("reviews").Items, "the display name you choose")
		}},
		{says: "a provider in the US hosts the reviews for us, under the UK's transfer safeguards", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Recipient == recipient(p, "reviewhost") && p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != ""
		}},
		{says: "if you refer a friend, you must have their permission to give us their email address, and we invite them once", typed: func(p *policy.Policy) bool {
			return othersGive(p, "friends") && p.Purpose("referral").Uses(p.Category("friends"))
		}},
		{says: "we delete a referred friend's details if they do not join within 90 days", typed: func(p *policy.Policy) bool {
			return p.Category("friends").Retention == policy.Keep(policy.Days(90), policy.EventCollection)
		}},
		{says: "if a product you bought is recalled, we contact you, as food safety law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("recall")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk5FoodLaw)
		}},
		{says: "we look for fraud and the misuse of vouchers, and a person reviews every case our systems flag", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HumanDecision && p.Purpose("fraud").Automated == ""
		}},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we may ask you to take part in surveys, which you can decline", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").OptOut && p.Purpose("research").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "our IT, customer service and messaging providers act on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "we give data to the police and other authorities where the law requires or to prevent crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if our business is sold, your data may pass to the buyer", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "advertising partners in the US receive data under the UK extension of the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionGB
		}},
		{says: "we keep your account details while you have an account, and for up to two years after you close it", typed: func(p *policy.Policy) bool {
			r := p.Category("account").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(2)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "we may ask you to confirm your identity before answering, and answer within a month", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Months(1)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we protect your data with encryption, access controls and card handling to PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "choose a strong password and sign out on shared devices", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipStrongPassword) && slices.Contains(p.SafetyTips, policy.SafetyTipSignOut)
		}},
		{says: "this notice does not cover the websites and social networks ours link to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we tell you of important changes to this notice by email or on our website", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "Ocado Retail is a joint venture of Ocado Group and Marks & Spencer, and sells M&S food alongside its own range", free: toIntroduction},
		{says: "if you reject a substitution at the door, the driver takes it back and we refund you", free: toPurpose("orders")},
	}}
}

// realPolicyUk5EasyJet paraphrases, in our own words and as we recall it,
// the privacy policy of easyJet Airline Company Limited, as published in
// 2024-2025: the low-fare airline of Luton sells flights on easyjet.com,
// in its app and through its contact centres, flights that it or the
// group's airlines in Austria (easyJet Europe) and Switzerland (easyJet
// Switzerland) operate; gives advance passenger information to the UK's
// border authorities and to those of the countries it flies to; passes
// requests for special assistance to airports; tells passengers of
// disruption and handles refunds and compensation under UK261; runs
// easyJet accounts, the paid easyJet Plus membership and the invitation-
// only Flight Club for frequent flyers; sells car hire, hotels, insurance
// and parking from partners that are controllers in their own right;
// screens payments for fraud; reports safety occurrences and disruptive
// passengers; markets by email with consent; and sets analytics and
// advertising cookies with consent. easyJet holidays has its own notice.
// It declares the UK GDPR and the Data Protection Act 2018, in a version
// that predates the Data (Use and Access) Act 2025's changes.
func realPolicyUk5EasyJet() realPolicy {
	gb := regionGB
	uk376 := policy.Obligation{Act: "Regulation (EU) No 376/2014 on the reporting of occurrences in civil aviation, as retained in UK law, and the Air Navigation Order 2016", Region: gb}
	booking := &policy.Category{ID: "booking", Name: "Booking details",
		Items: []string{"the names and titles of everyone on the booking", "the ages of children and infants", "the booker's email address, phone number and address",
			"booking reference, flights, seats, bags and other extras", "what you paid", "check-in and boarding"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the travel agent or tour operator you booked through, if you did not book with us", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to fly you and handle any claim, and then for as long as tax and company law require us to keep records of the sale")}
	documents := &policy.Category{ID: "documents", Name: "Advance passenger information",
		Items:       []string{"name as in your passport or identity card", "date of birth, gender and nationality", "document type, number, issuing country and expiry", "the address where you stay, where the destination asks for it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.Keep(policy.Days(30), policy.EventPurposeAchieved)}
	assistance := &policy.Category{ID: "assistance", Name: "Special assistance",
		Items:       []string{"the help you need at the airport or on board, such as a wheelchair", "medical conditions and equipment you tell us about", "assistance dogs"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to assist you on the flights booked, and then as long as a claim about that assistance could be brought")}
	payment := &policy.Category{ID: "payment", Name: "Payment details",
		Items:       []string{"card type, last four digits and expiry date", "cardholder's name and billing address", "onboard purchases paid by card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("the Companies Act 2006 and VAT law, which require six years")}
	account := &policy.Category{ID: "account", Name: "Your easyJet account and memberships",
		Items:       []string{"email address and password", "saved passengers and travel documents", "your easyJet Plus card number and its renewal date", "your Flight Club membership and the flights that qualified you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	service := &policy.Category{ID: "service", Name: "Customer service and claims",
		Items:       []string{"calls, chats, emails and social media messages with us", "recordings of calls", "refund, compensation and lost baggage claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to settle the matter, and then until claims about it are time-barred, which is six years in England and Wales")}
	incidents := &policy.Category{ID: "incidents", Name: "Safety and incident reports",
		Items:       []string{"reports of accidents, injuries and illness on board", "reports of disruptive behaviour, with what was seen and done"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "our crew and ground staff, other passengers and airports", Linked: true,
		Retention: policy.ByCriteria("as long as aviation safety rules and possible claims or prosecutions require")}
	online := &policy.Category{ID: "online", Name: "Website and app use",
		Items:       []string{"IP address", "device and browser", "the flights you search for and the pages you view", "your device's push token"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(14), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a booking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	homeOffice := &policy.Recipient{ID: "homeoffice", Name: "the Home Office and Border Force", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{booking, documents}, Purpose: "because UK law requires advance passenger information before a flight leaves or lands in the UK"}
	border := &policy.Recipient{ID: "border", Name: "the border, immigration and customs authorities of the countries you fly to",
		Role: policy.RoleAuthority, Categories: []*policy.Category{booking, documents},
		Purpose: "because their laws require advance passenger information before a flight lands"}
	europe := &policy.Recipient{ID: "europe", Name: "easyJet Europe Airline GmbH", Role: policy.RoleThirdParty, Country: uk5RegionAT,
		Categories: []*policy.Category{booking, documents, assistance}, Purpose: "to fly you on the flights it operates, as the airline of the easyJet group in the European Union"}
	swiss := &policy.Recipient{ID: "swiss", Name: "easyJet Switzerland S.A.", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{booking, documents, assistance}, Purpose: "to fly you on the flights it operates from Switzerland"}
	airports := &policy.Recipient{ID: "airports", Name: "the airports you fly from and to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to give you the special assistance you asked for, which the law makes the airport's task"}
	handlers := &policy.Recipient{ID: "handlers", Name: "ground handling agents", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to check you in, board you and handle your bags for us"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, payment}, Purpose: "to take your payment, refund you and screen payments for fraud"}
	partners := &policy.Recipient{ID: "partners", Name: "the companies whose car hire, hotels, travel insurance, airport parking and transfers we sell", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking}, Conditional: true, Purpose: "you buy their service through us; each uses your data under its own privacy policy"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, contact centre, email and text message providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, payment, account, service, online}, Country: regionIN}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show you our ads on other websites and apps, and to measure them"}
	caa := &policy.Recipient{ID: "caa", Name: "the Civil Aviation Authority", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{incidents}, Purpose: "because aviation law requires us to report safety occurrences"}
	police := &policy.Recipient{ID: "police", Name: "the police, courts and other authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{booking, incidents, payment}, Purpose: "a crime is committed on board, or the law or a court order requires us to disclose data"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and extras, checking you in and flying you",
		Categories: []*policy.Category{booking, payment, documents}, Bases: []policy.Basis{policy.BasisContract},
		Recipients:      []*policy.Recipient{europe, swiss, handlers, psps, providers},
		Required:        "without the passengers' names, a way to reach the booker and a means of payment we cannot sell you a flight",
		ServiceMessages: true}
	api := &policy.Purpose{ID: "border", Name: "Giving advance passenger information to border authorities",
		Categories: []*policy.Category{booking, documents}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "meeting the entry requirements of the countries we fly to, which would otherwise not let us land our passengers",
		Obligations: []policy.Obligation{uk5Border}, Recipients: []*policy.Recipient{homeOffice, border},
		Required: "you cannot check in or fly without giving the travel document details the route requires"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the special assistance you ask for",
		Categories: []*policy.Category{assistance, booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{eu7UKPRM}, Recipients: []*policy.Recipient{airports, handlers, europe, swiss},
		Withdraw: "by cancelling the request with us, after which we cannot arrange the assistance",
		Required: "asking for assistance is up to you; without the details of your needs the airport and our crew cannot help you"}
	disruption := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes to your flight, and of your rights",
		Categories: []*policy.Category{booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7UK261}, Recipients: []*policy.Recipient{providers},
		Required: "if we do not have a way to reach you, we cannot tell you of a change to your flight"}
	claims := &policy.Purpose{ID: "claims", Name: "Handling your questions, complaints, refunds and compensation claims",
		Categories: []*policy.Category{service, booking, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7UK261}, Recipients: []*policy.Recipient{providers, psps},
		Required: "we cannot handle a claim without the booking reference and the details of what happened"}
	accountP := &policy.Purpose{ID: "account", Name: "Running your easyJet account and your easyJet Plus membership",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, psps},
		Required: "an account needs an email address and a password, and easyJet Plus its yearly fee", MinimumAge: 18}
	flightClub := &policy.Purpose{ID: "flightclub", Name: "Inviting our most frequent flyers to Flight Club and giving its members their benefits",
		Categories: []*policy.Category{account, booking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "rewarding the customers who fly with us most", Profiling: true}
	extras := &policy.Purpose{ID: "partners", Name: "Selling you car hire, hotels, insurance, parking and transfers from our partners",
		Categories: []*policy.Category{booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners},
		Required: "the partner needs your name and the details of your trip to provide its service"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Screening payments and bookings for fraud",
		Categories: []*policy.Category{payment, booking, online}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us from fraudulent bookings and stolen cards", Recipients: []*policy.Recipient{psps},
		Automated: "our payment screening may decline a payment or cancel a booking automatically when it shows signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "by contacting our customer services", HumanReview: true}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping passengers and crew safe, reporting safety occurrences and dealing with disruptive behaviour",
		Categories: []*policy.Category{incidents, booking}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "keeping our flights safe and pursuing those who put them at risk",
		Obligations: []policy.Obligation{uk376}, Recipients: []*policy.Recipient{caa, police}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you our offers and news by email and app notification",
		Categories: []*policy.Category{account, booking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("22")}, Profiling: true,
		Withdraw: "with the unsubscribe link in every email or in your account's marketing preferences", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	research := &policy.Purpose{ID: "research", Name: "Asking you about your flight in surveys, and improving our services",
		Categories: []*policy.Category{booking, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our passengers think, to improve our flights and website", OptOut: true, OptOutHow: "with the link in each survey email",
		Recipients: []*policy.Recipient{providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and defending legal claims",
		Categories: []*policy.Category{booking, payment, service}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest: "establishing, exercising and defending our legal claims", Obligations: []policy.Obligation{uk5Accounts}, Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Title: "easyJet privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "easyJet Airline Company Limited", Address: "Hangar 89, London Luton Airport, Luton, Bedfordshire LU2 9PF"},
			Country: gb, Registration: "registered in England and Wales under company number 03034606"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@easyjet.example", Address: "Hangar 89, London Luton Airport, Luton, Bedfordshire LU2 9PF"},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws:         []policy.Law{policy.UKGDPR},
		Scope:        []string{"easyjet.com, the easyJet app, our contact centres and our flights"},
		OtherNotices: []policy.Notice{{Covers: "package holidays from easyJet holidays", URL: "https://www.easyjet.example/holidays/privacy"}, {Covers: "our employees and job applicants"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Categories:   []*policy.Category{booking, documents, assistance, payment, account, service, incidents, online, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers after the payment", Category: payment, Note: "Our payment service providers hold them."},
		},
		Purposes:   []*policy.Purpose{carriage, api, help, disruption, claims, accountP, flightClub, extras, fraud, safety, marketing, ads, analytics, research, records},
		Recipients: []*policy.Recipient{homeOffice, border, europe, swiss, airports, handlers, psps, partners, providers, adPartners, caa, police},
		Transfers: []policy.Transfer{
			{Origin: gb, ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, documents},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: gb, ChosenDestination: policy.ChosenDestinationTravel, Recipient: airports, Categories: []*policy.Category{booking, assistance},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: gb, Destination: uk5RegionAT, Recipient: europe, Categories: []*policy.Category{booking, documents, assistance}, Safeguard: policy.SafeguardAdequacy},
			{Origin: gb, Destination: regionCH, Recipient: swiss, Categories: []*policy.Category{booking, documents, assistance}, Safeguard: policy.SafeguardAdequacy},
			{Origin: gb, Destination: regionIN, Recipient: providers, Categories: []*policy.Category{booking, payment, account, service, online},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for booking, signing in and security", Party: policy.PartyFirst, Purpose: carriage,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("with the form on our website or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person review the decision"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We may ask for your booking reference and the email address you booked with."},
		Redress: []policy.Redress{eu7ICO},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Card payments are handled to the PCI DSS standard."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.easyjet.example/cookie-settings", RequestForm: "https://www.easyjet.example/data-request"},
		Children:   policy.Children{Note: "Children fly on a booking an adult makes for them, and that adult gives their details; the person who books must be 18 or over."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "dpo@easyjet.example"},
	}
	return realPolicy{"low-fare airline (easyJet)", p, []statement{
		{says: "easyJet Airline Company Limited, at Hangar 89 at London Luton Airport and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionGB && strings.Contains(p.Controller.Address, "Hangar 89") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "our Data Protection Officer can be reached by email and at Hangar 89", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && strings.Contains(p.DPO.Address, "Hangar 89")
		}},
		{says: "we process data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this policy covers our website, app, contact centres and flights; easyJet holidays has its own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.OtherNotices[0].Covers, "easyJet holidays") && p.OtherNotices[0].URL != ""
		}},
		{says: "when you book we collect the passengers' names, the booker's contact details, flights, seats, bags and the price paid", typed: func(p *policy.Policy) bool {
			return len(p.Category("booking").Items) == 6 && p.Purpose("carriage").Required != ""
		}},
		{says: "whoever books for others must have their permission to give us their details and tell them of this policy", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") }},
		{says: "where you booked through a travel agent or tour operator, we receive your booking from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "easyJet Europe in Austria and easyJet Switzerland receive what they need to fly you on the flights they operate", typed: func(p *policy.Policy) bool {
			return recipient(p, "europe").Country == uk5RegionAT && recipient(p, "swiss").Country == regionCH && slices.Contains(p.Purpose("carriage").Recipients, recipient(p, "swiss"))
		}},
		{says: "data sent to our airlines in Austria and Switzerland is protected by the UK's adequacy regulations", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardAdequacy && p.Transfers[3].Destination == regionCH && p.Transfers[3].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "ground handling agents check you in, board you and handle your bags for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "handlers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("carriage").Recipients, recipient(p, "handlers"))
		}},
		{says: "UK law and the countries we fly to require advance passenger information, which we pass to their border authorities", typed: func(p *policy.Policy) bool {
			b := p.Purpose("border")
			return b.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(b.Obligations, uk5Border) && b.Interest != "" &&
				slices.Contains(b.Recipients, recipient(p, "homeoffice")) && recipient(p, "homeoffice").Country == regionGB
		}},
		{says: "without those details you cannot check in or fly", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("border").Required, "cannot check in") }},
		{says: "the authorities of a country you fly to receive your details there, outside the UK", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "border") && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we keep advance passenger information only briefly after your flight", typed: func(p *policy.Policy) bool {
			return p.Category("documents").Retention == policy.Keep(policy.Days(30), policy.EventPurposeAchieved)
		}},
		{says: "if you ask for special assistance, we use the details of your needs with your explicit consent and pass them to the airports", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return h.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) && slices.Contains(h.Recipients, recipient(p, "airports")) && p.Category("assistance").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "the law makes airports responsible for assisting passengers with reduced mobility, and us for telling them in time", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("assistance").Obligations, eu7UKPRM) && recipient(p, "airports").Role == policy.RoleThirdParty
		}},
		{says: "we tell you of delays and cancellations and of your rights under UK261", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruption")
			return d.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(d.Obligations, eu7UK261) && d.Required != ""
		}},
		{says: "we handle refunds, compensation and lost baggage claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Uses(p.Category("service")) && strings.Contains(p.Category("service").Items[2], "lost baggage")
		}},
		{says: "calls with our contact centres may be recorded, and you are told so first", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "an easyJet account stores your details, saved passengers and travel documents, and is for adults", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").MinimumAge == 18 && strings.Contains(p.Category("account").Items[1], "travel documents")
		}},
		{says: "easyJet Plus members pay a yearly fee for their card and benefits", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "easyJet Plus") && p.Purpose("account").HasBasis(policy.BasisContract)
		}},
		{says: "we invite the customers who fly with us most to Flight Club, choosing them from their bookings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("flightclub")
			return pu.Profiling && pu.Uses(p.Category("booking")) && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "if you buy car hire, a hotel, insurance or parking through us, the partner receives your details and uses them under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.Role == policy.RoleThirdParty && r.Conditional && slices.Contains(p.Purpose("partners").Recipients, r)
		}},
		{says: "payment providers take your payments and refunds, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we keep payment records for six years, as company and VAT law require", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "our fraud screening may decline a payment or cancel a booking automatically, and you can ask for a person to review it", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && f.Suspension.HumanReview && f.Suspension.Contest != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we report accidents and other safety occurrences to the Civil Aviation Authority, as aviation law requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(s.Recipients, recipient(p, "caa")) && recipient(p, "caa").Role == policy.RoleAuthority
		}},
		{says: "we record disruptive behaviour on board and may pass it to the police", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("incidents")) && recipient(p, "police").Conditional && slices.Contains(p.Purpose("safety").Recipients, recipient(p, "police"))
		}},
		{says: "incident reports come from our crew, ground staff and other passengers", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("incidents").Sources, []policy.Source{policy.SourceThirdParty}) && strings.Contains(p.Category("incidents").SourceDetail, "crew")
		}},
		{says: "we send offers by email only if you tick the box, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && m.ConsentMethod == policy.ConsentMethodCheckbox && strings.Contains(m.Withdraw, "unsubscribe")
		}},
		{says: "analytics and advertising cookies are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "advertising partners show our ads on other websites and measure them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "advertising"))
		}},
		{says: "we may send you a survey after your flight, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").OptOut && p.Purpose("research").OptOutHow != ""
		}},
		{says: "contact centre and IT providers, some in India, work for us under the UK's international data transfer agreement", typed: func(p *policy.Policy) bool {
			t := p.Transfers[4]
			return t.Destination == regionIN && t.Safeguard == policy.SafeguardUKTransferAgreement && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we disclose data to the police and courts where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may share data to protect the safety of passengers and crew", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "if our business is sold, the buyer may receive your data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you make a request with our online form, and we may ask for your booking reference to check who you are", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.VerificationDetail != ""
		}},
		{says: "we answer within a month, or three months for complex requests", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 1 && p.Redress[0].Region == regionGB && hasRight(p, policy.RightComplaint)
		}},
		{says: "card payments are handled to the PCI DSS standard, and data is encrypted in transit", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "we never ask for your password or card details by email, and you should report messages that do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "children fly on a booking an adult makes, and the booker must be 18 or over", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Children.Note, "18") && p.Children.MinimumAge == 0
		}},
		{says: "we may change this policy, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "names on a booking must match the passengers' passports, and a name change is charged for", free: toPurpose("carriage")},
		{says: "messages about your booking, such as reminders to check in, are not marketing and are sent even if you have opted out of marketing", typed: func(p *policy.Policy) bool {
			c := p.Purpose("carriage")
			return c.ServiceMessages && !c.DirectMarketing
		}},
	}}
}

// realPolicyUk5RoyalMail paraphrases, in our own words and as we recall
// it, the privacy notice of Royal Mail Group Limited for its customers and
// the people it delivers to, as published in 2024-2025: the UK's
// universal postal service provider, which with Parcelforce Worldwide
// collects, sorts and delivers letters and parcels, sells postage online
// and in its app, tells addressees when a parcel is due from the details
// the sender gives, records a signature or where an item was left as proof
// of delivery, which the sender can see when tracking it, redelivers
// items and delivers them to a safe place or a neighbour, sends customs
// declarations to HMRC and to the postal operators of the countries items
// go to and collects import VAT and fees from addressees, redirects the
// post of people who move after checking their identity with a credit
// reference agency or at a Post Office, and shares their new address with
// organisations that update their records only if they agree; it stops
// unaddressed Door to Door mail to addresses that opt out, for two years
// at a time; it discloses postal data where the Investigatory Powers Act
// 2016 requires. It declares the UK GDPR and the Data Protection Act 2018,
// in a version that predates the Data (Use and Access) Act 2025's
// changes.
func realPolicyUk5RoyalMail() realPolicy {
	gb := regionGB
	customer := &policy.Category{ID: "customer", Name: "Your details as a sender or account holder",
		Items:       []string{"name, postal address, email address and phone number", "your Royal Mail account and password", "the postage you buy and the items you send", "your payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you have an account, and then as long as we need the records for tax and to answer claims, which is normally six years")}
	addressee := &policy.Category{ID: "addressee", Name: "Details of the people we deliver to",
		Items:       []string{"name and address on the item", "the email address or mobile number the sender gives us so that we can tell you when the item is due"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the businesses and people who send you items, and the retailers and carriers who hand them to us", Linked: true,
		Retention: policy.Keep(policy.Months(18), policy.EventPurposeAchieved)}
	tracking := &policy.Category{ID: "tracking", Name: "Tracking and proof of delivery",
		Items: []string{"the item's barcode and each scan of it on its way", "when and where it was delivered, recorded by the postman's handheld device",
			"the name and signature of the person who signed for it", "the safe place or neighbour it was left with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.Keep(policy.Months(18), policy.EventCollection)}
	preferences := &policy.Category{ID: "preferences", Name: "Delivery preferences and redeliveries",
		Items:       []string{"your chosen safe place or neighbour", "the day or Post Office you choose for a redelivery", "the reference on the card we left"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until you change or remove a preference, or for a redelivery until the item is delivered or returned")}
	redirection := &policy.Category{ID: "redirection", Name: "Redirection and Keepsafe",
		Items: []string{"the names of everyone whose post is to be redirected or kept", "the old and new addresses and the dates", "the result of the identity check",
			"whether you agreed to share your new address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the credit reference agency that checks your identity", Linked: true,
		Retention: policy.ByCriteria("for the length of the redirection and then as long as we need to deal with questions, claims and fraud about it")}
	customs := &policy.Category{ID: "customs", Name: "Customs information",
		Items:       []string{"the sender and the addressee", "what the item contains and its value", "tariff codes and EORI or VAT numbers", "the import VAT, duty and fee paid to release it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the postal operator of the country an item comes from", Linked: true,
		Retention: policy.AsRequiredBy("customs law, which requires four years")}
	doorToDoor := &policy.Category{ID: "doortodoor", Name: "Door to Door opt-outs",
		Items:       []string{"the name and address that opted out of unaddressed mail"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	service := &policy.Category{ID: "service", Name: "Enquiries, complaints and claims",
		Items:       []string{"your calls, emails and webchats with Customer Services", "recordings of calls", "claims for lost or damaged items, with proof of value and the bank details to pay you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(6), policy.EventPurposeAchieved)}
	online := &policy.Category{ID: "online", Name: "Website and app use",
		Items:       []string{"IP address", "device and browser", "pages viewed and tracking numbers entered"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	adData := &policy.Category{ID: "addata", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	postOffice := &policy.Recipient{ID: "postoffice", Name: "Post Office Limited", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{customer, addressee, tracking, redirection}, Purpose: "to sell our services in its branches, hand over items collected there and check identity documents for redirections"}
	cra := &policy.Recipient{ID: "cra", Name: "a credit reference agency", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{redirection}, Purpose: "to check the identity of people who apply online to have their post redirected"}
	overseas := &policy.Recipient{ID: "overseas", Name: "the postal operators and customs authorities of the countries items go to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{addressee, tracking, customs}, Purpose: "to deliver items abroad and clear them through customs"}
	hmrc := &policy.Recipient{ID: "hmrc", Name: "HM Revenue & Customs and Border Force", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{customs}, Purpose: "because customs law requires us to declare items coming into and leaving the UK"}
	ncoa := &policy.Recipient{ID: "ncoa", Name: "organisations licensed to use our change of address data", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{redirection}, Purpose: "to update their records of your address"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, contact centres, printing, email and text messages", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, addressee, tracking, service, online}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{adData}, Purpose: "to show you our ads on other websites and measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police, security services and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{customer, addressee, tracking, redirection}, Purpose: "the law requires it, such as an authorisation under the Investigatory Powers Act 2016, or they ask for data to prevent or detect a crime"}

	deliveryP := &policy.Purpose{ID: "delivery", Name: "Collecting, sorting, tracking and delivering letters and parcels",
		Categories: []*policy.Category{customer, addressee, tracking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "delivering the items others send to you, as the universal postal service",
		Recipients: []*policy.Recipient{postOffice, suppliers, overseas},
		Required:   "an item needs a full name and address to be delivered; without them we return it to the sender or, where there is no return address, hold it at our National Returns Centre"}
	notify := &policy.Purpose{ID: "notify", Name: "Telling you by email or text message when a parcel is due, from the details the sender gives us",
		Categories: []*policy.Category{addressee, tracking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "letting you know when your parcel will arrive, so that you can be in or choose another option", Recipients: []*policy.Recipient{suppliers}}
	proof := &policy.Purpose{ID: "proof", Name: "Recording proof of delivery and showing it to the sender when they track the item",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "showing that an item was delivered, and settling claims that it was not"}
	prefs := &policy.Purpose{ID: "preferences", Name: "Redelivering items and following your delivery preferences",
		Categories: []*policy.Category{preferences, addressee}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{postOffice},
		Required: "without the reference on the card we left we cannot arrange a redelivery"}
	redirect := &policy.Purpose{ID: "redirection", Name: "Redirecting or keeping your post when you move or are away",
		Categories: []*policy.Category{redirection, customer}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "making sure that only the people who live at an address can have its post redirected, to prevent identity fraud",
		Recipients: []*policy.Recipient{cra, postOffice},
		Required:   "we cannot redirect post unless we can confirm the identity of the applicant, online with a credit reference agency or with documents at a Post Office"}
	share := &policy.Purpose{ID: "ncoa", Name: "Sharing your new address with organisations so that they can update their records",
		Categories: []*policy.Category{redirection}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by contacting Customer Services", Recipients: []*policy.Recipient{ncoa}}
	customsP := &policy.Purpose{ID: "customs", Name: "Declaring items to customs and collecting import VAT, duty and our fee",
		Categories: []*policy.Category{customs, addressee}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{uk5Customs}, Recipients: []*policy.Recipient{hmrc, overseas},
		Required: "an item sent abroad or into the UK without a customs declaration may be delayed, returned or destroyed"}
	d2d := &policy.Purpose{ID: "doortodoor", Name: "Not delivering Door to Door leaflets to addresses that opt out",
		Categories: []*policy.Category{doorToDoor}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "respecting the wishes of those who do not want unaddressed mail"}
	serviceP := &policy.Purpose{ID: "service", Name: "Answering your enquiries and complaints, and paying compensation for lost or damaged items",
		Categories: []*policy.Category{service, customer, tracking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{uk5Postal}, Recipients: []*policy.Recipient{suppliers},
		Required: "we cannot handle a claim without proof of posting and of the item's value"}
	email := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news and offers by email and text message",
		Categories: []*policy.Category{customer}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("22")}, Withdraw: "with the unsubscribe link in every email, by replying STOP to a text or in your account",
		Recipients: []*policy.Recipient{suppliers}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Sending our business customers news and offers by post",
		Categories: []*policy.Category{customer}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about services like those they use", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and measuring them",
		Categories: []*policy.Category{adData}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{suppliers}}
	security := &policy.Purpose{ID: "security", Name: "Keeping the post safe: preventing and detecting mail theft, fraud and dangerous goods",
		Categories: []*policy.Category{customer, addressee, tracking, redirection}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting the post, our customers and our people from crime", Recipients: []*policy.Recipient{police}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Disclosing postal data where the law requires",
		Categories: []*policy.Category{customer, addressee, tracking}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{uk5IPA}, Recipients: []*policy.Recipient{police}}
	research := &policy.Purpose{ID: "research", Name: "Asking you about our service in surveys, and improving it",
		Categories: []*policy.Category{customer, tracking, service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think, to improve our service", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts",
		Categories: []*policy.Category{customer, service}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk5Accounts}}

	p := &policy.Policy{
		Title: "Royal Mail privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Royal Mail Group Limited", Address: "185 Farringdon Road, London EC1A 1DP"},
			Country: gb, Registration: "registered in England and Wales under company number 04138203"},
		DPO:     &policy.Contact{Name: "Royal Mail Group Data Protection Officer", Email: "dpo@royalmail.example", Address: "185 Farringdon Road, London EC1A 1DP"},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws:         []policy.Law{policy.UKGDPR},
		Scope:        []string{"Royal Mail and Parcelforce Worldwide, royalmail.com, parcelforce.com and the Royal Mail app"},
		OtherNotices: []policy.Notice{{Covers: "our employees and job applicants"}, {Covers: "business customers of our data services, such as the Postcode Address File", URL: "https://www.poweredbypaf.example/privacy"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Categories:   []*policy.Category{customer, addressee, tracking, preferences, redirection, customs, doorToDoor, service, online, adData},
		NotCollected: []policy.Exclusion{
			{ID: "contents", Name: "the contents of your letters and parcels", Category: tracking,
				Note: "We do not open items in the post, except at our National Returns Centre to find an address for an item we can neither deliver nor return, or where customs or the law requires it."},
		},
		Purposes:   []*policy.Purpose{deliveryP, notify, proof, prefs, redirect, share, customsP, d2d, serviceP, email, post, ads, analytics, security, lawful, research, records},
		Recipients: []*policy.Recipient{postOffice, cra, overseas, hmrc, ncoa, suppliers, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: gb, ChosenDestination: policy.ChosenDestinationShipment, Recipient: overseas, Categories: []*policy.Category{addressee, tracking, customs},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: gb, Destination: regionIN, Recipient: suppliers, Categories: []*policy.Category{customer, addressee, tracking, service},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{adData}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: deliveryP, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "targeting cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{adData},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		NoAutomatedDecisions: true,
		Rights:               gdprRights("with the form on our website or by writing to our Data Protection Officer"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We also ask for proof of your address, so that we do not give your data to someone else.",
			WithoutAccount:     "with the form on our website or by post to our Data Protection Officer"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.royalmail.example/cookie-settings", RequestForm: "https://www.royalmail.example/subject-access-request"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "dpo@royalmail.example"},
	}
	return realPolicy{"postal service (Royal Mail)", p, []statement{
		{says: "Royal Mail Group Limited, at 185 Farringdon Road in London and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Royal Mail Group Limited" && strings.Contains(p.Controller.Address, "Farringdon Road") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "our Data Protection Officer can be reached by email or post", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != "" }},
		{says: "we process data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers Royal Mail and Parcelforce Worldwide, our websites and app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "Parcelforce")
		}},
		{says: "our employees and the business users of our address data have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && strings.Contains(p.OtherNotices[1].Covers, "Postcode Address File")
		}},
		{says: "when you send an item or open an account we collect your name, contact details and what you send and pay", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 4 && slices.Equal(p.Category("customer").Sources, []policy.Source{policy.SourceUser})
		}},
		{says: "we get the name and address of the people we deliver to, and sometimes their email or phone number, from whoever sends them an item", typed: func(p *policy.Policy) bool {
			c := p.Category("addressee")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we deliver items as the universal postal service, in our legitimate interest and under our contract with the sender", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("delivery")
			return pu.RestsOn(policy.BasisContract, policy.UKGDPR) && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && strings.Contains(pu.Interest, "universal")
		}},
		{says: "an item needs a full name and address; without them it goes back to the sender or to our National Returns Centre", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("delivery").Required, "National Returns Centre")
		}},
		{says: "we do not open your post, except to find an address for an item we cannot deliver or return, or where customs or the law requires", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "contents" && strings.Contains(p.NotCollected[0].Note, "National Returns Centre")
		}},
		{says: "we text or email you when a parcel is due, using the details the sender gave us", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("notify")
			return pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && pu.Uses(p.Category("addressee"))
		}},
		{says: "we scan items on their way and record when and where they were delivered", typed: func(p *policy.Policy) bool {
			c := p.Category("tracking")
			return slices.Contains(c.Sources, policy.SourceAutomatic) && strings.Contains(c.Items[1], "handheld device")
		}},
		{says: "the name and signature of whoever signs for an item are shown to the sender when they track it", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("tracking").VisibleTo, []policy.Audience{policy.AudienceCounterparts}) && p.Purpose("proof").Uses(p.Category("tracking"))
		}},
		{says: "we keep tracking and proof of delivery records for eighteen months", typed: func(p *policy.Policy) bool {
			return p.Category("tracking").Retention == policy.Keep(policy.Months(18), policy.EventCollection)
		}},
		{says: "you can choose a safe place or a neighbour, and book a redelivery with the reference on our card", typed: func(p *policy.Policy) bool {
			return p.Purpose("preferences").HasBasis(policy.BasisContract) && p.Purpose("preferences").Required != ""
		}},
		{says: "Post Office Limited, a separate company, sells our services and hands over items you collect from its branches", typed: func(p *policy.Policy) bool {
			r := recipient(p, "postoffice")
			return r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("preferences").Recipients, r)
		}},
		{says: "to redirect post we check the applicant's identity with a credit reference agency online, or with documents at a Post Office", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("redirection")
			return slices.Contains(pu.Recipients, recipient(p, "cra")) && slices.Contains(pu.Recipients, recipient(p, "postoffice")) && pu.Required != ""
		}},
		{says: "we check identity to stop fraudsters redirecting other people's post", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("redirection").Interest, "identity fraud")
		}},
		{says: "we share your new address with organisations that update their records only if you tick the box when you apply", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("ncoa")
			return pu.RestsOnConsent() && pu.ConsentMethod == policy.ConsentMethodCheckbox && slices.Contains(pu.Recipients, recipient(p, "ncoa"))
		}},
		{says: "we send customs data to HMRC and Border Force, as customs law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("customs")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Recipients, recipient(p, "hmrc"))
		}},
		{says: "for items going abroad, the postal operator and customs of the destination country receive the addressee's details and the customs data", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationShipment && t.Recipient == recipient(p, "overseas") && slices.Contains(t.Categories, p.Category("customs"))
		}},
		{says: "before we deliver an item from abroad, the addressee may have to pay import VAT, duty and our fee", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("customs").Items[3], "import VAT") && p.Purpose("customs").HasBasis(policy.BasisContract)
		}},
		{says: "without a customs declaration an item may be delayed or returned", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("customs").Required, "customs declaration")
		}},
		{says: "you can opt out of unaddressed Door to Door mail, and the opt-out lasts two years", typed: func(p *policy.Policy) bool {
			return p.Purpose("doortodoor").Uses(p.Category("doortodoor")) && p.Category("doortodoor").Retention == policy.Keep(policy.Years(2), policy.EventCollection)
		}},
		{says: "we handle enquiries, complaints and compensation claims, as Ofcom's rules for the universal service require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("service")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk5Postal)
		}},
		{says: "we record calls to Customer Services, and tell you when we do", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "we send news and offers by email or text only with your consent, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && strings.HasSuffix(m.ConsentRequiredBy[0].Act, "reg. 22") && strings.Contains(m.Withdraw, "STOP")
		}},
		{says: "we may send business customers offers by post unless they object", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.post").OptOut && p.Purpose("marketing.post").DirectMarketing
		}},
		{says: "performance and targeting cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we use data to prevent and detect mail theft, fraud and dangerous goods in the post", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && slices.Contains(p.Purpose("security").Recipients, recipient(p, "police"))
		}},
		{says: "we disclose postal data where the Investigatory Powers Act 2016 or another law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("lawful").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && recipient(p, "police").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may ask for your views in surveys, which you can decline", typed: func(p *policy.Policy) bool { return p.Purpose("research").OptOut }},
		{says: "contact centre, IT and messaging providers act for us, some in India under the UK's international data transfer agreement", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return recipient(p, "suppliers").Role == policy.RoleProcessor && t.Destination == regionIN && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "we keep financial records and claims for six years", typed: func(p *policy.Policy) bool {
			return p.Category("service").Retention == policy.Keep(policy.Years(6), policy.EventPurposeAchieved) && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "if our business is sold or reorganised, data may pass to the new owner", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, correct, erase and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "anyone can make a request with our online form, and we ask for proof of identity and address first", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.WithoutAccount != "" && slices.Equal(p.Requests.Verification, []policy.Verification{policy.VerificationDocument})
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we protect data with encryption, access controls and staff trained in data protection", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "beware of texts and emails pretending to be from us that ask you to pay a fee, and report them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we may update this notice, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "our Postcode Address File lists every address in the UK that receives post, without the names of those who live there", free: toIntroduction},
		{says: "the identity check leaves a record on your credit file that lenders cannot see", free: toRecipientPurpose("cra")},
		{says: "those organisations may use your new address only to update the records of people who are already their customers, and to stop mail going to the old address", free: toRecipientPurpose("ncoa")},
		{says: "a Keepsafe holds your post while you are away and delivers it when you return", free: toPurpose("redirection")},
		{says: "a redirection covers only the people named on it, and post for others at the old address is still delivered there", free: toPurpose("redirection")},
		{says: "the opt-out from Door to Door mail does not stop mail addressed to you or to the occupier, nor leaflets delivered by other companies", free: toPurpose("doortodoor")},
	}}
}
