package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// The UK acts the uk6 paraphrases cite, each as the law of the United
// Kingdom.
var (
	uk6ProductSafety = policy.Obligation{Act: "the General Product Safety Regulations 2005 and the Food Safety Act 1990", Region: regionGB}
	uk6MLR           = policy.Obligation{Act: "the Money Laundering, Terrorist Financing and Transfer of Funds (Information on the Payer) Regulations 2017", Region: regionGB}
	uk6POCA          = policy.Obligation{Act: "the Proceeds of Crime Act 2002 and the Terrorism Act 2000", Region: regionGB}
	uk6Tax           = policy.Obligation{Act: "the International Tax Compliance Regulations 2015", Region: regionGB}
	uk6FCA           = policy.Obligation{Act: "the FCA Handbook, including the Consumer Credit sourcebook (CONC) and the Mortgages and Home Finance: Conduct of Business sourcebook (MCOB)", Region: regionGB}
	uk6Records       = policy.Obligation{Act: "the FCA Handbook (SYSC 9) and the PRA Rulebook", Region: regionGB}
	uk6Consumer      = policy.Obligation{Act: "the FCA's Consumer Duty (PRIN 2A) and its guidance on the fair treatment of vulnerable customers", Region: regionGB}
)

// realPolicyUk6MarksAndSpencer paraphrases, in our own words and as we
// recall it, the privacy notice of Marks and Spencer plc (M&S), as
// published in 2024-2025: the retailer of Paddington sells food,
// clothing and home goods in its stores, on its website and in its app,
// delivers orders or has them ready to collect in a store, and sends
// flowers, hampers and gifts to the people its customers choose, with
// their message. Its free loyalty programme, Sparks, gives members
// offers chosen from what they buy, a birthday treat and a donation to a
// charity they pick each time they shop. It emails offers only to those
// who agreed (PECR reg. 22), posts offers unless a customer objects,
// matches a scrambled email address with social media platforms to show
// its ads, sets analytics and advertising cookies only with consent
// (reg. 6), publishes customers' product reviews, and contacts buyers of
// a recalled product. M&S Bank and the M&S food sold on Ocado have their
// own controllers and notices. It declares the UK GDPR and the Data
// Protection Act 2018, in a version that predates the Data (Use and
// Access) Act 2025's changes.
func realPolicyUk6MarksAndSpencer() realPolicy {
	gb := regionGB
	account := &policy.Category{ID: "account", Name: "Your M&S account",
		Items:       []string{"name", "email address and phone number", "billing and delivery addresses", "password", "date of birth, if you give it", "your contact preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	sparks := &policy.Category{ID: "sparks", Name: "Your Sparks membership",
		Items: []string{"your Sparks membership number and digital card", "the offers and treats we give you and those you use",
			"the charity you choose for us to give to when you shop", "your birthday, for your birthday treat"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a Sparks member, and then as long as our accounts and any questions about your membership need it")}
	purchases := &policy.Category{ID: "purchases", Name: "What you buy",
		Items: []string{"what you buy online and in our app", "what you buy in our stores when you scan your Sparks card or app",
			"which store you shop in, when, and how much you spend", "returns and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you have an account or a Sparks membership, and then as long as tax law and possible claims require")}
	payment := &policy.Category{ID: "payment", Name: "Payment details",
		Items:       []string{"card type, last four digits and expiry date", "billing address of the card", "gift card numbers and balances"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("the Companies Act 2006 and VAT law")}
	gifts := &policy.Category{ID: "gifts", Name: "Details of the people you send gifts to",
		Items:       []string{"the recipient's name and delivery address", "the recipient's phone number, for the courier", "the message you write on the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as we need to deliver the gift and to answer questions about it")}
	service := &policy.Category{ID: "service", Name: "Your contact with our Customer Services",
		Items:       []string{"calls, chats, emails, letters and social media messages with us", "recordings of calls", "complaints and what we did about them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as we need to resolve the matter, and then as long as a claim about it could be brought")}
	reviews := &policy.Category{ID: "reviews", Name: "Ratings and reviews",
		Items:       []string{"the rating and review you write", "the nickname you choose", "your size and fit comments, if you give them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, Linked: true,
		Retention: policy.ByCriteria("as long as the product is on sale, unless you ask us to remove your review")}
	online := &policy.Category{ID: "online", Name: "How you use our website, app and emails",
		Items:       []string{"IP address", "device and browser type", "the pages and products you view and what you search for", "whether you open our emails and click their links"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to run and improve our website and app")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising identifiers",
		Items:       []string{"cookie and mobile advertising identifiers", "the ads you see and click on other websites", "a scrambled version of your email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{account}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collected it lasts, or until you opt out")}
	insight := &policy.Category{ID: "insight", Name: "What we learn from your shopping",
		Items:       []string{"the kinds of products you like and the sizes you buy", "how often you shop with us and how much you spend", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, online, sparks}, Linked: true,
		Retention: policy.ByCriteria("we work it out afresh from your recent shopping, and delete it when you close your account or leave Sparks")}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV footage",
		Items:       []string{"images recorded in and around our stores and car parks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a short period, unless the footage is needed to investigate an incident or a crime")}

	group := &policy.Recipient{ID: "group", Name: "companies of the M&S group, including our technology centre in India", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, sparks, purchases, online, service}, Purpose: "to build and run our website, app and systems for us"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, hosting, customer service, email and text messages", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, sparks, purchases, service, online}}
	couriers := &policy.Recipient{ID: "couriers", Name: "delivery companies", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, gifts}, Purpose: "to deliver your orders and the gifts you send"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, payment}, Purpose: "to take your payments and make refunds, and to screen payments for fraud"}
	reviewHost := &policy.Recipient{ID: "reviewhost", Name: "the provider that hosts our ratings and reviews", Role: policy.RoleProcessor,
		Categories: []*policy.Category{reviews}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "social media and advertising platforms, such as Meta and Google", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads to you, or to people like you, on their services and other websites, and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{account, purchases, cctv}, Purpose: "the law requires us to disclose data, or they ask for it to prevent or detect a crime"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in our stores, online and in our app, delivering your orders or having them ready to collect, and handling returns",
		Categories: []*policy.Category{account, purchases, payment, gifts}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, suppliers, couriers, psps},
		Required:   "we need your name, an address or a store to collect from, and a means of payment to take an order; without them we cannot",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckDocument}, ServiceMessages: true}
	sparksP := &policy.Purpose{ID: "sparks", Name: "Running Sparks: choosing your Sparks offers, giving you your birthday treat and giving to the charity you choose",
		Categories: []*policy.Category{account, sparks, purchases, insight}, Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Recipients: []*policy.Recipient{suppliers},
		Required:   "offers chosen for you are what Sparks is; to join you give your name and email address, and you scan your card or app when you shop to get them",
		MinimumAge: 18}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending products and tailoring what you see on our website and in our app",
		Categories: []*policy.Category{online, purchases, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing customers the products and offers most relevant to them", Profiling: true,
		OptOut: true, OptOutHow: "by asking Customer Services"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers, news and inspiration by email, text message and app notification",
		Categories: []*policy.Category{account, insight}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account's contact preferences, with the unsubscribe link in every email or by replying STOP to a text", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("22")}, Recipients: []*policy.Recipient{suppliers}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Sending you offers by post",
		Categories: []*policy.Category{account, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already buy", OptOut: true, OptOutHow: "by telling Customer Services",
		Recipients: []*policy.Recipient{suppliers}}
	audiences := &policy.Purpose{ID: "audiences", DirectMarketing: true, Name: "Showing our ads to you, or to people like you, on social media",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "reaching our customers, and people with similar interests, where they spend time online", Profiling: true,
		OptOut: true, OptOutHow: "by asking Customer Services, or in the ad settings of the platform", Recipients: []*policy.Recipient{adPartners}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings at the foot of our website or in the privacy settings of our app", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, and testing changes to them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing the ratings and reviews you write",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping other customers choose, and learning what our customers think of our products", Recipients: []*policy.Recipient{reviewHost}}
	help := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, and training our colleagues",
		Categories: []*policy.Category{account, purchases, service}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "resolving our customers' problems and checking the quality of our service with recorded calls", Recipients: []*policy.Recipient{suppliers, group},
		Required: "we need enough detail to find your order or account; without it we cannot help"}
	research := &policy.Purpose{ID: "research", Name: "Asking for your views in surveys and research",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think, to improve our products and stores", OptOut: true, OptOutHow: "with the link in each survey email",
		Recipients: []*policy.Recipient{suppliers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the misuse of offers, gift cards, returns and accounts",
		Categories: []*policy.Category{account, purchases, payment, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and our business from fraud and theft", Recipients: []*policy.Recipient{psps, police}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our stores, customers and colleagues safe",
		Categories: []*policy.Category{cctv}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "preventing and detecting crime and protecting our customers and colleagues", Recipients: []*policy.Recipient{police}}
	recall := &policy.Purpose{ID: "recall", Name: "Telling you if a product you bought is recalled",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest: "keeping our customers safe", Obligations: []policy.Obligation{uk6ProductSafety}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and meeting our other legal obligations",
		Categories: []*policy.Category{purchases, payment}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk5Accounts},
		Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Title: "M&S privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Marks and Spencer plc", Address: "Waterside House, 35 North Wharf Road, London W2 1NW"},
			Country: gb, Registration: "registered in England and Wales under company number 00214436"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@marksandspencer.example", Address: "Waterside House, 35 North Wharf Road, London W2 1NW"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"M&S stores, marksandspencer.com, the M&S app and Sparks"},
		OtherNotices: []policy.Notice{
			{Covers: "M&S Bank, which Marks & Spencer Financial Services plc, part of HSBC, runs", URL: "https://bank.marksandspencer.example/privacy"},
			{Covers: "M&S food ordered on ocado.com, which Ocado Retail Limited sells", URL: "https://www.ocado.example/privacy"},
			{Covers: "our colleagues and job applicants"}},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, sparks, purchases, payment, gifts, service, reviews, online, tracking, insight, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it."},
		},
		Purposes:   []*policy.Purpose{orders, sparksP, personalise, marketing, post, audiences, ads, analytics, reviewsP, help, research, fraud, safety, recall, records},
		Recipients: []*policy.Recipient{group, suppliers, couriers, psps, reviewHost, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionIN, Recipient: group, Categories: []*policy.Category{account, sparks, purchases, online, service},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "Write to our Data Protection Officer for more about these safeguards and a copy of them."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "targeting cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Consent: policy.CookieConsentOptIn},
		},
		NoAutomatedDecisions: true,
		Rights:               gdprRights("by writing to our Data Protection Officer or by contacting Customer Services"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We may ask you for proof of your identity before we answer, so that we do not give your data to someone else."},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are handled to the PCI DSS standard."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.marksandspencer.example/cookie-settings"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "dpo@marksandspencer.example"},
	}
	return realPolicy{"retailer with the Sparks loyalty programme (Marks & Spencer)", p, []statement{
		{says: "Marks and Spencer plc, at Waterside House in Paddington and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Marks and Spencer plc" && strings.Contains(p.Controller.Address, "North Wharf Road") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "our Data Protection Officer can be reached by email or at our head office", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address == p.Controller.Address
		}},
		{says: "we process your data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers our stores, website, app and Sparks", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "Sparks")
		}},
		{says: "M&S Bank is run by Marks & Spencer Financial Services, part of HSBC, and has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "HSBC") && p.OtherNotices[0].URL != ""
		}},
		{says: "M&S food you order from Ocado is sold by Ocado Retail, under Ocado's notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Ocado Retail") && p.OtherNotices[1].URL != ""
		}},
		{says: "when you open an account we collect your name, contact details, addresses and password, and your date of birth if you give it", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Items, "password") && slices.Contains(c.Items, "date of birth, if you give it") && slices.Equal(c.Sources, []policy.Source{policy.SourceUser})
		}},
		{says: "we record what you buy online and, when you scan your Sparks card, in our stores", typed: func(p *policy.Policy) bool {
			c := p.Category("purchases")
			return slices.Contains(c.Items, "what you buy in our stores when you scan your Sparks card or app") && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "we need your name, an address or store and a means of payment to take an order", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("orders")
			return pu.Required != "" && pu.RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "delivery companies deliver your orders for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "couriers")
			return r.Role == policy.RoleProcessor && slices.Contains(p.Purpose("orders").Recipients, r)
		}},
		{says: "we ask for identification before handing over alcohol and other age-restricted products to anyone who looks under 25", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckDocument})
		}},
		{says: "if you send flowers or a gift, you give us the recipient's name, address and your message, and must be entitled to", typed: func(p *policy.Policy) bool {
			return othersGive(p, "gifts") && p.Purpose("orders").Uses(p.Category("gifts")) && slices.Contains(recipient(p, "couriers").Categories, p.Category("gifts"))
		}},
		{says: "we use a gift recipient's details only to deliver the gift", typed: func(p *policy.Policy) bool {
			pus := p.PurposesUsing(p.Category("gifts"))
			return len(pus) == 1 && pus[0] == p.Purpose("orders") && slices.Equal(recipient(p, "couriers").Categories, []*policy.Category{p.Category("account"), p.Category("gifts")})
		}},
		{says: "order confirmations and delivery updates are not marketing and are sent whatever your marketing choices", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("orders")
			return pu.ServiceMessages && !pu.DirectMarketing
		}},
		{says: "payment providers take your payments; we never hold your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "we keep payment and order records as company and VAT law require", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "Sparks gives members offers chosen from what they buy, under the Sparks terms", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("sparks")
			return pu.Profiling && pu.RestsOn(policy.BasisContract, policy.UKGDPR) && pu.Uses(p.Category("insight")) && pu.Required != ""
		}},
		{says: "you must be 18 or over to join Sparks", typed: func(p *policy.Policy) bool { return p.Purpose("sparks").MinimumAge == 18 }},
		{says: "we keep your birthday to give you a birthday treat, and the charity you choose to receive our donations", typed: func(p *policy.Policy) bool {
			c := p.Category("sparks")
			return slices.Contains(c.Items, "your birthday, for your birthday treat") && slices.Contains(c.Items, "the charity you choose for us to give to when you shop")
		}},
		{says: "we work out what you like from your shopping, browsing and Sparks activity", typed: func(p *policy.Policy) bool {
			c := p.Category("insight")
			return slices.Equal(c.Sources, []policy.Source{policy.SourceDerived}) && len(c.DerivedFrom) == 3
		}},
		{says: "we recommend products on our website and in our app in our legitimate interests, and you can ask us to stop", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.OptOut && pu.OptOutHow != "" && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "we email, text and notify you of offers only if you agreed, and you can change your mind at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && m.ConsentMethod == policy.ConsentMethodCheckbox && strings.HasSuffix(m.ConsentRequiredBy[0].Act, "reg. 22") && strings.Contains(m.Withdraw, "unsubscribe")
		}},
		{says: "we post offers to customers unless they ask us not to", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing.post")
			return pu.DirectMarketing && pu.OptOut && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "we share a scrambled version of your email address with social media platforms to show our ads to you or people like you, and you can object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("audiences")
			return pu.OptOut && pu.DirectMarketing && slices.Contains(p.Category("tracking").Items, "a scrambled version of your email address") &&
				slices.Contains(p.Category("tracking").DerivedFrom, p.Category("account"))
		}},
		{says: "targeting cookies and pixels are set only with your consent, given in the cookie banner", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Consent == policy.CookieConsentOptIn && c.Technology == policy.TechnologyPixel && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "performance cookies need your consent too, and strictly necessary ones do not", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you can change your cookie choices in the cookie settings at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("analytics").Withdraw != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "ratings and reviews you write are published with the nickname you choose", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && slices.Contains(c.Items, "the nickname you choose")
		}},
		{says: "a provider hosts our reviews for us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("reviews").Recipients, recipient(p, "reviewhost")) && recipient(p, "reviewhost").Role == policy.RoleProcessor
		}},
		{says: "we record calls with Customer Services to train colleagues and resolve complaints, and tell you when we do", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Interest != ""
		}},
		{says: "we may ask for your views in surveys, which you can decline", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").OptOut && p.Purpose("research").OptOutHow != ""
		}},
		{says: "we use data to prevent fraud and the misuse of offers, gift cards and returns", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && pu.Uses(p.Category("payment")) && strings.Contains(pu.Name, "returns")
		}},
		{says: "our stores have CCTV to keep customers and colleagues safe, and we give footage to the police when needed", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Interest != "" && slices.Contains(p.Purpose("cctv").Recipients, recipient(p, "police")) && recipient(p, "police").Conditional
		}},
		{says: "if a product you bought is recalled, we contact you, as product and food safety law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("recall")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk6ProductSafety)
		}},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "companies of the M&S group, among them our technology centre in India, run our systems for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "group")
			return r.Role == policy.RoleProcessor && strings.Contains(r.Name, "India")
		}},
		{says: "data sent to India is protected by the UK's transfer safeguards, a copy of which our DPO can give you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionIN && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "advertising platforms in the US receive data under the UK extension of the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardDataPrivacyFramework && t.Recipient == recipient(p, "advertising")
		}},
		{says: "IT, hosting, customer service and messaging providers process data on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "we give data to the police and other authorities where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if we sell or reorganise our business, data may pass to the new owner", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we keep your account while you have it, and records as long as the law and possible claims need them", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("purchases").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "you may access, correct, erase and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we may ask for proof of identity before answering, and answer within a month, or three for complex requests", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Requests.Verification, []policy.Verification{policy.VerificationDocument}) && p.Requests.Deadline == policy.Months(1) &&
				p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we protect your data with encryption, access controls, trained colleagues and card handling to PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we will never ask for your password or card details by email or text; report messages that do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "websites we link to and social networks have their own policies", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.External, []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks})
		}},
		{says: "we may update this notice, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "each time a member shops with Sparks, we give a donation to the charity they chose", free: toPurpose("sparks")},
	}}
}

