package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs15WellsFargo paraphrases, in our own words and as we recall
// them, the privacy notices Wells Fargo published for its consumers in the
// United States in 2024-2025: the U.S. Consumer Privacy Notice its banking,
// card, lending and brokerage companies give their customers under the
// Gramm-Leach-Bliley Act (the model form: what it shares, whether the
// customer can limit it, and how), with its sections for residents of
// Vermont, California and Nevada; the Online Privacy Notice for
// wellsfargo.com, the Wells Fargo Mobile app and Fargo, its virtual
// assistant; and the notice for California residents under the CCPA.
// Customers' account, transaction and application information is governed
// by the Gramm-Leach-Bliley Act, and consumer reports by the Fair Credit
// Reporting Act; the California section reaches only the rest, such as
// what the website collects from visitors. The headquarters address and
// the 800 number are Wells Fargo's; the web and e-mail addresses are
// illustrative.
func realPolicyUs15WellsFargo() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identity and application information",
		Items:       []string{"name, address, phone number, email address and date of birth", "Social Security number and government ID", "income and employment"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our affiliates and identity verification services",
		Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("the customer identification program rule, 31 CFR 1020.220(a)(3), for five years after the account is closed")}
	accounts := &policy.Category{ID: "accounts", Name: "Account and transaction information",
		Items:       []string{"account balances and transaction history", "payment history on your loans and cards", "the people you pay and who pay you, with Zelle and Bill Pay"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("federal banking record rules, such as 31 CFR 1010.430, which keep records five years")}
	credit := &policy.Category{ID: "credit", Name: "Credit history and credit scores", Items: []string{"credit reports and credit scores from consumer reporting agencies"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and the Equal Credit Opportunity Act")}
	credentials := &policy.Category{ID: "credentials", Name: "Sign-in information", Items: []string{"username and password", "one-time access codes"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	fargo := &policy.Category{ID: "fargo", Name: "Conversations with Fargo", Items: []string{"what you ask Fargo, our virtual assistant, by voice or text, and its answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to answer you, improve Fargo and keep the records banking rules require")}
	location := &policy.Category{ID: "location", Name: "Location of your mobile device", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to find ATMs and branches near you and to spot fraud")}
	calls := &policy.Category{ID: "calls", Name: "Calls with us", Items: []string{"recordings of calls with our bankers and phone bankers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to serve you, check quality and meet record-keeping rules")}
	online := &policy.Category{ID: "online", Name: "Online activity information",
		Items:       []string{"IP address", "device type, browser and device identifiers", "cookie and advertising identifiers", "the pages you visit and the links and ads you click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to secure our online services, measure our ads and improve our sites"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	prospects := &policy.Category{ID: "prospects", Name: "Information from other sources about people who are not yet customers",
		Items:       []string{"names and addresses for prescreened credit offers", "demographic and marketing information"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, SourceDetail: "consumer reporting agencies, data providers and marketing partners",
		Linked: true, Retention: policy.ByCriteria("as long as needed for the offer we make with it"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interests", Items: []string{"the products you may be interested in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{online, prospects}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	limitHow := "by calling 1-888-528-5826 or at wellsfargo.com/privacy_choices"
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliates: companies related by common ownership or control, such as Wells Fargo Bank, N.A., Wells Fargo Clearing Services, LLC and Wells Fargo Advisors", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, credit}, Purpose: "for their everyday business and, unless you limit it, to market to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers that process transactions, print and mail statements, host our systems and market our products for us", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, accounts, credentials, fargo, calls, online, location}}
	joint := &policy.Recipient{ID: "joint-marketing", Name: "nonaffiliated financial companies that together with us market financial products or services to you", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to offer you the products we market together under a formal agreement"}
	zelle := &policy.Recipient{ID: "zelle", Name: "Early Warning Services, LLC, which runs the Zelle network, and the banks of the people you pay", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to send and receive the payments you make with Zelle", OwnPolicy: true}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "consumer reporting agencies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, accounts}, Purpose: "to report how you pay your loans and cards, as the Fair Credit Reporting Act allows"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies, and the websites and social media platforms that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, inferences}, Purpose: "to show you our ads on other websites and apps based on your interests, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, accounts, calls, online}, Purpose: "they examine us, the law requires a report, or they serve a subpoena, court order or other legal process on us"}

	everyday := &policy.Purpose{ID: "everyday", Name: "Our everyday business: processing your transactions, maintaining your accounts, answering court orders and legal investigations, and reporting to credit bureaus",
		Categories: []*policy.Category{identity, accounts, credit, credentials},
		Recipients: []*policy.Recipient{providers, bureaus, authorities},
		Required:   "you must give your name, address, date of birth and Social Security number to open an account or apply for credit; without them we cannot"}
	verify := &policy.Purpose{ID: "identity", Name: "Verifying your identity when you open an account", Categories: []*policy.Category{identity},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{providers},
		Obligations: []policy.Obligation{{Act: "USA PATRIOT Act, s. 326, and 31 CFR 1020.220 (customer identification programs for banks)", Region: regionUS}}}
	security := &policy.Purpose{ID: "security", Name: "Authenticating you, protecting your accounts and preventing fraud", Categories: []*policy.Category{credentials, accounts, online, location, calls},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundUnauthorised}, Contest: "by answering our fraud alert or calling the number on the back of your card"}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with banking laws, anti-money laundering and sanctions rules", Categories: []*policy.Category{identity, accounts, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Bank Secrecy Act, 31 U.S.C. 5311 et seq.", Region: regionUS}, {Act: "OFAC sanctions regulations, 31 CFR Chapter V", Region: regionUS}}}
	zelleP := &policy.Purpose{ID: "zelle", Name: "Sending and receiving money with Zelle", Categories: []*policy.Category{identity, accounts},
		Recipients: []*policy.Recipient{zelle, providers}}
	fargoP := &policy.Purpose{ID: "fargo", Name: "Answering you through Fargo, our virtual assistant, and improving its answers", Categories: []*policy.Category{fargo, accounts},
		Recipients: []*policy.Recipient{providers}}
	locate := &policy.Purpose{ID: "location", Name: "Finding ATMs and branches near you and spotting card use far from your phone", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering our products and services to you, including prescreened offers of credit", Categories: []*policy.Category{identity, accounts, prospects, inferences},
		OptOut: true, OptOutHow: "by calling us to stop marketing by phone, mail or email, or with the unsubscribe link in each email; prescreened offers stop at optoutprescreen.com",
		Recipients: []*policy.Recipient{providers}}
	jointP := &policy.Purpose{ID: "joint-marketing", DirectMarketing: true, Name: "Marketing financial products together with other financial companies", Categories: []*policy.Category{identity, accounts},
		Recipients: []*policy.Recipient{joint}}
	affTransactions := &policy.Purpose{ID: "affiliates-transactions", Name: "Sharing with our affiliates, for their everyday business, information about your transactions and experiences with us",
		Categories: []*policy.Category{accounts}, Recipients: []*policy.Recipient{affiliates}}
	affCredit := &policy.Purpose{ID: "affiliates-credit", Name: "Sharing with our affiliates, for their everyday business, information about your creditworthiness",
		Categories: []*policy.Category{credit, identity}, Recipients: []*policy.Recipient{affiliates}, OptOut: true, OptOutHow: limitHow}
	affMarketing := &policy.Purpose{ID: "affiliates-marketing", DirectMarketing: true, Name: "Letting our affiliates use your information to market to you",
		Categories: []*policy.Category{identity, accounts}, Recipients: []*policy.Recipient{affiliates}, OptOut: true, OptOutHow: limitHow}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites, apps and social media based on your interests", Categories: []*policy.Category{online, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link on wellsfargo.com, a Global Privacy Control signal, or the Digital Advertising Alliance's AdChoices",
		Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing and improving our websites, apps and products", Categories: []*policy.Category{online, fargo},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "Wells Fargo U.S. Consumer Privacy Notice and Online Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Wells Fargo & Company and its affiliates, such as Wells Fargo Bank, N.A.", Address: "420 Montgomery Street, San Francisco, CA 94104, USA", Phone: "1-800-869-3557"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:   "https://www.wellsfargo.example/privacy-security",
		Laws:  []policy.Law{policy.CCPA},
		Scope: []string{"the consumer deposit, card, lending and brokerage products of the Wells Fargo companies in the United States", "wellsfargo.com, the Wells Fargo Mobile app, Fargo and our other online services"},
		OtherNotices: []policy.Notice{
			{Covers: "the personal information of California residents that the CCPA reaches (our CCPA Notice)", URL: "https://www.wellsfargo.example/privacy-security/ccpa"},
			{Covers: "our employees, contractors and job applicants"},
			{Covers: "our commercial, corporate and international customers"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{identity, accounts, credit, credentials, fargo, location, calls, online, prospects, inferences},
		NotCollected: []policy.Exclusion{{ID: "biometric", Name: "your fingerprint or face, when you sign on to the app with them", Class: policy.DataClassBiometric,
			Note: "Your device checks them, and the app learns only whether they matched."}},
		Purposes:   []*policy.Purpose{everyday, verify, security, compliance, zelleP, fargoP, locate, marketing, jointP, affTransactions, affCredit, affMarketing, ads, analytics},
		Recipients: []*policy.Recipient{affiliates, providers, joint, zelle, bureaus, adPartners, authorities},
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
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess}, {Kind: policy.RightRectification, How: "in Wells Fargo Online or by calling us"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link on wellsfargo.com or a Global Privacy Control signal"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.wellsfargo.example/privacy-security/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online CCPA request form", "our toll-free number, 1-800-869-3557"}, TollFreeNumber: "1-800-869-3557",
			LargeVolume: true, MetricsURL: "https://www.wellsfargo.example/privacy-security/ccpa-metrics"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureAccessControl, Description: "We sign you out of Wells Fargo Online after a period without activity."},
			{Kind: policy.MeasureInternalRules, Description: "We use security measures that comply with federal law, including computer safeguards and secured files and buildings."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages, policy.SafetyTipTwoStep},
		Links:      policy.Links{RequestForm: "https://www.wellsfargo.example/privacy-security/ccpa-request", CookieSettings: "https://www.wellsfargo.example/privacy-security/your-privacy-choices", Security: "https://www.wellsfargo.example/privacy-security/fraud"},
		Children:   policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "We do not knowingly collect the information of children under 13 online."},
		Changes:    policy.Changes{EffectiveOnPosting: true, Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Name: "Wells Fargo customer service", Phone: "1-800-869-3557", Address: "420 Montgomery Street, San Francisco, CA 94104, USA"},
		GLBA: policy.GLBANotice{
			Sharing: []policy.GLBASharing{
				{Reason: policy.GLBAEverydayBusiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAOwnMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAJointMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAAffiliatesTransactions, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
				{Reason: policy.GLBAAffiliatesCreditworthiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
				{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
				{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerNo},
			},
			LimitHow:        "call 1-888-528-5826 or visit wellsfargo.com/privacy_choices",
			WaitDays:        30,
			FormerCustomers: true,
			JointAccounts:   "apply to everyone on your account unless you tell us otherwise",
		},
	}
	return realPolicy{"bank (Wells Fargo)", p, []statement{
		{says: "Wells Fargo & Company and its affiliates, such as Wells Fargo Bank, N.A., give this notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Wells Fargo & Company") && p.Controller.Country == regionUS && strings.Contains(p.Controller.Address, "San Francisco")
		}},
		{says: "the consumer notice covers our consumer products, and the online notice wellsfargo.com, the app and Fargo", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "consumer") && strings.Contains(p.Scope[1], "Fargo")
		}},
		{says: "financial companies choose how they share personal information, and federal law lets consumers limit some but not all sharing", typed: func(p *policy.Policy) bool {
			return len(p.GLBA.Sharing) == 7
		}},
		{says: "we collect your Social Security number, income, account balances, transaction and payment history, and credit history", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 3 && len(p.Category("accounts").Items) == 3 && p.Category("credit") != nil
		}},
		{says: "we collect it when you open an account, make deposits or transactions, apply for a loan or use your card", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("accounts").Sources, policy.SourceAutomatic) && slices.Contains(p.Category("identity").Sources, policy.SourceUser)
		}},
		{says: "we also collect information from credit bureaus, affiliates and other companies", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail == "consumer reporting agencies" && strings.Contains(p.Category("identity").SourceDetail, "affiliates")
		}},
		{says: "you must give your identity details to open an account or apply for credit", typed: func(p *policy.Policy) bool { return p.Purpose("everyday").Required != "" }},
		{says: "federal law requires us to verify your identity when you open an account", typed: func(p *policy.Policy) bool {
			v := p.Purpose("identity")
			return v.HasBasis(policy.BasisLegalObligation) && strings.Contains(v.Obligations[0].Act, "326")
		}},
		{says: "we share for our everyday business: processing transactions, maintaining accounts, answering courts and reporting to credit bureaus, and you cannot limit it", typed: func(p *policy.Policy) bool {
			e := p.Purpose("everyday")
			return glbaAnswers(p, policy.GLBAEverydayBusiness, policy.AnswerYes, policy.AnswerNo) &&
				!e.OptOut && slices.Contains(e.Recipients, recipient(p, "bureaus")) && slices.Contains(e.Recipients, recipient(p, "authorities"))
		}},
		{says: "we share for our own marketing, and you cannot limit that sharing", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return glbaAnswers(p, policy.GLBAOwnMarketing, policy.AnswerYes, policy.AnswerNo) && m.DirectMarketing && slices.Equal(m.Recipients, []*policy.Recipient{recipient(p, "providers")})
		}},
		{says: "we share for joint marketing with other financial companies, and you cannot limit it", typed: func(p *policy.Policy) bool {
			j := p.Purpose("joint-marketing")
			return glbaAnswers(p, policy.GLBAJointMarketing, policy.AnswerYes, policy.AnswerNo) && !j.OptOut && j.Recipients[0] == recipient(p, "joint-marketing")
		}},
		{says: "we share information about your transactions and experiences with our affiliates for their everyday business, and you cannot limit it", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-transactions")
			return glbaAnswers(p, policy.GLBAAffiliatesTransactions, policy.AnswerYes, policy.AnswerNo) && !a.OptOut && a.Recipients[0] == recipient(p, "affiliates")
		}},
		{says: "we share information about your creditworthiness with our affiliates for their everyday business, unless you limit it", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-credit")
			return glbaAnswers(p, policy.GLBAAffiliatesCreditworthiness, policy.AnswerYes, policy.AnswerYes) && a.OptOut && a.Uses(p.Category("credit"))
		}},
		{says: "our affiliates may use your information to market to you, unless you limit it", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates-marketing")
			return glbaAnswers(p, policy.GLBAAffiliatesMarketing, policy.AnswerYes, policy.AnswerYes) && a.OptOut && a.DirectMarketing
		}},
		{says: "we do not share with nonaffiliates so they can market to you", typed: func(p *policy.Policy) bool {
			return glbaAnswers(p, policy.GLBANonaffiliatesMarketing, policy.AnswerNo, 0)
		}},
		{says: "to limit our sharing, call our number or visit our privacy choices page", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.GLBA.LimitHow, "1-888") && strings.Contains(p.GLBA.LimitHow, "privacy_choices")
		}},
		{says: "new customers' information may be shared 30 days after we send this notice", typed: func(p *policy.Policy) bool { return p.GLBA.WaitDays == 30 }},
		{says: "we keep sharing as this notice says after you stop being our customer, but you may limit it at any time", typed: func(p *policy.Policy) bool {
			return p.GLBA.FormerCustomers && p.GLBA.LimitHow != ""
		}},
		{says: "if you have a joint account, your choices apply to everyone on it unless you tell us otherwise", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.GLBA.JointAccounts, "everyone on your account unless you tell us otherwise")
		}},
		{says: "your choice to limit marketing by our affiliates lasts at least five years, and we will offer to renew it", free: toPurpose("affiliates-marketing")},
		{says: "affiliates are companies related by common ownership or control, such as our bank, brokerage and advisory companies", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "affiliates").Name, "common ownership") && recipient(p, "affiliates").Role == policy.RoleThirdParty
		}},
		{says: "Vermont residents: we share information about you with nonaffiliates only as the law allows, and with affiliates only with your consent for their marketing", free: toIntroduction},
		{says: "California residents: we do not share with nonaffiliates except as the law allows, and limit sharing among affiliates as California law requires", free: toIntroduction},
		{says: "Nevada residents: we are required to name the Bureau of Consumer Protection in the Nevada Attorney General's office for questions about our telephone marketing", free: toIntroduction},
		{says: "we protect information with security measures that comply with federal law, including computer safeguards and secured files and buildings", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Kind == policy.MeasureInternalRules && strings.Contains(m.Description, "federal law")
			})
		}},
		{says: "we use Secure Sockets Layer encryption and sign you out after a period without activity", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we will never call or text to ask for your access code or password, and you should report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "turn on advanced access verification for your online account", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipTwoStep) }},
		{says: "online we collect your IP address, device identifiers, cookie identifiers and the pages and ads you view", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && len(c.Items) == 4 && slices.Contains(c.CCPA, policy.CCPAInternetActivity)
		}},
		{says: "the app uses your location, if you allow it, to find ATMs and to help prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Purpose("security").Uses(p.Category("location"))
		}},
		{says: "if you sign on with your fingerprint or face, your device checks it and we do not receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassBiometric
		}},
		{says: "Fargo keeps what you ask it so that it can answer you and we can improve it", typed: func(p *policy.Policy) bool {
			return p.Purpose("fargo").Uses(p.Category("fargo")) && p.Purpose("analytics").Uses(p.Category("fargo"))
		}},
		{says: "we may record calls with us", typed: func(p *policy.Policy) bool { return p.Category("calls").RecordingNotice }},
		{says: "when you send money with Zelle, we share your details with the Zelle network and the bank of the person you pay", typed: func(p *policy.Policy) bool {
			z := recipient(p, "zelle")
			return z.OwnPolicy && slices.Contains(p.Purpose("zelle").Recipients, z)
		}},
		{says: "we may block a card or hold a payment we suspect is fraudulent, and you confirm it through our alert", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetCard) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contestable()
		}},
		{says: "we and advertising companies use cookies and pixels to show you our ads on other sites based on your interests", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Provider == recipient(p, "advertising") && p.Purpose("ads").Profiling
		}},
		{says: "you can opt out of interest-based ads through our privacy choices page or AdChoices, and a browser opt-out covers only that browser", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").OptOut && strings.Contains(p.Purpose("ads").OptOutHow, "AdChoices")
		}},
		{says: "even if you opt out, you may still see ads from us that are not based on your interests", free: toPurpose("ads")},
		{says: "we do not respond to Do Not Track, but treat Global Privacy Control as a request to opt out of sharing", typed: func(p *policy.Policy) bool {
			return p.Signals.DoNotTrack == policy.AnswerNo && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we offer prescreened credit offers, from which you can opt out at optoutprescreen.com", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").OptOutHow, "optoutprescreen") && p.Purpose("marketing").Uses(p.Category("prospects"))
		}},
		{says: "the CCPA section does not cover information the Gramm-Leach-Bliley Act or the Fair Credit Reporting Act governs", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").GovernedBy == policy.SectoralGLBA && p.Category("credit").GovernedBy == policy.SectoralFCRA && len(p.Category("accounts").CCPA) == 0
		}},
		{says: "we do not sell personal information, but share online identifiers and activity with advertising partners", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerYes && slices.Contains(p.Commitments, policy.CommitmentNoSale) && len(p.CCPA.SoldCategories) == 3
		}},
		{says: "Californians opt out of sharing with the Your Privacy Choices link", typed: func(p *policy.Policy) bool { return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale) }},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "Californians may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we verify you, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "we keep information as long as our purposes and record-keeping laws require, and keep what the law needs after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("accounts").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we publish our yearly metrics of CCPA requests", typed: func(p *policy.Policy) bool { return p.CCPA.LargeVolume && p.CCPA.MetricsURL != "" }},
		{says: "we may disclose information on legal process, to protect people and Wells Fargo, in a sale of a business, and in aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "commercial customers, employees and applicants have notices of their own", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 3 && strings.Contains(p.OtherNotices[1].Covers, "job applicants")
		}},
		{says: "sites we link to and social media have their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "our sites are not directed to children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Scope != "" }},
		{says: "we post changes to the online notice with a new date, and send customers a revised consumer notice when the law requires", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		{says: "questions go to the number on your statement or to 1-800-869-3557", typed: func(p *policy.Policy) bool { return p.Contact.Phone == "1-800-869-3557" }},
	}}
}

