package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The German acts the Lidl Plus paraphrase cites, each as the law of
// Germany.
var (
	eu7TDDDG      = policy.Obligation{Act: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG), § 25", Region: regionDE}
	eu7UWGConsent = policy.Obligation{Act: "Gesetz gegen den unlauteren Wettbewerb (UWG), § 7(2) no. 2", Region: regionDE}
	eu7HGB        = policy.Obligation{Act: "Handelsgesetzbuch (HGB), § 257", Region: regionDE}
	eu7AO         = policy.Obligation{Act: "Abgabenordnung (AO), § 147", Region: regionDE}
	eu7LfDIBW     = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionDE,
		Contact: policy.Contact{Name: "Landesbeauftragter für den Datenschutz und die Informationsfreiheit Baden-Württemberg (LfDI)",
			Address: "Lautenschlagerstraße 20, 70173 Stuttgart, Germany", Website: "https://www.baden-wuerttemberg.datenschutz.de"}}
)

// realPolicyEu7LidlPlus paraphrases, in our own words and as we recall it,
// the privacy notice of the Lidl Plus app in Germany, as published in
// 2024-2025: the loyalty app of the discount supermarket chain, run by
// Lidl Stiftung & Co. KG of Neckarsulm jointly with the Lidl company that
// runs the stores in Germany, whose members show a digital customer card
// at the till, get digital receipts, activate coupons, collect stamps and
// scratch digital lottery tickets, may pay with Lidl Pay, and receive
// coupons and offers that Lidl chooses from their purchases, which the
// notice makes part of the Lidl Plus contract rather than a matter of
// consent. Analytics in the app need consent under § 25 TDDDG, and the
// email newsletter needs consent under § 7 UWG. Lidl Digital
// International and Schwarz IT develop and host the app. It declares the
// GDPR, the BDSG and the TDDDG, and names the data protection authority of
// Baden-Württemberg.
func realPolicyEu7LidlPlus() realPolicy {
	books := "the Commercial Code (HGB, § 257) and the Fiscal Code (AO, § 147), which require accounting records and receipts to be kept for ten years"
	hq := "Stiftsbergstraße 1, 74172 Neckarsulm, Germany"

	account := &policy.Category{ID: "account", Name: "Lidl account and Lidl Plus membership",
		Items: []string{"email address or mobile phone number", "password", "first name and last name, if you give them", "date of birth",
			"postcode", "your preferred store", "your Lidl Plus customer number, shown in the app as a barcode"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases made with Lidl Plus",
		Items: []string{"the store, date and time of the purchase", "the products you bought, with quantities and prices", "the discounts and coupons applied",
			"the payment method and the total", "the receipt number, from which we show your digital receipt"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive,
			Criteria: "as long as you take part in Lidl Plus; we keep the accounting records of the sale as commercial and tax law require"}}
	coupons := &policy.Category{ID: "coupons", Name: "Coupons and campaigns",
		Items: []string{"the coupons we give you, and which you activate and redeem", "your progress in collection campaigns and stamp cards",
			"the scratch cards you receive and the prizes you win", "the rewards you reach by spending"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Shopping profile we derive from your purchases",
		Items:       []string{"the product groups and brands you buy", "how often, when and in which stores you shop", "how you respond to coupons and offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, coupons}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	payment := &policy.Category{ID: "payment", Name: "Lidl Pay data",
		Items: []string{"the bank account (IBAN) or card you add", "a token that stands for it", "the payments you make with Lidl Pay",
			"whether you confirm payments with a PIN or your phone's fingerprint or face unlock"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the payment service provider that carries out Lidl Pay",
		Linked: true, Retention: policy.AsRequiredBy(books)}
	location := &policy.Category{ID: "location", Name: "Location",
		Items:       []string{"the location of your phone, when you search for a store"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "App usage and device data",
		Items: []string{"device model and identifier", "operating system and app version", "IP address", "the screens you open and what you tap",
			"crash reports", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the analysis needs it, and no longer than 14 months for analytics data")}
	service := &policy.Category{ID: "service", Name: "Customer service contacts",
		Items:       []string{"your messages to Lidl Plus customer service", "what you ask and how we answered"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you, and then as long as claims about the matter may be brought")}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers",
		Items:       []string{"your answers to surveys in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the survey is evaluated, after which we keep only the results")}

	stores := &policy.Recipient{ID: "stores", Name: "Lidl Dienstleistung GmbH & Co. KG, which runs the Lidl stores in Germany with us", Role: policy.RoleJointController,
		Categories: []*policy.Category{account, purchases, coupons}, Country: regionDE,
		Arrangement: "Lidl Stiftung and Lidl Dienstleistung have agreed which of them does what for Lidl Plus: Lidl Stiftung runs the app and your account and informs you, and Lidl Dienstleistung records your purchases and redeems your coupons at the till. You may exercise your rights against either of them."}
	it := &policy.Recipient{ID: "it", Name: "Lidl Digital International GmbH & Co. KG and Schwarz IT KG, which develop, run and host the app for us", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, purchases, coupons, profile, payment, usage, service, surveys}, Country: regionDE}
	psp := &policy.Recipient{ID: "psp", Name: "the payment service provider that carries out Lidl Pay payments", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment}, Country: regionDE, Purpose: "to check your bank account or card and carry out the payment"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for customer service, emails and push messages, surveys, analytics and crash reports", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, service, surveys}, Country: regionUS}
	winners := &policy.Recipient{ID: "prizes", Name: "the partners that deliver the prizes of our campaigns", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, coupons}, Conditional: true, Purpose: "if you win a prize that is sent to you"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement authorities and courts", Role: policy.RoleAuthority, Country: regionDE,
		Categories: []*policy.Category{account, purchases, payment}, Conditional: true, Purpose: "where the law obliges us to disclose"}

	membership := &policy.Purpose{ID: "account", Name: "Creating your Lidl account and running your Lidl Plus membership",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{it},
		Required: "to take part you must give an email address or mobile number, a password, your date of birth and a preferred store; without them you cannot join Lidl Plus, but you can still shop at Lidl"}
	plus := &policy.Purpose{ID: "plus", Name: "Recording your purchases, showing your digital receipts and redeeming your coupons at the till",
		Categories: []*policy.Category{account, purchases, coupons}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, it},
		Required: "your purchases are recorded only when you show your Lidl Plus card at the till; without it you get no coupon discounts on that purchase"}
	personal := &policy.Purpose{ID: "personalisation", Name: "Analysing your purchases and use of coupons to choose the coupons, offers and content we show you",
		Categories: []*policy.Category{purchases, coupons, profile, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{it},
		Profiling: true,
		Required:  "personalised coupons and offers are part of the Lidl Plus contract; whoever does not want them can end their membership, but cannot keep Lidl Plus without them"}
	campaigns := &policy.Purpose{ID: "campaigns", Name: "Running collection campaigns, stamp cards, scratch cards and prize draws",
		Categories: []*policy.Category{account, coupons, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{winners},
		Required: "to receive a prize we need your name and, for a prize we send, your postal address"}
	pay := &policy.Purpose{ID: "pay", Name: "Letting you pay with Lidl Pay",
		Categories: []*policy.Category{account, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp, it},
		Required: "Lidl Pay is optional; to use it you must add a bank account or card, and without one you pay at the till as usual"}
	nearby := &policy.Purpose{ID: "stores", Name: "Showing you the Lidl stores near you",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your phone's settings"}
	push := &policy.Purpose{ID: "push", DirectMarketing: true, Name: "Sending you push messages about new coupons, offers and campaigns",
		Categories: []*policy.Category{account, usage, profile}, Bases: []policy.Basis{policy.BasisConsent}, Profiling: true,
		ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in the app's settings or your phone's settings", Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending you the Lidl Plus newsletter by email, with offers chosen for you",
		Categories: []*policy.Category{account, profile}, Bases: []policy.Basis{policy.BasisConsent}, Profiling: true,
		ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentRequiredBy: []policy.Obligation{eu7UWGConsent}, ConsentLogged: true,
		Withdraw: "with the unsubscribe link in every email or in the app's settings", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how the app is used and finding the causes of crashes, to improve it",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodConsentTool, ConsentRequiredBy: []policy.Obligation{eu7TDDDG},
		Withdraw: "in the privacy settings of the app", Recipients: []*policy.Recipient{providers}}
	operation := &policy.Purpose{ID: "operation", Name: "Running the app and keeping it secure",
		Categories: []*policy.Category{usage, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "delivering a working app and defending it against attacks", Recipients: []*policy.Recipient{it}}
	misuse := &policy.Purpose{ID: "misuse", Name: "Preventing misuse of coupons and of the programme",
		Categories: []*policy.Category{account, purchases, coupons, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "stopping accounts being created or coupons being redeemed against our terms, such as by several accounts for one person",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to Lidl Plus customer service"}}
	planning := &policy.Purpose{ID: "planning", Name: "Planning our range, prices and stores from pseudonymised purchase data",
		Categories: []*policy.Category{purchases}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering the products our customers want in the stores where they want them, from analyses that do not identify anyone"}
	helping := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, account, purchases}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering questions that go beyond your membership", Recipients: []*policy.Recipient{providers},
		Required: "we cannot answer a question about your account or a purchase without its details"}
	asking := &policy.Purpose{ID: "surveys", Name: "Asking for your opinion in surveys in the app",
		Categories: []*policy.Category{surveys, account}, Bases: []policy.Basis{policy.BasisConsent},
		Withdraw: "by asking customer service to delete your answers", Recipients: []*policy.Recipient{providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{purchases, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7HGB, eu7AO}, Recipients: []*policy.Recipient{authorities},
		Retention: policy.AsRequiredBy(books)}

	p := &policy.Policy{
		Title: "privacy notice for Lidl Plus",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Lidl Stiftung & Co. KG", Address: hq, Website: "https://www.lidl.example"},
			Registration: "Amtsgericht Stuttgart, HRA 102412", Country: regionDE},
		DPO:     &policy.Contact{Name: "Data protection officer of Lidl Stiftung & Co. KG", Email: "datenschutz@lidl.example", Address: hq},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		Laws: []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{{Act: "Bundesdatenschutzgesetz (BDSG)", Region: regionDE},
			{Act: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz (TDDDG)", Region: regionDE}},
		Scope: []string{"the Lidl Plus app and the Lidl Plus programme in Germany"},
		OtherNotices: []policy.Notice{{Covers: "the Lidl online shop and lidl.de", URL: "https://www.lidl.example/datenschutz"},
			{Covers: "the Lidl stores, including their video surveillance", URL: "https://www.lidl.example/datenschutz-filialen"}},
		Categories: []*policy.Category{account, purchases, coupons, profile, payment, location, usage, service, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "biometrics", Name: "your fingerprint or face", Category: payment, Note: "Your phone checks them; the app learns only whether the check succeeded."},
		},
		Purposes: []*policy.Purpose{membership, plus, personal, campaigns, pay, nearby, push, newsletter, analytics, operation, misuse, planning,
			helping, asking, records},
		Recipients: []*policy.Recipient{stores, it, psp, providers, winners, authorities},
		Storage:    []policy.Storage{{Location: regionDE}},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, usage, service, surveys},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, coupons, profile, usage},
			Kept: []policy.KeptReason{policy.KeptLegalObligation}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "the app's own storage for your login and settings", Technology: policy.TechnologyLocalStorage, Party: policy.PartyFirst,
				Purpose: operation, Categories: []*policy.Category{account}, Lifetime: policy.UntilCleared(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and crash reporting SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: providers,
				Purpose: analytics, Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(14)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app or by writing to our data protection officer"},
			{Kind: policy.RightRectification, How: "in the app or by writing to our data protection officer"},
			{Kind: policy.RightErasure, How: "by deleting your account in the app, or by writing to our data protection officer"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability, How: "by writing to our data protection officer"},
			{Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		Redress:  []policy.Redress{eu7LfDIBW},
		// The personalised coupons are profiling without legal or
		// similarly significant effects.
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasurePseudonymisation, Description: "We analyse purchases for planning our range and stores only under a pseudonym."}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "datenschutz@lidl.example"},
	}
	return realPolicy{"supermarket loyalty app (Lidl Plus)", p, []statement{
		{says: "Lidl Stiftung & Co. KG in Neckarsulm is the controller for the Lidl Plus app", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionDE && strings.HasPrefix(p.Controller.Name, "Lidl Stiftung")
		}},
		{says: "it shares responsibility for Lidl Plus with Lidl Dienstleistung, which runs the stores, and the two have agreed who does what", typed: func(p *policy.Policy) bool {
			r := recipient(p, "stores")
			return r.Role == policy.RoleJointController && r.Arrangement != ""
		}},
		{says: "you may exercise your rights against either joint controller", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "stores").Arrangement, "either")
		}},
		{says: "our data protection officer can be reached at our address or by email", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process data under the GDPR, the BDSG and the TDDDG", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2
		}},
		{says: "this notice covers the Lidl Plus app and programme; the online shop and the stores have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 2
		}},
		{says: "to join you give an email address or mobile number, a password, your date of birth and your preferred store", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "your preferred store") && p.Purpose("account").Required != ""
		}},
		{says: "you can shop at Lidl without Lidl Plus", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "still shop at Lidl")
		}},
		{says: "Lidl Plus is open to adults only", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "when you show your Lidl Plus card at the till, we record the store, the time, the products, prices, coupons and payment method", typed: func(p *policy.Policy) bool {
			c := p.Category("purchases")
			return slices.Contains(c.Sources, policy.SourceAutomatic) && slices.Contains(c.Items, "the discounts and coupons applied")
		}},
		{says: "we show your receipts in the app as digital receipts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Items, "the receipt number, from which we show your digital receipt") && p.Purpose("plus").HasBasis(policy.BasisContract)
		}},
		{says: "we record the coupons you activate and redeem, your stamps and scratch cards, and the prizes you win", typed: func(p *policy.Policy) bool {
			return p.Purpose("campaigns").Uses(p.Category("coupons")) && len(p.Category("coupons").Items) == 4
		}},
		{says: "we analyse your purchases and use of coupons to build a profile of what you buy and how you shop", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return slices.Contains(c.Sources, policy.SourceDerived) && slices.Contains(c.DerivedFrom, p.Category("purchases"))
		}},
		{says: "we use that profile to choose personalised coupons and offers for you, as part of the Lidl Plus contract", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.RestsOn(policy.BasisContract, policy.GDPR) && !pu.RestsOnConsent()
		}},
		{says: "personalisation is part of Lidl Plus; whoever does not want it can end the membership", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return !pu.OptOut && strings.Contains(pu.Required, "end their membership")
		}},
		{says: "the personalised coupons have no legal or similarly significant effect on you, and we take no decisions based solely on automated processing", typed: func(p *policy.Policy) bool {
			return p.NoAutomatedDecisions && p.Purpose("personalisation").Automated == ""
		}},
		{says: "Lidl Dienstleistung records your purchases and redeems coupons at the till", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("plus").Recipients, recipient(p, "stores"))
		}},
		{says: "if you win a prize that is sent to you, we give your name and address to the partner that delivers it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "prizes")
			return r.Conditional && p.Purpose("campaigns").Required != ""
		}},
		{says: "Lidl Pay is optional, and to use it you add a bank account or a card", typed: func(p *policy.Policy) bool {
			return strings.HasPrefix(p.Purpose("pay").Required, "Lidl Pay is optional")
		}},
		{says: "a payment service provider checks the bank account or card and carries out Lidl Pay payments", typed: func(p *policy.Policy) bool {
			r := recipient(p, "psp")
			return r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("pay").Recipients, r)
		}},
		{says: "you confirm Lidl Pay payments with a PIN or your phone's fingerprint or face unlock, which we never receive", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "with your permission we use your phone's location to show you stores nearby, and you may turn it off in your phone's settings", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("stores").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we do not keep your location once we have shown you the stores", typed: func(p *policy.Policy) bool {
			return p.Category("location").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "we send push messages about coupons and offers only if you allow them, and you may turn them off", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("push")
			return pu.RestsOnConsent() && pu.Withdraw != "" && pu.DirectMarketing
		}},
		{says: "we send the newsletter only after you confirm your subscription by email, as § 7 UWG requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.ConsentMethod == policy.ConsentMethodDoubleOptIn && len(n.ConsentRequiredBy) == 1
		}},
		{says: "we log your consent to the newsletter so that we can prove it", typed: func(p *policy.Policy) bool { return p.Purpose("newsletter").ConsentLogged }},
		{says: "you may unsubscribe with the link in every email or in the app", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("newsletter").Withdraw, "unsubscribe link")
		}},
		{says: "we use analytics and crash reporting tools in the app only with your consent, as § 25 TDDDG requires", typed: func(p *policy.Policy) bool {
			c := cookie(p, "analytics")
			return c.Technology == policy.TechnologySDK && c.Consent == policy.CookieConsentOptIn && p.Purpose("analytics").ConsentRequiredBy[0] == eu7TDDDG
		}},
		{says: "you may withdraw that consent in the app's privacy settings", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").Withdraw != "" }},
		{says: "the app stores your login and settings on your phone, which it needs to work", typed: func(p *policy.Policy) bool {
			c := cookie(p, "necessary")
			return c.StrictlyNecessary && c.Technology == policy.TechnologyLocalStorage
		}},
		{says: "we process usage data to run the app and keep it secure, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("operation").Interest != "" && p.Purpose("operation").Uses(p.Category("usage"))
		}},
		{says: "we check for misuse of coupons and of the programme, and may block an account that breaks our terms", typed: func(p *policy.Policy) bool {
			s := p.Purpose("misuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "we plan our range, prices and stores from purchase data under a pseudonym", typed: func(p *policy.Policy) bool {
			return p.Purpose("planning").Interest != "" && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "customer service uses your messages to answer your questions and complaints", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "we ask for your opinion in surveys, which you answer only if you wish", typed: func(p *policy.Policy) bool {
			return p.Purpose("surveys").RestsOnConsent()
		}},
		{says: "Lidl Digital International and Schwarz IT develop, run and host the app for us on our instructions", typed: func(p *policy.Policy) bool {
			r := recipient(p, "it")
			return r.Role == policy.RoleProcessor && r.Country == regionDE
		}},
		{says: "we store the data in Germany", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionDE }},
		{says: "some service providers are in the US, where the transfer rests on standard contractual clauses, a copy of which our DPO gives", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "we disclose data to authorities only where the law obliges us to", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we keep your account data while you take part in Lidl Plus", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "when you delete your account, we delete your data, except what commercial and tax law require us to keep for up to ten years", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Deletion[0].Keeps(policy.KeptLegalObligation) &&
				p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "you may delete your account in the app at any time", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightErasure && strings.Contains(r.How, "deleting your account")
			})
		}},
		{says: "you may access, rectify, erase and port your data, restrict processing and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may object to processing on our legitimate interests and to direct marketing", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightObjection) }},
		{says: "you may complain to a supervisory authority, such as the one of Baden-Württemberg", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "Baden-Württemberg")
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "we tell you of material changes to this notice in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "the Lidl Plus card is a digital customer card in the app that the till scans, and it replaces the paper receipt if you wish", free: toPurpose("plus")},
		{says: "coupons you activate are applied automatically at the till when your card is scanned", free: toPurpose("plus")},
		{says: "the coupons offered to you may differ from those offered to other members", free: toPurpose("personalisation")},
	}}
}

