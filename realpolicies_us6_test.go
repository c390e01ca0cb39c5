package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// massRetailer paraphrases, in our own words and as we recall it, the
// Walmart Privacy Notice of Walmart Inc., as published in 2024-2025,
// together with the California and other state supplements it links to:
// the stores in the United States and Puerto Rico, walmart.com, the apps
// and Walmart+, with identity documents checked before age-restricted
// sales and background checks before firearm sales, cameras in the
// stores, precise location in the app, Marketplace sellers and delivery
// drivers, and Walmart Connect, the retail media business that shows ads
// on and off Walmart's sites from what customers buy. It declares the
// CCPA and the other states' laws, says that it sells and shares personal
// information for targeted advertising, and that it uses sensitive
// personal information to draw inferences it may promote products with,
// which customers may limit. Pharmacies and vision centers, financial
// products, VIZIO and consumer health data have notices of their own.
// Addresses other than the toll-free number are illustrative.
func massRetailer() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Basic personal identifiers", Items: []string{"name", "phone number", "postal address", "email address", "signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it for the purpose we collected it for, to keep your account and to meet our legal obligations"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	govID := &policy.Category{ID: "government-id", Name: "Government identifiers", Items: []string{"driver's license or state ID number", "date of birth on the ID", "other national identification numbers where the law requires them"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the law requires a record of the sale, and otherwise no longer than needed to check your age or prevent return fraud"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"account login information", "MAC address", "IP address and the approximate location it shows", "cookie IDs", "mobile advertising IDs", "social media information"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAGeolocation}}
	activity := &policy.Category{ID: "activity", Name: "Internet and other network activity", Items: []string{"what you browse and search for", "how you interact with our sites, apps, emails and ads", "keystroke patterns that help us tell whether you or a bot is interacting with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and to understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	commercial := &policy.Category{ID: "commercial", Name: "Commercial information", Items: []string{"products and services you buy, rent or return", "your Walmart+ membership", "lists and registries you create", "products associated with services you receive from us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax and accounting law"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo}}
	financial := &policy.Category{ID: "financial", Name: "Financial information", Items: []string{"payment card numbers", "bank account details", "EBT card information", "gift card numbers"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the payment method in your account, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	communications := &policy.Category{ID: "communications", Name: "Communications", Items: []string{"chats and emails with customer care", "recordings of calls with customer care", "reviews, questions and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your question and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	demographics := &policy.Category{ID: "demographics", Name: "Demographic information", Items: []string{"age range", "gender", "household size and composition", "other demographic characteristics, some of which may be sensitive"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "data providers, advertising partners, social networks and other companies in the Walmart family",
		Linked:       true, Retention: policy.ByCriteria("as long as it stays useful to personalise your experience and our advertising"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits}}
	location := &policy.Category{ID: "location", Name: "Precise geolocation", Items: []string{"your device's precise location, if you allow it in the app"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use, such as checking you in for pickup"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	video := &policy.Category{ID: "video", Name: "Sensory information from our stores", Items: []string{"video from cameras in our stores and parking lots", "images from cameras at self-checkout"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a short time, unless needed to investigate an incident or a claim"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric information", Items: []string{"facial or voice characteristics, where a service you choose uses them to verify who you are"},
		Sensitivity: policy.SensitivitySensitive, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("no longer than the purpose for which it was collected needs, and as biometric privacy laws require"),
		CCPA:      []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	background := &policy.Category{ID: "background", Name: "Background information", Items: []string{"the result of the background check the law requires before a firearm sale"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the FBI's National Instant Criminal Background Check System or the state agency that runs the check",
		Linked: true, Retention: policy.AsRequiredBy("federal firearms record-keeping rules (27 CFR 478.129)"),
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"your preferences and characteristics", "products you may be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{commercial, activity, demographics, location}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	family := &policy.Recipient{ID: "family", Name: "the Walmart family of companies, such as Sam's Club", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, device, activity, commercial, demographics, inferences}, Purpose: "to provide their products and services to you and to operate, personalise and advertise our businesses"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, customer care, analytics, marketing and security", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, govID, device, activity, commercial, financial, communications, location, video, biometric}}
	sellers := &policy.Recipient{ID: "sellers", Name: "Marketplace sellers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, commercial}, Purpose: "to fulfil, ship and support the items you buy from them on our Marketplace"}
	drivers := &policy.Recipient{ID: "delivery", Name: "independent delivery drivers and carriers", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, commercial}, Purpose: "to bring your order to your door"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and platforms that show ads from Walmart Connect", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, commercial, demographics, inferences}, Purpose: "to show ads for Walmart and the brands we sell on their websites and apps, and to measure them"}
	cardIssuer := &policy.Recipient{ID: "card-issuer", Name: "the bank that issues our co-branded credit card", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, commercial}, Purpose: "you apply for or hold the card, which the bank offers under its own privacy notice", NoticeURL: "https://www.walmart.example/credit-card/privacy"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, govID, commercial, video, background}, Purpose: "the law requires it, they serve valid legal process on us, or we report a crime in our stores"}

	orders := &policy.Purpose{ID: "orders", Name: "Providing products and services: orders, payments, pickup, delivery, returns and Walmart+", Categories: []*policy.Category{contact, device, commercial, financial},
		Recipients: []*policy.Recipient{providers, sellers, drivers, family},
		Required:   "to order online you must give your name, a delivery or pickup address and a payment method; without them we cannot take the order"}
	ageChecks := &policy.Purpose{ID: "age-restricted", Name: "Selling alcohol, tobacco and other age-restricted products", Categories: []*policy.Category{govID},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "federal law on tobacco sales (21 U.S.C. 387f(d)(5)) and state alcohol and tobacco laws", Region: regionUS}},
		AgeChecks:   []policy.AgeCheck{policy.AgeCheckDocument},
		Required:    "without a valid ID showing your age we cannot sell you the product"}
	firearms := &policy.Purpose{ID: "firearms", Name: "Running the background checks the law requires before a firearm sale", Categories: []*policy.Category{contact, govID, background},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Brady Handgun Violence Prevention Act (18 U.S.C. 922(t)) and ATF Form 4473 rules", Region: regionUS}},
		Required:    "without the check we cannot complete the sale"}
	locationFeatures := &policy.Purpose{ID: "location", Name: "Showing the store near you and checking you in when you arrive for pickup", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings",
		Recipients: []*policy.Recipient{providers}}
	verification := &policy.Purpose{ID: "verification", Name: "Verifying who you are with biometric information, where you choose a service that does so", Categories: []*policy.Category{biometric},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by choosing another way to verify who you are", Recipients: []*policy.Recipient{providers}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising your shopping, recommendations and offers", Categories: []*policy.Category{commercial, activity, demographics, inferences},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{family}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email and push notification", Categories: []*policy.Category{contact, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers by text message", Categories: []*policy.Category{contact},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for Walmart and the brands we sell, on our sites and others (Walmart Connect)",
		Categories: []*policy.Category{device, activity, commercial, demographics, inferences, financial},
		Profiling:  true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our customers, associates and stores, and preventing fraud and theft", Categories: []*policy.Category{contact, govID, device, activity, financial, video},
		Recipients: []*policy.Recipient{providers, authorities}}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions and requests", Categories: []*policy.Category{contact, commercial, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our stores, sites and products", Categories: []*policy.Category{activity, commercial, communications, video},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, govID, commercial, video},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Walmart Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Walmart Inc.", Address: "702 SW 8th Street, Bentonville, AR 72716, USA", Phone: "1-800-925-6278"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.February, 7), Updated: policy.MakeDate(2025, time.February, 7),
		URL:   "https://corporate.walmart.example/privacy-security/walmart-privacy-notice",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"our Walmart stores in the United States and Puerto Rico", "the websites, mobile apps and services where this notice is posted"},
		OtherNotices: []policy.Notice{
			{Covers: "our pharmacies and vision centers (Notices of Privacy Practices under HIPAA)", URL: "https://corporate.walmart.example/privacy-security/notice-of-privacy-practices"},
			{Covers: "financial products and services we offer ourselves or with business partners, and mobile device installment sales"},
			{Covers: "VIZIO products and services"},
			{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://corporate.walmart.example/privacy-security/consumer-health-data-privacy-notice"},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, govID, device, activity, commercial, financial, communications, demographics, location, video, biometric, background, inferences},
		Purposes:    []*policy.Purpose{orders, ageChecks, firearms, locationFeatures, verification, personalise, marketing, texts, ads, security, help, improve, legal},
		Recipients:  []*policy.Recipient{family, providers, sellers, drivers, adPartners, cardIssuer, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands that advertise through Walmart Connect receive reports on how their ads performed, not the identity of the customers who saw them."},
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
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your account or with the Your Privacy Choices link"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link in the footer of our website or the settings of our app"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightLimitSensitiveUse, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "If you are not signed in, we send a code to the email address or phone number you give and match it with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAProtectedTraits, policy.CCPAInferences},
			OptOutURL:      "https://www.walmart.example/privacy-choices", SensitiveUse: policy.AnswerYes, LimitURL: "https://www.walmart.example/privacy-choices",
			RequestMethods: []string{"the Your Privacy Choices link in the footer of our website or the settings of our app", "1-800-Walmart, saying \"Privacy\""},
			TollFreeNumber: "1-800-925-6278", Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://corporate.walmart.example/privacy-security/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with the Your Privacy Choices link or by calling 1-800-Walmart, within a reasonable time after our answer", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards, and require our associates and service providers to handle personal information as our policies say."}},
		Links:    policy.Links{RequestForm: "https://www.walmart.example/privacy-choices", CookieSettings: "https://www.walmart.example/privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "Our sites are meant for a general audience, and we do not knowingly collect personal information online from children under 13."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true, EffectiveOnPosting: true},
		Contact:  policy.Contact{Name: "Walmart Privacy Office", Address: "702 SW 8th Street, Bentonville, AR 72716, USA", Phone: "1-800-925-6278"},
	}
	return realPolicy{"mass retailer (Walmart)", p, []statement{
		{says: "Walmart Inc. in Bentonville, Arkansas, is responsible for the personal information this notice covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Walmart Inc." && p.Controller.Country == regionUS && strings.Contains(p.Controller.Address, "Bentonville")
		}},
		{says: "the notice covers our stores in the United States and Puerto Rico and the sites, apps and services that post it", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Puerto Rico")
		}},
		{says: "pharmacies and vision centers have their own Notices of Privacy Practices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "pharmacies") && p.OtherNotices[0].URL != ""
		}},
		{says: "financial products, mobile device installment sales and VIZIO have notices of their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "financial") && strings.Contains(p.OtherNotices[2].Covers, "VIZIO")
		}},
		{says: "consumer health data under Washington and Nevada law has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[3].Covers, "consumer health data")
		}},
		{says: "the notice is also published in Spanish", free: toIntroduction},
		{says: "we collect your name, phone number, postal and email addresses, and signature", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Items, "signature") && slices.Contains(p.Category("contact").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "we collect driver's license and other government ID numbers, which are sensitive personal information", typed: func(p *policy.Policy) bool {
			c := p.Category("government-id")
			return c.Sensitivity == policy.SensitivitySensitive && slices.Contains(c.CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "we check your ID before we sell you alcohol, tobacco or other age-restricted products", typed: func(p *policy.Policy) bool {
			a := p.Purpose("age-restricted")
			return slices.Contains(a.AgeChecks, policy.AgeCheckDocument) && a.Uses(p.Category("government-id")) && len(a.Obligations) == 1
		}},
		{says: "before a firearm sale we run the background check the law requires, and keep its record as federal rules require", typed: func(p *policy.Policy) bool {
			f := p.Purpose("firearms")
			return f.HasBasis(policy.BasisLegalObligation) && f.Uses(p.Category("background")) && p.Category("background").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we collect your login, MAC and IP addresses, cookie and mobile advertising IDs, and social media information", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return len(c.Items) == 6 && slices.Contains(c.Sources, policy.SourceAutomatic) && c.Tracking
		}},
		{says: "we record what you browse and search for and how you interact with our sites, emails and ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity) && len(p.Category("activity").Items) == 3
		}},
		{says: "we look at keystroke patterns to tell whether a person or a bot is using our sites", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Category("activity").Items, func(s string) bool { return strings.Contains(s, "bot") }) && p.Purpose("security").Uses(p.Category("activity"))
		}},
		{says: "we keep what you buy, rent and return, your Walmart+ membership and your lists and registries", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("commercial").CCPA, policy.CCPACommercialInfo) && len(p.Category("commercial").Items) == 4
		}},
		{says: "we collect payment card, bank account, EBT and gift card details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Items, "EBT card information") && p.Purpose("orders").Uses(p.Category("financial"))
		}},
		{says: "we keep chats, emails and recorded calls with customer care, and your reviews and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "we collect demographic information from you and from data providers, advertising partners and social networks", typed: func(p *policy.Policy) bool {
			c := p.Category("demographics")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != "" && slices.Contains(c.CCPA, policy.CCPAProtectedTraits)
		}},
		{says: "with your permission the app uses your precise location, for example to check you in for pickup", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "cameras record our stores, parking lots and self-checkouts to keep people safe and prevent theft", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("video").CCPA, policy.CCPASensoryData) && p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "we collect biometric information only where you choose a service that uses it", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && slices.Contains(p.Category("biometric").CCPA, policy.CCPABiometricInfo) && p.Purpose("verification").RestsOnConsent()
		}},
		{says: "we combine what we collect online, in our stores and from the Walmart family, and infer your preferences and characteristics", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 4 && slices.Contains(c.Sources, policy.SourceDerived)
		}},
		{says: "we use personal information to take and deliver orders, take payments, handle returns and run Walmart+", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("commercial")) && p.Purpose("orders").Required != ""
		}},
		{says: "we personalise your shopping, recommendations and offers", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Uses(p.Category("inferences"))
		}},
		{says: "we send offers by email and push notification, which you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "we text you offers only with your consent, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && t.Withdraw != ""
		}},
		{says: "through Walmart Connect we show ads for Walmart and the brands we sell, on our sites and on others, and measure them", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").Recipients[0] == recipient(p, "advertising")
		}},
		{says: "brands that advertise with us get reports on their ads, not who saw them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && strings.Contains(d.Note, "Walmart Connect")
		}},
		{says: "we use personal information to protect our customers, associates and stores and to prevent fraud and theft", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("financial")) && slices.Contains(p.Purpose("security").Recipients, recipient(p, "authorities"))
		}},
		{says: "we analyse how our stores, sites and products are used in order to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("activity")) }},
		{says: "we use personal information to comply with the law and answer legal process", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we share personal information within the Walmart family of companies", typed: func(p *policy.Policy) bool { return recipient(p, "family").Purpose != "" }},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "Marketplace sellers receive what they need to fulfil and support the items you buy from them", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && recipient(p, "sellers").Purpose != ""
		}},
		{says: "delivery drivers and carriers receive your name, address and order to deliver it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").Recipients, recipient(p, "delivery"))
		}},
		{says: "the bank that issues our co-branded credit card receives your details when you apply, under its own notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-issuer").Conditional && recipient(p, "card-issuer").NoticeURL != ""
		}},
		{says: "we may disclose personal information to protect people and property, and in a sale or merger of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
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
		{says: "we sell and share identifiers, commercial and demographic information and inferences for targeted advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 4 &&
				p.USStates.Sells == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out of sale, sharing and targeted advertising with the Your Privacy Choices link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use sensitive personal information also to draw inferences we may promote products with, which you may limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerYes && p.CCPA.LimitURL != "" && hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "you may ask to access, correct, delete and take a copy of your personal information", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may ask for access up to twice in twelve months", free: toIntroduction},
		{says: "you make requests with the Your Privacy Choices link or by calling 1-800-Walmart and saying \"Privacy\"", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber == "1-800-925-6278"
		}},
		{says: "we verify a request through your account or by a code we send you, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.VerificationDetail != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we will not discriminate against you for exercising your rights", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNonDiscrimination) }},
		{says: "we keep personal information as long as our purposes and the law require, judged by criteria for each category", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Category("commercial").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "after a deletion request we keep what the law requires and what we need against fraud and for legal claims", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "we publish our yearly request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we protect personal information with administrative, technical and physical safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "our sites are not meant for children under 13, and we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != "" && p.CCPA.Under16 == policy.AnswerNo
		}},
		{says: "if we start using automated decision-making technology for significant decisions, we will tell you first and you may opt out", free: toIntroduction},
		{says: "we post changes with a new date and tell you of material ones", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		{says: "questions go to the Walmart Privacy Office or 1-800-Walmart", typed: func(p *policy.Policy) bool { return p.Contact.Phone != "" && p.Contact.Address != "" }},
	}}
}

