package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs13Costco paraphrases, in our own words and as we recall it,
// the Costco Privacy Policy for its members and visitors in the United
// States and Puerto Rico, as published in 2024-2025, with its section for
// California and the other states with privacy laws: the paid membership
// with the photo on the card, purchases in the warehouses, at the gas
// stations and online, Executive membership rewards, same-day delivery
// through a delivery partner, the pharmacies, optical departments and
// hearing aid centers, whose patient information is governed by HIPAA and
// a Notice of Privacy Practices, product recall notices, the retail media
// advertising of the brands Costco sells, and the Costco co-branded credit
// card, which its issuing bank offers under its own notice. Addresses
// other than the headquarters, and the web and e-mail addresses, are
// illustrative.
func realPolicyUs13Costco() realPolicy {
	member := &policy.Category{ID: "member", Name: "Membership information", Items: []string{"name", "postal address", "email address and phone number", "membership number and type", "the household or business members on the membership"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your membership is active, and then as long as we need it for the purposes we collected it for or the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	photo := &policy.Category{ID: "photo", Name: "Membership card photo", Items: []string{"the photo of you we take for your membership card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	business := &policy.Category{ID: "business", Name: "Business membership information", Items: []string{"business name and address", "resale or tax exemption certificates", "the employees you add to your business membership"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("state sales tax law"),
		CCPA:      []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPACommercialInfo}}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase history", Items: []string{"what you buy in our warehouses, at our gas stations and online, and when and where", "returns and refunds", "your Executive membership reward"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your membership is active and as needed for returns, warranties, recalls and rewards"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit and debit card numbers", "Costco Shop Card numbers and balances"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the card in your account, and as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	health := &policy.Category{ID: "health", Name: "Pharmacy, optical and hearing aid information", Items: []string{"prescriptions and medication history", "eye exam results and eyeglass prescriptions", "hearing test results", "health insurance details"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your doctors and your health plan",
		Linked: true, GovernedBy: policy.SectoralHIPAA,
		Secrecy:   policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "the HIPAA Privacy Rule, 45 CFR Parts 160 and 164", Region: regionUS}}},
		Retention: policy.AsRequiredBy("HIPAA and the state laws on pharmacy and medical records")}
	idCheck := &policy.Category{ID: "id-check", Name: "Identification for age-restricted purchases", Items: []string{"your date of birth as shown on the ID you present"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("only as long as needed to complete the sale"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "browser and device type", "device, advertising and cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our website and app and measure advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	activity := &policy.Category{ID: "activity", Name: "Website and app activity", Items: []string{"the products you search for and view", "your lists and cart", "how you respond to our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run our website and app and understand how they are used"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's location, if you allow it in the app"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	video := &policy.Category{ID: "video", Name: "Video from our warehouses", Items: []string{"video from security cameras in our warehouses, gas stations and parking lots"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a limited time, unless we need it to investigate an incident or a claim"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	calls := &policy.Category{ID: "calls", Name: "Communications with Member Services", Items: []string{"calls, chats and emails with Member Services", "survey answers and product reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer you, train our staff and keep a record of what you asked"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"updated postal addresses", "demographic information", "the orders you place through our delivery partner"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data providers, the postal service's address updates and our delivery partner",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for the purpose we obtained it for"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your preferences", Items: []string{"the products and services you may like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for payments, hosting, delivery, member services, marketing and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{member, purchases, payment, device, activity, location, calls, video}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "Costco's subsidiaries and affiliates, such as Costco in other countries and Costco Travel", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{member, purchases}, Purpose: "to recognise your membership wherever you shop with us and provide the services you ask for"}
	delivery := &policy.Recipient{ID: "delivery", Name: "our same-day delivery partner", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{member, purchases}, Purpose: "you order same-day delivery, which the partner provides under its own privacy policy"}
	bank := &policy.Recipient{ID: "bank", Name: "the bank that issues the Costco co-branded credit card", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{member}, Purpose: "you apply for or hold the card, which the bank offers under its own privacy notice", NoticeURL: "https://www.cardissuer.example/costco/privacy"}
	services := &policy.Recipient{ID: "services", Name: "the companies that provide Costco Services, such as auto buying, insurance and home improvement", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{member}, Purpose: "you ask for a quote or a service, which the company then provides to you"}
	plans := &policy.Recipient{ID: "plans", Name: "your health plan, pharmacy benefit manager and doctors", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{health}, Purpose: "to fill and bill your prescriptions and eyewear and coordinate your care, as HIPAA allows"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and media platforms", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, inferences}, Purpose: "to show ads for Costco and the brands we sell on their sites and apps, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{member, purchases, video}, Purpose: "the law requires it, they serve valid legal process on us, or we report a crime"}

	membership := &policy.Purpose{ID: "membership", Name: "Selling and renewing memberships, issuing membership cards and checking them at the entrance and the registers", Categories: []*policy.Category{member, photo, business},
		Recipients: []*policy.Recipient{providers, affiliates}, MinimumAge: 18,
		Required: "to become a member you must give your name, address and a way to reach you and have your photo taken for the card; without them we cannot issue a membership"}
	sales := &policy.Purpose{ID: "sales", Name: "Selling products and services in our warehouses, at our gas stations and online, and delivering orders", Categories: []*policy.Category{member, purchases, payment},
		Recipients: []*policy.Recipient{providers, delivery},
		Required:   "to order online you must give a delivery address and a way to pay; without them we cannot take the order"}
	rewards := &policy.Purpose{ID: "rewards", Name: "Calculating the annual reward of Executive members", Categories: []*policy.Category{member, purchases},
		Recipients: []*policy.Recipient{providers}}
	pharmacy := &policy.Purpose{ID: "pharmacy", Name: "Filling prescriptions, fitting eyeglasses and contact lenses, and testing hearing and fitting hearing aids", Categories: []*policy.Category{member, health},
		Recipients: []*policy.Recipient{plans},
		Required:   "we need your prescription, date of birth and insurance details to fill and bill a prescription"}
	recalls := &policy.Purpose{ID: "recalls", Name: "Telling members when a product they bought is recalled", Categories: []*policy.Category{member, purchases},
		Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers, coupon books and our member magazine by email and mail", Categories: []*policy.Category{member, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, or by asking Member Services to stop mail", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", DirectMarketing: true, Name: "Sending offers and order and pharmacy updates by text message", Categories: []*policy.Category{member},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to any text", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "the Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for Costco and the brands we sell, on our website and app and on others", Categories: []*policy.Category{device, activity, purchases, inferences},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	card := &policy.Purpose{ID: "credit-card", Name: "Offering the Costco co-branded credit card with its issuing bank", Categories: []*policy.Category{member},
		Recipients: []*policy.Recipient{bank}}
	costcoServices := &policy.Purpose{ID: "services", Name: "Passing your request to the companies that provide Costco Services", Categories: []*policy.Category{member},
		Recipients: []*policy.Recipient{services}}
	age := &policy.Purpose{ID: "age", Name: "Selling alcohol and tobacco only to people of legal age", Categories: []*policy.Category{idCheck},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "state alcohol and tobacco laws and the federal minimum age of 21 for tobacco, 21 U.S.C. 387f(d)(5)", Region: regionUS}},
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDocument},
		Required:  "we cannot sell you alcohol or tobacco without checking a valid ID"}
	locate := &policy.Purpose{ID: "location", Name: "Finding the nearest warehouse and gas station and showing their hours and gas prices", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	security := &policy.Purpose{ID: "security", Name: "Protecting our members, employees and warehouses, and preventing fraud, theft and misuse of memberships", Categories: []*policy.Category{member, photo, purchases, payment, device, video},
		Recipients: []*policy.Recipient{providers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by calling Member Services"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions and handling returns", Categories: []*policy.Category{member, purchases, calls},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how members shop and improving our warehouses, website, app and selection", Categories: []*policy.Category{purchases, activity, calls, thirdParty, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{member, purchases, video},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Costco Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Costco Wholesale Corporation", Address: "999 Lake Drive, Issaquah, WA 98027, USA", Phone: "1-800-774-2678"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.costco.example/privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"Costco warehouses, gas stations, pharmacies, optical departments and hearing aid centers in the United States and Puerto Rico", "costco.example, the Costco app and our other websites"},
		OtherNotices: []policy.Notice{
			{Covers: "the patients of our pharmacies, optical departments and hearing aid centers (our Notice of Privacy Practices under HIPAA)", URL: "https://www.costco.example/privacy/hipaa"},
			{Covers: "consumer health data under the laws of Washington and Nevada (our Consumer Health Data Privacy Policy)", URL: "https://www.costco.example/privacy/consumer-health-data"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{member, photo, business, purchases, payment, health, idCheck, device, activity, location, video, calls, thirdParty, inferences},
		NotCollected: []policy.Exclusion{
			{ID: "card.security-code", Name: "the security code of your card after a purchase", Category: payment, Note: "Our payment processors check it when you pay; we do not keep it."},
		},
		Purposes:   []*policy.Purpose{membership, sales, rewards, pharmacy, recalls, marketing, texts, ads, card, costcoServices, age, locate, security, support, improve, legal},
		Recipients: []*policy.Recipient{providers, affiliates, delivery, bank, services, plans, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands may receive reports on how their products and ads perform among groups of members, not who bought them."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and remember your cart and warehouse", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{activity},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your online account, or by asking Member Services"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link at the bottom of our website or in the app's settings"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationEmail, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "We match what you give us, such as your membership number and the address on your membership, with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.costco.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-774-2678"},
			TollFreeNumber: "1-800-774-2678", Under16: policy.AnswerNo, LargeVolume: true, MetricsURL: "https://www.costco.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with the appeal form we link to in our answer", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.costco.example/privacy/request", CookieSettings: "https://www.costco.example/privacy/your-privacy-choices"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our website and app are for a general audience, and we do not knowingly collect personal information online from children under 13."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "Costco Wholesale Corporation, Attn: Privacy Office", Address: "999 Lake Drive, Issaquah, WA 98027, USA", Email: "privacy@costco.example", Phone: "1-800-774-2678"},
	}
	return realPolicy{"warehouse club (Costco)", p, []statement{
		{says: "Costco Wholesale Corporation in Issaquah, Washington, is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Costco") && strings.Contains(p.Controller.Address, "Issaquah") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers our warehouses, gas stations, pharmacies, optical and hearing aid centers in the US and Puerto Rico, and our website and app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Puerto Rico")
		}},
		{says: "patients of our pharmacies, optical departments and hearing aid centers are covered by our Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			c := p.Category("health")
			return c.GovernedBy == policy.SectoralHIPAA && strings.Contains(p.OtherNotices[0].Covers, "HIPAA") && p.OtherNotices[0].URL != ""
		}},
		{says: "consumer health data under Washington and Nevada law is covered by our Consumer Health Data Privacy Policy", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Washington") && p.OtherNotices[1].URL != ""
		}},
		{says: "to become a member you give your name, address, email and phone, and we take your photo for the membership card", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").Uses(p.Category("photo")) && p.Purpose("membership").Required != "" && len(p.Category("member").Items) == 5
		}},
		{says: "members must be at least 18 years old", typed: func(p *policy.Policy) bool { return p.Purpose("membership").MinimumAge == 18 }},
		{says: "we check membership cards at the entrance and at the registers, and compare the photo on the card with the person using it, so that only members use their membership", free: toPurpose("membership")},
		{says: "business members give their business name and address and tax exemption certificates, and add employees to the membership", typed: func(p *policy.Policy) bool {
			c := p.Category("business")
			return c.Retention.Kind == policy.RetentionRequiredByLaw && slices.Contains(c.CCPA, policy.CCPAProfessionalInfo)
		}},
		{says: "we keep what you buy in our warehouses, at our gas stations and online, linked to your membership", typed: func(p *policy.Policy) bool {
			c := p.Category("purchases")
			return c.Linked && slices.Contains(c.CCPA, policy.CCPACommercialInfo) && p.Purpose("sales").Uses(c)
		}},
		{says: "we use your purchases to calculate the annual reward of Executive members", typed: func(p *policy.Policy) bool { return p.Purpose("rewards").Uses(p.Category("purchases")) }},
		{says: "we use purchase records to tell members when a product they bought is recalled", typed: func(p *policy.Policy) bool {
			return p.Purpose("recalls").Uses(p.Category("purchases")) && p.Purpose("recalls").Uses(p.Category("member"))
		}},
		{says: "we take card payments and Costco Shop Cards, and do not keep your card's security code", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Sensitivity == policy.SensitivitySensitive && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "our pharmacies, optical departments and hearing aid centers collect prescriptions, exam and test results and insurance details, kept as the law requires", typed: func(p *policy.Policy) bool {
			c := p.Category("health")
			return c.Sensitivity == policy.SensitivitySpecial && c.Secrecy.Kind == policy.SecrecyMedical && c.Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we share pharmacy information with your health plan, pharmacy benefit manager and doctors to fill and bill prescriptions", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("pharmacy").Recipients, recipient(p, "plans"))
		}},
		{says: "we check ID before selling alcohol or tobacco", typed: func(p *policy.Policy) bool {
			a := p.Purpose("age")
			return slices.Contains(a.AgeChecks, policy.AgeCheckDocument) && a.HasBasis(policy.BasisLegalObligation) && len(a.Obligations) == 1
		}},
		{says: "our website and app collect IP address, device and cookie identifiers, and what you search for, view and put in your cart", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && slices.Contains(p.Category("activity").Sources, policy.SourceAutomatic)
		}},
		{says: "with your permission the app uses your location to find the nearest warehouse and gas prices", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "security cameras record our warehouses, gas stations and parking lots", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("video")) && slices.Contains(p.Category("video").CCPA, policy.CCPASensoryData)
		}},
		{says: "we may record calls with Member Services", typed: func(p *policy.Policy) bool { return p.Category("calls").RecordingNotice }},
		{says: "we receive address updates, demographic information and delivery orders from other companies", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != ""
		}},
		{says: "we infer the products and services you may like from what you buy and browse", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we send offers, coupon books and our member magazine by email and mail, and you can stop them", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && m.OptOutHow != ""
		}},
		{says: "we send text messages only with your consent, and you stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && strings.Contains(t.Withdraw, "STOP")
		}},
		{says: "we and advertising partners show ads for Costco and the brands we sell on our sites and others, using cookies, pixels and purchase information", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Uses(p.Category("purchases")) && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "brands receive reports on how their products and ads perform among groups of members, not who bought them", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && d.Note != "" && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "same-day delivery is provided by a delivery partner under its own privacy policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "delivery")
			return r.Role == policy.RoleThirdParty && r.Conditional
		}},
		{says: "the Costco credit card is offered by its issuing bank under the bank's own privacy notice", typed: func(p *policy.Policy) bool { return recipient(p, "bank").NoticeURL != "" }},
		{says: "when you ask about Costco Services such as auto buying or insurance, we pass your details to the company that provides it", typed: func(p *policy.Policy) bool {
			return recipient(p, "services").Conditional && p.Purpose("services").Recipients[0] == recipient(p, "services")
		}},
		{says: "service providers process information for us, and Costco companies in other countries recognise your membership", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "affiliates") != nil
		}},
		{says: "we may cancel a membership or an order for fraud or misuse, and a member can call Member Services about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != ""
		}},
		{says: "we disclose information on legal process, to protect people and our business, and in a sale of our business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "sharing with advertising partners may be a sale or sharing under California law, and in the last 12 months we did so with identifiers, internet activity and inferences", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3
		}},
		{says: "you opt out of sale, sharing and targeted advertising with the Your Privacy Choices link or a Global Privacy Control signal", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only for the purposes the law allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, and we will not discriminate against you", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by calling our toll-free number, we verify them by matching your membership details, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "residents of other states with privacy laws may appeal a refusal and then complain to their Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish the numbers of the requests we receive", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we keep information as long as needed for the purposes we collected it for, and after a deletion request keep what the law and fraud prevention need", typed: func(p *policy.Policy) bool {
			return p.Category("member").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptFraud) && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with administrative, technical and physical safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "we never ask for your password or payment details in an unsolicited email or text, and you should not answer messages that do, such as fake surveys that promise a prize", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our website and app are not meant for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "sites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we post changes on this page with a new date, and they take effect when posted", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && !p.Updated.IsZero()
		}},
		{says: "questions go to our Privacy Office by email, mail or phone", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone != "" && p.Contact.Address != ""
		}},
		// Free text.
		{says: "the household card holder and business members are responsible for the people they add to their membership, who share its purchase history", free: toCategory("member")},
		{says: "gas station and car wash purchases need an active membership card at the pump", free: toPurpose("sales")},
		{says: "Costco Travel, Costco Next suppliers and the other services we link to have their own terms for what they collect", free: toIntroduction},
	}}
}