// realPolicyUk6JohnLewis paraphrases, in our own words and as we recall
// it, the privacy notice of the John Lewis Partnership, as published in
// 2025: the employee-owned group whose John Lewis department stores and
// Waitrose supermarkets, each run by its own company (John Lewis plc and
// Waitrose Limited, at 1 Drummond Gate in Pimlico), share one notice, one
// online account for johnlewis.com and waitrose.com, and their free
// loyalty programmes, My John Lewis and myWaitrose, which give members
// offers chosen from what they buy and let myWaitrose members pick the
// products they want discounted. John Lewis delivers and installs large
// items, runs gift lists whose guests' gifts and messages the list's
// owners see, and books styling, nursery and home design appointments;
// Waitrose runs a cookery school and takes orders for party food, and
// asks for allergies and dietary needs only with explicit consent. The
// Partnership Card is a credit card NewDay Ltd issues, whose points the
// Partnership turns into vouchers. It emails offers only with consent
// (PECR reg. 22), posts offers unless a customer objects, sets analytics
// and advertising cookies only with consent (reg. 6), records its shops
// on CCTV and some Partners' body-worn cameras, and contacts buyers of a
// recalled product. It declares the UK GDPR and the Data Protection Act
// 2018, in a version that predates the Data (Use and Access) Act 2025's
// changes.
func realPolicyUk6JohnLewis() realPolicy {
	gb := regionGB
	const drummondGate = "1 Drummond Gate, Pimlico, London SW1V 2QQ"
	account := &policy.Category{ID: "account", Name: "Your Partnership account",
		Items: []string{"name and title", "email address and phone numbers", "billing and delivery addresses", "password",
			"your contact preferences for John Lewis and for Waitrose"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	membership := &policy.Category{ID: "membership", Name: "My John Lewis and myWaitrose membership",
		Items:       []string{"your membership numbers and cards", "the products you pick for Pick Your Own Offers", "the offers, vouchers and rewards we give you and those you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a member, and then as long as our accounts and any questions about your membership need it")}
	purchases := &policy.Category{ID: "purchases", Name: "What you buy",
		Items: []string{"what you buy online and in our apps", "what you buy in our shops when you scan your membership card",
			"which shop you use, when, and how you pay", "returns, refunds and the guarantees on what you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you have an account or a membership, and then as long as guarantees, tax law and possible claims require")}
	payment := &policy.Category{ID: "payment", Name: "Payment details",
		Items:       []string{"card type, last four digits and expiry date", "billing address of the card", "gift card and voucher numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("the Companies Act 2006 and VAT law")}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery and installation details",
		Items: []string{"the delivery slot and your delivery notes", "how to reach the room the item goes in, and parking",
			"the appliance or furniture we take away", "whether our driver saw identification for age-restricted items, without a copy of it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need to complete the delivery and installation and to answer questions about it")}
	giftList := &policy.Category{ID: "giftlist", Name: "Your gift list",
		Items: []string{"the names of the people the list is for", "the occasion, its date and the list number", "the gifts on the list",
			"who has bought which gift, with their message"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("as long as the list is open and its gifts are being delivered, and then as long as our accounts need it")}
	guests := &policy.Category{ID: "guests", Name: "Details of guests who buy from a gift list",
		Items:       []string{"your name", "the gift you buy from the list", "the message you write to the list's owners"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as the list is open and its gifts are being delivered")}
	appointments := &policy.Category{ID: "appointments", Name: "Appointments with our experts",
		Items: []string{"the styling, nursery or home design appointment you book, in a shop or by video call", "the sizes, styles and rooms you tell our experts about",
			"the products they suggest"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep coming to appointments, and then for a short period")}
	dietary := &policy.Category{ID: "dietary", Name: "Allergies and dietary needs",
		Items:       []string{"allergies and intolerances you tell us about", "dietary needs, for a Cookery School class or a party food order"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	card := &policy.Category{ID: "card", Name: "Partnership Card points",
		Items:       []string{"whether you hold a Partnership Card", "the points you earn and the vouchers they become"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "NewDay Ltd, which issues the Partnership Card", Linked: true,
		Retention: policy.ByCriteria("as long as you hold the card, and then as long as unused vouchers can be spent")}
	service := &policy.Category{ID: "service", Name: "Your contact with our Customer Care",
		Items:       []string{"calls, chats, emails and social media messages with us", "recordings of calls", "complaints and what we did about them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as we need to resolve the matter, and then as long as a claim about it could be brought")}
	online := &policy.Category{ID: "online", Name: "How you use our websites, apps and emails",
		Items:       []string{"IP address", "device and browser type", "the pages and products you view and what you search for", "whether you open our emails and click their links"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to run and improve our websites and apps")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and mobile advertising identifiers", "the ads you see and click on other websites", "whether an ad led you to buy from us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collected it lasts")}
	insight := &policy.Category{ID: "insight", Name: "What we learn from your shopping",
		Items:       []string{"the kinds of products you like", "how often you shop with each of our brands", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, online, membership}, Linked: true,
		Retention: policy.ByCriteria("we work it out afresh from your recent shopping, and delete it when you close your account or leave our programmes")}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV and body-worn camera footage",
		Items:       []string{"images recorded in and around our shops and car parks", "recordings made by the body-worn cameras some of our Partners wear"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a short period, unless the footage is needed to investigate an incident or a crime")}

	waitrose := &policy.Recipient{ID: "waitrose", Name: "Waitrose Limited", Role: policy.RoleJointController, Country: gb,
		Categories: []*policy.Category{account, membership, purchases, insight, online},
		Purpose:    "to run your shared Partnership account, myWaitrose and the offers of both our brands",
		Arrangement: "John Lewis plc answers for John Lewis and Waitrose Limited for Waitrose, and both for the account and the offers they share. " +
			"Our Data Protection Officer answers your requests about either."}
	newday := &policy.Recipient{ID: "newday", Name: "NewDay Ltd, which issues the Partnership Card", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, card}, Purpose: "to run the Partnership Card and its points, as the card's lender and a controller in its own right",
		NoticeURL: "https://www.newday.example/partnership-card/privacy"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, hosting, customer care, email and text messages", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, membership, purchases, service, online}}
	installers := &policy.Recipient{ID: "installers", Name: "delivery and installation partners", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, delivery}, Purpose: "to deliver, assemble and install what you buy and take away your old items"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, payment}, Purpose: "to take your payments and make refunds, and to screen payments for fraud"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and apps, and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{account, purchases, cctv}, Purpose: "the law requires us to disclose data, or they ask for it to prevent or detect a crime"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in our shops, online and in our apps, delivering your orders or having them ready to collect, and handling returns and guarantees",
		Categories: []*policy.Category{account, purchases, payment, delivery}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{suppliers, psps, installers},
		Required:   "we need your name, an address or a shop to collect from, and a means of payment to take an order; without them we cannot",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckDocument}, ServiceMessages: true}
	install := &policy.Purpose{ID: "installation", Name: "Delivering, installing and assembling large items, and taking away old ones",
		Categories: []*policy.Category{account, delivery}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{installers},
		Required: "our teams need to know how to reach the room an item goes in; without it we may not be able to deliver or install it"}
	loyalty := &policy.Purpose{ID: "membership", Name: "Running My John Lewis and myWaitrose: choosing your offers and rewards and giving you the discounts you pick",
		Categories: []*policy.Category{account, membership, purchases, insight}, Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Recipients: []*policy.Recipient{waitrose, suppliers},
		Required:   "offers chosen for you are what membership is; you scan your card or app when you shop to get them", MinimumAge: 18}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending products and tailoring what you see on our websites and in our apps",
		Categories: []*policy.Category{online, purchases, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing our customers the products and offers most relevant to them", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers and news from John Lewis, Waitrose or both, by email and text message",
		Categories: []*policy.Category{account, insight}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account's contact preferences, brand by brand, or with the unsubscribe link in every email", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("22")}, Recipients: []*policy.Recipient{suppliers, waitrose}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Sending you offers and magazines by post",
		Categories: []*policy.Category{account, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already buy", OptOut: true, OptOutHow: "in your account's contact preferences or by telling Customer Care",
		Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings of our websites and apps", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our websites and apps are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	gifts := &policy.Purpose{ID: "giftlist", Name: "Running your gift list: showing it to your guests, telling you who bought what, and delivering the gifts",
		Categories: []*policy.Category{giftList, guests, account, delivery}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{installers},
		Required: "a list needs the names of the people it is for and a delivery address; a guest gives a name so that the list's owners know who to thank"}
	experts := &policy.Purpose{ID: "appointments", Name: "Booking and holding your appointments with our stylists, nursery advisers and home design experts",
		Categories: []*policy.Category{appointments, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "we need your name and a way to reach you to book an appointment; what else you tell our experts is up to you"}
	diet := &policy.Purpose{ID: "dietary", Name: "Taking account of your allergies and dietary needs at Cookery School and in party food orders",
		Categories: []*policy.Category{dietary}, Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		Withdraw: "by telling us before your class or collection, after which we cannot adapt it for you",
		Required: "telling us is up to you; without it we cannot adapt a class or an order to your needs"}
	points := &policy.Purpose{ID: "card", Name: "Turning your Partnership Card points into vouchers and offers",
		Categories: []*policy.Category{card, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "rewarding the customers who hold our credit card, as its terms promise", Recipients: []*policy.Recipient{newday}}
	help := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, and training our Partners",
		Categories: []*policy.Category{account, purchases, service}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "resolving our customers' problems and checking the quality of our service with recorded calls", Recipients: []*policy.Recipient{suppliers},
		Required: "we need enough detail to find your order or account; without it we cannot help"}
	research := &policy.Purpose{ID: "research", Name: "Asking for your views in surveys and research",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think, to improve our shops and services", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the misuse of vouchers, returns and accounts",
		Categories: []*policy.Category{account, purchases, payment, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and the Partnership from fraud and theft", Recipients: []*policy.Recipient{psps, police}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our shops, customers and Partners safe",
		Categories: []*policy.Category{cctv}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "preventing and detecting crime and protecting our Partners from violence and abuse", Recipients: []*policy.Recipient{police}}
	recall := &policy.Purpose{ID: "recall", Name: "Telling you if a product you bought is recalled",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{uk6ProductSafety}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and meeting our other legal obligations",
		Categories: []*policy.Category{purchases, payment}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk5Accounts},
		Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Title: "John Lewis Partnership privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "John Lewis plc", Address: drummondGate},
			Country: gb, Registration: "registered in England and Wales, a company of the John Lewis Partnership"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@johnlewispartnership.example", Address: drummondGate},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"John Lewis and Waitrose shops, johnlewis.com, waitrose.com, our apps, My John Lewis and myWaitrose"},
		OtherNotices: []policy.Notice{
			{Covers: "the Partnership Card, which NewDay Ltd issues", URL: "https://www.newday.example/partnership-card/privacy"},
			{Covers: "insurance and other financial products sold under the John Lewis name, each under its provider's notice"},
			{Covers: "our Partners and job applicants"}},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, membership, purchases, payment, delivery, giftList, guests, appointments, dietary, card, service, online, tracking, insight, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card.number", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it."},
		},
		Purposes:   []*policy.Purpose{orders, install, loyalty, personalise, marketing, post, ads, analytics, gifts, experts, diet, points, help, research, fraud, safety, recall, records},
		Recipients: []*policy.Recipient{waitrose, newday, suppliers, installers, psps, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionEU, Recipient: suppliers, Categories: []*policy.Category{account, membership, purchases, service, online}, Safeguard: policy.SafeguardAdequacy},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Consent: policy.CookieConsentOptIn},
		},
		NoAutomatedDecisions: true,
		Rights:               gdprRights("by writing to our Data Protection Officer"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our Data Protection Officer, for example as a gift list guest"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}},
		Links:    policy.Links{CookieSettings: "https://www.johnlewis.example/cookie-settings"},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "dpo@johnlewispartnership.example"},
	}
	return realPolicy{"department stores and supermarkets with their loyalty programmes (John Lewis Partnership)", p, []statement{
		{says: "John Lewis plc, at 1 Drummond Gate in Pimlico, is the controller for John Lewis", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "John Lewis plc" && strings.Contains(p.Controller.Address, "Drummond Gate") && p.Controller.Country == regionGB
		}},
		{says: "Waitrose Limited shares the account and the offers with John Lewis, and our DPO answers requests about either", typed: func(p *policy.Policy) bool {
			r := recipient(p, "waitrose")
			return r.Role == policy.RoleJointController && strings.Contains(r.Arrangement, "Data Protection Officer")
		}},
		{says: "our Data Protection Officer can be reached by email or at 1 Drummond Gate", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address == p.Controller.Address
		}},
		{says: "we process your data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers John Lewis and Waitrose shops, websites, apps and loyalty programmes", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "myWaitrose") && strings.Contains(p.Scope[0], "johnlewis.com")
		}},
		{says: "the Partnership Card, insurance and our Partners have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 3 && strings.Contains(p.OtherNotices[0].Covers, "NewDay")
		}},
		{says: "one Partnership account signs you in to johnlewis.com and waitrose.com; we collect your name, contact details, addresses and password", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Items, "password") && slices.Contains(c.Sources, policy.SourceUser) && slices.Contains(recipient(p, "waitrose").Categories, c)
		}},
		{says: "we record what you buy online and, when you scan your membership card, in our shops", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "what you buy in our shops when you scan your membership card")
		}},
		{says: "we need your name, an address or shop and a means of payment to take an order", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Required != "" && p.Purpose("orders").RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "we ask for identification before handing over alcohol, knives and other age-restricted products, and record only that we saw it", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckDocument}) && strings.Contains(p.Category("delivery").Items[3], "without a copy")
		}},
		{says: "order and delivery messages are sent whatever your marketing choices", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").ServiceMessages && !p.Purpose("orders").DirectMarketing
		}},
		{says: "our delivery and installation partners deliver, install and take away items for us and need to know how to reach the room", typed: func(p *policy.Policy) bool {
			r := recipient(p, "installers")
			return r.Role == policy.RoleProcessor && slices.Contains(p.Purpose("installation").Recipients, r) && p.Purpose("installation").Required != ""
		}},
		{says: "payment providers take your payments; we do not hold your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "My John Lewis and myWaitrose give members offers chosen from what they buy, under their terms", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("membership")
			return pu.Profiling && pu.RestsOn(policy.BasisContract, policy.UKGDPR) && pu.Uses(p.Category("insight"))
		}},
		{says: "myWaitrose members pick the products they want discounted", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("membership").Items, "the products you pick for Pick Your Own Offers")
		}},
		{says: "you must be 18 or over to join our loyalty programmes", typed: func(p *policy.Policy) bool { return p.Purpose("membership").MinimumAge == 18 }},
		{says: "we work out what you like from your shopping with both brands and your browsing", typed: func(p *policy.Policy) bool {
			c := p.Category("insight")
			return slices.Equal(c.Sources, []policy.Source{policy.SourceDerived}) && slices.Contains(c.DerivedFrom, p.Category("membership"))
		}},
		{says: "we recommend products on our websites and apps in our legitimate interests, and you can object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.OptOut && pu.Profiling && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "we email and text you offers only if you agreed, and you can choose John Lewis, Waitrose or both", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && strings.HasSuffix(m.ConsentRequiredBy[0].Act, "reg. 22") && strings.Contains(m.Withdraw, "brand by brand")
		}},
		{says: "we post offers and magazines unless you ask us not to", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing.post")
			return pu.DirectMarketing && pu.OptOut && pu.OptOutHow != ""
		}},
		{says: "analytics and advertising cookies are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "advertising partners show our ads on other websites and measure them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "advertising")) && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "guests you give your gift list number to can see your list", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("giftlist").VisibleTo, []policy.Audience{policy.AudienceChosenContacts})
		}},
		{says: "a guest who buys from a gift list gives their name and message, which the list's owners see", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("guests").VisibleTo, []policy.Audience{policy.AudienceCounterparts}) && p.Purpose("giftlist").Uses(p.Category("guests"))
		}},
		{says: "guests without an account ask our DPO about their data", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Requests.WithoutAccount, "gift list guest")
		}},
		{says: "you can book styling, nursery and home design appointments, in a shop or by video", typed: func(p *policy.Policy) bool {
			return p.Purpose("appointments").Uses(p.Category("appointments")) && strings.Contains(p.Category("appointments").Items[0], "video call")
		}},
		{says: "we use what you tell us of allergies and dietary needs only with your explicit consent, for Cookery School and party food", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("dietary")
			return p.Category("dietary").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) && pu.Withdraw != ""
		}},
		{says: "we delete allergy details once the class or order is over", typed: func(p *policy.Policy) bool {
			return p.Category("dietary").Retention == policy.Until(policy.EventPurposeAchieved)
		}},
		{says: "NewDay issues the Partnership Card and tells us the points you earn, which we turn into vouchers", typed: func(p *policy.Policy) bool {
			r := recipient(p, "newday")
			return r.Role == policy.RoleThirdParty && r.NoticeURL != "" && strings.Contains(p.Category("card").SourceDetail, "NewDay") && p.Purpose("card").Interest != ""
		}},
		{says: "we record calls with Customer Care to train Partners and resolve complaints, and tell you when we do", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && strings.Contains(p.Purpose("service").Interest, "recorded calls")
		}},
		{says: "we may ask your views in surveys, which you can decline", typed: func(p *policy.Policy) bool { return p.Purpose("research").OptOut }},
		{says: "we use data to prevent fraud and the misuse of vouchers and returns", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && p.Purpose("fraud").Uses(p.Category("payment"))
		}},
		{says: "our shops have CCTV, and some Partners wear body-worn cameras, to keep everyone safe", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("cctv").Items[1], "body-worn") && p.Purpose("cctv").Interest != ""
		}},
		{says: "we give footage and records to the police when the law requires or to prevent crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if a product you bought is recalled, we contact you, as product safety law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("recall").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we keep records as company and VAT law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "our IT, customer care and messaging providers act on our instructions, some in the European Economic Area", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return recipient(p, "suppliers").Role == policy.RoleProcessor && t.Destination == regionEU && t.Safeguard == policy.SafeguardAdequacy
		}},
		{says: "advertising partners in the US receive data under the UK extension of the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "if the Partnership sells or reorganises a business, data may pass to the new owner", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we never sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we keep your account while you have it, and other records as long as guarantees, the law and possible claims need them", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && strings.Contains(p.Category("purchases").Retention.Criteria, "guarantees")
		}},
		{says: "you may access, correct, erase and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we check who you are before answering, and answer within a month, or three for complex requests", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we protect data with encryption, access controls and trained Partners", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "websites we link to and social networks have their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we may update this notice, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the John Lewis Partnership is owned in trust for its employees, whom it calls Partners", free: toIntroduction},
		{says: "Waitrose Limited is the controller for what you do with Waitrose, and John Lewis plc for what you do with John Lewis", free: toIntroduction},
	}}
}

