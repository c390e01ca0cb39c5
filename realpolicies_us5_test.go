package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// p2pPayments paraphrases, in our own words and as we recall it, the US
// privacy policy of Venmo, a service of PayPal, Inc., as published in
// 2024-2025: an app for sending money to friends and paying businesses,
// with a social feed on which the people, date and note of a payment (not
// its amount) show to the audience the user chooses, public by default;
// debit and credit cards issued by partner banks; crypto bought and held
// through a partner; and teen accounts that a parent opens and manages for
// a child of 13 to 17. PayPal is a financial institution under the
// Gramm-Leach-Bliley Act, whose own notice governs most of what a customer
// gives and which exempts it from the other states' comprehensive privacy
// laws; the policy declares the CCPA for the rest.
func p2pPayments() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account and contact information", Items: []string{"name", "username", "email address", "phone number", "postal address", "password", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "the Bank Secrecy Act's record-keeping rules (31 CFR 1010.430)", Criteria: "at least five years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	identity := &policy.Category{ID: "identity", Name: "Identity verification information", Items: []string{"date of birth", "Social Security number or taxpayer identification number", "images of a government-issued ID", "a selfie compared with that ID"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "31 CFR 1020.220 and 1010.430", Criteria: "at least five years after your account closes"},
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	funding := &policy.Category{ID: "funding", Name: "Bank account and card information", Items: []string{"bank account and routing numbers", "debit and credit card numbers", "balances of linked accounts, where you link through a partner"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the banks and the account-linking partner you use", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5)), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	transactions := &policy.Category{ID: "transactions", Name: "Transaction information", Items: []string{"who you pay and who pays you", "amount, date and payment note", "businesses you pay with Venmo", "crypto you buy, sell or hold"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionRequiredByLaw, Law: "the Bank Secrecy Act's record-keeping rules (31 CFR 1010.430)", Criteria: "at least five years after the transaction"},
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	feed := &policy.Category{ID: "feed", Name: "Social feed entries", Items: []string{"the names and photos of the people in a payment", "the date and the note of the payment, but not its amount", "likes and comments on it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, Visibility: policy.VisibilityDefault,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	friends := &policy.Category{ID: "friends", Name: "Friends list", Items: []string{"the people you are friends with on Venmo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	contacts := &policy.Category{ID: "contacts", Name: "Phone contacts", Items: []string{"the names, phone numbers and email addresses in your phone's contacts, if you sync them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, DevicePermission: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"your device's GPS location"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed to secure your account and the payment"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address and approximate location", "device identifiers, model and operating system", "how you use the app", "login times"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to secure accounts and improve the services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	reports := &policy.Category{ID: "reports", Name: "Information from verification services and credit bureaus", Items: []string{"whether your details match public and private records", "fraud and risk signals", "credit reports, where you apply for the Venmo Credit Card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "identity verification services, fraud prevention services and consumer reporting agencies", Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5)), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAInferences}}
	risk := &policy.Category{ID: "risk", Name: "Risk and compliance assessments", Items: []string{"fraud risk scores", "sanctions screening results", "alerts of unusual payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, identity, transactions, device}, Linked: true,
		Retention: policy.AsRequiredBy("the Bank Secrecy Act and its regulations"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}
	support := &policy.Category{ID: "support", Name: "Communications with us", Items: []string{"chats and emails with customer support", "recordings of phone calls", "disputes you raise"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve the matter and to show how we handled it"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	web := &policy.Category{ID: "web", Name: "Cookie and advertising information", Items: []string{"cookie and advertising identifiers", "pages you visit on our websites", "ads you see and respond to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}

	paypal := &policy.Recipient{ID: "paypal", Name: "the PayPal family of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, identity, funding, transactions, device, risk}, Purpose: "to provide, secure and improve our services, manage risk and, unless you opt out, market their products to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, identity verification, customer support, payment processing and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, identity, funding, transactions, device, support}}
	users := &policy.Recipient{ID: "users", Name: "the people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions}, Purpose: "to complete the payment, showing your name, username and profile photo, and the note you add"}
	banks := &policy.Recipient{ID: "banks", Name: "banks, card networks and the bank that issues the Venmo debit card", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, funding, transactions}, Purpose: "to move money in and out of your account and to authorise card payments"}
	card := &policy.Recipient{ID: "credit-card", Name: "Synchrony Bank, which issues the Venmo Credit Card", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, identity, transactions}, Purpose: "you apply for or hold the Venmo Credit Card", NoticeURL: "https://synchrony.example/privacy"}
	crypto := &policy.Recipient{ID: "crypto", Name: "Paxos Trust Company, which holds and trades crypto for us", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, identity, transactions}, Purpose: "you buy, sell or hold crypto"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, identity, transactions}, Purpose: "to verify your identity and, where you have credit with us, to report how you pay"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and other government agencies, such as FinCEN and the IRS", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, identity, transactions, risk, device}, Purpose: "the law requires a report, or they serve valid legal process on us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to show our ads on other websites and apps and to measure them"}

	service := &policy.Purpose{ID: "service", Name: "Providing your account and making your payments", Categories: []*policy.Category{account, funding, transactions, device},
		Recipients: []*policy.Recipient{paypal, providers, users, banks},
		Required:   "you must give your name, email address, phone number and a bank account or card to send money; without them we cannot open an account"}
	social := &policy.Purpose{ID: "social", Name: "Running the social feed, friends and comments", Categories: []*policy.Category{feed, friends, account},
		Required: "the feed is optional: you can make every payment private in the privacy settings"}
	findFriends := &policy.Purpose{ID: "find-friends", Name: "Suggesting friends from your phone's contacts", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off contact syncing in the settings or the phone's permissions"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Verifying your identity", Categories: []*policy.Category{account, identity, reports},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers, bureaus},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs)", Region: regionUS}},
		Required:    "to send more than a small amount, use a card or buy crypto, federal law requires us to verify who you are; without it those features stay closed"}
	aml := &policy.Purpose{ID: "aml", Name: "Screening for sanctions and monitoring for money laundering", Categories: []*policy.Category{account, identity, transactions, risk},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS},
			{Act: "state money transmitter laws", Region: regionUS}},
		TippingOff: []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Assessing risk, preventing fraud and protecting accounts", Categories: []*policy.Category{account, device, location, transactions, funding, reports, risk},
		Recipients: []*policy.Recipient{paypal, providers},
		Automated:  "our systems score each payment and login for risk, and may hold or decline a payment they judge risky",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment, policy.SuspensionTargetCard},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundUnauthorised, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerYes, Contest: "by contacting customer support", HumanReview: true}}
	creditCard := &policy.Purpose{ID: "credit", Name: "Deciding on applications for the Venmo Credit Card with its issuer", Categories: []*policy.Category{account, identity, reports, transactions},
		Recipients: []*policy.Recipient{card, bureaus},
		Automated:  "the issuer decides whether to approve you and your credit limit from your credit report and your Venmo activity"}
	cryptoPurpose := &policy.Purpose{ID: "crypto", Name: "Buying, selling and holding crypto", Categories: []*policy.Category{account, identity, transactions},
		Recipients: []*policy.Recipient{crypto}}
	tax := &policy.Purpose{ID: "tax", Name: "Reporting payments for goods and services to tax authorities", Categories: []*policy.Category{account, identity, transactions},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Internal Revenue Code, 26 U.S.C. 6050W (Form 1099-K)", Region: regionUS}, {Act: "26 U.S.C. 6045 (crypto sales)", Region: regionUS}},
		Required:    "if you receive payments for goods and services, the law requires your taxpayer identification number; without it we must withhold tax"}
	help := &policy.Purpose{ID: "support", Name: "Answering your questions and resolving disputes", Categories: []*policy.Category{support, account, transactions},
		Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our products and those of the PayPal family", Categories: []*policy.Category{account, transactions},
		OptOut: true, Recipients: []*policy.Recipient{paypal}}
	ads := &policy.Purpose{ID: "ads", Name: "Showing our ads on other websites and apps, and personalising offers", Categories: []*policy.Category{web, device},
		OptOut: true, Recipients: []*policy.Recipient{adPartners}, Profiling: true}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving our services", Categories: []*policy.Category{device, transactions},
		Recipients: []*policy.Recipient{providers}}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "PayPal, Inc.", Address: "2211 North First Street, San Jose, CA 95131, USA"}, Country: regionUS,
			Registration: "NMLS ID 910457; licensed as a money transmitter in the states that require it"},
		Title:   "Venmo US privacy policy",
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		URL:   "https://venmo.example/legal/us-privacy-policy",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"the Venmo app and website and the Venmo accounts, cards and services offered in the United States"},
		OtherNotices: []policy.Notice{
			{Covers: "customers' nonpublic personal information under the Gramm-Leach-Bliley Act (the Venmo Consumer Privacy Notice)", URL: "https://venmo.example/legal/us-consumer-privacy-notice"},
			{Covers: "the Venmo Credit Card, whose issuer, Synchrony Bank, has a privacy notice of its own"},
		},
		Categories: []*policy.Category{account, identity, funding, transactions, feed, friends, contacts, location, device, reports, risk, support, web},
		NotCollected: []policy.Exclusion{
			{ID: "bank.credentials", Name: "the username and password of your bank", Category: funding, Note: "The account-linking partner takes them to link your account; we do not keep them."},
		},
		Purposes:   []*policy.Purpose{service, social, findFriends, kyc, aml, fraud, creditCard, cryptoPurpose, tax, help, marketing, ads, improve},
		Recipients: []*policy.Recipient{paypal, providers, users, banks, card, crypto, bureaus, authorities, adPartners},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims},
			SharedCopies: true, Note: "Comments you left on other people's payments stay on their feed entries."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising and analytics cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in the app's settings or by asking support"},
			{Kind: policy.RightErasure, How: "by closing your account in the app"}, {Kind: policy.RightPortability, How: "by downloading your statements and transaction history"},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link in the app and on our website"},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://venmo.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the Privacy section of the app's settings", "the privacy request form on our website", "our toll-free number"},
			TollFreeNumber: "1-855-812-4430", LargeVolume: true, MetricsURL: "https://venmo.example/legal/ccpa-metrics"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{RequestForm: "https://venmo.example/privacy-request", CookieSettings: "https://venmo.example/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, ConsentAge: 18,
			Restrictions:   []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, policy.ChildRestrictionParentalControls, policy.ChildRestrictionNoPersonalisedAds},
			Note:           "Users from 13 to 17 can use Venmo only through a teen account that a parent or guardian opens, funds and manages from their own account.",
			ParentRequests: "in the teen account controls of the parent's Venmo app, or by contacting customer support"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Website: "https://venmo.example/contact", Address: "Venmo, Attn: Privacy, 2211 North First Street, San Jose, CA 95131, USA", Phone: "1-855-812-4430"},
	}
	return realPolicy{"peer-to-peer payments app (Venmo)", p, []statement{
		{says: "Venmo is a service of PayPal, Inc., which is responsible for your information", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "PayPal, Inc." && strings.Contains(p.Title, "Venmo")
		}},
		{says: "PayPal is licensed as a money transmitter (NMLS ID 910457)", typed: func(p *policy.Policy) bool { return strings.Contains(p.Controller.Registration, "NMLS") }},
		{says: "the policy covers the Venmo app, website and services in the United States", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "United States") }},
		{says: "our Consumer Privacy Notice under the Gramm-Leach-Bliley Act also governs how we share customers' information", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Gramm-Leach-Bliley") && p.OtherNotices[0].URL != ""
		}},
		{says: "when you sign up you give your name, email address, phone number and password", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number") && p.Purpose("service").Required != ""
		}},
		{says: "to verify who you are we ask for your date of birth, Social Security number and sometimes a photo of your ID and a selfie", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 4 && slices.Contains(p.Category("identity").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "federal law requires us to verify your identity before some features are open to you", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("kyc").Obligations) == 1 && p.Purpose("kyc").Required != ""
		}},
		{says: "you add a bank account or card to fund payments, and a linking partner may give us your balances", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("funding").Sources, policy.SourceThirdParty) && p.Category("funding").SourceDetail != ""
		}},
		{says: "your bank's login goes to the linking partner, not to us", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("funding") }},
		{says: "we record who you pay, the amount, the date and the note, and what others send you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").Sources, policy.SourceOtherUsers)
		}},
		{says: "payments appear on the social feed, public by default, with the people, date and note but never the amount", typed: func(p *policy.Policy) bool {
			return p.Category("feed").Visibility == policy.VisibilityDefault && p.Purpose("social").Uses(p.Category("feed"))
		}},
		{says: "you can make each payment, or all of them, private or visible to friends only", typed: func(p *policy.Policy) bool { return p.Purpose("social").Required != "" }},
		{says: "other users can see your friends list unless you hide it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("friends").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "if you allow it in your phone, we sync your contacts to suggest friends", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").DevicePermission && p.Purpose("find-friends").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "with your permission we use your device's precise location to secure payments", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("fraud").Uses(p.Category("location"))
		}},
		{says: "we collect your IP address, device identifiers and how you use the app", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Sources, policy.SourceAutomatic)
		}},
		{says: "identity verification services, fraud prevention services and credit bureaus give us information about you", typed: func(p *policy.Policy) bool {
			return p.Category("reports").SourceDetail != "" && p.Purpose("kyc").Uses(p.Category("reports"))
		}},
		{says: "automated systems score payments and logins for risk, and may hold or decline them", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Automated != "" && p.Purpose("fraud").Suspension.Automated == policy.AnswerYes
		}},
		{says: "we may limit your account, hold a payment or block your card to stop fraud or an account takeover, and you can contest it with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover) && s.Contest != "" && s.HumanReview
		}},
		{says: "we screen against sanctions lists and monitor for money laundering, as federal and state law requires", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("aml").Obligations) == 3 && p.Purpose("aml").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "we may not tell you when we report suspicious activity", typed: func(p *policy.Policy) bool { return len(p.Purpose("aml").TippingOff) == 1 }},
		{says: "we report payments for goods and services and crypto sales to the IRS", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && p.Purpose("tax").Required != ""
		}},
		{says: "if you apply for the Venmo Credit Card, Synchrony Bank receives your information and decides under its own privacy notice", typed: func(p *policy.Policy) bool {
			r := recipient(p, "credit-card")
			return r.Conditional && r.NoticeURL != "" && p.Purpose("credit").Automated != ""
		}},
		{says: "our crypto partner Paxos holds and trades crypto for you", typed: func(p *policy.Policy) bool {
			return recipient(p, "crypto").Conditional && p.Purpose("crypto").Recipients[0] == recipient(p, "crypto")
		}},
		{says: "the people and businesses you pay see your name, username, photo and note", typed: func(p *policy.Policy) bool { return recipient(p, "users").Purpose != "" }},
		{says: "banks and card networks receive what they need to move money and authorise card payments", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks").Role == policy.RoleThirdParty && p.Purpose("service").Recipients[3] == recipient(p, "banks")
		}},
		{says: "we share information within the PayPal family of companies", typed: func(p *policy.Policy) bool { return recipient(p, "paypal").Purpose != "" }},
		{says: "service providers process information on our behalf under contract", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "regulators and law enforcement receive information when the law requires or on valid legal process", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may disclose information to protect people and in a merger or sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we share de-identified and aggregated information freely", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "calls with customer support may be recorded", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "we market our products and the PayPal family's, and you can opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "advertising partners' cookies and pixels on our websites help us advertise elsewhere, which you can opt out of", typed: func(p *policy.Policy) bool {
			c := cookie(p, "advertising")
			return c.Party == policy.PartyThird && c.Consent == policy.CookieConsentOptOut && p.Category("web").Tracking
		}},
		{says: "we do not sell personal information, but we share identifiers for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control but do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we use sensitive personal information only for the purposes the CCPA allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "California residents may know, access, correct and delete their information and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "you make a request in the app, with the web form or by calling our toll-free number", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 3 && p.CCPA.TollFreeNumber != ""
		}},
		{says: "we verify requests through your account, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationSignedIn) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "the CCPA's rights do not reach information the Gramm-Leach-Bliley Act covers, so we may keep or refuse to disclose it", free: toIntroduction},
		{says: "we keep records for as long as the law requires, at least five years after an account closes", typed: func(p *policy.Policy) bool {
			r := p.Category("transactions").Retention
			return r.Kind == policy.RetentionRequiredByLaw && r.Criteria != ""
		}},
		{says: "after you close your account, payments stay in the records of the people you paid", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].SharedCopies && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we publish our yearly privacy request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we encrypt data and limit who can see it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "turn on two-step verification, watch for fake messages, and know that we never ask for your password or code", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "teens from 13 to 17 use Venmo only through an account a parent opens and manages", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ConsentAge == 18 && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "teen payments never appear on the public feed and teens see no personalised ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile) && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}

// fitnessSocial paraphrases, in our own words and as we recall it, the
// privacy policy of Strava, Inc. as published in 2024-2025, for users
// everywhere: a social network for recording runs, rides and other
// activities, with kudos, comments, clubs, segments and leaderboards,
// activities public by default and map visibility controls that hide the
// start and end of a route, health data from connected devices used only
// with explicit consent in Europe, a global heatmap and Strava Metro built
// from aggregated activities, Beacon live location for safety contacts,
// and AI summaries of activities for subscribers. It declares the GDPR,
// the UK GDPR, the CCPA and the other US state laws, and leaves consumer
// health data under the laws of Washington and Nevada to a notice of its
// own. (The older paraphrase fitnessApp reads the same company's 2024
// policy under the European laws alone.)
func fitnessSocial() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "password", "date of birth", "gender"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	profile := &policy.Category{ID: "profile", Name: "Profile and social information", Items: []string{"profile photo", "city", "biography", "the athletes you follow and who follow you", "clubs you join"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityDefault, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	activities := &policy.Category{ID: "activities", Name: "Activities", Items: []string{"GPS route and location during the activity", "distance, pace, speed and elevation", "titles, descriptions, photos and videos of activities", "segment efforts and leaderboard times"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the GPS watches, bike computers and apps you connect",
		Retention:    policy.WhileAccountActive(policy.Period{}), Linked: true, Visibility: policy.VisibilityDefault, Zones: policy.ZonesHidden,
		CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo, policy.CCPACommercialInfo}}
	gps := &policy.Category{ID: "gps", Name: "Your phone's location while you record", Items: []string{"your phone's GPS location while the app records an activity"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	interactions := &policy.Category{ID: "interactions", Name: "Kudos, comments and posts", Items: []string{"kudos you give", "comments on activities", "posts in clubs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	health := &policy.Category{ID: "health", Name: "Health information", Items: []string{"heart rate", "body weight", "perceived exertion", "menstrual cycle, if you add it"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "heart-rate monitors and the devices and apps you connect",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		CCPA:        []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts", Items: []string{"names, phone numbers and email addresses in your phone's address book"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, DevicePermission: true, Retention: policy.Until(policy.EventConsentWithdrawal),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	live := &policy.Category{ID: "beacon", Name: "Beacon live location", Items: []string{"your location during an activity", "your phone's battery level"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Keep(policy.Days(1), policy.EventCollection), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Subscription and payment information", Items: []string{"subscription plan", "billing country and postal code", "payment method type and last four digits"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the app stores and our payment processor",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Device and usage information", Items: []string{"IP address", "device identifiers and model", "features you use", "crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to secure and improve the service"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	web := &policy.Category{ID: "web", Name: "Cookie and advertising information", Items: []string{"cookie and advertising identifiers", "pages you visit on our website", "whether you subscribe after seeing an ad"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	summaries := &policy.Category{ID: "insights", Name: "Athlete Intelligence summaries", Items: []string{"written summaries of your activities and trends"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{activities}, ModelGenerated: true,
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, payments, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, profile, activities, health, payment, usage, summaries}}
	connected := &policy.Recipient{ID: "connected", Name: "the apps and devices you connect", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, activities, health}, Purpose: "you connect them and choose what to share with them"}
	safety := &policy.Recipient{ID: "safety-contacts", Name: "the safety contacts you choose for Beacon", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{live}, Purpose: "you start Beacon, to follow your location live during the activity"}
	sponsors := &policy.Recipient{ID: "sponsors", Name: "the sponsors of challenges you join", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account}, Purpose: "you join a sponsored challenge and agree to share your name and email address with its sponsor"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to show our ads for Strava on other websites and apps and measure them"}

	service := &policy.Purpose{ID: "service", Name: "Recording, analysing and storing your activities", Categories: []*policy.Category{account, profile, gps, activities, payment, usage},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, connected},
		Required: "an account needs a name, an email address and a date of birth; without them we cannot provide the service"}
	social := &policy.Purpose{ID: "social", Name: "Social features: following, kudos, comments, clubs, segments and leaderboards", Categories: []*policy.Category{profile, activities, interactions},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "what you post, and whether you give kudos or comment, is up to you; what you do not share does not appear in the social features"}
	healthPurpose := &policy.Purpose{ID: "health", Name: "Training and health insights from your heart rate and other health information", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the health data settings of the app or website", Recipients: []*policy.Recipient{providers},
		Required: "health information is optional; without your consent we store activities without it and the insights that need it are off"}
	friends := &policy.Purpose{ID: "friends", Name: "Suggesting athletes you know from your contacts", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off contact syncing in the settings or the phone's permissions"}
	beacon := &policy.Purpose{ID: "beacon", Name: "Sharing your live location with safety contacts (Beacon)", Categories: []*policy.Category{live},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{safety}}
	heatmap := &policy.Purpose{ID: "heatmap", Name: "Building the global heatmap and Strava Metro's aggregated data for city planners", Categories: []*policy.Category{activities},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing where people are active and helping cities plan safer routes for runners and cyclists", OptOut: true}
	athleteIntelligence := &policy.Purpose{ID: "ai", Name: "Writing AI summaries of your activities for subscribers", Categories: []*policy.Category{activities, summaries},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	moderation := &policy.Purpose{ID: "safety", Name: "Keeping the community safe and the leaderboards fair", Categories: []*policy.Category{account, activities, interactions, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing fraud, spam, harassment and cheating", Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetFeatures, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundSafetyReport, policy.SuspensionGroundFraud},
			Contest: "by writing to support", HumanReview: true}}
	challenges := &policy.Purpose{ID: "challenges", Name: "Running sponsored challenges", Categories: []*policy.Category{account, activities},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by leaving the challenge; the sponsor keeps what it already has under its own policy",
		Recipients: []*policy.Recipient{sponsors}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving the service", Categories: []*policy.Category{usage, activities},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how the features are used so that we can make them better"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Advertising our subscription on other websites and apps", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings or the app's privacy controls", OptOut: true, Recipients: []*policy.Recipient{adPartners}}
	email := &policy.Purpose{ID: "email", DirectMarketing: true, Name: "Emails about features, challenges and offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling athletes about features and offers like those they use", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{payment},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Union and member-state tax law", Region: regionEU}, {Act: "UK tax law", Region: regionGB}, {Act: "US federal and state tax law", Region: regionUS}},
		Required:    "the law requires us to keep payment records; without them we cannot sell a subscription"}
	transfer := func(origin language.Region) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Categories: []*policy.Category{account, profile, gps, activities, interactions, health, contacts, live, payment, usage, web, summaries},
			Safeguard: policy.SafeguardDataPrivacyFramework}
	}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Strava, Inc.", Email: "privacy@strava.example", Address: "208 Utah Street, Suite 200, San Francisco, CA 94103, USA"}, Country: regionUS},
		Version:    "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		URL:   "https://www.strava.example/legal/privacy",
		Scope: []string{"the Strava website and apps", "the services that link to this policy"},
		OtherNotices: []policy.Notice{
			{Covers: "consumer health data under Washington's My Health My Data Act and Nevada's law (the Consumer Health Data Privacy Policy)", URL: "https://www.strava.example/legal/consumer-health-data"},
		},
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, profile, gps, activities, interactions, health, contacts, live, payment, usage, web, summaries},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The app stores and our payment processor keep them."},
		},
		Purposes:   []*policy.Purpose{service, social, healthPurpose, friends, beacon, heatmap, athleteIntelligence, moderation, challenges, improve, marketing, email, legal},
		Recipients: []*policy.Recipient{providers, connected, safety, sponsors, adPartners},
		Transfers:  []policy.Transfer{transfer(regionEU), transfer(regionGB), transfer(regionCH)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookie", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1))},
			{ID: "advertising", Name: "advertising pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: marketing,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Months(13))},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Rights: append(gdprRights("in the app's settings or by writing to us"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or the cookie settings"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.strava.example/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo, OnlineOnly: true,
			RequestMethods: []string{"the download and delete tools in your settings", "email to privacy@strava.example"},
			LargeVolume:    true, MetricsURL: "https://www.strava.example/legal/ccpa-metrics"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or writing to privacy@strava.example", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:    policy.Links{CookieSettings: "https://www.strava.example/settings/privacy"},
		Children: policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{{Region: regionEU, Age: 16}}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@strava.example"},
	}
	return realPolicy{"fitness social network (Strava)", p, []statement{
		{says: "Strava, Inc. in San Francisco is responsible for your information, wherever you live", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Strava, Inc." && p.Controller.Country == regionUS && len(p.Establishments) == 0
		}},
		{says: "the policy covers our website, apps and the services that link to it", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "our Consumer Health Data Privacy Policy covers health data under Washington and Nevada law", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Washington") && p.OtherNotices[0].URL != ""
		}},
		{says: "you give your name, email, password, date of birth and gender when you sign up", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 5 && p.Purpose("service").Required != ""
		}},
		{says: "your profile, photo, city, followers and clubs are public by default", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityDefault }},
		{says: "we record your route, distance, pace and elevation from your phone's GPS once you allow location access", typed: func(p *policy.Policy) bool {
			return p.Category("gps").DevicePermission && p.Purpose("service").Uses(p.Category("gps")) && slices.Contains(p.Category("activities").Sources, policy.SourceAutomatic)
		}},
		{says: "we receive activities from the watches, bike computers and apps you connect", typed: func(p *policy.Policy) bool {
			return p.Category("activities").SourceDetail != "" && recipient(p, "connected").Conditional
		}},
		{says: "activities are visible to everyone by default, and you can set each to followers only or only you", typed: func(p *policy.Policy) bool {
			return p.Category("activities").Visibility == policy.VisibilityDefault
		}},
		{says: "map visibility controls hide the start and end of your routes near places you choose", typed: func(p *policy.Policy) bool { return p.Category("activities").Zones == policy.ZonesHidden }},
		{says: "your efforts on segments appear on public leaderboards", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activities").Items, "segment efforts and leaderboard times") && p.Purpose("social").Uses(p.Category("activities"))
		}},
		{says: "other athletes see the kudos and comments you give", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("interactions").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "heart rate and other health information come from your devices or what you enter", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceThirdParty) && p.Category("health").SourceDetail != ""
		}},
		{says: "in Europe we use health information only with your explicit consent, which you can withdraw in the settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("health").RestsOn(policy.BasisExplicitConsent, policy.GDPR) && p.Purpose("health").Withdraw != ""
		}},
		{says: "without that consent activities are stored without health information", typed: func(p *policy.Policy) bool { return p.Purpose("health").Required != "" }},
		{says: "we never sell health information nor use it for advertising", typed: func(p *policy.Policy) bool {
			c := p.Category("health").Commitments
			return slices.Contains(c, policy.CommitmentNoSale) && slices.Contains(c, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "with your phone's permission we sync your contacts to suggest athletes you know", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").DevicePermission && p.Purpose("friends").RestsOnConsent()
		}},
		{says: "Beacon shares your live location and battery level with the contacts you choose during an activity", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("beacon").VisibleTo, policy.AudienceChosenContacts) && recipient(p, "safety-contacts").Conditional
		}},
		{says: "aggregated, de-identified activities build the global heatmap and Strava Metro, and you can opt out", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && p.Purpose("heatmap").OptOut && p.Purpose("heatmap").Interest != ""
		}},
		{says: "Athlete Intelligence uses AI to summarise subscribers' activities, and the summaries may be wrong", typed: func(p *policy.Policy) bool {
			return p.Category("insights").ModelGenerated && slices.Contains(p.Category("insights").DerivedFrom, p.Category("activities"))
		}},
		{says: "we remove content, limit features or close accounts that break our community standards or cheat, and you can ask us to review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Targets, policy.SuspensionTargetFeatures) && s.Contest != ""
		}},
		{says: "if you join a sponsored challenge and agree, its sponsor receives your name and email", typed: func(p *policy.Policy) bool {
			return recipient(p, "sponsors").Conditional && p.Purpose("challenges").RestsOnConsent()
		}},
		{says: "subscriptions are paid through the app stores or our processor, which keep card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.Category("payment").SourceDetail != ""
		}},
		{says: "we use device and usage information to secure and improve the service, on our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && p.Purpose("safety").Uses(p.Category("usage"))
		}},
		{says: "we email you about features and offers, and you can unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("email").DirectMarketing && p.Purpose("email").OptOut }},
		{says: "with your consent, advertising partners' pixels help us advertise Strava elsewhere", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Technology == policy.TechnologyPixel && p.Purpose("marketing").RestsOn(policy.BasisConsent, policy.GDPR)
		}},
		{says: "we do not sell personal data, but some US states treat our advertising cookies as sharing or targeted advertising, which you can opt out of", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes && p.CCPA.OptOutURL != ""
		}},
		{says: "we honour Global Privacy Control", typed: func(p *policy.Policy) bool { return p.Signals.GlobalPrivacyControl == policy.AnswerYes }},
		{says: "we use precise location and health information only to provide the service, so no right to limit applies", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && slices.Contains(p.Category("activities").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "service providers host the service and help with support and payments on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we disclose data on valid legal process, to protect people, or in a sale of the business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "data of users in the EEA, the UK and Switzerland goes to the US under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 3 && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep your data while your account is open and delete it within 30 days when you delete the account", typed: func(p *policy.Policy) bool {
			return p.Category("activities").Retention.Kind == policy.RetentionWhileActive && p.Deletion[0].Total() == policy.Days(30)
		}},
		{says: "we keep payment records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw && len(p.Purpose("legal").Obligations) == 3
		}},
		{says: "in Europe you may access, correct, delete and download your data, object, restrict and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightRestriction)
		}},
		{says: "you may complain to your data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "US residents may know, delete and correct their data and opt out of targeted advertising without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "we verify requests through your account, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.Requests.Agents == policy.AnswerYes && slices.Contains(p.Requests.Verification, policy.VerificationSignedIn)
		}},
		{says: "you may appeal our answer, and then contact your Attorney General", typed: func(p *policy.Policy) bool { return p.USStates.Appeal.AttorneyGeneral }},
		{says: "no decision based solely on automated processing is made about you", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "essential cookies keep you signed in; you choose the others in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && p.Links.CookieSettings != ""
		}},
		{says: "Strava is not for children under 13, or under 16 where local law requires", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && len(p.Children.ByRegion) == 1
		}},
		{says: "we encrypt data in transit and limit access to it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "photos you post may carry location metadata unless you remove it", free: toCategory("activities")},
		{says: "others may mention or tag you in activities and photos, and group activities link you to the athletes you did them with", free: toCategory("interactions")},
	}}
}

