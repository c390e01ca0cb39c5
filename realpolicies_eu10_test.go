package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var eu10SE = language.MustParseRegion("SE")

// The Swedish acts the H&M paraphrase cites, each as the law of Sweden.
var (
	eu10SEDataAct   = policy.Obligation{Act: "Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)", Region: eu10SE}
	eu10SEMarketing = policy.Obligation{Act: "Marknadsföringslagen (2008:486), 19 § första stycket", Region: eu10SE}
	eu10SESoftOptIn = policy.Obligation{Act: "Marknadsföringslagen (2008:486), 19 § andra stycket", Region: eu10SE}
	eu10SECookies   = policy.Obligation{Act: "Lag (2022:482) om elektronisk kommunikation, 9 kap. 28 §", Region: eu10SE}
	eu10SEBooks     = policy.Obligation{Act: "Bokföringslagen (1999:1078), 7 kap. 2 §", Region: eu10SE}
	eu10IMY         = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: eu10SE,
		Contact: policy.Contact{Name: "Integritetsskyddsmyndigheten (IMY), the Swedish Authority for Privacy Protection", Address: "Box 8114, 104 20 Stockholm, Sweden", Website: "https://www.imy.se"}}
	eu10SEBooksText     = "the Swedish Bookkeeping Act (bokföringslagen, 7 kap. 2 §), which requires accounting records and receipts to be kept for seven years"
	eu10SEConsumerSales = "the Swedish Consumer Sales Act (konsumentköplagen), under which you may complain of a fault for three years after the purchase"
)