// realPolicyUs13ATT paraphrases, in our own words and as we recall it,
// the AT&T Privacy Notice for its consumer customers in the United States,
// as published in 2024-2025, with its state privacy rights section for
// California and the other states with privacy laws: AT&T wireless, AT&T
// Fiber and Internet Air and home phone service, the network data a
// carrier holds about calls and usage, which federal law protects as
// customer proprietary network information (CPNI, 47 U.S.C. 222), the
// Relevant Advertising programme and the Enhanced Relevant Advertising
// programme customers join with consent, de-identified insights for
// businesses, spam call blocking with ActiveArmor, Wireless Account Lock
// against unauthorised number transfers, international roaming and number
// porting, credit checks under the Fair Credit Reporting Act and directory
// listings. Cricket Wireless and DIRECTV have their own notices.
// Addresses other than the headquarters, the web addresses and the e-mail
// address are illustrative.
func realPolicyUs13ATT() realPolicy {
	cpni := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{
		{Act: "the Communications Act, 47 U.S.C. 222, and the FCC's CPNI rules, 47 CFR 64.2001 et seq.", Region: regionUS}}}
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "service and billing address", "email address and phone numbers", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are a customer, and then as long as we need it for business, tax or legal purposes"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	login := &policy.Category{ID: "login", Name: "Account security information", Items: []string{"account number", "account passcode and security questions", "myAT&T user ID and password"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	billing := &policy.Category{ID: "billing", Name: "Billing and payment information", Items: []string{"bank account and card numbers", "the plans and devices you buy and your payment history", "installment agreements for devices"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal and state tax and accounting law"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo, policy.CCPASensitivePersonalInfo}}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"Social Security number", "credit reports and scores from consumer reporting agencies"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	network := &policy.Category{ID: "network", Name: "Network and usage information (CPNI)", Items: []string{"the numbers you call and text and that call and text you, and when and how long", "how much data you use", "your plan and features", "the cell sites your device connects to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: cpni,
		VisibleTo: []policy.Audience{policy.AudienceOtherMembers},
		Retention: policy.ByCriteria("as long as needed to bill you, run the network and resolve disputes, and as long as the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	location := &policy.Category{ID: "location", Name: "Location of your device", Items: []string{"the location of your device from our network, GPS and Wi-Fi"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: cpni,
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Retention:   policy.ByCriteria("as long as needed to route your calls and data, run the network and provide the services that use it"),
		CCPA:        []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	browsing := &policy.Category{ID: "browsing", Name: "Web browsing and app usage", Items: []string{"the websites you visit and the apps you use on our network", "the time you spend on them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("a limited time, as long as needed for the programmes you joined"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"device type and identifiers such as the IMEI", "IP address", "cookie and advertising identifiers", "the pages you visit on our sites and apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	calls := &policy.Category{ID: "calls", Name: "Communications with us", Items: []string{"calls and chats with customer service and in our stores", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed for quality, training and to keep a record of what you asked"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	directory := &policy.Category{ID: "directory", Name: "Directory listing", Items: []string{"the name, address and number of a home phone customer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.ByCriteria("as long as you keep a listed home phone line with us"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other companies", Items: []string{"demographic and interest information", "information to verify your identity and prevent fraud"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data companies, marketing partners and fraud prevention services",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for the purpose we obtained it for"),
		CCPA: []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPAIdentifiers}}
	inferences := &policy.Category{ID: "inferences", Name: "Interest categories", Items: []string{"interests such as sports or travel", "the products and services you may want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, device, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones or you leave the programme"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the AT&T family of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, billing, network}, Purpose: "to provide and market communications-related services, as the CPNI rules allow"}
	providers := &policy.Recipient{ID: "providers", Name: "suppliers that provide billing, customer service, marketing, analytics and other services for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, billing, network, device, calls}}
	carriers := &policy.Recipient{ID: "carriers", Name: "other carriers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, network, location}, Purpose: "to connect your calls and texts, serve you when you roam on their networks, and move your number when you switch carriers"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies and collection agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, credit, billing}, Purpose: "to check your credit when you open service or buy a device on installments, to report how you pay, and to collect what you owe"}
	directories := &policy.Recipient{ID: "directories", Name: "directory publishers and directory assistance providers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{directory}, Purpose: "to publish listed numbers, unless you ask for a non-published number"}
	identity := &policy.Recipient{ID: "identity", Name: "companies that verify identity and prevent fraud for banks and other businesses", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, network}, Purpose: "you ask them to verify your identity, such as when you sign in to your bank, and consent to our confirming your details"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies that place cookies and tags on our sites and apps", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences}, Purpose: "to show you our ads on other sites and apps and measure them"}
	emergency := &policy.Recipient{ID: "emergency", Name: "emergency services and public safety answering points", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, location}, Purpose: "you call 911, or someone's life or safety is at risk"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, billing, network, location}, Purpose: "they serve a subpoena, court order or other valid legal process on us"}

	service := &policy.Purpose{ID: "service", Name: "Providing, billing and supporting your wireless, internet and home phone services", Categories: []*policy.Category{account, login, billing, network, location},
		Recipients: []*policy.Recipient{providers, affiliates, carriers},
		Required:   "we need your name, service address and a way to pay to provide service; without them we cannot open an account"}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking your credit when you open service or buy a device on installments, and reporting how you pay", Categories: []*policy.Category{account, credit, billing},
		Recipients: []*policy.Recipient{bureaus},
		Required:   "without your Social Security number we cannot check your credit, and may ask for a deposit instead"}
	networkOps := &policy.Purpose{ID: "network", Name: "Running, protecting and improving our network", Categories: []*policy.Category{network, location, device},
		Recipients: []*policy.Recipient{providers}}
	spam := &policy.Purpose{ID: "spam", Name: "Identifying and blocking spam and fraud calls with ActiveArmor", Categories: []*policy.Category{network},
		OptOut: true, OptOutHow: "in the ActiveArmor app or your account settings"}
	cpniMarketing := &policy.Purpose{ID: "cpni-marketing", DirectMarketing: true, Name: "Offering you communications-related services based on your network usage information (CPNI)", Categories: []*policy.Category{network, account},
		OptOut: true, OptOutHow: "by calling us or in your myAT&T privacy settings", Recipients: []*policy.Recipient{affiliates}}
	relevant := &policy.Purpose{ID: "relevant-ads", DirectMarketing: true, Name: "Relevant Advertising: choosing the ads you see from information such as your address, age range and device", Categories: []*policy.Category{account, device, thirdParty, inferences},
		Profiling: true, OptOut: true, OptOutHow: "in the privacy choices of your myAT&T account", Recipients: []*policy.Recipient{adPartners}}
	enhanced := &policy.Purpose{ID: "enhanced-ads", DirectMarketing: true, Name: "Enhanced Relevant Advertising: choosing the ads you see also from your web browsing, app usage and location", Categories: []*policy.Category{browsing, location, inferences},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in the privacy choices of your myAT&T account, at any time",
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	insights := &policy.Purpose{ID: "insights", Name: "Creating de-identified insights about groups of customers for businesses and public bodies", Categories: []*policy.Category{network, location, device},
		OptOut: true, OptOutHow: "in the privacy choices of your myAT&T account"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and offers by email, mail, phone and text", Categories: []*policy.Category{account, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	directoryP := &policy.Purpose{ID: "directory", Name: "Publishing directory listings and providing directory assistance", Categories: []*policy.Category{directory},
		Recipients: []*policy.Recipient{directories}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Verifying identity and preventing fraud, theft of service and unauthorised transfers of your number", Categories: []*policy.Category{account, login, network, device, thirdParty},
		Recipients: []*policy.Recipient{providers, identity},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundNonPayment},
			Contest: "by calling customer service or paying the amount due"}}
	support := &policy.Purpose{ID: "support", Name: "Answering your calls and chats and training our staff", Categories: []*policy.Category{account, calls},
		Recipients: []*policy.Recipient{providers}}
	safety := &policy.Purpose{ID: "emergency", Name: "Passing your location and number to emergency services when you call 911", Categories: []*policy.Category{location, account},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{emergency},
		Obligations: []policy.Obligation{{Act: "the FCC's 911 rules, 47 CFR Part 9", Region: regionUS}}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{account, billing, network, location},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Communications Assistance for Law Enforcement Act, 47 U.S.C. 1001 et seq., and the Stored Communications Act, 18 U.S.C. 2703", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "AT&T Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "AT&T Inc. and its affiliates", Address: "208 S. Akard Street, Dallas, TX 75202, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.att.example/privacy/privacy-notice",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"AT&T wireless, AT&T Fiber and other internet, and home phone services for consumers", "att.example, the myAT&T app and our other apps"},
		OtherNotices: []policy.Notice{
			{Covers: "Cricket Wireless and DIRECTV, which have their own notices"},
			{Covers: "AT&T Business customers, whose contracts govern their services"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{account, login, billing, credit, network, location, browsing, device, calls, directory, thirdParty, inferences},
		Purposes:    []*policy.Purpose{service, creditCheck, networkOps, spam, cpniMarketing, relevant, enhanced, insights, marketing, directoryP, fraud, support, safety, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, carriers, bureaus, directories, identity, adPartners, emergency, authorities},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{account, network, location},
			Note: "When you roam abroad, the carrier whose network you use there receives what it needs to serve you."}},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Insights describe groups of customers, such as how many people pass a billboard, never who they are."},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in to myAT&T", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and tags", Party: policy.PartyThird, Provider: adPartners, Purpose: relevant, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link or in myAT&T"},
			{Kind: policy.RightWithdrawConsent, How: "in the privacy choices of your myAT&T account"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "Customers verify by signing in to myAT&T; others by matching what they give us with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.att.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the Your Privacy Choices page", "1-800-331-0500"}, TollFreeNumber: "1-800-331-0500",
			LargeVolume: true, MetricsURL: "https://www.att.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with the appeal link in our answer to your request", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureAccessControl, Description: "We ask for your passcode or a one-time code before we discuss your account, and Wireless Account Lock, once you turn it on, stops anyone moving your number or lines to another carrier or account."},
			{Kind: policy.MeasureInternalRules, Description: "Our employees must protect customer information under our Code of Business Conduct."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.att.example/privacy/request", CookieSettings: "https://www.att.example/privacy/your-privacy-choices"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our sites are not for children under 13. An account holder who gives a line to a child is responsible for how it is used and may turn on parental controls."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Name: "AT&T Privacy Team", Address: "208 S. Akard Street, Dallas, TX 75202, USA", Email: "privacy@att.example", Phone: "1-800-331-0500"},
	}
	return realPolicy{"wireless carrier (AT&T)", p, []statement{
		{says: "AT&T Inc. and its affiliates in Dallas are responsible for the information this notice covers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "AT&T") && strings.Contains(p.Controller.Address, "Dallas") && p.Controller.Country == regionUS
		}},
		{says: "the notice covers our consumer wireless, internet and home phone services and our sites and apps", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "Fiber")
		}},
		{says: "Cricket Wireless and DIRECTV have their own notices, and business customers' contracts govern their services", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Cricket") && strings.Contains(p.OtherNotices[1].Covers, "Business")
		}},
		{says: "we collect your name, addresses, email, phone numbers and date of birth", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4
		}},
		{says: "we keep your account number, passcode and myAT&T login, which are sensitive, to secure your account", typed: func(p *policy.Policy) bool {
			c := p.Category("login")
			return slices.Contains(c.CCPA, policy.CCPASensitivePersonalInfo) && p.Purpose("fraud").Uses(c)
		}},
		{says: "we keep payment details, what you buy and your installment agreements", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Sensitivity == policy.SensitivitySensitive && p.Purpose("service").Uses(p.Category("billing"))
		}},
		{says: "we need your name, service address and a way to pay to provide service", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we check your credit when you open service or buy a device on installments, under the Fair Credit Reporting Act", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return c.GovernedBy == policy.SectoralFCRA && p.Purpose("credit").Required != ""
		}},
		{says: "we report how you pay to credit bureaus and send unpaid accounts to collection agencies", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "bureaus").Categories, p.Category("billing"))
		}},
		{says: "our network records the numbers you call and text, when and for how long, your data use and the cell sites your device uses", typed: func(p *policy.Policy) bool {
			c := p.Category("network")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "this is CPNI, which federal law requires us to protect", typed: func(p *policy.Policy) bool {
			s := p.Category("network").Secrecy
			return s.Kind == policy.SecrecyCommunications && strings.Contains(s.Laws[0].Act, "222")
		}},
		{says: "we use CPNI to offer you communications-related services of the AT&T family unless you restrict it", typed: func(p *policy.Policy) bool {
			m := p.Purpose("cpni-marketing")
			return m.OptOut && m.OptOutHow != "" && slices.Contains(m.Recipients, recipient(p, "affiliates"))
		}},
		{says: "restricting the use of your CPNI does not change your service", free: toPurpose("cpni-marketing")},
		{says: "the account holder can see the usage and call details of every line on the account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("network").VisibleTo, policy.AudienceOtherMembers)
		}},
		{says: "our network knows where your device is, from cell sites, GPS and Wi-Fi, and we treat that location as sensitive", typed: func(p *policy.Policy) bool {
			c := p.Category("location")
			return c.Sensitivity == policy.SensitivitySensitive && slices.Contains(c.CCPA, policy.CCPAGeolocation)
		}},
		{says: "we pass your location and number to emergency services when you call 911", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("emergency").Obligations) == 1 && recipient(p, "emergency").Role == policy.RoleAuthority
		}},
		{says: "we share what is needed with other carriers to connect your calls, serve you when you roam and move your number when you switch", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("service").Recipients, recipient(p, "carriers"))
		}},
		{says: "when you roam abroad, the carrier of the country you are in receives what it needs to serve you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "carriers")
		}},
		{says: "we use network data to run, protect and improve the network", typed: func(p *policy.Policy) bool { return p.Purpose("network").Uses(p.Category("network")) }},
		{says: "ActiveArmor uses call information to identify and block spam and fraud calls, and you can turn it off", typed: func(p *policy.Policy) bool {
			s := p.Purpose("spam")
			return s.Uses(p.Category("network")) && s.OptOut && s.OptOutHow != ""
		}},
		{says: "Relevant Advertising chooses ads from your address, age range, device and interests, and you can opt out", typed: func(p *policy.Policy) bool {
			r := p.Purpose("relevant-ads")
			return r.OptOut && r.Profiling && r.Uses(p.Category("third-party"))
		}},
		{says: "Enhanced Relevant Advertising also uses your web browsing, app usage and location, only if you opt in, and you can leave at any time", typed: func(p *policy.Policy) bool {
			e := p.Purpose("enhanced-ads")
			return e.RestsOnConsent() && e.Uses(p.Category("browsing")) && e.Uses(p.Category("location")) && e.Withdraw != ""
		}},
		{says: "we do not give advertisers information that identifies you in these programmes", free: toPurpose("relevant-ads")},
		{says: "we create de-identified insights about groups of customers for businesses and public bodies, and you can opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("insights").OptOut && hasDisclosure(p, policy.DisclosureAggregate) != nil && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we group customers into interest categories from account, device and third-party information", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we publish listed home phone numbers in directories unless you ask for a non-published number", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityDefault && p.Purpose("directory").Recipients[0] == recipient(p, "directories")
		}},
		{says: "we record calls with customer service for quality and training", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Uses(p.Category("calls"))
		}},
		{says: "with your consent we may confirm your details to companies that verify your identity for banks and others", typed: func(p *policy.Policy) bool {
			return recipient(p, "identity").Conditional && slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "identity"))
		}},
		{says: "we ask for your passcode before discussing your account, and Wireless Account Lock stops unauthorised transfers of your number", typed: func(p *policy.Policy) bool {
			for _, m := range p.Security {
				if m.Kind == policy.MeasureAccessControl && strings.Contains(m.Description, "Wireless Account Lock") {
					return true
				}
			}
			return false
		}},
		{says: "we may suspend service for fraud or unpaid bills", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetServices) && slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment)
		}},
		{says: "we market our products by email, mail, phone and text, and you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "advertising companies place cookies on our sites, which California law may treat as a sale or sharing of identifiers, internet activity and inferences", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3 && cookie(p, "advertising").Party == policy.PartyThird
		}},
		{says: "you opt out of sale, sharing and targeted advertising with the Your Privacy Choices link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only as the law allows, or with your consent", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && p.Purpose("enhanced-ads").RestsOnConsent()
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "you may ask to know, access, correct, delete and take a copy of your information, and withdraw consent, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests online or by phone, verify by signing in or by matching details, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we publish the numbers of privacy requests we receive", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "we disclose information on legal process, to protect people and our network, and in a sale of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep information as long as needed for business, tax or legal reasons, and keep what the law and fraud prevention need after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we protect information with encryption, access controls and employee training, under our Code of Business Conduct", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "we never call or text asking for your passcode or one-time codes, and you should not answer messages that do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our sites are not for children under 13, and an account holder who gives a child a line is responsible for it", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "responsible")
		}},
		{says: "we tell you of material changes by email or a notice in myAT&T or on your bill", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "questions go to the AT&T privacy team", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Contact.Name, "Privacy") && p.Contact.Email != ""
		}},
		// Free text.
		{says: "your name and number are shown to the people you call unless you block Caller ID", free: toCategory("network")},
		{says: "we do not sell your location to data brokers or location aggregators", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("location").Commitments, policy.CommitmentNoSale)
		}},
	}}
}

