package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// realPolicyUs9HomeDepot paraphrases, in our own words and as we recall
// it, the Privacy and Security Statement of The Home Depot for its stores
// and websites in the United States, as published in 2024-2025, with its
// California section and the section for the residents of the other
// states with privacy laws: orders online and in stores, delivery and
// pickup, installations and other home services done by independent
// licensed contractors, returns without a receipt checked by a return
// verification service, tool and truck rental, the Pro Xtra loyalty
// programme for professionals, cameras in the stores, and Orange Apron
// Media, its advertising business. Applications for the credit cards that
// Citibank issues are governed by the Gramm-Leach-Bliley Act and the
// bank's own notice. It declares the CCPA and the other states' laws and
// says that it sells and shares personal information for targeted
// advertising. Addresses other than the toll-free number are
// illustrative.
func realPolicyUs9HomeDepot() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "postal address", "email address", "phone number", "homedepot.com account and password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open and as long as we need it for the purposes we collected it for, or as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase and return history", Items: []string{"what you buy and return in our stores and online", "the store, date and time of each purchase", "the email address you give for e-receipts, which we link to the card you pay with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax, accounting and consumer-protection law"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAIdentifiers}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit and debit card numbers", "gift card and store credit numbers", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the card in your account, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	credit := &policy.Category{ID: "credit", Name: "Credit applications", Items: []string{"what you give when you apply for a Home Depot credit card or project loan, such as your Social Security number, income and housing costs"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the Gramm-Leach-Bliley Act and the Equal Credit Opportunity Act")}
	returnsID := &policy.Category{ID: "returns-id", Name: "Identification for returns without a receipt", Items: []string{"driver's license or state ID number", "name, date of birth and address on the ID"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to approve the return and to detect return fraud"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	rental := &policy.Category{ID: "rental", Name: "Tool and truck rental information", Items: []string{"driver's license", "the card you leave as a deposit", "the equipment or truck you rent and when you return it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the rental lasts, and then as long as needed to handle damage, late returns and claims"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	project := &policy.Category{ID: "project", Name: "Project and installation details", Items: []string{"the address where the work is done", "measurements and photos of the rooms or items to install", "the appointment and the contractor who did the work"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the project, its warranty and any claim about it last"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPASensoryData}}
	pro := &policy.Category{ID: "pro", Name: "Pro Xtra membership", Items: []string{"business name and trade", "business address and tax-exempt status", "purchase volume and Perks earned"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "device and advertising identifiers", "cookie IDs", "browser and operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	activity := &policy.Category{ID: "activity", Name: "Browsing and app activity", Items: []string{"products you view and search for", "your lists and cart", "how you use our app and respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run our sites and understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the app", "the store you are in, to show the aisle and bay of a product"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	reviews := &policy.Category{ID: "reviews", Name: "Ratings, reviews and questions", Items: []string{"the reviews, photos and questions you post", "the nickname and city you post them under"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the product is sold on our sites, unless you ask us to remove them"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls, chats and emails with Customer Care", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Video from our stores", Items: []string{"video from cameras in our stores, at self-checkout and in our parking lots"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a limited time, unless needed to investigate an incident, theft or a claim"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic information such as home ownership and household size", "updated addresses", "interests from social networks when you interact with us there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "data companies, social networks, our advertising partners and the companies we offer products with",
		Linked:       true, Retention: policy.ByCriteria("as long as it stays useful to personalise your experience and our advertising"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPACustomerRecords}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"the projects you may be planning", "products you may be interested in", "whether you shop as a homeowner or a professional"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, delivery, customer care, analytics, marketing and security", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, purchases, payment, device, activity, location, communications, video, pro}}
	installers := &policy.Recipient{ID: "installers", Name: "the independent, licensed contractors who do the installations and services you buy from us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, project}, Purpose: "to measure, schedule and do the work at your home"}
	returnsService := &policy.Recipient{ID: "return-verification", Name: "a return verification service", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{returnsID, purchases}, Purpose: "to check a return without a receipt against your return history and tell us whether to accept it"}
	bank := &policy.Recipient{ID: "bank", Name: "Citibank, N.A., which issues The Home Depot credit cards", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, credit}, Purpose: "you apply for or hold one of its cards, which it offers under its own privacy notice", NoticeURL: "https://www.citi.example/homedepot/privacy"}
	manufacturers := &policy.Recipient{ID: "manufacturers", Name: "the manufacturers of the products you buy", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, purchases}, Purpose: "you register a product or claim a rebate or a warranty, or a product you bought is recalled"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and platforms that show Orange Apron Media ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, purchases, inferences}, Purpose: "to show ads for The Home Depot and the brands we sell on their websites and apps, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, purchases, returnsID, rental, video}, Purpose: "the law requires it, they serve valid legal process on us, or we report a crime in our stores"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling products: orders, payments, delivery, pickup and returns", Categories: []*policy.Category{contact, purchases, payment},
		Recipients: []*policy.Recipient{providers},
		Required:   "to order online you must give your name, a delivery or pickup address and a payment method; without them we cannot take the order"}
	services := &policy.Purpose{ID: "services", Name: "Arranging installations and home services", Categories: []*policy.Category{contact, project},
		Recipients: []*policy.Recipient{installers, providers},
		Required:   "we need the address and details of your project to schedule the work; without them it cannot be done"}
	returns := &policy.Purpose{ID: "returns", Name: "Approving returns without a receipt and preventing return fraud", Categories: []*policy.Category{returnsID, purchases},
		Recipients: []*policy.Recipient{returnsService},
		Required:   "without your ID we may not accept a return without a receipt"}
	rentals := &policy.Purpose{ID: "rentals", Name: "Renting tools and trucks", Categories: []*policy.Category{contact, rental, payment},
		Recipients: []*policy.Recipient{providers},
		Required:   "you must show a valid driver's license and leave a card as a deposit to rent"}
	creditApps := &policy.Purpose{ID: "credit", Name: "Taking applications for Home Depot credit cards and project loans and passing them to the bank", Categories: []*policy.Category{contact, credit},
		Recipients: []*policy.Recipient{bank},
		Required:   "the bank cannot decide on an application without the details it asks for"}
	proXtra := &policy.Purpose{ID: "pro-xtra", Name: "Running Pro Xtra: Perks, purchase tracking and offers for professionals", Categories: []*policy.Category{contact, pro, purchases, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	locationP := &policy.Purpose{ID: "location", Name: "Showing the store you are in and where to find products in it", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings",
		Recipients: []*policy.Recipient{providers}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing your ratings, reviews and questions", Categories: []*policy.Category{reviews}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising your shopping, recommendations and offers", Categories: []*policy.Category{purchases, activity, thirdParty, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email, post and push notification", Categories: []*policy.Category{contact, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers and order updates by text message", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for The Home Depot and the brands we sell, on our sites and others (Orange Apron Media)",
		Categories: []*policy.Category{device, activity, purchases, inferences},
		Profiling:  true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Product registrations, rebates, warranties and recalls", Categories: []*policy.Category{contact, purchases},
		Recipients: []*policy.Recipient{manufacturers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our customers, associates and stores, and preventing fraud and theft", Categories: []*policy.Category{contact, purchases, payment, device, video},
		Recipients: []*policy.Recipient{providers, authorities}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions through Customer Care", Categories: []*policy.Category{contact, purchases, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our stores, sites and assortment", Categories: []*policy.Category{activity, purchases, communications, video},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, purchases, returnsID, rental, video},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Privacy and Security Statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Home Depot Product Authority, LLC and Home Depot U.S.A., Inc.", Address: "2455 Paces Ferry Road, Atlanta, GA 30339, USA", Phone: "1-800-466-3337"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:            "https://www.homedepot.example/privacy/privacy-and-security-statement",
		SecurityCaveat: true,
		Laws:           []policy.Law{policy.CCPA, policy.USStates},
		Scope:          []string{"our Home Depot stores in the United States", "homedepot.com, our apps and the other sites that link to this statement", "Pro Xtra, installation services and tool and truck rental"},
		OtherNotices: []policy.Notice{
			{Covers: "our stores and websites in Canada and Mexico", URL: "https://www.homedepot.example/privacy/international"},
			{Covers: "our associates and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, purchases, payment, credit, returnsID, rental, project, pro, device, activity, location, reviews, communications, video, thirdParty, inferences},
		Purposes:    []*policy.Purpose{orders, services, returns, rentals, creditApps, proXtra, locationP, reviewsP, personalise, marketing, texts, ads, recalls, security, support, improve, legal},
		Recipients:  []*policy.Recipient{providers, installers, returnsService, bank, manufacturers, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise through Orange Apron Media receive reports on how their ads performed, not the identity of the customers who saw them."},
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
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your homedepot.com account or with our request form"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link at the bottom of homedepot.com or in the app's settings"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "We match what you give us with what we hold, and ask for more for a request for specific pieces of information.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.homedepot.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"our online request form", "1-800-HOME-DEPOT (1-800-466-3337)"},
			TollFreeNumber: "1-800-466-3337", Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.homedepot.example/privacy/ccpa-metrics",
			ShineTheLight: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or calling 1-800-HOME-DEPOT", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "pro-xtra", Name: "Pro Xtra",
			Summary:    "Members earn Perks on their purchases, receive volume pricing and personalised offers, and can track their purchases for their business.",
			Categories: []*policy.Category{contact, pro, purchases}, OptIn: "by signing up on homedepot.com, in the app or at the Pro Desk", Withdraw: "by calling Customer Care to cancel your membership",
			Value: "We estimate the value of a member's personal information from what we spend on the Perks and discounts members receive, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		Links:    policy.Links{RequestForm: "https://www.homedepot.example/privacy/request", CookieSettings: "https://www.homedepot.example/privacy/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "Our sites are meant for a general audience, and we do not knowingly collect personal information online from children under 13."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, EffectiveOnPosting: true},
		Contact:  policy.Contact{Name: "The Home Depot Privacy Office", Address: "2455 Paces Ferry Road, Atlanta, GA 30339, USA", Email: "privacy@homedepot.example", Phone: "1-800-466-3337"},
	}
	return realPolicy{"home improvement retailer (The Home Depot)", p, []statement{
		{says: "Home Depot Product Authority and Home Depot U.S.A. in Atlanta are responsible for the information this statement covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Home Depot U.S.A.") && p.Controller.Country == regionUS && strings.Contains(p.Controller.Address, "Atlanta")
		}},
		{says: "the statement covers our US stores, homedepot.com, the apps, Pro Xtra, installations and rentals", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[2], "Pro Xtra")
		}},
		{says: "our stores and sites in Canada and Mexico have their own statements", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Canada") && p.OtherNotices[0].URL != ""
		}},
		{says: "sites we link to and social networks where you interact with us follow their own privacy policies, not ours", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we collect your name, addresses, email, phone number and account login", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 5 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we keep what you buy and return, and link the card you pay with to the email you give for e-receipts", typed: func(p *policy.Policy) bool {
			c := p.Category("purchases")
			return strings.Contains(c.Items[2], "e-receipts") && slices.Contains(c.CCPA, policy.CCPACommercialInfo)
		}},
		{says: "we collect card, gift card and store credit details to take payment", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Sensitivity == policy.SensitivitySensitive && p.Purpose("orders").Uses(p.Category("payment"))
		}},
		{says: "we take your order, payment and address to sell, deliver and let you pick up products", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("contact")) && p.Purpose("orders").Required != ""
		}},
		{says: "installations and home services are done by independent licensed contractors, who receive your address and project details", typed: func(p *policy.Policy) bool {
			r := recipient(p, "installers")
			return r.Role == policy.RoleProcessor && slices.Contains(r.Categories, p.Category("project")) && p.Purpose("services").Required != ""
		}},
		{says: "we ask for ID to accept a return without a receipt, and a return verification service checks it against your return history", typed: func(p *policy.Policy) bool {
			r := p.Purpose("returns")
			return r.Uses(p.Category("returns-id")) && r.Required != "" && slices.Contains(r.Recipients, recipient(p, "return-verification"))
		}},
		{says: "you can ask the return verification service for a report of your return activity", free: toPurpose("returns")},
		{says: "you must show a driver's license and leave a card as a deposit to rent a tool or a truck", typed: func(p *policy.Policy) bool {
			return p.Purpose("rentals").Uses(p.Category("rental")) && p.Purpose("rentals").Required != ""
		}},
		{says: "applications for our credit cards and project loans go to Citibank, which handles them under its own notice and the Gramm-Leach-Bliley Act", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return c.GovernedBy == policy.SectoralGLBA && recipient(p, "bank").NoticeURL != "" && p.Purpose("credit").Uses(c)
		}},
		{says: "Pro Xtra members' business details and purchases are tracked to give them Perks and offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("pro-xtra").Uses(p.Category("pro")) && p.Purpose("pro-xtra").Profiling
		}},
		{says: "Pro Xtra is a financial incentive, and we tell you how we value the information members give", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Name == "Pro Xtra" && i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "we collect IP address, device, cookie and advertising identifiers automatically", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return slices.Contains(c.Sources, policy.SourceAutomatic) && c.Tracking && len(c.Items) == 4
		}},
		{says: "we record what you view and search for, your lists and cart, and how you use our app, emails and ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity) && len(p.Category("activity").Items) == 3
		}},
		{says: "with your permission the app uses your precise location to show the store you are in and the aisle of a product", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "reviews, photos and questions you post are public under your nickname", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "we may record calls with Customer Care and keep your chats and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "cameras record our stores, self-checkouts and parking lots to protect people and prevent theft", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("video").CCPA, policy.CCPASensoryData) && p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "we receive demographic information, updated addresses and interests from data companies, social networks and partners", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we combine what we collect and infer the projects and products you may be interested in", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we personalise your shopping, recommendations and offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Uses(p.Category("inferences"))
		}},
		{says: "we send offers by email, post and push notification, which you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "we text you only with your consent, and you stop the texts by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "through Orange Apron Media we show ads for us and the brands we sell on our sites and on others, and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").Recipients[0] == recipient(p, "advertising")
		}},
		{says: "brands that advertise with us get reports on their ads, not who saw them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && strings.Contains(d.Note, "Orange Apron Media")
		}},
		{says: "manufacturers receive your details when you register a product or claim a rebate or warranty, or for a recall", typed: func(p *policy.Policy) bool {
			return recipient(p, "manufacturers").Conditional && p.Purpose("recalls").Uses(p.Category("contact"))
		}},
		{says: "we use personal information to protect customers, associates and stores and to prevent fraud and theft", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("payment")) && slices.Contains(p.Purpose("security").Recipients, recipient(p, "authorities"))
		}},
		{says: "we analyse how our stores and sites are used to improve them and what we sell", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("activity")) }},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information on legal process, to protect people and property, and in a sale or merger of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep de-identified information de-identified and do not try to re-identify it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we use cookies, pixels and SDKs to keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Technology == policy.TechnologyPixel
		}},
		{says: "we do not respond to Do Not Track, but we treat Global Privacy Control as an opt-out of sale and sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we sell and share identifiers, commercial information, browsing activity and inferences for targeted advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 4 &&
				p.USStates.Sells == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out of sale, sharing and targeted advertising with the Your Privacy Choices link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use sensitive personal information only as the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your personal information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests with our online form or by calling 1-800-HOME-DEPOT", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber == "1-800-466-3337" && p.Links.RequestForm != ""
		}},
		{says: "we verify a request by email and by matching what you give us with what we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.VerificationDetail != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "California residents may ask which information we disclosed to third parties for their direct marketing", typed: func(p *policy.Policy) bool { return p.CCPA.ShineTheLight }},
		{says: "we publish our yearly request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we keep personal information as long as our purposes and the law require, and keep what the law, fraud prevention and disputes need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptFraud) && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with administrative, technical and physical safeguards, such as encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "no method of transmission or storage is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "our sites are for a general audience and we do not knowingly collect information from children under 13", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "we post changes on this page with a new effective date, and they take effect when posted", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && !p.Effective.IsZero()
		}},
		{says: "questions go to our Privacy Office in Atlanta or to 1-800-HOME-DEPOT", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy Office") && p.Contact.Phone != ""
		}},
	}}
}