// realPolicyEu10HM paraphrases, in our own words and as we recall it, the
// customer privacy notice of H&M for its online store, app, stores and
// the H&M Membership, as published in 2024-2025: the Stockholm fashion
// group's company H & M Hennes & Mauritz GBC AB runs the online store,
// the app and the membership, together with the H&M company that runs
// the stores in the customer's country. Members join for free online,
// in the app or in store, earn points on purchases that turn into bonus
// vouchers, get member prices, offers and a birthday treat, and show
// their membership in the app at the till so that store purchases count.
// Orders are delivered by carriers; invoice and part payment are
// Klarna's, which checks the customer's credit as a controller in its
// own right. H&M builds a profile from purchases and browsing to
// personalise the membership and its recommendations, emails members
// who agreed to it and customers offers of similar products as the
// Marketing Act allows, publishes product reviews, asks for opinions in
// surveys and sets analytics and marketing cookies only with consent. It
// declares the GDPR and the Swedish Data Protection Act and names IMY.
func realPolicyEu10HM() realPolicy {
	hq := "Mäster Samuelsgatan 46A, 106 38 Stockholm, Sweden"

	member := &policy.Category{ID: "member", Name: "Membership and account data",
		Items: []string{"first name and last name", "email address and password", "mobile phone number", "date of birth", "postal address",
			"your member number, shown as a QR code in the app", "the departments you shop in and your sizes, if you tell us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase history",
		Items: []string{"what you buy online and, when you show your membership, in store, with size, price, date and store",
			"returns and refunds", "the delivery address and the name of someone you send an order to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventCollection, Law: eu10SEConsumerSales}}
	points := &policy.Category{ID: "points", Name: "Points and bonus vouchers",
		Items:       []string{"the points you earn and how", "the bonus vouchers and offers you receive and use", "your member level and the benefits that go with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the means of payment you choose", "the card's type and last digits", "the result of the payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the payment service providers and Klarna, which take your payment", Linked: true,
		Retention: policy.AsRequiredBy(eu10SEBooksText)}
	profile := &policy.Category{ID: "profile", Name: "Your style profile",
		Items:       []string{"the styles, colours, sizes and departments you prefer", "how often you shop and how you respond to our offers", "the size that is likely to fit you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, points},
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	browsing := &policy.Category{ID: "browsing", Name: "Browsing and device data",
		Items:       []string{"IP address", "device, browser and app version", "the pages and products you view, your searches and your basket", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie lasts, as the cookie notice states")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}
	reviews := &policy.Category{ID: "reviews", Name: "Ratings and reviews",
		Items:       []string{"your rating and review of a product", "the name you choose to show", "the size you bought and how it fitted"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the product is shown on our website, unless you ask us to remove the review sooner")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your questions and complaints by chat, email, phone or in store", "our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your matter, and then as long as a claim about it may be brought")}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers",
		Items:       []string{"your answers to our customer surveys and market research"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until we have evaluated the survey")}

	local := &policy.Recipient{ID: "local", Name: "the H&M company that runs the H&M stores in your country", Role: policy.RoleJointController,
		Categories: []*policy.Category{member, purchases, points, service}, Country: regionEU,
		Arrangement: "We run the online store, the app and the membership, and the H&M company of your country runs the stores, records your store purchases and answers you in store. We have agreed that we inform you and handle your requests; you may also make them in any H&M store."}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and parcel lockers that deliver your orders", Role: policy.RoleProcessor,
		Categories: []*policy.Category{purchases, member}, Country: regionEU, Purpose: "to deliver your order and tell you when it arrives"}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers that take card and other payments", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{payment, purchases}, Country: regionEU, Purpose: "to take your payment and refund you"}
	klarna := &policy.Recipient{ID: "klarna", Name: "Klarna Bank AB", Role: policy.RoleThirdParty, Country: eu10SE,
		Categories: []*policy.Category{member, purchases, payment}, Conditional: true,
		Purpose:   "if you choose to pay by invoice or in instalments, to check your identity and credit and to offer you the payment",
		NoticeURL: "https://www.klarna.example/privacy"}
	group := &policy.Recipient{ID: "group", Name: "companies of the H&M group that run IT and customer service for us", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, purchases, points, service, browsing}, Country: language.MustParseRegion("IN")}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, emails and text messages, reviews, surveys and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, purchases, browsing, reviews, surveys}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social media, such as Google, Meta and TikTok", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, the Swedish Tax Agency and other authorities", Role: policy.RoleAuthority, Country: eu10SE,
		Categories: []*policy.Category{member, purchases, payment}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	membership := &policy.Purpose{ID: "membership", Name: "Running your H&M Membership and your account",
		Categories: []*policy.Category{member, points, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{local, group, providers},
		Required: "to become a member you give your name, email address, date of birth and a password; without them you cannot join, but you can still shop with us", MinimumAge: 18}
	orders := &policy.Purpose{ID: "orders", Name: "Selling and delivering what you order, and handling returns",
		Categories: []*policy.Category{member, purchases, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, psp, group},
		Required: "without a name, delivery address, email address and means of payment we cannot deliver an order"}
	invoice := &policy.Purpose{ID: "invoice", Name: "Offering invoice and instalment payments through Klarna",
		Categories: []*policy.Category{member, purchases, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{klarna},
		Required: "paying through Klarna is up to you; if Klarna's credit check refuses you, you can pay another way"}
	personal := &policy.Purpose{ID: "personalisation", Name: "Personalising your membership, our recommendations and the offers we give members",
		Categories: []*policy.Category{profile, purchases, points, member}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "giving our members offers, recommendations and sizes that suit them", Profiling: true, OptOut: true,
		OptOutHow: "in your account settings or by writing to customer service"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending you our newsletter and offers by email, text message and push notification",
		Categories: []*policy.Category{member, profile}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu10SEMarketing}, Withdraw: "with the unsubscribe link in every message or in your account settings",
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	similar := &policy.Purpose{ID: "similar", DirectMarketing: true, Name: "Emailing our customers offers of products like those they bought",
		Categories: []*policy.Category{member, purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they bought from us", OptOut: true,
		OptOutHow: "with the link in every such email, or when you give us your email address", ConsentExemptBy: []policy.Obligation{eu10SESoftOptIn},
		Recipients: []*policy.Recipient{providers}}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your ratings and reviews of our products",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking customer service to remove your review", Recipients: []*policy.Recipient{providers}}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions and handling complaints",
		Categories: []*policy.Category{service, member, purchases}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond an order", Recipients: []*policy.Recipient{group, local},
		Required: "we cannot look into a complaint about an order without its details"}
	asking := &policy.Purpose{ID: "surveys", Name: "Asking your opinion in surveys and market research",
		Categories: []*policy.Category{surveys, member}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think of us and improving our offer", OptOut: true, OptOutHow: "by not answering, or with the link in the invitation",
		Recipients: []*policy.Recipient{providers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of orders, returns and the membership",
		Categories: []*policy.Category{member, purchases, payment, browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us against fraudulent orders, payments and returns", Recipients: []*policy.Recipient{psp},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by writing to customer service"}}
	operation := &policy.Purpose{ID: "operation", Name: "Running our website and app and keeping them secure",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{group, providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, to improve them",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu10SECookies}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social media, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu10SECookies}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records",
		Categories: []*policy.Category{purchases, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu10SEBooks}, Recipients: []*policy.Recipient{authorities},
		Retention: policy.AsRequiredBy(eu10SEBooksText), Required: "the law requires us to keep receipts and accounting records"}
	claims := &policy.Purpose{ID: "claims", Name: "Handling complaints about faulty goods and defending legal claims",
		Categories: []*policy.Category{purchases, service, payment}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "Konsumentköplagen (2022:260)", Region: eu10SE}},
		Interest:    "being able to answer a claim for as long as one may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title: "customer privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "H & M Hennes & Mauritz GBC AB", Address: hq, Website: "https://www.hm.example"},
			Registration: "a company of the H & M Hennes & Mauritz AB group", Country: eu10SE},
		DPO:     &policy.Contact{Name: "Data Protection Officer of the H&M group", Email: "dataprotection@hm.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		URL:       "https://www.hm.example/customer-service/privacy-notice",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu10SEDataAct},
		Scope:     []string{"hm.com, the H&M app, our stores and the H&M Membership"},
		OtherNotices: []policy.Notice{
			{Covers: "the other brands of the H&M group, such as COS, Weekday, Monki, & Other Stories and ARKET, each in its own notice"},
			{Covers: "job applicants", URL: "https://career.hm.example/privacy"},
		},
		Categories: []*policy.Category{member, purchases, points, payment, profile, browsing, tracking, reviews, service, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "The payment service providers keep it."},
		},
		Purposes:   []*policy.Purpose{membership, orders, invoice, personal, newsletter, similar, reviewing, care, asking, fraud, operation, analytics, ads, records, claims},
		Recipients: []*policy.Recipient{local, carriers, psp, klarna, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: language.MustParseRegion("IN"), Recipient: group, Categories: []*policy.Category{member, purchases, points, service, browsing},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our Data Protection Officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{member, purchases, browsing, reviews, surveys},
				Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{member, points, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for your basket, login and security", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{browsing}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "marketing", Name: "marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in your account or by writing to customer service"},
			{Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightErasure, How: "by ending your membership in your account, or by writing to customer service"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability}, {Kind: policy.RightObjection, How: "in your account settings or by writing to customer service"},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to customer service"},
		Redress:              []policy.Redress{eu10IMY},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasurePseudonymisation}},
		Links:   policy.Links{CookieSettings: "https://www.hm.example/cookie-settings"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "dataprotection@hm.example"},
	}
	return realPolicy{"fashion retailer and membership (H&M)", p, []statement{
		{says: "H & M Hennes & Mauritz GBC AB in Stockholm is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == eu10SE && p.Controller.Name == "H & M Hennes & Mauritz GBC AB"
		}},
		{says: "the H&M company that runs the stores in your country is controller jointly with us, and we tell you what each does", typed: func(p *policy.Policy) bool {
			l := recipient(p, "local")
			return l.Role == policy.RoleJointController && strings.Contains(l.Arrangement, "handle your requests")
		}},
		{says: "the H&M group has a data protection officer, whom you can write to", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != ""
		}},
		{says: "we process your data under the GDPR and the Swedish Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu10SEDataAct
		}},
		{says: "this notice covers hm.com, the app, our stores and the membership; the group's other brands and job applicants have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "H&M Membership") && len(p.OtherNotices) == 2
		}},
		{says: "to become a member you give your name, email address, date of birth and a password", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("member").Items, "date of birth") && p.Purpose("membership").RestsOn(policy.BasisContract, policy.GDPR) &&
				strings.Contains(p.Purpose("membership").Required, "cannot join")
		}},
		{says: "membership is free and open from the age of 18", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").MinimumAge == 18
		}},
		{says: "you may tell us the departments you shop in and your sizes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("member").Items, "the departments you shop in and your sizes, if you tell us")
		}},
		{says: "members earn points on their purchases, which turn into bonus vouchers, and get member offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").Uses(p.Category("points")) && slices.Contains(p.Category("points").Items, "the bonus vouchers and offers you receive and use")
		}},
		{says: "show your membership in the app at the till, and your store purchases count too", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("member").Items, "your member number, shown as a QR code in the app") &&
				strings.Contains(p.Category("purchases").Items[0], "when you show your membership")
		}},
		{says: "we sell and deliver what you order and handle your returns, under our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("purchases").Items, "returns and refunds")
		}},
		{says: "without a name, delivery address, email address and means of payment we cannot deliver an order", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("orders").Required, "cannot deliver")
		}},
		{says: "if you send an order to someone else, you give us their name and address", typed: func(p *policy.Policy) bool {
			return othersGive(p, "purchases")
		}},
		{says: "carriers deliver your orders on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers"))
		}},
		{says: "payment service providers take your payment, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "if you pay by invoice or in instalments, Klarna checks your identity and credit as a controller in its own right, under its own notice", typed: func(p *policy.Policy) bool {
			k := recipient(p, "klarna")
			return k.Role == policy.RoleThirdParty && k.Conditional && k.NoticeURL != "" && strings.Contains(p.Purpose("invoice").Required, "credit check")
		}},
		{says: "we derive a style profile from your purchases and use of the membership, and personalise the membership, recommendations and offers with it", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("personalisation")
			return pr.Profiling && slices.Contains(p.Category("profile").DerivedFrom, p.Category("purchases"))
		}},
		{says: "we do so in our legitimate interest, and you may object in your settings", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("personalisation")
			return pr.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && pr.Interest != "" && pr.OptOut && pr.OptOutHow != ""
		}},
		{says: "we suggest the size likely to fit you from your purchases and returns", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").Items, "the size that is likely to fit you")
		}},
		{says: "we send newsletters and offers by email, text message and push notification only with your consent, as the Marketing Act requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.RestsOnConsent() && n.ConsentRequiredBy[0] == eu10SEMarketing && n.ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "you may unsubscribe with the link in every message or in your account settings", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("newsletter").Withdraw, "unsubscribe link")
		}},
		{says: "we may email customers offers of products like those they bought, as the Marketing Act allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			s := p.Purpose("similar")
			return s.OptOut && s.OptOutHow != "" && s.ConsentExemptBy[0] == eu10SESoftOptIn && !s.RestsOnConsent()
		}},
		{says: "with your consent we publish your product ratings and reviews under the name you choose", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").RestsOnConsent()
		}},
		{says: "customer service uses what you tell us to answer your questions and complaints", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "we may ask you to take part in surveys, which you may decline", typed: func(p *policy.Policy) bool {
			s := p.Purpose("surveys")
			return s.OptOut && s.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we check orders, payments and returns for fraud and may stop an order or close a membership that is misused; a person decides, and you may contest it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerNo && s.Contestable() && slices.Contains(s.Targets, policy.SuspensionTargetAccount)
		}},
		{says: "analytics and marketing cookies are set only with your consent, as the Electronic Communications Act requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "marketing").Consent == policy.CookieConsentOptIn &&
				p.Purpose("advertising").ConsentRequiredBy[0] == eu10SECookies
		}},
		{says: "cookies needed for your basket, login and security are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "with your consent, advertising partners and social media such as Google, Meta and TikTok show and measure our ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "advertising").Role == policy.RoleThirdParty && p.Category("tracking").Tracking
		}},
		{says: "companies of the H&M group run IT and customer service for us, some of them in India, on standard contractual clauses, of which our DPO gives a copy", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return recipient(p, "group").Role == policy.RoleProcessor && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "providers of hosting, messages, reviews, surveys and analytics process data for us, those in the US under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to the police and other authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we keep receipts and accounting records for seven years, as the Bookkeeping Act requires", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && r.Obligations[0] == eu10SEBooks && strings.Contains(r.Retention.Law, "seven years")
		}},
		{says: "we keep your purchase history for three years, the time within which you may complain of a fault", typed: func(p *policy.Policy) bool {
			r := p.Category("purchases").Retention
			return r.Period == policy.Years(3) && r.Law == eu10SEConsumerSales
		}},
		{says: "we keep your membership data until you end your membership, and then delete it except what the law or a claim requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return p.Category("member").Retention.Kind == policy.RetentionWhileActive && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object at any time to direct marketing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && p.Purpose("similar").DirectMarketing
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to Integritetsskyddsmyndigheten (IMY)", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.HasPrefix(p.Redress[0].Contact.Name, "Integritetsskyddsmyndigheten")
		}},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "we tell you of material changes to this notice by email or on our website", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "members earn points for bringing their own bag and for handing in old clothes for recycling in store", free: toPurpose("membership")},
		{says: "the membership terms, not this notice, set the rules for points, vouchers and member levels", free: toIntroduction},
	}}
}

