package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionDK = language.MustParseRegion("DK")

// The Danish acts the Too Good To Go paraphrase cites, each as the law of
// Denmark.
var (
	eu8DKDataProtectionAct = policy.Obligation{Act: "Databeskyttelsesloven (the Danish Data Protection Act, Act No. 502 of 23 May 2018)", Region: regionDK}
	eu8DKMarketing         = policy.Obligation{Act: "Markedsføringsloven (the Danish Marketing Practices Act), § 10(1)", Region: regionDK}
	eu8DKCookies           = policy.Obligation{Act: "Cookiebekendtgørelsen (Executive Order No. 1148 of 9 December 2011 on cookies), § 3", Region: regionDK}
	eu8DKBookkeeping       = policy.Obligation{Act: "Bogføringsloven (the Danish Bookkeeping Act), § 12", Region: regionDK}
	eu8Datatilsynet        = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionDK,
		Contact: policy.Contact{Name: "Datatilsynet (the Danish Data Protection Agency)", Address: "Carl Jacobsens Vej 35, 2500 Valby, Denmark", Website: "https://www.datatilsynet.dk"}}
)

// eu8ToChildren adds text to the note on children, the free-text field
// that carries what the policy says of minors beyond their ages.
func eu8ToChildren(p *policy.Policy, text string) {
	p.Children.Note = addSentence(p.Children.Note, text)
}