func us9Region(s string) language.Region { return language.MustParseRegion(s) }

// realPolicyUs9Instacart paraphrases, in our own words and as we recall
// it, the Instacart Privacy Policy of Maplebear Inc. (Instacart) for
// customers in the United States, as published in 2024-2025, with its
// section for residents of California and of the other states with
// privacy laws: orders from local retailers that independent shoppers pick
// and deliver, chats and calls between customer and shopper through masked
// numbers, photos of substitutions and of delivered orders, identification
// scanned before alcohol is handed over, retailer loyalty cards a customer
// links, Caper Carts in stores, and Instacart Ads, which shows brands'
// sponsored products in the app and advertises Instacart elsewhere. The
// sites Instacart runs for retailers under their own brands (Storefront)
// are the retailer's, which Instacart serves as a service provider;
// shoppers and consumer health data have their own notices. Addresses are
// illustrative.
func realPolicyUs9Instacart() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "password", "delivery addresses", "Instacart+ membership"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"payment card or other payment method", "SNAP EBT card, if you pay with it", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors", Linked: true,
		Retention: policy.AsRequiredBy("tax and accounting laws and payment network rules"), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	orders := &policy.Category{ID: "orders", Name: "Orders", Items: []string{"the retailers and items you order", "your replacement choices and delivery instructions", "tips", "ratings of shoppers and orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	gift := &policy.Category{ID: "gift", Name: "Gift recipients", Items: []string{"the recipient's name, phone number and address", "your gift message"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deliver the gift and keep a record of the order"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	loyalty := &policy.Category{ID: "loyalty", Name: "Retailer loyalty cards", Items: []string{"the loyalty card numbers you add", "the savings and rewards they give on your orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the retailers whose loyalty programmes you link", Linked: true,
		Retention: policy.ByCriteria("until you remove the card from your account"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	preferences := &policy.Category{ID: "preferences", Name: "Dietary preferences", Items: []string{"dietary preferences you choose, such as vegan or gluten-free"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until you change them or close your account"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"precise location from your device, if you allow it", "approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed to deliver your orders and keep our services secure"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	messages := &policy.Category{ID: "messages", Name: "Communications", Items: []string{"chats and calls between you and your shopper, through masked numbers", "chats, emails and recorded calls with Customer Experience"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as needed to support you, keep people safe and resolve disputes"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	photos := &policy.Category{ID: "photos", Name: "Order photos", Items: []string{"photos your shopper takes of replacement items", "photos of your order where it was left"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as needed to resolve questions about the order"), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	idScan := &policy.Category{ID: "id-scan", Name: "Identification scanned for alcohol", Items: []string{"name, date of birth and expiry date read from your ID", "whether the ID passed the check"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy("the alcohol laws of the state of delivery"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	carts := &policy.Category{ID: "carts", Name: "Caper Cart information", Items: []string{"what the cart's cameras and scale recognise of the items you put in it", "the cart's location in the store", "the loyalty account you sign in to the cart with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the trip and the retailer's records of it"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAGeolocation}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device and advertising identifiers", "cookie identifiers", "searches, pages and items you view", "ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	partnerData := &policy.Category{ID: "partners", Name: "Information from partners", Items: []string{"whether a card or membership you hold comes with Instacart+ or other benefits", "demographic information and interests from data providers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "card issuers and other companies that offer Instacart benefits, advertising partners and data providers", Linked: true,
		Retention: policy.ByCriteria("as long as the benefit lasts or the information stays useful"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"the products and retailers you prefer", "when you are likely to order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device, partnerData}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	retailers := &policy.Recipient{ID: "retailers", Name: "the retailers you order from", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, orders, loyalty, carts}, Purpose: "to fill your order, apply your loyalty savings and run their own programmes under their own privacy policies"}
	shoppers := &policy.Recipient{ID: "shoppers", Name: "the shopper who picks and delivers your order", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, orders, gift, messages}, Purpose: "to shop and deliver the order: your first name, the delivery address, your instructions and replacement choices"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, identity checks, maps, masked calls and customer support", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, payment, orders, location, messages, photos, idScan, device}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences, account}, Purpose: "to show Instacart ads on other websites and apps and to measure ads on and off Instacart"}
	cardIssuer := &policy.Recipient{ID: "card-issuer", Name: "JPMorgan Chase Bank, N.A., which issues the Instacart Mastercard", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, partnerData}, Purpose: "you apply for or hold the card, which the bank offers under its own privacy notice", NoticeURL: "https://www.chase.example/privacy"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, regulators and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, orders, messages, idScan}, Purpose: "the law requires it, they serve valid legal process on us, or someone's safety is in danger"}

	delivery := &policy.Purpose{ID: "orders", Name: "Taking, shopping and delivering your orders", Categories: []*policy.Category{account, payment, orders, gift, photos},
		Recipients: []*policy.Recipient{retailers, shoppers, providers},
		Required:   "we need your name, contact details, delivery address and a payment method to deliver an order"}
	locate := &policy.Purpose{ID: "location", Name: "Showing retailers near you and helping your shopper find you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your device's location settings", OptOut: true,
		Recipients: []*policy.Recipient{providers},
		Required:   "you can enter an address instead"}
	alcohol := &policy.Purpose{ID: "alcohol", Name: "Delivering alcohol only to adults of legal drinking age", Categories: []*policy.Category{idScan, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the alcoholic beverage control laws of each state", Region: regionUS}},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument}, Recipients: []*policy.Recipient{providers},
		Required: "an order with alcohol is handed over only once the shopper has scanned a valid ID showing that you are 21 or older and not visibly intoxicated; otherwise it is returned"}
	chat := &policy.Purpose{ID: "chat", Name: "Letting you and your shopper chat and call about the order", Categories: []*policy.Category{messages, photos},
		Recipients: []*policy.Recipient{shoppers, providers}}
	loyaltyP := &policy.Purpose{ID: "loyalty", Name: "Applying the savings of the retailer loyalty cards you link", Categories: []*policy.Category{loyalty, orders},
		Recipients: []*policy.Recipient{retailers}}
	cartsP := &policy.Purpose{ID: "carts", Name: "Running Caper Carts and other technology in retailers' stores", Categories: []*policy.Category{carts},
		Recipients: []*policy.Recipient{retailers}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions and resolving problems with orders", Categories: []*policy.Category{messages, account, orders, photos},
		Recipients: []*policy.Recipient{providers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and securing accounts", Categories: []*policy.Category{account, payment, orders, device, location},
		Recipients: []*policy.Recipient{providers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundTermsBreach}, Contest: "by contacting Customer Experience"}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending items and retailers and remembering your preferences", Categories: []*policy.Category{orders, preferences, inferences},
		Profiling: true}
	sponsored := &policy.Purpose{ID: "sponsored", DirectMarketing: true, Name: "Showing brands' sponsored products and offers in the app (Instacart Ads)", Categories: []*policy.Category{orders, inferences, device},
		Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending promotions by email and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending promotions by text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, OptOut: true, Withdraw: "by replying STOP to any text", ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Targeted advertising of Instacart on other websites and apps, and measuring ads", Categories: []*policy.Category{device, inferences, account},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	benefits := &policy.Purpose{ID: "benefits", Name: "Giving you the benefits of partners' cards and memberships", Categories: []*policy.Category{partnerData, account},
		Recipients: []*policy.Recipient{cardIssuer}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our services", Categories: []*policy.Category{device, orders},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, orders, messages, idScan},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Instacart Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Maplebear Inc. (Instacart)", Email: "privacy@instacart.example", Address: "50 Beale Street, Suite 600, San Francisco, CA 94105, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.instacart.example/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the Instacart app and website, Instacart+ and Instacart Business", "Caper Carts and the other technology we provide in retailers' stores"},
		CustomerData: policy.CustomerData{Customers: "retailers whose own websites and apps we run under their brand (Instacart Storefront)",
			Data: "the accounts and orders of the people who shop on a retailer's own site"},
		OtherNotices: []policy.Notice{
			{Covers: "the shoppers who pick and deliver orders", URL: "https://www.instacart.example/shopper-privacy"},
			{Covers: "consumer health data under Washington and Nevada law", URL: "https://www.instacart.example/consumer-health-data-privacy"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories:  []*policy.Category{account, payment, orders, gift, loyalty, preferences, location, messages, photos, idScan, carts, device, partnerData, inferences},
		Purposes:    []*policy.Purpose{delivery, locate, alcohol, chat, loyaltyP, cartsP, support, fraud, personalise, sponsored, marketing, texts, ads, benefits, improve, legal},
		Recipients:  []*policy.Recipient{retailers, shoppers, providers, adPartners, cardIssuer, authorities},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise on Instacart receive reports of how their campaigns performed, in aggregate."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims},
			Note: "Retailers keep the order details they received under their own policies."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightErasure, How: "in your account settings or with the privacy request form"}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link in the app and on our website"}, {Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45), WithoutAccount: "through the privacy request form or by writing to privacy@instacart.example"},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.instacart.example/privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the privacy request form", "email to privacy@instacart.example"},
			LargeVolume:    true, MetricsURL: "https://www.instacart.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or writing to privacy@instacart.example", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureContactMasking},
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{RequestForm: "https://www.instacart.example/privacy-request", CookieSettings: "https://www.instacart.example/privacy-choices"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@instacart.example", Address: "50 Beale Street, Suite 600, San Francisco, CA 94105, USA"},
	}
	return realPolicy{"grocery delivery marketplace (Instacart)", p, []statement{
		{says: "Maplebear Inc., doing business as Instacart, in San Francisco is responsible for your information", typed: func(p *policy.Policy) bool {
			return strings.HasPrefix(p.Controller.Name, "Maplebear Inc.") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers the Instacart app and website, Instacart+, Instacart Business and our technology in stores", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "on a retailer's own site that we run for it, the retailer's privacy policy governs and we act as its service provider", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.CustomerData.Customers, "Storefront") && strings.Contains(p.CustomerData.Data, "retailer's own site")
		}},
		{says: "shoppers, consumer health data and our employees have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 3 && strings.Contains(p.OtherNotices[1].Covers, "consumer health data")
		}},
		{says: "sites we link to and social networks you use to sign in or interact with us follow their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "you give your name, email address, phone number, password and delivery addresses to open an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "delivery addresses") && p.Purpose("orders").Required != ""
		}},
		{says: "we collect your payment method, and your SNAP EBT card if you pay with it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Items, "SNAP EBT card, if you pay with it") && p.Purpose("orders").Uses(p.Category("payment"))
		}},
		{says: "we record what you order, your replacement choices, instructions, tips and ratings", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "tips") && slices.Contains(p.Category("orders").CCPA, policy.CCPACommercialInfo)
		}},
		{says: "if you send a gift, you give us the recipient's name, phone number and address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("gift").Sources, policy.SourceOtherUsers) && p.Purpose("orders").Uses(p.Category("gift"))
		}},
		{says: "you may link retailers' loyalty cards, and we share your orders with those retailers to apply your savings", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").Uses(p.Category("loyalty")) && slices.Contains(p.Purpose("loyalty").Recipients, recipient(p, "retailers"))
		}},
		{says: "with your permission we use your device's precise location to show retailers near you and help your shopper find you", typed: func(p *policy.Policy) bool {
			l := p.Purpose("location")
			return p.Category("location").DevicePermission && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Required != ""
		}},
		{says: "the retailers you order from receive your order and use it under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "retailers")
			return r.Role == policy.RoleThirdParty && strings.Contains(r.Purpose, "own privacy policies")
		}},
		{says: "your shopper sees your first name, address, instructions and replacement choices", typed: func(p *policy.Policy) bool {
			return recipient(p, "shoppers").Purpose != "" && slices.Contains(recipient(p, "shoppers").Categories, p.Category("orders"))
		}},
		{says: "you and your shopper chat and call through masked numbers, so that neither sees the other's phone number", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking) && slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "support calls may be recorded", typed: func(p *policy.Policy) bool { return p.Category("messages").RecordingNotice }},
		{says: "your shopper may photograph replacement items and your order where it was left, and you see the photos", typed: func(p *policy.Policy) bool {
			c := p.Category("photos")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && slices.Contains(c.VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "before handing over alcohol the shopper scans your ID to check that you are 21, as state law requires", typed: func(p *policy.Policy) bool {
			a := p.Purpose("alcohol")
			return slices.Contains(a.AgeChecks, policy.AgeCheckDocument) && a.HasBasis(policy.BasisLegalObligation) && a.Required != ""
		}},
		{says: "Caper Carts recognise the items you put in them and may use the loyalty account you sign in with", typed: func(p *policy.Policy) bool {
			return p.Purpose("carts").Uses(p.Category("carts")) && len(p.Category("carts").Items) == 3
		}},
		{says: "you may tell us dietary preferences, and a separate notice covers consumer health data", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Uses(p.Category("preferences")) && p.OtherNotices[1].URL != ""
		}},
		{says: "we collect device and advertising identifiers, cookies, and what you search, view and click", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("device").CCPA, policy.CCPAInternetActivity)
		}},
		{says: "card issuers and partners tell us whether you qualify for their Instacart benefits, and data providers add demographics and interests", typed: func(p *policy.Policy) bool {
			c := p.Category("partners")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we infer the products and retailers you prefer and when you are likely to order", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferences").DerivedFrom) == 3
		}},
		{says: "we recommend items and retailers based on your orders and preferences", typed: func(p *policy.Policy) bool { return p.Purpose("personalise").Profiling }},
		{says: "brands pay to show sponsored products and offers in the app, chosen from what you buy and view", typed: func(p *policy.Policy) bool {
			s := p.Purpose("sponsored")
			return s.DirectMarketing && s.Profiling && s.Uses(p.Category("orders"))
		}},
		{says: "brands that advertise with us receive aggregated reports on their campaigns", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != ""
		}},
		{says: "we send promotions by email and push notification, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "we text you promotions only with your consent, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "advertising partners show Instacart ads on other sites and apps and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "advertising"))
		}},
		{says: "the bank that issues the Instacart Mastercard receives your details when you apply, under its own notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-issuer").Conditional && recipient(p, "card-issuer").NoticeURL != ""
		}},
		{says: "we detect fraud and may cancel orders or suspend accounts that misuse the service, which you can contest with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information on legal process, to protect people, and in a sale or merger of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we do not try to re-identify de-identified information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we use cookies, pixels and SDKs to run the services, analyse them and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "advertising").Consent == policy.CookieConsentOptOut
		}},
		{says: "we honour Global Privacy Control as an opt-out of sale and sharing, but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we sell and share identifiers, commercial information, activity and inferences for advertising, and you can opt out with Your Privacy Choices", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) &&
				p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "we use sensitive information only to provide and secure the services, so no right to limit applies", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we do not knowingly sell or share the information of consumers under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may know, access, correct, delete and get a copy of your information without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in your account, with the privacy request form or by email, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.OnlineOnly && p.Requests.Agents == policy.AnswerYes && p.Requests.WithoutAccount != ""
		}},
		{says: "we verify you through your account or your email address", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we answer within 45 days, or 90 where we need more time", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we publish our yearly request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "we keep information while your account is open and as long as needed for our purposes, and after deletion what the law, fraud prevention and disputes need", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we protect information with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "you must be 18 to have an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "what you tell a retailer directly, such as in its store or loyalty programme, is governed by the retailer's own privacy policy", free: toIntroduction},
	}}
}