// realPolicyEu10Kaufland paraphrases, in our own words and as we recall
// it, the privacy notice of the Kaufland app and the Kaufland Card in
// Germany, as published in 2024-2025: the loyalty programme of the
// hypermarket chain of the Schwarz group, run from Neckarsulm. Members
// register in the app or online, show the digital card in the app (or a
// plastic card) at the till, collect points on their purchases, exchange
// them for vouchers and rewards, and activate coupons. With a separate
// consent, Kaufland analyses the purchases to choose personalised
// coupons and offers; without it members get the same coupons as
// everyone. The app also shows the weekly offers, keeps a shopping list
// and finds the nearest store with the phone's location. Schwarz IT
// hosts the app in Germany. The newsletter needs double opt-in consent
// under § 7 UWG, and analytics and advertising in the app consent under
// § 25 TDDDG. It declares the GDPR, the BDSG and the TDDDG, and names the
// data protection authority of Baden-Württemberg.
func realPolicyEu10Kaufland() realPolicy {
	hq := "Rötelstraße 35, 74172 Neckarsulm, Germany"
	books := "the Commercial Code (HGB, § 257) and the Fiscal Code (AO, § 147), which require accounting records and receipts to be kept for ten years"

	account := &policy.Category{ID: "account", Name: "Account and Kaufland Card data",
		Items: []string{"email address and password", "first name and last name", "date of birth", "postal address, if you give it",
			"your Kaufland Card number, shown in the app as a barcode", "your preferred store"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases made with the Kaufland Card",
		Items:       []string{"the store, date and time of the purchase", "the products you bought, with quantities and prices", "the total, and the coupons and points applied"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you take part in the Kaufland Card, and no longer than needed to credit and check your points")}
	points := &policy.Category{ID: "points", Name: "Points, vouchers and coupons",
		Items:       []string{"the points you collect and redeem", "the vouchers and rewards you exchange them for", "the coupons you activate and redeem"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Shopping profile",
		Items:       []string{"the product groups and brands you buy", "how often and in which stores you shop", "which coupons you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, points}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	list := &policy.Category{ID: "list", Name: "Shopping list and favourites",
		Items:       []string{"the products and offers you put on your shopping list", "the recipes and offers you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventDeletionRequest)}
	location := &policy.Category{ID: "location", Name: "Location",
		Items:       []string{"the location of your phone, when you look for a store"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "App and website usage",
		Items:       []string{"device model and identifier", "operating system and app version", "IP address", "the screens you open and what you tap", "crash reports", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the analysis needs it, and no longer than the consent given for it")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"advertising identifiers", "the ads you see and click", "whether an ad led you to install the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the consent given for it")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your messages to customer service", "what you asked and how we answered"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "as long as needed to answer you, and then until claims about the matter are time-barred", Law: eu8Limitation}}

	stores := &policy.Recipient{ID: "stores", Name: "Kaufland Dienstleistung GmbH & Co. KG, which runs the Kaufland stores in Germany", Role: policy.RoleJointController,
		Categories: []*policy.Category{account, purchases, points}, Country: regionDE,
		Arrangement: "Kaufland Stiftung runs the app and the Kaufland Card and informs you; Kaufland Dienstleistung records your card at the till and redeems your points and coupons."}
	it := &policy.Recipient{ID: "it", Name: "Schwarz IT KG, which runs and hosts the app for us in its data centres in Germany", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, purchases, points, profile, list, usage, service}, Country: regionDE}
	providers := &policy.Recipient{ID: "providers", Name: "providers of emails and push messages, customer service software, analytics and crash reports", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, service}, Country: regionUS}
	rewards := &policy.Recipient{ID: "rewards", Name: "the partners who send the rewards you exchange points for", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, points}, Country: regionDE, Conditional: true, Purpose: "if you choose a reward that is sent to you by post"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads for the app on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement authorities and courts", Role: policy.RoleAuthority, Country: regionDE,
		Categories: []*policy.Category{account, purchases}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	card := &policy.Purpose{ID: "card", Name: "Registering you for the Kaufland Card and running your account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{it},
		Required: "to take part you give an email address, a password, your name and your date of birth; without them you cannot join, but you can still shop at Kaufland"}
	collect := &policy.Purpose{ID: "points", Name: "Recording your purchases, crediting your points and redeeming your points and coupons",
		Categories: []*policy.Category{account, purchases, points}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, it, rewards},
		Required: "your purchases count only when you show your Kaufland Card at the till"}
	personal := &policy.Purpose{ID: "personalisation", Name: "Analysing your purchases to choose personalised coupons and offers for you",
		Categories: []*policy.Category{purchases, points, profile}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentLogged: true, Withdraw: "in the app's settings, after which you get the coupons every member gets", Profiling: true, Recipients: []*policy.Recipient{it}}
	app := &policy.Purpose{ID: "app", Name: "Showing you the weekly offers and keeping your shopping list",
		Categories: []*policy.Category{list, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{it},
		Required: "a shopping list is up to you; the offers are shown without it"}
	nearby := &policy.Purpose{ID: "stores", Name: "Finding the Kaufland stores near you",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "by turning off location access for the app in your phone's settings"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending you our newsletter with offers by email",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{eu7UWGConsent}, Withdraw: "with the unsubscribe link in every email or in the app's settings",
		Recipients: []*policy.Recipient{providers}}
	push := &policy.Purpose{ID: "push", DirectMarketing: true, Name: "Sending you push messages about offers and coupons",
		Categories: []*policy.Category{account, usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in the app's settings or your phone's settings", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how the app is used and finding the causes of crashes",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the privacy settings of the app", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our ads for the app on other websites and apps",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the privacy settings of the app", Recipients: []*policy.Recipient{adPartners}}
	operation := &policy.Purpose{ID: "operation", Name: "Running the app and keeping it secure",
		Categories: []*policy.Category{usage, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "delivering a working app and defending it against attacks", Recipients: []*policy.Recipient{it}}
	misuse := &policy.Purpose{ID: "misuse", Name: "Preventing misuse of points and coupons",
		Categories: []*policy.Category{account, purchases, points}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "stopping points and coupons being collected or redeemed against the terms, such as with several cards for one person",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to customer service"}}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, account, points}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond your membership", Recipients: []*policy.Recipient{providers},
		Required: "we cannot answer a question about your points without your card number"}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{purchases, points}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7HGB, eu7AO}, Recipients: []*policy.Recipient{authorities}, Retention: policy.AsRequiredBy(books)}

	p := &policy.Policy{
		Title: "privacy notice for the Kaufland app and the Kaufland Card",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Kaufland Stiftung & Co. KG", Address: hq, Website: "https://www.kaufland.example"},
			Registration: "a company of the Schwarz group", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data protection officer of Kaufland", Email: "datenschutz@kaufland.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{de2BDSG, de2TDDDG},
		Scope:     []string{"the Kaufland app and the Kaufland Card in Germany"},
		OtherNotices: []policy.Notice{
			{Covers: "the online marketplace kaufland.de, which Kaufland e-commerce runs", URL: "https://www.kaufland.example/datenschutz-marktplatz"},
			{Covers: "the Kaufland stores, including their video surveillance", URL: "https://www.kaufland.example/datenschutz"},
		},
		Categories: []*policy.Category{account, purchases, points, profile, list, location, usage, tracking, service},
		Storage:    []policy.Storage{{Location: regionDE}},
		Purposes:   []*policy.Purpose{card, collect, personal, app, nearby, newsletter, push, analytics, ads, operation, misuse, helping, records},
		Recipients: []*policy.Recipient{stores, it, providers, rewards, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, usage, service},
				Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, points, profile, list, usage},
			Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "the app's own storage for your login and settings", Technology: policy.TechnologyLocalStorage, Party: policy.PartyFirst,
				Purpose: operation, Categories: []*policy.Category{account}, Lifetime: policy.UntilCleared(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and crash reporting SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: providers,
				Purpose: analytics, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising measurement SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners,
				Purpose: ads, Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by writing to our data protection officer"},
			{Kind: policy.RightRectification, How: "in the app or by writing to our data protection officer"},
			{Kind: policy.RightErasure, How: "by deleting your account in the app, or by writing to our data protection officer"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability}, {Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
		},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Deadline: policy.Months(1)},
		Redress:              []policy.Redress{eu7LfDIBW},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://www.kaufland.example/app-datenschutzeinstellungen"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
	}
	return realPolicy{"hypermarket app and loyalty card (Kaufland Card)", p, []statement{
		{says: "Kaufland Stiftung & Co. KG in Neckarsulm runs the app and the Kaufland Card and is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Name == "Kaufland Stiftung & Co. KG"
		}},
		{says: "Kaufland Dienstleistung, which runs the stores, is controller jointly with us for what happens at the till", typed: func(p *policy.Policy) bool {
			s := recipient(p, "stores")
			return s.Role == policy.RoleJointController && strings.Contains(s.Arrangement, "at the till")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the BDSG and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == de2BDSG && p.LegalActs[1] == de2TDDDG
		}},
		{says: "this notice covers the app and the card; the online marketplace and the stores have their own notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "Kaufland Card") && len(p.OtherNotices) == 2
		}},
		{says: "to join you give an email address, a password, your name and your date of birth", typed: func(p *policy.Policy) bool {
			c := p.Purpose("card")
			return c.RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("account").Items, "date of birth") && strings.Contains(c.Required, "cannot join")
		}},
		{says: "you must be 18 to join", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "your Kaufland Card number is shown in the app as a barcode, which you show at the till", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "your Kaufland Card number, shown in the app as a barcode")
		}},
		{says: "when you show your card, we record the store, time, products and prices of the purchase and credit your points", typed: func(p *policy.Policy) bool {
			c := p.Purpose("points")
			return c.Uses(p.Category("purchases")) && strings.Contains(c.Required, "show your Kaufland Card") && slices.Contains(p.Category("purchases").Sources, policy.SourceAutomatic)
		}},
		{says: "you exchange points for vouchers and rewards, and activate coupons in the app", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("points").Items, "the vouchers and rewards you exchange them for") && slices.Contains(p.Category("points").Items, "the coupons you activate and redeem")
		}},
		{says: "rewards sent by post go through partners who send them for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "rewards")
			return r.Conditional && r.Role == policy.RoleProcessor
		}},
		{says: "only with your separate consent do we analyse your purchases to choose personalised coupons and offers", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalisation")
			return pe.RestsOnConsent() && pe.Profiling && pe.ConsentLogged && slices.Contains(p.Category("profile").DerivedFrom, p.Category("purchases"))
		}},
		{says: "without that consent you get the coupons every member gets, and you may withdraw it in the app", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("personalisation").Withdraw, "every member gets")
		}},
		{says: "we delete the shopping profile when you withdraw that consent", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "the app shows the weekly offers and keeps your shopping list and favourites", typed: func(p *policy.Policy) bool {
			return p.Purpose("app").Uses(p.Category("list")) && p.Purpose("app").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "the shopping list stays until you delete it", typed: func(p *policy.Policy) bool {
			return p.Category("list").Retention.From == policy.EventDeletionRequest
		}},
		{says: "the app uses your location to find stores near you only if you allow it in your phone", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("stores").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we send the newsletter only with your consent, confirmed by double opt-in and recorded, as § 7 UWG requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.ConsentMethod == policy.ConsentMethodDoubleOptIn && n.ConsentLogged && n.ConsentRequiredBy[0] == eu7UWGConsent
		}},
		{says: "push messages about offers need your permission, which you may withdraw in the app or the phone's settings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("push")
			return pu.RestsOnConsent() && pu.ConsentMethod == policy.ConsentMethodPlatformPrompt && pu.Withdraw != ""
		}},
		{says: "analytics and crash reporting in the app need your consent under § 25 TDDDG", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("analytics").ConsentRequiredBy[0] == eu7TDDDG
		}},
		{says: "with your consent, advertising partners such as Google and Meta measure our ads for the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "advertising").Role == policy.RoleThirdParty && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "storage in the app needed for your login and settings is set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "necessary").Technology == policy.TechnologyLocalStorage
		}},
		{says: "you may change your privacy choices in the app at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && strings.Contains(p.Purpose("analytics").Withdraw, "privacy settings")
		}},
		{says: "we run the app and keep it secure, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("operation").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Purpose("operation").Interest != ""
		}},
		{says: "we may block a card used against the terms, such as several cards for one person, and you may contest it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("misuse").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contestable()
		}},
		{says: "customer service uses your messages to answer you", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "Schwarz IT runs and hosts the app for us in Germany", typed: func(p *policy.Policy) bool {
			return recipient(p, "it").Role == policy.RoleProcessor && p.Storage[0].Location == regionDE
		}},
		{says: "providers of messages, customer service software and analytics process data for us, those in the US under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to authorities and courts only where the law obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we keep accounting records for ten years, as the HGB and the AO require", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(r.Obligations, eu7HGB) && slices.Contains(r.Obligations, eu7AO)
		}},
		{says: "we keep customer service messages until claims about the matter are time-barred under the Civil Code", typed: func(p *policy.Policy) bool {
			return p.Category("service").Retention.Law == eu8Limitation
		}},
		{says: "when you delete your account we delete your data, and block what the law obliges us to keep until its period ends", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.KeptRestricted && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "the personalised coupons have no legal or similarly significant effect on you, and we take no decisions based solely on automated processing", typed: func(p *policy.Policy) bool {
			return p.NoAutomatedDecisions && p.Purpose("personalisation").Automated == ""
		}},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may delete your account in the app", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightErasure && strings.Contains(r.How, "deleting your account")
			})
		}},
		{says: "you may complain to the data protection authority of Baden-Württemberg, or any other", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu7LfDIBW
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we tell you in the app of material changes to this notice", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "you may also ask for a plastic Kaufland Card at the information desk and link it to your account", free: toPurpose("card")},
		{says: "points not redeemed expire under the terms of the Kaufland Card", free: toPurpose("points")},
	}}
}

