package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// us7Pharmacy paraphrases, in our own words and as we recall it, the
// online privacy policy of CVS Health Corporation, as published in
// 2024-2025, with the state consumer privacy notice it links to: the
// websites and apps of CVS Pharmacy, MinuteClinic and CVS Caremark, and
// the ExtraCare loyalty program, whether used online or in the stores.
// Prescriptions, vaccinations and clinic visits are protected health
// information under HIPAA, which CVS Health as a covered entity handles
// under its Notice of Privacy Practices; the policy says that the state
// privacy rights do not reach that information. It declares the CCPA and
// the other states' laws, runs a retail media business (CVS Media
// Exchange) that shows ads on and off its sites, and treats ExtraCare as
// a financial incentive. Addresses other than the toll-free number are
// illustrative.
func us7Pharmacy() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact information", Items: []string{"name", "postal address", "email address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep your account or ExtraCare membership, and then as long as we need it for the purpose we collected it for or the law requires"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	extracare := &policy.Category{ID: "extracare", Name: "ExtraCare and purchase information", Items: []string{"your ExtraCare card number", "what you buy in our stores and online", "the coupons you use and the ExtraBucks Rewards you earn"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you are an ExtraCare member, and then as long as tax and accounting law requires for the record of a sale"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"credit and debit card numbers", "billing address", "FSA and HSA card details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the card in your account, and then as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	pharmacy := &policy.Category{ID: "pharmacy", Name: "Prescription and pharmacy information", Items: []string{"your prescriptions and medication history", "your prescriber", "your pharmacy insurance and benefit details", "allergies and health conditions you tell the pharmacist"},
		Sensitivity: policy.SensitivitySpecial, GovernedBy: policy.SectoralHIPAA, Linked: true,
		Sources:      []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceOtherUsers},
		SourceDetail: "your prescribers, your health plan and its pharmacy benefit manager", OthersConsent: true,
		Retention: policy.AsRequiredBy("state pharmacy laws on prescription records")}
	clinic := &policy.Category{ID: "clinic", Name: "MinuteClinic and vaccination information", Items: []string{"symptoms and reasons for a visit", "diagnoses, treatments and test results", "the vaccines you receive"},
		Sensitivity: policy.SensitivitySpecial, GovernedBy: policy.SectoralHIPAA, Linked: true,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("state laws on medical records")}
	device := &policy.Category{ID: "device", Name: "Device information and online identifiers", Items: []string{"IP address", "device and browser type", "device identifiers", "cookie and mobile advertising IDs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	activity := &policy.Category{ID: "activity", Name: "Online activity", Items: []string{"pages you visit and what you search for", "links you click", "whether you open our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to understand how our sites are used and to improve them"),
		CCPA:      []policy.CCPACategory{policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use, such as finding a store or checking in for pickup"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	photos := &policy.Category{ID: "photos", Name: "Photos", Items: []string{"photos you upload to CVS Photo for prints and gifts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep them in your CVS Photo account"),
		CCPA:      []policy.CCPACategory{policy.CCPASensoryData}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"recordings of calls with customer service", "chats and emails", "reviews and survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to answer you and to keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"demographic information such as age range and household size", "interests and purchases elsewhere", "what you share with us on social media"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data providers, advertising partners and social networks", Linked: true,
		Retention: policy.ByCriteria("as long as it stays useful for our marketing and advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences", Items: []string{"your preferences and the products you may like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{extracare, activity, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the CVS Health family of companies, such as Aetna and CVS Caremark", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, extracare, device, activity, inferences}, Purpose: "to provide and market their products and services to you, as the law allows"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer service, analytics and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, extracare, payment, pharmacy, device, activity, location, photos, communications}}
	delivery := &policy.Recipient{ID: "delivery", Name: "delivery partners that bring same-day orders to your door", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, extracare}, Purpose: "to deliver your order"}
	plans := &policy.Recipient{ID: "plans", Name: "health plans, pharmacy benefit managers and your prescribers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, pharmacy, clinic}, Purpose: "to bill for your prescriptions and care and to coordinate your treatment, as our Notice of Privacy Practices describes"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, publishers and platforms that show ads from CVS Media Exchange", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, activity, inferences}, Purpose: "to show ads for CVS and the brands we sell on their sites and apps, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, regulators and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, extracare, pharmacy, communications}, Purpose: "the law requires it or they serve valid legal process on us"}

	orders := &policy.Purpose{ID: "orders", Name: "Providing products and services: your account, orders, pickup, delivery and CVS Photo", Categories: []*policy.Category{contact, extracare, payment, photos, device},
		Recipients: []*policy.Recipient{providers, delivery},
		Required:   "to order online you must give your name, an address and a payment method; without them we cannot take the order"}
	pharmacyCare := &policy.Purpose{ID: "pharmacy", Name: "Filling prescriptions, giving vaccinations and providing care at MinuteClinic, as our Notice of Privacy Practices describes",
		Categories: []*policy.Category{contact, pharmacy, clinic, payment}, Recipients: []*policy.Recipient{plans, providers},
		Required: "we need your prescription, your date of birth and, to bill your plan, your insurance details; without them we cannot fill the prescription or bill your plan"}
	reminders := &policy.Purpose{ID: "reminders", Name: "Sending prescription-ready and refill reminders by text message and automated call", Categories: []*policy.Category{contact, pharmacy},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by replying STOP to a text or changing your preferences in your account",
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}, Recipients: []*policy.Recipient{providers}}
	rewards := &policy.Purpose{ID: "extracare", Name: "Running ExtraCare: rewards, personalised coupons and member offers", Categories: []*policy.Category{contact, extracare, inferences},
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	locationFeatures := &policy.Purpose{ID: "location", Name: "Finding stores near you and checking you in for pickup", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings",
		Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email and push notification", Categories: []*policy.Category{contact, extracare, inferences},
		OptOut: true, Recipients: []*policy.Recipient{providers, affiliates}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing and measuring ads for CVS and the brands we sell, on our sites and others (CVS Media Exchange)",
		Categories: []*policy.Category{device, activity, extracare, thirdParty, inferences}, Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our customers, colleagues and stores, and preventing fraud", Categories: []*policy.Category{contact, payment, device, activity},
		Recipients: []*policy.Recipient{providers, authorities}}
	support := &policy.Purpose{ID: "support", Name: "Answering your questions and requests", Categories: []*policy.Category{contact, communications},
		Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving our sites, apps, stores and products", Categories: []*policy.Category{activity, extracare, communications},
		Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{contact, extracare, pharmacy, communications},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "CVS Health Online Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "CVS Health Corporation", Address: "One CVS Drive, Woonsocket, RI 02895, USA", Phone: "1-800-746-7287"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.cvshealth.example/about-cvs-health/website-privacy-policy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the websites and mobile apps of CVS Health and its affiliates, such as CVS Pharmacy, MinuteClinic and CVS Caremark, that link to this policy", "the ExtraCare program, online and in our stores"},
		OtherNotices: []policy.Notice{
			{Covers: "protected health information that our pharmacies, MinuteClinic and CVS Caremark hold under HIPAA (our Notice of Privacy Practices)", URL: "https://www.cvs.example/help/notice-of-privacy-practices"},
			{Covers: "members of Aetna health plans, whose plan's own notices apply"},
			{Covers: "consumer health data under the laws of Washington and Nevada", URL: "https://www.cvshealth.example/consumer-health-data-privacy-notice"},
			{Covers: "job applicants and colleagues"},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{contact, extracare, payment, pharmacy, clinic, device, activity, location, photos, communications, thirdParty, inferences},
		External:    []policy.ExternalService{policy.ExternalLinkedSites},
		Purposes:    []*policy.Purpose{orders, pharmacyCare, reminders, rewards, locationFeatures, marketing, ads, security, support, improve, legal},
		Recipients:  []*policy.Recipient{affiliates, providers, delivery, plans, adPartners, authorities},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and hold your cart", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{activity},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and SDKs", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device, activity}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link at the foot of our websites"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			VerificationDetail: "We match the information you give us, such as your name, address and ExtraCare card number, with what we hold.",
			Deadline:           policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.cvs.example/help/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-SHOP-CVS (1-800-746-7287)"}, TollFreeNumber: "1-800-746-7287"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "with the appeal link in our answer or by calling 1-800-SHOP-CVS", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "extracare", Name: "ExtraCare",
			Summary:    "Members earn ExtraBucks Rewards on what they buy and receive personalised coupons; ExtraCare BeautyClub and CarePass members get more.",
			Categories: []*policy.Category{contact, extracare}, OptIn: "by signing up online, in the app or at a store register", Withdraw: "by calling ExtraCare customer service and asking to close your membership",
			Value: "We estimate the value of your personal information as the value of the rewards and discounts members receive, which we calculate from what the program costs us."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We use administrative, technical and physical safeguards suited to the sensitivity of the information."}},
		Links:    policy.Links{RequestForm: "https://www.cvs.example/help/privacy-request", CookieSettings: "https://www.cvs.example/help/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Note: "Our websites and apps are not directed to children under 13, and we do not knowingly collect their personal information online."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Name: "CVS Health Privacy Office", Email: "privacyofficer@cvshealth.example", Address: "One CVS Drive, Woonsocket, RI 02895, USA", Phone: "1-800-746-7287"},
	}
	return realPolicy{"pharmacy retailer (CVS Health)", p, []statement{
		{says: "CVS Health Corporation in Woonsocket, Rhode Island, is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "CVS Health Corporation" && strings.Contains(p.Controller.Address, "Woonsocket") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers the websites and apps of CVS Pharmacy, MinuteClinic and CVS Caremark, and ExtraCare online and in stores", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "MinuteClinic") && strings.Contains(p.Scope[1], "ExtraCare")
		}},
		{says: "how we use and disclose protected health information is governed by HIPAA and our Notice of Privacy Practices, not this policy", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Notice of Privacy Practices") && p.OtherNotices[0].URL != "" &&
				p.Category("pharmacy").GovernedBy == policy.SectoralHIPAA
		}},
		{says: "Aetna members' information is covered by their plan's notices", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[1].Covers, "Aetna") }},
		{says: "consumer health data under Washington and Nevada law has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[2].Covers, "consumer health data") && p.OtherNotices[2].URL != ""
		}},
		{says: "job applicants and colleagues have notices of their own", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[3].Covers, "applicants") }},
		{says: "we collect your name, postal and email addresses, phone number and date of birth", typed: func(p *policy.Policy) bool {
			c := p.Category("contact")
			return len(c.Items) == 5 && slices.Contains(c.CCPA, policy.CCPAIdentifiers)
		}},
		{says: "ExtraCare records your card number, what you buy in stores and online, and the coupons and rewards you use", typed: func(p *policy.Policy) bool {
			c := p.Category("extracare")
			return len(c.Items) == 3 && slices.Contains(c.CCPA, policy.CCPACommercialInfo) && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "we collect card details, billing addresses and FSA and HSA cards when you pay", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Items, "FSA and HSA card details") && p.Purpose("orders").Uses(p.Category("payment"))
		}},
		{says: "we receive prescriptions and insurance details from you, your prescribers, your health plan and its pharmacy benefit manager", typed: func(p *policy.Policy) bool {
			c := p.Category("pharmacy")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "pharmacy benefit manager")
		}},
		{says: "a caregiver who manages a family member's prescriptions must be authorised to do so", typed: func(p *policy.Policy) bool { return othersGive(p, "pharmacy") }},
		{says: "MinuteClinic visits and vaccinations give us health information such as diagnoses, treatments and test results", typed: func(p *policy.Policy) bool {
			c := p.Category("clinic")
			return c.Sensitivity == policy.SensitivitySpecial && c.GovernedBy == policy.SectoralHIPAA && p.Purpose("pharmacy").Uses(c)
		}},
		{says: "we automatically collect your IP address, device and browser type, and device, cookie and advertising IDs", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return len(c.Items) == 4 && c.Tracking && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "we record the pages you visit, what you search for, the links you click and whether you open our emails", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activity").CCPA, policy.CCPAInternetActivity) && len(p.Category("activity").Items) == 3
		}},
		{says: "with your permission our apps use your precise location to find stores and check you in for pickup", typed: func(p *policy.Policy) bool {
			l := p.Purpose("location")
			return p.Category("location").DevicePermission && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Withdraw != ""
		}},
		{says: "we keep the photos you upload to CVS Photo to make your prints", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("photos")) && slices.Contains(p.Category("photos").CCPA, policy.CCPASensoryData)
		}},
		{says: "calls with customer service may be recorded, and we keep chats, emails, reviews and surveys", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "we receive demographic and interest information from data providers, advertising partners and social networks", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return c.SourceDetail != "" && slices.Contains(c.CCPA, policy.CCPAProtectedTraits)
		}},
		{says: "we draw inferences about your preferences from what you buy and do online", typed: func(p *policy.Policy) bool {
			c := p.Category("inferences")
			return len(c.DerivedFrom) == 3 && slices.Contains(c.CCPA, policy.CCPAInferences)
		}},
		{says: "we use information to run your account, take orders, and provide pickup, delivery and CVS Photo", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Required != "" && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "delivery"))
		}},
		{says: "we use health information to fill prescriptions, vaccinate and treat you, and to bill your plan", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("pharmacy")
			return pu.Uses(p.Category("pharmacy")) && slices.Contains(pu.Recipients, recipient(p, "plans")) && pu.Required != ""
		}},
		{says: "with your consent we send prescription reminders by text and automated call, which you stop by replying STOP", typed: func(p *policy.Policy) bool {
			r := p.Purpose("reminders")
			return r.RestsOnConsent() && len(r.ConsentRequiredBy) == 1 && strings.Contains(r.Withdraw, "STOP")
		}},
		{says: "ExtraCare gives you rewards and coupons personalised from what you buy", typed: func(p *policy.Policy) bool {
			return p.Purpose("extracare").Profiling && p.Purpose("extracare").Uses(p.Category("inferences"))
		}},
		{says: "ExtraCare is a financial incentive; joining is voluntary, you may leave at any time, and its value is that of the rewards", typed: func(p *policy.Policy) bool {
			in := p.Incentives[0]
			return in.OptIn != "" && in.Withdraw != "" && in.Value != "" && len(in.Categories) == 2
		}},
		{says: "we send offers by email and push notification, which you can stop", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "CVS Media Exchange shows ads for CVS and the brands we sell, on our sites and others, and measures them", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && a.Recipients[0] == recipient(p, "advertising") && a.Uses(p.Category("extracare"))
		}},
		{says: "we use information to protect customers, colleagues and stores and to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("payment")) && slices.Contains(p.Purpose("security").Recipients, recipient(p, "authorities"))
		}},
		{says: "we analyse how our sites, apps and stores are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Uses(p.Category("activity")) }},
		{says: "we use information to comply with the law and answer legal process", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we share information within the CVS Health family of companies, such as Aetna and CVS Caremark", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "affiliates").Name, "Aetna") && recipient(p, "affiliates").Purpose != ""
		}},
		{says: "service providers act for us under contracts", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "delivery partners receive your name, address and order to bring it to you", typed: func(p *policy.Policy) bool {
			return recipient(p, "delivery").Role == policy.RoleProcessor && recipient(p, "delivery").Purpose != ""
		}},
		{says: "we may disclose information to protect people and property, and in a sale or merger of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may use and share de-identified and aggregated information, keep it de-identified and do not try to re-identify it", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we may disclose de-identified patient information, de-identified by HIPAA's safe-harbor or expert-determination method", free: toIntroduction},
		{says: "we and our partners use cookies, pixels and SDKs to keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Party == policy.PartyThird
		}},
		{says: "we do not respond to Do Not Track, but we treat Global Privacy Control as a request to opt out of sale and sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "letting advertising partners collect identifiers and online activity may be a sale or sharing, and targeted advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 3 &&
				p.USStates.Sells == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes
		}},
		{says: "you opt out of sale, sharing and targeted advertising with the Your Privacy Choices link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising)
		}},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "you may ask to know, access, correct and delete your personal information and to receive a copy", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability)
		}},
		{says: "these rights do not reach protected health information, which HIPAA governs instead", typed: func(p *policy.Policy) bool {
			return p.Category("pharmacy").GovernedBy == policy.SectoralHIPAA && p.Category("clinic").GovernedBy == policy.SectoralHIPAA &&
				len(p.Category("pharmacy").CCPA) == 0
		}},
		{says: "you make requests with our online form or by calling 1-800-SHOP-CVS, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber == "1-800-746-7287" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify a request by matching what you tell us with what we hold", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.VerificationDetail != ""
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we will not discriminate against you for exercising your rights", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNonDiscrimination) }},
		{says: "we keep information as long as we need it for our purposes and as the law requires, and prescription records as pharmacy law requires", typed: func(p *policy.Policy) bool {
			return p.Category("contact").Retention.Kind == policy.RetentionCriteria && p.Category("pharmacy").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "after a deletion request we keep what the law requires and what we need against fraud and for legal claims", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptFraud)
		}},
		{says: "we protect information with administrative, technical and physical safeguards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "our sites are not directed to children under 13, and we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.Note != "" && p.CCPA.Under16 == policy.AnswerNo
		}},
		{says: "changes take effect when we post the policy with a new effective date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to the CVS Health Privacy Office", typed: func(p *policy.Policy) bool {
			return p.Contact.Name == "CVS Health Privacy Office" && p.Contact.Email != "" && p.Contact.Address != ""
		}},
		{says: "links to other companies' sites are governed by their own privacy policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "our text messaging programs have their own terms, which say how often we text and how to get help", free: toPurpose("reminders")},
	}}
}

