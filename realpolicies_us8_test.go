package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// realPolicyUs8Target paraphrases, in our own words and as we recall it,
// the Target Privacy Policy of Target Corporation, as published in
// 2024-2025, with the state privacy rights section and the California
// notice it includes: the stores in the United States, Target.com, the
// Target app, Target Circle and Target Circle 360, Target Circle Card
// (RedCard), registries, Drive Up and delivery through Shipt, cameras in
// the stores, identification scanned for returns without a receipt and for
// age-restricted sales, and Roundel, Target's advertising business, which
// shows ads on and off Target's sites. It declares the CCPA and the other
// states' laws, says that it sells and shares personal information for
// targeted advertising, and gives Target Circle's notice of financial
// incentive. The CVS pharmacies inside Target stores are run by CVS under
// its own notice. Addresses other than the toll-free number are
// illustrative.
func realPolicyUs8Target() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact and account information", Items: []string{"name", "postal address", "email address", "phone number", "date of birth, if you give it for Target Circle", "Target.com account and password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open and as long as we need it for the purposes we collected it for, or as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	giftees := &policy.Category{ID: "gift-recipients", Name: "Gift recipients' details", Items: []string{"the name, postal address or email address of the person you send a gift or gift card to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to deliver the gift and handle its return"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	guestID := &policy.Category{ID: "guest-id", Name: "Guest ID and transaction history", Items: []string{"the Guest ID we give a payment card or account we see again", "what you buy, return and look at in stores and online", "the store, date and time of each purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax, accounting and consumer-protection law"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit, debit and Target Circle Card numbers", "gift card numbers", "SNAP/EBT card information", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the payment method in your account, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	govID := &policy.Category{ID: "government-id", Name: "Identification you show us", Items: []string{"driver's license or state ID number", "name, date of birth and address on the ID"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to check your age, to approve the return and to detect return fraud"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "device and advertising identifiers", "cookie IDs", "browser and operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	activity := &policy.Category{ID: "activity", Name: "Browsing and app activity", Items: []string{"pages and products you view and search for", "how you use our app, emails and ads", "your Target Circle offers and how you use them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run our sites and to understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the app", "the store you are in, from the app's store mode"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use, such as Drive Up"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	registry := &policy.Category{ID: "registry", Name: "Registries and lists", Items: []string{"the registrant's and co-registrant's names", "event date and city", "the items on the registry and who bought them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.ByCriteria("as long as you keep the registry, and then as long as needed to handle returns of its gifts"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls, chats and emails with Guest Relations", "reviews, questions and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Video from our stores", Items: []string{"video from cameras in our stores and parking lots"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a short time, unless needed to investigate an incident or a claim"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic information such as age range and household size", "updated addresses", "interests from social media and data companies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "data companies, social media platforms, our advertising partners and companies we offer products with",
		Linked:       true, Retention: policy.ByCriteria("as long as it stays useful to personalise your experience and our advertising"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPACustomerRecords}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"your interests and preferences", "products you may be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{guestID, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, customer service, analytics, marketing and security", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, guestID, payment, govID, device, activity, location, communications, video}}
	shipt := &policy.Recipient{ID: "shipt", Name: "Shipt, Inc. and its shoppers", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, guestID, location}, Purpose: "to shop for and deliver same-day orders and Target Circle 360 deliveries"}
	bank := &policy.Recipient{ID: "bank", Name: "TD Bank USA, N.A., which issues the Target Circle Credit Card", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, guestID}, Purpose: "you apply for or hold the credit card, which the bank offers under its own privacy notice", NoticeURL: "https://www.target.example/redcard/privacy"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and platforms that show Roundel ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, guestID, inferences}, Purpose: "to show ads for Target and the brands we sell on their websites and apps, and to measure them"}
	partners := &policy.Recipient{ID: "partners", Name: "companies whose offers we promote", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact}, Purpose: "you ask for their offer or enter a promotion we run with them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, guestID, govID, video}, Purpose: "the law requires it, they serve valid legal process on us, or we report a crime in our stores"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling products: orders, payments, Drive Up, Order Pickup, delivery and returns", Categories: []*policy.Category{contact, giftees, guestID, payment},
		Recipients: []*policy.Recipient{providers, shipt},
		Required:   "to order online you must give your name, a delivery or pickup address and a payment method; without them we cannot take the order"}
	locationP := &policy.Purpose{ID: "location", Name: "Showing the store you are in and telling us you have arrived for Drive Up", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings",
		Recipients: []*policy.Recipient{providers, shipt}}
	returns := &policy.Purpose{ID: "returns", Name: "Approving returns without a receipt and preventing return fraud", Categories: []*policy.Category{govID, guestID},
		Recipients: []*policy.Recipient{providers},
		Required:   "without your ID we may not accept a return without a receipt"}
	ageChecks := &policy.Purpose{ID: "age-restricted", Name: "Selling alcohol, tobacco and other age-restricted products", Categories: []*policy.Category{govID},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "federal law on tobacco sales (21 U.S.C. 387f(d)(5)) and state alcohol and tobacco laws", Region: regionUS}},
		AgeChecks:   []policy.AgeCheck{policy.AgeCheckDocument},
		Required:    "without a valid ID showing your age we cannot sell you the product"}
	circle := &policy.Purpose{ID: "circle", Name: "Running Target Circle: earnings, personalised deals and the birthday reward", Categories: []*policy.Category{contact, guestID, activity, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	registries := &policy.Purpose{ID: "registries", Name: "Keeping your registries and lists and letting others find them", Categories: []*policy.Category{registry, contact},
		Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising your shopping, recommendations and offers", Categories: []*policy.Category{guestID, activity, thirdParty, inferences},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email, post and push notification", Categories: []*policy.Category{contact, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers by text message", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for Target and the brands we sell, on our sites and others (Roundel)",
		Categories: []*policy.Category{device, activity, guestID, inferences},
		Profiling:  true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our guests, team members and stores, and preventing fraud and theft", Categories: []*policy.Category{contact, guestID, payment, device, video},
		Recipients: []*policy.Recipient{providers, authorities}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions through Guest Relations", Categories: []*policy.Category{contact, guestID, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our stores, sites and assortment", Categories: []*policy.Category{activity, guestID, communications, video},
		Recipients: []*policy.Recipient{providers}}
	promotions := &policy.Purpose{ID: "promotions", Name: "Running sweepstakes and promotions, some with other companies", Categories: []*policy.Category{contact},
		Recipients: []*policy.Recipient{partners}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, guestID, govID, video},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Target Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Target Corporation", Address: "1000 Nicollet Mall, Minneapolis, MN 55403, USA", Phone: "1-800-440-0680"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.target.example/c/target-privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"our Target stores in the United States", "Target.com, the Target app and the other sites and apps that link to this policy", "Target Circle and Target Circle 360"},
		OtherNotices: []policy.Notice{
			{Covers: "the CVS pharmacies inside our stores, which CVS runs under its own notice", URL: "https://www.cvs.example/privacy"},
			{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://www.target.example/c/consumer-health-data-privacy-policy"},
			{Covers: "our team members and job applicants"},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, giftees, guestID, payment, govID, device, activity, location, registry, communications, video, thirdParty, inferences},
		Purposes:    []*policy.Purpose{orders, locationP, returns, ageChecks, circle, registries, personalise, marketing, texts, ads, security, support, improve, promotions, legal},
		Recipients:  []*policy.Recipient{providers, shipt, bank, adPartners, partners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise through Roundel receive reports on how their ads performed, not the identity of the guests who saw them."},
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
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your Target.com account or with our request form"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link at the bottom of Target.com or in the app's settings"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "Where a request concerns sensitive information, we may ask you for more details than usual.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.target.example/privacy-choices", SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"our online request form", "Guest Relations at 1-800-440-0680"},
			TollFreeNumber: "1-800-440-0680", Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.target.example/c/ccpa-metrics",
			ShineTheLight: true},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or calling Guest Relations, within a reasonable time", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "circle", Name: "Target Circle",
			Summary:    "Members get personalised deals, a birthday reward, earnings on purchases for Target Circle Card holders and community giving votes, and Target Circle 360 members get same-day delivery.",
			Categories: []*policy.Category{contact, guestID}, OptIn: "by signing up in the Target app, on Target.com or at the checkout", Withdraw: "by asking Guest Relations to cancel your membership",
			Value: "We estimate the value of a member's personal information from the cost to us of the deals and rewards members receive, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.target.example/privacy-request", CookieSettings: "https://www.target.example/privacy-choices"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our sites are meant for a general audience, and we do not knowingly collect personal information online from children under 13."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Target Guest Relations", Address: "PO Box 9350, Minneapolis, MN 55440, USA", Phone: "1-800-440-0680"},
	}
	return realPolicy{"retailer (Target)", p, []statement{
		{says: "Target Corporation in Minneapolis is responsible for the personal information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Target Corporation" && p.Controller.Country == regionUS && strings.Contains(p.Controller.Address, "Minneapolis")
		}},
		{says: "the policy covers our US stores, Target.com, the app and Target Circle", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[2], "Target Circle")
		}},
		{says: "the CVS pharmacies in our stores are run by CVS under its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "CVS") && p.OtherNotices[0].URL != ""
		}},
		{says: "consumer health data under Washington and Nevada law has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "consumer health data")
		}},
		{says: "we collect your name, addresses, phone number and account login", typed: func(p *policy.Policy) bool {
			return len(p.Category("contact").Items) == 6 && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we give a card or account we see again a Guest ID and link your purchases in stores and online to it", typed: func(p *policy.Policy) bool {
			c := p.Category("guest-id")
			return strings.Contains(c.Items[0], "Guest ID") && slices.Contains(c.CCPA, policy.CCPACommercialInfo)
		}},
		{says: "we collect credit, debit, gift card and SNAP/EBT details to take payment", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Items, "SNAP/EBT card information") && p.Purpose("orders").Uses(p.Category("payment"))
		}},
		{says: "we scan your ID to approve a return without a receipt and to detect return fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("returns").Uses(p.Category("government-id")) && p.Purpose("returns").Required != ""
		}},
		{says: "we check your ID before we sell you alcohol, tobacco or other age-restricted products", typed: func(p *policy.Policy) bool {
			a := p.Purpose("age-restricted")
			return slices.Contains(a.AgeChecks, policy.AgeCheckDocument) && a.HasBasis(policy.BasisLegalObligation) && len(a.Obligations) == 1
		}},
		{says: "we collect IP address, device, cookie and advertising identifiers automatically", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return slices.Contains(c.Sources, policy.SourceAutomatic) && c.Tracking && len(c.Items) == 4
		}},
		{says: "we record what you view and search for and how you use our app, emails and ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity)
		}},
		{says: "with your permission the app uses your precise location, for store mode and Drive Up", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "you may make your registry public so that others can find it, and we record who bought its gifts", typed: func(p *policy.Policy) bool {
			c := p.Category("registry")
			return c.Visibility == policy.VisibilityOptional && slices.Contains(c.Sources, policy.SourceOtherUsers)
		}},
		{says: "we may record calls with Guest Relations and keep your chats, reviews and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "cameras record our stores and parking lots to keep people safe and prevent theft", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("video").CCPA, policy.CCPASensoryData) && p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "we receive demographic information, updated addresses and interests from data companies, social media and partners", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we combine what we collect and infer your interests and preferences", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we use personal information to take orders and payments, and for Drive Up, Order Pickup, delivery and returns", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("guest-id")) && p.Purpose("orders").Required != ""
		}},
		{says: "Shipt and its shoppers receive your order and address for same-day delivery", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").Recipients, recipient(p, "shipt")) && recipient(p, "shipt").Purpose != ""
		}},
		{says: "Target Circle gives members personalised deals and a birthday reward in exchange for their information, and we tell you what we think that information is worth", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Name == "Target Circle" && i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "we personalise your shopping, recommendations and offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Uses(p.Category("inferences"))
		}},
		{says: "we send offers by email, post and push notification, which you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "we text you offers only with your consent, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "through Roundel we show ads for Target and the brands we sell on our sites and on others, and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").Recipients[0] == recipient(p, "advertising")
		}},
		{says: "brands that advertise with us get reports on their ads, not who saw them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && strings.Contains(d.Note, "Roundel")
		}},
		{says: "we use personal information to protect guests, team members and stores and to prevent fraud and theft", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("payment")) && slices.Contains(p.Purpose("security").Recipients, recipient(p, "authorities"))
		}},
		{says: "we analyse how our stores and sites are used in order to improve them and our assortment", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("activity")) }},
		{says: "when you enter a promotion run with another company, that company may receive your details", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && p.Purpose("promotions").Uses(p.Category("contact"))
		}},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "the bank that issues the Target Circle Credit Card receives your details when you apply, under its own notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Conditional && recipient(p, "bank").NoticeURL != ""
		}},
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
		{says: "you make requests with our online form or by calling Guest Relations", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber != "" && p.Links.RequestForm != ""
		}},
		{says: "we verify a request by matching what you give us with what we hold, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
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
		{says: "we keep personal information as long as our purposes and the law require", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Category("guest-id").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "after a deletion request we keep what the law requires and what we need against fraud and for legal claims", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we protect personal information with administrative, technical and physical safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "beware of emails and texts that pretend to come from Target and ask for your details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our sites are not meant for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Note != "" }},
		{says: "we post changes here with a new effective date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to Target Guest Relations by phone or post", typed: func(p *policy.Policy) bool {
			return p.Contact.Phone != "" && strings.Contains(p.Contact.Address, "Minneapolis")
		}},
		{says: "when you send a gift or a gift card, we use the name, address or email of its recipient that you give us to deliver it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("gift-recipients").Sources, policy.SourceOtherUsers) && p.Purpose("orders").Uses(p.Category("gift-recipients"))
		}},
	}}
}