// realPolicyUk6Lloyds paraphrases, in our own words and as we recall it,
// the privacy notice of Lloyds Bank plc, as published in 2025, which
// Lloyds Banking Group uses for its banks: it sorts what it holds into
// groups of personal information (financial, contact, socio-demographic,
// transactional, contractual, locational, behavioural, technical,
// communications, social relationships, open data and public records,
// documentary data, national identifiers, consents and special types of
// data), lists its purposes with the reasons the law allows and the
// legitimate interests behind them, and names where it gets data and who
// it shares it with. It checks identity and credit with the credit
// reference agencies and the fraud prevention agencies, and decides
// automatically whether an account is right for an applicant, what to
// charge, whether to lend by credit scoring, and whether to stop activity
// on an account it suspects of fraud; a customer may ask for a person to
// review such a decision. It markets to its customers on its legitimate
// interests, under the soft opt-in of PECR reg. 22(3), keeps data for up
// to ten years after a customer leaves, and sends data abroad only to
// follow a customer's instructions, to meet a legal duty or to work with
// its agents, under adequacy regulations, contracts or the UK-US data
// bridge, without saying how to obtain a copy of those contracts. It
// declares the UK GDPR and the Data Protection Act 2018, in a version
// that predates the Data (Use and Access) Act 2025's changes, and asks a
// customer who is unhappy to tell it first.
func realPolicyUk6Lloyds() realPolicy {
	gb := regionGB
	const gresham = "25 Gresham Street, London EC2V 7HN"
	tenYears := policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(10), From: policy.EventAccountClosure,
		Criteria: "to answer questions or complaints, to show that we treated you fairly, and to keep the records the rules that apply to us require",
		Note:     "We may keep data longer where we cannot delete it for legal, regulatory or technical reasons, or for research or statistics, where we protect your privacy and use it for nothing else."}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"your name", "where you live", "how to contact you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "brokers, price comparison websites and others who introduce you to us", Linked: true, Retention: tenYears}
	documents := &policy.Category{ID: "documents", Name: "Documentary data and national identifiers",
		Items:       []string{"copies of your passport, driving licence or birth certificate", "your National Insurance number or tax identification number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: tenYears}
	financial := &policy.Category{ID: "financial", Name: "Financial information", Items: []string{"your financial position, status and history", "your income and outgoings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the credit reference agencies", Linked: true, Retention: tenYears}
	socio := &policy.Category{ID: "socio", Name: "Socio-demographic information", Items: []string{"your work or profession", "your nationality and education", "the social or income groups you fall into"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{financial}, Linked: true, Retention: tenYears}
	transactional := &policy.Category{ID: "transactional", Name: "Transaction details", Items: []string{"payments into and out of your accounts", "insurance claims you make"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "card associations and other banks", Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceJointHolders}, Retention: tenYears}
	contractual := &policy.Category{ID: "contractual", Name: "Contract details", Items: []string{"the products and services we provide to you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: tenYears}
	locational := &policy.Category{ID: "locational", Name: "Location data",
		Items:       []string{"where you are, from your mobile phone", "the address at which you connect a computer to the internet", "the shop where you use your card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "card associations", Linked: true, Retention: tenYears}
	behavioural := &policy.Category{ID: "behavioural", Name: "Behavioural and usage data", Items: []string{"how you use our products and services", "how you use those of other organisations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{transactional}, Linked: true, Retention: tenYears}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"the devices and technology you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: tenYears}
	communications := &policy.Category{ID: "communications", Name: "Communications", Items: []string{"what we learn from letters and emails", "recordings of our conversations with you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Retention: tenYears}
	social := &policy.Category{ID: "social", Name: "Social relationships", Items: []string{"your family, friends and other relationships", "the people you share finances with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the credit reference agencies", Linked: true, Retention: tenYears}
	open := &policy.Category{ID: "open", Name: "Open data and public records", Items: []string{"entries on the Electoral Register", "records at Companies House", "what is openly available about you on the internet"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourcePublic}, SourceDetail: "the Electoral Register, Companies House and other public sources", Linked: true, Retention: tenYears}
	consents := &policy.Category{ID: "consents", Name: "Consents and preferences", Items: []string{"the permissions, consents and preferences you give us", "your marketing choices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: tenYears}
	credit := &policy.Category{ID: "credit", Name: "Credit reference information",
		Items:       []string{"your credit history and the searches other lenders have made", "county court judgments and insolvencies", "financial associations with people you have applied with jointly"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the credit reference agencies Experian, Equifax and TransUnion", Linked: true, Retention: tenYears}
	fraudData := &policy.Category{ID: "fraud", Name: "Fraud and financial crime information",
		Items:       []string{"fraud and money-laundering risk markers", "alleged and proven offences"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "fraud prevention agencies, and government and law enforcement agencies", DerivedFrom: []*policy.Category{transactional, technical}, Linked: true,
		Retention: tenYears}
	health := &policy.Category{ID: "health", Name: "Health and circumstances", Items: []string{"health conditions you tell us about", "circumstances that affect how you bank with us"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, Retention: tenYears}
	voice := &policy.Category{ID: "voice", Name: "Voice ID", Items: []string{"a voiceprint made from how you speak, to recognise you when you call us"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}

	group := &policy.Recipient{ID: "group", Name: "other companies of Lloyds Banking Group", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, financial, contractual, transactional, behavioural, credit, fraudData},
		Purpose:    "to manage your relationship with the group and the risks across it"}
	authorities := &policy.Recipient{ID: "authorities", Name: "HM Revenue & Customs, our regulators and other authorities", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{contact, documents, financial, transactional, fraudData},
		Purpose:    "because the law requires it; HMRC may pass what it receives to the tax authorities of other countries where you may pay tax"}
	fscs := &policy.Recipient{ID: "fscs", Name: "the Financial Services Compensation Scheme", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{contact, contractual, transactional}, Purpose: "to protect your deposits"}
	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies (Experian, Equifax and TransUnion)", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, financial, contractual, transactional, social, credit},
		Purpose:    "to check your identity and credit, and to record how you run your accounts, including settled accounts and debts you do not repay",
		NoticeURL:  "https://www.experian.example/crain"}
	fpas := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, documents, financial, technical, fraudData}, Purpose: "to prevent fraud and money laundering and to verify your identity",
		Retention: policy.Years(6)}
	linked := &policy.Recipient{ID: "linked", Name: "anyone linked with you or your product, such as a joint account holder, a guarantor, a trustee or someone with your power of attorney", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, contractual, transactional}, Purpose: "because they share the product with you or act for you"}
	introducers := &policy.Recipient{ID: "introducers", Name: "brokers, price comparison websites and other organisations that introduce you to us, and companies we introduce you to", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, financial, contractual}, Purpose: "to arrange the product you asked about with them"}
	partners := &policy.Recipient{ID: "partners", Name: "companies we have a joint venture or an agreement to co-operate with", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, contractual}, Purpose: "to provide the products we offer with them"}
	payments := &policy.Recipient{ID: "payments", Name: "the payment systems and other banks, such as the Direct Debit scheme", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, transactional}, Purpose: "to make your payments and collect your Direct Debits"}
	lenders := &policy.Recipient{ID: "lenders", Name: "other lenders who hold a charge on your property", Role: policy.RoleThirdParty, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, contractual}, Purpose: "you have a mortgage or secured loan with us and another lender holds a charge on the same property"}
	tpps := &policy.Recipient{ID: "tpps", Name: "companies you ask us to share your data with", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{contact, transactional}, Purpose: "you ask us to, such as an open banking provider you authorise"}
	researchers := &policy.Recipient{ID: "researchers", Name: "market researchers", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, contractual}, Purpose: "to ask you about our products and services for us"}
	agents := &policy.Recipient{ID: "agents", Name: "agents, advisers and service providers who work for us", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, documents, contractual, transactional, communications, technical}}

	deliver := &policy.Purpose{ID: "products", Name: "Providing our products and services: running your accounts, making your payments, and managing fees, charges and interest",
		Categories: []*policy.Category{contact, documents, contractual, transactional, communications, technical}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:        "being efficient about how we fulfil our legal and contractual duties",
		Recipients:      []*policy.Recipient{payments, agents, linked, tpps, lenders, partners},
		Required:        "we need this data under the terms of our contract with you, or by law; without it we may not be able to provide a product, and may have to cancel one you have",
		ServiceMessages: true}
	opening := &policy.Purpose{ID: "opening", Name: "Checking that a product is right for you when you apply for it",
		Categories: []*policy.Category{contact, documents, financial, socio, contractual}, Bases: []policy.Basis{policy.BasisContract},
		Recipients:    []*policy.Recipient{introducers, cras},
		Automated:     "when you open an account, our systems check that the product is relevant for you and that you meet its conditions, such as your age, residency, nationality and financial position, and may turn down the application",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial},
		Required:      "without these details we cannot check that you can have the product, and cannot open it"}
	lending := &policy.Purpose{ID: "lending", Name: "Deciding whether to lend to you, and what to charge",
		Categories: []*policy.Category{contact, financial, socio, transactional, credit, social}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations:   []policy.Obligation{uk6FCA},
		Recipients:    []*policy.Recipient{cras, introducers},
		Automated:     "we use credit scoring to decide whether to lend to you, and decide from what we know of you what to charge for some products, such as the interest rate",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial},
		Required:      "we cannot consider an application for credit without a credit search and details of your finances"}
	reporting := &policy.Purpose{ID: "reporting", Name: "Telling the credit reference agencies how you run your accounts and repay what you owe",
		Categories: []*policy.Category{contact, contractual, transactional}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "responsible lending, and helping others lend responsibly", Recipients: []*policy.Recipient{cras}}
	aml := &policy.Purpose{ID: "aml", Name: "Checking your identity and preventing money laundering and terrorist financing",
		Categories: []*policy.Category{contact, documents, financial, open, fraudData}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{uk6MLR, uk6POCA}, Recipients: []*policy.Recipient{cras, fpas, authorities},
		Criminal: policy.CriminalAuthority{Condition: policy.DPAConditionMoneyLaundering},
		Required: "the law requires us to confirm who you are; if we cannot, we cannot provide the product"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting, investigating, reporting and seeking to prevent financial crime",
		Categories: []*policy.Category{contact, documents, transactional, locational, technical, fraudData}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "developing and improving how we deal with financial crime, and meeting our duties to report it",
		Obligations: []policy.Obligation{uk6POCA}, Recipients: []*policy.Recipient{fpas, authorities, group},
		Criminal:  policy.CriminalAuthority{Condition: policy.DPAConditionFraud},
		Automated: "our systems decide whether your accounts may be being used for fraud or money laundering, from what you tell us and how you use your accounts, and may stop activity on them or refuse access to them",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetBankAccount, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundMoneyLaundering}, Automated: policy.AnswerYes,
			Contest: "by contacting us and asking for a person to review it", HumanReview: true}}
	risk := &policy.Purpose{ID: "risk", Name: "Managing risk for us and our customers",
		Categories: []*policy.Category{financial, contractual, transactional, credit}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest: "complying with regulations that apply to us and being efficient about how we fulfil them", Obligations: []policy.Obligation{uk6Records},
		Recipients: []*policy.Recipient{group, authorities}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Deciding which products, services and offers may interest you, and telling you about them",
		Categories: []*policy.Category{contact, contractual, transactional, behavioural, socio, consents}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest:  "a business reason to tell our customers about products that may suit them, which must not unfairly go against what is right and best for you",
		Profiling: true, OptOut: true, OptOutHow: "by contacting us at any time, or by changing your choices in the app or Internet Banking",
		ConsentExemptBy: []policy.Obligation{uk3PECR("22(3)")}, Recipients: []*policy.Recipient{agents}}
	insight := &policy.Purpose{ID: "insight", Name: "Studying how our customers use our products and those of other organisations, grouping similar customers, and developing and testing new products",
		Categories: []*policy.Category{behavioural, transactional, socio, locational}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "developing products and services, and what we charge for them, and growing our business", Profiling: true}
	research := &policy.Purpose{ID: "research", Name: "Asking for your views in market research",
		Categories: []*policy.Category{contact, contractual}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what our customers think, to improve our products", OptOut: true, Recipients: []*policy.Recipient{researchers}}
	vulnerable := &policy.Purpose{ID: "support", Name: "Supporting customers whose health or circumstances affect how they bank with us",
		Categories: []*policy.Category{health, communications}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest},
		Obligations: []policy.Obligation{uk6Consumer}, SpecialCondition: policy.DPAConditionEconomicWellBeing,
		Required: "telling us is up to you; if you do not, we cannot adapt how we support you"}
	voiceID := &policy.Purpose{ID: "voiceid", Name: "Recognising you by your voice when you call us, with Voice ID",
		Categories: []*policy.Category{voice}, Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking us to turn Voice ID off, after which we check who you are with security questions"}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting to HM Revenue & Customs the accounts of people who may pay tax in other countries",
		Categories: []*policy.Category{contact, documents, contractual}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{uk6Tax}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to ask where you pay tax, and for your tax identification number"}
	protect := &policy.Purpose{ID: "fscs", Name: "Keeping the records the Financial Services Compensation Scheme needs to protect your deposits",
		Categories: []*policy.Category{contact, contractual, transactional}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the PRA Rulebook, Depositor Protection Part", Region: gb}}, Recipients: []*policy.Recipient{fscs}}
	complaints := &policy.Purpose{ID: "complaints", Name: "Responding to complaints and seeking to resolve them",
		Categories: []*policy.Category{contact, communications, contractual}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "the FCA Handbook, Dispute Resolution: Complaints sourcebook (DISP)", Region: gb}},
		Interest:    "resolving complaints fairly and learning from them", Recipients: []*policy.Recipient{authorities}}
	recover := &policy.Purpose{ID: "recovery", Name: "Collecting money owed to us and exercising our rights under our agreements with you",
		Categories: []*policy.Category{contact, contractual, transactional, financial}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "recovering what is owed to us", Recipients: []*policy.Recipient{cras, agents}}
	business := &policy.Purpose{ID: "business", Name: "Running our business in an efficient and proper way: our financial position, planning, communications, corporate governance and audit",
		Categories: []*policy.Category{contractual, transactional, financial}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest: "being efficient about how we fulfil our legal and contractual duties", Obligations: []policy.Obligation{uk6Records}, Recipients: []*policy.Recipient{authorities, group}}
	website := &policy.Purpose{ID: "website", Name: "Measuring how our website and app are used and which of our ads work",
		Categories: []*policy.Category{technical}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{agents}}

	p := &policy.Policy{
		Title: "Lloyds Bank privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Lloyds Bank plc", Address: gresham}, Country: gb,
			Registration: "registered in England and Wales under company number 2065, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority under registration number 119278"},
		DPO:     &policy.Contact{Name: "Data Protection Officer, Lloyds Banking Group", Email: "dpo@lloydsbankinggroup.example", Address: gresham},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:         []policy.Law{policy.UKGDPR},
		Scope:        []string{"Lloyds Bank's current accounts, savings, mortgages, loans and credit cards for people and businesses, our branches, telephone banking, Internet Banking and the Lloyds app"},
		OtherNotices: []policy.Notice{{Covers: "pensions, investments and insurance from Scottish Widows, another company of Lloyds Banking Group", URL: "https://www.scottishwidows.example/privacy"}},
		External:     []policy.ExternalService{policy.ExternalConnectedApps},
		UserDuties:   []policy.UserDuty{policy.UserDutyOthersInformed},
		Categories: []*policy.Category{contact, documents, financial, socio, transactional, contractual, locational, behavioural, technical, communications, social, open, consents,
			credit, fraudData, health, voice},
		Purposes: []*policy.Purpose{deliver, opening, lending, reporting, aml, fraud, risk, marketing, insight, research, vulnerable, voiceID, tax, protect, complaints, recover,
			business, website},
		Recipients: []*policy.Recipient{group, authorities, fscs, cras, fpas, linked, introducers, partners, payments, lenders, tpps, researchers, agents},
		Transfers: []policy.Transfer{
			{Origin: gb, ChosenDestination: policy.ChosenDestinationPayee, Recipient: payments, Categories: []*policy.Category{contact, transactional},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: gb, Destination: regionIN, Recipient: agents, Categories: []*policy.Category{contact, contractual, transactional, communications},
				Safeguard: policy.SafeguardUKTransferAgreement},
			{Origin: gb, Destination: regionUS, Recipient: agents, Categories: []*policy.Category{contact, technical}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureBusinessTransfer, Note: "This may happen if the make-up of Lloyds Banking Group changes."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: deliver, Categories: []*policy.Category{technical},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance and marketing cookies", Party: policy.PartyThird, ProviderName: "our analytics and advertising partners", Purpose: website,
				Categories: []*policy.Category{technical}, Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("by writing to us, by calling us or in a branch"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us not to decide on the automated score alone, or objecting to a decision and asking for a person to review it"},
			policy.Right{Kind: policy.RightControllerComplaint, How: "by calling us, in a branch or by writing to us"}),
		Requests: policy.Requests{WithoutAccount: "by writing to us at the address for subject access requests"},
		Links:    policy.Links{CookieSettings: "https://www.lloydsbank.example/cookies"},
		Contact:  policy.Contact{Name: "Lloyds Bank", Address: gresham, Email: "dpo@lloydsbankinggroup.example"},
	}
	return realPolicy{"high-street bank (Lloyds Bank)", p, []statement{
		{says: "Lloyds Bank plc, at 25 Gresham Street in London, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Lloyds Bank plc" && strings.Contains(p.Controller.Address, "Gresham Street")
		}},
		{says: "Lloyds Bank is authorised by the PRA and regulated by the FCA and the PRA", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Prudential Regulation Authority") && strings.Contains(p.Controller.Registration, "119278")
		}},
		{says: "you can contact the group's Data Protection Officer", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && strings.Contains(p.DPO.Name, "Lloyds Banking Group") && p.DPO.Email != ""
		}},
		{says: "we process your data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers our personal and business accounts, savings, mortgages, loans and cards, in branches, by phone and online", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "businesses")
		}},
		{says: "Scottish Widows has its own notice for its pensions, investments and insurance", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Scottish Widows") && p.OtherNotices[0].URL != ""
		}},
		{says: "we hold contact, documentary, financial, socio-demographic, transactional, contractual, locational, behavioural, technical and communications data", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"contact", "documents", "financial", "socio", "transactional", "contractual", "locational", "behavioural", "technical", "communications"} {
				if p.Category(id) == nil {
					return false
				}
			}
			return true
		}},
		{says: "we also hold data on your social relationships, open data and public records, and the consents and preferences you give us", typed: func(p *policy.Policy) bool {
			return p.Category("social") != nil && p.Category("consents") != nil && slices.Equal(p.Category("open").Sources, []policy.Source{policy.SourcePublic})
		}},
		{says: "we take data from public records such as the Electoral Register and from what is openly available on the internet", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("open").SourceDetail, "Electoral Register")
		}},
		{says: "brokers and comparison websites that introduce you to us give us your details", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("contact").SourceDetail, "price comparison") && slices.Contains(p.Category("contact").Sources, policy.SourceThirdParty)
		}},
		{says: "card associations tell us where you use your card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("locational").SourceDetail, "card associations") && slices.Contains(p.Category("locational").Items, "the shop where you use your card")
		}},
		{says: "we use data to provide our products, make your payments and manage fees, charges and interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("products")
			return pu.RestsOn(policy.BasisContract, policy.UKGDPR) && slices.Contains(pu.Recipients, recipient(p, "payments"))
		}},
		{says: "if you do not give data we need by law or under our contract, we may not be able to provide the product, and may cancel one you have", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("products").Required, "cancel")
		}},
		{says: "a joint account holder sees the joint account's payments, and we share data with guarantors, trustees and attorneys linked to your product", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactional").VisibleTo, policy.AudienceJointHolders) && slices.Contains(p.Purpose("products").Recipients, recipient(p, "linked"))
		}},
		{says: "if you give us details of someone else, such as a joint applicant, you must tell them about this notice", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "even if you opt out of marketing, we still send you important messages, such as changes to your terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("products").ServiceMessages && !p.Purpose("products").DirectMarketing
		}},
		{says: "when you open an account our systems check that the product suits you and that you meet its conditions, such as age, residency and nationality", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("opening")
			return strings.Contains(pu.Automated, "residency") && slices.Equal(pu.DecisionAreas, []policy.DecisionArea{policy.DecisionFinancial})
		}},
		{says: "we use credit scoring to decide whether to lend, and decide some prices, such as interest rates, from what we know of you", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("lending")
			return strings.Contains(pu.Automated, "credit scoring") && strings.Contains(pu.Automated, "interest rate") && pu.RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "FCA rules require us to lend responsibly", typed: func(p *policy.Policy) bool {
			return p.Purpose("lending").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(p.Purpose("lending").Obligations, uk6FCA)
		}},
		{says: "you can ask us not to decide on the automated score alone, and object to an automated decision and have a person review it", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightNoAutomatedDecision && strings.Contains(r.How, "person")
			})
		}},
		{says: "we search the credit reference agencies when you apply, and keep exchanging data with them while you are a customer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("lending").Recipients, recipient(p, "cras")) && p.Purpose("reporting").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "we tell the agencies about settled accounts and debts you do not repay in full and on time", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "cras").Purpose, "settled accounts")
		}},
		{says: "the credit reference agencies explain how they use data in their joint notice (CRAIN)", typed: func(p *policy.Policy) bool { return recipient(p, "cras").NoticeURL != "" }},
		{says: "a joint application links your credit file with the other applicant's", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("credit").Items, "financial associations with people you have applied with jointly") && p.Purpose("lending").Uses(p.Category("social"))
		}},
		{says: "the law requires us to confirm your identity and prevent money laundering; if we cannot, we cannot provide the product", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("aml")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk6MLR) && pu.Required != ""
		}},
		{says: "we share data with fraud prevention agencies, which may keep it for up to six years", typed: func(p *policy.Policy) bool {
			return recipient(p, "fpas").Retention == policy.Years(6) && slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "fpas"))
		}},
		{says: "we may hold information on alleged and proven offences, where the law allows, to prevent fraud and money laundering", typed: func(p *policy.Policy) bool {
			return p.Category("fraud").Criminal && p.Purpose("fraud").Criminal.Condition == policy.DPAConditionFraud &&
				p.Purpose("aml").Criminal.Condition == policy.DPAConditionMoneyLaundering
		}},
		{says: "our systems may stop activity on accounts, or refuse access to them, if they suspect fraud or money laundering", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Targets, policy.SuspensionTargetBankAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundMoneyLaundering) &&
				s.HumanReview && p.Purpose("fraud").Automated != ""
		}},
		{says: "we manage risk for us and our customers, as the rules that apply to us require", typed: func(p *policy.Policy) bool {
			return p.Purpose("risk").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && p.Purpose("risk").Interest != ""
		}},
		{says: "we decide what products and offers may interest you from what we know of you, and market them on our legitimate interests", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.Profiling && m.DirectMarketing && m.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && !m.RestsOnConsent()
		}},
		{says: "we send marketing messages to our customers as PECR allows for similar products, and you can ask us to stop at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.OptOut && m.OptOutHow != "" && strings.HasSuffix(m.ConsentExemptBy[0].Act, "22(3)")
		}},
		{says: "we study how customers use our products and those of others, group similar customers and test new products", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("insight")
			return pu.Profiling && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && pu.Uses(p.Category("behavioural"))
		}},
		{says: "market researchers may ask for your views for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "researchers").Role == policy.RoleProcessor && p.Purpose("research").OptOut
		}},
		{says: "we use special types of data only where the law allows, such as health information to support you", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("support")
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisSubstantialPublicInterest, policy.UKGDPR) &&
				pu.SpecialCondition == policy.DPAConditionEconomicWellBeing
		}},
		{says: "someone who helps you, such as a carer, may tell us about your circumstances", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceOtherUsers)
		}},
		{says: "Voice ID recognises you by your voice when you call, only with your explicit consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("voiceid")
			return p.Category("voice").Biometric && pu.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) && pu.Withdraw != ""
		}},
		{says: "we report to HMRC the accounts of people who may pay tax abroad, and HMRC may pass it to other countries' tax authorities", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(recipient(p, "authorities").Purpose, "other countries")
		}},
		{says: "we give the Financial Services Compensation Scheme what it needs to protect your deposits", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fscs").Recipients, recipient(p, "fscs")) && p.Purpose("fscs").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we respond to complaints and seek to resolve them", typed: func(p *policy.Policy) bool {
			return p.Purpose("complaints").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && p.Purpose("complaints").Uses(p.Category("communications"))
		}},
		{says: "we record calls, and tell you so", typed: func(p *policy.Policy) bool { return p.Category("communications").RecordingNotice }},
		{says: "we collect money owed to us and exercise our rights under our agreements", typed: func(p *policy.Policy) bool {
			return p.Purpose("recovery").RestsOn(policy.BasisContract, policy.UKGDPR) && p.Purpose("recovery").Interest != ""
		}},
		{says: "we run our business properly: our finances, planning, governance and audit", typed: func(p *policy.Policy) bool {
			return p.Purpose("business").RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && strings.Contains(p.Purpose("business").Name, "audit")
		}},
		{says: "we share data with other Lloyds Banking Group companies", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "group"))
		}},
		{says: "we share data with HMRC, our regulators and other authorities", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "we share data with the companies we co-operate with and those we introduce you to", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners") != nil && strings.Contains(recipient(p, "introducers").Name, "companies we introduce you to")
		}},
		{says: "if you use Direct Debits, we share data with the Direct Debit scheme", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "payments").Name, "Direct Debit scheme")
		}},
		{says: "if another lender holds a charge on your property, we may share data with it", typed: func(p *policy.Policy) bool { return recipient(p, "lenders").Conditional }},
		{says: "we share data with companies you ask us to, such as open banking providers, whose own terms govern it", typed: func(p *policy.Policy) bool {
			return recipient(p, "tpps").Conditional && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "if the make-up of Lloyds Banking Group changes, your data may pass to the new owner", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureBusinessTransfer)
			return d != nil && strings.Contains(d.Note, "make-up")
		}},
		{says: "when you pay someone abroad, their bank receives your details", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationPayee && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "our agents outside the UK work under contracts that protect your data to UK standards, and US recipients under the UK-US data bridge", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[1].Note == "" && p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep your data while you are a customer and for up to ten years after, to answer complaints, show we treated you fairly and keep records", typed: func(p *policy.Policy) bool {
			r := p.Category("transactional").Retention
			return r.Kind == policy.RetentionWhileActive && r.Period == policy.Years(10) && strings.Contains(r.Criteria, "treated you fairly")
		}},
		{says: "we may keep data longer where we cannot delete it for legal, regulatory or technical reasons, or for research and statistics", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("contact").Retention.Note, "research")
		}},
		{says: "you may access, correct, erase and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightObjection)
		}},
		{says: "you can get a copy of your data by writing to us", typed: func(p *policy.Policy) bool { return p.Requests.WithoutAccount != "" }},
		{says: "tell us first if you are unhappy with how we used your data; you may also complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "our cookie policy explains how we use cookies, which need your consent unless they are strictly necessary", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		// Free text.
		{says: "the link between joint applicants stays on their credit files until one of them asks the agencies for a disassociation", free: toCategory("credit")},
		{says: "a search leaves a footprint on your credit file that other lenders may see", free: toRecipientPurpose("cras")},
		{says: "if we or a fraud prevention agency find you a fraud or money-laundering risk, others may refuse you services, finance or employment", free: toRecipientPurpose("fpas")},
		{says: "any data that is optional to give is made clear to you when we ask for it", free: toIntroduction},
	}}
}
