package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// uk3PECR names a regulation of the Privacy and Electronic Communications
// (EC Directive) Regulations 2003, as the Data (Use and Access) Act 2025
// amended them, for the Obligations of the policies below.
func uk3PECR(reg string) policy.Obligation {
	return policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. " + reg, Region: regionGB}
}

// uk3Sainsburys paraphrases, in our own words and as we recall it, the
// privacy policy of Sainsbury's Supermarkets Ltd, as published in 2025:
// the supermarket sells in its stores, on its website and in its app,
// delivers groceries and lets customers scan as they shop with SmartShop;
// customers collect and spend Nectar points and get Nectar Prices with a
// Nectar card, and Nectar 360 Ltd, a company of the same group that runs
// the Nectar programme, is a controller of the Nectar account in its own
// right, with its own notice. Sainsbury's personalises offers from what a
// customer buys, emails and texts only those who agreed, as PECR reg. 22
// requires, sets advertising cookies only with consent (reg. 6), and
// records its stores on CCTV and its colleagues' body-worn cameras. It
// declares the UK GDPR and the Data Protection Act 2018; the version we
// recall predates the commencement of the Data (Use and Access) Act
// 2025's changes to the UK GDPR (5 February 2026), and tells a customer
// who is unhappy to write to its Data Protection Officer before the ICO,
// as s. 164A of the 2018 Act now asks.
func uk3Sainsburys() realPolicy {
	gb := regionGB
	contact := &policy.Category{ID: "contact", Name: "Contact and account details",
		Items:       []string{"name", "email address", "phone number", "postal and delivery addresses", "date of birth", "password", "the Nectar card number linked to your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "What you buy",
		Items:       []string{"the products you buy in our stores, online and with SmartShop", "where and when you shop", "how much you spend and how you pay", "the Nectar points you collect and spend", "the Nectar Prices and coupons you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you have a Nectar card or an account with us, and then as long as our accounts and possible claims need it")}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"card type and the last four digits of the card", "billing address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("UK tax and company law")}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery and collection details",
		Items:       []string{"delivery slot and instructions", "substitution preferences", "whether the driver checked your ID for an age-restricted product"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventContractEnd)}
	nectar := &policy.Category{ID: "nectar", Name: "Nectar membership", Items: []string{"whether you are a Nectar member", "your Nectar points balance", "the points you collect with other Nectar partners"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "Nectar 360 Ltd, which runs Nectar", Linked: true,
		Retention: policy.ByCriteria("as long as your Nectar card is linked to your account with us")}
	insight := &policy.Category{ID: "insight", Name: "What we infer about you", Items: []string{"the kinds of products you like", "your likely household and life stage", "how likely you are to respond to an offer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Linked: true,
		Retention: policy.ByCriteria("we work it out afresh from your recent shopping, and delete it when you leave Nectar or close your account")}
	online := &policy.Category{ID: "online", Name: "Website, app and email use",
		Items:       []string{"IP address", "device and advertising identifiers", "pages and products viewed and searches", "whether you opened our emails and clicked their links"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"what you tell our Customer Careline, by phone, chat, email or social media", "recordings of calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV and body-worn camera footage", Items: []string{"images recorded in and around our stores and car parks", "recordings made by our colleagues' body-worn cameras"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(31), From: policy.EventCollection, Criteria: "longer where footage is needed to investigate an incident"}}
	insight.DerivedFrom = []*policy.Category{purchases, online}

	nectar360 := &policy.Recipient{ID: "nectar360", Name: "Nectar 360 Ltd, which runs Nectar", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, purchases}, NoticeURL: "https://www.nectar.example/privacy",
		Purpose: "to add and redeem your points, run your Nectar account and choose your Nectar offers and Nectar Prices, as a controller in its own right"}
	group := &policy.Recipient{ID: "group", Name: "other companies of the Sainsbury's group, such as Argos", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, purchases, service}, Purpose: "to run shared systems and customer services for us"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, payments, deliveries, customer service and mailings", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, purchases, payment, delivery, online, service}}
	media := &policy.Recipient{ID: "media", Name: "social media and advertising platforms", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, online}, Purpose: "to show you our ads and offers on their services, matched on a scrambled email address or on cookies"}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement bodies", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{cctv, purchases, contact}, Purpose: "they ask for footage or records to prevent or detect a crime"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in our stores and online, and delivering your orders or having them ready to collect",
		Categories: []*policy.Category{contact, purchases, payment, delivery}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{suppliers, group},
		Required:   "we need your address, a delivery slot and a means of payment to deliver an order; without them we cannot take it",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckDocument}, MinimumAge: 18}
	points := &policy.Purpose{ID: "nectar", Name: "Letting you collect and spend Nectar points and get Nectar Prices when you shop with us",
		Categories: []*policy.Category{contact, purchases, nectar}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{nectar360},
		Required:   "to get Nectar Prices and points you need to scan a Nectar card or the Nectar app, and without one you pay the standard price", MinimumAge: 16}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising your offers, coupons, Your Nectar Prices and what you see on our website and in our app",
		Categories: []*policy.Category{purchases, insight, online, nectar}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering customers what they are most likely to want and rewarding their loyalty", Profiling: true, OptOut: true}
	digital := &policy.Purpose{ID: "marketing.digital", DirectMarketing: true, Name: "Sending you offers and news by email, text message and app notification",
		Categories: []*policy.Category{contact, insight}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the contact preferences of your account or with the unsubscribe link in every email", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("22")}, Recipients: []*policy.Recipient{suppliers}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Sending you coupons and offers by post",
		Categories: []*policy.Category{contact, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "sending customers offers that suit what they buy", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	audiences := &policy.Purpose{ID: "audiences", DirectMarketing: true, Name: "Showing our ads to you, or to people like you, on social media",
		Categories: []*policy.Category{contact}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "reaching our customers, and people with similar interests, with our offers where they spend time online", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{media}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings of our website or the privacy settings of our app", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{media}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	insights := &policy.Purpose{ID: "insight", Name: "Understanding our customers to decide what to sell, at what price and in which stores",
		Categories: []*policy.Category{purchases, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "running our business well and giving the brands we sell, in aggregate only, insight into how their products sell", Profiling: true}
	help := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{contact, service, purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "resolving customers' questions and complaints, and checking and training our colleagues with recorded calls", Recipients: []*policy.Recipient{suppliers, group},
		Required: "we cannot look into a problem with an order without the order's details"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the misuse of coupons, Nectar points and SmartShop",
		Categories: []*policy.Category{contact, purchases, payment, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and our business from fraud and theft, including by rescanning a sample of SmartShop shops", HumanDecision: true,
		Recipients: []*policy.Recipient{police}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our stores, customers and colleagues safe",
		Categories: []*policy.Category{cctv}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "preventing and detecting crime and protecting our colleagues from violence and abuse", Recipients: []*policy.Recipient{police}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Telling you about a product recall",
		Categories: []*policy.Category{contact, purchases}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the General Product Safety Regulations 2005 and the Food Safety Act 1990", Region: gb}}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping our accounts and meeting our other legal obligations",
		Categories: []*policy.Category{payment, purchases}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{police},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006 and the Value Added Tax Act 1994", Region: gb}}}

	p := &policy.Policy{
		Title: "Sainsbury's privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Sainsbury's Supermarkets Ltd", Address: "33 Holborn, London EC1N 2HT"},
			Country: gb, Registration: "registered in England and Wales under company number 03261722"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "privacy@sainsburys.example", Address: "33 Holborn, London EC1N 2HT"},
		Version: "2025", Effective: policy.MakeDate(2025, time.April, 1), Updated: policy.MakeDate(2025, time.April, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"Sainsbury's stores, sainsburys.co.uk, Sainsbury's groceries online, the Sainsbury's app and SmartShop"},
		OtherNotices: []policy.Notice{{Covers: "the Nectar programme, which Nectar 360 Ltd runs", URL: "https://www.nectar.example/privacy"},
			{Covers: "Argos customers", URL: "https://www.argos.example/help/privacy"}, {Covers: "Sainsbury's Bank customers", URL: "https://www.sainsburysbank.example/privacy"},
			{Covers: "our colleagues and job applicants"}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{contact, purchases, payment, delivery, nectar, insight, online, service, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment providers hold it."},
		},
		Purposes:   []*policy.Purpose{orders, points, personalise, digital, post, audiences, ads, analytics, insights, help, fraud, safety, recalls, legal},
		Recipients: []*policy.Recipient{nectar360, group, suppliers, media, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionIN, Recipient: suppliers, Categories: []*policy.Category{contact, purchases, service}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "Write to our Data Protection Officer for a copy of the safeguards."},
			{Origin: gb, Destination: regionUS, Recipient: media, Categories: []*policy.Category{contact, online}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "Write to our Data Protection Officer for a copy of the safeguards."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "The brands we sell receive insight into how their products sell, in aggregate only."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: media, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightControllerComplaint, How: "by writing to our Data Protection Officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are taken to the PCI DSS standard."}},
		Links:   policy.Links{CookieSettings: "https://www.sainsburys.example/cookie-settings"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact: policy.Contact{Name: "Customer Careline", Phone: "0800 636 262", Email: "privacy@sainsburys.example"},
	}
	return realPolicy{"supermarket with the Nectar loyalty programme (Sainsbury's)", p, []statement{
		{says: "Sainsbury's Supermarkets Ltd, at 33 Holborn in London and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Sainsbury's Supermarkets Ltd" && p.Controller.Country == regionGB && strings.Contains(p.Controller.Registration, "England")
		}},
		{says: "our Data Protection Officer can be written to by email or at our Holborn address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "this policy covers our stores, website, groceries online, the app and SmartShop", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "SmartShop")
		}},
		{says: "Nectar 360 Ltd runs Nectar and explains its own use of Nectar data in its own notice", typed: func(p *policy.Policy) bool {
			r := recipient(p, "nectar360")
			return r.Role == policy.RoleThirdParty && r.NoticeURL != "" && p.OtherNotices[0].URL == r.NoticeURL
		}},
		{says: "Argos, Sainsbury's Bank and our colleagues have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 4 }},
		{says: "when you open an account we collect your name, contact details, addresses and date of birth", typed: func(p *policy.Policy) bool {
			c := p.Category("contact")
			return slices.Contains(c.Items, "date of birth") && slices.Contains(c.Sources, policy.SourceUser)
		}},
		{says: "we record what you buy, where and when, in store, online and with SmartShop", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "where and when you shop") && slices.Contains(p.Category("purchases").Sources, policy.SourceAutomatic)
		}},
		{says: "we record the Nectar points, Nectar Prices and coupons you use", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "the Nectar Prices and coupons you use")
		}},
		{says: "we do not hold your full card number; our payment providers do", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "Nectar 360 tells us whether you are a member and about the points you collect with other partners", typed: func(p *policy.Policy) bool {
			c := p.Category("nectar")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Nectar 360")
		}},
		{says: "we work out from your shopping and browsing what you are likely to like", typed: func(p *policy.Policy) bool {
			c := p.Category("insight")
			return slices.Contains(c.Sources, policy.SourceDerived) && len(c.DerivedFrom) == 2
		}},
		{says: "we collect how you use our website, app and emails, with cookies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("online").Items, "whether you opened our emails and clicked their links") && p.Category("online").Tracking
		}},
		{says: "we sell to you and deliver your orders under our contract with you, and need your address and payment to deliver", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").HasBasis(policy.BasisContract) && p.Purpose("orders").Required != ""
		}},
		{says: "our drivers check the ID of anyone who looks under 25 before handing over alcohol and other age-restricted products", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckDocument})
		}},
		{says: "you must be 18 or over to shop online with us", typed: func(p *policy.Policy) bool { return p.Purpose("orders").MinimumAge == 18 }},
		{says: "when you scan your Nectar card we pass your basket to Nectar 360 so that you get your points and Nectar Prices", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("nectar")
			return slices.Contains(pu.Recipients, recipient(p, "nectar360")) && pu.Uses(p.Category("purchases"))
		}},
		{says: "without a Nectar card you pay the standard price and collect no points", typed: func(p *policy.Policy) bool { return p.Purpose("nectar").Required != "" }},
		{says: "you must be 16 or over to join Nectar", typed: func(p *policy.Policy) bool { return p.Purpose("nectar").MinimumAge == 16 }},
		{says: "we personalise your offers, coupons and Your Nectar Prices in our legitimate interests, and you can ask us to stop", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.OptOut && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && pu.Interest != ""
		}},
		{says: "we email and text you offers only if you agreed, as PECR requires, and you can withdraw in your account or by unsubscribing", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing.digital")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 1 && strings.HasSuffix(pu.ConsentRequiredBy[0].Act, "reg. 22") && pu.Withdraw != ""
		}},
		{says: "we post coupons and offers unless you ask us not to", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.post").OptOut && p.Purpose("marketing.post").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we share a scrambled email address with social media platforms to show our ads to you or people like you, and you can opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("audiences")
			return pu.OptOut && pu.DirectMarketing && strings.Contains(recipient(p, "media").Purpose, "scrambled")
		}},
		{says: "advertising cookies and pixels are set only with your consent, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Consent == policy.CookieConsentOptIn && c.Technology == policy.TechnologyPixel && p.Purpose("advertising").RestsOnConsent() && p.Links.CookieSettings != ""
		}},
		{says: "analytics cookies too need your consent, and strictly necessary cookies do not", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we analyse shopping to decide what to stock, what to charge and how to run our stores", typed: func(p *policy.Policy) bool {
			return p.Purpose("insight").Interest != "" && p.Purpose("insight").Uses(p.Category("purchases"))
		}},
		{says: "brands receive insight into how their products sell in aggregate only", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && hasDisclosure(p, policy.DisclosureAggregate).Note != ""
		}},
		{says: "our Customer Careline records calls to check and train colleagues, and tells you so", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && strings.Contains(p.Purpose("service").Interest, "recorded calls")
		}},
		{says: "we use data to prevent fraud and the misuse of coupons, points and SmartShop, and rescan a sample of SmartShop shops", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("fraud").Interest, "SmartShop") && p.Purpose("fraud").Uses(p.Category("payment"))
		}},
		{says: "a colleague, not an automated system, decides what happens after a rescan", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").HumanDecision }},
		{says: "CCTV and body-worn cameras protect our stores and colleagues", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Interest != "" && slices.Contains(p.Category("cctv").Items, "recordings made by our colleagues' body-worn cameras")
		}},
		{says: "we keep CCTV footage for about a month, longer if an incident needs it", typed: func(p *policy.Policy) bool {
			r := p.Category("cctv").Retention
			return r.Period == policy.Days(31) && r.Criteria != ""
		}},
		{says: "we give footage and records to the police when they ask for them to prevent or detect crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Conditional && recipient(p, "police").Role == policy.RoleAuthority
		}},
		{says: "we contact you if a product you bought is recalled, as product safety law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("recalls").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we keep records that tax and company law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "other Sainsbury's group companies, such as Argos, run shared systems and customer services for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "group").Purpose != ""
		}},
		{says: "service providers for IT, payments, deliveries and mailings process data on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "some service providers are in India and the US, under the UK's transfer safeguards, a copy of which our DPO can give you", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Destination == regionIN && p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[1].Note != ""
		}},
		{says: "if we sell part of our business, data may pass to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep your account details while you have an account", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we may ask for proof of identity and answer within a month, or three for complex requests", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "if you are unhappy with how we use your data, tell our Data Protection Officer; you may also complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we make no decision with legal or similar effect about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption, access controls, trained colleagues and PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we tell you of significant changes to this policy by email or on our website", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Equal(p.Changes.Notify, []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage})
		}},
		// Free text.
		{says: "SmartShop handsets and the app record the items you scan as you shop, and a rescan may check some of them at the till", free: toPurpose("fraud")},
	}}
}