// realPolicyUs15Cigna paraphrases, in our own words and as we recall it,
// the privacy notice Cigna Healthcare published for cigna.com, the myCigna
// website and app and its other online services in 2024-2025, with its
// section for California residents and the residents of the other US
// states with privacy laws. Cigna Healthcare is the health benefits
// business of The Cigna Group; the health information of its members
// (their claims, coverage, ID cards and the health assessments they take)
// is protected health information, which its HIPAA Notice of Privacy
// Practices governs and which the state laws exempt. The notice covers
// the rest: what the public websites collect from visitors and people who
// shop for individual plans, the cookies and advertising on those pages,
// and the texts members agree to receive. Consumer health data under
// Washington's and Nevada's laws is left to a notice of its own. The
// headquarters address and the 800 number are Cigna's; the web and e-mail
// addresses are illustrative.
func realPolicyUs15Cigna() realPolicy {
	account := &policy.Category{ID: "account", Name: "myCigna registration information", Items: []string{"name and date of birth", "Cigna member ID number", "email address and phone number", "user ID, password and security questions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, GovernedBy: policy.SectoralHIPAA,
		Retention: policy.WhileAccountActive(policy.Period{})}
	health := &policy.Category{ID: "health", Name: "Your health plan information", Items: []string{"your coverage, benefits and ID card", "claims, explanations of benefits and what you owe", "your pharmacy claims and prescriptions", "the answers you give in a health assessment and the wellness programs you join"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your employer's group health plan, your doctors, hospitals and pharmacies",
		Linked: true, GovernedBy: policy.SectoralHIPAA, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention: policy.AsRequiredBy("HIPAA and state insurance record-keeping laws, as the Notice of Privacy Practices says")}
	calls := &policy.Category{ID: "calls", Name: "Calls and chats with Customer Service", Items: []string{"recordings of calls and transcripts of chats with our representatives and nurses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralHIPAA,
		Retention: policy.ByCriteria("as long as needed to answer you, check quality and as the law requires")}
	shoppers := &policy.Category{ID: "shoppers", Name: "Information from people who shop for a plan", Items: []string{"name, email address, phone number and ZIP code", "the ages of the people to be covered", "the plans you compare and the quotes you ask for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "brokers and lead providers you asked to put you in touch with us",
		Linked: true, Retention: policy.ByCriteria("as long as needed to give you quotes and follow up, or until you ask us to stop"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPACommercialInfo}}
	online := &policy.Category{ID: "online", Name: "Information collected automatically on our public pages", Items: []string{"IP address", "browser, device type and device identifiers", "cookie and advertising identifiers", "the pages you visit and the searches you make, such as for a doctor"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our websites and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Your device's location", Items: []string{"your device's precise location, if you allow it in the myCigna app"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("only as long as needed to show you doctors, pharmacies and urgent care near you"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Inferences about your interest in our plans", Items: []string{"the kinds of plans you may want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{shoppers, online}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	group := &policy.Recipient{ID: "group", Name: "the companies of The Cigna Group, such as Evernorth, Express Scripts and MDLIVE", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, health, calls}, Purpose: "to provide pharmacy, behavioral health and virtual care services that are part of your plan, as the Notice of Privacy Practices allows"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that host and run our websites and apps, send our emails and texts and answer calls for us, under contracts that protect the information", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, health, calls, shoppers, online, location}}
	care := &policy.Recipient{ID: "care", Name: "your doctors, hospitals and pharmacies", Role: policy.RoleThirdParty, Country: regionUS, OwnPolicy: true,
		Categories: []*policy.Category{health}, Purpose: "for your treatment and to pay their claims"}
	sponsor := &policy.Recipient{ID: "plan-sponsor", Name: "the employer or other sponsor of your group health plan", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{health}, Purpose: "to administer the plan, receiving only what HIPAA lets a plan sponsor have"}
	brokers := &policy.Recipient{ID: "brokers", Name: "licensed brokers and agents who help you choose a plan", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{shoppers}, Purpose: "you ask to be put in touch with one"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and analytics companies whose cookies and pixels are on our public pages", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online, inferences}, Purpose: "to show our ads to people who visited our public pages, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "regulators, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, shoppers, online}, Purpose: "the law requires it, or they serve a subpoena or court order on us"}

	member := &policy.Purpose{ID: "member", Name: "Letting members see their coverage, claims and ID cards, find in-network care, estimate costs and manage prescriptions on myCigna", Categories: []*policy.Category{account, health},
		Recipients: []*policy.Recipient{group, providers, care, sponsor},
		Required:   "to register you must give your name, date of birth and member ID so that we can confirm you are a member; without them you can use only our public pages"}
	service := &policy.Purpose{ID: "service", Name: "Answering members' questions by phone and chat, and training our staff", Categories: []*policy.Category{account, health, calls},
		Recipients: []*policy.Recipient{providers}}
	shopping := &policy.Purpose{ID: "shopping", Name: "Giving quotes to people who shop for individual and family plans, and helping them enroll", Categories: []*policy.Category{shoppers},
		Recipients: []*policy.Recipient{providers, brokers},
		Required:   "without your ZIP code and the ages of the people to be covered we cannot quote a price"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling people who shop for a plan about our plans by email, mail and phone", Categories: []*policy.Category{shoppers, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email or by calling us", Recipients: []*policy.Recipient{providers}}
	texts := &policy.Purpose{ID: "texts", Name: "Sending members reminders and alerts about their plan by text message", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by replying STOP to any text", ServiceMessages: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Telephone Consumer Protection Act, 47 U.S.C. 227", Region: regionUS}}, Recipients: []*policy.Recipient{providers}}
	locate := &policy.Purpose{ID: "nearby", Name: "Showing you in-network doctors, pharmacies and urgent care near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing our ads on other websites and apps to people who visited our public pages, and measuring them", Categories: []*policy.Category{online, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link on our websites, in our cookie settings or with a Global Privacy Control signal",
		Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our websites and apps are used and improving them", Categories: []*policy.Category{online},
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our websites, apps and your account, and preventing fraud", Categories: []*policy.Category{account, online},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundFraud},
			Contest: "by calling the number on your ID card"}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and legal process", Categories: []*policy.Category{account, shoppers, online},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "federal and state insurance laws, and subpoenas and court orders", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Cigna Healthcare Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Cigna Health and Life Insurance Company and the other Cigna Healthcare companies of The Cigna Group", Address: "900 Cottage Grove Road, Bloomfield, CT 06002, USA", Phone: "1-800-244-6224"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		URL:   "https://www.cigna.example/legal/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"cigna.com and our other websites that link to this notice", "the myCigna website and app"},
		OtherNotices: []policy.Notice{
			{Covers: "the protected health information of our members, which HIPAA governs (our Notice of Privacy Practices), including what members see and send on myCigna", URL: "https://www.cigna.example/legal/privacy/hipaa-notice-of-privacy-practices"},
			{Covers: "consumer health data under Washington's My Health My Data Act and Nevada law (our Consumer Health Data Privacy Notice)", URL: "https://www.cigna.example/legal/privacy/consumer-health-data"},
			{Covers: "our employees and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalConnectedApps},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, health, calls, shoppers, online, location, inferences},
		Purposes:    []*policy.Purpose{member, service, shopping, marketing, texts, locate, ads, improve, security, legal},
		Recipients:  []*policy.Recipient{group, providers, care, sponsor, brokers, adPartners, authorities},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in to myCigna and secure your session", Party: policy.PartyFirst, Purpose: member, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels on our public pages", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "with our online request form or by calling us"}, {Kind: policy.RightRectification},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link or in our cookie settings"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL: "https://www.cigna.example/legal/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-244-6224"}, TollFreeNumber: "1-800-244-6224"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by following the instructions in our answer to your request", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards, including those HIPAA requires for health information."},
			{Kind: policy.MeasureLeastPrivilege}},
		SecurityCaveat: true,
		Links:          policy.Links{RequestForm: "https://www.cigna.example/legal/privacy/request", CookieSettings: "https://www.cigna.example/legal/privacy/your-privacy-choices"},
		Children:       policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "Parents and guardians manage the coverage of dependents under 13; a member must be 13 or older to register for myCigna."},
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "Cigna Privacy Office", Email: "privacyoffice@cigna.example", Phone: "1-800-244-6224", Address: "900 Cottage Grove Road, Bloomfield, CT 06002, USA"},
	}
	return realPolicy{"health insurer (Cigna Healthcare)", p, []statement{
		{says: "the Cigna Healthcare companies of The Cigna Group, in Bloomfield, Connecticut, give this notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Cigna Healthcare") && strings.Contains(p.Controller.Address, "Bloomfield")
		}},
		{says: "the notice covers cigna.com, our other websites and the myCigna website and app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "myCigna")
		}},
		{says: "members' health information is protected health information, governed by our HIPAA Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			return p.Category("health").GovernedBy == policy.SectoralHIPAA && strings.Contains(p.OtherNotices[0].Covers, "Notice of Privacy Practices") && p.OtherNotices[0].URL != ""
		}},
		{says: "where this notice and the Notice of Privacy Practices differ on health information, the Notice of Privacy Practices prevails", free: toCategory("health")},
		{says: "consumer health data under Washington and Nevada law is covered by a separate notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Washington") && strings.Contains(p.OtherNotices[1].Covers, "Nevada")
		}},
		{says: "to register for myCigna we ask for your name, date of birth, member ID and contact details", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4 && p.Purpose("member").Required != ""
		}},
		{says: "members use myCigna to see coverage, claims and ID cards, find care, estimate costs and manage prescriptions", typed: func(p *policy.Policy) bool {
			return len(p.Category("health").Items) == 4 && p.Purpose("member").Uses(p.Category("health"))
		}},
		{says: "health information comes from you, your employer's plan and your doctors and pharmacies", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("health").SourceDetail, "employer") && slices.Contains(p.Category("health").Sources, policy.SourceThirdParty)
		}},
		{says: "we share health information with the Cigna Group companies that provide pharmacy, behavioral and virtual care in your plan", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "group").Name, "Express Scripts") && slices.Contains(p.Purpose("member").Recipients, recipient(p, "group"))
		}},
		{says: "we share with your doctors and pharmacies for your treatment and to pay claims", typed: func(p *policy.Policy) bool {
			return recipient(p, "care").OwnPolicy && slices.Contains(p.Purpose("member").Recipients, recipient(p, "care"))
		}},
		{says: "your employer's plan receives only what HIPAA allows a plan sponsor", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "plan-sponsor").Purpose, "HIPAA")
		}},
		{says: "we do not use members' health information for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we record calls and keep chats with Customer Service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("service").Uses(p.Category("calls"))
		}},
		{says: "when you shop for a plan we ask for your contact details, ZIP code and the ages of those to be covered", typed: func(p *policy.Policy) bool {
			return len(p.Category("shoppers").Items) == 3 && p.Purpose("shopping").Required != ""
		}},
		{says: "if you ask, we put you in touch with a licensed broker", typed: func(p *policy.Policy) bool {
			return recipient(p, "brokers").Conditional && slices.Contains(p.Purpose("shopping").Recipients, recipient(p, "brokers"))
		}},
		{says: "we also receive shoppers' details from brokers and lead providers", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("shoppers").SourceDetail, "lead providers")
		}},
		{says: "we tell shoppers about our plans by email, mail and phone, and they can stop it", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.Contains(m.OptOutHow, "unsubscribe")
		}},
		{says: "members who agree receive texts about their plan, and can stop them by replying STOP", typed: func(p *policy.Policy) bool {
			t := p.Purpose("texts")
			return t.RestsOnConsent() && len(t.ConsentRequiredBy) == 1 && strings.Contains(t.Withdraw, "STOP") && t.ServiceMessages
		}},
		{says: "message and data rates may apply to texts", free: toPurpose("texts")},
		{says: "on our public pages we collect IP address, device identifiers, cookies and the pages and searches you make", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "the app uses your location, if you allow it, to find care near you", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("nearby").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we use session cookies to keep you signed in, and analytics cookies to improve our sites", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "analytics").Purpose == p.Purpose("improve")
		}},
		{says: "advertising partners' cookies and pixels on our public pages show our ads elsewhere, which the law may treat as sharing or targeted advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.USStates.TargetedAdvertising == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "we do not place advertising technologies on the pages where members sign in to myCigna", free: toCategory("online")},
		{says: "you opt out of sharing and targeted advertising with the Your Privacy Choices link, our cookie settings or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Links.CookieSettings != ""
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "we shared identifiers, internet activity and inferences for advertising in the past 12 months", typed: func(p *policy.Policy) bool { return len(p.CCPA.SoldCategories) == 3 }},
		{says: "the state privacy sections do not cover protected health information, which HIPAA governs", typed: func(p *policy.Policy) bool {
			return p.Category("account").GovernedBy == policy.SectoralHIPAA && len(p.Category("health").CCPA) == 0
		}},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "residents may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we match details you give us, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "members exercise their HIPAA rights to their health information as the Notice of Privacy Practices describes", free: toCategory("health")},
		{says: "we keep information as long as our purposes and the law require, and keep what the law needs after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("health").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "service providers act for us under contracts that protect the information", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we may disclose information on legal process, to protect people and our rights, in a sale of the business, and in de-identified or aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil &&
				hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we may suspend access to an account we believe someone else is using", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundAccountTakeover)
		}},
		{says: "we protect information with administrative, technical and physical safeguards, and limit access to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "no website or transmission is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "ordinary email is not secure; send health questions through myCigna's secure messages", free: toCategory("account")},
		{says: "apps and devices you connect to myCigna, and sites we link to, follow their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalConnectedApps) && slices.Contains(p.External, policy.ExternalLinkedSites)
		}},
		{says: "our websites are not directed to children under 13, and parents manage the coverage of young dependents", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && strings.Contains(p.Children.Note, "dependents")
		}},
		{says: "employees and job applicants have a notice of their own", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[2].Covers, "job applicants") }},
		{says: "we may change the notice, and changes take effect when posted with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
		{says: "questions go to our Privacy Office by email, post or the number on your ID card", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Address != "" && strings.Contains(p.Contact.Name, "Privacy Office")
		}},
	}}
}

