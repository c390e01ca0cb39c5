package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs11BestBuy paraphrases, in our own words and as we recall
// it, the Best Buy Privacy Policy for its stores, BestBuy.com and apps in
// the United States, as published in 2024-2025, with its California
// section and the section for the residents of the other states with
// privacy laws: orders online and in stores, delivery, installation and
// In-Home Advisor visits, Geek Squad repair and support, in which agents
// may come across what is stored on a device, trade-ins, returns and
// exchanges checked by a return verification service, the activation of
// phones with wireless carriers, the My Best Buy memberships (the free
// one and the paid Plus and Total), protection plans, cameras in the
// stores, and Best Buy Ads, its advertising business. Applications for
// the My Best Buy credit cards, which Citibank issues, are governed by
// the Gramm-Leach-Bliley Act and the bank's own notice. Its highlights
// say that it does not sell personal information in the ordinary sense
// of the word, while its California section counts its advertising
// cookies as selling and sharing. Addresses and the e-mail address are
// illustrative.
func realPolicyUs11BestBuy() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "postal address", "email address", "phone number", "BestBuy.com account and password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open and as long as we need it for the purposes we collected it for, or as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase, return and service history", Items: []string{"what you buy, return and exchange in our stores and online", "the services and protection plans you buy", "the products you register with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for returns, warranties, protection plans and recalls, and as tax and accounting law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit and debit card numbers with their security codes", "gift card numbers", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep a card in your account, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	idCheck := &policy.Category{ID: "id", Name: "Identification for returns, exchanges and trade-ins", Items: []string{"the number of your driver's license or other government ID", "the name, date of birth and address on it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to decide on returns and trade-ins and to detect fraud"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	deviceContent := &policy.Category{ID: "device-content", Name: "Content on devices you bring to Geek Squad", Items: []string{"the files, photos, messages and accounts stored on a device you bring us to repair, set up or trade in"},
		Description: "We do not look for this content; our agents may see it only as the work on the device needs.",
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("only while we work on the device, unless you ask us to back up or transfer your data"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	home := &policy.Category{ID: "home", Name: "Home visit information", Items: []string{"the address of the visit and who will be there", "measurements and photos of the rooms where products go", "the products and systems you ask an In-Home Advisor about"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the project, its warranty and any claim about it last"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPASensoryData}}
	activation := &policy.Category{ID: "activation", Name: "Wireless activation information", Items: []string{"the carrier, plan and phone number you choose", "what the carrier asks for to check your credit, such as your Social Security number"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("only as long as needed to complete the activation, unless the law requires longer"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	membership := &policy.Category{ID: "membership", Name: "My Best Buy membership", Items: []string{"your membership level and renewal date", "the rewards and offers you earn and use", "the benefits of a paid membership you use, such as support and protection"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo}}
	credit := &policy.Category{ID: "credit", Name: "Credit card applications", Items: []string{"what you give when you apply for a My Best Buy credit card, such as your Social Security number and income"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the Gramm-Leach-Bliley Act and the Equal Credit Opportunity Act")}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "device and advertising identifiers", "cookie IDs", "browser and operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	activity := &policy.Category{ID: "activity", Name: "Browsing and app activity", Items: []string{"products you view and search for", "your saved items and cart", "how you use our app and respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run our sites and understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the app", "the store you are in, for store mode and curbside pickup"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	reviews := &policy.Category{ID: "reviews", Name: "Ratings, reviews and questions", Items: []string{"the reviews, photos and questions you post", "the nickname you post them under"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the product is on our sites, unless you ask us to remove them"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls, chats and emails with Customer Care and Geek Squad", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Video from our stores", Items: []string{"video from cameras in our stores and parking lots"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a limited time, unless needed to investigate an incident, a theft or a claim"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic information, such as age range and household size", "updated addresses", "interests from social networks when you interact with us there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, social networks, our advertising partners and the companies we offer products with",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful to personalise your experience and our advertising"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAIdentifiers}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"the products and services you may be interested in", "the devices you own", "how likely you are to respond to an offer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, delivery and installation, customer care, analytics, marketing and security", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, purchases, payment, home, device, activity, location, communications, video, membership}}
	returnCheck := &policy.Recipient{ID: "return-verification", Name: "The Retail Equation, our return verification service", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{idCheck, purchases}, Purpose: "to check a return or exchange against your return history and tell us whether to accept it"}
	bank := &policy.Recipient{ID: "bank", Name: "Citibank, N.A., which issues the My Best Buy credit cards", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, credit}, Purpose: "you apply for or hold one of its cards, which it offers under its own privacy notice", NoticeURL: "https://www.citi.example/bestbuy/privacy"}
	carriers := &policy.Recipient{ID: "carriers", Name: "the wireless carriers whose service you activate with us", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, activation}, Purpose: "you activate or upgrade a phone on their network through us; each uses what it receives under its own privacy policy"}
	plans := &policy.Recipient{ID: "plans", Name: "the companies that administer and back the protection and support plans you buy, such as Apple for AppleCare+", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, purchases}, Purpose: "you buy a plan they provide or make a claim under it"}
	manufacturers := &policy.Recipient{ID: "manufacturers", Name: "the manufacturers of the products you buy", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, purchases}, Purpose: "you register a product or claim a rebate or a warranty, or a product you bought is recalled"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and platforms that show Best Buy Ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, purchases, inferences}, Purpose: "to show ads for Best Buy and the brands we sell on their websites and apps, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, purchases, idCheck, video}, Purpose: "the law requires it, they serve valid legal process on us, or we report a crime in our stores"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling products: orders, payments, shipping, pickup, returns and exchanges", Categories: []*policy.Category{contact, purchases, payment},
		Recipients: []*policy.Recipient{providers},
		Required:   "to order online you must give your name, a shipping or pickup address and a way to pay; without them we cannot take the order"}
	homeVisits := &policy.Purpose{ID: "home", Name: "Delivering, installing and setting up products in your home, and In-Home Advisor consultations", Categories: []*policy.Category{contact, home, purchases},
		Recipients: []*policy.Recipient{providers},
		Required:   "we need the address and details of the visit to schedule it; without them it cannot take place"}
	geekSquad := &policy.Purpose{ID: "geek-squad", Name: "Repairing, setting up and supporting your devices (Geek Squad)", Categories: []*policy.Category{contact, deviceContent, purchases, communications},
		Recipients: []*policy.Recipient{providers},
		Required:   "we need your contact details, the device and, for some repairs, its passcode; without them we may not be able to do the work"}
	returns := &policy.Purpose{ID: "returns", Name: "Accepting returns and exchanges and preventing return fraud", Categories: []*policy.Category{idCheck, purchases},
		Recipients: []*policy.Recipient{returnCheck},
		Required:   "without your ID we may not accept a return or an exchange"}
	tradeIn := &policy.Purpose{ID: "trade-in", Name: "Buying the devices you trade in", Categories: []*policy.Category{contact, idCheck, deviceContent},
		Recipients: []*policy.Recipient{providers}, MinimumAge: 18,
		Required: "to trade in a device in a store you must show a valid government photo ID; without it we cannot take the device"}
	activate := &policy.Purpose{ID: "activation", Name: "Activating phones and plans with wireless carriers", Categories: []*policy.Category{contact, activation},
		Recipients: []*policy.Recipient{carriers},
		Required:   "the carrier cannot open or upgrade your service without the details it asks for"}
	creditApps := &policy.Purpose{ID: "credit", Name: "Taking applications for My Best Buy credit cards and passing them to the bank", Categories: []*policy.Category{contact, credit},
		Recipients: []*policy.Recipient{bank},
		Required:   "the bank cannot decide on an application without the details it asks for"}
	members := &policy.Purpose{ID: "membership", Name: "Running My Best Buy memberships, rewards and protection plans", Categories: []*policy.Category{contact, membership, purchases, payment},
		Recipients: []*policy.Recipient{providers, plans}}
	locationP := &policy.Purpose{ID: "location", Name: "Finding your store, showing what is in stock there and knowing when you arrive for curbside pickup", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings",
		Recipients: []*policy.Recipient{providers}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing your ratings, reviews and questions", Categories: []*policy.Category{reviews}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising your shopping, recommendations and offers", Categories: []*policy.Category{purchases, activity, membership, thirdParty, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email, post and push notification", Categories: []*policy.Category{contact, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, in your account's communication preferences or in your device's settings", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers by text message", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text",
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for Best Buy and the brands we sell, on our sites and others (Best Buy Ads)",
		Categories: []*policy.Category{device, activity, purchases, inferences},
		Profiling:  true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Product registrations, rebates, warranties and recalls", Categories: []*policy.Category{contact, purchases},
		Recipients: []*policy.Recipient{manufacturers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our customers, employees and stores, and preventing fraud and theft", Categories: []*policy.Category{contact, purchases, payment, device, video},
		Recipients: []*policy.Recipient{providers, authorities}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions through Customer Care and Geek Squad", Categories: []*policy.Category{contact, purchases, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our stores, sites, products and services", Categories: []*policy.Category{activity, purchases, communications},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, purchases, idCheck, video},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Best Buy Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Best Buy Co., Inc. and its subsidiaries", Address: "7601 Penn Avenue South, Richfield, MN 55423, USA", Phone: "1-888-237-8289"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:            "https://www.bestbuy.example/site/help-topics/privacy-policy",
		SecurityCaveat: true,
		Laws:           []policy.Law{policy.CCPA, policy.USStates},
		Scope:          []string{"Best Buy, Geek Squad, Magnolia and Pacific Sales stores in the United States", "BestBuy.com, our apps and the other sites that link to this policy", "in-home services, Geek Squad and My Best Buy memberships"},
		OtherNotices: []policy.Notice{
			{Covers: "Best Buy Canada's stores and websites", URL: "https://www.bestbuy.example/ca/privacy"},
			{Covers: "Best Buy Business customers", URL: "https://www.bestbuy.example/site/help-topics/business-privacy-policy"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, purchases, payment, idCheck, deviceContent, home, activation, membership, credit, device, activity, location, reviews, communications, video, thirdParty, inferences},
		Purposes:    []*policy.Purpose{orders, homeVisits, geekSquad, returns, tradeIn, activate, creditApps, members, locationP, reviewsP, personalise, marketing, texts, ads, recalls, security, support, improve, legal},
		Recipients:  []*policy.Recipient{providers, returnCheck, bank, carriers, plans, manufacturers, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise with Best Buy Ads receive reports on how their ads performed, not who saw them."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and your cart", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{activity},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your BestBuy.com account or with our request form"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link at the bottom of BestBuy.com or in the app's settings"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "We match what you give us, such as your email address, phone number and a recent order, with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.bestbuy.example/site/privacy/do-not-sell-or-share", SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-888-BEST BUY (1-888-237-8289)"},
			TollFreeNumber: "1-888-237-8289", Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.bestbuy.example/site/privacy/ccpa-metrics",
			ShineTheLight: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with the appeal link in our answer to your request", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "my-best-buy", Name: "My Best Buy",
			Summary:    "Members receive member prices, offers and free shipping; paid Plus and Total members also receive longer return windows, and Total members Geek Squad support and protection for the products they buy.",
			Categories: []*policy.Category{contact, membership, purchases}, OptIn: "by creating a BestBuy.com account or joining in a store", Withdraw: "by asking us to close your account, or by cancelling a paid membership in your account",
			Value: "We estimate the value of members' information as what we spend on their offers and benefits, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipWipeDevice, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.bestbuy.example/site/privacy/request", CookieSettings: "https://www.bestbuy.example/site/privacy/do-not-sell-or-share"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our sites are meant for a general audience, and we do not knowingly collect personal information online from children under 13."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Name: "Best Buy Enterprise Customer Privacy", Address: "7601 Penn Avenue South, Richfield, MN 55423, USA", Email: "privacymanager@bestbuy.example", Phone: "1-888-237-8289"},
	}
	return realPolicy{"electronics retailer and repair service (Best Buy)", p, []statement{
		{says: "Best Buy Co., Inc. in Richfield, Minnesota, and its subsidiaries are responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Best Buy Co.") && strings.Contains(p.Controller.Address, "Richfield") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers our US stores of every brand, BestBuy.com and our apps, in-home services, Geek Squad and memberships", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[0], "Geek Squad")
		}},
		{says: "Best Buy Canada and Best Buy Business have their own privacy policies", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Canada") && strings.Contains(p.OtherNotices[1].Covers, "Business")
		}},
		{says: "our purpose is to enrich lives through technology, and we collect, use and share personal information only for that purpose", free: toIntroduction},
		{says: "we do not sell personal information in the ordinary sense of selling it for money", free: toIntroduction},
		{says: "we collect information from you, automatically when you use our sites and apps, and from other sources", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Sources, policy.SourceUser) && slices.Contains(p.Category("device").Sources, policy.SourceAutomatic) &&
				slices.Contains(p.Category("third-party").Sources, policy.SourceThirdParty)
		}},
		{says: "we collect your name, addresses, email, phone number and account login", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 5 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we keep what you buy, return and exchange, the services and plans you buy and the products you register", typed: func(p *policy.Policy) bool {
			return len(p.Category("purchases").Items) == 3 && slices.Contains(p.Category("purchases").CCPA, policy.CCPACommercialInfo)
		}},
		{says: "we collect card and gift card details to take payment", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Sensitivity == policy.SensitivitySensitive && p.Purpose("orders").Uses(p.Category("payment"))
		}},
		{says: "we need your name, an address or store and a way to pay to take an online order", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "our delivery, installation and In-Home Advisor teams collect the address, measurements and photos of your rooms", typed: func(p *policy.Policy) bool {
			return p.Purpose("home").Uses(p.Category("home")) && len(p.Category("home").Items) == 3 && p.Purpose("home").Required != ""
		}},
		{says: "Geek Squad agents may come across the files, photos and accounts on a device they repair or set up, and look at them only as the work needs", typed: func(p *policy.Policy) bool {
			return p.Purpose("geek-squad").Uses(p.Category("device-content")) && p.Category("device-content").Description != ""
		}},
		{says: "we keep nothing from your device after the work unless you ask us to back up or transfer your data", typed: func(p *policy.Policy) bool {
			r := p.Category("device-content").Retention
			return r.Kind == policy.RetentionCriteria && strings.Contains(r.Criteria, "back up")
		}},
		{says: "back up your data and erase your device before a repair, a trade-in or recycling", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipWipeDevice)
		}},
		{says: "for a return or an exchange we may scan your driver's license or other ID", typed: func(p *policy.Policy) bool {
			c := p.Category("id")
			return c.Sensitivity == policy.SensitivitySensitive && p.Purpose("returns").Uses(c) && p.Purpose("returns").Required != ""
		}},
		{says: "The Retail Equation checks returns and exchanges against your return history for us and tells us whether to accept them", typed: func(p *policy.Policy) bool {
			r := recipient(p, "return-verification")
			return r.Role == policy.RoleProcessor && slices.Contains(p.Purpose("returns").Recipients, r)
		}},
		{says: "you can ask The Retail Equation for the report of your return activity it keeps", free: toPurpose("returns")},
		{says: "to trade in a device in a store you must be 18 and show a government photo ID", typed: func(p *policy.Policy) bool {
			t := p.Purpose("trade-in")
			return t.MinimumAge == 18 && t.Uses(p.Category("id")) && t.Required != ""
		}},
		{says: "when you activate a phone with us, we pass the details the carrier asks for, such as for its credit check, to that carrier", typed: func(p *policy.Policy) bool {
			r := recipient(p, "carriers")
			return r.Conditional && slices.Contains(r.Categories, p.Category("activation")) && p.Purpose("activation").Required != ""
		}},
		{says: "applications for My Best Buy credit cards go to Citibank, which handles them under its own notice and the Gramm-Leach-Bliley Act", typed: func(p *policy.Policy) bool {
			return p.Category("credit").GovernedBy == policy.SectoralGLBA && recipient(p, "bank").NoticeURL != ""
		}},
		{says: "we run My Best Buy memberships and pass what is needed to the companies that back the protection plans you buy", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").Uses(p.Category("membership")) && slices.Contains(p.Purpose("membership").Recipients, recipient(p, "plans"))
		}},
		{says: "My Best Buy is a financial incentive, and we explain what members receive, how we value their information and how to leave", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != "" && slices.Contains(i.Categories, p.Category("membership"))
		}},
		{says: "with your permission the app uses your location to find your store and to know when you arrive for curbside pickup", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect IP address, device, cookie and advertising identifiers, and what you view and search on our sites", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity)
		}},
		{says: "reviews and questions you post are public under your nickname", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "we record calls with Customer Care and Geek Squad and keep chats and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "cameras record our stores and parking lots to protect people and prevent theft", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "we receive demographic and interest information from data companies, social networks and partners", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return c.SourceDetail != "" && slices.Contains(c.CCPA, policy.CCPAProtectedTraits)
		}},
		{says: "we infer what products you may want and the devices you own to personalise your shopping and offers", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && p.Purpose("personalise").Profiling && p.Purpose("personalise").Uses(c)
		}},
		{says: "we send offers by email, post and push notification, which you can stop in each email, your account or your device", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && m.OptOutHow != ""
		}},
		{says: "we text you offers only with your consent, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "with Best Buy Ads we show ads for us and the brands we sell, on our sites and others, and measure them", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && a.OptOut && slices.Contains(a.Recipients, recipient(p, "advertising"))
		}},
		{says: "brands receive reports on how their ads performed, not who saw them, and we keep de-identified information de-identified", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != "" && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "manufacturers receive your details when you register a product or claim a rebate or warranty, or when a product is recalled", typed: func(p *policy.Policy) bool {
			return recipient(p, "manufacturers").Conditional && p.Purpose("recalls").Recipients[0] == recipient(p, "manufacturers")
		}},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information on legal process, to protect people and property, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we use cookies, pixels and SDKs to keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Technology == policy.TechnologyPixel
		}},
		{says: "we do not respond to Do Not Track, but treat Global Privacy Control as a request to opt out", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "under California law our advertising cookies count as selling and sharing identifiers, purchases, browsing and inferences", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 4 && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out with the Do Not Sell or Share link on our site or in the app", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by calling 1-888-BEST BUY, we verify them against what we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "California residents may ask about disclosures for direct marketing, and we publish our request numbers", typed: func(p *policy.Policy) bool {
			return p.CCPA.ShineTheLight && p.CCPA.LargeVolume && p.CCPA.MetricsURL != ""
		}},
		{says: "we keep information as long as our purposes and the law require, and keep what the law and fraud prevention need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we protect information with administrative, technical and physical safeguards, but no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "learn to spot phishing, smishing and gift card scams that use our name, and report them to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our sites are for a general audience and we do not knowingly collect information from children under 13", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "we post changes here with a new date, and tell you of material changes on our site", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService) && !p.Updated.IsZero()
		}},
		{says: "questions go to our customer privacy team by email, post or phone", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone != "" && p.Contact.Address != ""
		}},
	}}
}