// us7CardIssuer paraphrases, in our own words and as we recall it, the
// Online Privacy Policy of Capital One Financial Corporation, as
// published in 2024-2025, with the California Consumer Privacy Act notice
// it includes: how Capital One and its US affiliates collect and use
// information through their websites, apps, emails and ads, for credit
// cards, bank accounts and auto loans, the free CreditWise credit
// monitoring and pre-approval checks. Customers' nonpublic personal
// information is governed by the Gramm-Leach-Bliley Act and Capital One's
// U.S. Consumer Privacy Notice, and credit reports by the Fair Credit
// Reporting Act; the CCPA notice leaves both out. As a financial
// institution under that Act, Capital One is outside the other states'
// comprehensive privacy laws, which exempt such institutions as a whole,
// and declares only the CCPA. Addresses and numbers are illustrative.
func us7CardIssuer() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact information you give us outside an application", Items: []string{"name", "email address", "phone number", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it for the purpose we collected it for, such as sending you the emails you signed up for"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	application := &policy.Category{ID: "application", Name: "Application information", Items: []string{"name, address and date of birth", "Social Security number", "income, employment and housing costs", "driver's license or other ID"},
		Sensitivity: policy.SensitivitySensitive, GovernedBy: policy.SectoralGLBA, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the customer identification program rule (31 CFR 1020.220(a)(3)) and the Equal Credit Opportunity Act's record rules (12 CFR 1002.12)")}
	accounts := &policy.Category{ID: "accounts", Name: "Account and transaction information", Items: []string{"account and card numbers", "balances, credit limits and payment history", "transactions you make", "images of checks you deposit"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralGLBA, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal banking record-keeping rules, such as 31 CFR 1010.430")}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in information", Items: []string{"username and password", "one-time codes"},
		Sensitivity: policy.SensitivitySensitive, GovernedBy: policy.SectoralGLBA, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with us", Items: []string{"recordings of calls", "chats with Eno, our assistant, and with our associates"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralGLBA, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to serve you and as regulations require")}
	reports := &policy.Category{ID: "credit-reports", Name: "Credit reports and scores", Items: []string{"credit reports and scores from consumer reporting agencies", "the TransUnion credit report and VantageScore we show you in CreditWise"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralFCRA, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the consumer reporting agencies Experian, Equifax and TransUnion", Linked: true,
		Retention: policy.ByCriteria("as long as needed for the application or account, and as the law requires")}
	device := &policy.Category{ID: "device", Name: "Device and online activity information", Items: []string{"IP address", "browser and device type and identifiers", "pages you visit and links you click", "ads you see and respond to", "how you type and move through our sites, which helps us recognise you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure your accounts, measure our ads and improve our services"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location from your mobile device", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use and to prevent fraud"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Marketing information from other sources", Items: []string{"demographic information", "interests and lifestyle", "information from social media when you interact with us there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, SourceDetail: "data providers, marketing partners, social media platforms and public records", Linked: true,
		Retention: policy.ByCriteria("as long as it stays useful for our marketing"),
		CCPA:      []policy.CCPACategory{policy.CCPAProtectedTraits, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interests", Items: []string{"products you may be interested in", "how likely you are to respond to an offer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{device, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the Capital One family of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, application, accounts, device, location, inferences}, Purpose: "to serve you and, as our U.S. Consumer Privacy Notice lets you limit, to market their products to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers that perform services for us under contract", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, application, accounts, credentials, calls, device, location}}
	partners := &policy.Recipient{ID: "partners", Name: "the retailers and other companies with which we offer co-branded and store cards", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, application, accounts}, Purpose: "you apply for or hold a card we offer with them"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{application, accounts}, Purpose: "to report how you pay your credit accounts, as the Fair Credit Reporting Act allows"}
	aggregators := &policy.Recipient{ID: "aggregators", Name: "apps and services you connect to your account", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{accounts}, Purpose: "you authorise them to reach your account information, such as a budgeting app"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies and the websites and social media platforms that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences}, Purpose: "to show you our ads on other websites, apps and social media, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{application, accounts, calls, device}, Purpose: "the law requires a report, they examine us, or they serve valid legal process on us"}

	service := &policy.Purpose{ID: "service", Name: "Providing and servicing your accounts and processing your transactions", Categories: []*policy.Category{application, accounts, credentials, calls},
		Recipients: []*policy.Recipient{affiliates, providers, partners, bureaus, aggregators}}
	apply := &policy.Purpose{ID: "apply", Name: "Deciding on your applications for credit cards, loans and accounts", Categories: []*policy.Category{application, reports, accounts},
		Recipients: []*policy.Recipient{providers, partners},
		Automated:  "our models decide from your application and your credit report whether to approve you and on what terms; if we decline, we tell you why and which consumer reporting agency we used",
		Required:   "you must give your name, address, date of birth, Social Security number and income to apply; without them we cannot decide on your application"}
	prequal := &policy.Purpose{ID: "pre-approval", Name: "Checking whether you are pre-approved for a card, with a soft inquiry that does not affect your credit scores", Categories: []*policy.Category{application, reports},
		Recipients: []*policy.Recipient{providers}}
	creditwise := &policy.Purpose{ID: "creditwise", Name: "Providing CreditWise, our free credit monitoring, to customers and non-customers alike", Categories: []*policy.Category{contact, reports, credentials},
		Recipients: []*policy.Recipient{providers},
		Required:   "we need your Social Security number to get your TransUnion credit report; without it we cannot show you your report"}
	identity := &policy.Purpose{ID: "identity", Name: "Verifying your identity", Categories: []*policy.Category{application, reports},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs for banks)", Region: regionUS}}}
	security := &policy.Purpose{ID: "security", Name: "Authenticating you, protecting your accounts and preventing fraud", Categories: []*policy.Category{credentials, accounts, device, location, calls},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised, policy.SuspensionGroundAccountTakeover},
			Contest: "by answering our fraud alert or calling the number on the back of your card", HumanReview: true}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with laws, regulations and legal process", Categories: []*policy.Category{application, accounts, calls, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}},
		TippingOff:  []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our and our affiliates' products and offers", Categories: []*policy.Category{contact, accounts, thirdParty, inferences},
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{affiliates, providers}}
	prescreen := &policy.Purpose{ID: "prescreened", DirectMarketing: true, Name: "Sending you prescreened offers of credit by mail, from lists consumer reporting agencies prepare for us", Categories: []*policy.Category{contact, reports},
		OptOut: true, OptOutHow: "at optoutprescreen.com or by calling 1-888-5-OPT-OUT", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social media, based on your interests", Categories: []*policy.Category{device, inferences},
		OptOut: true, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	features := &policy.Purpose{ID: "features", Name: "Finding ATMs, branches and Capital One Cafés near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access in your device's settings"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing and improving our websites, apps and products", Categories: []*policy.Category{device, accounts},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "Capital One Online Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Capital One Financial Corporation", Address: "1680 Capital One Drive, McLean, VA 22102, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:   "https://www.capitalone.example/privacy/online-privacy-policy",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"the websites, mobile apps, emails and other online services of Capital One and its US affiliates that link to this policy", "our ads on other websites and apps"},
		OtherNotices: []policy.Notice{
			{Covers: "customers' nonpublic personal information under the Gramm-Leach-Bliley Act (our U.S. Consumer Privacy Notice), which applies together with this policy and prevails where they differ", URL: "https://www.capitalone.example/privacy/notice"},
			{Covers: "Capital One Shopping, which has its own privacy policy", URL: "https://capitaloneshopping.example/privacy"},
			{Covers: "customers of our businesses in the United Kingdom and Canada"},
			{Covers: "job applicants and associates"},
		},
		Categories: []*policy.Category{contact, application, accounts, credentials, calls, reports, device, location, thirdParty, inferences},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Purposes:   []*policy.Purpose{service, apply, prequal, creditwise, identity, security, compliance, marketing, prescreen, ads, features, analytics},
		Recipients: []*policy.Recipient{affiliates, providers, partners, bureaus, aggregators, adPartners, authorities},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that recognise your device and keep you signed in", Party: policy.PartyFirst, Purpose: security, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and web beacons", Technology: policy.TechnologyPixel, Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and tags", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut,
				Note: "You can opt out of interest-based ads through the Digital Advertising Alliance's AdChoices program; you will still see ads that are not based on your interests."},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"}, {Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.capitalone.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the California privacy request form on our website", "our toll-free number"}, TollFreeNumber: "1-800-227-4825",
			LargeVolume: true, MetricsURL: "https://www.capitalone.example/privacy/ccpa-metrics"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We use physical, technical and procedural safeguards that comply with federal standards."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://www.capitalone.example/privacy/california-request", CookieSettings: "https://www.capitalone.example/privacy/your-privacy-choices"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our websites and apps are not directed to children under 13, and we do not knowingly collect their personal information online."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Phone: "1-800-227-4825", Address: "Capital One, Attn: Privacy, P.O. Box 30285, Salt Lake City, UT 84130, USA"},
	}
	return realPolicy{"bank and card issuer (Capital One)", p, []statement{
		{says: "Capital One Financial Corporation in McLean, Virginia, and its US affiliates use information as this policy says", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Capital One Financial Corporation" && strings.Contains(p.Controller.Address, "McLean")
		}},
		{says: "the policy covers our websites, apps, emails and online services, and our ads on other sites", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "ads")
		}},
		{says: "if you are a customer, our U.S. Consumer Privacy Notice under the Gramm-Leach-Bliley Act also applies, and prevails", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "prevails") && p.OtherNotices[0].URL != ""
		}},
		{says: "Capital One Shopping has its own privacy policy", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Shopping") && p.OtherNotices[1].URL != ""
		}},
		{says: "customers in the UK and Canada, and job applicants, have notices of their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[2].Covers, "Canada") && strings.Contains(p.OtherNotices[3].Covers, "applicants")
		}},
		{says: "when you apply, you give us your name, address, date of birth, Social Security number, income and employment", typed: func(p *policy.Policy) bool {
			return len(p.Category("application").Items) == 4 && p.Purpose("apply").Required != ""
		}},
		{says: "we keep account numbers, balances, payment history, transactions and images of checks you deposit", typed: func(p *policy.Policy) bool {
			return len(p.Category("accounts").Items) == 4 && p.Purpose("service").Uses(p.Category("accounts"))
		}},
		{says: "we keep your sign-in details and one-time codes to authenticate you", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("credentials")) && p.Category("credentials").Sensitivity == policy.SensitivitySensitive
		}},
		{says: "we get credit reports and scores from consumer reporting agencies when you apply and while you have an account", typed: func(p *policy.Policy) bool {
			c := p.Category("credit-reports")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && c.SourceDetail != "" && p.Purpose("apply").Uses(c)
		}},
		{says: "we automatically collect your IP address, device and browser details, and what you do on our sites and with our ads", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return len(c.Items) == 5 && c.Tracking && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "how you type and move through our sites helps us recognise you and detect fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("device")) && strings.Contains(p.Category("device").Items[4], "type")
		}},
		{says: "with your permission our apps use your location, to find ATMs and Cafés and to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("features").RestsOnConsent() && p.Purpose("security").Uses(p.Category("location"))
		}},
		{says: "we may record calls and keep chats with Eno and our associates", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && strings.Contains(p.Category("calls").Items[1], "Eno")
		}},
		{says: "we get demographic and interest information from data providers, marketing partners, social media and public records", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourcePublic) && c.SourceDetail != ""
		}},
		{says: "we combine what we collect and infer which products may interest you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferences").DerivedFrom) == 2 && p.Purpose("marketing").Profiling
		}},
		{says: "we use information to provide and service your accounts and process transactions", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("accounts")) && slices.Contains(p.Purpose("service").Recipients, recipient(p, "providers"))
		}},
		{says: "our models decide on applications from your application and credit report, and we tell you why if we decline", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("apply").Automated, "decline") && p.Purpose("apply").Uses(p.Category("credit-reports"))
		}},
		{says: "pre-approval uses a soft inquiry that does not affect your credit scores", typed: func(p *policy.Policy) bool {
			return p.Purpose("pre-approval").Uses(p.Category("credit-reports")) && strings.Contains(p.Purpose("pre-approval").Name, "soft inquiry")
		}},
		{says: "CreditWise is free for anyone, customer or not, and needs your Social Security number to get your TransUnion report", typed: func(p *policy.Policy) bool {
			return p.Purpose("creditwise").Uses(p.Category("credit-reports")) && strings.Contains(p.Purpose("creditwise").Required, "Social Security")
		}},
		{says: "we verify your identity as federal law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("identity").HasBasis(policy.BasisLegalObligation) && len(p.Purpose("identity").Obligations) == 1
		}},
		{says: "we detect fraud and may block a card or payment we suspect, which you confirm or dispute with us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "we comply with anti-money-laundering and sanctions laws and answer legal process", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("compliance").Obligations) == 2 && len(p.Purpose("compliance").TippingOff) == 1
		}},
		{says: "we market our and our affiliates' products to you, which you can limit as our consumer privacy notice explains", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && slices.Contains(p.Purpose("marketing").Recipients, recipient(p, "affiliates"))
		}},
		{says: "we send prescreened offers of credit from lists the consumer reporting agencies prepare, and you can opt out of them", typed: func(p *policy.Policy) bool {
			return p.Purpose("prescreened").OptOut && p.Purpose("prescreened").Uses(p.Category("credit-reports"))
		}},
		{says: "you opt out of prescreened offers at optoutprescreen.com or by calling 1-888-5-OPT-OUT", typed: func(p *policy.Policy) bool { return p.Purpose("prescreened").OptOutHow != "" }},
		{says: "advertising companies show our ads on other sites and social media based on your interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").Profiling && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "you can opt out of interest-based ads through AdChoices, and will still see other ads", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptOut && strings.Contains(cookie(p, "advertising").Note, "AdChoices")
		}},
		{says: "we analyse how our sites and apps are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").Uses(p.Category("device")) }},
		{says: "we share information within the Capital One family of companies", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "retailers with which we offer co-branded and store cards receive information when you apply for or hold their card", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && strings.Contains(recipient(p, "partners").Purpose, "apply")
		}},
		{says: "we report your credit accounts to consumer reporting agencies", typed: func(p *policy.Policy) bool {
			return !recipient(p, "bureaus").Conditional && slices.Contains(p.Purpose("service").Recipients, recipient(p, "bureaus"))
		}},
		{says: "apps you connect to your account receive your account information when you authorise them", typed: func(p *policy.Policy) bool {
			return recipient(p, "aggregators").Conditional && recipient(p, "aggregators").Categories[0] == p.Category("accounts")
		}},
		{says: "we disclose information to regulators and law enforcement as the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may disclose information to protect people and property and in a sale or merger of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we use cookies, web beacons and tags to recognise you, keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Technology == policy.TechnologyPixel
		}},
		{says: "we do not respond to Do Not Track, but we treat Global Privacy Control as an opt-out of sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not sell personal information, but sharing it for online advertising counts as sharing under the CCPA", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we use sensitive personal information only for the purposes the CCPA allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "the California notice does not cover information the Gramm-Leach-Bliley Act governs, such as your applications, accounts and calls", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"application", "accounts", "credentials", "calls"} {
				if c := p.Category(id); c.GovernedBy != policy.SectoralGLBA || len(c.CCPA) != 0 {
					return false
				}
			}
			return true
		}},
		{says: "nor credit reports, which the Fair Credit Reporting Act governs", typed: func(p *policy.Policy) bool {
			return p.Category("credit-reports").GovernedBy == policy.SectoralFCRA
		}},
		{says: "California residents may know, access, correct and delete their information and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && len(p.CCPA.RequestMethods) == 2 && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through your online account or by matching information you give us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints)
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "we publish our yearly CCPA request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we keep information as long as our purposes, the law and our record-keeping policies require", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("device").Retention.Criteria != ""
		}},
		{says: "after a deletion request we keep what the law requires and what we need against fraud and for legal claims", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation) && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "we use physical, technical and procedural safeguards that comply with federal standards", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we will never ask for your password or PIN by email or text; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our online services are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Note != "" }},
		{says: "changes take effect when we post the policy with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "links to other companies' sites, and social media platforms, are governed by their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
	}}
}

