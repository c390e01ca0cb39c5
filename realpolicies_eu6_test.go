package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	_ "golang.org/x/text/language"
)

// The Dutch acts the bol paraphrase cites, each as the law of the
// Netherlands.
var (
	eu6UAVG       = policy.Obligation{Act: "Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)", Region: regionNL}
	eu6Cookies    = policy.Obligation{Act: "Telecommunicatiewet, art. 11.7a", Region: regionNL}
	eu6SoftOptIn  = policy.Obligation{Act: "Telecommunicatiewet, art. 11.7(3)", Region: regionNL}
	eu6DutchTaxes = policy.Obligation{Act: "Algemene wet inzake rijksbelastingen (AWR), art. 52", Region: regionNL}
	eu6DutchBooks = policy.Obligation{Act: "Burgerlijk Wetboek, Book 2, art. 10", Region: regionNL}
	eu6DutchAP    = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionNL,
		Contact: policy.Contact{Name: "Autoriteit Persoonsgegevens", Address: "Postbus 93374, 2509 AJ Den Haag, the Netherlands", Website: "https://autoriteitpersoonsgegevens.nl"}}
)

// eu6Bol paraphrases, in our own words and as we recall it, the privacy
// statement for customers of bol.com b.v., as published in 2024-2025: an
// Utrecht company of the Ahold Delhaize group that runs bol, the largest
// online shop of the Netherlands and Belgium, on which it sells its own
// goods and partners sell theirs; that delivers through carriers and,
// for alcohol, checks the customer's age at the door; that decides
// automatically whether to offer payment afterwards; that runs the paid
// bol Select membership; that personalises the shop, shows sponsored
// products and, with consent, advertises elsewhere; that emails its
// customers offers as the Dutch Telecommunications Act allows; that
// records customer service calls to train its staff; that places
// functional and analytical cookies without consent, as that Act allows
// for analytics with little effect on privacy; and that runs on Google's
// cloud. It declares the GDPR and the Dutch implementing act (UAVG) and
// names the Autoriteit Persoonsgegevens.
func eu6Bol() realPolicy {
	books := "the General State Taxes Act (AWR, art. 52) and the Civil Code (Book 2, art. 10), which require invoices and accounting records to be kept for seven years"

	account := &policy.Category{ID: "account", Name: "Customer account data",
		Items:       []string{"salutation, first name and last name", "postal address", "email address", "phone number", "password", "date of birth, if you give it", "customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Orders, deliveries and returns",
		Items:       []string{"the articles you order and whether bol or a partner sells them", "delivery address, or the pick-up point you choose", "delivery status and track-and-trace data", "returns, cancellations and warranty claims", "invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the carriers, which tell us where your parcel is", Linked: true, Retention: policy.AsRequiredBy(books)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method you choose, such as iDEAL, Bancontact, a card or payment afterwards", "whether and when you paid", "gift cards and credit on your account", "payment reminders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers and your bank",
		Linked: true, Retention: policy.AsRequiredBy(books)}
	select_ := &policy.Category{ID: "select", Name: "bol Select membership",
		Items:       []string{"whether you are a member and since when", "the yearly fee and its payment", "the benefits you use, such as free delivery"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	lists := &policy.Category{ID: "lists", Name: "Wish lists",
		Items:       []string{"the articles on your wish lists", "the name you give a list"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityLink,
		Retention: policy.WhileAccountActive(policy.Period{})}
	usage := &policy.Category{ID: "usage", Name: "Device and browsing data",
		Items:       []string{"IP address", "device, browser and app version", "the pages and articles you view", "what you search for", "your basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the purpose needs it, and no longer than two years")}
	interests := &policy.Category{ID: "interests", Name: "Interests we derive",
		Items:       []string{"the kinds of articles and brands you seem to like", "the stage of life your purchases suggest, such as having a baby"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, usage}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the adverts you see and click", "whether an advert led to a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that gathers it lasts, which the cookie statement lists")}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews",
		Items:       []string{"your rating and review of an article or a partner", "the name and place of residence you choose to show with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the article is for sale, unless you ask us to remove the review earlier")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your chats, emails and calls with customer service", "what you ask and how we answered"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your question, and then for two years so that we know what was agreed")}
	calls := &policy.Category{ID: "calls", Name: "Call recordings",
		Items:       []string{"the recording of your phone call with customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("only as long as we need them to train our staff and check the quality of our help")}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers",
		Items:       []string{"your answers to our customer surveys and panels"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the study needs them, after which we keep only the results")}

	partners := &policy.Recipient{ID: "partners", Name: "the partners who sell their articles through bol", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to send you the articles you buy from them, take them back and handle warranty claims"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers, such as PostNL, DHL and DPD", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your parcel, let you follow it and, for alcohol, check your age at the door"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "to carry out the payment you choose"}
	collectors := &policy.Recipient{ID: "collectors", Name: "a debt collection agency", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, payment}, Country: regionNL, Conditional: true, Purpose: "if you do not pay an invoice after our reminders"}
	cloud := &policy.Recipient{ID: "cloud", Name: "Google Cloud, which hosts our shop and systems", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, payment, select_, lists, usage, interests, reviews, service}, Country: regionEU}
	providers := &policy.Recipient{ID: "providers", Name: "customer service, email, survey and analytics service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, usage, service, calls, surveys}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our adverts on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, the judiciary and supervisory authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, payment}, Country: regionNL, Conditional: true, Purpose: "where the law obliges us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and managing your bol account",
		Categories: []*policy.Category{account, lists}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{cloud},
		Required: "you cannot order without an account, and an account needs your name, address and email address"}
	shop := &policy.Purpose{ID: "orders", Name: "Handling your orders, deliveries, returns and payments, whether bol or a partner sells the article",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{partners, carriers, psps, cloud},
		Required:   "without your name, a delivery address and a means of payment we cannot deliver or invoice an order",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument}}
	payLater := &policy.Purpose{ID: "pay-later", Name: "Deciding whether we can offer you payment afterwards",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:  "limiting the risk that an order we deliver before payment is never paid",
		Required:  "you may always pay straight away, with iDEAL, Bancontact or a card; without the check we cannot offer payment afterwards",
		Automated: "we decide automatically, from your order and payment history with us and signs of fraud, whether payment afterwards is open to you for an order"}
	collection := &policy.Purpose{ID: "collection", Name: "Collecting unpaid invoices",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "being paid for what we delivered", Recipients: []*policy.Recipient{collectors}}
	membership := &policy.Purpose{ID: "select", Name: "Running your bol Select membership",
		Categories: []*policy.Category{account, select_, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "Select needs an account and payment of the yearly fee"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse, such as orders in someone else's name and fraud with returns",
		Categories: []*policy.Category{account, orders, payment, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers, our partners and us from fraud and the losses it causes",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundTermsBreach},
			Contest: "by contacting customer service"}}
	website := &policy.Purpose{ID: "website", Name: "Running bol.com and the app and keeping them secure and working well",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering a shop that works, is fast and is safe from attacks", Recipients: []*policy.Recipient{cloud}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how bol.com and the app are used, to improve them",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "knowing which pages work and which do not, from statistics that have little effect on your privacy", OptOut: true,
		Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Personalising the shop: the articles, offers and search results we show you",
		Categories: []*policy.Category{usage, orders, interests}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings at the foot of every page and in the app's settings", Profiling: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you personalised adverts and sponsored articles, on bol and elsewhere, and measuring them",
		Categories: []*policy.Category{tracking, interests}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings at the foot of every page", Profiling: true,
		ConsentRequiredBy: []policy.Obligation{eu6Cookies}, Recipients: []*policy.Recipient{adPartners}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Emailing customers news and offers about articles like those they bought",
		Categories: []*policy.Category{account, orders, interests}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about articles and offers that suit what they already buy from us", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{eu6SoftOptIn}, Recipients: []*policy.Recipient{providers}}
	push := &policy.Purpose{ID: "push", Name: "Sending push messages about your orders and offers in the app",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings or the app's settings"}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews of articles and partners",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisContract},
		Required: "writing a review is up to you; if you do, it is published with the name and place you give"}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "helping you also with questions that go beyond an order", Recipients: []*policy.Recipient{providers, partners},
		Required: "we cannot answer a question about an order without its details"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls with customer service to train our staff and improve our service",
		Categories: []*policy.Category{calls}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "training our customer service staff and checking the quality of their help", OptOut: true, Recipients: []*policy.Recipient{providers}}
	research := &policy.Purpose{ID: "research", Name: "Asking for your opinion in customer surveys",
		Categories: []*policy.Category{account, orders, surveys}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning what customers think of bol so that we can improve it", OptOut: true, Recipients: []*policy.Recipient{providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records and meeting other legal obligations",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu6DutchTaxes, eu6DutchBooks}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep these records, and you cannot have them deleted before their period ends"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "bol.com b.v.", Address: "Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands", Website: "https://www.bol.example"},
			Registration: "trade register of the Netherlands Chamber of Commerce, KvK", Country: regionNL},
		DPO:     &policy.Contact{Name: "Data Protection Officer (Functionaris Gegevensbescherming)", Email: "privacy@bol.example", Address: "Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands"},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:       "https://www.bol.example/nl/nl/m/privacy/",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6UAVG, eu6Cookies},
		Scope:     []string{"bol.com and the bol app in the Netherlands and Belgium"},
		OtherNotices: []policy.Notice{{Covers: "the partners who sell through bol", URL: "https://partnerplatform.bol.example/privacy"},
			{Covers: "job applicants", URL: "https://careers.bol.example/privacy"}},
		Categories: []*policy.Category{account, orders, payment, select_, lists, usage, interests, tracking, reviews, service, calls, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Card payments are handled by our payment service providers."},
		},
		Purposes: []*policy.Purpose{accountPurpose, shop, payLater, collection, membership, fraud, website, analytics, personalise, ads, offers, push,
			reviewing, helping, recording, research, records},
		Recipients: []*policy.Recipient{partners, carriers, psps, collectors, cloud, providers, adPartners, authorities},
		Storage:    []policy.Storage{{Location: regionEU}},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, usage, service, calls, surveys},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise on bol see only how their adverts performed, never who saw them."}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud},
			KeptFor: policy.Years(7)}},
		Cookies: []policy.Cookie{
			{ID: "functional", Name: "functional cookies for the basket, login, your settings and security", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytical cookies", Party: policy.PartyFirst, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentExemptStatistics},
			{ID: "personalisation", Name: "personalisation cookies", Party: policy.PartyFirst, Purpose: personalise,
				Categories: []*policy.Category{usage, interests}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels of our partners", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account under \"My details\" or with the form in our customer service pages"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have a member of staff look at the decision, hear your view and let you contest it"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress:  []policy.Redress{eu6DutchAP},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureBreachNotification}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.bol.example/nl/nl/cookies/"},
		Children:   policy.Children{MinimumAge: 16, ParentalConsent: true},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "privacy@bol.example"},
	}
	return realPolicy{"online shop and marketplace (bol)", p, []statement{
		{says: "bol.com b.v. in Utrecht, registered with the Chamber of Commerce, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionNL && strings.Contains(p.Controller.Registration, "KvK")
		}},
		{says: "you can reach our data protection officer by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Dutch implementing act, and place cookies under the Telecommunications Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2 && p.LegalActs[0].Region == regionNL
		}},
		{says: "this statement covers bol.com and the bol app in the Netherlands and Belgium", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "partners who sell through bol and job applicants have their own privacy statements", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "for your account we record your name, address, email address, phone number and password, and your date of birth if you give it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth, if you give it") && p.Purpose("account").Required != ""
		}},
		{says: "we use your order, delivery and payment data to perform the contract of sale", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("orders").Required != ""
		}},
		{says: "when you buy from a partner, the partner receives your name, address and order to send the article, take it back and handle warranty claims", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "partners"))
		}},
		{says: "carriers such as PostNL, DHL and DPD receive your name and address to deliver your parcel", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "carriers").Name, "PostNL") && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers"))
		}},
		{says: "carriers tell us where your parcel is, so that you can follow it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Sources, policy.SourceThirdParty) && p.Category("orders").SourceDetail != ""
		}},
		{says: "when you buy alcohol you confirm you are 18, and the carrier checks your identity document at the door", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("orders").AgeChecks, []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument})
		}},
		{says: "payment service providers carry out your payment; we do not keep full card numbers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").Recipients, recipient(p, "psps")) && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we decide automatically, from your history with us and fraud signals, whether you may pay afterwards", typed: func(p *policy.Policy) bool {
			return p.Purpose("pay-later").Automated != "" && p.Purpose("pay-later").Interest != ""
		}},
		{says: "you may always pay straight away instead", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("pay-later").Required, "straight away")
		}},
		{says: "you may ask for a member of staff to look at that decision, give your view and contest it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "if you do not pay after our reminders, we pass the claim to a debt collection agency", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Conditional && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "collectors"))
		}},
		{says: "we run bol Select, with its yearly fee, under its terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("select").HasBasis(policy.BasisContract) && p.Purpose("select").Required != ""
		}},
		{says: "your wish lists are seen by those you share them with", typed: func(p *policy.Policy) bool {
			return p.Category("lists").Visibility == policy.VisibilityLink
		}},
		{says: "we prevent fraud, such as orders in another's name and fraud with returns, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Interest != "" && p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we may cancel an order or block an account we suspect of fraud, and you may contact customer service about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != ""
		}},
		{says: "we record your IP address, device and what you view and search for, to run and secure the shop", typed: func(p *policy.Policy) bool {
			return p.Purpose("website").Interest != "" && slices.Contains(p.Category("usage").Items, "IP address")
		}},
		{says: "we always place functional cookies, needed for the basket and login", typed: func(p *policy.Policy) bool { return cookie(p, "functional").StrictlyNecessary }},
		{says: "we also always place analytical cookies, which the law allows because they have little effect on your privacy", typed: func(p *policy.Policy) bool {
			c := cookie(p, "analytics")
			return c.Consent == policy.CookieConsentExemptStatistics && c.Party == policy.PartyFirst && p.Purpose("analytics").OptOut
		}},
		{says: "we personalise the articles, offers and search results you see only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").RestsOnConsent() && p.Purpose("personalisation").Profiling && cookie(p, "personalisation").Consent == policy.CookieConsentOptIn
		}},
		{says: "from your purchases and browsing we derive what you are interested in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("interests").Sources, policy.SourceDerived) && len(p.Category("interests").DerivedFrom) == 2
		}},
		{says: "with your consent, we and partners such as Google and Meta show you personalised adverts on bol and elsewhere, as the Telecommunications Act requires", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.RestsOnConsent() && len(a.ConsentRequiredBy) == 1 && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "you may change your cookie choices at any time in the cookie settings", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "brands that advertise on bol get only reports on how their adverts did, never who saw them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != ""
		}},
		{says: "as a customer you receive emails with offers like what you bought, as the Telecommunications Act allows, and you can unsubscribe in each email or in your account", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && len(o.ConsentExemptBy) == 1 && o.ConsentExemptBy[0].Region == regionNL && !o.RestsOnConsent()
		}},
		{says: "the app sends push messages only if you allow them", typed: func(p *policy.Policy) bool {
			return p.Purpose("push").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "your reviews are published with the name and place you choose", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Required != ""
		}},
		{says: "customer service uses your questions and the details of your order to help you, and may involve the partner who sold it", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && slices.Contains(p.Purpose("service").Recipients, recipient(p, "partners"))
		}},
		{says: "we record calls with customer service to train our staff, and tell you so at the start of the call", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "we may ask you to take part in surveys, which you may decline", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").OptOut && p.Purpose("research").Uses(p.Category("surveys"))
		}},
		{says: "we keep invoices and accounting records for seven years, as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while you have an account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "when you close your account we keep what the law requires, and what we need for claims and against fraud, for up to seven years", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.KeptFor == policy.Years(7)
		}},
		{says: "our shop runs on Google Cloud, in data centres in the EU", typed: func(p *policy.Policy) bool {
			return recipient(p, "cloud").Role == policy.RoleProcessor && p.Storage[0].Location == regionEU
		}},
		{says: "service providers who handle customer service, email, surveys and analytics for us process data on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "where data goes outside the EU we use standard contractual clauses, of which our DPO gives a copy, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we give data to the police or other authorities only where the law obliges us", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you may see, correct, delete and take away your data, restrict and object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may use these rights in your account or with the form on our customer service pages", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightAccess && strings.Contains(r.How, "form") })
		}},
		{says: "we answer within a month, or within three where a request is complex", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Autoriteit Persoonsgegevens", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionNL
		}},
		{says: "we protect your data with encryption and with access only for staff who need it, and report data breaches as the law requires", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "bol never asks for your password or bank details by email, text or phone; report phishing to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "if you are under 16 you need a parent's permission", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && p.Children.ParentalConsent
		}},
		{says: "we may change this statement, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "partners who sell through bol are themselves responsible for what they do with your data once they have it", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		// Free text.
		{says: "anyone can report an article or a review they consider illegal with the form on the article's page", free: toPurpose("reviews")},
	}}
}