// uk3Rightmove paraphrases, in our own words and as we recall it, the
// privacy policy of Rightmove, as published in 2025: Rightmove Group
// Limited in Milton Keynes runs the UK's largest property portal, on which
// people search for homes to buy or rent, save properties and searches,
// get property alerts, and send enquiries and viewing or valuation
// requests to the estate agents, letting agents and developers who
// advertise with it; each agent is a controller of what it receives. It
// recommends properties from a user's searches, shows advertising with
// consent under PECR reg. 6, and sends marketing email with consent
// under reg. 22. It declares the UK GDPR and the Data Protection Act 2018,
// and, as we recall it, predates the commencement of the Data (Use and
// Access) Act 2025's changes.
func uk3Rightmove() realPolicy {
	gb := regionGB
	account := &policy.Category{ID: "account", Name: "My Rightmove account", Items: []string{"name", "email address", "password", "phone number, if you add it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	searches := &policy.Category{ID: "searches", Name: "Your searches and saved properties",
		Items:       []string{"the places and filters you search with, such as price and number of bedrooms", "properties you view, save or hide", "saved searches and property alerts", "notes you add to saved properties"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	enquiries := &policy.Category{ID: "enquiries", Name: "Enquiries you send through Rightmove",
		Items:       []string{"name, email address and phone number", "postcode", "your message and any viewing request", "your position, such as a first-time buyer, having a property to sell or needing a mortgage"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	valuation := &policy.Category{ID: "valuation", Name: "Valuation requests", Items: []string{"the address of your property", "whether you want to sell or let it, and when", "your name and contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's location, if you allow the app to use it to search near you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "Device and usage information",
		Items:       []string{"IP address", "device and advertising identifiers", "browser and app version", "pages viewed and clicks", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Messages to us and research answers", Items: []string{"what you tell our customer support team", "reports of suspicious listings", "answers to surveys and research"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved)}
	interests := &policy.Category{ID: "interests", Name: "What we infer about your move", Items: []string{"the areas and kinds of property you are likely to want", "whether you are likely to be buying, renting or selling, and how soon"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{searches, enquiries}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	agents := &policy.Recipient{ID: "agents", Name: "the estate agents, letting agents and developers you contact", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{enquiries, valuation},
		Purpose:    "to answer your enquiry, arrange a viewing or value your property; each agent is a controller of what you send it and has its own privacy notice"}
	partners := &policy.Recipient{ID: "partners", Name: "partners who provide mortgages, conveyancing, removals and other moving services", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{enquiries}, Conditional: true, Purpose: "you ask us to put you in touch with them for a quote or a mortgage in principle"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, email, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, searches, enquiries, valuation, device, support}}
	advertisers := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show you ads on Rightmove and elsewhere and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, regulators and other public authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{account, enquiries, device}, Purpose: "the law requires it or it is needed to prevent or detect crime, such as rental fraud"}

	accounts := &policy.Purpose{ID: "account", Name: "Running your My Rightmove account: saved properties, saved searches and notes",
		Categories: []*policy.Category{account, searches}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required:        "you need an email address and a password to create an account; you can search without one, but not save anything",
		ServiceMessages: true}
	search := &policy.Purpose{ID: "search", Name: "Showing you properties for your searches, including near where you are",
		Categories: []*policy.Category{searches, location, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "running a property search that works for everyone who visits, signed in or not", Recipients: []*policy.Recipient{providers}}
	alerts := &policy.Purpose{ID: "alerts", Name: "Sending you the property alerts you set up",
		Categories: []*policy.Category{account, searches}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}, OptOut: true}
	enquire := &policy.Purpose{ID: "enquiries", Name: "Sending your enquiries and viewing requests to agents and developers",
		Categories: []*policy.Category{enquiries}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents, providers},
		Required: "the agent needs your name and an email address or phone number to answer you; without them we cannot send your enquiry"}
	value := &policy.Purpose{ID: "valuation", Name: "Sending your valuation request to the local agents you choose",
		Categories: []*policy.Category{valuation}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents},
		Required: "agents need the address of the property and a way to contact you to value it"}
	moving := &policy.Purpose{ID: "moving", Name: "Putting you in touch with partners for mortgages and moving services",
		Categories: []*policy.Category{enquiries}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending properties and content that suit your move",
		Categories: []*policy.Category{searches, interests}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping you find a home by showing you the properties you are most likely to be interested in", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you newsletters, tips and offers by email and app notification",
		Categories: []*policy.Category{account, interests}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in the email preferences of My Rightmove or with the unsubscribe link in every email", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("22")}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you advertising on Rightmove and other websites",
		Categories: []*policy.Category{device}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings of the website or the privacy settings of the app", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{advertisers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how people use Rightmove and improving it",
		Categories: []*policy.Category{device, searches}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{providers}}
	research := &policy.Purpose{ID: "research", Name: "Asking for your views in surveys and research",
		Categories: []*policy.Category{account, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "understanding what home movers need from us", OptOut: true, Recipients: []*policy.Recipient{providers}}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{account, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping the people who use Rightmove and looking into what they report", Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping Rightmove safe: finding fake listings, scams and misuse",
		Categories: []*policy.Category{account, enquiries, device, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting home hunters from fraud, such as fake rental listings, and keeping the site secure", Recipients: []*policy.Recipient{authorities},
		HumanDecision: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal obligations",
		Categories: []*policy.Category{account, enquiries}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006", Region: gb}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Rightmove Group Limited",
			Address: "2 Caldecotte Lake Business Park, Caldecotte Lake Drive, Caldecotte, Milton Keynes MK7 8LE"},
			Country: gb, Registration: "registered in England and Wales"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@rightmove.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"the Rightmove website and apps"},
		OtherNotices: []policy.Notice{{Covers: "estate agents, letting agents, developers and other businesses that advertise with us, and their staff",
			URL: "https://www.rightmove.example/this-site/privacy-policy-for-businesses"}, {Covers: "job applicants", URL: "https://careers.rightmove.example/privacy"}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, searches, enquiries, valuation, location, device, support, interests},
		Purposes:    []*policy.Purpose{accounts, search, alerts, enquire, value, moving, personalise, marketing, ads, analytics, research, help, safety, legal},
		Recipients:  []*policy.Recipient{agents, partners, providers, advertisers, authorities},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, searches, enquiries, valuation, device, support},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy of the safeguards."},
			{Origin: gb, Destination: regionUS, Recipient: advertisers, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Agents see how their listings perform, and we produce market insight and statistics, in aggregate only."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: advertisers, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in My Rightmove or by emailing our Data Protection Officer"),
			policy.Right{Kind: policy.RightControllerComplaint, How: "by emailing our Data Protection Officer"}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureAudits, Description: "We test our security regularly."}},
		Links:   policy.Links{CookieSettings: "https://www.rightmove.example/cookie-settings"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact: policy.Contact{Email: "dpo@rightmove.example"},
	}
	return realPolicy{"property portal (Rightmove)", p, []statement{
		{says: "Rightmove Group Limited in Milton Keynes, registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Rightmove Group Limited" && strings.Contains(p.Controller.Address, "Milton Keynes") && p.Controller.Registration != ""
		}},
		{says: "our Data Protection Officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "this policy is for people who use Rightmove to find or sell a home; businesses that advertise with us have their own notice", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.OtherNotices[0].Covers, "estate agents")
		}},
		{says: "a My Rightmove account holds your name, email address and password", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "password") && slices.Contains(p.Category("account").Sources, policy.SourceUser)
		}},
		{says: "you can search without an account, but need one to save properties and searches", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && p.Purpose("account").HasBasis(policy.BasisContract)
		}},
		{says: "we record your searches, the properties you view, save or hide, and your alerts and notes", typed: func(p *policy.Policy) bool {
			return len(p.Category("searches").Items) == 4 && slices.Contains(p.Category("searches").Sources, policy.SourceAutomatic)
		}},
		{says: "if you allow it, the app uses your device's location to search near you", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("search").Uses(p.Category("location"))
		}},
		{says: "we show search results in our legitimate interest in a property search that works for every visitor", typed: func(p *policy.Policy) bool {
			return p.Purpose("search").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && p.Purpose("search").Interest != ""
		}},
		{says: "we send you the property alerts you set up", typed: func(p *policy.Policy) bool {
			return p.Purpose("alerts").HasBasis(policy.BasisContract) && p.Purpose("alerts").Uses(p.Category("searches"))
		}},
		{says: "you can change or stop your alerts at any time, in My Rightmove or from the link in each alert", typed: func(p *policy.Policy) bool {
			return p.Purpose("alerts").OptOut
		}},
		{says: "you can delete your account yourself in My Rightmove", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightErasure && strings.Contains(r.How, "My Rightmove")
			})
		}},
		{says: "when you enquire about a property we send your name, contact details, message and position to the agent or developer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("enquiries").Recipients, recipient(p, "agents")) && len(p.Category("enquiries").Items) == 4
		}},
		{says: "the agent needs your name and a way to contact you, or we cannot send your enquiry", typed: func(p *policy.Policy) bool { return p.Purpose("enquiries").Required != "" }},
		{says: "each agent is a controller of what you send it, under its own privacy notice", typed: func(p *policy.Policy) bool {
			r := recipient(p, "agents")
			return r.Role == policy.RoleThirdParty && strings.Contains(r.Purpose, "own privacy notice")
		}},
		{says: "if you ask for a valuation, we send the property's address and your details to the local agents you choose", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("valuation").Recipients, recipient(p, "agents")) && p.Purpose("valuation").Required != ""
		}},
		{says: "if you ask, we put you in touch with partners for mortgages, conveyancing and removals", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && slices.Contains(p.Purpose("moving").Recipients, recipient(p, "partners"))
		}},
		{says: "we work out from your searches and enquiries what you are looking for and recommend properties, which you can ask us to stop", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.OptOut && slices.Contains(p.Category("interests").Sources, policy.SourceDerived)
		}},
		{says: "we send newsletters and offers only with your consent, which you can withdraw in My Rightmove or by unsubscribing", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.RestsOnConsent() && pu.Withdraw != "" && len(pu.ConsentRequiredBy) == 1
		}},
		{says: "with your consent, advertising partners such as Google set cookies to show and measure ads", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Party == policy.PartyThird && c.Provider == recipient(p, "advertising") && c.Consent == policy.CookieConsentOptIn && p.Purpose("advertising").RestsOnConsent()
		}},
		{says: "analytics cookies are set only with your consent, and strictly necessary cookies always", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you can change your cookie choices at any time in the cookie settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "we ask for your views in surveys, which you can decline", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").OptOut && p.Purpose("research").Uses(p.Category("support"))
		}},
		{says: "we answer your questions and look into listings you report", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").Items, "reports of suspicious listings") && p.Purpose("support").Interest != ""
		}},
		{says: "we look for fake listings and scams, such as rental fraud, to protect home hunters", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("safety").Interest, "fraud") && p.Purpose("safety").HumanDecision
		}},
		{says: "we give data to the police and authorities where the law requires or to prevent crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may share data to protect our users and Rightmove from fraud and harm", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureProtection) != nil }},
		{says: "agents see how their listings perform, and our market insight uses aggregated data only", typed: func(p *policy.Policy) bool {
			return strings.Contains(hasDisclosure(p, policy.DisclosureAggregate).Note, "market insight")
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "service providers host our services and send our emails on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are in the US; we use the UK's transfer safeguards, a copy of which you can ask for, or the UK extension of the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[0].Note != "" &&
				p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "if Rightmove is sold or merges, data passes to the new owner", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep your account details until you close your account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we keep enquiries and valuation requests for two years", typed: func(p *policy.Policy) bool {
			return p.Category("enquiries").Retention.Period == policy.Years(2) && p.Category("valuation").Retention.Period == policy.Years(2)
		}},
		{says: "we keep device and usage data for thirteen months", typed: func(p *policy.Policy) bool {
			return p.Category("device").Retention.Period == policy.Months(13)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you can object to our recommendations and research at any time", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && p.Purpose("personalise").OptOut
		}},
		{says: "we answer requests within a month and check that the request comes from you", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && len(p.Requests.Verification) == 2
		}},
		{says: "please tell our Data Protection Officer first if you are unhappy, and you may complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we make no decisions with legal or similar effect about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption, access controls and regular security testing", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "we post changes to this policy on this page", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Changes.Notify, []policy.Channel{policy.ChannelHomePage})
		}},
		// Free text.
		{says: "agents and developers may contact you about your enquiry by phone or email, and you should ask them directly to stop", free: toPurpose("enquiries")},
		{says: "we send you service emails, such as to confirm your account or reset your password, which are not marketing and which you cannot turn off while you have an account", typed: func(p *policy.Policy) bool {
			a := p.Purpose("account")
			return a.ServiceMessages && !a.DirectMarketing && !a.OptOut
		}},
	}}
}