// realPolicyUs15United paraphrases, in our own words and as we recall it,
// the United Airlines Customer Data Privacy Policy as published in
// 2024-2025: one global policy for united.com, the United app, airports,
// call centers and flights, with MileagePlus, its partners and the
// co-branded credit cards, the passenger data the TSA's Secure Flight
// programme and the border authorities of the countries flown to require,
// special assistance and meal requests that may reveal health or
// religion, inflight WiFi, recorded calls and the advertising cookies of
// its websites; its section for the residents of California and the other
// US states with privacy laws, with the notice of financial incentive for
// MileagePlus; and its section for passengers in the European Economic
// Area, the United Kingdom and Switzerland, with the legal bases of each
// purpose, the transfers to the US and the rights under the GDPR. The
// Swiss part is left out: this paraphrase declares the GDPR, the UK GDPR,
// the CCPA and the US state laws. The headquarters address and the 800
// number are United's; the web and e-mail addresses are illustrative.
func realPolicyUs15United() realPolicy {
	pnrAgreement := policy.Obligation{Act: "the Agreement between the United States of America and the European Union on the use and transfer of passenger name records to the United States Department of Homeland Security (2012)", Region: regionEU}
	secureFlightRule := policy.Obligation{Act: "the Secure Flight rule, 49 CFR Part 1560", Region: regionUS}
	apisRule := policy.Obligation{Act: "the Advance Passenger Information System rule, 19 CFR 122.49a and 122.75a", Region: regionUS}
	booking := &policy.Category{ID: "booking", Name: "Booking information",
		Items:       []string{"the names of the passengers", "email address and phone number", "confirmation number, flights, fares and seats", "bags, upgrades and other extras you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "travel agencies, partner airlines and your employer's travel department when they book for you", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and as tax and aviation laws require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	secureFlight := &policy.Category{ID: "secure-flight", Name: "Secure Flight information",
		Items:       []string{"full name as it appears on your ID", "date of birth and gender", "Known Traveler Number and Redress Number, if you have one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the booking and as long as the TSA's rules require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}
	passport := &policy.Category{ID: "passport", Name: "Passport and international travel information",
		Items:       []string{"passport number, issuing country and expiry", "nationality and country of residence", "your address at the destination and visa details"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the laws of the countries you fly between require, and as long as your MileagePlus profile keeps it if you save it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number, expiry date and security code", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep a card in your profile, and for a booking as long as payment network rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	assistance := &policy.Category{ID: "assistance", Name: "Special assistance and meal requests",
		Items:       []string{"the help you ask for, such as a wheelchair or help for a vision or hearing impairment", "medical devices, oxygen and service animals you bring", "special meals that may reveal your religion or health"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed for the trip, and as the Air Carrier Access Act's rules require us to keep records of complaints"),
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	mileage := &policy.Category{ID: "mileageplus", Name: "MileagePlus membership",
		Items:       []string{"member number, date of birth and travel preferences", "miles earned and redeemed, and Premier status", "the miles you earn with partners and with the United credit cards"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "Chase, which issues the United credit cards, and the airline, hotel, car rental, shopping and dining partners you earn miles with", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	emergency := &policy.Category{ID: "emergency-contact", Name: "Emergency contact", Items: []string{"the name and phone number of the person to call in an emergency"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the trip, or as long as you keep it in your profile"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	communications := &policy.Category{ID: "communications", Name: "Communications with us", Items: []string{"calls, chats and messages with our agents and on social media", "complaints, refund requests and baggage claims", "survey answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your request or claim and keep a record of it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	device := &policy.Category{ID: "device", Name: "Device and online activity information", Items: []string{"IP address", "device and advertising identifiers and cookie IDs", "the flights you search for and the pages you view", "how you respond to our emails and ads"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and apps and to measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the United app"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed for the feature you use"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	wifi := &policy.Category{ID: "wifi", Name: "Inflight WiFi and entertainment", Items: []string{"the device you connect on board and its identifiers", "the WiFi plan you buy", "the entertainment you use on board"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide and bill the service and keep it secure"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	inferences := &policy.Category{ID: "inferences", Name: "Travel preferences we infer", Items: []string{"the places you are likely to fly to", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, mileage, device}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for reservations, payments, hosting, customer service, inflight WiFi, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{booking, payment, mileage, emergency, communications, device, location, wifi}}
	handlers := &policy.Recipient{ID: "handlers", Name: "airports, ground handlers and the contractors that provide wheelchairs and other help", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to give you the help you ask for at the airport and on board"}
	partnersAir := &policy.Recipient{ID: "partner-airlines", Name: "United Express carriers, Star Alliance members and our other codeshare partners", Role: policy.RoleThirdParty, OwnPolicy: true,
		Categories: []*policy.Category{booking, secureFlight, passport, assistance, mileage}, Purpose: "to carry you on the flights of your itinerary they operate and credit your miles"}
	chase := &policy.Recipient{ID: "chase", Name: "JPMorgan Chase Bank, N.A., which issues the United credit cards", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{mileage, booking}, Purpose: "to credit the miles you earn with the card, give cardmembers their benefits and offer the card to members",
		NoticeURL: "https://www.chase.example/privacy"}
	partners := &policy.Recipient{ID: "mileageplus-partners", Name: "MileagePlus partners, such as hotels, car rental companies and shopping and dining programmes", Role: policy.RoleThirdParty, Conditional: true, OwnPolicy: true,
		Categories: []*policy.Category{mileage}, Purpose: "you earn or redeem miles with them, and they use what they receive under their own privacy policies"}
	tsa := &policy.Recipient{ID: "tsa", Name: "the Transportation Security Administration", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{booking, secureFlight}, Purpose: "to match passengers against government watch lists under its Secure Flight programme"}
	border := &policy.Recipient{ID: "border", Name: "U.S. Customs and Border Protection and the border and immigration authorities of the other countries you fly to or from", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, secureFlight, passport}, Purpose: "to check the passengers of an international flight before it leaves, as their laws require"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners and the websites and social networks that show our ads", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences}, Purpose: "to show you our ads on other websites and apps and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other government agencies", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{booking, secureFlight, payment, communications}, Purpose: "the law requires it, they serve valid legal process on us, or safety on board or at an airport is at stake"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and extras, checking you in and carrying you", Categories: []*policy.Category{booking, payment, secureFlight, emergency},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, partnersAir},
		Required: "without the passengers' names, a way to reach you and a way to pay we cannot sell you a flight"}
	sfPurpose := &policy.Purpose{ID: "secure-flight", Name: "Giving Secure Flight information and passenger name records to the US authorities", Categories: []*policy.Category{booking, secureFlight},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{tsa},
		Obligations: []policy.Obligation{secureFlightRule, pnrAgreement},
		Required:    "the TSA requires every passenger's full name, date of birth and gender; without them we cannot issue a boarding pass"}
	international := &policy.Purpose{ID: "international", Name: "Giving passport and passenger information to border authorities for international flights", Categories: []*policy.Category{booking, secureFlight, passport},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{border, partnersAir},
		Obligations: []policy.Obligation{apisRule, eu10API, uk5Border},
		Required:    "without a valid passport and the details the countries ask for you cannot check in for an international flight"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the help and meals you ask for at the airport and on board", Categories: []*policy.Category{assistance, booking},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Withdraw:    "by telling us before your flight, after which we can no longer arrange the help",
		Obligations: []policy.Obligation{{Act: "the Air Carrier Access Act, 49 U.S.C. 41705, and 14 CFR Part 382", Region: regionUS}, eu7PRM, eu7UKPRM},
		Recipients:  []*policy.Recipient{handlers, partnersAir},
		Required:    "asking for help or a special meal is up to you; without the details of your needs we cannot arrange them"}
	disruptions := &policy.Purpose{ID: "disruptions", Name: "Telling you of delays, cancellations and gate changes, and handling refunds, compensation and baggage", Categories: []*policy.Category{booking, communications, payment},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Department of Transportation's refund rule, 14 CFR Part 260", Region: regionUS}, eu7EU261, eu7UK261},
		Recipients:  []*policy.Recipient{providers}, ServiceMessages: true,
		Required: "without a way to reach you we cannot tell you of changes to your flight"}
	rewards := &policy.Purpose{ID: "mileageplus", Name: "Running MileagePlus: miles, Premier status, awards and partner earning", Categories: []*policy.Category{mileage, booking},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, partners, partnersAir},
		Required: "to join MileagePlus you must give your name, date of birth and email address; without them you cannot be a member"}
	card := &policy.Purpose{ID: "credit-card", Name: "Running the United credit cards with Chase", Categories: []*policy.Category{mileage, booking},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{chase},
		Required: "the card's benefits need your MileagePlus number; without it Chase cannot credit your miles"}
	wifiP := &policy.Purpose{ID: "wifi", Name: "Providing inflight WiFi and entertainment", Categories: []*policy.Category{wifi, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "to buy WiFi you must give a way to pay; entertainment needs nothing"}
	locationP := &policy.Purpose{ID: "location", Name: "Showing airport maps and the airports near you, and reminding you to check in", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	support := &policy.Purpose{ID: "support", Name: "Answering you through our agents, chat and social media, and training our staff", Categories: []*policy.Category{booking, mileage, communications},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "answering our customers well and checking the quality of our service",
		Recipients: []*policy.Recipient{providers}, OptOut: true, OptOutHow: "by telling the agent at the start of the call"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising our fares, offers and websites to your travel", Categories: []*policy.Category{booking, mileage, device, inferences},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing our customers the flights and offers that suit them", Profiling: true, OptOut: true,
		OptOutHow: "by writing to us", Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending United and MileagePlus emails with our fares and offers, and offers of our partners", Categories: []*policy.Category{booking, mileage, inferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in each email or in your MileagePlus account preferences",
		ConsentRequiredBy: []policy.Obligation{eu7PECR}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them", Categories: []*policy.Category{device, inferences},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in our cookie settings",
		Profiling: true, OptOut: true, OptOutHow: "in the United States, with the Do Not Sell or Share My Personal Information link or a Global Privacy Control signal",
		Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and keeping our flights, sites and customers safe", Categories: []*policy.Category{booking, payment, mileage, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing fraudulent bookings and the misuse of MileagePlus accounts",
		Recipients: []*policy.Recipient{providers, authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by contacting MileagePlus Service Center or customer care"}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how our sites and apps are used, running surveys and improving our services", Categories: []*policy.Category{device, booking, communications},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding what our customers need and improving our flights and services",
		Recipients: []*policy.Recipient{providers}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims", Categories: []*policy.Category{booking, communications, payment},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "defending our rights and those of our customers in disputes",
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "United Airlines Customer Data Privacy Policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "United Airlines, Inc.", Address: "233 South Wacker Drive, Chicago, IL 60606, USA", Phone: "1-800-864-8331"}, Country: regionUS},
		DPO:        &policy.Contact{Name: "Data Protection Officer, United Airlines", Email: "dpo@united.example"},
		Establishments: []policy.Establishment{
			{Region: regionEU, Contact: policy.Contact{Name: "United Airlines, Inc., through its branches at the airports it serves in the EU", Email: "dpo@united.example"}},
			{Region: regionGB, Contact: policy.Contact{Name: "United Airlines, Inc., UK branch", Address: "London Heathrow Airport, United Kingdom"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:   "https://www.united.example/privacy",
		Laws:  []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA, policy.USStates},
		Scope: []string{"united.com, the United app and our other websites and apps", "our airports, call centers and flights, and MileagePlus"},
		OtherNotices: []policy.Notice{
			{Covers: "our employees and job applicants"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{booking, secureFlight, passport, payment, assistance, mileage, emergency, communications, device, location, wifi, inferences},
		Storage:    []policy.Storage{{Location: regionUS}},
		Purposes:   []*policy.Purpose{carriage, sfPurpose, international, help, disruptions, rewards, card, wifiP, locationP, support, personalise, marketing, ads, fraud, improve, claims},
		Recipients: []*policy.Recipient{providers, handlers, partnersAir, chase, partners, tsa, border, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Categories: []*policy.Category{booking, secureFlight, passport, payment, assistance, mileage}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, secureFlight, passport}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: partnersAir, Categories: []*policy.Category{booking, secureFlight, passport, assistance}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, payment, mileage, communications, device}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, payment, mileage, communications, device}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You can ask our data protection officer for a copy of the addendum."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and remember your search and booking", Party: policy.PartyFirst, Purpose: carriage, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1))},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("with our online privacy request form or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightKnow},
			policy.Right{Kind: policy.RightOptOutOfSale, How: "with the Do Not Sell or Share My Personal Information link or a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPACommercialInfo, policy.CCPAInferences},
			OptOutURL:      "https://www.united.example/privacy/do-not-sell-or-share", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-864-8331"}, TollFreeNumber: "1-800-864-8331"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer to your request", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "mileageplus", Name: "MileagePlus",
			Summary:    "Members earn miles on flights and with partners, redeem them for award travel and upgrades, and earn Premier status with its benefits.",
			Categories: []*policy.Category{mileage, booking}, OptIn: "by enrolling on united.com or in the United app", Withdraw: "by asking us to close your account",
			Value: "We value members' information by what we spend to run the programme and on the miles we award, which is reasonably related to the value of the information to us."}},
		Security:       []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards."}},
		SecurityCaveat: true,
		SafetyTips:     []policy.SafetyTip{policy.SafetyTipNeverAsked},
		Links:          policy.Links{RequestForm: "https://www.united.example/privacy/request", CookieSettings: "https://www.united.example/privacy/cookie-settings"},
		Children: policy.Children{MinimumAge: 13, ParentalConsent: true,
			Note: "A parent or guardian books for a child, arranges the unaccompanied minor service and may enroll a child in MileagePlus; we collect the child's details from them."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Name: "United Airlines Privacy Office", Address: "233 South Wacker Drive, Chicago, IL 60606, USA", Email: "privacy@united.example"},
	}
	return realPolicy{"airline and loyalty programme (United Airlines)", p, []statement{
		{says: "United Airlines, Inc. in Chicago is responsible for the information this policy covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "United Airlines, Inc." && strings.Contains(p.Controller.Address, "Chicago") && p.Controller.Country == regionUS
		}},
		{says: "the policy covers our websites and app, airports, call centers and flights, and MileagePlus", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "MileagePlus")
		}},
		{says: "to book we collect the passengers' names, your contact details, the flights and extras, and payment details", typed: func(p *policy.Policy) bool {
			return len(p.Category("booking").Items) == 4 && p.Purpose("carriage").Uses(p.Category("payment")) && p.Purpose("carriage").Required != ""
		}},
		{says: "when you book for others you give us their details and must be entitled to", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") && othersGive(p, "secure-flight") }},
		{says: "travel agencies, partner airlines and employers that book for you give us your booking details", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("booking").SourceDetail, "travel agencies")
		}},
		{says: "the TSA's Secure Flight programme requires full name, date of birth and gender, and without them no boarding pass is issued", typed: func(p *policy.Policy) bool {
			f := p.Purpose("secure-flight")
			return f.HasBasis(policy.BasisLegalObligation) && slices.Contains(f.Obligations, secureFlightRule) && f.Required != "" && recipient(p, "tsa").Role == policy.RoleAuthority
		}},
		{says: "passenger name records of flights between the EU and the US go to the Department of Homeland Security under the EU-US agreement", typed: func(p *policy.Policy) bool {
			return p.Purpose("secure-flight").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Purpose("secure-flight").Obligations, pnrAgreement)
		}},
		{says: "for international flights we collect passport details and give them to the border authorities of the countries you fly between", typed: func(p *policy.Policy) bool {
			i := p.Purpose("international")
			return i.Uses(p.Category("passport")) && len(i.Obligations) == 3 && p.Transfers[1].ChosenDestination == policy.ChosenDestinationTravel
		}},
		{says: "special assistance and special meals may reveal your health or religion; we use them with your explicit consent to arrange them", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && h.HasBasis(policy.BasisExplicitConsent) && h.Withdraw != ""
		}},
		{says: "the law requires us to help passengers with disabilities, and we pass their needs to airports and ground handlers", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return slices.Contains(h.Obligations, eu7PRM) && slices.Contains(h.Recipients, recipient(p, "handlers"))
		}},
		{says: "you may give us an emergency contact", typed: func(p *policy.Policy) bool { return othersGive(p, "emergency-contact") }},
		{says: "we tell you of delays and cancellations and handle refunds and compensation as the law requires", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruptions")
			return d.RestsOn(policy.BasisLegalObligation, policy.GDPR) && d.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && d.ServiceMessages
		}},
		{says: "we share your itinerary with United Express carriers, Star Alliance and codeshare partners that operate your flights, under their own policies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partner-airlines")
			return r.OwnPolicy && slices.Contains(p.Purpose("carriage").Recipients, r)
		}},
		{says: "MileagePlus members give their name, date of birth and email, and we keep their miles, status and preferences", typed: func(p *policy.Policy) bool {
			return p.Purpose("mileageplus").Required != "" && len(p.Category("mileageplus").Items) == 3
		}},
		{says: "partners and Chase tell us the miles you earn with them", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("mileageplus").SourceDetail, "Chase")
		}},
		{says: "Chase issues the United credit cards and receives members' information to credit miles and offer the card", typed: func(p *policy.Policy) bool {
			c := recipient(p, "chase")
			return c.NoticeURL != "" && p.Purpose("credit-card").Recipients[0] == c
		}},
		{says: "MileagePlus is a financial incentive; members join and leave as they choose, and we explain how we value their information", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != ""
		}},
		{says: "we record calls and keep chats with our agents", typed: func(p *policy.Policy) bool { return p.Category("communications").RecordingNotice }},
		{says: "inflight WiFi collects your device's identifiers and the plan you buy", typed: func(p *policy.Policy) bool { return p.Purpose("wifi").Uses(p.Category("wifi")) }},
		{says: "with your permission the app uses your location for airport maps and check-in reminders", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we collect IP address, device identifiers, cookies, searches and pages viewed automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Tracking && len(p.Category("device").Items) == 4
		}},
		{says: "we personalise fares and offers from your travel and browsing, on our legitimate interests", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("personalise")
			return pe.Profiling && pe.Interest != "" && len(p.Category("inferences").DerivedFrom) == 3
		}},
		{says: "we send our offers and partners' offers by email, and you can unsubscribe at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && strings.Contains(m.Withdraw, "unsubscribe")
		}},
		{says: "we still send messages about your trips and account after you unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("disruptions").ServiceMessages }},
		{says: "advertising partners' cookies show our ads elsewhere; in Europe only with consent in our cookie settings", typed: func(p *policy.Policy) bool {
			a := p.Purpose("ads")
			return a.ConsentMethod == policy.ConsentMethodConsentTool && cookie(p, "advertising").Provider == recipient(p, "advertising") && p.Links.CookieSettings != ""
		}},
		{says: "we prevent fraud and may cancel bookings or close MileagePlus accounts we find misused, after a person reviews them", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Automated == policy.AnswerNo && s.Contestable()
		}},
		{says: "service providers act for us and may use the information only to serve us", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we may disclose information on legal process, to protect safety and our rights, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep information as long as needed for our purposes and as the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we protect information with administrative, technical and physical safeguards, though no system is completely secure", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && p.SecurityCaveat
		}},
		{says: "we will never ask for your MileagePlus password by email or phone", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) }},
		{says: "parents book for children and arrange the unaccompanied minor service; children may be MileagePlus members with a parent", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && strings.Contains(p.Children.Note, "unaccompanied minor")
		}},
		{says: "we sell and share identifiers, commercial information, internet activity and inferences, as California law defines those terms", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && len(p.CCPA.SoldCategories) == 4 && p.USStates.Sells == policy.AnswerYes
		}},
		{says: "US residents opt out with the Do Not Sell or Share link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "US residents may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we verify you, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "we answer requests within the time the law of your place sets", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline.IsZero() && len(p.Laws) == 4
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "in Europe we rely on the contract, legal obligations, legitimate interests and consent, as each purpose states", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").HasBasis(policy.BasisContract) && p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("marketing").RestsOnConsent()
		}},
		{says: "European passengers may reach our data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data in the United States, where we are based, to carry you as you booked", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionUS && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "service providers outside Europe receive data on standard contractual clauses and the UK addendum, of which we give a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].Safeguard == policy.SafeguardStandardClauses && p.Transfers[4].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[3].Note != ""
		}},
		{says: "Europeans may access, correct, erase, restrict and port their data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the data protection authority where you live", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we do not make decisions with legal or similar effects on you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "sites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "we post changes with a new date and tell you of material ones", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
		{says: "questions go to our Privacy Office by email or post", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
		{says: "information you post on our social media pages is public and governed by the networks' policies", free: toIntroduction},
		{says: "if you travel on a ticket another airline sold, that airline's policy covers what it collected", free: toIntroduction},
	}}
}