// usBank paraphrases, in our own words and as we recall it, the US Online
// Privacy Notice of JPMorgan Chase & Co. (Chase), as published in
// 2024-2025: how Chase collects and uses information through its websites,
// mobile apps, online services, emails and ads, beside the Gramm-Leach-
// Bliley Act notice that governs the nonpublic personal information of its
// consumer customers, and the CCPA disclosure for California residents
// whose information that Act does not cover. A financial institution
// subject to the Gramm-Leach-Bliley Act, Chase is outside the other states'
// comprehensive privacy laws, which exempt such institutions as a whole.
func usBank() realPolicy {
	contact := &policy.Category{ID: "contact", Name: "Contact information", Items: []string{"name", "postal and email address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it for the purpose we collected it for and as laws, regulations and our record-keeping policies require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	ssn := &policy.Category{ID: "ssn", Name: "Government identifiers", Items: []string{"Social Security number", "driver's license or passport number"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the customer identification program rule (31 CFR 1020.220(a)(3)), five years after the account closes"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	accounts := &policy.Category{ID: "accounts", Name: "Account and transaction information", Items: []string{"account and card numbers", "balances and payment history", "transactions you make"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("federal banking record-keeping rules, such as 31 CFR 1010.430 and 1020.410"),
		CCPA:      []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in credentials", Items: []string{"online banking username and password", "one-time codes"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	online := &policy.Category{ID: "online", Name: "Online activity information", Items: []string{"IP address", "browser and device type and identifiers", "pages you visit and links you click", "the ads you see and respond to", "how you move your mouse and type, to recognise you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure your accounts, measure our ads and improve our services"), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location from your mobile device", Items: []string{"your device's precise location"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use and to prevent fraud"), CCPA: []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	images := &policy.Category{ID: "images", Name: "Camera and photos", Items: []string{"images of checks you deposit", "images of documents you send us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, DevicePermission: true,
		Retention: policy.AsRequiredBy("check image retention rules of the Check 21 Act and Regulation CC"), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensoryData}}
	calls := &policy.Category{ID: "calls", Name: "Call recordings", Items: []string{"recordings of calls with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to serve you and as regulations require"), CCPA: []policy.CCPACategory{policy.CCPASensoryData}}
	voice := &policy.Category{ID: "voice", Name: "Voiceprint", Items: []string{"a model of your voice, if you enrol in voice authentication"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{calls}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	thirdParty := &policy.Category{ID: "third-party", Name: "Information from other sources", Items: []string{"credit reports", "demographic and marketing information", "information from social media when you interact with us there", "fraud and identity verification results"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, SourceDetail: "consumer reporting agencies, data providers, marketing partners, social media platforms and public records",
		Linked: true, Retention: policy.ByCriteria("as long as we need it for the purpose we collected it for"), CCPA: []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPAInferences, policy.CCPAProtectedTraits}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interests", Items: []string{"products you may be interested in", "your likely response to offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{online, accounts, thirdParty}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with new ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the JPMorgan Chase family of companies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, ssn, accounts, online, location, thirdParty, inferences}, Purpose: "to serve you and, as our consumer privacy notice lets you limit, to market their products to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers that perform services for us under contract", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, ssn, accounts, online, location, images, calls, voice}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies and networks, and the websites and social media platforms that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, inferences}, Purpose: "to show you our ads on other websites, apps and social media, and measure them"}
	partners := &policy.Recipient{ID: "partners", Name: "companies with which we offer co-branded cards and other products", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, accounts}, Purpose: "you apply for or hold a product we offer with them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{contact, ssn, accounts, online, location, calls}, Purpose: "the law requires a report, they examine us, or they serve valid legal process on us"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{contact, accounts}, Purpose: "to report how you pay your credit accounts, as the Fair Credit Reporting Act allows"}

	service := &policy.Purpose{ID: "service", Name: "Providing and servicing your accounts, and processing your transactions and applications", Categories: []*policy.Category{contact, ssn, accounts, images, thirdParty},
		Recipients: []*policy.Recipient{affiliates, providers, partners, bureaus},
		Required:   "you must give your name, address, date of birth and Social Security number to open an account or apply for credit; without them we cannot"}
	identity := &policy.Purpose{ID: "identity", Name: "Verifying your identity", Categories: []*policy.Category{contact, ssn, thirdParty},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs for banks)", Region: regionUS}}}
	security := &policy.Purpose{ID: "security", Name: "Authenticating you, protecting your accounts and preventing fraud", Categories: []*policy.Category{contact, credentials, accounts, online, location, calls},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised, policy.SuspensionGroundAccountTakeover},
			Contest: "by calling the number on the back of your card or signing in", HumanReview: true}}
	voiceID := &policy.Purpose{ID: "voice-id", Name: "Recognising you by your voice when you call", Categories: []*policy.Category{voice, calls},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by asking a representative to remove your voiceprint", Recipients: []*policy.Recipient{providers}}
	features := &policy.Purpose{ID: "features", Name: "Finding branches and ATMs near you and depositing checks with your camera", Categories: []*policy.Category{location, images},
		Recipients: []*policy.Recipient{providers}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with laws, regulations and legal process", Categories: []*policy.Category{contact, ssn, accounts, online, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}},
		TippingOff:  []policy.Obligation{{Act: "31 U.S.C. 5318(g)(2)", Region: regionUS}},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about products and offers of ours and our affiliates", Categories: []*policy.Category{contact, accounts, inferences},
		OptOut: true, Recipients: []*policy.Recipient{affiliates}, Profiling: true}
	ads := &policy.Purpose{ID: "ads", Name: "Showing you our ads on other websites, apps and social media, based on your interests", Categories: []*policy.Category{online, inferences},
		OptOut: true, Recipients: []*policy.Recipient{adPartners}, Profiling: true}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing and improving our websites, apps and products", Categories: []*policy.Category{online, accounts},
		Recipients: []*policy.Recipient{providers}}
	p := &policy.Policy{
		Title:      "US online privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "JPMorgan Chase & Co.", Address: "383 Madison Avenue, New York, NY 10179, USA", Website: "https://www.chase.example/digital/resources/privacy-security"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:   "https://www.chase.example/digital/resources/privacy-security/privacy/online-privacy-policy",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"the websites, mobile apps, emails and other online services of JPMorgan Chase & Co. and its US affiliates that link to this notice"},
		OtherNotices: []policy.Notice{
			{Covers: "consumer customers' nonpublic personal information under the Gramm-Leach-Bliley Act (the U.S. Consumer Privacy Notice), which prevails over this notice where they differ", URL: "https://www.chase.example/digital/resources/privacy-security/privacy/consumer-privacy-notice"},
			{Covers: "California residents' rights under the CCPA (the California Consumer Privacy Act disclosure)", URL: "https://www.chase.example/digital/resources/privacy-security/privacy/ccpa-disclosure"},
			{Covers: "customers of J.P. Morgan Private Bank, J.P. Morgan Securities and our businesses outside the United States"},
		},
		Categories:  []*policy.Category{contact, ssn, accounts, credentials, online, location, images, calls, voice, thirdParty, inferences},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Purposes:    []*policy.Purpose{service, identity, security, voiceID, features, compliance, marketing, ads, analytics},
		Recipients:  []*policy.Recipient{affiliates, providers, adPartners, partners, authorities, bureaus},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that recognise your device and keep you signed in", Party: policy.PartyFirst, Purpose: security, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and tags", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies, pixels and tags", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptOut,
				Note: "You can opt out of interest-based ads through the Digital Advertising Alliance's AdChoices program."},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in your profile online or by calling us"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability}, {Kind: policy.RightOptOutOfSale, How: "by turning off interest-based ads in your privacy preferences"},
			{Kind: policy.RightNonDiscrimination}, {Kind: policy.RightWithdrawConsent}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.chase.example/digital/resources/privacy-security/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"the CCPA request form on our website", "our toll-free number"}, TollFreeNumber: "1-888-868-8618",
			LargeVolume: true, MetricsURL: "https://www.chase.example/digital/resources/privacy-security/privacy/ccpa-metrics"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureInternalRules, Description: "We use physical, electronic and procedural safeguards that comply with federal law, including secured files and buildings."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages, policy.SafetyTipStrongPassword},
		Links:      policy.Links{CookieSettings: "https://www.chase.example/digital/resources/privacy-security/privacy/your-privacy-choices", Security: "https://www.chase.example/digital/resources/privacy-security/security"},
		Children:   policy.Children{MinimumAge: 13, Note: "Our online services are not directed to children under 13, and we do not knowingly collect their personal information online."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Phone: "1-888-868-8618", Address: "Chase Privacy Operations, P.O. Box 659752, San Antonio, TX 78265-9752, USA"},
	}
	return realPolicy{"US bank online privacy notice (Chase)", p, []statement{
		{says: "this notice explains how JPMorgan Chase & Co. and its US affiliates use information collected online", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "JPMorgan Chase & Co." && p.Controller.Country == regionUS
		}},
		{says: "it covers our websites, mobile apps, online services and emails that link to it", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "emails")
		}},
		{says: "it also covers information we collect through our ads on other websites", free: toIntroduction},
		{says: "for consumer customers, our U.S. Consumer Privacy Notice under the Gramm-Leach-Bliley Act prevails", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "prevails") && p.OtherNotices[0].URL != ""
		}},
		{says: "California residents have a separate CCPA disclosure", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[1].Covers, "CCPA") }},
		{says: "private bank, securities and non-US customers have notices of their own", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 3 }},
		{says: "you give us your name, addresses, phone number, date of birth and Social Security number when you apply or open an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("ssn").Items, "Social Security number") && p.Purpose("service").Uses(p.Category("ssn")) && p.Purpose("service").Required != ""
		}},
		{says: "we collect account numbers, balances, payment history and your online banking credentials", typed: func(p *policy.Policy) bool {
			return len(p.Category("accounts").Items) == 3 && slices.Contains(p.Category("credentials").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "we automatically collect your IP address, device and browser details, and what you do on our sites", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("online").Sources, policy.SourceAutomatic) && len(p.Category("online").Items) == 5
		}},
		{says: "we may recognise your device and the way you type or move your mouse to authenticate you", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("online")) && slices.Contains(p.Category("online").Items, "how you move your mouse and type, to recognise you")
		}},
		{says: "with your permission our apps use your device's location, for example to find branches and ATMs and prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("features").Uses(p.Category("location")) && p.Purpose("security").Uses(p.Category("location"))
		}},
		{says: "with your permission our apps use your camera to deposit checks and send documents", typed: func(p *policy.Policy) bool {
			return p.Category("images").DevicePermission && p.Purpose("features").Uses(p.Category("images"))
		}},
		{says: "calls may be recorded, and with your consent we may recognise you by your voice", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Category("voice").Biometric && p.Purpose("voice-id").RestsOnConsent() && p.Purpose("voice-id").Uses(p.Category("voice"))
		}},
		{says: "we get information from credit bureaus, data providers, marketing partners, social media and public sources", typed: func(p *policy.Policy) bool {
			c := p.Category("third-party")
			return slices.Contains(c.Sources, policy.SourcePublic) && c.SourceDetail != ""
		}},
		{says: "we combine what we collect online and offline and infer what products may interest you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferences").DerivedFrom) == 3 && p.Purpose("marketing").Profiling
		}},
		{says: "we use information to provide and service accounts and process transactions and applications", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("accounts"))
		}},
		{says: "we verify your identity as federal law requires", typed: func(p *policy.Policy) bool { return len(p.Purpose("identity").Obligations) == 1 }},
		{says: "we use information to detect and prevent fraud and block suspicious card use or transactions", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "we use information to comply with laws, regulations and legal process, including anti-money-laundering and sanctions laws", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("compliance").Obligations) == 2 && len(p.Purpose("compliance").TippingOff) == 1
		}},
		{says: "we use information to analyse and improve our websites, apps and products", typed: func(p *policy.Policy) bool { return p.Purpose("analytics") != nil }},
		{says: "we market our products and our affiliates' to you, and you can limit that as our consumer privacy notice explains", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "we share information among the JPMorgan Chase family of companies", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "service providers act for us under contracts that limit their use of the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "co-branded card partners receive information when you apply for or hold their product", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Conditional }},
		{says: "we report credit accounts to consumer reporting agencies", typed: func(p *policy.Policy) bool { return !recipient(p, "bureaus").Conditional }},
		{says: "we disclose information to regulators and law enforcement as the law requires or permits", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we may disclose information to protect people and property and in a sale or merger of a business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we may use and share aggregated or de-identified information", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we use cookies, pixels and tags to recognise you, keep you signed in, analyse use and advertise", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 3 && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "advertising companies show our ads on other sites and social media based on your interests", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Party == policy.PartyThird && p.Purpose("ads").Profiling && p.Category("online").Tracking
		}},
		{says: "you can opt out of interest-based ads through AdChoices or your privacy preferences, though you will still see ads", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptOut && cookie(p, "advertising").Note != "" && p.Purpose("ads").OptOut
		}},
		{says: "we do not respond to Do Not Track signals, but we treat Global Privacy Control as an opt-out of sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not sell personal information, but sharing it for online advertising counts as sharing under the CCPA", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && slices.Contains(p.Commitments, policy.CommitmentNoSale)
		}},
		{says: "we use sensitive personal information only as the CCPA allows", typed: func(p *policy.Policy) bool { return p.CCPA.SensitiveUse == policy.AnswerNo }},
		{says: "California residents may know, access, correct and delete their information and will not be discriminated against", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number, and we verify them; an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "the CCPA does not apply to information the Gramm-Leach-Bliley Act and the Fair Credit Reporting Act cover", free: toIntroduction},
		{says: "we keep information as long as our purposes, the law and our record-keeping policies require", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("contact").Retention.Criteria != ""
		}},
		{says: "we publish our yearly CCPA request numbers", typed: func(p *policy.Policy) bool { return p.CCPA.MetricsURL != "" }},
		{says: "we use physical, electronic and procedural safeguards that comply with federal law", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "we will never ask for your password or one-time code by email or text; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "our online services are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Note != "" }},
		{says: "links to third-party sites are governed by their own privacy policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "when you interact with us on social media, the platform's own policy also applies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalSocialNetworks) }},
		{says: "we may change this notice, and the changes take effect when we post it with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
	}}
}