// realPolicyUs9Fitbit paraphrases, in our own words and as we recall it,
// Fitbit's own Privacy Policy, as published in 2021-2023 after Google
// bought Fitbit and before Fitbit accounts moved to Google Accounts: Fitbit
// LLC in San Francisco is responsible for the data, and Fitbit
// International Limited in Dublin for users in the European Economic Area,
// the United Kingdom and Switzerland; trackers and watches count steps
// and measure heart rate, sleep, blood oxygen and more, and users log food,
// weight and menstrual health, which in Europe Fitbit processes on their
// explicit consent; friends, challenges and the forums show what users
// choose; users may connect other apps and join wellness programmes; Fitbit
// Pay cards are tokenised; children use Fitbit through family accounts.
// Google committed not to use Fitbit health and wellness data for Google
// ads. It declares the GDPR, the UK GDPR and the CCPA. Addresses other
// than the Dublin one are illustrative.
func realPolicyUs9Fitbit() realPolicy {
	ie := us9Region("IE")
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "date of birth", "gender, height and weight", "phone number, if you give it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	profile := &policy.Category{ID: "profile", Name: "Profile", Items: []string{"profile photo", "biography and location", "your friends, badges and challenge results"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	health := &policy.Category{ID: "health", Name: "Health and fitness data from your device", Items: []string{"steps, distance, floors, calories burned and Active Zone Minutes", "heart rate and heart rate variability",
		"sleep stages", "blood oxygen (SpO2), skin temperature and breathing rate", "ECG readings and irregular rhythm notifications", "exercise sessions"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "apps you connect to your Fitbit account", Linked: true,
		Retention:   policy.Retention{Kind: policy.RetentionCriteria, Criteria: "until you delete it or your account, because you use it to see your history"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	logged := &policy.Category{ID: "logged", Name: "Data you log", Items: []string{"food and water", "weight and body fat", "menstrual health: periods, symptoms and fertile window", "notes on mood and how you feel"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention:   policy.Retention{Kind: policy.RetentionCriteria, Criteria: "until you delete it or your account, because you use it to see your history"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"GPS routes of your exercise, from your device's GPS or your phone's", "approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{}), Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"device model, serial number and firmware", "the phone and app you sync with", "IP address and browser", "how you use the app and the website", "crash and sync logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts for finding friends", Items: []string{"the contacts in your phone's address book, if you choose to find friends with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	community := &policy.Category{ID: "community", Name: "Community posts", Items: []string{"what you post in the Fitbit Community forums and groups", "the name you post under"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("until you delete the post or your account"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and subscriptions", Items: []string{"orders in the Fitbit store", "billing and shipping address", "Fitbit Premium subscription"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors and app stores", Linked: true,
		Retention: policy.AsRequiredBy("tax and commercial law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	support := &policy.Category{ID: "support", Name: "Customer support", Items: []string{"what you tell customer support", "warranty and replacement requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to resolve your request and keep a record of it"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	wellnessData := &policy.Category{ID: "wellness", Name: "Wellness programme eligibility", Items: []string{"your name and employee or member number", "whether you are eligible for the programme"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the employer, health plan or other sponsor of a wellness programme you join", Linked: true,
		Retention: policy.ByCriteria("as long as you take part in the programme"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	web := &policy.Category{ID: "web", Name: "Website cookie data", Items: []string{"cookie identifiers", "pages you visit on fitbit.com"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	google := &policy.Recipient{ID: "google", Name: "Google LLC and its affiliates", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, health, logged, location, device, purchases, support}, Purpose: "to host and run the Fitbit services for us",
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse}}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, shipping, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, device, purchases, support, web}}
	apps := &policy.Recipient{ID: "apps", Name: "apps and services you connect to your Fitbit account", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, health, logged, location}, Purpose: "to receive the data you authorise them to receive, under their own privacy policies"}
	sponsors := &policy.Recipient{ID: "sponsors", Name: "the sponsors of wellness programmes, such as an employer or health plan", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, health}, Purpose: "you join a programme they offer and agree to share your data with them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, courts and public authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, device, purchases}, Purpose: "the law requires it, such as by a subpoena, a court order or a search warrant"}

	service := &policy.Purpose{ID: "service", Name: "Providing the Fitbit services and syncing your devices", Categories: []*policy.Category{account, profile, device, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{google, providers},
		Required: "you must give your name, email address, password and date of birth to create an account; gender, height and weight improve the accuracy of your stats"}
	healthP := &policy.Purpose{ID: "health", Name: "Showing your health and fitness stats, insights and Premium guidance", Categories: []*policy.Category{health, logged},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by deleting the data in the app or deleting your account",
		Recipients: []*policy.Recipient{google},
		Required:   "without your consent we cannot process the data our devices collect, and you cannot use the services"}
	locationP := &policy.Purpose{ID: "location", Name: "Mapping your exercise routes", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access in your phone's settings",
		Recipients: []*policy.Recipient{google}}
	social := &policy.Purpose{ID: "social", Name: "Friends, challenges, leaderboards and the Community", Categories: []*policy.Category{profile, community, contacts},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{google},
		Required: "these features are optional; your privacy settings decide what friends see"}
	connected := &policy.Purpose{ID: "connected", Name: "Sharing data with the apps you connect and the programmes you join", Categories: []*policy.Category{health, logged, location, wellnessData},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by revoking the app's access in your account settings or leaving the programme",
		Recipients: []*policy.Recipient{apps, sponsors}}
	research := &policy.Purpose{ID: "research", Name: "Research studies you choose to join", Categories: []*policy.Category{health, logged, account},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by leaving the study in the app"}
	improve := &policy.Purpose{ID: "improve", Name: "Improving and developing our products", Categories: []*policy.Category{device, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "finding and fixing problems and building better devices and features", Recipients: []*policy.Recipient{google, providers}}
	security := &policy.Purpose{ID: "security", Name: "Keeping accounts and services safe and secure", Categories: []*policy.Category{account, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users and services against fraud, abuse and attacks", Recipients: []*policy.Recipient{google}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests and handling warranties", Categories: []*policy.Category{support, account, purchases, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your contact details and your device's details to answer you or replace a device"}
	emailUS := &policy.Purpose{ID: "email-us", DirectMarketing: true, Name: "Sending news and offers by email to users in the US", Categories: []*policy.Category{account},
		Regions: []language.Region{regionUS}, OptOut: true, Recipients: []*policy.Recipient{providers}}
	email := &policy.Purpose{ID: "email", DirectMarketing: true, Name: "Sending news and offers by email to users in Europe", Categories: []*policy.Category{account},
		Regions: []language.Region{regionEU, regionGB}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "with the unsubscribe link in every email or in your account's notification settings", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Directive 2002/58/EC (ePrivacy), Art. 13, as transposed in Ireland", Region: regionEU},
			{Act: "Privacy and Electronic Communications Regulations 2003, reg. 22", Region: regionGB}}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website is used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping records and meeting legal obligations", Categories: []*policy.Category{purchases, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Irish tax and company law", Region: ie}, {Act: "UK tax law", Region: regionGB}}}

	p := &policy.Policy{
		Title:      "Fitbit Privacy Policy",
		Scope:      []string{"Fitbit devices", "the Fitbit app and fitbit.com", "Fitbit Premium", "Fitbit Pay"},
		Controller: policy.Controller{Contact: policy.Contact{Name: "Fitbit LLC", Email: "privacy@fitbit.example", Address: "199 Fremont Street, 14th Floor, San Francisco, CA 94105, USA"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: ie, Contact: policy.Contact{Name: "Fitbit International Limited", Address: "76 Lower Baggot Street, Dublin 2, Ireland"}, ControllerFor: regionEU},
			{Region: ie, Contact: policy.Contact{Name: "Fitbit International Limited", Address: "76 Lower Baggot Street, Dublin 2, Ireland"}, ControllerFor: regionGB},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@fitbit.example", Address: "76 Lower Baggot Street, Dublin 2, Ireland"},
		Version: "2023", Effective: policy.MakeDate(2023, time.March, 1), Updated: policy.MakeDate(2023, time.March, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		OtherNotices: []policy.Notice{
			{Covers: "people who move their Fitbit account to a Google Account, whose Fitbit data the Google Privacy Policy then covers", URL: "https://policies.google.example/privacy"},
			{Covers: "programmes of Fitbit Health Solutions that employers and health plans offer, which have their own notice", URL: "https://healthsolutions.fitbit.example/privacy"},
		},
		External:    []policy.ExternalService{policy.ExternalConnectedApps, policy.ExternalSocialNetworks, policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, profile, health, logged, location, device, contacts, community, purchases, support, wellnessData, web},
		Storage:     []policy.Storage{{Location: regionUS}},
		NotCollected: []policy.Exclusion{
			{ID: "card-number", Name: "the card numbers you add to Fitbit Pay", Category: purchases, Note: "The card network replaces them with a token that only your device holds."},
		},
		Purposes:   []*policy.Purpose{service, healthP, locationP, social, connected, research, improve, security, helping, emailUS, email, analytics, legal},
		Recipients: []*policy.Recipient{google, providers, apps, sponsors, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, profile, health, logged, location, device, purchases, support}, Safeguard: policy.SafeguardStandardClauses},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, profile, health, logged, location, device, purchases, support}, Safeguard: policy.SafeguardUKTransferAgreement},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer, Notice: true},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(90)}},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightAccess, How: "with the export tool in your account settings, or by writing to our data protection officer"},
			{Kind: policy.RightRectification, How: "in your account settings"}, {Kind: policy.RightErasure, How: "by deleting data in the app or deleting your account in your account settings"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability, How: "with the export tool in your account settings"}, {Kind: policy.RightObjection},
			{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint}, {Kind: policy.RightKnow}, {Kind: policy.RightNonDiscrimination}},
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: ie,
			Contact: policy.Contact{Name: "the Data Protection Commission", Website: "https://www.dataprotection.ie"}}},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"your account settings", "email to privacy@fitbit.example"}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.fitbit.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}, ParentalConsent: true,
			Restrictions:   []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, policy.ChildRestrictionLimitedMessaging, policy.ChildRestrictionParentalControls},
			ParentRequests: "in the family account, or by writing to privacy@fitbit.example",
			Note:           "Younger children may use Fitbit only through a family account that a parent creates and manages."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@fitbit.example"},
	}
	return realPolicy{"wearables and fitness tracker (Fitbit)", p, []statement{
		{says: "Fitbit LLC in San Francisco is responsible for your data, and Fitbit International Limited in Dublin for users in the EEA, the UK and Switzerland", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Fitbit LLC" && p.Establishments[0].ControllerFor == regionEU && p.Establishments[1].ControllerFor == regionGB
		}},
		{says: "you can contact our data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "the policy covers Fitbit devices, the app, fitbit.com, Premium and Fitbit Pay", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "Fitbit is part of Google; if you move your account to a Google Account, the Google Privacy Policy covers your Fitbit data", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Google Account") && p.OtherNotices[0].URL != ""
		}},
		{says: "Fitbit Health Solutions programmes through employers and health plans have their own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Health Solutions")
		}},
		{says: "to create an account you give your name, email, password and date of birth, and gender, height and weight to make your stats more accurate", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Required != ""
		}},
		{says: "you may add a profile photo and a biography, and choose in your privacy settings who sees your profile and stats", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return c.Visibility == policy.VisibilityOptional && slices.Contains(c.VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "your device records steps, distance, calories, heart rate, sleep, blood oxygen and more, and ECG readings where it has the app", typed: func(p *policy.Policy) bool {
			c := p.Category("health")
			return len(c.Items) == 6 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "you may log food, water, weight and menstrual health", typed: func(p *policy.Policy) bool {
			return p.Category("logged").Sensitivity == policy.SensitivitySpecial && p.Purpose("health").Uses(p.Category("logged"))
		}},
		{says: "in Europe we process health data on your explicit consent, and without it you cannot use the services", typed: func(p *policy.Policy) bool {
			h := p.Purpose("health")
			return h.RestsOn(policy.BasisExplicitConsent, policy.GDPR) && h.Required != "" && h.Withdraw != ""
		}},
		{says: "with your permission we collect GPS routes of your exercise, and you can turn location off", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect device, app and usage information and logs", typed: func(p *policy.Policy) bool { return len(p.Category("device").Items) == 5 }},
		{says: "if you find friends through your contacts, we delete the list once it has been used", typed: func(p *policy.Policy) bool {
			r := p.Category("contacts").Retention
			return r.Kind == policy.RetentionKeepFor && r.From == policy.EventPurposeAchieved && r.Period.IsZero()
		}},
		{says: "what you post in the Community forums is public", typed: func(p *policy.Policy) bool { return p.Category("community").Visibility == policy.VisibilityAlways }},
		{says: "friends, challenges and leaderboards show others what your settings allow", typed: func(p *policy.Policy) bool {
			return p.Purpose("social").Uses(p.Category("profile")) && p.Purpose("social").Required != ""
		}},
		{says: "apps you connect receive the data you authorise, under their own privacy policies, until you revoke their access", typed: func(p *policy.Policy) bool {
			return recipient(p, "apps").Role == policy.RoleThirdParty && p.Purpose("connected").Withdraw != "" && slices.Contains(p.External, policy.ExternalConnectedApps)
		}},
		{says: "apps you connect can also send data into your Fitbit account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceThirdParty) && p.Category("health").SourceDetail != ""
		}},
		{says: "if you join a wellness programme, its sponsor may tell us you are eligible and receive the data you agree to share", typed: func(p *policy.Policy) bool {
			return recipient(p, "sponsors").Conditional && p.Category("wellness").SourceDetail != ""
		}},
		{says: "sharing to social networks, and sites we link to, are governed by their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalSocialNetworks) && slices.Contains(p.External, policy.ExternalLinkedSites)
		}},
		{says: "we provide the services under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").RestsOn(policy.BasisContract, policy.GDPR) }},
		{says: "with your consent, your data may be used in research studies you join", typed: func(p *policy.Policy) bool { return p.Purpose("research").HasBasis(policy.BasisExplicitConsent) }},
		{says: "we improve our products and keep the services secure on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && p.Purpose("security").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "in Europe we send marketing emails with your consent; elsewhere you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("email").RestsOnConsent() && len(p.Purpose("email").ConsentRequiredBy) == 2 && p.Purpose("email-us").OptOut
		}},
		{says: "we keep records of purchases as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "Fitbit Pay card numbers are tokenised and we do not keep them", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("purchases") }},
		{says: "Google will not use Fitbit health and wellness data for Google ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(recipient(p, "google").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "Google and our service providers process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "google").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we do not sell your personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo
		}},
		{says: "we disclose data on valid legal process, telling you first unless we may not, to protect people, and in a sale of the business, telling you first", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice && hasDisclosure(p, policy.DisclosureBusinessTransfer).Notice && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we may share aggregated, de-identified information, such as in research", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we store and process data in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "data of users in Europe goes to the US on standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we keep account information while your account exists, and your stats until you delete them or your account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("health").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "when you delete your account we delete your data within 90 days, except what we must keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Total() == policy.Days(90) && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "you may access, export, correct and delete your data, restrict or object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Irish Data Protection Commission or your local authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == us9Region("IE")
		}},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "essential cookies run the website; analytics cookies need your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn
		}},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "Californians may know about and delete their information without discrimination, through an authorised agent too", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we do not use sensitive information beyond what the law allows, nor sell or share it", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo
		}},
		{says: "children under 13, or 16 in the EEA, use Fitbit only through a family account a parent manages, with a private profile and only approved friends", typed: func(p *policy.Policy) bool {
			c := p.Children
			return c.MinimumAge == 13 && c.ParentalConsent && slices.Contains(c.Restrictions, policy.ChildRestrictionPrivateProfile) && c.ParentRequests != ""
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we tell you of material changes by email or in the app before they take effect", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "Fitbit data is kept separate from other Google ad data", free: toIntroduction},
	}}
}