// The Spanish and EU acts the Iberia paraphrase cites beyond those of
// realpolicies_eu6_test.go, realpolicies_eu7_test.go and
// realpolicies_eu9_test.go.
var (
	eu10ESPNR = policy.Obligation{Act: "Ley Orgánica 1/2020, de 16 de septiembre, sobre la utilización de los datos del Registro de Nombres de los Pasajeros", Region: regionES}
	eu10API   = policy.Obligation{Act: "Council Directive 2004/82/EC on the obligation of carriers to communicate passenger data", Region: regionEU}
)

// realPolicyEu10Iberia paraphrases, in our own words and as we recall it,
// the privacy policy of Iberia Líneas Aéreas de España for its
// passengers, the users of iberia.com and its app, and the members of
// Iberia Club, as published in 2024-2025: the Madrid airline of the IAG
// group, which sells flights that it, Iberia Express and Air Nostrum
// (Iberia Regional) operate and those of its codeshare, oneworld and
// joint business partners such as American Airlines and British
// Airways; gives advance passenger information and passenger name
// records to the authorities, as Spanish and EU law and the countries it
// flies to require; arranges special assistance and special meals; looks
// after unaccompanied minors; tells passengers of disruptions and
// handles refunds and compensation under Regulation 261/2004; runs
// Iberia Club, whose members collect and spend Avios with Iberia and its
// partners; emails customers offers of similar services as art. 21.2 of
// the LSSI allows and, with consent, personalised offers drawn from a
// profile; records calls to its call centres; and sets analytics and
// advertising cookies only with consent. It declares the GDPR, the
// LOPDGDD and the LSSI and names the AEPD.
func realPolicyEu10Iberia() realPolicy {
	hq := "Calle Martínez Villergas 49, 28027 Madrid, Spain"

	booking := &policy.Category{ID: "booking", Name: "Booking data",
		Items: []string{"the names of the passengers", "email address and phone number", "booking reference, flights, seats, bags and other services",
			"the fare paid", "check-in and boarding status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the travel agency or partner airline you booked through, if you did not book with us", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and then as long as the law requires us to keep records of the sale")}
	documents := &policy.Category{ID: "documents", Name: "Travel documents and advance passenger information",
		Items: []string{"name as in the passport or identity card", "date of birth, sex and nationality", "document type, number, issuing country and expiry",
			"the address at your destination, where the country asks for it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the laws of the countries you fly to or from require, and no longer than needed to carry you")}
	special := &policy.Category{ID: "special", Name: "Special assistance and special meals",
		Items:       []string{"the assistance you need, such as a wheelchair or someone to accompany you", "medical conditions that affect your flight, and medical equipment you bring", "special meals you ask for, which may show your health or religion"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the flight is over and any claim about the assistance is settled")}
	minors := &policy.Category{ID: "minors", Name: "Unaccompanied minors",
		Items:       []string{"the child's name and age", "the names, identity documents and phone numbers of the adults who hand the child over and collect them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the journey is over and any claim about it is settled")}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the card type, the last digits and the expiry date", "the cardholder's name", "the result of the payment and of fraud checks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(eu6SpanishBooks)}
	club := &policy.Category{ID: "club", Name: "Iberia Club membership",
		Items: []string{"your Iberia Club number and level", "name, date of birth, address, email address and phone number", "the Avios and Elite Points you collect and spend, and with which partners",
			"your preferences, such as seat and meal, and your frequent companions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the partners with which you collect Avios, such as airlines, hotels, car rental companies and card issuers", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Your commercial profile",
		Items:       []string{"the routes, classes and times you fly", "how often you travel and how much you spend", "the offers likely to interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, club}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	service := &policy.Category{ID: "service", Name: "Customer service, claims and calls",
		Items:       []string{"your calls, chats and emails with customer service", "recordings of calls", "complaints, refund and compensation claims and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to handle the matter, and then blocked until claims about it are time-barred")}
	online := &policy.Category{ID: "online", Name: "Website and app usage",
		Items:       []string{"IP address", "device, browser and app version", "the flights you search for and the pages you view", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie lasts, as the cookie policy states")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a booking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	border := &policy.Recipient{ID: "border", Name: "the border, immigration, customs and police authorities of Spain and of the countries you fly to or from",
		Role: policy.RoleAuthority, Categories: []*policy.Category{booking, documents},
		Purpose: "because their laws require advance passenger information and passenger name records before a flight"}
	operators := &policy.Recipient{ID: "operators", Name: "Iberia Express and Air Nostrum, which operate flights we sell", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, documents, special, minors}, Country: regionES, Purpose: "to carry you on the flight they operate"}
	partners := &policy.Recipient{ID: "partners", Name: "our codeshare, oneworld and joint business partners, such as American Airlines, British Airways and Finnair", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, documents, special, club}, Purpose: "to carry you on the flights they operate and to credit your Avios and status"}
	airports := &policy.Recipient{ID: "airports", Name: "the airports you fly from and to, and ground handling agents", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, special, minors}, Purpose: "to check you in, board you and give the special assistance that the law makes the airport's task"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, payment}, Purpose: "to take your payment, refund you and screen payments for fraud"}
	clubPartners := &policy.Recipient{ID: "club-partners", Name: "Iberia Club partners, such as hotels, car rental companies and card issuers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{club}, Conditional: true, Purpose: "if you collect or spend Avios with them, to check your membership and credit your Avios"}
	avios := &policy.Recipient{ID: "avios", Name: "Avios Group Limited, which runs Avios for the airlines of IAG", Role: policy.RoleThirdParty, Country: regionGB,
		Categories: []*policy.Category{club}, Purpose: "to let you move Avios between your Iberia Club account and the other Avios programmes"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, call centre, email and text message providers, including IAG GBS, the group's shared services company", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, payment, club, service, online}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and apps and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police, courts and the Spanish aviation safety agency (AESA)", Role: policy.RoleAuthority, Country: regionES,
		Categories: []*policy.Category{booking, payment, service}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and services, and carrying you",
		Categories: []*policy.Category{booking, payment, documents}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{operators, partners, airports, psps, providers},
		Required:   "without the names of the passengers, a contact and a means of payment we cannot sell you a flight"}
	api := &policy.Purpose{ID: "border", Name: "Giving advance passenger information and passenger name records to the authorities",
		Categories: []*policy.Category{booking, documents}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{border},
		Obligations: []policy.Obligation{eu10API, {Act: "Directive (EU) 2016/681 on passenger name record data", Region: regionEU}, eu10ESPNR},
		Required:    "where the law or the destination requires travel document details before a flight, you cannot check in or fly without giving them"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the special assistance and special meals you ask for",
		Categories: []*policy.Category{special, booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{eu7PRM}, Recipients: []*policy.Recipient{airports, operators, partners},
		Withdraw: "by cancelling the request with customer service, after which we cannot arrange the assistance or the meal",
		Required: "asking is up to you; without the details of your needs we cannot arrange the assistance or the meal, and some conditions need a medical form before we can carry you"}
	um := &policy.Purpose{ID: "minors", Name: "Looking after children who travel alone",
		Categories: []*policy.Category{minors, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{airports, operators},
		Required: "we hand a child over only to an adult named in the form, who shows the identity document given"}
	disruption := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes, and handling refunds and compensation",
		Categories: []*policy.Category{booking, service, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7EU261}, Recipients: []*policy.Recipient{providers, psps},
		Required: "if we do not have your own email address or phone number, we cannot tell you of a change to your flight"}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, and recording calls to check and improve our service",
		Categories: []*policy.Category{service, booking, club}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "checking the quality of our service and keeping a record of what was agreed on the phone", Recipients: []*policy.Recipient{providers},
		OptOut: true, OptOutHow: "by telling the agent at the start of the call, or by writing to us instead"}
	clubPurpose := &policy.Purpose{ID: "club", Name: "Running Iberia Club: crediting and redeeming your Avios, your level and its benefits",
		Categories: []*policy.Category{club, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{clubPartners, avios, partners, providers},
		Required: "joining needs your name, date of birth and contact details"}
	similar := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Emailing our customers offers of flights and services like those they bought",
		Categories: []*policy.Category{booking, club}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about flights and services like those they bought", OptOut: true,
		OptOutHow: "with the link in every such email, in your Iberia Club profile or when you book", ConsentExemptBy: []policy.Obligation{eu6LSSISoftOpt},
		Recipients: []*policy.Recipient{providers}}
	profiling := &policy.Purpose{ID: "profile", DirectMarketing: true, Name: "Building a commercial profile to personalise our offers to you",
		Categories: []*policy.Category{profile, booking, club, online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your Iberia Club profile or by writing to our data protection officer", Profiling: true}
	fraud := &policy.Purpose{ID: "fraud", Name: "Screening payments and bookings for fraud",
		Categories: []*policy.Category{payment, booking, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us from fraudulent bookings and payments", Recipients: []*policy.Recipient{psps}}
	operation := &policy.Purpose{ID: "operation", Name: "Running our website and app and keeping them secure",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{payment, booking}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Código de Comercio, art. 30", Region: regionES}, {Act: "Ley 58/2003, General Tributaria, art. 66", Region: regionES}},
		Recipients:  []*policy.Recipient{police}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{booking, service, payment}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "defending ourselves in disputes with passengers, claim agencies and others", Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Iberia Líneas Aéreas de España, S.A. Operadora", Address: hq, Website: "https://www.iberia.example"},
			Registration: "a company of International Airlines Group (IAG)", Country: regionES},
		DPO:     &policy.Contact{Name: "Delegado de Protección de Datos (data protection officer), Iberia", Email: "dpo@iberia.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		URL:        "https://www.iberia.example/privacy",
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{eu6LOPDGDD, eu6LSSI},
		Scope:      []string{"iberia.com, the Iberia app, our call centres and airport desks, and Iberia Club"},
		External:   []policy.ExternalService{policy.ExternalSocialNetworks},
		Categories: []*policy.Category{booking, documents, special, minors, payment, club, profile, service, online, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers hold them."},
		},
		Purposes:   []*policy.Purpose{carriage, api, help, um, disruption, care, clubPurpose, similar, profiling, fraud, operation, analytics, ads, records, claims},
		Recipients: []*policy.Recipient{border, operators, partners, airports, psps, clubPartners, avios, providers, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, documents},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationTravel, Recipient: partners, Categories: []*policy.Category{booking, documents, special, club},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionGB, Recipient: avios, Categories: []*policy.Category{club}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, payment, club, service, online},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{club, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies for booking, login and security", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, ProviderName: "our web analytics provider", Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: gdprRights("by writing to our data protection officer or to our address, with a copy of your identity document"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our data protection officer"},
		Redress:              []policy.Redress{eu9AEPD},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://www.iberia.example/cookies"},
		Children:             policy.Children{ConsentAge: 14},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "dpo@iberia.example"},
	}
	return realPolicy{"airline and loyalty programme (Iberia)", p, []statement{
		{says: "Iberia Líneas Aéreas de España, S.A. Operadora, in Madrid, a company of IAG, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && strings.HasPrefix(p.Controller.Name, "Iberia") && strings.Contains(p.Controller.Registration, "IAG")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the LOPDGDD and the LSSI", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu6LOPDGDD && p.LegalActs[1] == eu6LSSI
		}},
		{says: "this policy covers our website, app, call centres, airport desks and Iberia Club", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "Iberia Club")
		}},
		{says: "we process booking data to sell you flights and carry you, under the contract of carriage", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(p.Purpose("carriage").Required, "cannot sell")
		}},
		{says: "whoever books for others must be entitled to give their data and must tell them of this policy", typed: func(p *policy.Policy) bool {
			return othersGive(p, "booking") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "a travel agency or partner airline that sells you our flight gives us your booking", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "Iberia Express, Air Nostrum and our codeshare and joint business partners carry you on the flights they operate, as controllers in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "operators").Role == policy.RoleThirdParty && recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		{says: "we give advance passenger information and passenger name records to the authorities, as EU and Spanish law require", typed: func(p *policy.Policy) bool {
			b := p.Purpose("border")
			return b.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(b.Obligations, eu10ESPNR) && slices.Contains(b.Obligations, eu10API)
		}},
		{says: "the countries you fly to may require them too, and we send them there because you chose to fly there", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity && t.Recipient == recipient(p, "border")
		}},
		{says: "without the travel document details the law requires you cannot check in", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("border").Required, "cannot check in")
		}},
		{says: "passengers who need special assistance or a special meal tell us what they need, with their explicit consent", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return p.Category("special").Sensitivity == policy.SensitivitySpecial && h.HasBasis(policy.BasisExplicitConsent) && h.Withdraw != ""
		}},
		{says: "the regulation on passengers with reduced mobility makes the airports give the assistance, and we pass them your request", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("assistance").Obligations, eu7PRM) && slices.Contains(p.Purpose("assistance").Recipients, recipient(p, "airports"))
		}},
		{says: "some conditions need a medical form before we can carry you", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("assistance").Required, "medical form")
		}},
		{says: "for a child travelling alone we record the adults who hand the child over and collect them, and hand the child only to them", typed: func(p *policy.Policy) bool {
			return p.Purpose("minors").Uses(p.Category("minors")) && strings.Contains(p.Purpose("minors").Required, "identity document") && othersGive(p, "minors")
		}},
		{says: "we tell you of delays, cancellations and changes, and handle refunds and compensation as Regulation 261/2004 requires", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruption")
			return d.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(d.Obligations, eu7EU261) && d.Required != ""
		}},
		{says: "we record calls to our call centres to check our service, and tell you at the start of the call", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && p.Purpose("service").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "Iberia Club members collect and spend Avios and keep their level under the programme's terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("club").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("club").Uses(p.Category("club"))
		}},
		{says: "partners with which you collect Avios tell us of it, and check your membership when you spend Avios with them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("club").Sources, policy.SourceThirdParty) && recipient(p, "club-partners").Conditional
		}},
		{says: "Avios Group in the UK receives what you need to move Avios between programmes, under the UK's adequacy decision", typed: func(p *policy.Policy) bool {
			return recipient(p, "avios").Country == regionGB && p.Transfers[2].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "children under 14 join Iberia Club, and give any other consent, only with the consent of a parent or guardian, as art. 7 LOPDGDD requires", typed: func(p *policy.Policy) bool {
			return p.Children.ConsentAge == 14
		}},
		{says: "we may email customers offers of flights and services like those they bought, as art. 21.2 LSSI allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && o.OptOutHow != "" && o.ConsentExemptBy[0] == eu6LSSISoftOpt && !o.RestsOnConsent()
		}},
		{says: "only with your consent do we build a commercial profile from your flights and Club activity to personalise our offers", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("profile")
			return pr.Profiling && pr.RestsOnConsent() && slices.Contains(p.Category("profile").DerivedFrom, p.Category("club"))
		}},
		{says: "we keep the profile until you withdraw your consent", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we screen payments and bookings for fraud in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Purpose("fraud").Interest != ""
		}},
		{says: "payment service providers take your payment as controllers in their own right, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "analytics and advertising cookies are set only with your consent, as art. 22.2 LSSI requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentRequiredBy[0] == eu6LSSICookies
		}},
		{says: "technical cookies for booking, login and security are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "technical").StrictlyNecessary
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "providers of IT, hosting, call centres and messages, among them the group's shared services company, process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && strings.Contains(recipient(p, "providers").Name, "IAG GBS")
		}},
		{says: "providers in the US receive data on standard contractual clauses, of which our DPO gives a copy; advertising partners under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].Safeguard == policy.SafeguardStandardClauses && p.Transfers[3].Note != "" && p.Transfers[4].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "partner airlines outside the EU receive your booking because you chose to fly with them", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Recipient == recipient(p, "partners") && p.Transfers[1].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we disclose data to the police, the courts and AESA only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "police").Conditional
		}},
		{says: "we keep records of sales as the Commercial Code and the General Tax Act require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we use what we need to defend our rights in a dispute", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Purpose("claims").Interest != ""
		}},
		{says: "what we must keep after your membership ends we block, as art. 32 LOPDGDD requires, until claims are time-barred", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, object to and restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRectification) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you exercise your rights by writing to our DPO or to our address, with a copy of your identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Agencia Española de Protección de Datos", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0] == eu9AEPD
		}},
		{says: "you must give accurate data and tell us when it changes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy)
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we publish changes on our website, where the current version applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.URL != ""
		}},
		// Free text.
		{says: "if you connect to the Wi-Fi on board, its provider processes your data under its own terms", free: toIntroduction},
		{says: "if you contact us through social networks, their own policies apply to what they collect", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
	}}
}
