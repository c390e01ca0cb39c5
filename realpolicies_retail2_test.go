package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// loyaltyProgramme paraphrases, in our own words and as we recall it, the
// privacy notice of a UK supermarket's loyalty programme and online shop
// in the manner of Tesco (Clubcard and Tesco.com), as published in 2024:
// Tesco Stores Limited is the controller of what members buy, in stores
// and online, and uses it, with its insight company dunnhumby, to
// personalise Clubcard offers and coupons; members convert vouchers with
// reward partners; grocery orders are delivered to the door. It declares
// the UK GDPR, with the consent the Privacy and Electronic Communications
// Regulations require for email and text marketing and for cookies.
func loyaltyProgramme() realPolicy {
	gb := regionGB
	pecr := policy.Obligation{Act: "the Privacy and Electronic Communications Regulations 2003 (PECR), reg. 22", Region: gb}
	pecrCookies := policy.Obligation{Act: "the Privacy and Electronic Communications Regulations 2003 (PECR), reg. 6", Region: gb}
	contact := &policy.Category{ID: "contact", Name: "Contact and account details", Items: []string{"name", "postal address", "email address", "phone number", "date of birth", "Clubcard number", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a Clubcard member or keep a Tesco.com account, and then as long as we need to deal with questions and claims")}
	household := &policy.Category{ID: "household", Name: "Household and preferences", Items: []string{"number of people in your household", "ages of your children, if you tell us", "dietary preferences", "marketing preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a member, or until you remove it")}
	purchases := &policy.Category{ID: "purchases", Name: "Shopping history", Items: []string{"what you buy", "where and when you shop", "how much you spend", "how you pay", "Clubcard points and vouchers earned and spent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventAccountClosure)}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"card type and the last digits of the card", "billing address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy("UK tax and company law")}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery details", Items: []string{"delivery address", "delivery slot and instructions", "whether the driver checked your age for alcohol"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(2), policy.EventContractEnd)}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address", "device identifiers", "pages and products viewed", "searches", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(25), policy.EventCollection)}
	partners := &policy.Category{ID: "partners", Name: "Reward partner information", Items: []string{"vouchers converted with a partner", "your membership number with the partner"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Clubcard reward partners and partners where you collect points",
		Linked: true, Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"what you tell us when you contact us", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved)}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV and body-worn camera footage", Items: []string{"images recorded in and around our stores", "recordings by colleagues' body-worn cameras"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "companies in the Tesco group, including dunnhumby", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, household, purchases, online}, Purpose: "to analyse shopping data and select the offers you receive"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, delivery, payments, customer service and mailings", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, purchases, payment, delivery, online, service}}
	rewards := &policy.Recipient{ID: "rewards", Name: "Clubcard reward partners", Role: policy.RoleThirdParty, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, partners}, Purpose: "you convert vouchers into the partner's rewards, which the partner then provides under its own privacy notice"}
	media := &policy.Recipient{ID: "media", Name: "social media and advertising platforms", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, online}, Purpose: "to show you Tesco ads and offers on their services, matched on a scrambled email address"}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement bodies", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{cctv, purchases}, Conditional: true, Purpose: "they ask for footage or records to prevent or detect a crime"}

	clubcard := &policy.Purpose{ID: "clubcard", Name: "Running Clubcard", Categories: []*policy.Category{contact, purchases, partners},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers, rewards},
		Required: "we need your name and address to open a Clubcard account; without them you cannot join"}
	orders := &policy.Purpose{ID: "orders", Name: "Taking and delivering your online orders", Categories: []*policy.Category{contact, payment, delivery, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers},
		Required: "we need a delivery address and payment details to deliver an order", AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising Clubcard offers, coupons and content", Categories: []*policy.Category{contact, household, purchases, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "rewarding members with offers on what they are likely to buy, which is what Clubcard is for",
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{group}}
	digital := &policy.Purpose{ID: "marketing.digital", DirectMarketing: true, Name: "Marketing by email and text message", Categories: []*policy.Category{contact, household, purchases},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your account's contact preferences or with the unsubscribe link in every email",
		ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true, ConsentRequiredBy: []policy.Obligation{pecr}, Profiling: true, Recipients: []*policy.Recipient{suppliers}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Sending Clubcard statements and offers by post", Categories: []*policy.Category{contact, purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "sending members the vouchers and coupons they earned and offers that suit them",
		OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and social media", Categories: []*policy.Category{contact, online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings and in your account's advertising preferences",
		ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true, ConsentRequiredBy: []policy.Obligation{pecrCookies}, Recipients: []*policy.Recipient{media}}
	insight := &policy.Purpose{ID: "insight", Name: "Understanding our customers and improving our stores, products and services", Categories: []*policy.Category{purchases, online, household},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "deciding which products to stock, what to charge and how to run our stores, and telling suppliers, in aggregate, how their products sell",
		Profiling: true, Recipients: []*policy.Recipient{group}}
	help := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints", Categories: []*policy.Category{contact, service, purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving customers' questions and complaints and training our colleagues", Recipients: []*policy.Recipient{suppliers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of Clubcard", Categories: []*policy.Category{contact, purchases, payment, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "stopping vouchers and points being stolen or misused and protecting our customers and business", Profiling: true}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our stores, customers and colleagues safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing and detecting crime and protecting colleagues from abuse", Recipients: []*policy.Recipient{police}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Telling you about product recalls", Categories: []*policy.Category{contact, purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the General Product Safety Regulations 2005", Region: gb}}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting tax and accounting obligations", Categories: []*policy.Category{payment, purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Companies Act 2006 and the Value Added Tax Act 1994", Region: gb}}}

	p := &policy.Policy{
		Title: "Tesco privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Tesco Stores Limited", Address: "Tesco House, Shire Park, Kestrel Way, Welwyn Garden City AL7 1GA"},
			Country: gb, Registration: "registered in England and Wales (519500)"},
		DPO:     &policy.Contact{Name: "Group Data Protection Officer", Email: "dpo@tesco.example", Address: "Tesco House, Shire Park, Kestrel Way, Welwyn Garden City AL7 1GA"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:       []policy.Law{policy.UKGDPR},
		Categories: []*policy.Category{contact, household, purchases, payment, delivery, online, partners, service, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment providers hold them."},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Purposes:    []*policy.Purpose{clubcard, orders, personalise, digital, post, ads, insight, help, fraud, safety, recalls, legal},
		Recipients:  []*policy.Recipient{group, suppliers, rewards, media, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionIN, Recipient: group, Categories: []*policy.Category{contact, purchases, service}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "Our own group service centre in Bengaluru supports our systems and customer service; write to our Data Protection Officer for a copy of the safeguards."},
			{Origin: gb, Destination: regionEU, Recipient: suppliers, Categories: []*policy.Category{contact, purchases, online}, Safeguard: policy.SafeguardAdequacy},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventLastActivity, Categories: []*policy.Category{contact, household, purchases, partners},
			Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(2)}}, Note: "A Clubcard account that has not been used for two years is closed first."}},
		OtherNotices: []policy.Notice{{Covers: "Tesco Bank and Tesco Mobile customers", URL: "https://tescobank.example/privacy"},
			{Covers: "patients of our pharmacies", URL: "https://tesco.example/pharmacy-privacy"}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: media, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your Clubcard account or by writing to our Data Protection Officer"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Information Commissioner's Office", Website: "https://ico.org.uk"},
			Region: regionGB}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are taken to the PCI DSS standard."},
		},
		Links:    policy.Links{CookieSettings: "https://tesco.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 17},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "Customer Services", Email: "dpo@tesco.example", Phone: "0800 505 555"},
	}
	return realPolicy{"supermarket loyalty programme (Tesco Clubcard)", p, []statement{
		{says: "Tesco Stores Limited, registered in England, is the controller of Clubcard and Tesco.com data", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.Controller.Country == regionGB
		}},
		{says: "our Group Data Protection Officer answers questions about this notice", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "Tesco Bank, Tesco Mobile and our pharmacies have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "we collect your name, address, contact details and date of birth when you join Clubcard or open an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Items, "date of birth")
		}},
		{says: "you may tell us about your household and dietary preferences", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("household").Items, "dietary preferences") && p.Purpose("personalise").Interest != ""
		}},
		{says: "we record what you buy, where, when and how you pay each time you use your Clubcard, in store and online", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "what you buy")
		}},
		{says: "we collect how you use our website and app, and whether you open our emails", typed: func(p *policy.Policy) bool {
			return p.Category("online").Sources[0] == policy.SourceAutomatic
		}},
		{says: "reward partners tell us about vouchers you convert with them", typed: func(p *policy.Policy) bool { return p.Category("partners").SourceDetail != "" }},
		{says: "we do not keep full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "we record calls to customer service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("service").Items, "recordings of calls")
		}},
		{says: "we run Clubcard, collect points and issue vouchers under the Clubcard terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("clubcard").HasBasis(policy.BasisContract)
		}},
		{says: "you cannot join Clubcard without giving your name and address", typed: func(p *policy.Policy) bool { return p.Purpose("clubcard").Required != "" }},
		{says: "we take and deliver online orders and take payment", typed: func(p *policy.Policy) bool { return p.Purpose("orders").HasBasis(policy.BasisContract) }},
		{says: "drivers check the age of anyone receiving alcohol and may refuse to hand it over", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckDocument})
		}},
		{says: "we analyse your shopping to personalise Clubcard offers and coupons, on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "you can ask us not to personalise your offers, and will then get general ones", typed: func(p *policy.Policy) bool { return p.Purpose("personalise").OptOut }},
		{says: "dunnhumby, a Tesco company, analyses Clubcard data for us", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "we email and text you offers only if you agreed, as PECR requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.digital").RestsOnConsent() && len(p.Purpose("marketing.digital").ConsentRequiredBy) == 1
		}},
		{says: "we post Clubcard statements with vouchers and coupons unless you ask us not to", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.post").OptOut && p.Purpose("marketing.post").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "with your consent we show you Tesco ads on other websites and social media, matching a scrambled email address", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "media").Purpose != "" && len(p.Purpose("advertising").ConsentRequiredBy) == 1
		}},
		{says: "suppliers whose products you buy receive aggregated insight, never data that identifies you", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && p.Purpose("insight").Interest != ""
		}},
		{says: "we use data to prevent fraud and misuse of points and vouchers", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Interest != "" }},
		{says: "we answer questions and complaints and use call recordings to train colleagues", typed: func(p *policy.Policy) bool { return p.Purpose("service").Interest != "" }},
		{says: "we use your purchase history to tell you if a product you bought is recalled", typed: func(p *policy.Policy) bool {
			return p.Purpose("recalls").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("recalls").Obligations) == 1
		}},
		{says: "our stores use CCTV and colleagues wear body cameras to prevent crime; footage goes to the police when they ask", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Interest != "" && recipient(p, "police").Role == policy.RoleAuthority
		}},
		{says: "we keep records as tax and company law require", typed: func(p *policy.Policy) bool { return len(p.Purpose("legal").Obligations) == 1 }},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "service providers act on our instructions for IT, delivery, payments and mailings", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "when you convert vouchers, the reward partner receives what it needs and uses it under its own notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "rewards").Conditional && recipient(p, "rewards").Role == policy.RoleThirdParty
		}},
		{says: "our service centre in India, and suppliers in the EU, handle data under UK transfer safeguards, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionIN && p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[1].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "if we sell part of the business, data may pass to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep shopping history while you are a member and for two years after", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Period == policy.Years(2) && p.Category("purchases").Retention.From == policy.EventAccountClosure
		}},
		{says: "we close Clubcard accounts unused for two years, and then delete the data", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventLastActivity && p.Deletion[0].Total() == policy.Years(2)
		}},
		{says: "CCTV footage is kept for about 30 days unless needed for an investigation", typed: func(p *policy.Policy) bool {
			return p.Category("cctv").Retention.Period == policy.Days(30)
		}},
		{says: "advertising cookies are set only with your consent; you choose in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may download your Clubcard data in your account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationSignedIn)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionGB
		}},
		{says: "we answer within a month, or up to two more months for complex requests", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Months(2) }},
		{says: "no decision with legal effect is made about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "encryption, access controls, trained colleagues and PCI DSS protect your data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "you must be 17 or over to join Clubcard", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 17 }},
		{says: "we tell you of significant changes by email or on our website", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}