// realPolicyUs11Southwest paraphrases, in our own words and as we recall
// it, the Privacy Policy of Southwest Airlines for its customers, as
// published in 2024-2025, with its California section and the section
// for the residents of the other states with privacy laws: bookings made
// on southwest.com, in the app, by phone or through travel agents and
// employers, the Secure Flight data the Transportation Security
// Administration requires of every passenger, passport data and advance
// passenger information for international flights, requests for
// assistance, Rapid Rewards and its partners, the Southwest Rapid Rewards
// credit cards that Chase issues, inflight WiFi and entertainment,
// Click 'n Save emails, and advertising cookies, which it counts as
// selling and sharing. The policy opens by saying that information may be
// processed outside the country the customer is in. Web and e-mail
// addresses are illustrative.
func realPolicyUs11Southwest() realPolicy {
	booking := &policy.Category{ID: "booking", Name: "Booking information",
		Items: []string{"the names of the passengers", "email address and phone number", "confirmation number, flights, fare and seats",
			"EarlyBird Check-In, upgrades and other extras", "the travel funds, flight credits and vouchers you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the travel agency or the employer's travel department you book through", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and as tax and aviation law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	secureFlight := &policy.Category{ID: "secure-flight", Name: "Secure Flight information",
		Items:       []string{"full name as it appears on your ID", "date of birth", "gender", "Known Traveler Number and Redress Number, if you have one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the booking and the records TSA's rules require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	passport := &policy.Category{ID: "passport", Name: "Passport and international travel information",
		Items:       []string{"passport number, issuing country and expiry", "nationality and country of residence", "your address at the destination"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the laws of the countries you fly between require, and as long as your profile keeps it if you save it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit and debit card numbers with their security codes", "billing address", "gift card numbers"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep a card in your account, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	assistance := &policy.Category{ID: "assistance", Name: "Assistance requests",
		Items:       []string{"the help you ask for, such as a wheelchair or help for a vision or hearing impairment", "the service animal, mobility aid or medical device you bring"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the trip, and as the Air Carrier Access Act's rules require us to keep records of complaints"),
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	rapidRewards := &policy.Category{ID: "rapid-rewards", Name: "Rapid Rewards membership",
		Items:       []string{"member number, date of birth and preferences", "points earned and redeemed", "tier status and Companion Pass", "the points you earn with partners and with the credit card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "Chase, which issues the credit cards, and the hotel, car rental, shopping and dining partners you earn points with", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	contacts := &policy.Category{ID: "emergency-contact", Name: "Emergency contact", Items: []string{"the name and phone number of the person to call in an emergency"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the trip, or as long as you keep it in your profile"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "device and advertising identifiers", "cookie IDs", "browser and operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and apps and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	activity := &policy.Category{ID: "activity", Name: "Browsing and app activity", Items: []string{"the flights and fares you search for", "the pages you view", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run our sites and apps and understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the app"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	wifi := &policy.Category{ID: "wifi", Name: "Inflight WiFi and entertainment", Items: []string{"the device you connect on board and its identifiers", "the WiFi plan you buy and how much you use it", "the movies, TV and messaging you use on board"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide and bill the service and to keep it secure"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls, chats, emails and social media messages with our Customer Relations", "complaints, refund requests and baggage claims", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question or claim and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic information", "interests from social networks when you interact with us there", "updated contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, social networks and our marketing partners",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful to personalise our offers"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAIdentifiers}}
	inferences := &policy.Category{ID: "inferences", Name: "Travel preferences we infer", Items: []string{"the places you are likely to fly to", "whether you travel for business or leisure", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, rapidRewards, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for reservations, payments, hosting, customer service, inflight WiFi, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{booking, payment, rapidRewards, contacts, device, activity, location, wifi, communications}}
	handlers := &policy.Recipient{ID: "handlers", Name: "airports and the contractors that provide wheelchairs and other help at them", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to give you the help you ask for at the airport and on board"}
	tsa := &policy.Recipient{ID: "tsa", Name: "the Transportation Security Administration", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{booking, secureFlight}, Purpose: "to match passengers against government watch lists before each flight under its Secure Flight program"}
	border := &policy.Recipient{ID: "border", Name: "U.S. Customs and Border Protection", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{booking, secureFlight, passport}, Purpose: "to check the passengers of every flight into or out of the United States before it leaves"}
	foreignBorder := &policy.Recipient{ID: "foreign-border", Name: "the border and immigration authorities of the other countries you fly to or from", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, secureFlight, passport}, Purpose: "to check the passengers of an international flight before it leaves, as their laws require"}
	health := &policy.Recipient{ID: "public-health", Name: "the Centers for Disease Control and Prevention and state and local health departments", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{booking, contacts}, Purpose: "they ask for it to reach passengers who may have been exposed to a communicable disease on a flight"}
	chase := &policy.Recipient{ID: "chase", Name: "JPMorgan Chase Bank, N.A., which issues the Southwest Rapid Rewards credit cards", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{booking, rapidRewards}, Purpose: "to credit the points you earn with the card, to give cardmembers their benefits and to offer the card to members; applications are handled under Chase's own notice",
		NoticeURL: "https://www.chase.example/privacy"}
	partners := &policy.Recipient{ID: "partners", Name: "Rapid Rewards partners and the hotel, car rental and other travel partners you book through us", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{booking, rapidRewards}, Purpose: "you earn or redeem points with them or book their service through us; each uses what it receives under its own privacy policy"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and the websites and social networks that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, inferences}, Purpose: "to show you our ads on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{booking, secureFlight, payment, communications}, Purpose: "the law requires it, they serve valid legal process on us, or safety on board or at an airport is at stake"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and extras, checking you in and carrying you", Categories: []*policy.Category{booking, payment, secureFlight},
		Recipients: []*policy.Recipient{providers},
		Required:   "without the passengers' names, a way to reach you and a way to pay we cannot sell you a flight"}
	sfPurpose := &policy.Purpose{ID: "secure-flight", Name: "Giving Secure Flight information to the Transportation Security Administration", Categories: []*policy.Category{booking, secureFlight},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{tsa},
		Obligations: []policy.Obligation{{Act: "the Secure Flight rule, 49 CFR Part 1560", Region: regionUS}},
		Required:    "the TSA requires every passenger's full name, date of birth and gender; without them we cannot issue a boarding pass"}
	international := &policy.Purpose{ID: "international", Name: "Giving passport and passenger information to border authorities for international flights", Categories: []*policy.Category{booking, secureFlight, passport},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{border, foreignBorder},
		Obligations: []policy.Obligation{{Act: "the Advance Passenger Information System rule, 19 CFR 122.49a and 122.75a", Region: regionUS}},
		Required:    "without a valid passport and the details the countries ask for you cannot check in for an international flight"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the help you ask for at the airport and on board", Categories: []*policy.Category{assistance, booking},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{handlers},
		Obligations: []policy.Obligation{{Act: "the Air Carrier Access Act, 49 U.S.C. 41705, and 14 CFR Part 382", Region: regionUS}},
		Required:    "asking for help is up to you; without the details of your needs we cannot arrange it"}
	disruptions := &policy.Purpose{ID: "disruptions", Name: "Telling you of delays, cancellations and gate changes, and handling refunds and baggage", Categories: []*policy.Category{booking, communications, contacts},
		Recipients: []*policy.Recipient{providers}}
	publicHealth := &policy.Purpose{ID: "public-health", Name: "Giving passenger contact information to public health authorities when they ask", Categories: []*policy.Category{booking, contacts},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{health},
		Obligations: []policy.Obligation{{Act: "42 CFR 71.4 (airline passenger information for the CDC)", Region: regionUS}}}
	rewards := &policy.Purpose{ID: "rapid-rewards", Name: "Running Rapid Rewards: points, tiers, Companion Pass and partner earning", Categories: []*policy.Category{rapidRewards, booking},
		Recipients: []*policy.Recipient{providers, partners},
		Required:   "to join Rapid Rewards you must give your name, date of birth and email address"}
	card := &policy.Purpose{ID: "credit-card", Name: "Running the Southwest Rapid Rewards credit cards with Chase", Categories: []*policy.Category{rapidRewards, booking},
		Recipients: []*policy.Recipient{chase}}
	wifiP := &policy.Purpose{ID: "wifi", Name: "Providing inflight WiFi, messaging and entertainment", Categories: []*policy.Category{wifi, payment},
		Recipients: []*policy.Recipient{providers}}
	locationP := &policy.Purpose{ID: "location", Name: "Showing the airports near you and reminding you to check in", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising our fares, offers and website to your travel", Categories: []*policy.Category{booking, rapidRewards, activity, thirdParty, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending Click 'n Save and Rapid Rewards emails with our fares and offers, and offers of our partners", Categories: []*policy.Category{booking, rapidRewards, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email or in your Rapid Rewards account preferences", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", Name: "Sending flight notifications by text message and push notification", Categories: []*policy.Category{booking},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text or turning notifications off in the app",
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them", Categories: []*policy.Category{device, activity, inferences},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping our flights, airports, systems and customers safe, and preventing fraud", Categories: []*policy.Category{booking, payment, rapidRewards, device},
		Recipients: []*policy.Recipient{providers, authorities}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions, complaints and claims through Customer Relations", Categories: []*policy.Category{communications, booking, rapidRewards},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our service, sites and app, including with surveys", Categories: []*policy.Category{activity, booking, communications},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{booking, secureFlight, payment, communications},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Southwest Airlines Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Southwest Airlines Co.", Address: "P.O. Box 36647, Dallas, TX 75235, USA", Phone: "1-800-435-9792"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		URL:             "https://www.southwest.example/about-southwest/terms-and-conditions/privacy-policy",
		Acknowledgement: true,
		SecurityCaveat:  true,
		Laws:            []policy.Law{policy.CCPA, policy.USStates},
		Scope:           []string{"southwest.com, our apps and the other sites and services that link to this policy", "our flights, Rapid Rewards and inflight WiFi and entertainment"},
		OtherNotices:    []policy.Notice{{Covers: "our employees and job applicants"}},
		External:        []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories:      []*policy.Category{booking, secureFlight, passport, payment, assistance, rapidRewards, contacts, device, activity, location, wifi, communications, thirdParty, inferences},
		Purposes:        []*policy.Purpose{carriage, sfPurpose, international, help, disruptions, publicHealth, rewards, card, wifiP, locationP, personalise, marketing, texts, ads, security, support, improve, legal},
		Recipients:      []*policy.Recipient{providers, handlers, tsa, border, foreignBorder, health, chase, partners, adPartners, authorities},
		// The policy names no safeguard for this transfer, and neither the
		// CCPA nor the other states' laws ask for one.
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreignBorder, Categories: []*policy.Category{booking, secureFlight, passport}}},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep your booking and your sign-in", Party: policy.PartyFirst, Purpose: carriage, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{activity},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your Rapid Rewards account or with our request form"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link at the bottom of southwest.com"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "We ask you to confirm your request from your email address and match what you give us, such as your Rapid Rewards number or a confirmation number, with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.southwest.example/privacy/do-not-sell-or-share", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-I-FLY-SWA (1-800-435-9792)"}, TollFreeNumber: "1-800-435-9792"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer with the word \"appeal\"", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "rapid-rewards", Name: "Rapid Rewards",
			Summary:    "Members earn points on flights and with partners, redeem them for flights and other rewards, and earn tier status and the Companion Pass.",
			Categories: []*policy.Category{rapidRewards, booking}, OptIn: "by enrolling on southwest.com or in the app", Withdraw: "by asking Customer Relations to close your account",
			Value: "We value members' information as what we spend on their points and benefits, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards meant to protect the information we hold."}},
		Links:    policy.Links{RequestForm: "https://www.southwest.example/privacy/request", CookieSettings: "https://www.southwest.example/privacy/do-not-sell-or-share"},
		Children: policy.Children{MinimumAge: 13, Note: "Our sites and apps are not directed to children under 13, and we do not knowingly collect their personal information online; we hold what a parent or guardian gives us to book a child's travel."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Name: "Southwest Airlines Privacy", Address: "P.O. Box 36647, Dallas, TX 75235, USA", Email: "privacy@southwest.example", Phone: "1-800-435-9792"},
	}
	return realPolicy{"airline and loyalty programme (Southwest Airlines)", p, []statement{
		{says: "Southwest Airlines Co. in Dallas is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Southwest Airlines Co." && strings.Contains(p.Controller.Address, "Dallas") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers southwest.com, our apps, our flights, Rapid Rewards and inflight WiFi", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "Rapid Rewards")
		}},
		{says: "by using our services you accept how this policy says we collect, use and share information", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "this policy is not a contract and creates no legal rights or obligations", free: toIntroduction},
		{says: "your information may be processed outside the country you are in, where its government may reach it", free: toIntroduction},
		{says: "we collect the passengers' names, contact details, flights, seats, extras and the travel funds used", typed: func(p *policy.Policy) bool {
			return len(p.Category("booking").Items) == 5 && p.Purpose("carriage").Uses(p.Category("booking"))
		}},
		{says: "we need the passengers' names, a way to reach you and payment to sell you a flight", typed: func(p *policy.Policy) bool { return p.Purpose("carriage").Required != "" }},
		{says: "when you book for others, or a travel agent or employer books for you, you confirm that you may give us their information", typed: func(p *policy.Policy) bool {
			return othersGive(p, "booking") && slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "the TSA's Secure Flight program requires each passenger's full name, date of birth and gender, and takes a Known Traveler or Redress Number", typed: func(p *policy.Policy) bool {
			s := p.Purpose("secure-flight")
			return len(p.Category("secure-flight").Items) == 4 && s.Required != "" && strings.Contains(s.Obligations[0].Act, "1560")
		}},
		{says: "we pass Secure Flight information to the TSA, which checks passengers against watch lists", typed: func(p *policy.Policy) bool {
			r := recipient(p, "tsa")
			return r.Role == policy.RoleAuthority && !r.Conditional && p.Purpose("secure-flight").Recipients[0] == r
		}},
		{says: "for international flights we collect passport details and pass them to U.S. Customs and Border Protection and the authorities of the countries you fly to", typed: func(p *policy.Policy) bool {
			i := p.Purpose("international")
			return i.Uses(p.Category("passport")) && slices.Equal(i.Recipients, []*policy.Recipient{recipient(p, "border"), recipient(p, "foreign-border")}) && len(i.Obligations) == 1 && i.Required != ""
		}},
		{says: "passenger information for an international flight goes to the authorities of the country you fly to", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "foreign-border") && slices.Contains(t.Categories, p.Category("passport"))
		}},
		{says: "we collect card and gift card details to take payment", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Sensitivity == policy.SensitivitySensitive && p.Purpose("carriage").Uses(p.Category("payment"))
		}},
		{says: "if you ask for help, such as a wheelchair or travelling with a service animal, we record your needs and pass them to the airport and its contractors", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && h.Recipients[0] == recipient(p, "handlers") && h.Required != ""
		}},
		{says: "federal law on air travel by people with disabilities requires us to give that help", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return h.HasBasis(policy.BasisLegalObligation) && strings.Contains(h.Obligations[0].Act, "Air Carrier Access Act")
		}},
		{says: "you may give us the name and phone number of someone to call in an emergency", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("emergency-contact").Sources, policy.SourceOtherUsers) && p.Purpose("disruptions").Uses(p.Category("emergency-contact"))
		}},
		{says: "we tell you of delays, cancellations and gate changes and handle refunds and baggage claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("disruptions").Uses(p.Category("booking")) && p.Purpose("disruptions").Uses(p.Category("communications"))
		}},
		{says: "if the CDC or a health department asks, we give them passengers' contact details to reach people exposed to a disease on a flight", typed: func(p *policy.Policy) bool {
			h := p.Purpose("public-health")
			return recipient(p, "public-health").Conditional && h.HasBasis(policy.BasisLegalObligation) && h.Uses(p.Category("emergency-contact"))
		}},
		{says: "Rapid Rewards members' points, tier status and Companion Pass are kept in their account", typed: func(p *policy.Policy) bool {
			c := p.Category("rapid-rewards")
			return c.Retention.Kind == policy.RetentionWhileActive && p.Purpose("rapid-rewards").Uses(c) && p.Purpose("rapid-rewards").Required != ""
		}},
		{says: "Rapid Rewards is a financial incentive, and we explain what members receive, how we value their information and how to leave", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "partners you earn or redeem points with, and hotels and car rental companies you book through us, receive your details and use them under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.Conditional && r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("rapid-rewards").Recipients, r)
		}},
		{says: "Chase, which issues our credit cards, tells us the points you earn with the card, and we share member information with it for the card", typed: func(p *policy.Policy) bool {
			r := recipient(p, "chase")
			return strings.Contains(p.Category("rapid-rewards").SourceDetail, "Chase") && r.NoticeURL != "" && p.Purpose("credit-card").Recipients[0] == r
		}},
		{says: "when you use inflight WiFi or entertainment we collect your device's identifiers and what you use", typed: func(p *policy.Policy) bool {
			return p.Purpose("wifi").Uses(p.Category("wifi")) && slices.Contains(p.Category("wifi").Sources, policy.SourceAutomatic)
		}},
		{says: "with your permission the app uses your location to show nearby airports and remind you to check in", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect IP address, device, cookie and advertising identifiers and what you search and view on our sites", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity)
		}},
		{says: "we may record calls with Customer Relations and keep chats, complaints and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "we receive demographic and interest information from data companies, social networks and partners", typed: func(p *policy.Policy) bool {
			return p.Category("third-party").SourceDetail != "" && p.Purpose("personalise").Uses(p.Category("third-party"))
		}},
		{says: "we infer where and why you are likely to travel to personalise our fares and offers", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferences").DerivedFrom) == 4 && p.Purpose("personalise").Profiling
		}},
		{says: "Click 'n Save and Rapid Rewards emails bring our fares and our partners' offers, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && m.OptOutHow != ""
		}},
		{says: "we send flight notifications by text only if you ask, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "advertising partners' cookies on our sites show you our ads elsewhere, which is selling and sharing under California law", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "we use information to keep flights, airports and systems safe and to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("payment")) && slices.Contains(p.Purpose("security").Recipients, recipient(p, "authorities"))
		}},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information on legal process, to protect safety and our rights, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may use and share aggregated or de-identified information, which we do not try to re-identify", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we use cookies, pixels and SDKs to keep your booking, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we do not respond to Do Not Track, but treat Global Privacy Control as an opt-out of selling and sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "you opt out of selling, sharing and targeted advertising with the Do Not Sell or Share link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.USStates.Sells == policy.AnswerYes
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by calling 1-800-I-FLY-SWA, confirm them from your email address, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && slices.Contains(p.Requests.Verification, policy.VerificationEmail) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we keep information as long as our purposes and the law require, and keep what the law and fraud prevention need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with reasonable safeguards, but no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "our sites are not for children under 13, but we hold what a parent gives us to book a child's trip", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "parent")
		}},
		{says: "sites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "changes take effect when we post them with a new Last Updated date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
		{says: "questions go to our privacy team by email, post or phone", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
	}}
}