// realPolicyEu8TooGoodToGo paraphrases, in our own words and as we recall
// it, the privacy policy for the users of the Too Good To Go app, as
// published in 2024-2025: the Copenhagen company whose app lets people
// reserve and pay for "Surprise Bags" of food that bakeries,
// supermarkets, restaurants and other stores have left over at the end of
// the day, and collect them from the store in a pickup window. The store
// sells the bag and sees the buyer's name and order; payments go through
// a payment service provider; users find stores near them by the
// location of their phone or an area they choose, keep favourites, get
// push messages when a favourite store has bags, rate the pickup, and see
// how many meals they have saved from waste. The notice declares the GDPR
// and the Danish Data Protection Act, asks consent to email marketing as
// the Danish Marketing Practices Act requires and to cookies as the
// Danish cookie order requires, keeps accounting records for five years
// under the Danish Bookkeeping Act, and names Datatilsynet.
func realPolicyEu8TooGoodToGo() realPolicy {
	hq := "Landgreven 3, 1301 Copenhagen K, Denmark"
	books := "the Danish Bookkeeping Act (Bogføringsloven, § 12), which requires accounting records to be kept for five years from the end of the financial year"

	account := &policy.Category{ID: "account", Name: "Your Too Good To Go account",
		Items: []string{"first name and last name", "email address", "phone number, if you add it", "country and language",
			"the Apple, Google or Facebook account you sign in with, if you choose one", "your favourite stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Apple, Google or Facebook, which give us your name and email address if you sign in with them", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location of your phone",
		Items:       []string{"the location of your phone, if you allow the app to use it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Linked: true,
		Retention: policy.ByCriteria("only as long as needed to show you the offers around you")}
	area := &policy.Category{ID: "area", Name: "Area you choose",
		Items:       []string{"the address or area you choose on the map instead", "the distance within which you want to see offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep it in your settings")}
	orders := &policy.Category{ID: "orders", Name: "Orders",
		Items: []string{"the Surprise Bags you reserve, with the store, the pickup window and the price", "the order number",
			"whether you collected the order, and any cancellation or refund", "the payment method and the amount paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(books)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the card type and its last four digits", "a token that stands for a card you save", "the result of the payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Linked: true, Retention: policy.AsRequiredBy(books)}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings of your pickups",
		Items:       []string{"the stars you give the store and the pickup", "what you liked or did not, if you say"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account exists; the store's average rating keeps no trace of you")}
	impact := &policy.Category{ID: "impact", Name: "Your impact",
		Items:       []string{"the meals you have saved", "the money you have saved", "the CO2e your orders have avoided"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Customer support",
		Items:       []string{"your messages to customer support", "the photos you send us of an order", "how we answered"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your request, and then as long as a claim about it may be brought")}
	usage := &policy.Category{ID: "usage", Name: "App and device data",
		Items: []string{"device model, operating system and app version", "IP address", "the screens you view and what you tap", "crash reports",
			"the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the analysis needs it, after which we delete or anonymise it")}
	marketing := &policy.Category{ID: "marketing", Name: "Marketing preferences",
		Items:       []string{"whether you subscribed to our newsletter", "which of our emails you open and the links you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads of ours you see and click", "whether an ad led you to install the app or order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers",
		Items:       []string{"your answers to our surveys"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until we have evaluated the survey")}

	stores := &policy.Recipient{ID: "stores", Name: "the store you reserve a Surprise Bag from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, ratings}, Purpose: "to hand your order over to you, since the store sells you the bag, and to learn how its pickups are rated"}
	psp := &policy.Recipient{ID: "psp", Name: "our payment service provider", Role: policy.RoleThirdParty, Country: regionNL,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "to take your payment, refund you and check payments for fraud"}
	group := &policy.Recipient{ID: "group", Name: "the Too Good To Go companies in the countries where the app is available", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, support, ratings}, Country: regionEU, Purpose: "to answer your questions and work with the stores in your country"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, customer support, messaging, analytics and crash reporting", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, support, usage, marketing, surveys}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Meta and Google", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and apps and measure how they work"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, courts and other public authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, payment}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and running your account, and showing you your favourites and your impact",
		Categories: []*policy.Category{account, impact}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your name and email address to create an account, and you cannot reserve a Surprise Bag without one"}
	nearby := &policy.Purpose{ID: "nearby", Name: "Showing you the stores and Surprise Bags near you",
		Categories: []*policy.Category{location, area}, Bases: []policy.Basis{policy.BasisContract},
		Required: "sharing your phone's location is up to you; without it you choose an area on the map yourself"}
	ordering := &policy.Purpose{ID: "orders", Name: "Letting you reserve and pay for Surprise Bags and collect them from the store",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, psp, providers},
		Required: "the store needs your name and order number to hand over your bag, and we cannot take your order without a means of payment"}
	push := &policy.Purpose{ID: "push", DirectMarketing: true, Name: "Sending you push messages when your favourite stores have Surprise Bags, and about our offers",
		Categories: []*policy.Category{account, usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in the app's notification settings or your phone's settings", Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending you our newsletter, with news, offers and tips against food waste",
		Categories: []*policy.Category{account, marketing}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu8DKMarketing}, Withdraw: "with the unsubscribe link in every email or in the app's settings",
		Recipients: []*policy.Recipient{providers}}
	personal := &policy.Purpose{ID: "personalisation", Name: "Choosing which stores and Surprise Bags to show you first, from your favourites, orders and location",
		Categories: []*policy.Category{account, orders, location, area}, Bases: []policy.Basis{policy.BasisLegitimateInterests}, Profiling: true,
		Interest: "showing you the offers you are most likely to want, so that more food is saved"}
	rating := &policy.Purpose{ID: "ratings", Name: "Asking you to rate your pickup and passing the ratings on to the store",
		Categories: []*policy.Category{ratings, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests}, Recipients: []*policy.Recipient{stores},
		Interest: "helping stores improve their Surprise Bags and pickups, and keeping the quality of the offers on our app high", OptOut: true}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints, and refunding you where an order went wrong",
		Categories: []*policy.Category{support, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond your orders", Recipients: []*policy.Recipient{group, providers, psp},
		Required: "we cannot look into a problem with an order without its details"}
	misuse := &policy.Purpose{ID: "misuse", Name: "Preventing fraud and misuse of the app, such as fake accounts and abuse of refunds and vouchers",
		Categories: []*policy.Category{account, orders, payment, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our users, the stores and us against fraud and against use of the app that breaks our terms", HumanDecision: true,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by writing to customer support"}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how the app and website are used, and finding the causes of crashes, to improve them",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu8DKCookies}, Withdraw: "in the privacy settings of the app or the cookie settings of the website",
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu8DKCookies}, Withdraw: "in the privacy settings of the app or the cookie settings of the website",
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	asking := &policy.Purpose{ID: "surveys", Name: "Asking for your opinion in surveys",
		Categories: []*policy.Category{surveys, account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by writing to us, after which we delete your answers", Recipients: []*policy.Recipient{providers}}
	operation := &policy.Purpose{ID: "operation", Name: "Running the app and website and keeping them secure",
		Categories: []*policy.Category{usage, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering an app that works and defending it against attacks", Recipients: []*policy.Recipient{providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records",
		Categories: []*policy.Category{orders, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu8DKBookkeeping}, Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{account, orders, payment, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "defending our rights in a dispute with a user or a store", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Too Good To Go ApS", Address: hq, Website: "https://www.toogoodtogo.example"}, Country: regionDK},
		DPO:        &policy.Contact{Name: "Data Protection Officer, Too Good To Go ApS", Email: "dpo@toogoodtogo.example", Address: hq},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:          "https://www.toogoodtogo.example/privacy-policy",
		Laws:         []policy.Law{policy.GDPR},
		LegalActs:    []policy.Obligation{eu8DKDataProtectionAct},
		Scope:        []string{"the Too Good To Go app and website for consumers"},
		OtherNotices: []policy.Notice{{Covers: "the stores that sell on Too Good To Go", URL: "https://www.toogoodtogo.example/privacy-policy-partners"}, {Covers: "job applicants"}},
		Categories:   []*policy.Category{account, location, area, orders, payment, ratings, impact, support, usage, marketing, tracking, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service provider holds it; we see only the card type and its last four digits."},
		},
		Purposes:   []*policy.Purpose{accountPurpose, nearby, ordering, push, newsletter, personal, rating, helping, misuse, analytics, ads, asking, operation, records, claims},
		Recipients: []*policy.Recipient{stores, psp, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, support, usage, marketing, surveys},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses at dpo@toogoodtogo.example."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "We publish how much food our users save together, and show each store only its average rating."},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, location, area, ratings, impact, marketing},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies and app storage needed to keep you signed in and remember your choices", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and crash reporting SDKs and cookies", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: providers,
				Purpose: analytics, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners,
				Purpose: ads, Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by writing to dpo@toogoodtogo.example"}, {Kind: policy.RightRectification, How: "in the app's settings"},
			{Kind: policy.RightErasure, How: "by deleting your account in the app's settings, or by writing to dpo@toogoodtogo.example"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability, How: "by writing to dpo@toogoodtogo.example"}, {Kind: policy.RightObjection},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
		},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress:              []policy.Redress{eu8Datatilsynet},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		Links:                policy.Links{CookieSettings: "https://www.toogoodtogo.example/cookies"},
		Children:             policy.Children{MinimumAge: 16},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "privacy@toogoodtogo.example"},
	}
	return realPolicy{"surplus food app (Too Good To Go)", p, []statement{
		{says: "Too Good To Go ApS in Copenhagen is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDK && strings.HasPrefix(p.Controller.Name, "Too Good To Go")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Danish Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu8DKDataProtectionAct
		}},
		{says: "this policy covers the app and website for consumers; stores and job applicants have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 2
		}},
		{says: "to create an account you give your name and email address, and may add a phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number, if you add it") && p.Purpose("account").Required != ""
		}},
		{says: "you may sign in with Apple, Google or Facebook, which then give us your name and email address", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Facebook")
		}},
		{says: "you cannot reserve a Surprise Bag without an account", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "cannot reserve")
		}},
		{says: "with your permission we use your phone's location to show you stores near you, or you choose an area on the map", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("nearby").Uses(p.Category("area")) &&
				strings.Contains(p.Purpose("nearby").Required, "on the map")
		}},
		{says: "we record the Surprise Bags you reserve, from which store, for which pickup window and at what price, and whether you collected them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "whether you collected the order, and any cancellation or refund") && p.Purpose("orders").HasBasis(policy.BasisContract)
		}},
		{says: "the store sells you the bag, and receives your name and order number so that it can hand the bag over", typed: func(p *policy.Policy) bool {
			s := recipient(p, "stores")
			return s.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, s) && slices.Contains(s.Categories, p.Category("account"))
		}},
		{says: "our payment service provider takes your payment and refunds you, and checks payments for fraud", typed: func(p *policy.Policy) bool {
			r := recipient(p, "psp")
			return r.Role == policy.RoleThirdParty && strings.Contains(r.Purpose, "fraud")
		}},
		{says: "we never see your full card number, only its type and last four digits", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && slices.Contains(p.Category("payment").Sources, policy.SourceThirdParty)
		}},
		{says: "you can save a card, which we keep as a token", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Items, "a token that stands for a card you save")
		}},
		{says: "we show you how many meals, how much money and how much CO2e you have saved, calculated from your orders", typed: func(p *policy.Policy) bool {
			c := p.Category("impact")
			return slices.Contains(c.Sources, policy.SourceDerived) && slices.Contains(c.DerivedFrom, p.Category("orders"))
		}},
		{says: "if you allow push messages, we tell you when your favourite stores have Surprise Bags, and you may turn them off", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("push")
			return pu.ConsentMethod == policy.ConsentMethodPlatformPrompt && pu.Withdraw != ""
		}},
		{says: "we send our newsletter only with your consent, as the Danish Marketing Practices Act requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.RestsOnConsent() && len(n.ConsentRequiredBy) == 1 && n.ConsentRequiredBy[0].Region == regionDK
		}},
		{says: "you may unsubscribe with the link in every email or in the app", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("newsletter").Withdraw, "unsubscribe link")
		}},
		{says: "we see whether you open our emails and click their links", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("marketing").Items, "which of our emails you open and the links you click")
		}},
		{says: "we choose which offers to show you first from your favourites, orders and location, in our legitimate interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && pu.Uses(p.Category("location"))
		}},
		{says: "after a pickup we ask you to rate it, and you need not answer", typed: func(p *policy.Policy) bool {
			return p.Purpose("ratings").OptOut && p.Purpose("ratings").Interest != ""
		}},
		{says: "we pass your ratings on to the store so that it can improve", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "stores").Categories, p.Category("ratings")) && slices.Contains(p.Purpose("ratings").Recipients, recipient(p, "stores"))
		}},
		{says: "customer support uses your messages and photos to look into a problem and refund you where an order went wrong", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && slices.Contains(p.Purpose("support").Recipients, recipient(p, "psp"))
		}},
		{says: "our companies in other countries help with customer support and work with the stores there, on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor
		}},
		{says: "we look for fraud and misuse, such as fake accounts and abuse of refunds and vouchers, and may block an account", typed: func(p *policy.Policy) bool {
			s := p.Purpose("misuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "a person decides to block an account, and you may contest it with customer support", typed: func(p *policy.Policy) bool {
			m := p.Purpose("misuse")
			return m.HumanDecision && m.Suspension.Automated == policy.AnswerNo && m.Suspension.Contest != ""
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we use analytics and crash reporting in the app and on the website only with your consent, as the Danish cookie rules require", typed: func(p *policy.Policy) bool {
			c := cookie(p, "analytics")
			return c.Consent == policy.CookieConsentOptIn && c.Technology == policy.TechnologySDK && p.Purpose("analytics").ConsentRequiredBy[0] == eu8DKCookies
		}},
		{says: "with your consent, advertising partners such as Meta and Google help us show and measure our ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "advertising").Role == policy.RoleThirdParty && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "cookies needed to keep you signed in are set without consent", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "we ask for your opinion in surveys, which you answer only if you wish", typed: func(p *policy.Policy) bool {
			return p.Purpose("surveys").RestsOnConsent()
		}},
		{says: "we process usage data to run the app and keep it secure, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("operation").Interest != "" && p.Purpose("operation").Uses(p.Category("usage"))
		}},
		{says: "we keep accounting records for five years, as the Danish Bookkeeping Act requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while you have an account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "when you delete your account we delete your data, except what we must keep by law or need for a legal claim", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "service providers host data, run customer support, send our messages and analyse use of the app on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some of them are in the US, where the transfer rests on standard contractual clauses, of which you can ask us for a copy", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "advertising partners in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to authorities only where the law obliges us to", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "if our company or part of it is sold, the buyer may receive your data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we publish how much food our users save together, and each store sees only its average rating", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != ""
		}},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may delete your account in the app's settings", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightErasure && strings.Contains(r.How, "deleting your account")
			})
		}},
		{says: "we answer within a month, which we may extend by two months for complex requests", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to Datatilsynet", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.HasPrefix(p.Redress[0].Contact.Name, "Datatilsynet")
		}},
		{says: "we protect data with encryption and access given only to staff who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "the app is not meant for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		{says: "questions about privacy go to our privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		// Free text.
		{says: "a Surprise Bag holds food the store has left over that day, so what is in it is a surprise", free: toIntroduction},
		{says: "the store sees your rating and comment but not your name", free: toPurpose("ratings")},
		{says: "you show the order in the app at the store and swipe to confirm the pickup", free: toPurpose("orders")},
	}}
}