// furnitureRetailer paraphrases, in our own words and as we recall it, the
// privacy policy of a Swedish furniture retailer in the manner of IKEA,
// as its Swedish retail company published it for customers in 2024:
// IKEA AB is the controller of shopping, IKEA Family membership, home
// delivery and assembly, customer service and store CCTV, and shares the
// customer profile with Ingka Group's digital company as joint
// controller; service partners deliver and assemble furniture in
// customers' homes. It declares the GDPR.
func furnitureRetailer() realPolicy {
	se := regionSE
	bookkeeping := policy.Obligation{Act: "Bokföringslagen (1999:1078), the Swedish Accounting Act", Region: se}
	profile := &policy.Category{ID: "profile", Name: "Customer profile", Items: []string{"name", "email address", "phone number", "postal address", "date of birth", "preferred store and language", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	family := &policy.Category{ID: "family", Name: "IKEA Family membership", Items: []string{"membership number", "interests and home plans you tell us", "household size", "offers used and rewards received"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(2), From: policy.EventLastActivity,
			Criteria: "while you are a member; a membership not used for two years is closed and its data deleted"}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and orders", Items: []string{"products bought", "store or website", "date and amount", "returns", "receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.AsRequiredBy("the Swedish Accounting Act")}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"payment method", "transaction reference"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment and financing providers", Linked: true,
		Retention: policy.AsRequiredBy("the Swedish Accounting Act")}
	homeService := &policy.Category{ID: "home", Name: "Delivery, assembly and planning details", Items: []string{"delivery address", "access and floor details", "time slot", "room measurements and kitchen plans", "photos of damage or of the room"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the delivery and assembly partners who carry out the service",
		Linked: true, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	service := &policy.Category{ID: "service", Name: "Customer service and feedback", Items: []string{"messages, chats and calls with customer service", "complaints", "survey answers and product reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	online := &policy.Category{ID: "online", Name: "Website and app use", Items: []string{"IP address", "device and browser", "pages and products viewed", "shopping list", "approximate location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV footage", Items: []string{"images recorded in stores, entrances, car parks and at tills"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	smaland := &policy.Category{ID: "smaland", Name: "Småland play area registration", Items: []string{"child's name", "child's age", "parent's name and phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(1), policy.EventCollection)}

	ingka := &policy.Recipient{ID: "ingka", Name: "Ingka Services B.V.", Role: policy.RoleJointController, Country: regionNL,
		Categories:  []*policy.Category{profile, family, purchases, online},
		Arrangement: "IKEA AB and Ingka Services B.V. share the customer profile and the IKEA website and app; IKEA AB answers requests about them for both."}
	partners := &policy.Recipient{ID: "partners", Name: "delivery, assembly and installation service partners", Role: policy.RoleProcessor, Country: se,
		Categories: []*policy.Category{profile, homeService}, Purpose: "to deliver, assemble and install what you ordered in your home"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, customer service, payment and marketing service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{profile, family, purchases, payment, service, online}}
	financing := &policy.Recipient{ID: "financing", Name: "payment and financing providers", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{profile, payment}, Purpose: "you choose to pay by invoice or in instalments, which the provider offers under its own terms"}
	police := &policy.Recipient{ID: "police", Name: "the Swedish Police Authority", Role: policy.RoleAuthority, Country: se, Conditional: true,
		Categories: []*policy.Category{cctv}, Purpose: "the police ask for footage to investigate a crime reported in a store"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{online}}

	shop := &policy.Purpose{ID: "shop", Name: "Selling products and handling orders, payments and returns", Categories: []*policy.Category{profile, purchases, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, financing},
		Required: "we need your contact details and payment to sell and deliver products; without them we cannot take an order"}
	home := &policy.Purpose{ID: "home", Name: "Delivering, assembling and installing in your home", Categories: []*policy.Category{profile, homeService},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners},
		Required: "without a delivery address and access details we cannot deliver or assemble what you ordered"}
	membership := &policy.Purpose{ID: "family", Name: "Running IKEA Family", Categories: []*policy.Category{profile, family, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{ingka, providers},
		Required: "membership needs your name and an email address or phone number"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising offers and content", Categories: []*policy.Category{profile, family, purchases, online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your IKEA profile or with the link in every message", ConsentMethod: policy.ConsentMethodCheckbox,
		Profiling: true, Recipients: []*policy.Recipient{ingka}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news and offers", Categories: []*policy.Category{profile, family},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your IKEA profile or with the link in every message", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and social media", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	help := &policy.Purpose{ID: "service", Name: "Customer service, complaints and product safety", Categories: []*policy.Category{profile, purchases, service},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "answering questions, handling complaints and contacting customers about product recalls",
		Recipients: []*policy.Recipient{providers}, Required: "without your contact details and order we cannot answer a question or handle a complaint"}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our range, stores and services", Categories: []*policy.Category{purchases, online, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how customers shop so that we can improve our range, stores and digital services", Profiling: true}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the use of our website and app", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping stores, customers and co-workers safe", Categories: []*policy.Category{cctv},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing and investigating theft, damage and accidents", Recipients: []*policy.Recipient{police}}
	play := &policy.Purpose{ID: "smaland", Name: "Looking after children in Småland", Categories: []*policy.Category{smaland},
		Bases: []policy.Basis{policy.BasisContract}, Required: "we need a parent's phone number to look after a child in Småland"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse", Categories: []*policy.Category{profile, purchases, payment, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting customers and IKEA from fraudulent orders, returns and misuse of membership"}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting accounting obligations", Categories: []*policy.Category{purchases, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{bookkeeping}}

	p := &policy.Policy{
		Title: "IKEA privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "IKEA AB", Email: "privacy.se@ikea.example", Address: "Box 200, 260 35 Ödåkra, Sweden"},
			Country: se, Registration: "organisation number 556074-7551"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo.se@ikea.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.April, 1), Updated: policy.MakeDate(2024, time.April, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{profile, family, purchases, payment, homeService, service, online, cctv, smaland},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment providers process them."},
		},
		Purposes:   []*policy.Purpose{shop, home, membership, personalise, marketing, ads, help, improve, analytics, safety, play, fraud, legal},
		Recipients: []*policy.Recipient{ingka, partners, providers, financing, police, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionIN, Recipient: providers, Categories: []*policy.Category{profile, purchases, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our Data Protection Officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{profile, online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures:  []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		OtherNotices: []policy.Notice{{Covers: "job applicants", URL: "https://ikea.example/se/en/this-is-ikea/work-with-us/privacy"}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: shop, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)),
				Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "marketing cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: gdprRights("in your IKEA profile or by writing to privacy.se@ikea.example"),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Integritetsskyddsmyndigheten (IMY)", Website: "https://www.imy.se"},
			Region: regionSE}},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}, {Kind: policy.MeasureStaffTraining},
		},
		Links:    policy.Links{CookieSettings: "https://ikea.example/se/en/customer-service/privacy-policy/cookies"},
		Children: policy.Children{MinimumAge: 18, Note: "Children may play in Småland while their parents shop; we take the child's name and age from the parent and delete them the same day."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Name: "IKEA customer service", Email: "privacy.se@ikea.example", Phone: "0775-700 500"},
	}
	return realPolicy{"furniture retailer (IKEA)", p, []statement{
		{says: "IKEA AB, the Swedish retail company, is the controller of customers' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionSE && p.Controller.Registration != ""
		}},
		{says: "IKEA AB and Ingka Services B.V. are joint controllers of the customer profile and the website and app; IKEA AB answers requests for both", typed: func(p *policy.Policy) bool {
			return recipient(p, "ingka").Role == policy.RoleJointController && recipient(p, "ingka").Arrangement != ""
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "job applicants have their own notice", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "we collect your name, contact details and date of birth for your IKEA profile", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profile").Items, "date of birth")
		}},
		{says: "IKEA Family members may tell us their interests and home plans", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("family").Items, "interests and home plans you tell us")
		}},
		{says: "we record what you buy in stores and online, and what you return", typed: func(p *policy.Policy) bool { return slices.Contains(p.Category("purchases").Items, "returns") }},
		{says: "we do not keep full card numbers; payment providers process them", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "for delivery and assembly we need your address, access details and sometimes photos or room measurements", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("home").Items, "access and floor details")
		}},
		{says: "we keep kitchen and room plans you make with our planners or planning tools", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("home").Items, "room measurements and kitchen plans")
		}},
		{says: "we collect how you use our website and app", typed: func(p *policy.Policy) bool { return p.Category("online").Sources[0] == policy.SourceAutomatic }},
		{says: "we sell products and handle orders, payments and returns under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("shop").HasBasis(policy.BasisContract) }},
		{says: "service partners deliver, assemble and install in your home on our behalf, with only the data they need", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleProcessor && p.Purpose("home").HasBasis(policy.BasisContract)
		}},
		{says: "we run IKEA Family, its offers and its benefits under the membership terms", typed: func(p *policy.Policy) bool { return p.Purpose("family").HasBasis(policy.BasisContract) }},
		{says: "membership needs a name and an email address or phone number", typed: func(p *policy.Policy) bool { return p.Purpose("family").Required != "" }},
		{says: "with your consent we personalise offers and content from your purchases and use of our website", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").RestsOnConsent() && p.Purpose("personalise").Profiling
		}},
		{says: "we send news and offers only if you agree, and you can stop them at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "with your consent marketing cookies let partners show you IKEA ads elsewhere", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").RestsOnConsent()
		}},
		{says: "analytics cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("analytics").RestsOnConsent()
		}},
		{says: "we answer questions, handle complaints and contact you about product recalls", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Interest != ""
		}},
		{says: "we analyse shopping to improve our range, stores and services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "stores use CCTV against theft and accidents; footage may go to the police", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Interest != "" && recipient(p, "police").Conditional
		}},
		{says: "signs at store entrances tell you where cameras are", free: toPurpose("cctv")},
		{says: "CCTV footage is deleted after 30 days unless needed for an investigation", typed: func(p *policy.Policy) bool { return p.Category("cctv").Retention.Period == policy.Days(30) }},
		{says: "when you leave a child in Småland we note the child's name and age and your phone number, and delete them the same day", typed: func(p *policy.Policy) bool {
			return p.Category("smaland").Retention.Period == policy.Days(1)
		}},
		{says: "we use data to prevent fraudulent orders and returns", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Interest != "" }},
		{says: "we keep receipts and accounting records for seven years as the Accounting Act requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").Obligations[0].Region == regionSE && p.Category("purchases").Retention.Law != ""
		}},
		{says: "financing providers receive your details when you choose to pay by invoice or instalments", typed: func(p *policy.Policy) bool { return recipient(p, "financing").Conditional }},
		{says: "IT, customer service and marketing providers process data for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "some providers are in India or the US, under standard contractual clauses or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data where the law requires, and to a buyer of the business", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "an IKEA Family membership unused for two years is closed and its data deleted", typed: func(p *policy.Policy) bool {
			return p.Category("family").Retention.From == policy.EventLastActivity && p.Category("family").Retention.Period == policy.Years(2)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Swedish Authority for Privacy Protection (IMY)", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionSE
		}},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "encryption, access control, pseudonymisation and training protect your data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "you must be 18 to create an IKEA profile or join IKEA Family", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we may change this policy and publish the new version on our website", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
	}}
}