// coffeeRewards paraphrases, in our own words and as we recall it, the
// Starbucks Privacy Notice of Starbucks Corporation as revised in January
// 2025, read for the Starbucks App and the Starbucks Rewards programme in
// the United States: Mobile Order & Pay with the phone's location, the
// Starbucks Card and eGifts, Stars earned on purchases and through the
// programmes a member links (Delta SkyMiles, Marriott Bonvoy, the
// Starbucks Rewards Visa card issued by JPMorgan Chase), orders placed
// through delivery partners, in-store Wi-Fi, and offers personalised from
// what a member buys. It declares the CCPA and the other states' laws,
// shares personal information for cross-context behavioural advertising
// without selling it, and gives the Rewards programme's notice of
// financial incentive. (The older paraphrase coffeeApp reads the same
// notice for the company's stores, website and app as a whole.)
// Addresses other than the toll-free number are illustrative.
func coffeeRewards() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "email address", "phone number", "postal address", "birthday (month and day)", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	purchases := &policy.Category{ID: "purchases", Name: "Orders and Rewards activity", Items: []string{"what you order and how you customise it", "the store, date and time of each order", "Stars you earn and redeem", "offers and challenges you take part in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your Rewards account is open and the law on sales records requires"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment and Starbucks Card information", Items: []string{"Starbucks Card number and balance", "payment card details, taken by our payment processors", "digital wallets you pay with"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the card or payment method in your account, and then as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	gifts := &policy.Category{ID: "gifts", Name: "eGift recipients", Items: []string{"the name and email address or phone number of the person you send an eGift to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers},
		Retention: policy.ByCriteria("as long as needed to deliver the gift and answer questions about it"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your phone's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed to find stores near you and get your order ready"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and online activity", Items: []string{"IP address and the approximate location it shows", "device and advertising identifiers", "how you use the app and our websites", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the app and to measure our ads"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	wifi := &policy.Category{ID: "wifi", Name: "Wi-Fi use in our stores", Items: []string{"your device's identifiers", "when and how long you connect"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to run and secure the network"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	communications := &policy.Category{ID: "communications", Name: "Communications and feedback", Items: []string{"messages and calls with customer service", "survey answers and feedback"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer you and keep a record of it"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	video := &policy.Category{ID: "video", Name: "Store security camera images", Items: []string{"images from security cameras in our stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a short time, unless needed to investigate an incident"), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	partnerData := &policy.Category{ID: "partner-data", Name: "Information from partners", Items: []string{"orders you place for Starbucks through delivery services", "your membership number and status in programmes you link", "purchases with the Starbucks Rewards Visa card that earn Stars", "demographic and interest information"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "delivery partners, Delta Air Lines and Marriott International when you link your accounts, JPMorgan Chase for the co-branded card, social networks and data providers",
		Linked:       true, Retention: policy.ByCriteria("as long as your accounts stay linked and the partner's programme needs it"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo, policy.CCPAProtectedTraits}}
	inferences := &policy.Category{ID: "preferences", Name: "Preferences we infer", Items: []string{"your favourite drinks and food", "when and where you usually visit", "offers you are likely to enjoy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, device, location, partnerData}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, customer service, Wi-Fi, analytics and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, purchases, payment, gifts, location, device, wifi, communications, video}}
	delivery := &policy.Recipient{ID: "delivery", Name: "delivery partners, such as Uber Eats and DoorDash", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, purchases}, Purpose: "to deliver the orders you place with them and to handle problems with them"}
	linked := &policy.Recipient{ID: "linked-programmes", Name: "Delta Air Lines and Marriott International", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, purchases}, Purpose: "you link your Starbucks Rewards account with Delta SkyMiles or Marriott Bonvoy, to award you miles or points and confirm your eligibility"}
	chase := &policy.Recipient{ID: "chase", Name: "JPMorgan Chase Bank, N.A., which issues the Starbucks Rewards Visa card", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, purchases}, Purpose: "you apply for or hold the card, which Chase offers under its own privacy notice", NoticeURL: "https://www.chase.example/privacy"}
	licensees := &policy.Recipient{ID: "licensees", Name: "the companies that run licensed Starbucks stores, such as in grocery stores and airports", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, purchases}, Purpose: "you use Starbucks Rewards in one of their stores"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and social networks", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, device, purchases}, Purpose: "to show our ads on other websites, apps and social networks and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, purchases, video}, Purpose: "the law requires it or they serve valid legal process on us"}

	orders := &policy.Purpose{ID: "orders", Name: "Taking orders and payments, including Mobile Order & Pay, and delivering them", Categories: []*policy.Category{account, purchases, payment, partnerData},
		Recipients: []*policy.Recipient{providers, delivery},
		Required:   "to order ahead you must sign in and give a payment method; without them you can still order in the store"}
	egifts := &policy.Purpose{ID: "egifts", Name: "Sending eGifts and managing Starbucks Cards", Categories: []*policy.Category{account, payment, gifts},
		Recipients: []*policy.Recipient{providers}}
	rewards := &policy.Purpose{ID: "rewards", Name: "Running Starbucks Rewards and the programmes you link to it", Categories: []*policy.Category{account, purchases, partnerData},
		Recipients: []*policy.Recipient{providers, linked, chase, licensees}, MinimumAge: 13}
	nearby := &policy.Purpose{ID: "location", Name: "Finding stores near you and having your order ready when you arrive", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your phone's settings"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising offers, recommendations and the menu you see in the app", Categories: []*policy.Category{purchases, inferences},
		Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers by text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising Starbucks on other websites, apps and social networks", Categories: []*policy.Category{account, device, purchases},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	wifiPurpose := &policy.Purpose{ID: "wifi", Name: "Providing Wi-Fi in our stores", Categories: []*policy.Category{wifi}, Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our customers, partners, stores and services, and preventing fraud", Categories: []*policy.Category{account, payment, device, wifi, video},
		Recipients: []*policy.Recipient{providers, authorities}}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions and feedback", Categories: []*policy.Category{account, purchases, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our products, stores and app", Categories: []*policy.Category{purchases, device, communications}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, purchases, payment, video},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Starbucks Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Starbucks Corporation", Address: "2401 Utah Avenue South, Seattle, WA 98134, USA", Phone: "1-800-782-7282"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 17), Updated: policy.MakeDate(2025, time.January, 17),
		URL:             "https://www.starbucks.example/terms/privacy-notice",
		SecurityCaveat:  true,
		Laws:            []policy.Law{policy.CCPA, policy.USStates},
		Scope:           []string{"our websites and the Starbucks App", "Starbucks Rewards", "our stores in the United States"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleMinimisation, policy.PrinciplePurposeLimitation},
		OtherNotices: []policy.Notice{
			{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://www.starbucks.example/terms/consumer-health-data-privacy-notice"},
			{Covers: "our partners (employees) and job applicants"},
		},
		Categories: []*policy.Category{account, purchases, payment, gifts, location, device, wifi, communications, video, partnerData, inferences},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Purposes:   []*policy.Purpose{orders, nearby, egifts, rewards, personalise, marketing, texts, ads, wifiPurpose, security, help, improve, legal},
		Recipients: []*policy.Recipient{providers, delivery, linked, chase, licensees, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud},
			Note: "Deleting your account ends your Starbucks Rewards membership, and unredeemed Stars are lost."}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "cookies that keep you signed in and secure", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "performance", Name: "performance and analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "in the Privacy and data section of your account"},
			{Kind: policy.RightRectification, How: "in the Personal info section of your account"}, {Kind: policy.RightErasure, How: "in the Privacy and data section of your account"},
			{Kind: policy.RightPortability}, {Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPACommercialInfo},
			OptOutURL:      "https://www.starbucks.example/personal-information/privacy-choices",
			RequestMethods: []string{"the Privacy and data section of your account", "our privacy request form", "1-800-STARBUC (1-800-782-7282)"}, TollFreeNumber: "1-800-782-7282",
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.starbucks.example/terms/privacy-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or writing to privacy@starbucks.example with the word Appeal", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "rewards", Name: "Starbucks Rewards",
			Summary:    "Members earn Stars when they pay and redeem them for drinks, food and merchandise, and get a birthday reward, member offers and games.",
			Categories: []*policy.Category{account, purchases}, OptIn: "by signing up in the Starbucks App or on our website", Withdraw: "by asking us to close your Rewards account",
			Value: "We estimate the value of a member's personal information from the cost to us of the Stars, rewards and offers members receive, which is reasonably related to that value."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We use reasonable administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		Links:    policy.Links{RequestForm: "https://www.starbucks.example/personal-information/request", CookieSettings: "https://www.starbucks.example/personal-information/privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "We do not knowingly collect personal information from children under 13."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true, EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@starbucks.example", Phone: "1-800-782-7282", Address: "Starbucks Corporation, Attn: Privacy, 2401 Utah Avenue South, Seattle, WA 98134, USA"},
	}
	return realPolicy{"coffee chain rewards app (Starbucks Rewards)", p, []statement{
		{says: "Starbucks Corporation and its subsidiaries and affiliates collect and use your personal information as this notice says", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Starbucks Corporation" && p.Controller.Country == regionUS
		}},
		{says: "the notice covers our websites, the Starbucks App, Starbucks Rewards and our stores", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[1], "Rewards")
		}},
		{says: "by continuing to use our services you acknowledge this notice", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "we follow the principles of data minimisation, limited collection and limited use", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Principles, policy.PrincipleMinimisation) && slices.Contains(p.Principles, policy.PrinciplePurposeLimitation)
		}},
		{says: "consumer health data under Washington and Nevada law has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "consumer health data") && p.OtherNotices[0].URL != ""
		}},
		{says: "the information of our partners, as we call our employees, and job applicants is covered elsewhere", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "partners (employees)")
		}},
		{says: "you give us your name, email address, phone number, postal address and password", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "password") && slices.Contains(p.Category("account").CCPA, policy.CCPAIdentifiers)
		}},
		{says: "you may give us your birthday to get a birthday reward", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "birthday (month and day)") && strings.Contains(p.Incentives[0].Summary, "birthday")
		}},
		{says: "we record what you order, how you customise it, where and when", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").CCPA, policy.CCPACommercialInfo) && p.Purpose("orders").Uses(p.Category("purchases"))
		}},
		{says: "we record the Stars you earn and redeem and the offers you take part in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "Stars you earn and redeem") && p.Purpose("rewards").Uses(p.Category("purchases"))
		}},
		{says: "we keep your Starbucks Card number and balance, and our payment processors take your card details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").CCPA, policy.CCPASensitivePersonalInfo) && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "when you send an eGift we use the recipient's name and contact details to deliver it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("gifts").Sources, policy.SourceOtherUsers) && p.Purpose("egifts").Uses(p.Category("gifts"))
		}},
		{says: "if you allow it, the app uses your precise location to find stores near you and get your order ready", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect your IP address, device and advertising identifiers and how you use the app and websites", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Sources, policy.SourceAutomatic) && p.Category("device").Tracking
		}},
		{says: "when you use our in-store Wi-Fi we collect your device's identifiers and connection times", typed: func(p *policy.Policy) bool {
			return p.Purpose("wifi").Uses(p.Category("wifi")) && p.Purpose("security").Uses(p.Category("wifi"))
		}},
		{says: "calls with customer service may be recorded, and we keep your feedback and survey answers", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "security cameras in our stores record images", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("video").CCPA, policy.CCPASensoryData) && p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "delivery partners, linked programmes, Chase, social networks and data providers give us information about you", typed: func(p *policy.Policy) bool {
			c := p.Category("partner-data")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Chase")
		}},
		{says: "we infer your preferences from your orders, visits and activity and personalise offers, recommendations and the menu", typed: func(p *policy.Policy) bool {
			return len(p.Category("preferences").DerivedFrom) == 4 && p.Purpose("personalise").Profiling
		}},
		{says: "we use personal information to take orders and payments, including Mobile Order & Pay and delivery", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("payment")) && p.Purpose("orders").Required != ""
		}},
		{says: "Starbucks Rewards is open to people 13 and older", typed: func(p *policy.Policy) bool { return p.Purpose("rewards").MinimumAge == 13 }},
		{says: "we send offers by email and push notification, which you can turn off", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").DirectMarketing
		}},
		{says: "we send offers by text only with your consent, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			return p.Purpose("texts").RestsOnConsent() && len(p.Purpose("texts").ConsentRequiredBy) == 1
		}},
		{says: "we advertise Starbucks on other websites, apps and social networks with our advertising partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Recipients[0] == recipient(p, "advertising") && p.Purpose("advertising").Profiling
		}},
		{says: "we use personal information to protect customers, partners and stores and to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("payment"))
		}},
		{says: "we analyse our products, stores and app to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("purchases")) }},
		{says: "we use personal information to comply with the law", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "service providers process personal information for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "delivery partners receive the orders you place with them", typed: func(p *policy.Policy) bool {
			return recipient(p, "delivery").Purpose != "" && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "delivery"))
		}},
		{says: "if you link Delta SkyMiles or Marriott Bonvoy, we exchange your membership details and qualifying purchases with them", typed: func(p *policy.Policy) bool {
			return recipient(p, "linked-programmes").Conditional && slices.Contains(p.Purpose("rewards").Recipients, recipient(p, "linked-programmes"))
		}},
		{says: "Chase receives your information for the Starbucks Rewards Visa card under its own privacy notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "chase").Conditional && recipient(p, "chase").NoticeURL != ""
		}},
		{says: "licensed stores receive what they need when you use Rewards there", typed: func(p *policy.Policy) bool { return recipient(p, "licensees").Conditional }},
		{says: "we disclose personal information for legal process, to protect people and property, and in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we use essential, performance and advertising cookies, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "essential").StrictlyNecessary && p.Links.CookieSettings != ""
		}},
		{says: "we do not sell personal information, but we share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out with the Your Privacy Choices link, and we honour Global Privacy Control but not Do Not Track", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we use sensitive personal information only for the purposes the law allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "Starbucks Rewards is a financial incentive: you join in the app, can leave at any time, and we value your information at the cost of the rewards", typed: func(p *policy.Policy) bool {
			in := p.Incentives[0]
			return in.OptIn != "" && in.Withdraw != "" && in.Value != ""
		}},
		{says: "you may know, access, correct and delete your information, take a copy, and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in the Privacy and data section of your account, with our form, or at 1-800-STARBUC", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 3 && p.CCPA.TollFreeNumber != "" && strings.Contains(p.Rights[1].How, "Privacy and data")
		}},
		{says: "we verify requests through your account or your email address, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days, and may take 45 more", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Days(45) }},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we publish how many requests we received and how we answered them", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "we keep personal information as long as the purpose needs and the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionCriteria && p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "deleting your account ends your Rewards membership, and we keep what the law requires", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Note != "" && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect personal information with reasonable safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "no method of transmission or storage is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "our services are not meant for children under 13, and we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.CCPA.Under16 == policy.AnswerNo
		}},
		{says: "we tell you of material changes by email or in the app before they take effect", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		{says: "sites we link to, and social networks you use with us, have their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "questions go to our privacy address or 1-800-STARBUC", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Phone != "" }},
	}}
}