// The French acts the Decathlon paraphrase cites beyond those of
// realpolicies_fr_test.go, each as the law of France.
var (
	eu6FrCookies      = policy.Obligation{Act: "Loi n° 78-17 du 6 janvier 1978, art. 82", Region: regionFR}
	eu6FrSecondHand   = policy.Obligation{Act: "Code pénal, art. 321-7 and R. 321-3 to R. 321-8", Region: regionFR}
	eu6FrCardDisputes = "the Code monétaire et financier (art. L. 133-24), under which a card payment may be disputed for 13 months after the debit"
	eu6ProductRecall  = policy.Obligation{Act: "Regulation (EU) 2023/988 on general product safety, art. 35", Region: regionEU}
)

// eu6Decathlon paraphrases, in our own words and as we recall it, the
// personal data protection policy of Decathlon France SAS, as published
// in 2025: the French arm of the Villeneuve-d'Ascq sports retailer,
// which sells in its stores, on decathlon.fr and in its app, where
// partner sellers also sell through its marketplace; runs the free
// Decathlon loyalty programme, whose members collect points on their
// purchases in store and online and receive offers chosen from them;
// offers payment in three or four instalments with Oney Bank; repairs
// bikes and other gear in its workshops; buys back used gear, for which
// the Code pénal has it record the seller's identity in the register of
// second-hand goods; publishes customer reviews; warns buyers when a
// product is recalled, as the General Product Safety Regulation requires; and markets to its customers as the Code des
// postes et des communications électroniques allows. It declares the
// GDPR and the Loi Informatique et Libertés, names the CNIL, recognises
// post-mortem directives and reminds customers of the Bloctel list.
func eu6Decathlon() realPolicy {
	fr := regionFR
	accounting := "the Code de commerce (art. L. 123-22), which requires invoices and accounting records to be kept for ten years"

	account := &policy.Category{ID: "account", Name: "Decathlon account and loyalty membership",
		Items: []string{"title, first name and last name", "email address", "mobile phone number", "postal address", "date of birth", "password",
			"your member number and card", "the sports you practise, if you tell us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventLastActivity,
			Criteria: "three years after your last purchase or last contact with us, as the CNIL recommends for customer data"}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases in store and online",
		Items: []string{"the products you buy, in which store or online, with their price", "receipts and invoices", "delivery or click-and-collect address",
			"delivery status", "returns and exchanges", "the points you earn and the rewards you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the carriers, which tell us where your parcel is, and the marketplace sellers, who tell us how they handled your order", Linked: true,
		Retention: policy.AsRequiredBy(accounting)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method", "the last four digits and expiry date of the card", "the result of the authorisation", "a token of your card, if you ask us to remember it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(13), From: policy.EventCollection, Law: eu6FrCardDisputes,
			Note: "A card you ask us to remember stays saved until you remove it or it expires."}}
	workshop := &policy.Category{ID: "workshop", Name: "Workshop jobs",
		Items:       []string{"the product you bring in", "the work done and its price", "how to reach you when it is ready"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the legal guarantee on the work runs")}
	buyback := &policy.Category{ID: "buyback", Name: "Buy-back of used products",
		Items:       []string{"your name and address", "the type, number, date and issuer of your identity document", "the product we buy back and its price"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the Code pénal (art. 321-7 and R. 321-3 to R. 321-8), which governs the register of second-hand goods")}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"your rating and review", "the pseudonym, city and sports you choose to show with it", "our answer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the product is sold, unless you ask us to remove the review")}
	preferences := &policy.Category{ID: "preferences", Name: "Sports and preferences we infer",
		Items:       []string{"the sports you seem to practise", "the kinds of products and price ranges you prefer", "how often you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, account}, Linked: true,
		Retention: policy.ByCriteria("as long as we keep your account data")}
	service := &policy.Category{ID: "service", Name: "Customer relations",
		Items:       []string{"your messages, chats and calls to customer relations", "complaints and warranty claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventPurposeAchieved,
			Criteria: "three years after your request is closed; call recordings for six months"}}
	technical := &policy.Category{ID: "technical", Name: "Connection and browsing data",
		Items:       []string{"IP address", "device, browser and app version", "pages and products viewed", "searches", "your basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising and audience data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "an identifier derived from your email address, to show you our ads on social networks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{account}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "Decathlon SE and the other companies of the Decathlon group", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{account, purchases, payment, preferences, service, technical},
		Purpose:    "to run the account, the loyalty programme and the information systems we share"}
	sellers := &policy.Recipient{ID: "sellers", Name: "the partner sellers of our marketplace", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases}, Purpose: "to send you the products you buy from them, take them back and handle your claims"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and pick-up point networks", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, purchases}, Purpose: "to deliver your order and tell you when it arrives"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases, payment}, Purpose: "to take payment, refund you and check card payments for fraud"}
	oney := &policy.Recipient{ID: "oney", Name: "Oney Bank", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{account, purchases}, Purpose: "to decide whether to grant and then to manage payment in three or four instalments, if you choose it",
		NoticeURL: "https://www.oney.example/donnees-personnelles"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer relations, email and text messages, and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, purchases, preferences, service, technical}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social networks, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads, including on social networks, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, the courts and other authorities", Role: policy.RoleAuthority, Country: fr,
		Categories: []*policy.Category{account, purchases, payment, buyback}, Conditional: true,
		Purpose: "where the law requires us to disclose, such as when the police consult the register of second-hand goods"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating your Decathlon account and running the loyalty programme",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Required: "we need your name, email address and phone number to make you a member; without them you can still buy, but you earn no points"}
	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in store and online, delivering, and handling returns, exchanges and warranty claims",
		Categories: []*policy.Category{account, purchases, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{sellers, carriers, psps, group},
		Required:   "without a delivery address, an email address and a means of payment we cannot take an online order"}
	instalments := &policy.Purpose{ID: "instalments", Name: "Offering payment in three or four instalments with Oney Bank",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{oney},
		Required: "Oney needs your details to decide on the instalments; you may pay in one go instead"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Fighting fraud in online payments and orders",
		Categories: []*policy.Category{account, purchases, payment, technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and ourselves from fraudulent payments", Recipients: []*policy.Recipient{psps}, HumanDecision: true,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Contest: "by sending customer relations the documents it asks for", HumanReview: true}}
	repairs := &policy.Purpose{ID: "workshop", Name: "Repairing and servicing your products in our workshops",
		Categories: []*policy.Category{workshop, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "we need a way to reach you to tell you your product is ready"}
	buying := &policy.Purpose{ID: "buyback", Name: "Buying back your used products and keeping the register of second-hand goods",
		Categories: []*policy.Category{buyback}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu6FrSecondHand}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to record your identity document before we buy back a product; without it we cannot buy it"}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing and moderating your product reviews",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking customer relations to remove your review"}
	invitations := &policy.Purpose{ID: "review-invitations", Name: "Asking you by email, after a purchase, to review the products you bought",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping other customers choose, and improving our products", OptOut: true, Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and warranty claims",
		Categories: []*policy.Category{service, account, purchases}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "answering you also where no contract is involved, and checking the quality of our answers with recorded calls",
		Recipients: []*policy.Recipient{providers, sellers}, Required: "we cannot answer a request without its details"}
	recall := &policy.Purpose{ID: "recall", Name: "Telling you when a product you bought is recalled for safety reasons",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu6ProductRecall},
		Required:    "the law requires us to warn you, and we do so with the contact details we already hold"}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Knowing you better: choosing the offers, products and content we show you from your purchases and the sports you practise",
		Categories: []*policy.Category{account, purchases, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering our members what suits their sports", OptOut: true, Profiling: true, Recipients: []*policy.Recipient{group}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending customers our offers and news by email and text message",
		Categories: []*policy.Category{account, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they bought from us", OptOut: true, OptOutHow: "by replying STOP to any of our text messages", Profiling: true,
		ConsentExemptBy: []policy.Obligation{frSoftOptIn}, Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter to people who are not yet customers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "with the unsubscribe link in every email or in your account", ConsentRequiredBy: []policy.Obligation{frSoftOptIn},
		Recipients: []*policy.Recipient{providers}}
	post := &policy.Purpose{ID: "post", DirectMarketing: true, Name: "Sending offers by post",
		Categories: []*policy.Category{account, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our members about offers by post", OptOut: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and on social networks, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "with the cookie settings link at the foot of every page", Profiling: true, ConsentRequiredBy: []policy.Obligation{eu6FrCookies},
		Recipients: []*policy.Recipient{adPartners}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring the audience of decathlon.fr and the app, and improving them",
		Categories: []*policy.Category{technical}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "with the cookie settings link at the foot of every page", Recipients: []*policy.Recipient{providers}}
	website := &policy.Purpose{ID: "website", Name: "Running decathlon.fr and the app securely",
		Categories: []*policy.Category{technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping our website and app available and safe from attacks", Recipients: []*policy.Recipient{group}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records",
		Categories: []*policy.Category{purchases}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frTaxProcedure},
		Required:    "the law requires us to keep these records, and you cannot have them deleted before their period ends"}
	claims := &policy.Purpose{ID: "claims", Name: "Handling disputes and defending our rights",
		Categories: []*policy.Category{account, purchases, payment, service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "establishing and defending our rights for as long as a claim may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Decathlon France SAS", Address: "4 boulevard de Mons, 59650 Villeneuve d'Ascq, France"},
			Registration: "RCS Lille Métropole 500 569 405", Country: fr},
		DPO:     &policy.Contact{Name: "Délégué à la protection des données", Email: "dpo@decathlon.example", Address: "4 boulevard de Mons, 59650 Villeneuve d'Ascq, France"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:       "https://www.decathlon.example/landing/donnees-personnelles",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{frDataProtectionAct},
		Scope:     []string{"decathlon.fr, the Decathlon app and the Decathlon stores in France"},
		OtherNotices: []policy.Notice{{Covers: "video protection in our stores", URL: "https://www.decathlon.example/landing/videoprotection"},
			{Covers: "job applicants", URL: "https://recrutement.decathlon.example/donnees-personnelles"}},
		Categories: []*policy.Category{account, purchases, payment, workshop, buyback, reviews, preferences, service, technical, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it; we keep only a token, the last four digits and the expiry date."},
			{ID: "special", Name: "data revealing your health, beliefs or other special categories", Class: policy.DataClassSpecial},
		},
		Purposes: []*policy.Purpose{accountPurpose, orders, instalments, fraud, repairs, buying, reviewing, invitations, helping, recall, personalise, offers, newsletter, post,
			ads, audience, website, records, claims},
		Recipients: []*policy.Recipient{group, sellers, carriers, psps, oney, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, purchases, preferences, service, technical},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventLastActivity, Categories: []*policy.Category{account, preferences},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(3)}}, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for the basket, your account and security", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "choices", Name: "the cookie that records your cookie choices", Party: policy.PartyFirst, Purpose: website,
				Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: audience,
				Categories: []*policy.Category{technical}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising and social network cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request."},
		Redress:              []policy.Redress{frCNIL},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		Links:                policy.Links{CookieSettings: "https://www.decathlon.example/cookies"},
		Children:             policy.Children{MinimumAge: 15, ParentalConsent: true},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "dpo@decathlon.example"},
	}
	return realPolicy{"sports retailer and loyalty programme (Decathlon France)", p, []statement{
		{says: "Decathlon France SAS in Villeneuve d'Ascq, registered in Lille, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Lille")
		}},
		{says: "our data protection officer can be reached by email and by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Loi Informatique et Libertés", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "this policy covers decathlon.fr, the app and our stores in France", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "video protection in stores and recruitment have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "to join the loyalty programme we ask for your name, email address, phone number, postal address and date of birth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("account").Required != ""
		}},
		{says: "you may buy without joining, but earn no points", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "no points")
		}},
		{says: "we record your purchases in store and online, and the points and rewards you earn", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "the points you earn and the rewards you use")
		}},
		{says: "we process your orders, deliveries, returns and warranty claims to perform the contract of sale", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("orders").Required != ""
		}},
		{says: "when you buy from a marketplace seller, the seller receives what it needs to send and take back the product", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "sellers"))
		}},
		{says: "carriers and pick-up point networks deliver your orders on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "carriers"))
		}},
		{says: "we do not keep your full card number, only a token, the last four digits and the expiry date", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "we keep payment data for 13 months after the debit, the time within which a card payment may be disputed", typed: func(p *policy.Policy) bool {
			r := p.Category("payment").Retention
			return r.Period == policy.Months(13) && r.Law != ""
		}},
		{says: "if you choose to pay in three or four instalments, Oney Bank receives your details and decides as its own controller", typed: func(p *policy.Policy) bool {
			o := recipient(p, "oney")
			return o.Role == policy.RoleThirdParty && o.NoticeURL != "" && p.Purpose("instalments").Required != ""
		}},
		{says: "we check online orders for fraud in our legitimate interest, and may suspend or cancel a suspicious order", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Interest != "" && slices.Contains(f.Suspension.Targets, policy.SuspensionTargetOrder)
		}},
		{says: "a person at Decathlon decides on a suspicious order, and you may send the documents we ask for to have it released", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.HumanDecision && f.Suspension.Contest != "" && f.Suspension.HumanReview
		}},
		{says: "we record the repairs and servicing our workshops do", typed: func(p *policy.Policy) bool { return p.Purpose("workshop").HasBasis(policy.BasisContract) }},
		{says: "when we buy back a used product, the law requires us to record your identity document in the register of second-hand goods", typed: func(p *policy.Policy) bool {
			b := p.Purpose("buyback")
			return b.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(b.Obligations) == 1 && b.Required != ""
		}},
		{says: "the police may consult that register", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "authorities").Categories, p.Category("buyback")) && recipient(p, "authorities").Conditional
		}},
		{says: "your reviews are published with the pseudonym you choose, and we may answer them", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("reviews").Items, "our answer")
		}},
		{says: "after a purchase we may ask you by email to review it, and you may refuse", typed: func(p *policy.Policy) bool {
			return p.Purpose("review-invitations").OptOut && p.Purpose("review-invitations").Interest != ""
		}},
		{says: "customer relations uses your messages and calls to answer you, and calls may be recorded, as you are told", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Category("service").RecordingNotice
		}},
		{says: "if a product you bought is recalled, we use your contact details to warn you", typed: func(p *policy.Policy) bool {
			return p.Purpose("recall").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we infer the sports you practise and what you like from your purchases, to choose the offers we show you, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && slices.Contains(p.Category("preferences").Sources, policy.SourceDerived)
		}},
		{says: "we send customers offers by email and text message without prior consent, as the Code des postes allows for products like those they bought, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && len(o.ConsentExemptBy) == 1 && o.ConsentExemptBy[0] == frSoftOptIn
		}},
		{says: "people who are not customers receive our newsletter only if they ask for it", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.RestsOnConsent() && n.ConsentMethod == policy.ConsentMethodCheckbox && len(n.ConsentRequiredBy) == 1
		}},
		{says: "you may unsubscribe with the link in each email or in your account", typed: func(p *policy.Policy) bool { return p.Purpose("newsletter").Withdraw != "" }},
		{says: "we may send members offers by post, to which they may object", typed: func(p *policy.Policy) bool {
			return p.Purpose("post").DirectMarketing && p.Purpose("post").OptOut
		}},
		{says: "advertising and audience cookies are set only with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "audience").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "with your consent we show you our ads on social networks, matching a hashed form of your email address", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && slices.Contains(p.Category("tracking").DerivedFrom, p.Category("account"))
		}},
		{says: "cookies last at most 13 months and your choices are remembered for six", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Lifetime.Period == policy.Months(13) && cookie(p, "choices").Lifetime.Period == policy.Months(6)
		}},
		{says: "we keep connection data for one year", typed: func(p *policy.Policy) bool { return p.Category("technical").Retention.Period == policy.Years(1) }},
		{says: "we keep invoices for ten years, as the Code de commerce requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account for three years after your last purchase or contact, and then delete it", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventLastActivity && d.Stages[0].Within == policy.Years(3)
		}},
		{says: "we keep data needed for disputes for as long as a claim may be brought", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Interest != "" && p.Deletion[1].Keeps(policy.KeptLegalClaims)
		}},
		{says: "the companies of the Decathlon group, such as Decathlon SE, run our shared systems and the loyalty programme for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && strings.Contains(recipient(p, "group").Name, "Decathlon SE")
		}},
		{says: "some service providers are outside the EU, and the transfers rest on standard contractual clauses, of which the DPO gives a copy, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we collect no data revealing your health or other special categories", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial
		}},
		{says: "we take no decision about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may give directives on what becomes of your data after your death", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "we answer within a month, extendable by two, and ask for proof of identity only if in doubt", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2) && p.Requests.VerificationDetail != ""
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we protect data with encryption and access restricted to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "children under 15 need the consent of a parent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 15 && p.Children.ParentalConsent
		}},
		{says: "we announce material changes on our website and in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Equal(p.Changes.Notify, []policy.Channel{policy.ChannelInService})
		}},
		// Free text.
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel opposition list", free: toPurpose("offers")},
		{says: "you may stop our text messages by replying STOP to any of them", typed: func(p *policy.Policy) bool { return p.Purpose("offers").OptOutHow != "" }},
	}}
}