var _ = language.English

// The Irish and UK acts the Ryanair paraphrase cites.
var (
	eu7IrishDPA   = policy.Obligation{Act: "Data Protection Act 2018 (Ireland)", Region: regionIE}
	eu7IrishEPriv = policy.Obligation{Act: "European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011 (S.I. No. 336 of 2011), reg. 13", Region: regionIE}
	eu7PECR       = policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22", Region: regionGB}
	eu7EU261      = policy.Obligation{Act: "Regulation (EC) No 261/2004 on air passenger rights, Arts. 5, 7, 8 and 14", Region: regionEU}
	eu7UK261      = policy.Obligation{Act: "Regulation (EC) No 261/2004 as retained in UK law (UK261)", Region: regionGB}
	eu7PRM        = policy.Obligation{Act: "Regulation (EC) No 1107/2006 on the rights of disabled persons and persons with reduced mobility when travelling by air, Art. 6", Region: regionEU}
	eu7UKPRM      = policy.Obligation{Act: "Regulation (EC) No 1107/2006 as retained in UK law", Region: regionGB}
	eu7DPC        = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionIE,
		Contact: policy.Contact{Name: "Data Protection Commission", Address: "21 Fitzwilliam Square South, Dublin 2, D02 RD28, Ireland", Website: "https://www.dataprotection.ie"}}
	eu7ICO = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionGB,
		Contact: policy.Contact{Name: "Information Commissioner's Office", Address: "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, United Kingdom", Website: "https://ico.org.uk"}}
)