// The EU and German acts the FlixBus paraphrase cites beyond those of
// realpolicies_de2_test.go and realpolicies_eu7_test.go.
var (
	eu8BusRights  = policy.Obligation{Act: "Regulation (EU) No 181/2011 concerning the rights of passengers in bus and coach transport, Arts. 19 to 21", Region: regionEU}
	eu8BusPRM     = policy.Obligation{Act: "Regulation (EU) No 181/2011 concerning the rights of passengers in bus and coach transport, Arts. 11 and 14", Region: regionEU}
	eu8RailRights = policy.Obligation{Act: "Regulation (EU) 2021/782 on rail passengers' rights and obligations, Arts. 18 to 20", Region: regionEU}
	eu8UWGExempt  = policy.Obligation{Act: "Gesetz gegen den unlauteren Wettbewerb (UWG), § 7(3)", Region: regionDE}
	eu8BayLDA     = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
		Contact: policy.Contact{Name: "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)", Address: "Promenade 18, 91522 Ansbach, Germany", Website: "https://www.lda.bayern.de"}}
	eu8Limitation = "the Civil Code (BGB, §§ 195 and 199), under which claims are time-barred three years after the end of the year in which they arose"
)

// realPolicyEu8FlixBus paraphrases, in our own words and as we recall it,
// the privacy policy of Flix SE for FlixBus and FlixTrain customers, as
// published in 2024-2025: the Munich company that sells long-distance
// coach and train journeys on its websites and app, while partner bus
// companies drive most of the buses on its lines. Bookings name each
// passenger; some cross-border routes need passport or identity card
// details, which the border authorities of the countries on the route
// receive; passengers with reduced mobility tell it of the assistance they
// need, as the bus passenger rights regulation provides; it informs of
// delays and cancellations and handles refunds and compensation under
// the bus and rail passenger rights regulations; it offers Wi-Fi on
// board; it runs customer accounts, customer service and a lost property
// service, asks for feedback after a trip, sends a newsletter with
// double opt-in and emails its customers about similar journeys as § 7(3)
// UWG allows, and uses analytics and advertising cookies with consent
// under § 25 TDDDG. It declares the GDPR with the BDSG and names the
// Bavarian data protection authority.
func realPolicyEu8FlixBus() realPolicy {
	hq := "Friedenheimer Brücke 16, 80639 Munich, Germany"

	booking := &policy.Category{ID: "booking", Name: "Booking and passenger data",
		Items: []string{"the first and last name of each passenger", "the email address and phone number of the person who books",
			"the route, date, times and seats", "the booking number and the ticket with its QR code", "extras such as bicycles and additional luggage", "the price paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy(de2Bookkeeping)}
	documents := &policy.Category{ID: "documents", Name: "Travel document data",
		Items:       []string{"nationality", "date of birth", "the type, number and expiry date of the passport or identity card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the countries on the route require, and no longer than needed to carry you and settle any claim about the journey")}
	assistance := &policy.Category{ID: "assistance", Name: "Special assistance",
		Items:       []string{"the help you need to board, travel and get off, such as with a wheelchair", "the mobility equipment you bring", "whether you travel with an assistance dog or a companion"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("until the journey is over and any claim about the assistance is settled")}
	account := &policy.Category{ID: "account", Name: "Customer account",
		Items:       []string{"email address and password", "name and phone number", "the passengers you save", "the payment methods you save, as tokens", "your past and upcoming bookings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method", "the last digits of the card", "the transaction number and the result of the payment", "the result of fraud checks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(de2Bookkeeping)}
	service := &policy.Category{ID: "service", Name: "Customer service, claims and lost property",
		Items: []string{"your messages, chats and calls to customer service", "requests for refunds and compensation, with the bank account to pay them to",
			"descriptions of items you lost on board and where to send them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventPurposeAchieved, Law: eu8Limitation}}
	feedback := &policy.Category{ID: "feedback", Name: "Feedback on your trip",
		Items:       []string{"how you rate the trip, the bus and the driver", "your comments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until we have evaluated it, after which we keep only statistics")}
	wifi := &policy.Category{ID: "wifi", Name: "On-board Wi-Fi",
		Items:       []string{"the MAC address of your device", "when you connect", "how much data you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("until the end of your journey, as long as needed to share the data volume fairly among passengers")}
	location := &policy.Category{ID: "location", Name: "Location in the app",
		Items:       []string{"the location of your phone, if you allow the app to use it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "Website and app usage",
		Items:       []string{"IP address", "device, browser and app version", "the routes you search for and the pages you view", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run and analyse the website and app, and no longer than the lifetime of the cookie that collects it")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a booking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}
	newsletter := &policy.Category{ID: "newsletter", Name: "Newsletter subscription",
		Items:       []string{"your email address", "when and how you subscribed and confirmed", "which newsletters you open and the links you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}

	partners := &policy.Recipient{ID: "partners", Name: "the bus partners that drive the buses on our lines", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, documents, assistance}, Purpose: "to check tickets when you board, carry you and give you the assistance you asked for"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Flix group", Role: policy.RoleProcessor, Country: regionDE,
		Categories: []*policy.Category{booking, account, payment, service, feedback, usage}, Purpose: "to run our IT systems and customer service"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, such as card acquirers, PayPal and Klarna", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, payment}, Purpose: "to take your payment, refund you and check payments for fraud"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, customer service software, email and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, account, service, feedback, usage, newsletter}, Country: regionUS}
	border := &policy.Recipient{ID: "border", Name: "the border and immigration authorities of the countries on your route", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, documents}, Purpose: "because their law requires passenger lists with travel document details before a cross-border journey"}
	wifiProvider := &policy.Recipient{ID: "wifi", Name: "the provider of the Wi-Fi on our buses", Role: policy.RoleProcessor,
		Categories: []*policy.Category{wifi}, Country: regionEU}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, public prosecutors and courts", Role: policy.RoleAuthority, Country: regionDE,
		Categories: []*policy.Category{booking, payment, service}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you tickets and carrying you",
		Categories: []*policy.Category{booking, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{partners, psps, group, providers},
		Required:   "without the name of each passenger, an email address and a means of payment we cannot sell you a ticket"}
	borders := &policy.Purpose{ID: "documents", Name: "Recording travel document details for cross-border journeys and passing them to border authorities",
		Categories: []*policy.Category{documents, booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{border, partners},
		Required: "on routes whose countries require these details, we cannot carry a passenger who does not give them"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the assistance a disabled passenger or a passenger with reduced mobility asks for",
		Categories: []*policy.Category{assistance, booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{eu8BusPRM}, Recipients: []*policy.Recipient{partners},
		Withdraw: "by cancelling the request with customer service, after which we cannot arrange the assistance",
		Required: "asking for assistance is up to you; tell us your needs at least 36 hours before departure, or we cannot be sure to provide it"}
	rights := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes, and handling refunds and compensation under passenger rights law",
		Categories: []*policy.Category{booking, service}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu8BusRights, eu8RailRights}, Recipients: []*policy.Recipient{providers, psps},
		Required: "we can tell you of a change only through the email address or phone number in your booking, and pay compensation only to the bank account you give"}
	accounts := &policy.Purpose{ID: "account", Name: "Running your customer account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Required: "an account needs an email address and a password; you can also book without one"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing payment fraud and misuse of tickets and vouchers",
		Categories: []*policy.Category{booking, payment, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us against fraudulent bookings and payments", Recipients: []*policy.Recipient{psps}, HumanDecision: true,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Contest: "by contacting customer service", HumanReview: true}}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, booking, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering you also where your question goes beyond a booking", Recipients: []*policy.Recipient{group, providers},
		Required: "we cannot look into a booking without its booking number"}
	lost := &policy.Purpose{ID: "lost-property", Name: "Finding and returning items you left on a bus or train",
		Categories: []*policy.Category{service, booking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "returning lost items to their owners", Recipients: []*policy.Recipient{partners}}
	asking := &policy.Purpose{ID: "feedback", Name: "Asking you by email, after your trip, how it went",
		Categories: []*policy.Category{booking, feedback}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "improving our service and checking the quality of our bus partners' work", OptOut: true, OptOutHow: "with the link in the email",
		Recipients: []*policy.Recipient{providers}}
	letters := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending you our newsletter with offers and news",
		Categories: []*policy.Category{newsletter}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{eu7UWGConsent}, Withdraw: "with the unsubscribe link in every newsletter", Recipients: []*policy.Recipient{providers}}
	similar := &policy.Purpose{ID: "customer-offers", DirectMarketing: true, Name: "Emailing our customers offers of journeys like those they booked",
		Categories: []*policy.Category{booking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about journeys and products like those they bought", OptOut: true,
		OptOutHow: "with the link in every such email or by writing to us", ConsentExemptBy: []policy.Obligation{eu8UWGExempt},
		Recipients: []*policy.Recipient{providers}}
	push := &policy.Purpose{ID: "push", DirectMarketing: true, Name: "Sending you push messages about your trips and our offers in the app",
		Categories: []*policy.Category{usage, booking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your phone's settings"}
	nearby := &policy.Purpose{ID: "location", Name: "Finding the stops near you in the app",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your phone's settings"}
	onboard := &policy.Purpose{ID: "wifi", Name: "Providing Wi-Fi on board",
		Categories: []*policy.Category{wifi}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{wifiProvider},
		Required: "using the Wi-Fi is up to you; the provider needs your device's MAC address to connect it"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how our websites and app are used, to improve them",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the privacy settings linked at the foot of every page and in the app", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu7TDDDG}, Withdraw: "in the privacy settings linked at the foot of every page and in the app",
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	operation := &policy.Purpose{ID: "operation", Name: "Delivering our websites and app and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{group, providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our commercial and tax records",
		Categories: []*policy.Category{booking, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{de2Records}, Recipients: []*policy.Recipient{authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{booking, payment, service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "defending our rights in disputes with passengers and others", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Flix SE", Address: hq, Website: "https://www.flixbus.example"}, Country: regionDE},
		DPO:        &policy.Contact{Name: "Data Protection Officer, Flix SE", Email: "dataprotection@flix.example", Address: hq},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		URL:          "https://www.flixbus.example/privacy",
		Laws:         []policy.Law{policy.GDPR},
		LegalActs:    []policy.Obligation{de2BDSG, de2TDDDG},
		Scope:        []string{"the FlixBus and FlixTrain websites, app and services"},
		OtherNotices: []policy.Notice{{Covers: "job applicants", URL: "https://jobs.flix.example/privacy"}},
		Categories:   []*policy.Category{booking, documents, assistance, account, payment, service, feedback, wifi, location, usage, tracking, newsletter},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers take it on their own pages."},
		},
		Purposes: []*policy.Purpose{carriage, borders, help, rights, accounts, fraud, helping, lost, asking, letters, similar, push, nearby, onboard,
			analytics, ads, operation, records, claims},
		Recipients: []*policy.Recipient{partners, group, psps, providers, border, wifiProvider, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, account, service, feedback, usage, newsletter},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for the booking process, your login and your privacy settings", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDKs", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising and retargeting cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("by writing to our data protection officer"),
		Requests:             policy.Requests{Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress:              []policy.Redress{eu8BayLDA},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://www.flixbus.example/privacy-settings"},
		Children:             policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "dataprotection@flix.example"},
	}
	return realPolicy{"long-distance bus and train operator (FlixBus)", p, []statement{
		{says: "Flix SE in Munich is the controller for FlixBus and FlixTrain", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && p.Controller.Name == "Flix SE" && strings.Contains(p.Scope[0], "FlixTrain")
		}},
		{says: "our data protection officer can be reached at our address or by email", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the BDSG and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && slices.Contains(p.LegalActs, de2BDSG) && slices.Contains(p.LegalActs, de2TDDDG)
		}},
		{says: "job applicants have their own notice", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "when you book we need the name of every passenger and the booker's email address and phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Items, "the first and last name of each passenger") && p.Purpose("carriage").Required != ""
		}},
		{says: "whoever books for others must be entitled to give their data", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") }},
		{says: "we sell you the ticket and carry you under the contract of carriage", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "the bus partners that drive our buses receive the passenger list to check tickets and carry you, on our behalf", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.Role == policy.RoleProcessor && slices.Contains(r.Categories, p.Category("booking"))
		}},
		{says: "on some cross-border routes we must record the passport or identity card details of each passenger", typed: func(p *policy.Policy) bool {
			return p.Purpose("documents").Uses(p.Category("documents")) && p.Purpose("documents").Required != ""
		}},
		{says: "the border authorities of the countries on the route receive those details", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return recipient(p, "border").Role == policy.RoleAuthority && t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "disabled passengers and passengers with reduced mobility may tell us the assistance they need, which we process with their explicit consent", typed: func(p *policy.Policy) bool {
			a := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && a.HasBasis(policy.BasisExplicitConsent) && a.Withdraw != ""
		}},
		{says: "the bus passenger rights regulation asks us to assist them if they tell us 36 hours before departure", typed: func(p *policy.Policy) bool {
			a := p.Purpose("assistance")
			return slices.Contains(a.Obligations, eu8BusPRM) && strings.Contains(a.Required, "36 hours")
		}},
		{says: "we tell you of delays, cancellations and changes to your trip through the contact details in your booking", typed: func(p *policy.Policy) bool {
			return p.Purpose("disruption").HasBasis(policy.BasisContract) && strings.Contains(p.Purpose("disruption").Required, "tell you of a change")
		}},
		{says: "we handle refunds and compensation as the EU bus and rail passenger rights regulations require", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruption")
			return d.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(d.Obligations, eu8BusRights) && slices.Contains(d.Obligations, eu8RailRights)
		}},
		{says: "you may open a customer account, which keeps your saved passengers and payment methods, and you may also book without one", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "the passengers you save") && strings.Contains(p.Purpose("account").Required, "without one")
		}},
		{says: "payment service providers such as PayPal and Klarna take your payment as controllers in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && strings.Contains(recipient(p, "psps").Name, "Klarna")
		}},
		{says: "we never see your full card number", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "we check bookings and payments for fraud in our legitimate interest and may cancel a suspicious booking", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Interest != "" && slices.Contains(f.Suspension.Targets, policy.SuspensionTargetOrder)
		}},
		{says: "a person decides on a suspicious booking, and you may contact customer service to have it reviewed", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.HumanDecision && f.Suspension.HumanReview && f.Suspension.Contest != ""
		}},
		{says: "we take no decisions based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "customer service uses your messages and calls to answer your questions and complaints", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "the companies of the Flix group run our IT systems and customer service on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && slices.Contains(p.Purpose("service").Recipients, recipient(p, "group"))
		}},
		{says: "we use your details to return items you left on a bus", typed: func(p *policy.Policy) bool {
			return p.Purpose("lost-property").Interest != "" && slices.Contains(p.Category("service").Items, "descriptions of items you lost on board and where to send them")
		}},
		{says: "after your trip we may ask you by email how it went, and you may refuse with the link in the email", typed: func(p *policy.Policy) bool {
			f := p.Purpose("feedback")
			return f.OptOut && f.OptOutHow != "" && f.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we send the newsletter only after you confirm your subscription by email, and log your consent", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.ConsentMethod == policy.ConsentMethodDoubleOptIn && n.ConsentLogged && n.ConsentRequiredBy[0] == eu7UWGConsent
		}},
		{says: "you may unsubscribe from the newsletter with the link in every issue", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("newsletter").Withdraw, "unsubscribe link")
		}},
		{says: "we email customers about journeys like those they booked without prior consent, as § 7(3) UWG allows, and they may object at any time", typed: func(p *policy.Policy) bool {
			c := p.Purpose("customer-offers")
			return c.OptOut && c.OptOutHow != "" && len(c.ConsentExemptBy) == 1 && c.ConsentExemptBy[0] == eu8UWGExempt && !c.RestsOnConsent()
		}},
		{says: "the app sends push messages only if you allow them", typed: func(p *policy.Policy) bool {
			return p.Purpose("push").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "the app uses your location to find stops near you only if you allow it, and does not keep it", typed: func(p *policy.Policy) bool {
			c := p.Category("location")
			return c.DevicePermission && c.Retention.From == policy.EventPurposeAchieved && p.Purpose("location").RestsOnConsent()
		}},
		{says: "Wi-Fi on board is provided by a provider on our behalf, which processes your device's MAC address and data volume", typed: func(p *policy.Policy) bool {
			return recipient(p, "wifi").Role == policy.RoleProcessor && slices.Contains(p.Category("wifi").Items, "the MAC address of your device")
		}},
		{says: "analytics and advertising cookies are set only with your consent, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentRequiredBy[0] == eu7TDDDG
		}},
		{says: "cookies that the booking process and your login need are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you may change your choices at any time in the privacy settings", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "with your consent Google, Meta and other partners show and measure our ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Category("tracking").Tracking && recipient(p, "advertising").Role == policy.RoleThirdParty
		}},
		{says: "we process IP addresses and usage data to deliver the website and app and keep them secure", typed: func(p *policy.Policy) bool {
			return p.Purpose("operation").Interest != "" && p.Purpose("operation").Uses(p.Category("usage"))
		}},
		{says: "we keep bookings and payments for up to ten years, as the Commercial Code and the Fiscal Code require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("booking").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep customer service matters for three years, the standard limitation period", typed: func(p *policy.Policy) bool {
			r := p.Category("service").Retention
			return r.Period == policy.Years(3) && r.Law != ""
		}},
		{says: "we keep newsletter data until you unsubscribe", typed: func(p *policy.Policy) bool {
			return p.Category("newsletter").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "when you close your account we delete it, except what we must keep by law or for legal claims", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "some of our service providers are in the US, on standard contractual clauses, a copy of which our data protection officer gives", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "our advertising partners in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we give data to the police, prosecutors and courts only where the law obliges us to", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you may access, rectify, erase and port your data, restrict processing and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests, and to direct marketing at any time", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection)
		}},
		{says: "you may complain to a supervisory authority, such as the Bavarian one that supervises us", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "BayLDA")
		}},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "we encrypt data in transit and restrict access to it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "only adults may book, and minors travel with their parents' consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "the version of this policy on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && p.URL != "" }},
		// Free text.
		{says: "children under 15 travel only with a companion who is at least 16, and young people of 15 to 17 may travel alone with a consent form their parent signs", free: eu8ToChildren},
		{says: "where a bus partner drives the bus, the driver checks your ticket by scanning its QR code or reading your name on the passenger list", free: toPurpose("carriage")},
	}}
}

// realPolicyEu8Carrefour paraphrases, in our own words and as we recall
// it, the personal data protection policy of Carrefour France for its
// customers, as published in 2024-2025: the French arm of the retail
// group, headquartered in Massy, which sells groceries and other goods in
// its hypermarkets, supermarkets and convenience stores, many of them run
// by franchisees, and online on carrefour.fr and in its app, with home
// delivery and Drive pickup. Members of the Carrefour loyalty programme
// collect euros on a loyalty balance and receive coupons chosen from
// their purchases; Carrefour Banque offers payment in instalments and
// the PASS card as a controller in its own right; online orders are
// screened for fraud by an automated system that may refuse them; the
// brands it sells receive only statistics on their campaigns; customers
// are warned of product recalls; and customers receive offers by email
// and text message as the Code des postes et des communications
// électroniques allows. It declares the GDPR and the Loi Informatique et
// Libertés, follows the CNIL's rules on cookies, names the CNIL,
// recognises post-mortem directives and reminds customers of the Bloctel
// list.
func realPolicyEu8Carrefour() realPolicy {
	hq := "93 avenue de Paris, 91300 Massy, France"
	accounting := "the Code de commerce (art. L. 123-22), which requires accounting records and invoices to be kept for ten years"

	account := &policy.Category{ID: "account", Name: "Customer account",
		Items: []string{"title, first name and last name", "email address and password", "mobile phone number", "postal and delivery addresses",
			"date of birth", "the store you usually shop at"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventLastActivity,
			Criteria: "three years after your last purchase or last contact with us, as the CNIL recommends for customer data"}}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty programme",
		Items:       []string{"your loyalty card number", "the euros credited to your loyalty balance and how you spend them", "the coupons you receive, activate and use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases",
		Items: []string{"the products you buy in store with your loyalty card or online, with the store, date and price", "receipts and invoices",
			"your Drive pickup slot or delivery slot and address", "the status of your delivery", "returns and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the carriers, which tell us where your order is", Linked: true,
		Retention: policy.AsRequiredBy(accounting)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the payment method", "the last four digits and expiry date of the card", "the result of the authorisation", "a token of your card, if you ask us to remember it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(13), From: policy.EventCollection, Law: eu6FrCardDisputes,
			Note: "A card you ask us to remember stays saved until you remove it or it expires."}}
	fraudScore := &policy.Category{ID: "fraud-score", Name: "Fraud checks on online orders",
		Items:       []string{"the score our fraud system gives an order", "the signs that led to it, such as a delivery address far from the billing address", "the decision taken"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, purchases, payment}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to check the order, and for an order found fraudulent as long as a claim about it may be brought")}
	preferences := &policy.Category{ID: "preferences", Name: "Shopping habits we infer",
		Items:       []string{"the kinds of products and brands you buy", "how often and in which stores you shop", "the offers you respond to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, loyalty}, Linked: true,
		Retention: policy.ByCriteria("as long as we keep your account data")}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"your rating and review", "the pseudonym you choose to show with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the product is sold, unless you ask us to remove the review")}
	service := &policy.Category{ID: "service", Name: "Customer relations",
		Items:       []string{"your messages and calls to customer relations", "complaints and claims", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventPurposeAchieved,
			Criteria: "three years after your request is closed; recordings of calls for six months"}}
	technical := &policy.Category{ID: "technical", Name: "Connection and browsing data",
		Items:       []string{"IP address", "device, browser and app version", "the pages and products you view", "your searches and basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "a hashed form of your email address, to show you our ads on social networks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{account}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	prospects := &policy.Category{ID: "prospects", Name: "Newsletter subscribers who are not customers",
		Items:       []string{"email address", "the newsletters you chose"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventLastActivity,
			Criteria: "three years after you last contacted us or opened one of our messages, unless you unsubscribe first"}}

	group := &policy.Recipient{ID: "group", Name: "the companies of the Carrefour group in France that run our stores, websites and shared systems", Role: policy.RoleProcessor,
		Country: regionFR, Categories: []*policy.Category{account, loyalty, purchases, payment, preferences, service, technical}}
	franchisees := &policy.Recipient{ID: "franchisees", Name: "the franchisees that run stores under the Carrefour banners", Role: policy.RoleThirdParty, Country: regionFR,
		Categories: []*policy.Category{account, loyalty, purchases}, Purpose: "to credit your loyalty balance and apply your coupons when you shop in their stores, and to serve you as the seller"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and delivery partners", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, purchases}, Purpose: "to deliver your order and tell you when it will arrive"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases, payment}, Purpose: "to take your payment, refund you and secure card payments"}
	banque := &policy.Recipient{ID: "banque", Name: "Carrefour Banque", Role: policy.RoleThirdParty, Country: regionFR,
		Categories: []*policy.Category{account, purchases}, Purpose: "to decide on and manage payment in instalments or a PASS card, if you apply for one",
		NoticeURL: "https://www.carrefour-banque.example/donnees-personnelles"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer relations, email and text messages, reviews and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, loyalty, purchases, preferences, reviews, service, technical, prospects}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social networks, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads, including on social networks, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, the courts and other authorities", Role: policy.RoleAuthority, Country: regionFR,
		Categories: []*policy.Category{account, purchases, payment}, Conditional: true, Purpose: "where the law requires us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and running your customer account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Required: "we need your name, email address and a password to open an account; without one you can still shop in our stores"}
	programme := &policy.Purpose{ID: "loyalty", Name: "Running the Carrefour loyalty programme: crediting your loyalty balance and giving you coupons",
		Categories: []*policy.Category{account, loyalty, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, franchisees},
		Required: "to join you give your name, email address or phone number and date of birth; without your card at the till, the purchase earns nothing"}
	orders := &policy.Purpose{ID: "orders", Name: "Selling to you online, preparing your Drive or delivery order, and handling returns and refunds",
		Categories: []*policy.Category{account, purchases, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{carriers, psps, group, franchisees},
		Required:   "without a delivery address or pickup store, a phone number and a means of payment we cannot take an online order"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Fighting fraud in online orders and payments",
		Categories: []*policy.Category{account, purchases, payment, fraudScore, technical}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "protecting our customers and ourselves from fraudulent orders and payments", Recipients: []*policy.Recipient{psps},
		Automated: "our fraud system scores each online order, and may refuse or cancel an order whose score shows a high risk of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerYes, Contest: "by contacting customer relations, who have a person look at your order again", HumanReview: true}}
	credit := &policy.Purpose{ID: "credit", Name: "Offering payment in instalments and the PASS card with Carrefour Banque",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{banque},
		Required: "Carrefour Banque needs your details to decide on your application; you may pay in one go instead"}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and claims",
		Categories: []*policy.Category{service, account, purchases}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "answering you also where no contract is involved, and training our advisers and checking the quality of our answers with recorded calls",
		Recipients: []*policy.Recipient{providers, group}, Required: "we cannot answer a request about an order without its number"}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing and moderating your product reviews",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking customer relations to remove your review", Recipients: []*policy.Recipient{providers}}
	recall := &policy.Purpose{ID: "recall", Name: "Warning you when a product you bought is recalled",
		Categories: []*policy.Category{account, purchases, loyalty}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu6ProductRecall},
		Required:    "the law requires us to warn you, and we do so with the contact details we already hold"}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Choosing the coupons, offers and products we show you from your purchases",
		Categories: []*policy.Category{account, loyalty, purchases, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering our customers the products and offers that suit them", OptOut: true, OptOutHow: "in your account settings or by writing to our data protection officer",
		Profiling: true, Recipients: []*policy.Recipient{group}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending customers our offers by email and text message",
		Categories: []*policy.Category{account, preferences}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they already buy from us", OptOut: true,
		OptOutHow: "with the link in every email or by replying STOP to any text message", Profiling: true,
		ConsentExemptBy: []policy.Obligation{frSoftOptIn}, Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter to people who are not yet customers",
		Categories: []*policy.Category{prospects}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{frSoftOptIn}, Withdraw: "with the unsubscribe link in every email", Recipients: []*policy.Recipient{providers}}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Sending you the offers of our partners",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{frSoftOptIn}, Withdraw: "in your account settings or with the link in every message", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and on social networks, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6FrCookies}, Withdraw: "with the cookie settings link at the foot of every page", Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring the audience of carrefour.fr and the app, and improving them",
		Categories: []*policy.Category{technical}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6FrCookies}, Withdraw: "with the cookie settings link at the foot of every page", Recipients: []*policy.Recipient{providers}}
	brands := &policy.Purpose{ID: "brands", Name: "Measuring, for the brands we sell, how their offers and ads in our stores, website and app perform",
		Categories: []*policy.Category{loyalty, purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "funding our offers by selling brands advertising space and showing them its results, without giving them any data that identifies you", OptOut: true}
	website := &policy.Purpose{ID: "website", Name: "Running carrefour.fr and the app securely",
		Categories: []*policy.Category{technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping our website and app available and safe from attacks", Recipients: []*policy.Recipient{group}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records",
		Categories: []*policy.Category{purchases}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frTaxProcedure}}
	claims := &policy.Purpose{ID: "claims", Name: "Handling disputes and defending our rights",
		Categories: []*policy.Category{account, purchases, payment, fraudScore, service}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "establishing and defending our rights for as long as a claim may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "personal data protection policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Carrefour France SAS", Address: hq, Website: "https://www.carrefour.example"}, Country: regionFR},
		DPO:        &policy.Contact{Name: "Délégué à la protection des données, Carrefour France", Email: "dpo@carrefour.example", Address: hq},
		Version:    "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		URL:       "https://www.carrefour.example/donnees-personnelles",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{frDataProtectionAct},
		Scope:     []string{"carrefour.fr, the Carrefour app and the Carrefour loyalty programme"},
		OtherNotices: []policy.Notice{{Covers: "video protection in our stores", URL: "https://www.carrefour.example/videoprotection"},
			{Covers: "job applicants", URL: "https://recrute.carrefour.example/donnees-personnelles"}},
		Categories: []*policy.Category{account, loyalty, purchases, payment, fraudScore, preferences, reviews, service, technical, tracking, prospects},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it; we keep only a token, the last four digits and the expiry date."},
		},
		Purposes: []*policy.Purpose{accountPurpose, programme, orders, fraud, credit, helping, reviewing, recall, personalise, offers, newsletter, partnerOffers,
			ads, audience, brands, website, records, claims},
		Recipients: []*policy.Recipient{group, franchisees, carriers, psps, banque, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, loyalty, purchases, preferences, reviews, service, technical, prospects},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureAggregate, Note: "The brands we sell receive only statistics on the sales and the reach of their offers and ads, which identify no one."},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventLastActivity, Categories: []*policy.Category{account, loyalty, preferences},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(3)}}, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for your basket, your account and security", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "choices", Name: "the cookie that records your cookie choices", Party: policy.PartyFirst, Purpose: website,
				Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: audience,
				Categories: []*policy.Category{technical}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising and social network cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by contacting customer relations about the order"},
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request, and delete it once we have answered."},
		Redress:  []policy.Redress{frCNIL},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Links:    policy.Links{CookieSettings: "https://www.carrefour.example/cookies", RequestForm: "https://www.carrefour.example/donnees-personnelles/demande"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@carrefour.example"},
	}
	return realPolicy{"supermarket chain and online grocery (Carrefour France)", p, []statement{
		{says: "Carrefour France in Massy is the controller of the data of its customers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Name, "Carrefour France")
		}},
		{says: "our data protection officer can be reached by email and by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Loi Informatique et Libertés", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "this policy covers carrefour.fr, the app and the loyalty programme; video protection in stores and recruitment have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 2
		}},
		{says: "to open an account we ask for your name, email address, password, phone number, addresses and date of birth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("account").Required != ""
		}},
		{says: "you can shop in our stores without an account or a loyalty card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "still shop") && strings.Contains(p.Purpose("loyalty").Required, "earns nothing")
		}},
		{says: "loyalty members collect euros on their loyalty balance and receive coupons, under the programme's terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").RestsOn(policy.BasisContract, policy.GDPR) &&
				slices.Contains(p.Category("loyalty").Items, "the euros credited to your loyalty balance and how you spend them")
		}},
		{says: "when you show your card, we record what you buy in store, where, when and at what price", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Sources, policy.SourceAutomatic) && p.Purpose("loyalty").Uses(p.Category("purchases"))
		}},
		{says: "franchised stores credit your balance and apply your coupons as controllers of their own sales", typed: func(p *policy.Policy) bool {
			f := recipient(p, "franchisees")
			return f.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("loyalty").Recipients, f)
		}},
		{says: "the loyalty programme is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we prepare your Drive and delivery orders and handle returns and refunds under the contract of sale", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("orders").Required != ""
		}},
		{says: "carriers and delivery partners deliver your orders on our behalf and tell us where they are", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleProcessor && slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty)
		}},
		{says: "we do not keep your full card number, only a token if you ask us to remember the card", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.Category("payment").Retention.Note != ""
		}},
		{says: "we keep payment data for 13 months, the time within which a card payment may be disputed", typed: func(p *policy.Policy) bool {
			r := p.Category("payment").Retention
			return r.Period == policy.Months(13) && r.Law == eu6FrCardDisputes
		}},
		{says: "an automated system scores every online order for the risk of fraud", typed: func(p *policy.Policy) bool {
			c := p.Category("fraud-score")
			return slices.Contains(c.Sources, policy.SourceDerived) && p.Purpose("fraud").Uses(c)
		}},
		{says: "an order with a high risk score may be refused or cancelled automatically, as needed to conclude the contract safely", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && f.RestsOn(policy.BasisContract, policy.GDPR) && f.Suspension.Automated == policy.AnswerYes && !p.NoAutomatedDecisions
		}},
		{says: "you may then give your view to customer relations and have a person look at the order again", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.HumanReview && s.Contest != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "if you apply for payment in instalments or a PASS card, Carrefour Banque receives your details and decides as its own controller", typed: func(p *policy.Policy) bool {
			b := recipient(p, "banque")
			return b.Role == policy.RoleThirdParty && b.NoticeURL != "" && p.Purpose("credit").Required != ""
		}},
		{says: "customer relations uses your messages and calls to answer you, and calls may be recorded for training and quality, as you are told", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Category("service").RecordingNotice
		}},
		{says: "we keep call recordings for six months and other requests for three years after they are closed", typed: func(p *policy.Policy) bool {
			r := p.Category("service").Retention
			return r.Period == policy.Years(3) && strings.Contains(r.Criteria, "six months")
		}},
		{says: "your reviews are published with the pseudonym you choose, with your consent", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").RestsOnConsent()
		}},
		{says: "if a product you bought is recalled, we use your contact details to warn you", typed: func(p *policy.Policy) bool {
			return p.Purpose("recall").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Purpose("recall").Uses(p.Category("purchases"))
		}},
		{says: "we infer your shopping habits from your purchases to choose the coupons and offers we show you, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.OptOutHow != "" && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("purchases"))
		}},
		{says: "we send customers offers by email and text message without prior consent, as the Code des postes allows for products like those they bought, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && len(o.ConsentExemptBy) == 1 && o.ConsentExemptBy[0] == frSoftOptIn
		}},
		{says: "you may stop our text messages by replying STOP", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("offers").OptOutHow, "STOP") }},
		{says: "people who are not customers receive our newsletter only if they ask for it", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.RestsOnConsent() && n.ConsentMethod == policy.ConsentMethodCheckbox && n.ConsentRequiredBy[0] == frSoftOptIn
		}},
		{says: "we keep the details of such subscribers for three years after their last contact", typed: func(p *policy.Policy) bool {
			r := p.Category("prospects").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventLastActivity
		}},
		{says: "we send our partners' offers only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("partner-offers").RestsOnConsent() && len(p.Purpose("partner-offers").ConsentRequiredBy) == 1
		}},
		{says: "advertising and audience cookies are set only with your consent, as the CNIL's rules require", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "audience").Consent == policy.CookieConsentOptIn &&
				p.Purpose("audience").ConsentRequiredBy[0] == eu6FrCookies
		}},
		{says: "you may change your choices with the link at the foot of every page", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "with your consent we show you our ads on social networks, matching a hashed form of your email address", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && slices.Contains(p.Category("tracking").DerivedFrom, p.Category("account"))
		}},
		{says: "cookies last at most 13 months and your choices are remembered for six", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Lifetime.Period == policy.Months(13) && cookie(p, "choices").Lifetime.Period == policy.Months(6)
		}},
		{says: "we measure for the brands we sell how their offers and ads perform, and give them only statistics that identify no one", typed: func(p *policy.Policy) bool {
			return p.Purpose("brands").Interest != "" && len(p.Purpose("brands").Recipients) == 0 && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep invoices for ten years, as the Code de commerce requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we delete your account and loyalty data three years after your last purchase or contact", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventLastActivity && d.Stages[0].Within == policy.Years(3) && p.Category("loyalty").Retention.From == policy.EventLastActivity
		}},
		{says: "we keep what is needed for disputes for as long as a claim may be brought", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Interest != "" && p.Deletion[1].Keeps(policy.KeptLegalClaims)
		}},
		{says: "the companies of the Carrefour group in France run our stores, websites and shared systems for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "group").Country == regionFR
		}},
		{says: "some service providers are outside the EU, on standard contractual clauses, of which the DPO gives a copy, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may give directives on what becomes of your data after your death", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "we answer within a month, extendable by two, and ask for proof of identity only if in doubt", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2) && p.Requests.VerificationDetail != ""
		}},
		{says: "you may make a request with our online form", typed: func(p *policy.Policy) bool { return p.Links.RequestForm != "" }},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "we tell you of material changes on our website, in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail) && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel opposition list", free: toPurpose("offers")},
		{says: "Carrefour Banque, Carrefour Voyages and the other companies that sell services under the Carrefour name have their own privacy policies", free: toIntroduction},
		{says: "at a Drive pickup point you give your order number or show its code", free: toPurpose("orders")},
	}}
}