// us7CreditBureau paraphrases, in our own words and as we recall it, the
// US privacy policy of Experian, as published in 2024-2025, with its
// California and other state privacy notices: Experian Information
// Solutions, Inc., a nationwide consumer reporting agency, which keeps
// credit files under the Fair Credit Reporting Act, gives consumers their
// free reports, investigates disputes and places security freezes and
// fraud alerts; its consumer services (free and paid memberships with
// credit monitoring, scores, Experian Boost and offers matched to a
// member's credit), whose customer data the Gramm-Leach-Bliley Act
// governs; and its marketing data business, which sells names, addresses,
// demographics and modelled interests to other businesses and which the
// state laws govern. Addresses other than the toll-free number are
// illustrative.
func us7CreditBureau() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identifying information in your credit file", Items: []string{"name and former names", "Social Security number", "date of birth", "current and previous addresses", "phone numbers and employers"},
		Sensitivity: policy.SensitivitySensitive, GovernedBy: policy.SectoralFCRA, Linked: true,
		Sources:      []policy.Source{policy.SourceThirdParty, policy.SourceUser},
		SourceDetail: "the lenders and other companies that report to us", Retention: policy.ByCriteria("as long as we keep a credit file on you")}
	tradelines := &policy.Category{ID: "accounts", Name: "Credit accounts and payment history", Items: []string{"loans, credit cards and mortgages", "balances and credit limits", "whether you pay on time", "collection accounts"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralFCRA, Linked: true,
		Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "banks, card issuers, lenders, collection agencies and other data furnishers, usually every month",
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Law: "the Fair Credit Reporting Act, 15 U.S.C. 1681c(a)",
			Criteria: "negative information for seven years from the first missed payment; accounts paid as agreed for up to ten years after they close"}}
	public := &policy.Category{ID: "public-records", Name: "Bankruptcies", Items: []string{"bankruptcy filings"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralFCRA, Linked: true,
		Sources: []policy.Source{policy.SourcePublic}, SourceDetail: "the federal bankruptcy courts",
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Law: "15 U.S.C. 1681c(a)(1)",
			Criteria: "ten years from filing for a Chapter 7 bankruptcy and seven for a Chapter 13"}}
	inquiries := &policy.Category{ID: "inquiries", Name: "Inquiries", Items: []string{"who asked for your report, and when", "hard inquiries, which lenders see, and soft inquiries, which only you see"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralFCRA, Linked: true, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	statements := &policy.Category{ID: "statements", Name: "Statements, freezes and alerts you add", Items: []string{"a statement about a dispute or your circumstances", "security freezes", "initial, extended and active-duty fraud alerts"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralFCRA, Linked: true, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("a freeze until you lift it; an initial or active-duty alert for one year and an extended alert for seven; a statement until you remove it")}
	scores := &policy.Category{ID: "scores", Name: "Credit scores and attributes", Items: []string{"credit scores, such as FICO Scores and VantageScores", "attributes and models that summarise your file"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralFCRA, Linked: true,
		Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{tradelines, public, inquiries},
		Retention: policy.ByCriteria("calculated when a business or you ask, and kept with the record of that inquiry")}
	member := &policy.Category{ID: "member", Name: "Membership information", Items: []string{"name, email address and password", "Social Security number and date of birth, to find your credit file", "answers to identity verification questions", "payment card for a paid membership"},
		Sensitivity: policy.SensitivitySensitive, GovernedBy: policy.SectoralGLBA, Linked: true, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("as long as you are a member, and then as long as the law and our record-keeping policies require")}
	boost := &policy.Category{ID: "boost", Name: "Experian Boost information", Items: []string{"the bank accounts you connect", "your payments for utilities, phone, rent and streaming services found in them"},
		Sensitivity: policy.SensitivityPersonal, GovernedBy: policy.SectoralGLBA, Linked: true,
		Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "your bank, through the account-connection service you sign in to",
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	device := &policy.Category{ID: "device", Name: "Device and online activity information", Items: []string{"IP address", "device and browser identifiers", "cookie and advertising IDs", "pages you visit and ads you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure our sites, measure our ads and improve our services"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	marketingData := &policy.Category{ID: "marketing-data", Name: "Marketing data", Items: []string{"name, postal address and email address", "age, gender and household composition", "estimated income and home value", "interests and buying behaviour, some of it modelled"},
		Sensitivity: policy.SensitivityPersonal, Linked: true,
		Sources:      []policy.Source{policy.SourcePublic, policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "public records such as property records, surveys, retailers and publishers, and other data compilers", DerivedFrom: []*policy.Category{device},
		Retention: policy.ByCriteria("as long as it stays accurate and useful; we refresh it regularly and remove what is out of date"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPACommercialInfo, policy.CCPAInferences}}
	support := &policy.Category{ID: "support", Name: "Contacts with us", Items: []string{"recordings of calls", "letters, emails and chats", "documents you send to prove who you are"},
		Sensitivity: policy.SensitivityPersonal, Linked: true, RecordingNotice: true, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.ByCriteria("as long as needed to handle your request and show how we did"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	file := []*policy.Category{identity, tradelines, public, inquiries, statements, scores}
	users := &policy.Recipient{ID: "users", Name: "lenders, landlords, insurers, utilities and others with a permissible purpose under the Fair Credit Reporting Act", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: file, Purpose: "to decide on your application, manage your account or collect a debt, as the Act permits"}
	employers := &policy.Recipient{ID: "employers", Name: "employers and their screening companies", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, tradelines, public}, Purpose: "you give them written permission to get your report, as the Fair Credit Reporting Act requires"}
	bureaus := &policy.Recipient{ID: "other-bureaus", Name: "Equifax and TransUnion", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, statements}, Purpose: "you place a fraud alert with us, which the Fair Credit Reporting Act requires us to pass on to them"}
	partners := &policy.Recipient{ID: "partners", Name: "lenders and other partners whose offers we show you", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{member, scores}, Purpose: "you apply for one of their offers through us"}
	clients := &policy.Recipient{ID: "clients", Name: "businesses that use our marketing data, such as retailers, publishers and nonprofits", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{marketingData}, Purpose: "to choose whom to send offers to and to keep their customer lists accurate"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer service, payments and identity verification", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, member, boost, device, support}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device}, Purpose: "to show our ads on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, regulators and government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, tradelines, inquiries}, Purpose: "the law requires it, or they serve a subpoena or court order"}

	reports := &policy.Purpose{ID: "reports", Name: "Providing consumer reports and scores to businesses with a permissible purpose", Scoring: true, Categories: file,
		Recipients: []*policy.Recipient{users, employers}}
	fraud := &policy.Purpose{ID: "identity", Name: "Helping businesses verify identity and prevent fraud", Categories: []*policy.Category{identity, inquiries, device},
		Recipients: []*policy.Recipient{users, providers}}
	disclosure := &policy.Purpose{ID: "disclosure", Name: "Giving you your free credit report and investigating your disputes", Categories: []*policy.Category{identity, tradelines, public, inquiries, statements, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "Fair Credit Reporting Act, 15 U.S.C. 1681g, 1681j and 1681i", Region: regionUS}},
		Required:    "you must give your name, address, Social Security number and date of birth, and may be asked to answer questions or send documents, so that we give your file only to you"}
	freezes := &policy.Purpose{ID: "freezes", Name: "Placing, lifting and removing security freezes and fraud alerts", Categories: []*policy.Category{identity, statements},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Fair Credit Reporting Act, 15 U.S.C. 1681c-1", Region: regionUS}}}
	prescreen := &policy.Purpose{ID: "prescreened", Name: "Preparing lists for prescreened offers of credit and insurance", Categories: []*policy.Category{identity, tradelines, scores},
		OptOut: true, OptOutHow: "for five years or for good, at optoutprescreen.com or by calling 1-888-5-OPT-OUT", Recipients: []*policy.Recipient{users}}
	membership := &policy.Purpose{ID: "membership", Name: "Providing your Experian membership: your report and scores, credit monitoring and identity theft protection", Categories: []*policy.Category{member, identity, tradelines, inquiries, scores, support},
		Recipients: []*policy.Recipient{providers}, MinimumAge: 18,
		Required: "to become a member you must give your name, address, Social Security number and date of birth; without them we cannot find your file"}
	boostPurpose := &policy.Purpose{ID: "boost", Name: "Adding on-time payments for utilities, phone, rent and streaming to your Experian credit file (Experian Boost)", Categories: []*policy.Category{boost, tradelines},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by disconnecting your accounts or removing Boost from your file at any time",
		Recipients: []*policy.Recipient{providers}}
	offers := &policy.Purpose{ID: "offers", Name: "Showing you credit card and loan offers matched to your credit, for which partners pay us", Categories: []*policy.Category{member, scores},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{partners}}
	marketingServices := &policy.Purpose{ID: "marketing-services", DirectMarketing: true, Name: "Providing marketing data and audiences to other businesses", Categories: []*policy.Category{marketingData},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{clients}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products by email", Categories: []*policy.Category{member},
		OptOut: true, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing our ads on other websites and apps", Categories: []*policy.Category{device},
		Profiling: true, OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	models := &policy.Purpose{ID: "models", Name: "Developing and testing scores, models and products", Categories: []*policy.Category{tradelines, public, inquiries, scores}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and answering legal process", Categories: []*policy.Category{identity, tradelines, inquiries, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "federal and state law, subpoenas and court orders", Region: regionUS}}}

	p := &policy.Policy{
		Title:      "Experian Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Experian Information Solutions, Inc.", Address: "475 Anton Boulevard, Costa Mesa, CA 92626, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		URL:   "https://www.experian.example/privacy/center",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"our credit reporting business (Experian Information Solutions, Inc.)", "our consumer services on experian.com and in the Experian app (ConsumerInfo.com, Inc.)", "our marketing data business"},
		OtherNotices: []policy.Notice{
			{Covers: "members of our consumer services, whose financial information the Gramm-Leach-Bliley Act governs (our consumer privacy notice)", URL: "https://www.experian.example/privacy/glba-notice"},
			{Covers: "your rights under the Fair Credit Reporting Act (the Summary of Your Rights the Consumer Financial Protection Bureau prescribes)", URL: "https://www.experian.example/fcra-summary-of-rights"},
			{Covers: "job applicants and employees"},
		},
		Categories:           []*policy.Category{identity, tradelines, public, inquiries, statements, scores, member, boost, device, marketingData, support},
		Purposes:             []*policy.Purpose{reports, fraud, disclosure, freezes, prescreen, membership, boostPurpose, offers, marketingServices, marketing, ads, models, legal},
		Recipients:           []*policy.Recipient{users, employers, bureaus, partners, clients, providers, adPartners, authorities},
		NoAutomatedDecisions: true,
		Disclosures:          []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:             []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and secure your session", Party: policy.PartyFirst, Purpose: membership, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow},
			{Kind: policy.RightAccess, How: "free of charge every week at annualcreditreport.com, or by asking us for your file"},
			{Kind: policy.RightRectification, How: "by disputing an entry online, by mail or by phone; we investigate with the company that reported it, usually within 30 days"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDataPoints, policy.VerificationDocument}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Region: regionUS,
			Contact: policy.Contact{Name: "Consumer Financial Protection Bureau", Website: "https://www.consumerfinance.gov/complaint"}}},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPACommercialInfo, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.experian.example/privacy/opt-out", Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-888-EXPERIAN (1-888-397-3742)"}, TollFreeNumber: "1-888-397-3742",
			LargeVolume: true, MetricsURL: "https://www.experian.example/privacy/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or calling 1-888-EXPERIAN and asking to appeal", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureAudits}},
		Links:    policy.Links{RequestForm: "https://www.experian.example/privacy/request", CookieSettings: "https://www.experian.example/privacy/opt-out"},
		Children: policy.Children{MinimumAge: 13, Note: "Our websites are not directed to children under 13, and we do not knowingly collect their personal information online."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Phone: "1-888-397-3742", Address: "Experian, Attn: Privacy, P.O. Box 9701, Allen, TX 75013, USA"},
	}
	return realPolicy{"consumer credit bureau (Experian US)", p, []statement{
		{says: "Experian Information Solutions, Inc. in Costa Mesa, California, is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Experian Information Solutions, Inc." && strings.Contains(p.Controller.Address, "Costa Mesa")
		}},
		{says: "the policy covers our credit reporting, our consumer services and our marketing data business", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[1], "ConsumerInfo.com")
		}},
		{says: "your credit file holds your name, Social Security number, date of birth, addresses, phone numbers and employers", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 5 && p.Category("identity").GovernedBy == policy.SectoralFCRA
		}},
		{says: "lenders, card issuers and collection agencies report your accounts and payments to us, usually every month", typed: func(p *policy.Policy) bool {
			c := p.Category("accounts")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "every month")
		}},
		{says: "we collect bankruptcies from the federal courts", typed: func(p *policy.Policy) bool {
			return p.Category("public-records").Sources[0] == policy.SourcePublic && p.Category("public-records").SourceDetail != ""
		}},
		{says: "we record who asks for your report; lenders see hard inquiries, and only you see soft ones", typed: func(p *policy.Policy) bool {
			return len(p.Category("inquiries").Items) == 2 && slices.Contains(p.Purpose("reports").Categories, p.Category("inquiries"))
		}},
		{says: "your file also holds the statements, freezes and fraud alerts you add", typed: func(p *policy.Policy) bool {
			return len(p.Category("statements").Items) == 3 && p.Category("statements").Sources[0] == policy.SourceUser
		}},
		{says: "we calculate credit scores and attributes from your file", typed: func(p *policy.Policy) bool {
			c := p.Category("scores")
			return c.Sources[0] == policy.SourceDerived && len(c.DerivedFrom) == 3 && p.Purpose("reports").Scoring
		}},
		{says: "we give credit reports only to those with a permissible purpose under the Fair Credit Reporting Act, such as lenders, landlords and insurers", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "users").Name, "permissible purpose") && slices.Contains(p.Purpose("reports").Recipients, recipient(p, "users"))
		}},
		{says: "an employer gets your report only with your written permission", typed: func(p *policy.Policy) bool {
			return recipient(p, "employers").Conditional && strings.Contains(recipient(p, "employers").Purpose, "written permission")
		}},
		{says: "we do not decide whether you get credit; the lender does", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions && p.Purpose("reports").Automated == "" }},
		{says: "businesses use our data to verify identity and prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Purpose("identity").Uses(p.Category("identity")) && slices.Contains(p.Purpose("identity").Recipients, recipient(p, "users"))
		}},
		{says: "the Fair Credit Reporting Act governs your credit file, and the state privacy laws' rights do not reach it", typed: func(p *policy.Policy) bool {
			for _, c := range p.Categories[:6] {
				if c.GovernedBy != policy.SectoralFCRA {
					return false
				}
			}
			return true
		}},
		{says: "the CFPB's summary of your rights under the Act is on our website", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Summary of Your Rights") && p.OtherNotices[1].URL != ""
		}},
		{says: "you can get your credit report free every week at annualcreditreport.com", typed: func(p *policy.Policy) bool {
			return p.Rights[1].Kind == policy.RightAccess && strings.Contains(p.Rights[1].How, "annualcreditreport.com") && len(p.Purpose("disclosure").Obligations) == 1
		}},
		{says: "to get your report you give your name, address, Social Security number and date of birth, and may have to answer questions or send documents", typed: func(p *policy.Policy) bool {
			return p.Purpose("disclosure").Required != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "you can dispute wrong information, which we investigate with the company that reported it, usually within 30 days", typed: func(p *policy.Policy) bool {
			return p.Rights[2].Kind == policy.RightRectification && strings.Contains(p.Rights[2].How, "30 days")
		}},
		{says: "you can add a statement to your file about a dispute", typed: func(p *policy.Policy) bool { return strings.Contains(p.Category("statements").Items[0], "dispute") }},
		{says: "you can freeze your file for free, and lift the freeze at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("freezes").HasBasis(policy.BasisLegalObligation) && strings.Contains(p.Purpose("freezes").Obligations[0].Act, "1681c-1")
		}},
		{says: "a freeze and a fraud alert cost nothing", free: toPurpose("freezes")},
		{says: "an initial fraud alert lasts a year, an extended alert seven years, and we pass alerts on to Equifax and TransUnion", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("statements").Retention.Criteria, "seven") && recipient(p, "other-bureaus").Conditional &&
				slices.Contains(p.Purpose("freezes").Recipients, recipient(p, "other-bureaus"))
		}},
		{says: "service members can place an active-duty alert", typed: func(p *policy.Policy) bool { return strings.Contains(p.Category("statements").Items[2], "active-duty") }},
		{says: "a parent can find out whether a child under 16 has a credit file and place a freeze on it, with proof of the child's identity and of the parent's authority", free: us6ToChildren},
		{says: "lenders and insurers may use our lists to send you prescreened offers, and you can opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("prescreened").OptOut && p.Purpose("prescreened").Uses(p.Category("scores"))
		}},
		{says: "you opt out of prescreened offers for five years or for good at optoutprescreen.com or 1-888-5-OPT-OUT", typed: func(p *policy.Policy) bool { return p.Purpose("prescreened").OptOutHow != "" }},
		{says: "negative information stays seven years, a Chapter 7 bankruptcy ten, and hard inquiries two", typed: func(p *policy.Policy) bool {
			return strings.HasPrefix(p.Category("accounts").Retention.Criteria, "negative information for seven years") && p.Category("accounts").Retention.Law != "" &&
				strings.HasPrefix(p.Category("public-records").Retention.Criteria, "ten years") && p.Category("inquiries").Retention.Period == policy.Years(2)
		}},
		{says: "members give us their name, email, password, Social Security number and date of birth, and answer questions to prove who they are", typed: func(p *policy.Policy) bool {
			return len(p.Category("member").Items) == 4 && p.Purpose("membership").Required != ""
		}},
		{says: "membership gives you your report and scores, credit monitoring and identity theft protection", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").Uses(p.Category("scores")) && p.Purpose("membership").Uses(p.Category("member"))
		}},
		{says: "you must be 18 to become a member, and our websites are not directed to children under 13", typed: func(p *policy.Policy) bool {
			return p.Purpose("membership").MinimumAge == 18 && p.Children.MinimumAge == 13 && p.Children.Note != ""
		}},
		{says: "our consumer services' financial information is governed by the Gramm-Leach-Bliley Act and our consumer privacy notice", typed: func(p *policy.Policy) bool {
			return p.Category("member").GovernedBy == policy.SectoralGLBA && p.Category("boost").GovernedBy == policy.SectoralGLBA && p.OtherNotices[0].URL != ""
		}},
		{says: "with Experian Boost, and your permission, we connect to your bank accounts to add on-time bill payments to your file", typed: func(p *policy.Policy) bool {
			b := p.Purpose("boost")
			return b.RestsOnConsent() && b.Uses(p.Category("boost")) && p.Category("boost").SourceDetail != ""
		}},
		{says: "you can disconnect your accounts or remove Boost at any time", typed: func(p *policy.Policy) bool {
			return p.Purpose("boost").Withdraw != "" && p.Category("boost").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we show members offers matched to their credit, and partners pay us when you take one", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Profiling && recipient(p, "partners").Conditional
		}},
		{says: "our marketing data holds names, addresses, age, household, estimated income and home value, and interests", typed: func(p *policy.Policy) bool {
			c := p.Category("marketing-data")
			return len(c.Items) == 4 && slices.Contains(c.CCPA, policy.CCPAProtectedTraits) && c.GovernedBy == 0
		}},
		{says: "it comes from public records, surveys, retailers, publishers and other compilers, and some of it is modelled", typed: func(p *policy.Policy) bool {
			c := p.Category("marketing-data")
			return slices.Contains(c.Sources, policy.SourcePublic) && slices.Contains(c.Sources, policy.SourceDerived) && c.SourceDetail != ""
		}},
		{says: "we sell marketing data to businesses that use it to choose whom to send offers to", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.USStates.Sells == policy.AnswerYes && slices.Contains(p.Purpose("marketing-services").Recipients, recipient(p, "clients"))
		}},
		{says: "we do not use your credit file for marketing, except for prescreened offers the Act allows", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing-services")
			return !m.Uses(p.Category("accounts")) && !m.Uses(p.Category("scores")) && p.Purpose("prescreened").Uses(p.Category("accounts"))
		}},
		{says: "you can opt out of the sale of your information and of targeted advertising with our opt-out link", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Purpose("marketing-services").OptOut
		}},
		{says: "we collect device and browsing information with cookies and pixels, and partners show our ads elsewhere", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 2 && cookie(p, "advertising").Provider == recipient(p, "advertising") && p.Category("device").Tracking
		}},
		{says: "we do not respond to Do Not Track, but we honour Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we use sensitive personal information only for the purposes the law allows", free: toIntroduction},
		{says: "you may know, access, correct and delete the personal information the state laws cover, and take a copy", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability)
		}},
		{says: "requests go through our online form or 1-888-EXPERIAN, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber == "1-888-397-3742" && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "we will not discriminate against you for exercising your rights", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightNonDiscrimination) }},
		{says: "we publish our yearly CCPA request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "you can complain to the Consumer Financial Protection Bureau", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressRegulator && strings.Contains(p.Redress[0].Contact.Name, "Consumer Financial Protection Bureau")
		}},
		{says: "we are registered as a data broker in California, Vermont, Texas and Oregon", free: toIntroduction},
		{says: "we protect information with encryption, access controls and regular audits", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "changes take effect when we post the policy with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
	}}
}