// realPolicyUs11BankOfAmerica paraphrases, in our own words and as we
// recall them, two notices of Bank of America as published in 2024-2025,
// read together: the U.S. Online Privacy Notice, on what the bank
// collects through its websites, mobile apps, Erica, emails and online
// ads, with its California Consumer Privacy Act notice for the
// information the federal financial privacy laws do not cover; and the
// U.S. Consumer Privacy Notice, the "FACTS" table that the
// Gramm-Leach-Bliley Act and Regulation P ask a bank to give its
// consumer customers, with the reasons it shares their information and
// the three kinds of sharing they may limit: with affiliates, information
// about their creditworthiness (Fair Credit Reporting Act, 15 U.S.C.
// 1681a(d)(2)(A)(iii)) and for marketing (15 U.S.C. 1681s-3), and with
// nonaffiliates for marketing (15 U.S.C. 6802(b)), which the bank does
// for credit card accounts and for accounts another organisation
// endorses. Customers' account, application and credit information is
// governed by the Gramm-Leach-Bliley Act and the Fair Credit Reporting
// Act; the CCPA reaches only the rest. A financial institution subject to
// the Gramm-Leach-Bliley Act, the bank is outside most other states'
// comprehensive privacy laws, which exempt such institutions as a whole.
// Web and e-mail addresses are illustrative.
func realPolicyUs11BankOfAmerica() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identity and application information",
		Items:       []string{"name, address, phone number, email address and date of birth", "Social Security number", "employment information and income", "the government ID you show to open an account"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our affiliates and identity verification companies",
		Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the customer identification program rule, 31 CFR 1020.220(a)(3), for five years after the account is closed")}
	accounts := &policy.Category{ID: "accounts", Name: "Account and transaction information",
		Items:       []string{"account and card numbers", "account balances and transaction history", "payment history and the balances of your credit cards and loans", "the bills you pay and the people you send money to"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("federal banking record rules, such as 31 CFR 1010.430, which keep records five years")}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"credit history and credit scores from consumer reporting agencies"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	assets := &policy.Category{ID: "assets", Name: "Assets and investment experience", Items: []string{"your assets", "your investment experience and objectives"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the record-keeping rules for brokers and investment advisers, such as 17 CFR 240.17a-4")}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in information", Items: []string{"Online ID and passcode", "one-time authorization codes", "security questions"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location from your mobile device", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to find ATMs and financial centers near you and to prevent fraud")}
	checks := &policy.Category{ID: "checks", Name: "Photos of checks", Items: []string{"the photos of checks you deposit with the app's camera"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the Check Clearing for the 21st Century Act and Regulation CC")}
	contacts := &policy.Category{ID: "contacts", Name: "Your phone's contacts", Items: []string{"the names, phone numbers and email addresses in your contacts, if you let the app read them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as you allow the app to read your contacts")}
	erica := &policy.Category{ID: "erica", Name: "Conversations with Erica", Items: []string{"what you ask Erica, our virtual financial assistant, by text or voice, and her answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to answer you, improve Erica and meet record-keeping rules")}
	calls := &policy.Category{ID: "calls", Name: "Calls with us", Items: []string{"recordings of calls with our representatives"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to serve you and as regulations require")}
	online := &policy.Category{ID: "online", Name: "Online activity information",
		Items:       []string{"IP address", "browser and device type and identifiers", "cookie and advertising identifiers", "the pages you visit, the links you click and the ads you see"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure our online services, measure our ads and improve our sites"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic and marketing information", "what you share with us on social media", "information from public records"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, SourceDetail: "data providers, marketing partners and social media platforms",
		Linked: true, Retention: policy.ByCriteria("as long as we need it for the purpose we obtained it for"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interests", Items: []string{"the products you may be interested in", "how likely you are to respond to our offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{online, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	limitHow := "by calling 888.341.5000, at bankofamerica.com/privacy or by asking a banker"
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates: companies with a Bank of America or Merrill name, and financial companies such as Merrill Lynch, Pierce, Fenner & Smith Incorporated and BofA Securities, Inc.", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, credit, assets}, Purpose: "for their everyday business and, unless you limit it, to market their products to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers that process transactions, print and mail statements, host our systems, and market our products for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, credentials, checks, erica, calls, online, location}}
	joint := &policy.Recipient{ID: "joint-marketing", Name: "financial companies with which we market financial products together under a formal agreement", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to offer you the products we market together"}
	nonaffiliates := &policy.Recipient{ID: "nonaffiliates", Name: "nonaffiliated companies, such as the organizations that endorse your credit card or account", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, accounts}, Purpose: "you hold a credit card or an account that another organization endorses and have not limited this sharing; they may then market their products to you"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to report how you pay your credit accounts, as the Fair Credit Reporting Act allows"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies, and the websites and social media platforms that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, inferences}, Purpose: "to show you our ads on other websites, apps and social media based on your interests, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, accounts, calls, online}, Purpose: "they examine us, the law requires a report, or they serve a court order or other legal process on us"}

	everyday := &policy.Purpose{ID: "everyday", Name: "Our everyday business: processing your transactions, maintaining your accounts, answering court orders and legal investigations, and reporting to credit bureaus",
		Categories: []*policy.Category{identity, accounts, credit, assets, credentials},
		Recipients: []*policy.Recipient{providers, bureaus, authorities},
		Required:   "you must give your name, address, date of birth and Social Security number to open an account or apply for credit; without them we cannot"}
	verify := &policy.Purpose{ID: "identity", Name: "Verifying your identity when you open an account", Categories: []*policy.Category{identity},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs for banks)", Region: regionUS}}}
	security := &policy.Purpose{ID: "security", Name: "Authenticating you, protecting your accounts and preventing fraud", Categories: []*policy.Category{credentials, accounts, online, location, calls},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised, policy.SuspensionGroundAccountTakeover}}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with banking laws, anti-money laundering and sanctions rules", Categories: []*policy.Category{identity, accounts, calls, online},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}},
		TippingOff:  []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}}}
	ericaP := &policy.Purpose{ID: "erica", Name: "Answering you through Erica, our virtual financial assistant, and improving her answers", Categories: []*policy.Category{erica, accounts},
		Recipients: []*policy.Recipient{providers}}
	locate := &policy.Purpose{ID: "location", Name: "Finding ATMs and financial centers near you and spotting card use far from your phone", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	deposit := &policy.Purpose{ID: "mobile-deposit", Name: "Depositing checks with your phone's camera", Categories: []*policy.Category{checks, accounts},
		Recipients: []*policy.Recipient{providers}}
	zelle := &policy.Purpose{ID: "zelle-contacts", Name: "Finding the people in your contacts you can pay with Zelle", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off contact access for the app in your device's settings"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing our products and services to you, with the service providers we use for it", Categories: []*policy.Category{identity, accounts, thirdParty, inferences},
		OptOut: true, OptOutHow: "by telling us, at 888.341.5000, at bankofamerica.com/privacy or through a banker, not to contact you for marketing by phone, mail or email", Recipients: []*policy.Recipient{providers}}
	jointP := &policy.Purpose{ID: "joint-marketing", DirectMarketing: true, Name: "Marketing financial products together with other financial companies", Categories: []*policy.Category{identity, accounts},
		Recipients: []*policy.Recipient{joint}}
	affTransactions := &policy.Purpose{ID: "affiliates-transactions", Name: "Sharing with our affiliates, for their everyday business, information about your transactions and experiences with us",
		Categories: []*policy.Category{accounts}, Recipients: []*policy.Recipient{affiliates}}
	affCredit := &policy.Purpose{ID: "affiliates-credit", Name: "Sharing with our affiliates, for their everyday business, information about your creditworthiness",
		Categories: []*policy.Category{credit, identity}, Recipients: []*policy.Recipient{affiliates}, OptOut: true, OptOutHow: limitHow}
	affMarketing := &policy.Purpose{ID: "affiliates-marketing", DirectMarketing: true, Name: "Letting our affiliates use your information to market to you",
		Categories: []*policy.Category{identity, accounts, assets}, Recipients: []*policy.Recipient{affiliates}, OptOut: true, OptOutHow: limitHow}
	nonaffMarketing := &policy.Purpose{ID: "nonaffiliates-marketing", DirectMarketing: true, Name: "Sharing information about credit card accounts and endorsed accounts with nonaffiliated companies so that they can market to you",
		Categories: []*policy.Category{identity, accounts}, Recipients: []*policy.Recipient{nonaffiliates}, OptOut: true, OptOutHow: limitHow}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social media based on your interests (online behavioral advertising)", Categories: []*policy.Category{online, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the online behavioral advertising opt-out on our Privacy & Security pages or through the Digital Advertising Alliance's AdChoices",
		Recipients: []*policy.Recipient{adPartners}}
	offers := &policy.Purpose{ID: "account-offers", Name: "Showing you offers and content in Online Banking and the app based on your accounts", Categories: []*policy.Category{accounts, assets},
		Profiling: true}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing and improving our websites, apps and products", Categories: []*policy.Category{online, accounts, erica},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "Bank of America U.S. Online Privacy Notice and U.S. Consumer Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Bank of America Corporation and its affiliates, such as Bank of America, N.A.", Address: "100 North Tryon Street, Charlotte, NC 28255, USA", Phone: "888.341.5000"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.January, 3), Updated: policy.MakeDate(2024, time.January, 3),
		URL:   "https://www.bankofamerica.example/security-center/privacy-overview",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"the websites, mobile apps, Erica, emails and other online services of Bank of America and Merrill in the United States", "our consumer deposit, card, lending and investment products, whose customers' information the Gramm-Leach-Bliley Act governs"},
		OtherNotices: []policy.Notice{
			{Covers: "our businesses outside the United States"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{identity, accounts, credit, assets, credentials, location, checks, contacts, erica, calls, online, thirdParty, inferences},
		Purposes:    []*policy.Purpose{everyday, verify, security, compliance, ericaP, locate, deposit, zelle, marketing, jointP, affTransactions, affCredit, affMarketing, nonaffMarketing, ads, offers, analytics},
		Recipients:  []*policy.Recipient{affiliates, providers, joint, nonaffiliates, bureaus, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that recognise your device and keep your session secure", Party: policy.PartyFirst, Purpose: security, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and tags", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in Online Banking or by calling us"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the online behavioral advertising opt-out on our Privacy & Security pages or a Global Privacy Control signal"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.bankofamerica.example/security-center/online-behavioral-advertising-opt-out", Under16: policy.AnswerNo,
			RequestMethods: []string{"our online CCPA request form", "our toll-free number, 888.341.5000"}, TollFreeNumber: "888.341.5000",
			LargeVolume: true, MetricsURL: "https://www.bankofamerica.example/security-center/ccpa-metrics"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureInternalRules, Description: "To protect your information from unauthorized access and use, we use security measures that comply with federal law, including computer safeguards and secured files and buildings."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.bankofamerica.example/security-center/ccpa-request", CookieSettings: "https://www.bankofamerica.example/security-center/online-behavioral-advertising-opt-out"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our online services are not directed to children under 13, and we do not knowingly collect their personal information online."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Phone: "888.341.5000", Address: "Bank of America, 100 North Tryon Street, Charlotte, NC 28255, USA"},
		GLBA: policy.GLBANotice{
			Sharing: []policy.GLBASharing{
				{Reason: policy.GLBAEverydayBusiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAOwnMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAJointMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAAffiliatesTransactions, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAAffiliatesCreditworthiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
				{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
				{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
			},
			LimitHow:        "call 888.341.5000, go to bankofamerica.com/privacy or ask a banker",
			WaitDays:        45,
			FormerCustomers: true,
			JointAccounts:   "apply to everyone on your account unless you tell us otherwise",
		},
	}
	return realPolicy{"US bank privacy notices (Bank of America)", p, []statement{
		{says: "Bank of America Corporation and its affiliates, under the Bank of America and Merrill names, provide these notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Bank of America Corporation") && p.Controller.Country == regionUS && strings.Contains(recipient(p, "affiliates").Name, "Merrill")
		}},
		{says: "the online notice covers our websites, mobile apps, Erica, emails and other online services in the United States", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Erica")
		}},
		{says: "the consumer notice covers our consumer customers' accounts under the Gramm-Leach-Bliley Act", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[1], "consumer") && p.Category("accounts").GovernedBy == policy.SectoralGLBA
		}},
		{says: "financial companies choose how they share personal information, and federal law lets consumers limit some but not all of it", typed: func(p *policy.Policy) bool {
			return len(p.GLBA.Sharing) == 7
		}},
		{says: "what we collect and share depends on your products: your Social Security number and employment information, balances, transaction history and credit information, and your assets and investment experience", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "Social Security number") && len(p.Category("accounts").Items) == 4 &&
				p.Category("credit").GovernedBy == policy.SectoralFCRA && p.Category("assets").GovernedBy == policy.SectoralGLBA
		}},
		{says: "we collect it when you open an account, deposit money, pay bills, apply for a loan or use your card, and from credit bureaus, affiliates and other companies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("accounts").Sources, policy.SourceAutomatic) && p.Category("credit").SourceDetail == "consumer reporting agencies" &&
				strings.Contains(p.Category("identity").SourceDetail, "affiliates")
		}},
		{says: "you must give your name, address, date of birth and Social Security number to open an account or apply for credit", typed: func(p *policy.Policy) bool {
			return p.Purpose("everyday").Required != "" && p.Purpose("everyday").Uses(p.Category("identity"))
		}},
		{says: "federal law requires us to verify your identity when you open an account", typed: func(p *policy.Policy) bool {
			v := p.Purpose("identity")
			return v.HasBasis(policy.BasisLegalObligation) && strings.Contains(v.Obligations[0].Act, "PATRIOT")
		}},
		{says: "we share for our everyday business: to process transactions, maintain accounts, answer court orders and legal investigations, and report to credit bureaus; you cannot limit this", typed: func(p *policy.Policy) bool {
			e := p.Purpose("everyday")
			return glbaAnswers(p, policy.GLBAEverydayBusiness, policy.AnswerYes, policy.AnswerNo) &&
				!e.OptOut && slices.Contains(e.Recipients, recipient(p, "bureaus")) && slices.Contains(e.Recipients, recipient(p, "authorities"))
		}},
		{says: "we share with service providers we use to market our products to you; you cannot limit this sharing", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return glbaAnswers(p, policy.GLBAOwnMarketing, policy.AnswerYes, policy.AnswerNo) &&
				m.DirectMarketing && slices.Contains(m.Recipients, recipient(p, "providers")) && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "you may tell us not to contact you for marketing by phone, mail or email", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.OptOut && strings.Contains(m.OptOutHow, "phone, mail or email")
		}},
		{says: "we share for joint marketing with other financial companies, which you cannot limit", typed: func(p *policy.Policy) bool {
			j := p.Purpose("joint-marketing")
			return glbaAnswers(p, policy.GLBAJointMarketing, policy.AnswerYes, policy.AnswerNo) && !j.OptOut && j.Recipients[0] == recipient(p, "joint-marketing")
		}},
		{says: "we share information about your transactions and experiences with our affiliates for their everyday business, which you cannot limit", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-transactions")
			return glbaAnswers(p, policy.GLBAAffiliatesTransactions, policy.AnswerYes, policy.AnswerNo) &&
				!a.OptOut && a.Uses(p.Category("accounts")) && a.Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "we share information about your creditworthiness with our affiliates for their everyday business, which you can limit", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-credit")
			return glbaAnswers(p, policy.GLBAAffiliatesCreditworthiness, policy.AnswerYes, policy.AnswerYes) &&
				a.OptOut && a.Uses(p.Category("credit")) && a.Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "our affiliates may market to you, which you can limit", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-marketing")
			return glbaAnswers(p, policy.GLBAAffiliatesMarketing, policy.AnswerYes, policy.AnswerYes) &&
				a.OptOut && a.DirectMarketing && a.Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "for credit card accounts and accounts another organization endorses, we share with nonaffiliates so they can market to you, which you can limit", typed: func(p *policy.Policy) bool {
			n := p.Purpose("nonaffiliates-marketing")
			return glbaAnswers(p, policy.GLBANonaffiliatesMarketing, policy.AnswerYes, policy.AnswerYes) &&
				n.OptOut && n.Recipients[0] == recipient(p, "nonaffiliates") && recipient(p, "nonaffiliates").Conditional
		}},
		{says: "federal law lets you limit only the sharing of creditworthiness with affiliates, affiliates' marketing and nonaffiliates' marketing", typed: func(p *policy.Policy) bool {
			return glbaLimitsOnlyWhatLawGives(p) && len(p.GLBA.Sharing) == 7
		}},
		{says: "state laws and companies may give you more rights to limit sharing", typed: func(p *policy.Policy) bool { return len(p.GLBA.Sharing) == 7 }},
		{says: "to limit our sharing, call 888.341.5000, go online or ask a banker", typed: func(p *policy.Policy) bool {
			l := p.GLBA.LimitHow
			return strings.Contains(l, "888.341.5000") && strings.Contains(l, "bankofamerica.com/privacy") && strings.Contains(l, "banker")
		}},
		{says: "as a new customer, we can begin sharing your information 45 days after we send you this notice", typed: func(p *policy.Policy) bool { return p.GLBA.WaitDays == 45 }},
		{says: "when you are no longer our customer, we continue to share your information as this notice describes, until you tell us to limit it", typed: func(p *policy.Policy) bool {
			return p.GLBA.FormerCustomers && p.GLBA.LimitHow != ""
		}},
		{says: "if you have a joint account, your choices apply to everyone on it unless you tell us otherwise", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.GLBA.JointAccounts, "everyone on your account unless you tell us otherwise")
		}},
		{says: "affiliates are companies related by common ownership or control, such as those with the Bank of America or Merrill name", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "affiliates").Name, "Bank of America or Merrill name")
		}},
		{says: "nonaffiliates are companies not related to us by ownership or control, such as the organizations that endorse your card or account", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "nonaffiliates").Name, "endorse")
		}},
		{says: "joint marketing is a formal agreement between nonaffiliated financial companies that market financial products together", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "joint-marketing").Name, "formal agreement")
		}},
		{says: "for customers in Vermont and California, we share with nonaffiliates only as the law allows without your authorization", free: toPurpose("nonaffiliates-marketing")},
		{says: "Nevada customers may ask to be put on our internal do-not-call list", free: toPurpose("marketing")},
		{says: "we use security measures that comply with federal law, including computer safeguards and secured files and buildings", typed: func(p *policy.Policy) bool {
			for _, m := range p.Security {
				if m.Kind == policy.MeasureInternalRules && strings.Contains(m.Description, "secured files and buildings") {
					return true
				}
			}
			return false
		}},
		{says: "online we collect your IP address, device and browser identifiers, cookies, and the pages, links and ads you see", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && len(c.Items) == 4 && slices.Contains(c.CCPA, policy.CCPAInternetActivity)
		}},
		{says: "we collect your Online ID, passcode and one-time codes to sign you in, and use them and your device to protect your accounts", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("credentials")) && p.Purpose("security").Uses(p.Category("online"))
		}},
		{says: "we may block a card, a payment or online access we suspect is fraudulent or not yours", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover)
		}},
		{says: "with your permission the app uses your location to find ATMs and financial centers and to spot card fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").RestsOnConsent() && p.Purpose("security").Uses(p.Category("location"))
		}},
		{says: "with your permission the app uses your camera to deposit checks and your contacts to find people to pay with Zelle", typed: func(p *policy.Policy) bool {
			return p.Category("checks").DevicePermission && p.Purpose("mobile-deposit").Uses(p.Category("checks")) && p.Purpose("zelle-contacts").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "Erica, our virtual financial assistant, uses what you ask her and your account information to answer you", typed: func(p *policy.Policy) bool {
			return p.Purpose("erica").Uses(p.Category("erica")) && p.Purpose("erica").Uses(p.Category("accounts"))
		}},
		{says: "we may record calls with us", typed: func(p *policy.Policy) bool { return p.Category("calls").RecordingNotice }},
		{says: "we comply with anti-money laundering and sanctions laws and report to regulators and law enforcement as required", typed: func(p *policy.Policy) bool {
			c := p.Purpose("compliance")
			return len(c.Obligations) == 2 && len(c.TippingOff) == 1 && c.Recipients[0] == recipient(p, "authorities")
		}},
		{says: "we receive demographic and marketing information from data providers, social media and public records", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourcePublic) && c.SourceDetail != ""
		}},
		{says: "we use online behavioral advertising: advertising companies show our ads on other sites based on your interests", typed: func(p *policy.Policy) bool {
			a := p.Purpose("ads")
			return a.Profiling && cookie(p, "advertising").Party == policy.PartyThird && len(p.Category("inferences").DerivedFrom) == 2
		}},
		{says: "you can opt out of online behavioral advertising on our Privacy & Security pages or through AdChoices", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").OptOut && strings.Contains(p.Purpose("ads").OptOutHow, "AdChoices")
		}},
		{says: "the opt-out is kept in a cookie, so you must opt out again on another browser or device or after deleting cookies, and you will still see ads that are not based on your behavior", free: toPurpose("ads")},
		{says: "after you sign in, we may show you content and offers based on your accounts even if you opted out", typed: func(p *policy.Policy) bool {
			o := p.Purpose("account-offers")
			return o.Profiling && !o.OptOut && o.Uses(p.Category("accounts")) && p.Purpose("ads").OptOut
		}},
		{says: "we do not respond to Do Not Track signals, but treat Global Privacy Control as an opt-out of sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we may disclose information to protect people and property, and in a sale or merger of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may use and share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "the CCPA notice does not cover information the Gramm-Leach-Bliley Act or the Fair Credit Reporting Act governs", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"identity", "accounts", "credit", "credentials"} {
				if c := p.Category(id); c.GovernedBy == 0 || len(c.CCPA) != 0 {
					return false
				}
			}
			return true
		}},
		{says: "we do not sell personal information, but sharing it for online behavioral advertising counts as sharing under the CCPA", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && slices.Contains(p.Commitments, policy.CommitmentNoSale)
		}},
		{says: "we use sensitive personal information only for the purposes the CCPA allows without a right to limit", free: toIntroduction},
		{says: "California residents may know, access, correct and delete their information and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number, we verify them, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && p.Links.RequestForm != "" && len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "we keep information as long as our purposes, the law and our record-keeping policies require", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we publish our yearly CCPA request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we will never ask for your Online ID, passcode or one-time code by email or text; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our online services are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Note != "" }},
		{says: "sites we link to and social media platforms follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we may change the online notice, and changes take effect when we post it with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
	}}
}

// glbaAnswers reports whether p's notice under the Gramm-Leach-Bliley Act
// answers for r that it shares (shares) and whether the customer can
// limit it (canLimit; zero where it does not share).
func glbaAnswers(p *policy.Policy, r policy.GLBAReason, shares, canLimit policy.Answer) bool {
	for _, s := range p.GLBA.Sharing {
		if s.Reason == r {
			return s.Shares == shares && s.CanLimit == canLimit
		}
	}
	return false
}

// glbaLimitsOnlyWhatLawGives reports whether p's notice under the
// Gramm-Leach-Bliley Act lets the customer limit sharing for exactly the
// reasons federal law gives a limit for, among those it shares for.
func glbaLimitsOnlyWhatLawGives(p *policy.Policy) bool {
	for _, s := range p.GLBA.Sharing {
		if s.Shares == policy.AnswerYes && (s.CanLimit == policy.AnswerYes) != s.Reason.LimitRequired() {
			return false
		}
	}
	return len(p.GLBA.Sharing) > 0
}