// realPolicyUs8Lyft paraphrases, in our own words and as we recall it, the
// Lyft Privacy Policy of Lyft, Inc., as published in 2024-2025, read for
// riders and drivers in the United States, with its US state privacy
// section: accounts, trips and their precise location, driver applications
// with background and motor-vehicle checks run by a consumer reporting
// agency, the phone's motion sensors during trips, in-app audio recording
// kept encrypted on the phone unless sent with a safety report, masked
// phone numbers, sharing a trip with friends and Emergency Help, bikes and
// scooters, autonomous-vehicle partners, Lyft Media's advertising, and the
// trip data transportation regulators require. It declares the CCPA and the
// other states' laws and says it shares personal information for
// cross-context behavioural advertising without selling it. Lyft's
// Canadian users are left out. Addresses are illustrative.
func realPolicyUs8Lyft() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "login and password", "profile photo", "preferred language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	payment := &policy.Category{ID: "payment", Name: "Payment and payout information", Items: []string{"payment card details", "billing address", "drivers' bank account details for payouts", "drivers' tax identification number"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax and accounting law"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"riders' location from when they request a ride until it ends", "drivers' location while in driver mode", "the location of bikes and scooters you ride"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts, policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("as long as your account is open, and after it closes as long as needed for safety, insurance claims and the law"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	rides := &policy.Category{ID: "rides", Name: "Ride information", Items: []string{"pickup and drop-off places", "route, times and distance", "fares, tips and promotions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your account is open, and after it closes as long as regulators, tax law and insurance claims require"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPAGeolocation}}
	driver := &policy.Category{ID: "driver", Name: "Driver application information", Items: []string{"driver's license", "Social Security number", "date of birth", "vehicle registration and insurance", "vehicle photos and inspection results"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you drive with Lyft, and afterwards as long as regulators and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	checks := &policy.Category{ID: "checks", Name: "Background and driving record checks", Items: []string{"criminal background checks", "motor vehicle records"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "the consumer reporting agency that runs the checks, and state motor vehicle departments",
		Linked:       true, Retention: policy.AsRequiredBy("the transportation network company rules of the states and cities where you drive"),
		CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo}}
	face := &policy.Category{ID: "face", Name: "Facial verification", Items: []string{"selfies drivers take when asked", "the comparison of the selfie with the driver's profile photo"},
		Sensitivity: policy.SensitivitySensitive, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("no longer than needed to verify the driver, and as biometric privacy laws require"),
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	telematics := &policy.Category{ID: "telematics", Name: "Motion sensor information", Items: []string{"speed, acceleration and braking from the phone's sensors during trips", "whether the driver handles the phone while driving"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to review safety and handle claims"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData, policy.CCPAGeolocation}}
	audio := &policy.Category{ID: "audio", Name: "Audio recordings of rides", Items: []string{"audio recorded during a ride, when a rider or driver turns recording on"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, OnDevice: policy.OnDeviceUntilShared,
		Retention: policy.ByCriteria("on the phone for a limited time, encrypted; we keep a recording sent with a safety report as long as needed to review it"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	communications := &policy.Category{ID: "communications", Name: "Communications", Items: []string{"calls and texts between riders and drivers through masked numbers", "chats and calls with support", "safety reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to support you and to review safety incidents"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and feedback", Items: []string{"the ratings riders and drivers give each other", "comments and compliments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device identifiers and model", "advertising identifiers", "how you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the app and measure our ads"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	counterpart := &policy.Recipient{ID: "counterpart", Name: "the rider or driver you ride with", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, location, ratings}, Purpose: "to complete the ride: each sees the other's first name, photo and rating, the driver sees the pickup place, and the rider sees the driver's vehicle and location"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, identity checks, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, payment, location, rides, driver, face, communications, device}}
	screener := &policy.Recipient{ID: "screener", Name: "the consumer reporting agency that runs background checks", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{driver, checks}}
	contacts := &policy.Recipient{ID: "contacts", Name: "the friends and family you share a ride with", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{location, rides}, Purpose: "you share your ride's route and arrival time with them"}
	emergency := &policy.Recipient{ID: "emergency", Name: "our emergency assistance partner and emergency services", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, location, rides}, Purpose: "you use Emergency Help in the app, or we believe someone's safety is at risk"}
	av := &policy.Recipient{ID: "av-partners", Name: "autonomous vehicle partners", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, location, rides}, Purpose: "you are matched with one of their vehicles"}
	insurers := &policy.Recipient{ID: "insurers", Name: "insurance companies", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, rides, location, telematics, audio}, Purpose: "a claim follows an accident or incident during a ride"}
	linked := &policy.Recipient{ID: "linked", Name: "the partner programmes you link to your account", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, rides}, Purpose: "you link a loyalty or membership programme, such as an airline's, to earn its rewards"}
	rentals := &policy.Recipient{ID: "rentals", Name: "vehicle rental partners", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, driver}, Purpose: "a driver rents a vehicle through our Express Drive programme, which the partner provides under its own terms"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show ads for Lyft and through Lyft Media on other sites and apps, and to measure them"}
	regulators := &policy.Recipient{ID: "regulators", Name: "transportation regulators, such as state public utilities commissions and city agencies", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{rides, driver, checks}, Purpose: "to meet the reporting rules for transportation network companies"}
	police := &policy.Recipient{ID: "police", Name: "law enforcement", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, rides, location, communications, audio}, Purpose: "they serve valid legal process on us, or in an emergency"}

	locationP := &policy.Purpose{ID: "location", Name: "Using your precise location to find you a driver, a bike or a scooter and to guide the ride", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings; without it you enter your pickup place yourself, and drivers cannot go online",
		Recipients: []*policy.Recipient{counterpart, providers, av}}
	rideP := &policy.Purpose{ID: "rides", Name: "Matching riders with drivers, bikes and scooters, and completing rides and payments", Categories: []*policy.Category{account, payment, rides, ratings},
		Recipients: []*policy.Recipient{counterpart, providers, av},
		Required:   "we cannot arrange a ride without your account details, a payment method and your location"}
	onboarding := &policy.Purpose{ID: "onboarding", Name: "Checking that drivers may drive with Lyft", Categories: []*policy.Category{driver, checks},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{screener, providers, rentals},
		Obligations: []policy.Obligation{{Act: "state and city rules for transportation network companies, such as Cal. Pub. Util. Code 5445.2", Region: regionUS}},
		Required:    "a driver who does not consent to the checks cannot drive with Lyft"}
	identity := &policy.Purpose{ID: "identity", Name: "Checking that the person driving is the account holder", Categories: []*policy.Category{face, account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by asking support to verify you another way", Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping riders and drivers safe, investigating incidents and handling claims", Categories: []*policy.Category{account, location, rides, telematics, audio, communications, ratings},
		Recipients: []*policy.Recipient{contacts, emergency, insurers, police},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud},
			Contest: "by asking us in the app for a review", HumanReview: true}}
	support := &policy.Purpose{ID: "support", Name: "Answering questions and resolving disputes", Categories: []*policy.Category{account, rides, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Research, analytics and improving our services, such as pricing and routing", Categories: []*policy.Category{rides, device, ratings},
		Recipients: []*policy.Recipient{providers}}
	rewards := &policy.Purpose{ID: "rewards", Name: "Lyft Pink and the partner programmes you link", Categories: []*policy.Category{account, rides},
		Recipients: []*policy.Recipient{linked}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email, push notification and text", Categories: []*policy.Category{account, rides},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing ads for Lyft and Lyft Media's advertisers, in the app and elsewhere, and measuring them",
		Categories: []*policy.Category{device, rides}, Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Reporting to regulators, paying taxes and answering legal process", Categories: []*policy.Category{rides, driver, checks, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, police},
		Obligations: []policy.Obligation{{Act: "the reporting rules of state public utilities commissions and city regulators", Region: regionUS}, {Act: "federal tax law (information returns on drivers' earnings)", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Lyft Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Lyft, Inc.", Address: "185 Berry Street, Suite 400, San Francisco, CA 94107, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.lyft.example/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the Lyft apps for riders and drivers", "Lyft bikes and scooters", "our websites and the other services that link to this policy"},
		OtherNotices: []policy.Notice{
			{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://www.lyft.example/privacy/consumer-health-data"},
			{Covers: "our employees and job applicants"},
		},
		Categories: []*policy.Category{account, payment, location, rides, driver, checks, face, telematics, audio, communications, ratings, device},
		Purposes:   []*policy.Purpose{rideP, locationP, onboarding, identity, safety, support, improve, rewards, marketing, ads, legal},
		Recipients: []*policy.Recipient{counterpart, providers, screener, contacts, emergency, av, insurers, linked, rentals, adPartners, regulators, police},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://www.lyft.example/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "We share aggregated or de-identified ride data with cities and researchers to help plan transportation."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims, policy.KeptAbuse}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in", Party: policy.PartyFirst, Purpose: rideP, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "in the app's privacy settings or with our privacy request form"},
			{Kind: policy.RightRectification, How: "in the app's account settings"}, {Kind: policy.RightErasure, How: "by deleting your account in the app or with our privacy request form"},
			{Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "in the app's privacy settings or with the Your Privacy Choices link on our website"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "in the same settings"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL:      "https://www.lyft.example/privacy/choices", SensitiveUse: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the privacy settings in the app", "our privacy request form"},
			Under16:        policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.lyft.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with our privacy request form, within a reasonable time after our answer", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureContactMasking},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards, though no system is completely secure."}},
		Links:    policy.Links{RequestForm: "https://www.lyft.example/privacy/request", CookieSettings: "https://www.lyft.example/privacy/choices"},
		Children: policy.Children{MinimumAge: 18, Note: "You must be 18 to have a Lyft account, and riders under 18 may not ride unless an adult account holder accompanies them."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "Lyft, Inc., Attn: Legal Department", Email: "privacy@lyft.example", Address: "185 Berry Street, Suite 400, San Francisco, CA 94107, USA", Website: "https://www.lyft.example/privacy/request"},
	}
	return realPolicy{"rideshare platform (Lyft)", p, []statement{
		{says: "Lyft, Inc. in San Francisco is responsible for the personal information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Lyft, Inc." && p.Controller.Country == regionUS
		}},
		{says: "the policy covers the rider and driver apps, bikes and scooters and our websites", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[1], "bikes")
		}},
		{says: "consumer health data under Washington and Nevada law has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "consumer health data") && p.OtherNotices[0].URL != ""
		}},
		{says: "you give your name, email, phone number and a payment method when you sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number") && p.Purpose("rides").Required != ""
		}},
		{says: "drivers give their driver's license, Social Security number, vehicle, insurance and bank details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("driver").Items, "Social Security number") && slices.Contains(p.Category("payment").Items, "drivers' bank account details for payouts")
		}},
		{says: "a consumer reporting agency runs criminal background and motor vehicle record checks of drivers, as state and city rules require", typed: func(p *policy.Policy) bool {
			c := p.Category("checks")
			return c.Criminal && c.SourceDetail != "" && p.Purpose("onboarding").HasBasis(policy.BasisLegalObligation) && recipient(p, "screener").Role == policy.RoleProcessor
		}},
		{says: "we may ask drivers for a selfie and compare it with their profile photo to check who is driving", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && slices.Contains(p.Category("face").CCPA, policy.CCPABiometricInfo) && p.Purpose("identity").Uses(p.Category("face"))
		}},
		{says: "with your permission we collect riders' precise location from request to drop-off and drivers' location in driver mode", typed: func(p *policy.Policy) bool {
			c := p.Category("location")
			return c.DevicePermission && p.Purpose("location").RestsOnConsent() && len(c.Items) == 3 && slices.Contains(c.CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "we record pickup and drop-off, route, times, distance and fares of each ride", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("rides").CCPA, policy.CCPACommercialInfo) && p.Purpose("rides").Uses(p.Category("rides"))
		}},
		{says: "the phone's motion sensors tell us about speed, braking and phone handling during trips, for safety", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("telematics")) && slices.Contains(p.Category("telematics").Sources, policy.SourceAutomatic)
		}},
		{says: "audio recordings of rides stay encrypted on the phone, and we receive one only if you send it with a safety report", typed: func(p *policy.Policy) bool {
			return p.Category("audio").OnDevice == policy.OnDeviceUntilShared && p.Purpose("safety").Uses(p.Category("audio"))
		}},
		{says: "riders and drivers call and text each other through masked numbers", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking) && slices.Contains(p.Category("communications").Items, "calls and texts between riders and drivers through masked numbers")
		}},
		{says: "support calls may be recorded", typed: func(p *policy.Policy) bool { return p.Category("communications").RecordingNotice }},
		{says: "riders and drivers rate each other, and we keep the ratings and comments", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("ratings").Sources, policy.SourceOtherUsers)
		}},
		{says: "we collect IP address, device and advertising identifiers and how you use the app", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && len(p.Category("device").Items) == 4
		}},
		{says: "the rider and the driver see each other's first name, photo, rating and location during a ride", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceCounterparts) && recipient(p, "counterpart").Purpose != ""
		}},
		{says: "you may share your route and arrival time with friends and family", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").VisibleTo, policy.AudienceChosenContacts) && recipient(p, "contacts").Conditional
		}},
		{says: "Emergency Help sends your location and ride details to our emergency partner and to 911", typed: func(p *policy.Policy) bool {
			return recipient(p, "emergency").Conditional && slices.Contains(recipient(p, "emergency").Categories, p.Category("location"))
		}},
		{says: "if you are matched with an autonomous vehicle, its operator receives your ride details", typed: func(p *policy.Policy) bool {
			return recipient(p, "av-partners").Conditional && slices.Contains(p.Purpose("rides").Recipients, recipient(p, "av-partners"))
		}},
		{says: "we use personal information to match you, complete rides and take payments", typed: func(p *policy.Policy) bool {
			return p.Purpose("rides").Uses(p.Category("payment")) && p.Purpose("location").Uses(p.Category("location"))
		}},
		{says: "we deactivate accounts after safety reports, fraud or breaches of our terms, and you may ask us to review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return len(s.Grounds) == 3 && s.Contest != "" && s.HumanReview
		}},
		{says: "insurers receive ride, location and sensor details when there is a claim", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Conditional && slices.Contains(recipient(p, "insurers").Categories, p.Category("telematics"))
		}},
		{says: "we use rides and app use to research and improve pricing, routing and our services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("rides")) }},
		{says: "when you link a partner programme we share your rides with it so that you earn rewards", typed: func(p *policy.Policy) bool {
			return recipient(p, "linked").Conditional && p.Purpose("rewards").Recipients[0] == recipient(p, "linked")
		}},
		{says: "we send offers by email, push and text, which you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "Lyft Media shows ads in the app and we advertise Lyft elsewhere with advertising partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").Recipients[0] == recipient(p, "advertising")
		}},
		{says: "we report ride and driver data to transportation regulators and earnings to tax authorities as the law requires", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("legal").Obligations) == 2 && recipient(p, "regulators").Role == policy.RoleAuthority
		}},
		{says: "we answer valid legal process and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.ReportURL != ""
		}},
		{says: "we share aggregated or de-identified ride data with cities and researchers", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && strings.Contains(d.Note, "cities")
		}},
		{says: "we may disclose information to protect people's safety and in a merger or sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we use cookies and SDKs to keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Technology == policy.TechnologySDK
		}},
		{says: "we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we do not sell personal information, but we share identifiers and app activity for targeted advertising, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use precise location, driver's licenses and Social Security numbers only to provide and secure our services, so no right to limit applies", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && slices.Contains(p.Category("driver").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in the app's privacy settings or with our privacy request form", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.Links.RequestForm != ""
		}},
		{says: "we verify you through your account or the details you give, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we keep information while your account is open, and afterwards as long as safety, insurance, regulators and the law require", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("rides").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "after you delete your account we keep what the law, safety, fraud prevention and open claims require", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptAbuse) && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "we protect information with administrative, technical and physical safeguards, though no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "you must be 18 to have an account, and minors may ride only with an adult account holder", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "drivers who rent a vehicle through our rental partners share their details with those partners under their terms", typed: func(p *policy.Policy) bool {
			return recipient(p, "rentals").Conditional && slices.Contains(recipient(p, "rentals").Categories, p.Category("driver"))
		}},
	}}
}