// realPolicyUs13PayPal paraphrases, in our own words and as we recall it,
// the PayPal US Privacy Statement of PayPal, Inc., as published in
// 2024-2025, with its section for California residents: the PayPal
// account for sending and receiving money and paying merchants online,
// identity verification, risk models that may limit an account or hold a
// payment, the personalised shopping experience PayPal introduced in
// 2025, which shares purchase information with merchants unless the
// customer opts out, Pay in 4 and other credit, crypto through a partner,
// signing in to other services with PayPal, and device biometrics that
// stay on the device. PayPal is a financial institution under the
// Gramm-Leach-Bliley Act, whose own consumer notice governs most of what
// a customer gives and which the CCPA exempts. Venmo, Xoom and Honey
// have their own statements. The web and e-mail addresses and the street
// address of the privacy contact are illustrative.
func realPolicyUs13PayPal() realPolicy {
	bsa := "the Bank Secrecy Act's record-keeping rules (31 CFR 1010.430)"
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "email address", "phone number", "postal address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: bsa, Criteria: "at least five years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	identity := &policy.Category{ID: "identity", Name: "Identity verification information", Items: []string{"date of birth", "Social Security number or taxpayer identification number", "images of a government-issued ID", "a selfie compared with that ID"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "31 CFR 1020.220 and 1010.430", Criteria: "at least five years after your account closes"}}
	funding := &policy.Category{ID: "funding", Name: "Bank account and card information", Items: []string{"bank account and routing numbers", "debit and credit card numbers", "the balance of a linked bank account, where you link it through a partner"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your bank and the account-linking partner you use", Linked: true,
		GovernedBy: policy.SectoralGLBA, Retention: policy.WhileAccountActive(policy.Years(5))}
	transactions := &policy.Category{ID: "transactions", Name: "Transaction information", Items: []string{"who you pay and who pays you", "amount, date and currency", "what you buy from merchants, where they tell us", "your balance and your PayPal rewards"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "the merchants you pay",
		Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: bsa, Criteria: "at least five years after the transaction"}}
	participants := &policy.Category{ID: "participants", Name: "Information about the people you pay or who pay you", Items: []string{"their name, email address or phone number", "the shipping address you give for a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true, OthersConsent: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: bsa, Criteria: "at least five years after the transaction"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	contacts := &policy.Category{ID: "contacts", Name: "Phone contacts", Items: []string{"the names, phone numbers and email addresses in your phone's contacts, if you sync them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, DevicePermission: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	biometrics := &policy.Category{ID: "device-biometrics", Name: "Fingerprint or face used to sign in", Items: []string{"the fingerprint or face your phone checks when you sign in with it"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, OnDevice: policy.OnDeviceOnly,
		Retention: policy.ByCriteria("as long as you keep it on your phone")}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address and the approximate location it shows", "device identifiers, model and operating system", "how you use our sites and app", "login times"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to secure accounts and improve our services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's GPS location"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed to secure your account and the payment"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"credit reports and scores, where you apply for Pay in 4, Pay Monthly or PayPal Credit", "how you repay"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "consumer reporting agencies", Linked: true,
		GovernedBy: policy.SectoralFCRA, Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	risk := &policy.Category{ID: "risk", Name: "Risk and compliance assessments", Items: []string{"fraud risk scores", "sanctions screening results", "alerts of unusual payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, identity, transactions, device}, Linked: true,
		GovernedBy: policy.SectoralGLBA, Retention: policy.AsRequiredBy("the Bank Secrecy Act and its regulations")}
	shopping := &policy.Category{ID: "shopping", Name: "Shopping preferences", Items: []string{"the kinds of products and merchants you buy from", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{transactions, device}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones, or you turn off personalised shopping"), CCPA: []policy.CCPACategory{policy.CCPAInferences, policy.CCPACommercialInfo}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"chats and emails with customer service", "recordings of phone calls", "disputes and claims you raise"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve the matter and to show how we handled it"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	business := &policy.Category{ID: "business", Name: "Business account information", Items: []string{"business name, type and tax ID", "the names and dates of birth of owners and officers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "public business registers", Linked: true,
		Retention: policy.AsRequiredBy("31 CFR 1010.230 (beneficial ownership) and 1010.430"), CCPA: []policy.CCPACategory{policy.CCPAProfessionalInfo, policy.CCPAIdentifiers}}
	web := &policy.Category{ID: "web", Name: "Cookie and advertising information", Items: []string{"cookie and advertising identifiers", "pages you visit on our websites", "ads you see and respond to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	group := &policy.Recipient{ID: "group", Name: "the PayPal family of companies, such as Venmo, Xoom, Braintree and Honey", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, identity, transactions, device, risk}, Purpose: "to provide, secure and improve our services, manage risk and, unless you opt out, market their products to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, identity verification, customer service, payment processing and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, identity, funding, transactions, device, support}}
	merchants := &policy.Recipient{ID: "merchants", Name: "the merchants you pay and their service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, participants, transactions, shopping}, Purpose: "to complete your purchase, handle returns and disputes and, unless you opt out, personalise their offers to you", OwnPolicy: true}
	users := &policy.Recipient{ID: "users", Name: "the people you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions}, Purpose: "to complete the payment, showing your name, email address or phone number and the note you add"}
	banks := &policy.Recipient{ID: "banks", Name: "banks and card networks", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, funding, transactions}, Purpose: "to move money in and out of your account and authorise card payments"}
	lenders := &policy.Recipient{ID: "lenders", Name: "the banks that issue PayPal Credit and Pay Monthly", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, identity, transactions, credit}, Purpose: "you apply for or use their credit, which they offer under their own privacy notices"}
	crypto := &policy.Recipient{ID: "crypto", Name: "Paxos Trust Company, which holds and trades crypto for us", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, identity, transactions}, Purpose: "you buy, sell or hold crypto"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, identity, credit}, Purpose: "to verify your identity, check your credit where you apply for it, and report how you repay"}
	connected := &policy.Recipient{ID: "connected", Name: "the sites and apps you sign in to with PayPal", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account}, Purpose: "you choose to sign in to them with PayPal and agree to what they receive"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and other government agencies, such as FinCEN and the IRS", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, identity, transactions, risk, device}, Purpose: "the law requires a report, or they serve valid legal process on us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to show our ads on other websites and apps and measure them"}

	service := &policy.Purpose{ID: "service", Name: "Providing your account, making your payments and paying merchants", Categories: []*policy.Category{account, funding, transactions, participants, device},
		Recipients: []*policy.Recipient{group, providers, merchants, users, banks},
		Required:   "you must give your name, email address, phone number and a bank account or card to send money; without them we cannot open an account"}
	contactsP := &policy.Purpose{ID: "contacts", Name: "Helping you find people to pay from your phone's contacts", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off contact syncing in the settings or the phone's permissions"}
	signIn := &policy.Purpose{ID: "sign-in", Name: "Signing you in, with your password, a passkey or your phone's fingerprint or face", Categories: []*policy.Category{account, biometrics, device}}
	kyc := &policy.Purpose{ID: "kyc", Name: "Verifying your identity", Categories: []*policy.Category{account, identity, business},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers, bureaus},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs)", Region: regionUS},
			{Act: "31 CFR 1010.230 (beneficial owners of legal entity customers)", Region: regionUS}},
		Required: "federal law requires us to verify who you are before you can hold a balance, send larger amounts or withdraw; without it those features stay closed"}
	aml := &policy.Purpose{ID: "aml", Name: "Screening for sanctions and monitoring for money laundering", Categories: []*policy.Category{account, identity, transactions, risk},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS},
			{Act: "state money transmitter laws", Region: regionUS}},
		TippingOff: []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Assessing risk, preventing fraud and protecting accounts", Categories: []*policy.Category{account, device, location, transactions, funding, risk},
		Recipients:    []*policy.Recipient{group, providers},
		Automated:     "our models score each payment and login for risk, and may decline a payment, hold funds or limit an account they judge risky",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundUnauthorised, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "in the Resolution Center or by contacting customer service", HumanReview: true}}
	lending := &policy.Purpose{ID: "credit", Name: "Deciding on applications for Pay in 4, Pay Monthly and PayPal Credit", Categories: []*policy.Category{account, identity, credit, transactions},
		Recipients:    []*policy.Recipient{lenders, bureaus},
		Automated:     "we or the issuing bank decide whether to approve you and for how much from your credit report and your PayPal activity",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial}}
	cryptoP := &policy.Purpose{ID: "crypto", Name: "Buying, selling and holding crypto", Categories: []*policy.Category{account, identity, transactions},
		Recipients: []*policy.Recipient{crypto}}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting payments for goods and services to tax authorities", Categories: []*policy.Category{account, identity, transactions},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Internal Revenue Code, 26 U.S.C. 6050W (Form 1099-K)", Region: regionUS}, {Act: "26 U.S.C. 6045 (crypto sales)", Region: regionUS}},
		Required:    "if you receive payments for goods and services, the law requires your taxpayer identification number; without it we must withhold tax"}
	connect := &policy.Purpose{ID: "connect", Name: "Signing you in to other sites and apps with PayPal", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by removing the site or app from Connected apps in your settings",
		Recipients: []*policy.Recipient{connected}}
	personal := &policy.Purpose{ID: "personalised-shopping", DirectMarketing: true, Name: "Personalised shopping: telling merchants what you are likely to buy so that they can show you offers", Categories: []*policy.Category{transactions, shopping},
		Profiling: true, OptOut: true, OptOutHow: "by turning off personalised shopping under Data & Privacy in your settings", Recipients: []*policy.Recipient{merchants}}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions and resolving disputes and claims", Categories: []*policy.Category{support, account, transactions},
		Recipients: []*policy.Recipient{providers, merchants}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and those of the PayPal family", Categories: []*policy.Category{account, shopping},
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{group}}
	ads := &policy.Purpose{ID: "ads", Name: "Showing our ads on other websites and apps and measuring them", Categories: []*policy.Category{web, device},
		OptOut: true, Recipients: []*policy.Recipient{adPartners}, Profiling: true}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving our services", Categories: []*policy.Category{device, transactions},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PayPal, Inc.", Address: "2211 North First Street, San Jose, CA 95131, USA"}, Country: regionUS,
			Registration: "NMLS ID 910457; licensed as a money transmitter in the states that require it"},
		Title:   "PayPal US Privacy Statement",
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		URL:   "https://www.paypal.example/us/legalhub/privacy-full",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"PayPal accounts and services offered in the United States, our websites and apps, and PayPal checkout on merchants' sites"},
		OtherNotices: []policy.Notice{
			{Covers: "customers' nonpublic personal information under the Gramm-Leach-Bliley Act (the PayPal U.S. Consumer Privacy Notice)", URL: "https://www.paypal.example/us/legalhub/consumer-privacy-notice"},
			{Covers: "Venmo, Xoom and Honey, which have their own privacy statements"},
			{Covers: "PayPal Credit and Pay Monthly, whose issuing banks have privacy notices of their own"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{account, identity, funding, transactions, participants, contacts, biometrics, device, location, credit, risk, shopping, support, business, web},
		NotCollected: []policy.Exclusion{
			{ID: "bank.credentials", Name: "the username and password of your bank", Category: funding, Note: "The account-linking partner takes them to link your account; we do not keep them."},
		},
		Purposes:   []*policy.Purpose{service, contactsP, signIn, kyc, aml, fraud, lending, cryptoP, tax, connect, personal, help, marketing, ads, improve},
		Recipients: []*policy.Recipient{group, providers, merchants, users, banks, lenders, crypto, bureaus, connected, authorities, adPartners},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and analytics cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "under Data & Privacy in your settings"}, {Kind: policy.RightRectification, How: "in your settings or by asking customer service"},
			{Kind: policy.RightErasure, How: "by closing your account or under Data & Privacy in your settings"}, {Kind: policy.RightPortability, How: "by downloading your data under Data & Privacy"},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link on our website and in the app"},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.paypal.example/us/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"Data & Privacy in your account settings", "the privacy request form on our website", "our toll-free number"},
			TollFreeNumber: "1-888-221-1161", LargeVolume: true, MetricsURL: "https://www.paypal.example/us/legalhub/ccpa-metrics"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.paypal.example/us/privacy-request", CookieSettings: "https://www.paypal.example/us/your-privacy-choices"},
		Children:   policy.Children{MinimumAge: 18, Note: "Only adults may open a PayPal account, and we do not knowingly collect information from children."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Website: "https://www.paypal.example/us/smarthelp/contact-us/privacy", Address: "PayPal, Inc., Attn: Privacy, 2211 North First Street, San Jose, CA 95131, USA", Phone: "1-888-221-1161"},
	}
	return realPolicy{"online payments account (PayPal US)", p, []statement{
		{says: "PayPal, Inc. in San Jose, a licensed money transmitter, is responsible for your personal data", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "PayPal, Inc." && strings.Contains(p.Controller.Registration, "NMLS")
		}},
		{says: "the statement covers PayPal accounts and services in the US, our sites and apps, and PayPal checkout on merchants' sites", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "checkout")
		}},
		{says: "our Consumer Privacy Notice under the Gramm-Leach-Bliley Act governs how we share customers' financial information", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Gramm-Leach-Bliley") && p.Category("transactions").GovernedBy == policy.SectoralGLBA
		}},
		{says: "Venmo, Xoom and Honey have their own privacy statements", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[1].Covers, "Xoom") }},
		{says: "we collect your name, email, phone, address and password when you open an account", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 5 && p.Purpose("service").Required != ""
		}},
		{says: "federal law requires us to verify your identity with your date of birth, Social Security number and, where needed, a photo ID and a selfie", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.HasBasis(policy.BasisLegalObligation) && len(k.Obligations) == 2 && len(p.Category("identity").Items) == 4
		}},
		{says: "for a business account we collect the business's details and those of its owners, also from public registers", typed: func(p *policy.Policy) bool {
			c := p.Category("business")
			return slices.Contains(c.Sources, policy.SourcePublic) && p.Purpose("kyc").Uses(c)
		}},
		{says: "we collect the bank accounts and cards you add, and may check a linked bank balance through a partner, which takes your bank login but we do not keep it", typed: func(p *policy.Policy) bool {
			return p.Category("funding").SourceDetail != "" && p.NotCollected[0].Category == p.Category("funding")
		}},
		{says: "we keep the details of your payments and purchases, and merchants tell us what you buy from them", typed: func(p *policy.Policy) bool {
			c := p.Category("transactions")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "merchants")
		}},
		{says: "when you pay or request money from someone you give us their details, and you must be entitled to", typed: func(p *policy.Policy) bool {
			c := p.Category("participants")
			return c.OthersConsent && slices.Contains(c.Sources, policy.SourceOtherUsers)
		}},
		{says: "with your permission we sync your phone's contacts to help you find people to pay", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").DevicePermission && p.Purpose("contacts").RestsOnConsent()
		}},
		{says: "if you sign in with your phone's fingerprint or face, it stays on your phone and we receive only the phone's confirmation", typed: func(p *policy.Policy) bool {
			c := p.Category("device-biometrics")
			return c.Biometric && c.OnDevice == policy.OnDeviceOnly
		}},
		{says: "we collect device and usage information and, with your permission, your precise location", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && slices.Contains(p.Category("device").Sources, policy.SourceAutomatic)
		}},
		{says: "we record calls with customer service and keep your disputes and claims", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "we keep account and transaction records for at least five years after your account closes, as the Bank Secrecy Act requires", typed: func(p *policy.Policy) bool {
			r := p.Category("account").Retention
			return r.Kind == policy.RetentionRequiredByLaw && strings.Contains(r.Law, "1010.430")
		}},
		{says: "we screen for sanctions and monitor for money laundering, report to FinCEN, and may not tell you of a report", typed: func(p *policy.Policy) bool {
			a := p.Purpose("aml")
			return len(a.TippingOff) == 1 && slices.Contains(a.Recipients, recipient(p, "authorities"))
		}},
		{says: "our models score payments and logins for risk and may decline a payment, hold funds or limit an account", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && slices.Contains(f.DecisionAreas, policy.DecisionFinancial) && f.Suspension.Automated == policy.AnswerYes
		}},
		{says: "you can contest a limitation in the Resolution Center, where a person reviews it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.HumanReview && strings.Contains(s.Contest, "Resolution Center")
		}},
		{says: "we check your credit when you apply for Pay in 4, Pay Monthly or PayPal Credit, under the Fair Credit Reporting Act", typed: func(p *policy.Policy) bool {
			return p.Category("credit").GovernedBy == policy.SectoralFCRA && p.Purpose("credit").Automated != ""
		}},
		{says: "PayPal Credit and Pay Monthly are issued by banks with privacy notices of their own", typed: func(p *policy.Policy) bool {
			return recipient(p, "lenders").Conditional && strings.Contains(p.OtherNotices[2].Covers, "PayPal Credit")
		}},
		{says: "crypto is held and traded for us by Paxos", typed: func(p *policy.Policy) bool { return recipient(p, "crypto").Conditional }},
		{says: "we report payments for goods and services to the IRS and need your taxpayer identification number for it", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").Required != "" && len(p.Purpose("tax").Obligations) == 2
		}},
		{says: "the people and merchants you pay see your name and contact details and receive what they need to complete the payment", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("service").Recipients, recipient(p, "users")) && slices.Contains(p.Purpose("service").Recipients, recipient(p, "merchants"))
		}},
		{says: "we share with banks and card networks to move money and authorise payments", typed: func(p *policy.Policy) bool { return recipient(p, "banks") != nil }},
		{says: "the PayPal family of companies, such as Venmo, Xoom, Braintree and Honey, receive data to provide services, manage risk and market to you unless you opt out", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleThirdParty && p.Purpose("marketing").OptOut
		}},
		{says: "if you sign in to another site or app with PayPal, it receives the information you agree to, and you can disconnect it in your settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("connect").RestsOnConsent() && slices.Contains(p.External, policy.ExternalConnectedApps) && recipient(p, "connected").Conditional
		}},
		{says: "from 2025 we tell merchants what you are likely to buy so that they can personalise their offers, unless you turn personalised shopping off", typed: func(p *policy.Policy) bool {
			s := p.Purpose("personalised-shopping")
			return s.OptOut && s.OptOutHow != "" && s.Profiling && slices.Contains(s.Recipients, recipient(p, "merchants"))
		}},
		{says: "we use cookies and pixels of advertising partners to show our ads elsewhere, which California treats as sharing", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Party == policy.PartyThird
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "you opt out of sharing with the Your Privacy Choices link or a Global Privacy Control signal", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only as the law allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "Californians may know, access, correct and delete their information and download it under Data & Privacy, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make requests in your settings, online or by phone, verify by signing in or matching details, and may use an authorised agent", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 3 && p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days, or 90 where we need more time", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Days(45) }},
		{says: "we publish the numbers of the requests we receive", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "after you close your account we keep what the law, fraud prevention and disputes require", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we disclose data on legal process, to protect people and PayPal, in a sale of the business, and in aggregated form", typed: func(p *policy.Policy) bool { return len(p.Disclosures) == 4 }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "turn on two-step verification; we never ask for your password or a code, and you should forward suspicious messages to us", typed: func(p *policy.Policy) bool { return len(p.SafetyTips) == 3 }},
		{says: "you must be 18 to open an account, and our services are not meant for children", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email or in your account", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to our privacy contact form, by mail or by phone", typed: func(p *policy.Policy) bool { return p.Contact.Website != "" && p.Contact.Phone != "" }},
		// Free text.
		{says: "a merchant that receives your data uses it under its own privacy policy, which you should read", typed: func(p *policy.Policy) bool {
			r := recipient(p, "merchants")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
		{says: "PayPal rewards and offers we show you in the app may be chosen from your shopping preferences", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.Profiling && m.Uses(p.Category("shopping"))
		}},
		{says: "what merchants do with personalised shopping information is limited by our contracts with them", free: toPurpose("personalised-shopping")},
		{says: "customers in California and North Dakota are left out of personalised shopping unless they choose to join it", free: toPurpose("personalised-shopping")},
	}}
}