// realPolicyEu7Ryanair paraphrases, in our own words and as we recall it,
// the privacy policy of Ryanair DAC, as published in 2024-2025: the Irish
// low-fare airline, which sells flights that it and the other airlines of
// its group (Buzz, Lauda Europe, Malta Air and Ryanair UK) operate; gives
// advance passenger information and passenger name records to the border
// authorities of the countries it flies to; passes requests for special
// assistance to airports; asks passengers who booked through an online
// travel agent it has not authorised to verify the booking, by a facial
// check that a provider runs or by other means, so that it holds their own
// contact and payment details; tells passengers of disruptions and handles
// refunds and compensation under Regulation 261/2004; sells car hire,
// hotels, insurance and parking from partners that are controllers in
// their own right; runs myRyanair accounts and the Ryanair Prime
// subscription; and markets by email with consent. It declares the GDPR
// and the UK GDPR, with Ryanair UK as its establishment in the UK, and
// names the Irish Data Protection Commission and the ICO.
func realPolicyEu7Ryanair() realPolicy {
	irishTax := "the Taxes Consolidation Act 1997 (s. 886) and the Value-Added Tax Consolidation Act 2010 (s. 84), which require accounting records to be kept for six years"

	booking := &policy.Category{ID: "booking", Name: "Booking data",
		Items: []string{"the names and titles of the passengers", "dates of birth of children and infants", "email address and phone number",
			"booking reference, flights, seats, bags and other extras", "the fare and fees paid", "check-in and boarding status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty},
		SourceDetail: "the online travel agent or other company you booked through, if you did not book with us", OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to carry you and handle any claim, and then as long as the law requires us to keep the records of the sale")}
	documents := &policy.Category{ID: "documents", Name: "Travel documents and advance passenger information",
		Items: []string{"name as in the passport or identity card", "date of birth", "gender", "nationality", "document type, number, issuing country and expiry",
			"visa or residence permit, where the destination requires one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the destination's law requires, and no longer than needed to carry you")}
	assistance := &policy.Category{ID: "assistance", Name: "Special assistance",
		Items:       []string{"the assistance you need at the airport and on board, such as a wheelchair", "mobility equipment and medical devices you bring", "whether you travel with an assistance dog"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.Keep(policy.Days(90), policy.EventPurposeAchieved)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the card type, the last four digits and the expiry date", "the cardholder's name and billing address", "the result of the payment and of fraud checks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(irishTax)}
	account := &policy.Category{ID: "account", Name: "myRyanair account and Ryanair Prime",
		Items: []string{"email address and password", "name, date of birth and nationality", "the travel documents and fellow travellers you save",
			"your preferred airports", "whether you are a Ryanair Prime member, since when and the fee paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	verification := &policy.Category{ID: "verification", Name: "Booking verification data",
		Items:       []string{"a photo of your face, compared with the photo in your passport", "your passport or identity card details", "the result of the check"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, From: policy.EventPurposeAchieved,
			Note: "The provider deletes the photo of your face as soon as the check is done; we keep only whether the booking was verified."}}
	service := &policy.Category{ID: "service", Name: "Customer service, refunds and claims",
		Items:       []string{"your chats, emails and calls with customer service", "recordings of calls", "refund and compensation claims and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to handle the matter, and then until claims about it are time-barred")}
	online := &policy.Category{ID: "online", Name: "Website and app usage",
		Items:       []string{"IP address", "device, browser and app version", "the flights you search for and the pages you view", "push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a booking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	border := &policy.Recipient{ID: "border", Name: "border control, immigration, customs and police authorities of the countries you fly to or from",
		Role: policy.RoleAuthority, Categories: []*policy.Category{booking, documents},
		Purpose: "because their laws require advance passenger information and passenger name records before a flight"}
	group := &policy.Recipient{ID: "group", Name: "the airlines of the Ryanair Group that operate flights we sell: Buzz, Lauda Europe, Malta Air and Ryanair UK", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, documents, assistance}, Country: regionEU, Purpose: "to carry you on the flight they operate"}
	airports := &policy.Recipient{ID: "airports", Name: "the airports you fly from and to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to provide the special assistance you ask for, which the law makes the airport's task"}
	handlers := &policy.Recipient{ID: "handlers", Name: "ground handling agents", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, assistance}, Purpose: "to check you in, board you and handle your bags"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, payment}, Purpose: "to take your payment, refund you and screen payments for fraud"}
	partners := &policy.Recipient{ID: "partners", Name: "the partners whose car hire, hotels, travel insurance, parking and transfers we sell", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking}, Conditional: true, Purpose: "if you buy their service from us; each uses your data under its own privacy policy"}
	verifier := &policy.Recipient{ID: "verifier", Name: "the identity verification provider that runs the facial check", Role: policy.RoleProcessor,
		Categories: []*policy.Category{verification}, Country: regionEU}
	providers := &policy.Recipient{ID: "providers", Name: "IT, cloud hosting, call centre, email and text message providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, payment, account, service, online}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show our ads on other websites and apps and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police, courts and regulators", Role: policy.RoleAuthority,
		Categories: []*policy.Category{booking, payment, service}, Conditional: true, Purpose: "where the law obliges us to disclose, or to establish or defend our legal claims"}

	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you flights and extras, and carrying you",
		Categories: []*policy.Category{booking, payment, documents}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, handlers, psps, providers},
		Required:   "without the names of the passengers, an email address and a means of payment we cannot sell you a flight"}
	api := &policy.Purpose{ID: "border", Name: "Giving advance passenger information and passenger name records to border authorities",
		Categories: []*policy.Category{booking, documents}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{border},
		Obligations: []policy.Obligation{
			{Act: "Council Directive 2004/82/EC on advance passenger information", Region: regionEU},
			{Act: "Directive (EU) 2016/681 on passenger name record data", Region: regionEU},
			{Act: "European Union (Passenger Name Record Data) Regulations 2018 (S.I. No. 177 of 2018)", Region: regionIE},
			{Act: "Immigration, Asylum and Nationality Act 2006, s. 32", Region: regionGB},
		},
		Required: "where the destination requires travel document details before a flight, you cannot check in or fly without giving them"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging the special assistance you ask for",
		Categories: []*policy.Category{assistance, booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{eu7PRM, eu7UKPRM}, Recipients: []*policy.Recipient{airports, handlers, group},
		Withdraw: "by cancelling the request with customer service, after which we cannot arrange the assistance",
		Required: "asking for assistance is up to you; without the details of your needs the airport cannot assist you"}
	verify := &policy.Purpose{ID: "verification", Name: "Verifying bookings made through online travel agents that we have not authorised",
		Categories: []*policy.Category{verification, booking}, Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisExplicitConsent},
		Interest:   "making sure that we hold the passenger's own contact and payment details, so that we can tell them of changes to their flight and meet our safety and security duties, and that they are not overcharged",
		Withdraw:   "by choosing another way to verify instead of the facial check",
		Recipients: []*policy.Recipient{verifier},
		Required:   "you must verify such a booking before you can check in online; you may choose the facial check, a check of your travel document details that takes longer, or verification at the airport desk"}
	disruption := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes to your flight, and of your rights",
		Categories: []*policy.Category{booking}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7EU261, eu7UK261}, Recipients: []*policy.Recipient{providers},
		Required: "if we do not have your own email address and phone number, we cannot tell you of a change to your flight"}
	claims := &policy.Purpose{ID: "claims", Name: "Handling your questions, complaints, refunds and compensation claims",
		Categories: []*policy.Category{service, booking, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7EU261, eu7UK261}, Recipients: []*policy.Recipient{providers, psps},
		Required: "we cannot handle a claim without the booking reference and the details of what happened"}
	myRyanair := &policy.Purpose{ID: "account", Name: "Running your myRyanair account and your Ryanair Prime membership",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, psps},
		Required: "an account needs an email address and a password; Prime also needs payment of the yearly fee", MinimumAge: 16}
	extras := &policy.Purpose{ID: "partners", Name: "Selling you car hire, hotels, insurance, parking and transfers from our partners",
		Categories: []*policy.Category{booking}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners},
		Required: "the partner needs your name and the details of your trip to provide its service"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Screening payments and bookings for fraud",
		Categories: []*policy.Category{payment, booking, online}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us from fraudulent bookings and payments", Recipients: []*policy.Recipient{psps},
		Automated: "our payment screening may decline a payment or cancel a booking automatically where it shows signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "by contacting customer service", HumanReview: true}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you our offers and news by email and in the app",
		Categories: []*policy.Category{account, booking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu7IrishEPriv, eu7PECR}, Profiling: true,
		Withdraw: "with the unsubscribe link in every email or in your myRyanair settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Running our website and app, keeping them secure, and improving them from how they are used and from surveys",
		Categories: []*policy.Category{online, booking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering a website and app that work, are secure and are easy to use", OptOut: true, Recipients: []*policy.Recipient{providers}}
	measuring := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, with analytics cookies",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{providers}}
	defence := &policy.Purpose{ID: "legal", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{booking, service, payment}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "defending ourselves in disputes with passengers, claim agencies and others", Recipients: []*policy.Recipient{police}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{payment, booking}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Taxes Consolidation Act 1997, s. 886", Region: regionIE}, {Act: "Value Added Tax Act 1994, Sch. 11, para. 6", Region: regionGB}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Ryanair DAC", Address: "Airside Business Park, Swords, County Dublin, K67 NY94, Ireland", Website: "https://www.ryanair.example"},
			Registration: "Companies Registration Office, Ireland, no. 104547", Country: regionIE},
		DPO:            &policy.Contact{Name: "Data Protection Officer, Ryanair DAC", Email: "dataprotection@ryanair.example", Address: "Airside Business Park, Swords, County Dublin, Ireland"},
		Establishments: []policy.Establishment{{Region: regionGB, Contact: policy.Contact{Name: "Ryanair UK Limited", Address: "Enterprise House, Stansted Airport, Essex CM24 1QW, United Kingdom"}}},
		Version:        "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR},
		LegalActs:  []policy.Obligation{eu7IrishDPA},
		Scope:      []string{"ryanair.com, the Ryanair app and our call centres"},
		Categories: []*policy.Category{booking, documents, assistance, payment, account, verification, service, online, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers hold them."},
		},
		Purposes:   []*policy.Purpose{carriage, api, help, verify, disruption, claims, myRyanair, extras, fraud, marketing, ads, improve, measuring, defence, records},
		Recipients: []*policy.Recipient{border, group, airports, handlers, psps, partners, verifier, providers, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, documents},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionGB, ChosenDestination: policy.ChosenDestinationTravel, Recipient: border, Categories: []*policy.Category{booking, documents},
				Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, payment, account, service, online},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our Data Protection Officer for a copy of the clauses."},
			{Origin: regionGB, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{booking, payment, account, service, online},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy of the addendum."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionEU, Recipient: group, Categories: []*policy.Category{booking, documents, assistance}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionGB, Destination: regionEU, Recipient: verifier, Categories: []*policy.Category{verification}, Safeguard: policy.SafeguardAdequacy},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for booking, login and security", Party: policy.PartyFirst, Purpose: carriage,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: measuring,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("with the form on our website or by writing to our Data Protection Officer"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We may ask for your booking reference and the email address used to book."},
		Redress: []policy.Redress{eu7DPC, eu7ICO},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Card payments are processed to the PCI DSS standard."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.ryanair.example/cookies", RequestForm: "https://www.ryanair.example/gdpr-request"},
		Children:   policy.Children{Note: "Children travel on a booking an adult makes for them, and that adult gives their details."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "dataprotection@ryanair.example"},
	}
	return realPolicy{"low-fare airline (Ryanair)", p, []statement{
		{says: "Ryanair DAC in Swords, County Dublin, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && strings.HasPrefix(p.Controller.Registration, "Companies Registration Office")
		}},
		{says: "our Data Protection Officer can be reached by email and at our head office", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "Ryanair UK Limited is our establishment in the United Kingdom", typed: func(p *policy.Policy) bool {
			return len(p.Establishments) == 1 && p.Establishments[0].Region == regionGB
		}},
		{says: "we process data under the GDPR, the Irish Data Protection Act 2018 and the UK GDPR", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.UKGDPR) && p.LegalActs[0] == eu7IrishDPA
		}},
		{says: "this policy covers our website, app and call centres", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "when you book we collect the passengers' names, contact details, flights, seats, bags and the fare paid", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Items, "email address and phone number") && p.Purpose("carriage").Required != ""
		}},
		{says: "whoever books for others must have their permission to give us their details", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") }},
		{says: "where you booked through a travel agent or other company, we receive your booking from it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "the Ryanair Group airline that operates your flight receives what it needs to carry you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("carriage").Recipients, recipient(p, "group")) && strings.Contains(recipient(p, "group").Name, "Malta Air")
		}},
		{says: "ground handling agents check you in, board you and handle your bags on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "handlers").Role == policy.RoleProcessor
		}},
		{says: "many countries require your travel document details before a flight, and we must pass them to their border authorities", typed: func(p *policy.Policy) bool {
			b := p.Purpose("border")
			return b.RestsOn(policy.BasisLegalObligation, policy.GDPR) && b.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && len(b.Obligations) == 4
		}},
		{says: "without those details you cannot check in for such a flight", typed: func(p *policy.Policy) bool { return p.Purpose("border").Required != "" }},
		{says: "those authorities may be outside the EEA, in the country you choose to fly to", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[1].Origin == regionGB
		}},
		{says: "if you ask for special assistance, we use the details of your needs, with your explicit consent, and pass them to the airports", typed: func(p *policy.Policy) bool {
			h := p.Purpose("assistance")
			return h.HasBasis(policy.BasisExplicitConsent) && slices.Contains(h.Recipients, recipient(p, "airports")) && p.Category("assistance").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "the law makes the airport responsible for assisting passengers with reduced mobility, and us for telling it in time", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("assistance").Obligations, eu7PRM) && recipient(p, "airports").Role == policy.RoleThirdParty
		}},
		{says: "if you booked through an online travel agent we have not authorised, you must verify the booking before you can check in online", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("verification").Required, "before you can check in online")
		}},
		{says: "we ask for verification so that we hold your own contact and payment details and can tell you of changes to your flight", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Purpose("verification").Interest != ""
		}},
		{says: "you may verify with a facial check that compares a photo of your face with your passport photo, or choose another way", typed: func(p *policy.Policy) bool {
			c := p.Category("verification")
			return c.Biometric && p.Purpose("verification").HasBasis(policy.BasisExplicitConsent) && strings.Contains(p.Purpose("verification").Required, "airport desk")
		}},
		{says: "a verification provider runs the facial check for us and deletes the photo of your face once the check is done", typed: func(p *policy.Policy) bool {
			return recipient(p, "verifier").Role == policy.RoleProcessor && p.Category("verification").Retention.Note != ""
		}},
		{says: "we use your contact details to tell you of delays, cancellations and changes, and of your rights under Regulation 261/2004", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruption")
			return d.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(d.Obligations, eu7EU261)
		}},
		{says: "we handle refunds and compensation claims under Regulation 261/2004 and its UK version", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("claims").Obligations, eu7UK261)
		}},
		{says: "calls with customer service may be recorded, and you are told before", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "a myRyanair account stores your details, saved travel documents and fellow travellers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "the travel documents and fellow travellers you save") && p.Purpose("account").HasBasis(policy.BasisContract)
		}},
		{says: "Ryanair Prime members pay a yearly fee for their benefits", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "Prime")
		}},
		{says: "if you buy car hire, a hotel, insurance or parking from us, the partner providing it receives your details and uses them under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.Role == policy.RoleThirdParty && r.Conditional && slices.Contains(p.Purpose("partners").Recipients, r)
		}},
		{says: "payment service providers take your payments and refunds; we never hold your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we screen payments for fraud, and a payment or booking may be declined automatically, which a person reviews if you contact us", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && f.Suspension.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the Ryanair Group airlines and the verification provider are in the EU, to which data may go from the UK as UK adequacy regulations allow", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Origin == regionGB && t.Destination == regionEU && t.Safeguard == policy.SafeguardAdequacy && t.Recipient == recipient(p, "verifier")
			})
		}},
		{says: "we send offers by email only with your consent, which you may withdraw with the link in each email or in myRyanair", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && m.Withdraw != "" && len(m.ConsentRequiredBy) == 2
		}},
		{says: "analytics and advertising cookies are set only with your consent, given in the cookie banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != "" &&
				p.Purpose("analytics").RestsOnConsent()
		}},
		{says: "advertising partners such as Google and Meta show and measure our ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "advertising"))
		}},
		{says: "we use how our website and app are used, and surveys, to improve them, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && p.Purpose("improve").OptOut
		}},
		{says: "we keep and use data to establish and defend legal claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").Interest != "" && recipient(p, "police").Conditional
		}},
		{says: "we keep accounting records for six years as Irish tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "IT, hosting, call centre and messaging providers process data for us, some outside the EEA", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "providers").Country == regionUS
		}},
		{says: "transfers outside the EEA and the UK rest on standard contractual clauses and the UK addendum, copies of which our DPO gives", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardStandardClauses && p.Transfers[3].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[3].Note != ""
		}},
		{says: "we disclose data to the police and courts where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if our business is sold, the buyer may receive your data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you make a request with our online form, and we may ask for your booking reference to confirm who you are", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDataPoints)
		}},
		{says: "we answer within a month, which we may extend by two months for complex requests", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Irish Data Protection Commission or, in the UK, the ICO", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 2 && p.Redress[0].Region == regionIE && p.Redress[1].Region == regionGB
		}},
		{says: "card payments are handled to the PCI DSS standard, and data is encrypted in transit", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureEncryptionInTransit)
		}},
		{says: "beware of messages that pretend to come from us and ask for your details", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "children travel on a booking an adult makes for them", typed: func(p *policy.Policy) bool { return p.Children.Note != "" && p.Children.MinimumAge == 0 }},
		{says: "a myRyanair account is for people aged 16 or over", typed: func(p *policy.Policy) bool { return p.Purpose("account").MinimumAge == 16 }},
		{says: "we may change this policy, and the version on our website applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "online travel agents we have not authorised often give us false email addresses and payment details, and may charge you more than our fares", free: toPurpose("verification")},
		{says: "we do not accept that claim agencies act for passengers in refund claims without the passenger's own confirmation", free: toPurpose("claims")},
		{says: "you can check in online only in the period before the flight our terms set, and must show your boarding pass and travel document at the airport", free: toPurpose("carriage")},
	}}
}