// The Spanish acts the Idealista paraphrase cites, each as the law of
// Spain.
var (
	eu6LOPDGDD      = policy.Obligation{Act: "Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)", Region: regionES}
	eu6LSSI         = policy.Obligation{Act: "Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información y de comercio electrónico (LSSI)", Region: regionES}
	eu6LSSISoftOpt  = policy.Obligation{Act: "Ley 34/2002 (LSSI), art. 21.2", Region: regionES}
	eu6LSSICookies  = policy.Obligation{Act: "Ley 34/2002 (LSSI), art. 22.2", Region: regionES}
	eu6SpanishBooks = "the Commercial Code (Código de Comercio, art. 30) and the General Tax Act (Ley 58/2003, General Tributaria), which require accounting records and invoices to be kept for six and four years"
)

// eu6Idealista paraphrases, in our own words and as we recall it, the
// privacy policy of idealista, S.A.U., as published in 2024-2025: the
// Madrid company that runs idealista.com, the Spanish property portal on
// which private owners and estate agencies publish adverts for homes and
// other property to sell or let, and people looking for one search,
// save searches and favourites, receive alerts and write to the
// advertiser through the portal, sending with their message the
// searcher's profile they choose to fill in; that checks adverts and
// messages for fraud and removes those that break its rules; sells
// advertising packages to agencies and paid adverts to private owners;
// passes mortgage requests, if asked, to its mortgage brokerage; and
// publishes price reports and market data drawn from adverts. It
// declares the GDPR, the LOPDGDD and the LSSI and names the AEPD.
func eu6Idealista() realPolicy {
	es := regionES

	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"name", "email address", "phone number", "password", "whether you are a private user or a professional"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Google, Apple or Facebook account you choose to sign in with, if you do", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	adverts := &policy.Category{ID: "adverts", Name: "Your property adverts",
		Items: []string{"the property's address or approximate location", "its features, photos, plans and description", "the price",
			"the name shown as advertiser and the phone number for contact"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the advert is published, and then as long as your account exists, so that you can publish it again")}
	contacts := &policy.Category{ID: "contacts", Name: "Messages with advertisers",
		Items:       []string{"your name, email address and phone number", "your messages and the advertiser's answers", "the adverts you asked about and when"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as your account exists, so that you and the advertiser can follow the conversation")}
	profile := &policy.Category{ID: "seeker-profile", Name: "Searcher's profile",
		Items:       []string{"when you want to move and for how long", "how many people would live in the home, and whether with pets", "your occupation, type of employment contract and income bracket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("until you change or delete it, and at most as long as your account exists")}
	searches := &policy.Category{ID: "searches", Name: "Searches, favourites and alerts",
		Items:       []string{"the searches you save and the alerts you set", "your favourite adverts and notes on them", "the adverts you have seen and discarded"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	professional := &policy.Category{ID: "professional", Name: "Professional customers' data",
		Items:       []string{"the agency's name, tax number (NIF) and address", "the contact person's name, email address and phone number", "the services contracted and their invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(eu6SpanishBooks)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method", "the last digits of the card", "invoices for paid adverts and services"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Linked: true, Retention: policy.AsRequiredBy(eu6SpanishBooks)}
	mortgage := &policy.Category{ID: "mortgage", Name: "Mortgage requests",
		Items:       []string{"the price of the home you want to buy and the savings you have", "your income and age", "your name, email address and phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	valuation := &policy.Category{ID: "valuation", Name: "Valuation requests",
		Items:       []string{"the address and features of the property you want valued", "the estimate we give you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	moderation := &policy.Category{ID: "moderation", Name: "Checks of adverts and accounts",
		Items:       []string{"signs that an advert or a message may be fraudulent", "reports from other users", "our decisions and your answers to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceOtherUsers, policy.SourceDerived},
		DerivedFrom: []*policy.Category{adverts, contacts, account}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to keep fraudsters off the portal and to answer a claim about our decision")}
	support := &policy.Category{ID: "support", Name: "Customer service",
		Items:       []string{"your emails, calls and forms to customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you, and then blocked until any claim is time-barred")}
	device := &policy.Category{ID: "device", Name: "Device and browsing data",
		Items:       []string{"IP address", "device and browser", "the adverts and pages you view", "your approximate location, from your IP address or, if you allow it, from your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the purpose needs it, and at most two years")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the adverts you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	advertisers := &policy.Recipient{ID: "advertisers", Name: "the owner or the estate agency whose advert you write about", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contacts, profile}, Purpose: "to answer you and arrange a visit"}
	mortgages := &policy.Recipient{ID: "mortgages", Name: "idealista/hipotecas, our mortgage brokerage, and the banks it works with", Role: policy.RoleThirdParty, Country: es,
		Categories: []*policy.Category{mortgage}, Conditional: true, Purpose: "if you ask for help with a mortgage, to study your request and find you an offer"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the idealista group in Spain, Portugal and Italy", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, adverts, contacts, searches, moderation, support, device}, Country: regionEU,
		Purpose: "to provide technology and customer service for us"}
	psp := &policy.Recipient{ID: "psp", Name: "our payment service provider", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment}, Purpose: "to take payment for adverts and services"}
	providers := &policy.Recipient{ID: "providers", Name: "hosting, email, maps and analytics service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, adverts, contacts, searches, device, support}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show adverts, ours and others', and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police and other public authorities", Role: policy.RoleAuthority, Country: es,
		Categories: []*policy.Category{account, adverts, contacts, moderation, payment, professional}, Conditional: true,
		Purpose: "where the law requires us to disclose, such as to investigate a fraud"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and managing your idealista account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "you need an account, with your email address, to publish adverts, save searches or set alerts; you can search without one"}
	publishing := &policy.Purpose{ID: "adverts", Name: "Publishing your property adverts",
		Categories: []*policy.Category{account, adverts}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "an advert needs the property's location, its price and a way to reach you; without them we cannot publish it"}
	contacting := &policy.Purpose{ID: "contacts", Name: "Passing your messages to advertisers and their answers to you",
		Categories: []*policy.Category{contacts, profile}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{advertisers},
		Required: "the advertiser needs your name and a way to reach you to answer; the searcher's profile is up to you"}
	alerts := &policy.Purpose{ID: "alerts", Name: "Saving your searches and favourites and sending you alerts of new adverts",
		Categories: []*policy.Category{searches, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "alerts need your email address or the app's notifications"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Suggesting adverts like those you looked at",
		Categories: []*policy.Category{searches, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping you find a home sooner", OptOut: true, Profiling: true}
	proServices := &policy.Purpose{ID: "professionals", Name: "Selling advertising packages and services to estate agencies and invoicing them",
		Categories: []*policy.Category{professional}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp},
		Required: "we cannot contract with an agency without its details and tax number"}
	paid := &policy.Purpose{ID: "payments", Name: "Taking payment for adverts and services that private users buy",
		Categories: []*policy.Category{account, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp},
		Required: "a paid advert needs a means of payment"}
	mortgageHelp := &policy.Purpose{ID: "mortgage", Name: "Passing your request for a mortgage to idealista/hipotecas",
		Categories: []*policy.Category{mortgage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by writing to our data protection officer", Recipients: []*policy.Recipient{mortgages}}
	valuing := &policy.Purpose{ID: "valuation", Name: "Estimating the value of your property when you ask",
		Categories: []*policy.Category{valuation}, Bases: []policy.Basis{policy.BasisContract},
		Required: "we need the address and features of the property to estimate its value"}
	safety := &policy.Purpose{ID: "safety", Name: "Checking adverts and messages for fraud and for breaches of our rules, and handling reports",
		Categories: []*policy.Category{adverts, contacts, account, moderation, device}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest:   "protecting people who search for a home from scams and fake adverts, and keeping the adverts on idealista reliable",
		Recipients: []*policy.Recipient{group},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent},
			Contest: "by answering the email in which we tell you of the decision, or by writing to customer service", HumanReview: true}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{support, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering people who write to us without an account", Recipients: []*policy.Recipient{group},
		Required: "we cannot answer without a way to reach you"}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Sending registered users news and offers about idealista's own services",
		Categories: []*policy.Category{account, searches}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our users about services like those they use", OptOut: true,
		ConsentExemptBy: []policy.Obligation{eu6LSSISoftOpt}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised adverts on idealista and elsewhere, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings at the foot of every page", Profiling: true, ConsentRequiredBy: []policy.Obligation{eu6LSSICookies},
		Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the portal and the apps are used, to improve them",
		Categories: []*policy.Category{device}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings at the foot of every page", Recipients: []*policy.Recipient{providers}}
	data := &policy.Purpose{ID: "market-data", Name: "Publishing price reports and market statistics drawn from adverts",
		Categories: []*policy.Category{adverts}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "informing the public and the property sector about prices, from data we first anonymise"}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{professional, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Código de Comercio, art. 30", Region: es}, {Act: "Ley 58/2003, de 17 de diciembre, General Tributaria, arts. 29 and 66", Region: es}},
		Recipients:  []*policy.Recipient{authorities},
		Required:    "the law requires us to keep these records, and you cannot have them deleted before their period ends"}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{account, adverts, contacts, moderation, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "being able to answer a claim for as long as one may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "idealista, S.A.U.", Address: "Plaza de las Cortes 2, 28014 Madrid, Spain"},
			Registration: "Registro Mercantil de Madrid", Country: es},
		DPO:     &policy.Contact{Name: "Delegado de Protección de Datos", Email: "dpo@idealista.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:       "https://www.idealista.example/info/privacidad",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6LOPDGDD, eu6LSSI},
		Scope:     []string{"idealista.com and the idealista apps"},
		Categories: []*policy.Category{account, adverts, contacts, profile, searches, professional, payment, mortgage, valuation, moderation, support, device,
			tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service provider holds them."},
		},
		Purposes: []*policy.Purpose{accountPurpose, publishing, contacting, alerts, recommend, proServices, paid, mortgageHelp, valuing, safety, helping, news,
			ads, analytics, data, legal, claims},
		Recipients: []*policy.Recipient{advertisers, mortgages, group, psp, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, adverts, contacts, searches, device, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, adverts, contacts, profile, searches, valuation},
			Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
			Kept:   []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies for login, your searches and security", Party: policy.PartyFirst, Purpose: accountPurpose,
				Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   gdprRights("by writing to our data protection officer or with the form in our help centre"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: es,
			Contact: policy.Contact{Name: "Agencia Española de Protección de Datos (AEPD)", Address: "C/ Jorge Juan 6, 28001 Madrid, Spain", Website: "https://www.aepd.es"}}},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:                policy.Links{CookieSettings: "https://www.idealista.example/info/cookies"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "dpo@idealista.example"},
	}
	return realPolicy{"property portal (idealista)", p, []statement{
		{says: "idealista, S.A.U. in Madrid is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && strings.HasPrefix(p.Controller.Name, "idealista")
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data under the GDPR, the LOPDGDD and the LSSI", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2 && p.LegalActs[0].Region == regionES
		}},
		{says: "to publish adverts, save searches or set alerts you need an account; you can search without one", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "search without")
		}},
		{says: "you can sign in with Google, Apple or Facebook, which then give us your name and email address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && strings.Contains(p.Category("account").SourceDetail, "Apple")
		}},
		{says: "your adverts, with the property's location, photos, price, your name as advertiser and your contact phone, are public", typed: func(p *policy.Policy) bool {
			return p.Category("adverts").Visibility == policy.VisibilityAlways && p.Purpose("adverts").Required != ""
		}},
		{says: "when you write about an advert, the owner or agency receives your name, contact details and message, to answer you", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertisers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("contacts").Recipients, recipient(p, "advertisers"))
		}},
		{says: "only you and the advertiser see your conversation", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("contacts").VisibleTo, []policy.Audience{policy.AudienceCounterparts})
		}},
		{says: "you may fill in a searcher's profile, with when you want to move, who would live with you and your job and income bracket, which we send with your messages", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("seeker-profile").VisibleTo, policy.AudienceCounterparts) && slices.Contains(recipient(p, "advertisers").Categories, p.Category("seeker-profile"))
		}},
		{says: "the searcher's profile is optional", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("contacts").Required, "up to you")
		}},
		{says: "we keep your saved searches, favourites and alerts and email you new adverts that match", typed: func(p *policy.Policy) bool {
			return p.Purpose("alerts").Uses(p.Category("searches")) && p.Purpose("alerts").HasBasis(policy.BasisContract)
		}},
		{says: "we suggest adverts like those you looked at, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recommendations")
			return r.Profiling && r.OptOut && r.Interest != ""
		}},
		{says: "agencies give us their company details and tax number, and we invoice the services they contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("professionals").Required != "" && slices.Contains(p.Category("professional").Items, "the services contracted and their invoices")
		}},
		{says: "private users pay for some adverts through our payment service provider, and we do not store full card numbers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("payments").Recipients, recipient(p, "psp")) && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "if you ask for help with a mortgage, and consent, we pass your request to idealista/hipotecas, which works with banks", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mortgage")
			return m.RestsOnConsent() && recipient(p, "mortgages").Conditional && strings.Contains(recipient(p, "mortgages").Name, "hipotecas")
		}},
		{says: "we estimate the value of your property when you ask", typed: func(p *policy.Policy) bool { return p.Purpose("valuation").HasBasis(policy.BasisContract) }},
		{says: "we check adverts and messages to detect scams and fake adverts, in our legitimate interest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.Uses(p.Category("contacts")) && s.Interest != "" && slices.Contains(p.Category("moderation").Sources, policy.SourceDerived)
		}},
		{says: "other users may report an advert, and we look at each report", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("moderation").Sources, policy.SourceOtherUsers)
		}},
		{says: "we may remove an advert or block an account that is fraudulent or breaks our rules, and a person reviews your objection", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != "" && s.HumanReview
		}},
		{says: "customer service uses what you send us to answer you", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "we send registered users news about our own services, as the LSSI allows, and they may unsubscribe at any time", typed: func(p *policy.Policy) bool {
			n := p.Purpose("news")
			return n.OptOut && len(n.ConsentExemptBy) == 1 && n.ConsentExemptBy[0].Region == regionES && !n.RestsOnConsent()
		}},
		{says: "analytics and advertising cookies are set only with your consent, as the LSSI requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn &&
				len(p.Purpose("advertising").ConsentRequiredBy) == 1
		}},
		{says: "technical cookies needed for login and security are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "technical").StrictlyNecessary }},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "we publish price reports and market statistics from adverts, only in aggregated form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && p.Purpose("market-data").Interest != ""
		}},
		{says: "the companies of our group in Spain, Portugal and Italy provide technology and customer service for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "group").Country == regionEU
		}},
		{says: "service providers for hosting, email, maps and analytics process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are in the US, and the transfers rest on standard contractual clauses, of which our DPO gives a copy, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to courts, the police and authorities where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "if idealista is sold or merged, the buyer may receive your data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep invoices and accounting records as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while your account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "when you close your account, we remove your adverts, messages and searches within 30 days, but keep what the law, possible claims and the fight against fraud require", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Stages[0].Within == policy.Days(30) && d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptFraud)
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may exercise your rights by writing to our DPO or with the form in our help centre", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightErasure && strings.Contains(r.How, "help centre")
			})
		}},
		{says: "we answer within a month, extendable by two where a request is complex", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Spanish Data Protection Agency", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionES
		}},
		{says: "we protect data with encryption and access restricted to staff who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "never answer a message that asks for your password or payment details, and report it to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "you must be 18 to use idealista", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email or on the portal", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "what we keep after your account is closed is blocked, as art. 32 LOPDGDD requires, and available only to courts and authorities until claims are time-barred", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) > 0 && p.Deletion[0].KeptRestricted && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "never send money for a deposit or a reservation to an advertiser before you have seen the property and checked who owns it", free: toPurpose("safety")},
		{says: "a private owner may say in the advert that agencies are not to contact them, and agencies must respect it", free: toPurpose("adverts")},
	}}
}