// realPolicyUs8Etsy paraphrases, in our own words and as we recall it, the
// Etsy Privacy Policy, as published in 2024-2025: Etsy, Inc. in Brooklyn
// is responsible for members in the United States and Canada and Etsy
// Ireland UC in Dublin for members everywhere else, with a data protection
// officer; buyers' names, addresses and orders go to the sellers they buy
// from, who use them as controllers in their own right; sellers' identity
// is verified and their sales reported to tax authorities (Form 1099-K in
// the US, DAC7 in the EU); Etsy Ads and Offsite Ads promote listings on
// and off Etsy; automated systems flag fraud and may suspend accounts;
// data of members in the EU and the UK goes to the US on standard
// contractual clauses. It gives each purpose's legal ground under the
// GDPR and the UK GDPR, and the rights of US state residents, sharing for
// targeted advertising without selling. Addresses are illustrative.
func realPolicyUs8Etsy() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "username", "password", "date of birth, where we ask for it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	profile := &policy.Category{ID: "profile", Name: "Public profile and shop", Items: []string{"username and profile photo", "shop name, banner and About page", "city and biography, if you add them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"the reviews, ratings and photos you post about purchases", "sellers' replies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	orders := &policy.Category{ID: "orders", Name: "Orders", Items: []string{"what you buy and sell", "shipping address", "the recipient's name and address for a gift", "order messages and receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, OthersConsent: true,
		Retention: policy.AsRequiredBy("the tax and accounting laws of the countries where we and our sellers operate"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"payment card details", "billing address", "sellers' bank account for deposits"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the payment method, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	sellerID := &policy.Category{ID: "seller-identity", Name: "Seller identity and tax information", Items: []string{"legal name, address and date of birth", "government ID", "tax identification number, such as a US Social Security number or an EU tax ID", "business registration"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the identity verification providers we use",
		Linked: true, Retention: policy.AsRequiredBy("tax and anti-money-laundering law"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	messages := &policy.Category{ID: "messages", Name: "Messages", Items: []string{"messages between buyers and sellers", "messages to Etsy support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	activity := &policy.Category{ID: "activity", Name: "Activity on Etsy", Items: []string{"searches and listings you view", "favourites and collections", "items in your basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPACommercialInfo}}
	device := &policy.Category{ID: "device", Name: "Device and cookie information", Items: []string{"IP address and the approximate location it shows", "device and browser", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure Etsy and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	inferences := &policy.Category{ID: "inferences", Name: "Interests we infer", Items: []string{"the styles and items we think you like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{activity, orders}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	sellers := &policy.Recipient{ID: "sellers", Name: "the sellers you buy from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, messages}, Purpose: "to make, ship and support your order; each seller is a controller of the buyer's information it receives and must use it only as the law and our policies allow", OwnPolicy: true}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, identity verification, customer support and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, payment, sellerID, messages, activity, device}}
	carriers := &policy.Recipient{ID: "carriers", Name: "shipping carriers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{orders}, Purpose: "to deliver orders, where the seller buys a shipping label through Etsy"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and platforms such as search engines and social networks", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity}, Purpose: "to show Etsy's ads and sellers' listings through Offsite Ads on their sites, and to measure them"}
	apps := &policy.Recipient{ID: "apps", Name: "the apps built on our API that a seller connects to the shop", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{orders, messages}, Purpose: "the seller connects them and allows them to reach the shop's data; they use it under their own policies"}
	group := &policy.Recipient{ID: "group", Name: "the other companies of the Etsy group", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, activity}, Purpose: "to run the Etsy marketplace with us, from the offices that support it"}
	taxAuthorities := &policy.Recipient{ID: "tax", Name: "tax authorities, such as the US Internal Revenue Service and the Irish Revenue Commissioners", Role: policy.RoleAuthority,
		Categories: []*policy.Category{sellerID, orders}, Purpose: "to report sellers' sales as the law requires"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, orders, messages}, Purpose: "we receive valid legal process, or must act to protect someone's safety"}

	service := &policy.Purpose{ID: "service", Name: "Running the marketplace: accounts, shops, listings, orders and payments", Categories: []*policy.Category{account, profile, reviews, orders, payment, messages},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, providers, carriers, group, apps},
		Required: "we need your name, email address and, for an order, a shipping address and a payment method; without them we cannot open your account or complete the order"}
	verify := &policy.Purpose{ID: "verify", Name: "Verifying sellers' identity and reporting their sales to tax authorities", Categories: []*policy.Category{sellerID, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers, taxAuthorities},
		Obligations: []policy.Obligation{{Act: "Council Directive (EU) 2021/514 (DAC7), as transposed in Ireland", Region: regionEU},
			{Act: "the UK's reporting rules for digital platforms (SI 2023/817)", Region: regionGB},
			{Act: "26 U.S.C. 6050W (Form 1099-K)", Region: regionUS}},
		Required: "a seller who does not give the information the law requires cannot receive payouts, and we may suspend the shop"}
	security := &policy.Purpose{ID: "security", Name: "Keeping Etsy safe: preventing fraud, spam and breaches of our policies", Categories: []*policy.Category{account, orders, payment, messages, device},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting our members and Etsy from fraud, abuse and illegal content",
		Automated: "our systems score transactions and accounts for the risk of fraud and may automatically hold a payment or suspend an account",
		// A fraud hold on a marketplace is in none of the areas the US
		// state laws list for decisions with legal or similarly
		// significant effects, so their opt-out of profiling does not
		// reach it; GDPR Art. 22 does.
		DecisionAreas: []policy.DecisionArea{policy.DecisionOther},
		Recipients:    []*policy.Recipient{providers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment, policy.SuspensionTargetContent},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent},
			Automated: policy.AnswerYes, Contest: "by replying to our notice or contacting support", HumanReview: true}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising search results and recommendations", Categories: []*policy.Category{activity, orders, inferences},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing members the items most relevant to them", Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving Etsy", Categories: []*policy.Category{activity, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how members use Etsy in order to make it better", Recipients: []*policy.Recipient{providers}}
	emailUS := &policy.Purpose{ID: "email-us", DirectMarketing: true, Name: "Sending marketing emails and push notifications to members in the US", Categories: []*policy.Category{account, inferences},
		Regions: []language.Region{regionUS}, OptOut: true, Recipients: []*policy.Recipient{providers}}
	email := &policy.Purpose{ID: "email", DirectMarketing: true, Name: "Sending marketing emails and push notifications to members in the EU and the UK", Categories: []*policy.Category{account, inferences},
		Regions: []language.Region{regionEU, regionGB}, Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your account's email settings or with the unsubscribe link in every email", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Directive 2002/58/EC (ePrivacy), Art. 13, as transposed in Ireland", Region: regionEU},
			{Act: "Privacy and Electronic Communications Regulations 2003, reg. 22", Region: regionGB}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Etsy and sellers' listings on other sites (Offsite Ads) and measuring it", Categories: []*policy.Category{device, activity},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the privacy settings of your account or the cookie settings",
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations and answering legal process", Categories: []*policy.Category{account, orders, messages},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Regulation (EU) 2022/2065 (Digital Services Act), Art. 30 (traceability of traders)", Region: regionEU},
			{Act: "UK tax and consumer law", Region: regionGB}, {Act: "US federal and state law, subpoenas and court orders", Region: regionUS}}}

	transfer := func(origin, note string, safeguard policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: us8Region(origin), Destination: regionUS,
			Categories: []*policy.Category{account, profile, reviews, orders, payment, sellerID, messages, activity, device, inferences},
			Safeguard:  safeguard, Note: note}
	}
	p := &policy.Policy{
		Title:      "Etsy Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Etsy, Inc.", Address: "117 Adams Street, Brooklyn, NY 11201, USA", Email: "privacy@etsy.example"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionIE, Contact: policy.Contact{Name: "Etsy Ireland UC", Address: "66/67 Great Strand Street, Dublin 1, Ireland", Email: "dpo@etsy.example"}, ControllerFor: regionEU},
			{Region: regionIE, Contact: policy.Contact{Name: "Etsy Ireland UC", Address: "66/67 Great Strand Street, Dublin 1, Ireland", Email: "dpo@etsy.example"}, ControllerFor: regionGB},
		},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@etsy.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		URL:        "https://www.etsy.example/legal/privacy",
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Scope:      []string{"Etsy.com and the Etsy apps", "Etsy Ads, Etsy Payments and the other services that link to this policy"},
		Categories: []*policy.Category{account, profile, reviews, orders, payment, sellerID, messages, activity, device, inferences},
		Purposes:   []*policy.Purpose{service, verify, security, personalise, improve, email, emailUS, ads, legal},
		Recipients: []*policy.Recipient{sellers, providers, carriers, adPartners, group, apps, taxAuthorities, authorities},
		Transfers: []policy.Transfer{
			transfer("EU", "You can ask our data protection officer for a copy of the clauses.", policy.SafeguardStandardClauses),
			transfer("GB", "You can ask our data protection officer for a copy of the clauses and the addendum.", policy.SafeguardUKTransferAgreement),
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://www.etsy.example/legal/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims},
			Note: "Reviews you left may stay on Etsy without your name, and sellers keep the order details they received."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and your basket", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account's privacy settings or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in your account's privacy settings"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "in the same settings"}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionIE,
			Contact: policy.Contact{Name: "the Data Protection Commission", Website: "https://www.dataprotection.ie"}}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(30)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.etsy.example/your/account/privacy", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the privacy settings of your account", "email to privacy@etsy.example"},
			LargeVolume:    true, MetricsURL: "https://www.etsy.example/legal/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or writing to privacy@etsy.example", AttorneyGeneral: true}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.etsy.example/your/account/privacy"},
		Children:   policy.Children{MinimumAge: 18, Note: "You must be 18 to have an account; a person from 13 to 17 may use Etsy only through a parent's or guardian's account, under their supervision."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "dpo@etsy.example"},
	}
	return realPolicy{"handmade marketplace (Etsy)", p, []statement{
		{says: "Etsy, Inc. in Brooklyn is responsible for members in the US and Canada, and Etsy Ireland UC in Dublin for everyone else", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Etsy, Inc." && p.Establishments[0].ControllerFor == regionEU && p.Establishments[0].Contact.Name == "Etsy Ireland UC"
		}},
		{says: "we have a data protection officer you can write to", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "the policy covers Etsy.com, the apps, Etsy Ads and Etsy Payments", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "you give your name, email address, username and password to open an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "username") && p.Purpose("service").Required != ""
		}},
		{says: "your username, profile and shop are public", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityAlways }},
		{says: "reviews you post are public, with your name and photo", typed: func(p *policy.Policy) bool { return p.Category("reviews").Visibility == policy.VisibilityAlways }},
		{says: "we keep your orders and shipping addresses, and the names and addresses of people you send gifts to, whose permission you must have", typed: func(p *policy.Policy) bool {
			c := p.Category("orders")
			return c.OthersConsent && slices.Contains(c.Sources, policy.SourceOtherUsers)
		}},
		{says: "we collect payment details and sellers' bank accounts through Etsy Payments", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Items, "sellers' bank account for deposits") && p.Purpose("service").Uses(p.Category("payment"))
		}},
		{says: "we verify sellers' identity with ID and tax numbers, with the help of verification providers", typed: func(p *policy.Policy) bool {
			c := p.Category("seller-identity")
			return c.Sensitivity == policy.SensitivitySensitive && c.SourceDetail != "" && p.Purpose("verify").Uses(c)
		}},
		{says: "we report sellers' sales to tax authorities under DAC7 in the EU, the UK's platform rules and Form 1099-K in the US", typed: func(p *policy.Policy) bool {
			v := p.Purpose("verify")
			return len(v.Obligations) == 3 && v.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(v.Recipients, recipient(p, "tax"))
		}},
		{says: "buyers and sellers see the messages they exchange, and we may review them for fraud and spam", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts) && p.Purpose("security").Uses(p.Category("messages"))
		}},
		{says: "we record your searches, views, favourites and basket", typed: func(p *policy.Policy) bool { return len(p.Category("activity").Items) == 3 }},
		{says: "we collect IP address, device and cookie identifiers, and the approximate location your IP address shows", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("device").CCPA, policy.CCPAGeolocation)
		}},
		{says: "we run the marketplace under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").RestsOn(policy.BasisContract, policy.GDPR) }},
		{says: "sellers receive your name, address and order, and use them as controllers in their own right", typed: func(p *policy.Policy) bool {
			s := recipient(p, "sellers")
			return s.Role == policy.RoleThirdParty && strings.Contains(s.Purpose, "controller")
		}},
		{says: "shipping carriers receive the order details when a seller buys a label through Etsy", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Purpose != "" }},
		{says: "we personalise search and recommendations on our legitimate interests, and you can turn it off", typed: func(p *policy.Policy) bool {
			pp := p.Purpose("personalise")
			return pp.Profiling && pp.OptOut && pp.Interest != ""
		}},
		{says: "we keep Etsy safe from fraud, spam and abuse on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Purpose("security").Interest != ""
		}},
		{says: "automated systems score the risk of fraud and may hold a payment or suspend an account, and a person reviews it if you contest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security")
			return s.Automated != "" && slices.Equal(s.DecisionAreas, []policy.DecisionArea{policy.DecisionOther}) && s.Suspension.Automated == policy.AnswerYes && s.Suspension.HumanReview && s.Suspension.Contest != ""
		}},
		{says: "we remove listings and suspend shops that break our policies or the law", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("security").Suspension.Grounds, policy.SuspensionGroundIllegalContent)
		}},
		{says: "we analyse how Etsy is used in order to improve it", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "in the EU and the UK we send marketing emails with your consent, and you can unsubscribe", typed: func(p *policy.Policy) bool {
			e := p.Purpose("email")
			return e.RestsOnConsent() && len(e.ConsentRequiredBy) == 2 && e.OptOut && len(e.Regions) == 2
		}},
		{says: "in the US we send marketing emails unless you opt out", typed: func(p *policy.Policy) bool {
			e := p.Purpose("email-us")
			return e.OptOut && !e.RestsOnConsent() && e.Regions[0] == regionUS
		}},
		{says: "with your consent, advertising cookies let us advertise Etsy and sellers' listings on other sites through Offsite Ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "we share information within the Etsy group to run the marketplace", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose information on valid legal process, to protect people, and in a sale of the business, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d != nil && d.ReportURL != "" && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we meet legal obligations, such as knowing who our traders are under the Digital Services Act", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("legal").Obligations) == 3 && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "data of members in the EU and the UK goes to the US on standard contractual clauses, a copy of which our DPO provides", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we keep your information while your account is open, and tax records as long as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "when you close your account we keep what the law, fraud prevention and disputes require, and sellers keep the orders they received", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptFraud) && d.Note != ""
		}},
		{says: "essential cookies run the site; others need your consent in the EU and the UK", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "in Europe you may access, correct, delete and download your data, restrict and object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Irish Data Protection Commission or your local authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionIE
		}},
		{says: "we do not sell personal information, but we share it for targeted advertising, which US residents can opt out of in their privacy settings", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we honour Global Privacy Control", typed: func(p *policy.Policy) bool { return p.Signals.GlobalPrivacyControl == policy.AnswerYes }},
		{says: "we use sensitive information only as needed to run Etsy, so no right to limit applies", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "US residents may know, access, correct and delete their information without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make a request in your privacy settings or by email, and we verify it through your account", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn)
		}},
		{says: "an authorised agent may ask for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we protect your information with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "turn on two-factor authentication and watch for phishing messages pretending to be from Etsy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "you must be 18 to have an account; teenagers may use Etsy only through a parent's account", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "we tell you of material changes by email or on Etsy", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "apps built on our API that a seller connects receive shop data, with the seller's permission, under their own policies", typed: func(p *policy.Policy) bool {
			return recipient(p, "apps").Conditional && strings.Contains(recipient(p, "apps").Purpose, "own policies")
		}},
		{says: "buyers should read a seller's own privacy policy, where the seller has one", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
	}}
}

func us8Region(s string) language.Region { return language.MustParseRegion(s) }