// The French and EU acts the leboncoin paraphrase cites.
var (
	eu7DSA       = policy.Obligation{Act: "Regulation (EU) 2022/2065 (Digital Services Act), Arts. 16, 17 and 20", Region: regionEU}
	eu7DSATrader = policy.Obligation{Act: "Regulation (EU) 2022/2065 (Digital Services Act), Art. 30", Region: regionEU}
	eu7DAC7FR    = policy.Obligation{Act: "Code général des impôts, art. 1649 ter A to 1649 ter E (DAC7)", Region: regionFR}
	eu7CGI242bis = policy.Obligation{Act: "Code général des impôts, art. 242 bis", Region: regionFR}
)

// realPolicyEu7Leboncoin paraphrases, in our own words and as we recall
// it, the personal data protection policy of LBC France SAS, as published
// in 2024-2025: the Paris company that runs leboncoin, France's largest
// classifieds site, where private people and professionals publish ads
// for goods, cars, property and jobs; members write to each other in its
// messaging service, which it analyses to fight fraud and spam; buyers
// may pay through its secure payment and have the item delivered by
// partner carriers; tenants may send landlords a rental file; it
// moderates ads before and after publication and handles notices and
// appeals as the Digital Services Act requires, checks professional
// sellers, and reports sellers to the tax administration under DAC7; it
// personalises search results, and shows advertising, personalised only
// with consent; it measures its audience with cookies the CNIL exempts
// from consent; and keeps connection data for a year as French law
// requires of hosts. It declares the GDPR and the Loi Informatique et
// Libertés, names the CNIL and recognises post-mortem directives.
func realPolicyEu7Leboncoin() realPolicy {
	accounting := "the Code de commerce (art. L. 123-22) and the Livre des procédures fiscales (art. L. 102 B), which require invoices and accounting records to be kept for ten and six years"
	office := "24 rue des Jeûneurs, 75002 Paris, France"

	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"email address", "password", "phone number", "the pseudonym you choose", "first name and last name, if you use secure payment", "postal address, if you send or receive parcels"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Public profile",
		Items:       []string{"pseudonym", "profile photo", "the date you joined", "ratings and reviews from the members you dealt with", "how quickly you answer messages"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceAutomatic}, Linked: true,
		Visibility: policy.VisibilityAlways, Retention: policy.WhileAccountActive(policy.Period{})}
	ads := &policy.Category{ID: "ads", Name: "Ads",
		Items:       []string{"title, description and photos", "category and price", "the town or postcode of the item", "your phone number, if you choose to show it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the ad is online, and then for a year after it ends, so that we can answer questions and disputes about it")}
	messages := &policy.Category{ID: "messages", Name: "Messages between members",
		Items:       []string{"the messages you send and receive through our messaging service", "photos and documents attached to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	transactions := &policy.Category{ID: "transactions", Name: "Secure payment and delivery transactions",
		Items:       []string{"the item, its price and the service fees", "the names of buyer and seller", "the delivery address or pick-up point", "parcel tracking", "disputes and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the carriers, which tell us where the parcel is", Linked: true, Retention: policy.AsRequiredBy(accounting)}
	payment := &policy.Category{ID: "payment", Name: "Payment and payout data",
		Items:       []string{"the payment method and the last digits of the card", "the bank account (IBAN) to which your sales are paid", "the balance of your leboncoin wallet"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	identity := &policy.Category{ID: "identity", Name: "Identity verification",
		Items:       []string{"a copy of your identity document", "your date and place of birth and nationality", "the result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the Code monétaire et financier (art. L. 561-12), which has the payment service provider keep it for five years after the relationship ends")}
	tax := &policy.Category{ID: "tax", Name: "Seller tax data",
		Items:       []string{"tax identification number", "date of birth", "address", "SIRET number, for professionals", "the number of sales and the amounts received in the year"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Livre des procédures fiscales, which lets the tax administration check the reports for ten years")}
	pro := &policy.Category{ID: "pro", Name: "Professional seller data",
		Items:       []string{"company name and legal form", "SIREN or SIRET number", "business address, email address and phone number", "a commitment to offer only products that comply with the law"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.Keep(policy.Months(6), policy.EventContractEnd)}
	rental := &policy.Category{ID: "rental", Name: "Rental files",
		Items:       []string{"your identity and situation", "your job and income, with supporting documents", "your guarantor's details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("until you delete the file, and no longer than your account")}
	moderation := &policy.Category{ID: "moderation", Name: "Reports and moderation",
		Items:       []string{"notices of ads, messages or members", "our moderation decisions and the reasons we give", "appeals and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser, policy.SourceDerived},
		DerivedFrom: []*policy.Category{ads, messages, profile}, Linked: true,
		Retention: policy.ByCriteria("as long as we need to show how we dealt with a notice or an appeal")}
	connection := &policy.Category{ID: "connection", Name: "Connection data",
		Items:       []string{"IP address and port", "date and time of login and of each publication", "device and browser"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventCollection,
			Law: "the LCEN (art. 6) and décret n° 2021-1362, which require hosts to keep the data identifying those who publish content for one year"}}
	browsing := &policy.Category{ID: "browsing", Name: "Searches and browsing",
		Items:       []string{"your searches and saved searches", "the ads you view and save as favourites", "your search alerts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "interest segments inferred from your browsing", "the ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{browsing}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Customer service requests",
		Items:       []string{"what you tell customer service", "evidence you send in a dispute"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle the request, and then until claims about it are time-barred")}

	psp := &policy.Recipient{ID: "psp", Name: "our payment service provider", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions, payment, identity}, Country: regionEU,
		Purpose: "to take payments, pay sellers and verify their identity, as anti-money laundering law requires of it"}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and pick-up point networks, such as Colissimo and Mondial Relay", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, transactions}, Country: regionFR, Purpose: "to deliver the parcel and tell buyer and seller where it is"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the leboncoin group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profile, ads, messages, support, connection, browsing}, Country: regionFR,
		Purpose: "to provide technical services and customer service for us"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer service, moderation, emails and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, ads, messages, moderation, support, connection, browsing}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertisers and advertising technology partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tracking}, Country: regionUS, Purpose: "to show ads on leboncoin and elsewhere that match your interests, and to measure them"}
	dgfip := &policy.Recipient{ID: "dgfip", Name: "the Direction générale des finances publiques (DGFiP)", Role: policy.RoleAuthority, Country: regionFR,
		Categories: []*policy.Category{tax, account}, Purpose: "to receive the yearly report on sellers, which it shares with the tax administrations of other member states"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, the courts and other authorities", Role: policy.RoleAuthority, Country: regionFR,
		Categories: []*policy.Category{account, ads, messages, transactions, connection, moderation}, Conditional: true,
		Purpose: "on a legal requisition, or where we must report content that threatens someone's life or safety"}

	service := &policy.Purpose{ID: "service", Name: "Creating and managing your account and your public profile",
		Categories: []*policy.Category{account, profile}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers},
		Required: "an account needs an email address, a password and a phone number; without one you can browse ads but not publish or answer them"}
	publishing := &policy.Purpose{ID: "ads", Name: "Publishing your ads and sending you alerts for your saved searches",
		Categories: []*policy.Category{ads, browsing, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group},
		Required: "an ad needs a description, a category, a price and a location"}
	messaging := &policy.Purpose{ID: "messaging", Name: "Letting members write to each other through our messaging service",
		Categories: []*policy.Category{messages, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	secure := &policy.Purpose{ID: "payment", Name: "Secure payment and delivery",
		Categories: []*policy.Category{transactions, payment, account}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{psp, carriers},
		Required:   "secure payment is optional; to use it you must give your name and payment details, and to be paid a seller must give a bank account"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Verifying the identity of sellers paid through secure payment",
		Categories: []*policy.Category{identity, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Code monétaire et financier, art. L. 561-5", Region: regionFR}}, Recipients: []*policy.Recipient{psp},
		Required: "anti-money laundering law requires the check above certain amounts; without it we cannot pay out your sales"}
	safety := &policy.Purpose{ID: "safety", Name: "Fighting fraud, scams and spam, including by analysing messages",
		Categories: []*policy.Category{account, messages, ads, connection, transactions}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:  "protecting our members from scams, fake ads and spam, and keeping exchanges on leboncoin",
		Automated: "our systems may automatically block a message or an ad, or suspend an account, that shows signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetContent},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerYes,
			Contest: "by contacting customer service", HumanReview: true},
		Recipients: []*policy.Recipient{providers}}
	moderating := &policy.Purpose{ID: "dsa", Name: "Moderating ads and handling notices of illegal content and appeals, as the Digital Services Act requires",
		Categories: []*policy.Category{moderation, ads, messages, profile, account}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "applying our rules on what may be published, so that the site holds only lawful ads that follow them",
		Obligations: []policy.Obligation{eu7DSA}, Recipients: []*policy.Recipient{authorities, providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundIllegalContent, policy.SuspensionGroundTermsBreach},
			Contest: "through the appeal form in the Help Centre", ContestWithin: policy.Months(6), HumanReview: true}}
	traders := &policy.Purpose{ID: "traders", Name: "Checking professional sellers and showing their details to buyers, as the Digital Services Act requires",
		Categories: []*policy.Category{pro}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu7DSATrader},
		Required: "the law requires a professional to give these details; without them a professional cannot publish ads"}
	reporting := &policy.Purpose{ID: "dac7", Name: "Reporting sellers to the tax administration and sending them a yearly statement of their income",
		Categories: []*policy.Category{tax, account, transactions}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu7DAC7FR, eu7CGI242bis}, Recipients: []*policy.Recipient{dgfip},
		Required: "a seller who makes 30 sales or receives 2,000 euros in a year through secure payment must give us these details, which the law requires; without them we must suspend payouts"}
	renting := &policy.Purpose{ID: "rental", Name: "Sending your rental file to the landlords and agencies whose ads you answer",
		Categories: []*policy.Category{rental}, Bases: []policy.Basis{policy.BasisContract},
		Required: "the rental file is optional; you choose what to put in it and to whom to send it"}
	feed := &policy.Purpose{ID: "personalisation", Name: "Ranking search results and recommending ads from your searches and favourites",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the ads you are most likely to be looking for", Profiling: true, OptOut: true}
	news := &policy.Purpose{ID: "news", DirectMarketing: true, Name: "Telling members by email and notification about our own services",
		Categories: []*policy.Category{account, browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our members about services like those they use", OptOut: true,
		ConsentExemptBy: []policy.Obligation{frSoftOptIn}, Recipients: []*policy.Recipient{providers}}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Sending you our partners' offers by email",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{frSoftOptIn}, Withdraw: "with the unsubscribe link in every email or in your account settings"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised advertising on leboncoin and elsewhere, and measuring it",
		Categories: []*policy.Category{tracking, browsing}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6FrCookies}, Profiling: true,
		Withdraw: "with the \"Manage cookies\" link at the foot of every page", Recipients: []*policy.Recipient{adPartners}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring the audience of leboncoin",
		Categories: []*policy.Category{browsing, connection}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "knowing how many people visit which pages, to improve the site", OptOut: true}
	helping := &policy.Purpose{ID: "support", Name: "Answering your requests and helping settle disputes between members",
		Categories: []*policy.Category{support, account, transactions, messages}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "helping members and people without an account who write to us",
		Recipients: []*policy.Recipient{group, providers}, Required: "we cannot answer a request without its details"}
	logs := &policy.Purpose{ID: "logs", Name: "Keeping the data that identifies those who publish content, as French law requires of hosts",
		Categories: []*policy.Category{connection, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frLCEN}, Recipients: []*policy.Recipient{authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping accounting and tax records",
		Categories: []*policy.Category{transactions, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frTaxProcedure}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "LBC France SAS", Address: office, Website: "https://www.leboncoin.example"},
			Registration: "RCS Paris", Country: regionFR},
		DPO:     &policy.Contact{Name: "Délégué à la protection des données (DPO), LBC France", Email: "dpo@leboncoin.example", Address: office},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 20), Updated: policy.MakeDate(2025, time.January, 20),
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{frDataProtectionAct, frLCEN},
		Scope:     []string{"leboncoin.fr and the leboncoin apps"},
		Categories: []*policy.Category{account, profile, ads, messages, transactions, payment, identity, tax, pro, rental, moderation, connection, browsing,
			tracking, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service provider handles them."},
		},
		Purposes: []*policy.Purpose{service, publishing, messaging, secure, kyc, safety, moderating, traders, reporting, renting, feed, news, partnerOffers,
			advertising, audience, helping, logs, records},
		Recipients: []*policy.Recipient{psp, carriers, group, providers, adPartners, dgfip, authorities},
		Storage:    []policy.Storage{{Location: regionEU}},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, ads, messages, moderation, support, connection, browsing},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, profile, ads, browsing},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for login, security and your cookie choices", Party: policy.PartyFirst, Purpose: service,
				Categories: []*policy.Category{connection}, Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: audience,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentExemptStatistics},
			{ID: "advertising", Name: "advertising cookies of leboncoin and its partners", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account settings or with the form in our Help Centre"),
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of identity only where we cannot otherwise be sure who makes the request."},
		Redress: []policy.Redress{frCNIL},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation},
			{Kind: policy.MeasureContactMasking, Description: "Members write to each other through our messaging service, which hides their email addresses."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipSuspiciousMessages, policy.SafetyTipNeverAsked},
		Links: policy.Links{CookieSettings: "https://www.leboncoin.example/cookies", RequestForm: "https://www.leboncoin.example/aide/donnees",
			Recommendations: "https://www.leboncoin.example/aide/classement"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@leboncoin.example"},
	}
	return realPolicy{"classifieds site (leboncoin)", p, []statement{
		{says: "LBC France SAS in Paris is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Name, "LBC France")
		}},
		{says: "our data protection officer can be reached by email and by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Loi Informatique et Libertés", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "this policy covers leboncoin.fr and our apps", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "to create an account you give an email address, a password and a phone number, and choose a pseudonym", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "the pseudonym you choose") && p.Purpose("service").Required != ""
		}},
		{says: "you can browse ads without an account, but not publish or answer them", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("service").Required, "browse ads")
		}},
		{says: "leboncoin is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "your profile, with your pseudonym, ratings and reviews, is public", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return c.Visibility == policy.VisibilityAlways && slices.Contains(c.Sources, policy.SourceOtherUsers)
		}},
		{says: "your ads are public, with the town of the item and, if you choose, your phone number", typed: func(p *policy.Policy) bool {
			return p.Category("ads").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("ads").Items, "your phone number, if you choose to show it")
		}},
		{says: "the member you write to sees your messages", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "we analyse messages automatically to detect scams, fraud and spam, in our legitimate interest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.Uses(p.Category("messages")) && s.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "our systems may block a message or ad or suspend an account automatically, and a person reviews it if you contact us", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.Automated != "" && s.Suspension.Automated == policy.AnswerYes && s.Suspension.HumanReview
		}},
		{says: "such automatic decisions are needed to perform our terms of use, which forbid fraud, and you may ask for a person to review one", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.RestsOn(policy.BasisContract, policy.GDPR) && !p.NoAutomatedDecisions && s.Suspension.Contest != ""
		}},
		{says: "secure payment is optional; our payment service provider takes the payment and pays the seller", typed: func(p *policy.Policy) bool {
			return strings.HasPrefix(p.Purpose("payment").Required, "secure payment is optional") && slices.Contains(p.Purpose("payment").Recipients, recipient(p, "psp"))
		}},
		{says: "we never hold full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "to be paid, a seller may have to verify their identity, as anti-money laundering law requires", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.RestsOn(policy.BasisLegalObligation, policy.GDPR) && k.Required != "" && slices.Contains(recipient(p, "psp").Categories, p.Category("identity"))
		}},
		{says: "carriers such as Colissimo and Mondial Relay receive the names and address or pick-up point to deliver the parcel", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("payment").Recipients, recipient(p, "carriers")) && recipient(p, "carriers").Purpose != ""
		}},
		{says: "carriers tell us where the parcel is", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").Sources, policy.SourceThirdParty)
		}},
		{says: "tenants may send a rental file to the landlords and agencies they choose", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("rental").VisibleTo, policy.AudienceChosenContacts) && p.Purpose("rental").Required != ""
		}},
		{says: "a tenant who adds a guarantor's details must have the guarantor's agreement", typed: func(p *policy.Policy) bool { return othersGive(p, "rental") }},
		{says: "anyone may notify us of illegal content, and we moderate ads before and after they are published", typed: func(p *policy.Policy) bool {
			return p.Purpose("dsa").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Category("moderation").Sources, policy.SourceOtherUsers)
		}},
		{says: "we tell you the reasons for a moderation decision, and you may appeal it within six months", typed: func(p *policy.Policy) bool {
			s := p.Purpose("dsa").Suspension
			return s.ContestWithin == policy.Months(6) && s.HumanReview && slices.Contains(p.Category("moderation").Items, "our moderation decisions and the reasons we give")
		}},
		{says: "professional sellers must give their company details and SIRET, which we check and show to buyers", typed: func(p *policy.Policy) bool {
			return p.Purpose("traders").Required != "" && p.Category("pro").Visibility == policy.VisibilityAlways
		}},
		{says: "sellers who reach 30 sales or 2,000 euros in a year must give us their tax details, which we report to the DGFiP", typed: func(p *policy.Policy) bool {
			r := p.Purpose("dac7")
			return r.Required != "" && slices.Contains(r.Recipients, recipient(p, "dgfip")) && !recipient(p, "dgfip").Conditional
		}},
		{says: "we send each seller a yearly statement of the income received through leboncoin", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("dac7").Obligations, eu7CGI242bis)
		}},
		{says: "we rank search results and recommend ads from your searches and favourites, and explain how on a separate page", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Profiling && p.Links.Recommendations != ""
		}},
		{says: "we may email members about our own services without prior consent, as the Code des postes allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			n := p.Purpose("news")
			return n.OptOut && len(n.ConsentExemptBy) == 1 && n.ConsentExemptBy[0] == frSoftOptIn
		}},
		{says: "we send our partners' offers only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("partner-offers").RestsOnConsent() && len(p.Purpose("partner-offers").ConsentRequiredBy) == 1
		}},
		{says: "personalised advertising and its cookies need your consent, which you may change with the link at the foot of every page", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").Withdraw != "" && p.Links.CookieSettings != ""
		}},
		{says: "advertising partners use identifiers and interest segments to show and measure ads", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertising").Categories[0] == p.Category("tracking") && slices.Contains(p.Category("tracking").Sources, policy.SourceDerived)
		}},
		{says: "our audience measurement cookies are exempt from consent under the CNIL's rules, and you may object to them", typed: func(p *policy.Policy) bool {
			return cookie(p, "audience").Consent == policy.CookieConsentExemptStatistics && p.Purpose("audience").OptOut
		}},
		{says: "cookies last at most 13 months", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Lifetime.Period == policy.Months(13)
		}},
		{says: "customer service uses your requests to answer you and help settle disputes between members", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && p.Purpose("support").Required != ""
		}},
		{says: "we keep connection data for one year, as the LCEN requires of hosts", typed: func(p *policy.Policy) bool {
			r := p.Category("connection").Retention
			return r.Period == policy.Years(1) && r.Law != "" && p.Purpose("logs").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "we keep messages for one year", typed: func(p *policy.Policy) bool { return p.Category("messages").Retention.Period == policy.Years(1) }},
		{says: "we keep accounting records as long as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "when you close your account we delete your data, except what we must keep by law, to fight fraud or for disputes", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "companies of the leboncoin group and our service providers process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are outside the EU, on standard contractual clauses, of which our DPO gives a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "we answer legal requisitions from the police and the courts", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you may access, rectify, erase and port your data, restrict and object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may give directives on what becomes of your data after your death", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "we answer within a month, extendable by two, and ask for proof of identity only if in doubt", typed: func(p *policy.Policy) bool {
			return p.Requests.Extension == policy.Months(2) && p.Requests.VerificationDetail != ""
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we never ask for your password or bank details by message, and you should beware of messages that lead you off leboncoin", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we tell you of material changes by email or on the site", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		{says: "we hide your email address from other members, who write to you through our messaging service", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking) && p.Purpose("messaging").Uses(p.Category("messages"))
		}},
		// Free text.
		{says: "an ad for a car may show its registration details, such as the year of first registration, but never the number plate", free: toCategory("ads")},
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel list", free: toIntroduction},
	}}
}