// us6ToChildren writes a statement into the note on children, where the
// model has no typed shape for it.
func us6ToChildren(p *policy.Policy, text string) {
	p.Children.Note = addSentence(p.Children.Note, text)
}

// gamesPlatform paraphrases, in our own words and as we recall it, the
// Epic Games Privacy Policy of Epic Games, Inc., as published in
// 2024-2025, for players everywhere: Fortnite, Rocket League and Fall
// Guys, the Epic Games Store and Epic Online Services, Unreal Engine and
// the creator programmes. Children under 13, or under the age of digital
// consent in their country, get a cabined account that holds little data
// and leaves voice chat, free text chat and real-money purchases off until
// a parent, verified by Epic's subsidiary Kids Web Services, consents and
// sets parental controls; voice reporting keeps five minutes of voice chat
// on the players' devices and sends it only with a report. It declares the
// GDPR and the UK GDPR (Epic has subsidiaries in the EU and the UK), the
// CCPA and the other US states' laws, and the US Children's Online Privacy
// Protection Act as the law that asks for a parent's consent. Addresses
// are illustrative.
func gamesPlatform() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"display name", "email address", "password", "first and last name", "country", "date of birth or age"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	connected := &policy.Category{ID: "connected", Name: "Information from platforms you connect", Items: []string{"your account ID and display name on PlayStation, Xbox, Nintendo, Steam and other platforms", "your friends on them", "the email address of a Google, Apple or Facebook account you sign in with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the console, PC and mobile platforms and social networks you link to your Epic account",
		Linked: true, Retention: policy.ByCriteria("as long as the accounts stay linked"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	gameplay := &policy.Category{ID: "gameplay", Name: "Gameplay and social information", Items: []string{"your matches, scores, progress and items", "your friends, parties and online status", "the islands and experiences you play"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device and network information", Items: []string{"IP address and the approximate location it shows", "device identifiers, hardware and operating system", "crash reports and performance data"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the Epic Services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAGeolocation}}
	antiCheat := &policy.Category{ID: "anti-cheat", Name: "Anti-cheat information", Items: []string{"the programs running on your device while a protected game runs", "files and memory that could be used to cheat", "hardware identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to detect cheating and enforce our rules, longer where a ban is in force"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	chat := &policy.Category{ID: "chat", Name: "Text chat and voice chat", Items: []string{"text chat messages", "voice chat, which passes live between players"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceParticipants},
		Retention: policy.ByCriteria("text chat as long as needed for moderation; voice chat is not stored unless it is reported"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPASensoryData}}
	voice := &policy.Category{ID: "voice-reports", Name: "Voice reporting clips", Items: []string{"the last five minutes of voice chat, kept on a rolling basis on the devices of the players in the channel"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: policy.OnDeviceUntilShared, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(14), From: policy.EventCollection,
			Criteria: "14 days after a report, or as long as a sanction lasts, and 14 more days if the sanction is appealed"},
		CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	creations := &policy.Category{ID: "creations", Name: "Content you create", Items: []string{"islands and projects you make with Fortnite Creative, UEFN and Unreal Engine", "reviews, ratings and forum posts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase information", Items: []string{"games, V-Bucks and items you buy", "billing address", "the type and last digits of your payment method"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors and the platforms you buy through",
		Linked: true, Retention: policy.AsRequiredBy("tax and accounting law"), CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	payouts := &policy.Category{ID: "payouts", Name: "Creator and developer payout information", Items: []string{"legal name and address", "tax identification number and tax forms", "bank account details", "identity document and selfie, where we verify who you are"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("tax law, such as the IRS's record-keeping rules (26 CFR 1.6001-1)"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	parent := &policy.Category{ID: "parent", Name: "Parent or guardian information", Items: []string{"the parent's email address", "the information a parent gives to prove being an adult", "the parent's consents and parental control settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Criteria: "the parent's email address for 14 days if the parent does not answer, and otherwise as long as the child's account exists"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	support := &policy.Category{ID: "support", Name: "Player support communications", Items: []string{"what you or a parent tell player support", "reports you make about other players"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to resolve the request and keep a record of it"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	web := &policy.Category{ID: "web", Name: "Cookie and advertising information", Items: []string{"cookie and advertising identifiers", "pages you visit on our websites", "whether you install or buy after seeing our ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, player support, moderation, analytics and identity verification", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, gameplay, device, chat, voice, purchases, payouts, support}}
	kws := &policy.Recipient{ID: "kws", Name: "Kids Web Services, our subsidiary that verifies parents and records their consents", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, parent}}
	platforms := &policy.Recipient{ID: "platforms", Name: "the console, PC and mobile platforms you play on, such as Sony, Microsoft, Nintendo, Apple and Google", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, gameplay, purchases}, Purpose: "to run cross-platform play, friends and purchases made through their stores"}
	developers := &policy.Recipient{ID: "developers", Name: "developers and publishers of games you buy on the Epic Games Store or play with your Epic account", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, gameplay}, Purpose: "to run their games and your entitlements in them: your account ID, display name and, if you allow it, your friends and online status"}
	publisherMail := &policy.Recipient{ID: "publisher-email", Name: "the publisher of a game you buy", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account}, Purpose: "you tick the box at checkout to let it email you its news and offers"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to show our ads for Epic games on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and child-safety organisations, such as the National Center for Missing & Exploited Children", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, chat, voice, device}, Purpose: "the law requires a report or valid legal process, or a player's safety is at risk"}

	service := &policy.Purpose{ID: "service", Name: "Providing your Epic account, our games and the Epic Games Launcher", Categories: []*policy.Category{account, connected, gameplay, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, platforms},
		Required: "an account needs a display name, an email address, a password, your country and your age; without them you cannot play online"}
	store := &policy.Purpose{ID: "store", Name: "Selling games, V-Bucks and items on the Epic Games Store and in our games", Categories: []*policy.Category{account, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, developers, platforms},
		Required: "without a payment method we cannot complete a purchase"}
	social := &policy.Purpose{ID: "social", Name: "Running friends, parties, text chat and voice chat", Categories: []*policy.Category{account, gameplay, chat},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "chat is optional: you can turn text and voice chat off in the settings"}
	eos := &policy.Purpose{ID: "epic-online-services", Name: "Letting games by other developers use your Epic account (Epic Online Services)", Categories: []*policy.Category{account, gameplay},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by removing the game's access in the Apps section of your Epic account", Recipients: []*policy.Recipient{developers}}
	publisherEmails := &policy.Purpose{ID: "publisher-email", Name: "Passing your email address to a game's publisher for its marketing", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "with the unsubscribe link in the publisher's emails; the publisher then uses it under its own policy",
		Recipients: []*policy.Recipient{publisherMail}}
	moderation := &policy.Purpose{ID: "safety", Name: "Keeping players safe: filtering chat, reviewing reports and voice reports, and enforcing our rules", Categories: []*policy.Category{account, chat, voice, support, creations},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting players, many of them young, from harassment, abuse and harmful content",
		Recipients: []*policy.Recipient{providers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetFeatures, policy.SuspensionTargetContent},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundSafetyReport, policy.SuspensionGroundIllegalContent},
			Contest: "by appealing through player support", HumanReview: true}}
	cheating := &policy.Purpose{ID: "anti-cheat", Name: "Detecting cheating with our anti-cheat software", Categories: []*policy.Category{antiCheat, device, gameplay},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our games fair for everyone who plays them",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Contest: "by appealing through player support"}}
	children := &policy.Purpose{ID: "parental-consent", Name: "Asking a parent's consent for a child's account and running parental controls", Categories: []*policy.Category{account, parent},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{kws},
		Obligations: []policy.Obligation{{Act: "Children's Online Privacy Protection Act, 15 U.S.C. 6502, and 16 CFR 312.5", Region: regionUS},
			{Act: "GDPR Art. 8(2) and the member states' laws on the age of digital consent", Region: regionEU}, {Act: "UK GDPR Art. 8(2)", Region: regionGB}},
		Required: "without a parent's consent a child's account stays cabined, with chat and real-money purchases off"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending games, islands and offers", Categories: []*policy.Category{gameplay, purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing players what they are likely to enjoy", Profiling: true, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending news, surveys and offers by email", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "with the unsubscribe link in every email or in your account settings", OptOut: true}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising our games on other websites and apps", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	creatorPay := &policy.Purpose{ID: "payouts", Name: "Paying creators and developers, and meeting tax rules on their earnings", Categories: []*policy.Category{payouts},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "US tax law on information reporting and withholding (26 U.S.C. 1441 and 6041)", Region: regionUS}},
		Required:    "the law requires your tax details before we pay you; without them we cannot pay you, or must withhold tax"}
	security := &policy.Purpose{ID: "security", Name: "Securing accounts and preventing payment fraud", Categories: []*policy.Category{account, device, purchases},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting players' accounts and purchases from theft and fraud", Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "through player support"}}
	help := &policy.Purpose{ID: "support", Name: "Answering players and parents", Categories: []*policy.Category{account, support, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "what you tell us is up to you, but without your account details we may not be able to help"}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving the Epic Services", Categories: []*policy.Category{gameplay, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how our games and tools are used so that we can make them better"}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, purchases, chat, voice},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Union and member-state law", Region: regionEU}, {Act: "the law of the United Kingdom", Region: regionGB},
			{Act: "US federal law, including the duty to report child sexual abuse material (18 U.S.C. 2258A)", Region: regionUS}}}

	transfer := func(origin language.Region, safeguard policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS,
			Categories: []*policy.Category{account, connected, gameplay, device, antiCheat, chat, voice, creations, purchases, payouts, parent, support, web}, Safeguard: safeguard}
	}
	p := &policy.Policy{
		Title:      "Epic Games Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Epic Games, Inc.", Address: "620 Crossroads Boulevard, Cary, NC 27518, USA", Email: "privacy@epicgames.example"}, Country: regionUS},
		Establishments: []policy.Establishment{
			{Region: regionDE, Contact: policy.Contact{Name: "Epic Games Germany GmbH", Address: "Berlin, Germany"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Epic Games UK Ltd", Address: "London, United Kingdom"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		URL:        "https://www.epicgames.example/site/privacypolicy",
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Scope:      []string{"Fortnite, Rocket League, Fall Guys and our other games", "the Epic Games Store and the Epic Games Launcher", "Unreal Engine and our other tools", "our websites and the services that link to this policy"},
		Categories: []*policy.Category{account, connected, gameplay, device, antiCheat, chat, voice, creations, purchases, payouts, parent, support, web},
		Purposes:   []*policy.Purpose{service, store, social, eos, publisherEmails, moderation, cheating, children, recommend, marketing, ads, creatorPay, security, help, improve, legal},
		Recipients: []*policy.Recipient{providers, kws, platforms, developers, publisherMail, adPartners, authorities},
		Transfers:  []policy.Transfer{transfer(regionEU, policy.SafeguardStandardClauses), transfer(regionGB, policy.SafeguardUKTransferAgreement)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Creators of islands receive statistics about how their islands are played, not who played them."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(14)}},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptAbuse},
			Note: "Until the deletion is done you can cancel it by contacting player support."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and secure", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or with our privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(30), Extension: policy.Days(60)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.epicgames.example/site/cookie-settings", RequestMethods: []string{"our privacy request form", "email to privacy@epicgames.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer through player support", AttorneyGeneral: true}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep},
		Links:      policy.Links{RequestForm: "https://www.epicgames.example/help/privacy-request", CookieSettings: "https://www.epicgames.example/site/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}},
			AgeChecks:      []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckParent},
			Restrictions:   []policy.ChildRestriction{policy.ChildRestrictionParentalControls},
			ParentRequests: "with the parent support request form, or in the parental controls of the child's account"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@epicgames.example", Address: "Epic Games, Inc., Attn: Privacy, 620 Crossroads Boulevard, Cary, NC 27518, USA"},
	}
	return realPolicy{"game publisher and store (Epic Games)", p, []statement{
		{says: "Epic Games, Inc., headquartered in Cary, North Carolina, controls and is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Epic Games, Inc." && strings.Contains(p.Controller.Address, "Cary")
		}},
		{says: "our subsidiaries around the world, including in the EU and the UK, help provide the Epic Services", typed: func(p *policy.Policy) bool {
			return len(p.Establishments) == 2 && p.Establishments[1].Region == regionGB
		}},
		{says: "the policy covers our games, the Epic Games Store and Launcher, Unreal Engine and our websites", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "each game also has its own end user licence agreement", free: toIntroduction},
		{says: "to create an account you give a display name, email address, password, name, country and age", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 6 && p.Purpose("service").Required != ""
		}},
		{says: "we ask your age when you create an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.AgeChecks, policy.AgeCheckDeclared)
		}},
		{says: "platforms you link, such as PlayStation, Xbox, Nintendo and Steam, give us your account ID, name and friends there", typed: func(p *policy.Policy) bool {
			c := p.Category("connected")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we record your matches, progress, items, friends and online status, which other players can see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("gameplay").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "we collect your IP address, approximate location, device identifiers and crash reports", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").CCPA, policy.CCPAGeolocation) && slices.Contains(p.Category("device").Sources, policy.SourceAutomatic)
		}},
		{says: "our anti-cheat software looks at the programs, files and memory on your device while a protected game runs", typed: func(p *policy.Policy) bool {
			return p.Purpose("anti-cheat").Uses(p.Category("anti-cheat")) && len(p.Category("anti-cheat").Items) == 3
		}},
		{says: "cheating can get your account banned, and you can appeal", typed: func(p *policy.Policy) bool {
			s := p.Purpose("anti-cheat").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != ""
		}},
		{says: "text chat is kept for moderation, while voice chat passes live between players", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("chat").VisibleTo, policy.AudienceParticipants) && p.Category("chat").Retention.Criteria != ""
		}},
		{says: "with voice reporting, the players' devices keep the last five minutes of voice chat, and it reaches us only with a report", typed: func(p *policy.Policy) bool {
			return p.Category("voice-reports").OnDevice == policy.OnDeviceUntilShared && p.Purpose("safety").Uses(p.Category("voice-reports"))
		}},
		{says: "reported voice clips are deleted after 14 days, or when the sanction ends, with 14 more days on appeal", typed: func(p *policy.Policy) bool {
			r := p.Category("voice-reports").Retention
			return r.Period == policy.Days(14) && strings.Contains(r.Criteria, "appealed")
		}},
		{says: "voice reporting is always on for players under 18, and adults may turn it off where all in the party do", free: toCategory("voice-reports")},
		{says: "islands and projects you publish can be seen by anyone", typed: func(p *policy.Policy) bool { return p.Category("creations").Visibility == policy.VisibilityOptional }},
		{says: "we record what you buy, and payment processors handle your payment details", typed: func(p *policy.Policy) bool {
			return p.Purpose("store").Uses(p.Category("purchases")) && p.Category("purchases").SourceDetail != ""
		}},
		{says: "we collect tax, bank and identity details from creators and developers we pay, as tax law requires", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("payouts")
			return pu.HasBasis(policy.BasisLegalObligation) && len(pu.Obligations) == 1 && p.Category("payouts").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "we use information to provide your account, our games, the store and chat", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && p.Purpose("social").Uses(p.Category("chat"))
		}},
		{says: "we filter chat, review reports and may restrict chat, remove content or suspend accounts, which you can appeal", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetFeatures) && s.HumanReview && p.Purpose("safety").Interest != ""
		}},
		{says: "we report child sexual abuse material to NCMEC and work with law enforcement", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && strings.Contains(recipient(p, "authorities").Name, "Missing & Exploited")
		}},
		{says: "we recommend games, islands and offers from what you play and buy", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "we send marketing emails only if you agree, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && m.ConsentMethod == policy.ConsentMethodCheckbox && m.Withdraw != ""
		}},
		{says: "advertising partners' cookies on our websites help us advertise our games elsewhere, with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").RestsOnConsent()
		}},
		{says: "we secure accounts, encourage two-factor authentication and fight payment fraud", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) && slices.Contains(p.Purpose("security").Suspension.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "we analyse how our games and tools are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) }},
		{says: "service providers process information for us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "the platforms you play on receive what they need for cross-platform play and their stores", typed: func(p *policy.Policy) bool { return recipient(p, "platforms").Purpose != "" }},
		{says: "developers of games you buy or sign in to with Epic receive your account ID and display name, and your friends if you allow it", typed: func(p *policy.Policy) bool {
			return p.Purpose("epic-online-services").RestsOnConsent() && p.Purpose("epic-online-services").Withdraw != ""
		}},
		{says: "a publisher receives your email address only if you tick the box at checkout", typed: func(p *policy.Policy) bool {
			return recipient(p, "publisher-email").Conditional && p.Purpose("publisher-email").ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "island creators see statistics about their islands, not who played them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != ""
		}},
		{says: "we disclose information on legal process, to protect players, and in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "our legal grounds are contract, legitimate interests, consent and legal obligation", typed: func(p *policy.Policy) bool {
			return p.Purpose("store").HasBasis(policy.BasisContract) && p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) &&
				p.Purpose("marketing").HasBasis(policy.BasisConsent) && p.Purpose("legal").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "information from Europe goes to the US under the Commission's standard contractual clauses and the UK's equivalent", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "we keep information while your account exists, and purchase and payout records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Category("payouts").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "an account you ask to delete is deleted after 14 days, but we keep what the law needs and what keeps banned players out", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Total() == policy.Days(14) && d.Keeps(policy.KeptAbuse) && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "in Europe you may access, correct, delete and port your information, restrict, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightComplaint) && hasRight(p, policy.RightPortability)
		}},
		{says: "in the US you may know, access, correct and delete your information and opt out of targeted advertising, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in your account, with our privacy form or by email, and we verify them through your account", typed: func(p *policy.Policy) bool {
			return p.CCPA.OnlineOnly && len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn)
		}},
		{says: "an authorised agent may ask for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we do not sell personal information, but advertising cookies share it for targeted advertising; we honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "we do not sell or share the information of players we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "a child under 13, or under the age of digital consent in their country, needs a parent's consent for a full account", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ParentalConsent && p.Children.ByRegion[0].Age == 16
		}},
		{says: "until a parent consents, a child's cabined account holds little data and has voice chat, free text chat and real-money purchases off", free: us6ToChildren},
		{says: "we email the parent, and Kids Web Services, our subsidiary, verifies that the parent is an adult and records the consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.AgeChecks, policy.AgeCheckParent) && p.Purpose("parental-consent").Recipients[0] == recipient(p, "kws") &&
				len(p.Purpose("parental-consent").Obligations) == 3
		}},
		{says: "we delete a parent's email address after 14 days if the parent does not answer", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("parent").Retention.Criteria, "14 days")
		}},
		{says: "parents set parental controls for chat, purchases and friend requests, protected by a PIN", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "parents can review or delete their child's information and stop its collection", typed: func(p *policy.Policy) bool { return p.Children.ParentRequests != "" }},
		{says: "we protect information with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we tell you of material changes by email or in our services", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to our privacy address or by post to Epic in Cary", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
	}}
}