// uk3Sky paraphrases, in our own words and as we recall it, the privacy
// notice of Sky UK Limited, as published in 2025: Sky sells pay TV (Sky
// Q, Sky Glass, Sky Stream, Sky Go), broadband, home phone and, on a
// partner's mobile network, Sky Mobile, some of them on credit it grants
// itself as a lender authorised by the Financial Conduct Authority. It
// checks identity and credit with the credit reference and fraud
// prevention agencies, scores applications automatically, records what
// its boxes are used to watch to recommend programmes and, with Sky
// AdSmart, to choose which advertisements a household sees, offers its
// customers products under the soft opt-in of PECR reg. 22(3), records
// extra support needs as Ofcom's General Conditions ask, routes
// emergency calls with the caller's location, and keeps and discloses
// communications data under the Investigatory Powers Act 2016. Sky is
// part of the Comcast group. It declares the UK GDPR and the Data
// Protection Act 2018; the version we recall predates the commencement
// of the Data (Use and Access) Act 2025's changes to Art. 22 (5 February
// 2026), so its credit decisions are judged under Art. 22 as it stood.
func uk3Sky() realPolicy {
	gb := regionGB
	conditions := "Ofcom's General Conditions of Entitlement under the Communications Act 2003"
	contact := &policy.Category{ID: "contact", Name: "Identity and contact details",
		Items:       []string{"name", "home and billing addresses, and previous addresses", "email address and phone numbers", "date of birth", "your Sky iD and password", "security questions and PIN"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(6))}
	account := &policy.Category{ID: "account", Name: "Account and billing information",
		Items:       []string{"the products and services you have", "bills, payments and Direct Debit details", "credit agreements for your devices", "arrears and debts", "your Sky VIP status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(6), From: policy.EventAccountClosure,
			Criteria: "the six years in which a claim may be brought, which tax law also asks us to keep records for"}}
	credit := &policy.Category{ID: "credit", Name: "Credit and fraud checks", Items: []string{"credit history and score", "county court judgments and insolvencies", "fraud markers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "the credit reference agencies Experian, Equifax and TransUnion, and fraud prevention agencies such as Cifas", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(6))}
	viewing := &policy.Category{ID: "viewing", Name: "What you watch",
		Items:       []string{"channels, programmes and apps watched on your Sky box, Sky Glass or Sky Stream and in Sky Go", "recordings and downloads", "Sky Store rentals and purchases", "searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention: policy.ByCriteria("as long as it helps us recommend programmes and run the service, and then in a form that no longer identifies your household")}
	voice := &policy.Category{ID: "voice", Name: "Voice commands", Items: []string{"what you say to your Sky remote or to Sky Glass after pressing the voice button or saying “Hello Sky”", "the text of the command"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceUntilActivated, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry out the command and improve how we understand speech")}
	traffic := &policy.Category{ID: "traffic", Name: "Communications data",
		Items: []string{"numbers you call and that call you, with the date, time and length of calls", "texts sent and received, without their content", "data used and the IP addresses your connection is given",
			"the mobile mast your phone uses, and so its approximate location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to carry and bill your calls and data, and longer where a notice under the Investigatory Powers Act 2016 requires us to retain it")}
	hub := &policy.Category{ID: "hub", Name: "Home network information", Items: []string{"how your Sky Hub and broadband line are performing", "the names and kinds of devices connected to your Sky Hub"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(12), policy.EventCollection)}
	household := &policy.Category{ID: "household", Name: "Household profile for Sky AdSmart",
		Items:       []string{"the kind of household you live in, such as its size and whether it has children", "its likely age group and interests", "the area you live in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "data companies such as Experian", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Extra support needs", Items: []string{"health conditions and disabilities you tell us about", "accessibility needs, such as large-print bills", "circumstances such as bereavement or money worries"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	calls := &policy.Category{ID: "calls", Name: "Contacts with us", Items: []string{"calls, chats, messages and emails with us", "recordings of calls", "engineers' notes from visits to your home", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address", "device and advertising identifiers", "pages viewed and actions taken", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	directory := &policy.Category{ID: "directory", Name: "Directory listing", Items: []string{"name", "address", "home phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityOptional, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}
	household.DerivedFrom = []*policy.Category{contact, viewing, account}

	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies (Experian, Equifax and TransUnion)", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, account, credit}, Purpose: "to check your identity and credit, and to record how you pay",
		NoticeURL: "https://www.experian.co.uk/crain", Retention: policy.Years(6)}
	fpas := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies such as Cifas", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, credit}, Purpose: "to prevent fraud and money laundering and verify your identity", Retention: policy.Years(6)}
	comcast := &policy.Recipient{ID: "comcast", Name: "Comcast and other companies of the Sky group", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, account, viewing, calls}, Purpose: "to run shared technology, platforms and services for us"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers, such as installers, contact centres, delivery companies and IT providers", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, account, hub, calls, online}}
	network := &policy.Recipient{ID: "network", Name: "the mobile network partner whose network Sky Mobile uses", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, traffic}, Purpose: "to carry your calls, texts and data for us"}
	operators := &policy.Recipient{ID: "operators", Name: "other telecoms operators", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{traffic}, Purpose: "to connect your calls, move your number when you switch, and serve you when you roam"}
	emergency := &policy.Recipient{ID: "emergency", Name: "the emergency services", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{contact, traffic}, Purpose: "to find you when you call 999 or 112"}
	directories := &policy.Recipient{ID: "directories", Name: "phone book publishers and directory enquiry services", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{directory}, Purpose: "to list you, if you ask us to"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleThirdParty, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, account}, Purpose: "you do not pay what you owe and do not agree a way to pay it with us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show you Sky ads on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, security and intelligence agencies, Ofcom and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, account, traffic}, Purpose: "the law requires it, such as under a warrant or authorisation under the Investigatory Powers Act 2016"}

	services := &policy.Purpose{ID: "services", Name: "Providing, installing and fixing your TV, broadband, phone and mobile services",
		Categories: []*policy.Category{contact, account, traffic, hub, viewing}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{comcast, suppliers, network, operators},
		Required:   "we need your name, address, date of birth and contact details to give you our services; without them we cannot"}
	billing := &policy.Purpose{ID: "billing", Name: "Billing you and collecting what you owe",
		Categories: []*policy.Category{contact, account, traffic}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers, collectors}}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your identity and credit before we supply you or lend to you, and recording how you pay",
		Categories:  []*policy.Category{contact, account, credit},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "making sure our customers are who they say they are and can pay, and helping the industry lend responsibly",
		Obligations: []policy.Obligation{{Act: "the Financial Conduct Authority's Consumer Credit sourcebook (CONC 5.2A), under the Financial Services and Markets Act 2000", Region: gb}},
		Recipients:  []*policy.Recipient{cras},
		Automated:   "our systems score your application from your credit file and what you tell us, and decide whether to accept it, how much credit to give and whether to ask for a deposit"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting fraud, including SIM swaps and phone number takeovers",
		Categories: []*policy.Category{contact, account, credit, traffic}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting you and Sky from fraud, such as someone else opening an account or taking over your number in your name", Recipients: []*policy.Recipient{fpas}}
	networkOps := &policy.Purpose{ID: "network", Name: "Running, protecting and planning our networks",
		Categories: []*policy.Category{traffic, hub}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping our networks secure and reliable, managing traffic and planning where to invest", Recipients: []*policy.Recipient{network}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending programmes from what you watch",
		Categories: []*policy.Category{viewing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping you find programmes you will like", Profiling: true, OptOut: true, Recipients: []*policy.Recipient{comcast}}
	adsmart := &policy.Purpose{ID: "adsmart", DirectMarketing: true, Name: "Choosing which TV advertisements your household sees with Sky AdSmart",
		Categories: []*policy.Category{household, viewing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing households advertisements that are more relevant to them, which lets advertisers of all sizes advertise on TV", Profiling: true, OptOut: true}
	voiceControl := &policy.Purpose{ID: "voice", Name: "Carrying out your voice commands",
		Categories: []*policy.Category{voice}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{comcast},
		Required: "voice control is up to you; you can use the buttons of your remote instead"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling our customers about Sky products, offers and rewards by email and text message",
		Categories: []*policy.Category{contact, account, viewing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already have", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{uk3PECR("22(3)")}, Recipients: []*policy.Recipient{suppliers}}
	calling := &policy.Purpose{ID: "marketing.calls", DirectMarketing: true, Name: "Telling our customers about Sky products and offers by phone and post",
		Categories: []*policy.Category{contact, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already have", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you Sky ads on other websites and apps",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings on sky.com or the privacy settings of our apps", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	extraHelp := &policy.Purpose{ID: "support", Name: "Giving you extra support where you need it",
		Categories: []*policy.Category{support, contact}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{{Act: conditions + ", condition C5 (measures for end-users who are vulnerable)", Region: gb}},
		Withdraw:    "by asking us to remove it from your account", Recipients: []*policy.Recipient{suppliers},
		Required: "telling us is up to you; if you do not, we cannot adapt our service to your needs"}
	calls999 := &policy.Purpose{ID: "emergency", Name: "Connecting emergency calls and telling the emergency services where you are",
		Categories: []*policy.Category{contact, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{emergency},
		Obligations: []policy.Obligation{{Act: conditions + ", condition A3 (emergency call access and caller location information)", Region: gb}}}
	listing := &policy.Purpose{ID: "directory", Name: "Listing you in phone books and directory enquiries, if you ask",
		Categories: []*policy.Category{directory}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking us to take you out of the directories", ConsentRequiredBy: []policy.Obligation{uk3PECR("18")}, Recipients: []*policy.Recipient{directories}}
	service := &policy.Purpose{ID: "service", Name: "Answering your calls and complaints, and training our people",
		Categories: []*policy.Category{contact, account, calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "resolving customers' questions and complaints and checking and improving the quality of our service", Recipients: []*policy.Recipient{suppliers}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Retaining and disclosing communications data where the law requires",
		Categories: []*policy.Category{contact, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Investigatory Powers Act 2016", Region: gb}}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and meeting our regulators' rules",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006, the Value Added Tax Act 1994 and " + conditions, Region: gb}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Sky UK Limited", Address: "Grant Way, Isleworth, Middlesex TW7 5QD"},
			Country: gb, Registration: "registered in England and Wales under company number 02906991, and authorised and regulated by the Financial Conduct Authority for consumer credit"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@sky.example", Address: "Grant Way, Isleworth, Middlesex TW7 5QD"},
		Version: "2025", Effective: policy.MakeDate(2025, time.June, 1), Updated: policy.MakeDate(2025, time.June, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"Sky TV, Sky Broadband, Sky Talk and Sky Mobile, sky.com, the Sky apps and Sky Glass and Sky Stream in the UK"},
		OtherNotices: []policy.Notice{{Covers: "customers in the Republic of Ireland", URL: "https://www.sky.example/ie/privacy"},
			{Covers: "NOW customers", URL: "https://www.nowtv.example/privacy"}, {Covers: "our employees and job applicants"}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{contact, account, credit, viewing, voice, traffic, hub, household, support, calls, online, directory},
		NotCollected: []policy.Exclusion{
			{ID: "content", Name: "the content of your calls and texts, or what you do on the websites you visit", Category: traffic,
				Note: "Our networks carry them without our recording them, unless a warrant under the Investigatory Powers Act 2016 requires it."},
		},
		Purposes:   []*policy.Purpose{services, billing, creditCheck, fraud, networkOps, recommend, adsmart, voiceControl, marketing, calling, ads, extraHelp, calls999, listing, service, lawful, records},
		Recipients: []*policy.Recipient{cras, fpas, comcast, suppliers, network, operators, emergency, directories, collectors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: comcast, Categories: []*policy.Category{contact, account, viewing, calls}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our Data Protection Officer for a copy of the agreement."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our Data Protection Officer for a copy of the agreement."},
			{Origin: gb, ChosenDestination: policy.ChosenDestinationTravel, Recipient: operators, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: gb, ChosenDestination: policy.ChosenDestinationAddressee, Recipient: operators, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Advertisers who use Sky AdSmart receive reports of how many households saw their advertisements, never who they are."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: services, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in My Account on sky.com or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person review the decision, and telling us your view"},
			policy.Right{Kind: policy.RightControllerComplaint, How: "by calling us, writing to us or using the complaints form on sky.com"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}},
		Links:    policy.Links{CookieSettings: "https://www.sky.example/privacy-options"},
		Children: policy.Children{MinimumAge: 18, Note: "Account holders must be 18 or over; children may watch and use services under an adult's account."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@sky.example"},
	}
	return realPolicy{"pay-TV, broadband and mobile provider (Sky)", p, []statement{
		{says: "Sky UK Limited, at Grant Way in Isleworth and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Sky UK Limited" && p.Controller.Country == regionGB && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "Sky UK Limited is authorised by the Financial Conduct Authority to lend", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Financial Conduct Authority")
		}},
		{says: "our Data Protection Officer can be written to by email or post", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != "" }},
		{says: "this notice covers Sky TV, broadband, Talk and Mobile in the UK; Sky Ireland and NOW have their own", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 3 && strings.Contains(p.OtherNotices[1].Covers, "NOW")
		}},
		{says: "we collect your name, addresses, contact details, date of birth and Sky iD, and the security details we check when you call", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Items, "security questions and PIN") && slices.Contains(p.Category("contact").Items, "date of birth")
		}},
		{says: "you must be 18 or over to hold a Sky account", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18
		}},
		{says: "we need your details to provide our services, and cannot without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Required != "" && p.Purpose("services").HasBasis(policy.BasisContract)
		}},
		{says: "we check your identity and credit with credit reference agencies before we supply you or lend to you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("credit").Recipients, recipient(p, "cras")) && slices.Contains(p.Category("credit").Sources, policy.SourceThirdParty)
		}},
		{says: "the FCA's rules require us to assess whether you can afford credit", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(p.Purpose("credit").Obligations[0].Act, "CONC")
		}},
		{says: "the credit reference agencies explain their use of data in their joint information notice", typed: func(p *policy.Policy) bool { return recipient(p, "cras").NoticeURL != "" }},
		{says: "we tell credit reference agencies how you pay, and they keep it for six years", typed: func(p *policy.Policy) bool {
			return recipient(p, "cras").Retention == policy.Years(6) && slices.Contains(recipient(p, "cras").Categories, p.Category("account"))
		}},
		{says: "our systems decide automatically whether to accept an application, how much credit to give and whether to ask for a deposit", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && p.Purpose("credit").HasBasis(policy.BasisContract)
		}},
		{says: "you can ask for a person to review an automated decision and give us your view", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightNoAutomatedDecision && r.How != "" })
		}},
		{says: "we share data with fraud prevention agencies such as Cifas to prevent fraud, and they may keep it for six years", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "fpas")) && recipient(p, "fpas").Retention == policy.Years(6)
		}},
		{says: "we watch for fraud such as SIM swaps and number takeovers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("fraud").Name, "SIM swaps") && p.Purpose("fraud").Uses(p.Category("traffic"))
		}},
		{says: "our networks record who you call, when and for how long, the data you use, and for mobiles the mast you connect to", typed: func(p *policy.Policy) bool {
			return len(p.Category("traffic").Items) == 4 && p.Category("traffic").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we do not record the content of your calls and texts or the websites you visit, unless a warrant requires it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("traffic") && strings.Contains(p.NotCollected[0].Note, "warrant")
		}},
		{says: "we use communications data to bill you and to run, protect and plan our networks", typed: func(p *policy.Policy) bool {
			return p.Purpose("billing").Uses(p.Category("traffic")) && p.Purpose("network").Interest != ""
		}},
		{says: "Sky Mobile runs on a partner's mobile network, which carries your calls and data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "network").Role == policy.RoleProcessor && slices.Contains(recipient(p, "network").Categories, p.Category("traffic"))
		}},
		{says: "we pass data to other operators to connect calls, port numbers and let you roam abroad", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "operators")
			})
		}},
		{says: "we check how your Sky Hub and line are performing and which devices are connected, to fix problems", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Uses(p.Category("hub")) && len(p.Category("hub").Items) == 2
		}},
		{says: "your Sky box, Sky Glass and Sky Go tell us what you watch, record and buy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("viewing").Items, "Sky Store rentals and purchases")
		}},
		{says: "we recommend programmes from what you watch, and you can turn this off", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").OptOut && p.Purpose("recommendations").Uses(p.Category("viewing"))
		}},
		{says: "Sky AdSmart chooses which TV ads your household sees from a profile of your household, built with data from companies such as Experian", typed: func(p *policy.Policy) bool {
			c := p.Category("household")
			return p.Purpose("adsmart").Uses(c) && slices.Contains(c.Sources, policy.SourceDerived) && strings.Contains(c.SourceDetail, "Experian")
		}},
		{says: "you can opt out of Sky AdSmart at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("adsmart").OptOut && p.Purpose("adsmart").DirectMarketing && hasRight(p, policy.RightObjection)
		}},
		{says: "advertisers never learn which households saw their AdSmart ads; they get totals", typed: func(p *policy.Policy) bool {
			return strings.Contains(hasDisclosure(p, policy.DisclosureAggregate).Note, "AdSmart")
		}},
		{says: "your remote and Sky Glass listen only after you press the voice button or say the wake phrase", typed: func(p *policy.Policy) bool {
			return p.Category("voice").OnDevice == policy.OnDeviceUntilActivated
		}},
		{says: "voice control is optional", typed: func(p *policy.Policy) bool { return p.Purpose("voice").Required != "" }},
		{says: "we email and text our customers about products and offers like theirs, as PECR allows for existing customers, and they can opt out at any time", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.OptOut && len(pu.ConsentExemptBy) == 1 && strings.HasSuffix(pu.ConsentExemptBy[0].Act, "reg. 22(3)") && !pu.RestsOnConsent()
		}},
		{says: "we may also call or write to customers about our offers, unless they tell us not to", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing.calls")
			return pu.OptOut && pu.DirectMarketing && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "advertising cookies on our websites are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").RestsOnConsent() && p.Links.CookieSettings != ""
		}},
		{says: "with your explicit consent we record health conditions and other needs to give you extra support, as Ofcom's rules ask", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("support")
			return p.Category("support").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) &&
				pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Obligations[0].Act, "C5")
		}},
		{says: "telling us about your needs is up to you, and you can ask us to remove them", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Required != "" && p.Purpose("support").Withdraw != ""
		}},
		{says: "when you call 999 or 112 we give the emergency services your location", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("emergency").Recipients, recipient(p, "emergency")) && p.Purpose("emergency").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we list your home phone number in the phone book and directory enquiries only if you ask", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityOptional && p.Purpose("directory").RestsOnConsent() && len(p.Purpose("directory").ConsentRequiredBy) == 1
		}},
		{says: "we record calls to train our people and resolve complaints", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").Uses(p.Category("calls"))
		}},
		{says: "we keep communications data and disclose it to the authorities as the Investigatory Powers Act 2016 requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("lawful").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && recipient(p, "authorities").Conditional
		}},
		{says: "if you do not pay, we may pass your debt to a collection agency", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && slices.Contains(p.Purpose("billing").Recipients, recipient(p, "collectors"))
		}},
		{says: "Comcast and other Sky group companies, some in the US, run shared systems for us under the UK's transfer agreement, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Recipient == recipient(p, "comcast") && t.Destination == regionUS && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "installers, contact centres and other suppliers act for us", typed: func(p *policy.Policy) bool { return recipient(p, "suppliers").Role == policy.RoleProcessor }},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "if Sky is sold or merges, data passes to the new owner", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep account and billing records for six years after you leave", typed: func(p *policy.Policy) bool {
			r := p.Category("account").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(6)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we check who you are before answering a request, and answer within a month, or three for complex ones", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "if you are unhappy, contact us first; you may also complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we protect data with encryption, access controls and trained staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we tell you of significant changes to this notice by email or on sky.com", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "everyone in your household who watches through your Sky box shares the viewing history and recommendations of the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("viewing").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		// Free text.
		{says: "Sky Broadband Shield, which you can switch off, blocks websites unsuitable for children and sites known for malware or phishing", free: toPurpose("network")},
	}}
}
