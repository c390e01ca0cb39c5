package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// foodDeliveryUK paraphrases, in our own words and as we recall it, the
// privacy policy of Deliveroo for its customers, as published in
// 2024-2025: Roofoods Ltd in London runs an app and website on which
// customers order food and groceries from restaurants and shops, which
// riders deliver; it offers the Deliveroo Plus subscription, free to
// Amazon Prime members who link their accounts, recommends restaurants,
// emails its customers offers under the soft opt-in of the Privacy and
// Electronic Communications Regulations, and screens orders for fraud
// and abuse of refunds automatically. It declares the UK GDPR and, for
// its customers in Ireland, France, Belgium and Italy, the GDPR.
func foodDeliveryUK() realPolicy {
	gb := regionGB
	regionBE := language.MustParseRegion("BE")
	regionIT := language.MustParseRegion("IT")
	softOptIn := policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 22(3)", Region: gb}
	pecrCookies := policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 6", Region: gb}

	account := &policy.Category{ID: "account", Name: "Account details", Items: []string{"name", "email address", "phone number", "password", "delivery addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Apple, Google or Facebook, if you sign in with them", Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Order details", Items: []string{"the restaurant or shop and the items you order", "the time and amount of the order", "notes for the restaurant and the rider", "tips", "ratings and refund requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep your account, and afterwards as long as tax law and possible claims require")}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"card type, last four digits and expiry date", "billing postcode", "credit and vouchers on your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("UK tax and company law")}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it", "approximate location from your IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "Device and usage information", Items: []string{"IP address", "device and advertising identifiers", "browser and app version", "pages viewed, searches and clicks", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	care := &policy.Category{ID: "care", Name: "Customer care records", Items: []string{"chats, emails and calls with customer care", "photos you send of a missing or damaged item", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve the matter and to show how it was resolved")}
	plus := &policy.Category{ID: "plus", Name: "Deliveroo Plus membership", Items: []string{"your plan and its renewal date", "whether your Amazon Prime membership is linked and active"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Amazon, when you link your Prime membership", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	feedback := &policy.Category{ID: "feedback", Name: "Survey and research answers", Items: []string{"answers to our surveys", "what you tell us in user research sessions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	tastes := &policy.Category{ID: "tastes", Name: "Preferences we infer", Items: []string{"the cuisines and restaurants you prefer", "when you usually order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	partners := &policy.Recipient{ID: "partners", Name: "the restaurants, grocers and shops you order from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to prepare your order and, where they deliver it themselves, to deliver it"}
	riders := &policy.Recipient{ID: "riders", Name: "the rider who delivers your order", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order: your first name, the delivery address and your notes, and a way to call you through a masked number"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, customer care, maps and communications", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, payment, location, device, care}}
	group := &policy.Recipient{ID: "group", Name: "other companies of the Deliveroo group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, care}, Purpose: "to run customer care and the service in each country for us"}
	amazon := &policy.Recipient{ID: "amazon", Name: "Amazon", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{account, plus}, Purpose: "you link your Amazon Prime membership to Deliveroo Plus, to confirm it"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media platforms", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, account}, Purpose: "to show you Deliveroo ads, matched on a scrambled email address or on cookies, and to measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, regulators and other authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, orders, payment}, Purpose: "the law requires it, or to prevent or detect crime"}

	ordering := &policy.Purpose{ID: "orders", Name: "Taking your orders, passing them to restaurants and riders, and taking payment",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{partners, riders, providers, group},
		Required:   "we need your name, phone number, delivery address and a means of payment to deliver an order; without them we cannot",
		AgeChecks:  []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument}}
	nearby := &policy.Purpose{ID: "location", Name: "Showing the restaurants and shops that deliver to where you are",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you what you can order where you are without your typing an address", OptOut: true, Recipients: []*policy.Recipient{providers}}
	membership := &policy.Purpose{ID: "plus", Name: "Running Deliveroo Plus, including the free membership for Amazon Prime members",
		Categories: []*policy.Category{account, plus, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{amazon, providers},
		Required: "to get Plus through Prime you must link the two accounts"}
	customerCare := &policy.Purpose{ID: "care", Name: "Answering your questions, refunds and complaints",
		Categories: []*policy.Category{care, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "checking the quality of customer care and training our agents with recorded calls", Recipients: []*policy.Recipient{providers, group},
		Required: "we cannot look into a missing or damaged item without the details of the order"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending restaurants, dishes and offers in the app",
		Categories: []*policy.Category{orders, tastes, location}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you what you are most likely to want to order", Profiling: true}
	emails := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending customers offers and news by email, text message and push notification",
		Categories: []*policy.Category{account, tastes}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about offers like the orders they already place", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{softOptIn}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you Deliveroo ads on other websites, apps and social media",
		Categories: []*policy.Category{device, account}, Bases: []policy.Basis{policy.BasisConsent},
		ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings of the website or the app's privacy settings",
		ConsentRequiredBy: []policy.Obligation{pecrCookies}, Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and abuse of refunds and vouchers, and keeping accounts secure",
		Categories: []*policy.Category{account, orders, payment, device}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting you, our partners and us from fraudulent orders, stolen cards and refund abuse",
		Recipients: []*policy.Recipient{providers, authorities},
		Automated:  "our systems score each order and refund request for the risk of fraud and may, without a person first looking at it, cancel an order or suspend an account",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundAccountTakeover},
			Automated: policy.AnswerYes, Contest: "by contacting customer care, after which a person reviews the decision", HumanReview: true}}
	research := &policy.Purpose{ID: "research", Name: "Analysing how our services are used, asking for your views and improving the services",
		Categories: []*policy.Category{orders, device, feedback}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "understanding what customers want and making the app better", OptOut: true, Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping our accounts and meeting our legal obligations",
		Categories: []*policy.Category{orders, payment, account}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006 and the Value Added Tax Act 1994", Region: gb},
			{Act: "the Companies Act 2014 and the Taxes Consolidation Act 1997", Region: regionIE}, {Act: "the Code de commerce, Art. L123-22", Region: regionFR},
			{Act: "the Code des sociétés et des associations", Region: regionBE}, {Act: "the Codice civile, Art. 2220", Region: regionIT}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Roofoods Ltd", Address: "The River Building, Level 1, Cannon Place, 78 Cannon Street, London EC4N 6AF"},
			Country: gb, Registration: "registered in England and Wales"},
		DPO: &policy.Contact{Name: "Data Protection Officer", Email: "dpo@deliveroo.example"},
		Establishments: []policy.Establishment{
			{Region: regionIE, Contact: policy.Contact{Name: "Deliveroo's Irish company", Address: "Dublin, Ireland"}},
			{Region: regionFR, Contact: policy.Contact{Name: "Deliveroo's French company", Address: "Paris, France"}},
			{Region: regionBE, Contact: policy.Contact{Name: "Deliveroo's Belgian company", Address: "Brussels, Belgium"}},
			{Region: regionIT, Contact: policy.Contact{Name: "Deliveroo's Italian company", Address: "Milan, Italy"}}},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:  []policy.Law{policy.UKGDPR, policy.GDPR},
		Scope: []string{"the Deliveroo app and website, when they order from restaurants and shops"},
		OtherNotices: []policy.Notice{{Covers: "riders", URL: "https://deliveroo.example/legal/rider-privacy"},
			{Covers: "restaurants and shops that partner with us", URL: "https://deliveroo.example/legal/partner-privacy"},
			{Covers: "job applicants", URL: "https://careers.deliveroo.example/privacy"}},
		Categories: []*policy.Category{account, orders, payment, location, device, care, plus, feedback, tastes},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it."},
		},
		Purposes:   []*policy.Purpose{ordering, nearby, membership, customerCare, personalise, emails, ads, fraud, research, legal},
		Recipients: []*policy.Recipient{partners, riders, providers, group, amazon, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, payment, location, device, care},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy of the safeguards."},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, payment, location, device, care},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our Data Protection Officer for a copy of the clauses."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate, Note: "Restaurants and shops receive reports of how their menus and orders perform, in aggregate."}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: ordering, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: research, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the app or by writing to our Data Protection Officer"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Card payments are taken to the PCI DSS standard by our payment service providers."}},
		Links:    policy.Links{CookieSettings: "https://deliveroo.example/cookies"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@deliveroo.example"},
	}
	return realPolicy{"food delivery platform (Deliveroo)", p, []statement{
		{says: "Roofoods Ltd, trading as Deliveroo and registered in England, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Roofoods Ltd" && p.Controller.Country == regionGB && p.Controller.Registration != ""
		}},
		{says: "we have a Data Protection Officer, whom you can email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we also operate through local companies in Ireland, France, Belgium and Italy, whose customers the GDPR protects", typed: func(p *policy.Policy) bool {
			return len(p.Establishments) == 4 && p.Establishments[0].Region == regionIE && slices.Contains(p.Laws, policy.GDPR) && slices.Contains(p.Laws, policy.UKGDPR)
		}},
		{says: "this policy covers customers of the app and website; riders, partners and job applicants have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 3
		}},
		{says: "we collect your name, email, phone number, password and delivery addresses when you create an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "delivery addresses") && slices.Contains(p.Category("account").Sources, policy.SourceUser)
		}},
		{says: "if you sign in with Apple, Google or Facebook, we receive your name and email from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && strings.Contains(p.Category("account").SourceDetail, "Apple")
		}},
		{says: "we record what you order, from where, when, your notes, tips, ratings and refund requests", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "ratings and refund requests")
		}},
		{says: "we keep the card type and last digits, but never your full card number, which our payment providers hold", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment") && p.Category("payment").SourceDetail != ""
		}},
		{says: "with your permission we use your device's location, otherwise an approximate location from your IP address", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").Interest != ""
		}},
		{says: "you can turn location off and type your address instead", typed: func(p *policy.Policy) bool { return p.Purpose("location").OptOut }},
		{says: "we collect device identifiers, IP address, how you use the app and whether you open our emails", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return slices.Contains(c.Items, "whether you opened our emails") && slices.Equal(c.Sources, []policy.Source{policy.SourceAutomatic})
		}},
		{says: "we record calls with customer care and tell you at the start of the call", typed: func(p *policy.Policy) bool { return p.Category("care").RecordingNotice }},
		{says: "we may ask for photos of a missing or damaged item before refunding it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("care").Items, "photos you send of a missing or damaged item") && p.Purpose("care").Required != ""
		}},
		{says: "we infer the cuisines and restaurants you like and when you order, from your orders and use of the app", typed: func(p *policy.Policy) bool {
			c := p.Category("tastes")
			return slices.Contains(c.Sources, policy.SourceDerived) && len(c.DerivedFrom) == 2
		}},
		{says: "we take your orders, pass them to the restaurant and the rider and take payment, to perform our contract with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("orders").Recipients, recipient(p, "riders"))
		}},
		{says: "without your name, phone number, address and a means of payment we cannot deliver an order", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "the restaurant or shop receives your order and, where it delivers itself, your name, address and phone number", typed: func(p *policy.Policy) bool {
			r := recipient(p, "partners")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("orders"))
		}},
		{says: "the rider receives your first name, address and notes, and calls you through a masked number", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "riders").Purpose, "masked number")
		}},
		{says: "the rider may ask for ID at the door before handing over alcohol, and refuse to hand it over", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").AgeChecks, policy.AgeCheckDocument)
		}},
		{says: "to order alcohol you confirm at checkout that you are 18 or over", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("orders").AgeChecks, policy.AgeCheckConfirmation)
		}},
		{says: "Amazon Prime members who link their accounts get Deliveroo Plus, and Amazon confirms the membership to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("plus").Recipients, recipient(p, "amazon")) && p.Category("plus").SourceDetail != ""
		}},
		{says: "we answer questions, refunds and complaints, and use recorded calls to train our agents, in our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("care").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("care").Interest != ""
		}},
		{says: "we recommend restaurants and dishes based on what you and others like you order", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").Uses(p.Category("tastes"))
		}},
		{says: "we send customers offers by email, text and push without asking consent, as PECR allows for similar products, and you can opt out at sign-up and in every message", typed: func(p *policy.Policy) bool {
			pu := purposeByID(p, "marketing")
			return pu.DirectMarketing && pu.OptOut && !pu.RestsOnConsent() && len(pu.ConsentExemptBy) == 1 && pu.ConsentExemptBy[0].Region == regionGB
		}},
		{says: "the offers we send are tailored to your orders", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Profiling }},
		{says: "with your consent, advertising platforms show you Deliveroo ads on other sites and social media, matched on a scrambled email address", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("advertising")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 1 && strings.Contains(recipient(p, "advertising").Purpose, "scrambled")
		}},
		{says: "you withdraw consent to advertising in the cookie or app privacy settings", typed: func(p *policy.Policy) bool { return p.Purpose("advertising").Withdraw != "" }},
		{says: "we use data to prevent fraud, stolen cards and abuse of refunds and vouchers", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Interest != "" && p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "our systems may automatically cancel an order or suspend an account they judge fraudulent", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").Automated != "" && s.Automated == policy.AnswerYes && slices.Contains(s.Targets, policy.SuspensionTargetAccount)
		}},
		{says: "you can contest such a decision with customer care, and a person will review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Contest != "" && s.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we analyse use of the services and ask for your views in surveys and research to improve them", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").Uses(p.Category("feedback")) && p.Purpose("research").Interest != ""
		}},
		{says: "we keep accounting and tax records as the law requires in each country we operate in", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("legal").Obligations) == 5 && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) &&
				p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "service providers for hosting, payments, customer care and communications process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "other Deliveroo companies run customer care and the service for us", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "we disclose data to the police and authorities where the law requires or to prevent crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if Deliveroo is sold or merges, data passes to the new owner", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "restaurants receive aggregated reports on how they perform", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate).Note != "" }},
		{says: "some service providers are in the US; we protect transfers with the UK's transfer agreement and the EU's standard clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 2 && p.Transfers[0].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses &&
				p.Transfers[0].Note != ""
		}},
		{says: "we keep your account data while you have an account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "when you ask us to delete your account, we keep what tax law, claims and fraud prevention need", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptFraud) && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "we use strictly necessary cookies, and analytics and advertising cookies only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may access, correct, delete, restrict and port your data, object to its use and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the ICO, or to the data protection authority where you live", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within a month, which we may extend by two for complex ones", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "you must be 18 or over to use Deliveroo", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of important changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "notes you add for the restaurant, such as about an allergy, go to the restaurant as you write them; tell the restaurant directly about a serious allergy", free: toCategory("orders")},
		{says: "group orders show each member's items to the person who started the order", free: toPurpose("orders")},
	}}
}

// railTickets paraphrases, in our own words and as we recall it, the
// privacy policy of Trainline, as published in 2024-2025: Trainline.com
// Limited in London sells train and coach tickets and Railcards for
// journeys in Great Britain and Europe through its app and website, with
// Trainline SAS in Paris as the controller for customers in the EU; it
// passes passengers' details to the operators that carry them, claims
// Delay Repay for them, gives live journey information, screens payments
// for fraud automatically, and emails customers offers under the soft
// opt-in. It declares the UK GDPR and the GDPR.
func railTickets() realPolicy {
	gb := regionGB
	softOptIn := policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 22(3)", Region: gb}
	account := &policy.Category{ID: "account", Name: "Account details", Items: []string{"name", "email address", "password", "phone number", "saved payment cards and passengers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Google, Apple or Facebook, if you sign in with them",
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	bookings := &policy.Category{ID: "bookings", Name: "Bookings and tickets", Items: []string{"journeys, dates and times", "tickets, fares and seat reservations", "ticket barcodes and collection references", "refunds and changes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("UK and French tax and company law: six years in the UK and ten in France")}
	passengers := &policy.Category{ID: "passengers", Name: "Other passengers", Items: []string{"names of the people you book for", "their ages or dates of birth, for child and Railcard fares", "identity document numbers, where an operator requires them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy("UK and French tax and company law")}
	railcards := &policy.Category{ID: "railcards", Name: "Railcards and discount cards", Items: []string{"card type, number and expiry date", "the photo on a digital Railcard", "date of birth or other proof of eligibility"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("while the card is valid, and afterwards as long as we need to deal with questions about it")}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"card type, last four digits and expiry date", "billing address", "Apple Pay, Google Pay or PayPal"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("UK and French tax and company law")}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's location, if you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "Device and usage information", Items: []string{"IP address", "device and advertising identifiers", "searches and journeys viewed", "pages and screens used", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.Keep(policy.Months(25), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Customer service records", Items: []string{"messages to customer service and to our virtual assistant", "recorded calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	claims := &policy.Category{ID: "claims", Name: "Delay Repay claims", Items: []string{"the delayed or cancelled journey", "the ticket", "the compensation claimed and paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "train operators and live running data of the railway", Linked: true,
		Retention: policy.AsRequiredBy("UK and French tax and company law")}
	assistance := &policy.Category{ID: "assistance", Name: "Assistance needs", Items: []string{"a wheelchair space or other assistance you ask for"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	interests := &policy.Category{ID: "interests", Name: "Travel preferences we infer", Items: []string{"the routes you travel often", "when you are likely to book again"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{bookings, usage}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	carriers := &policy.Recipient{ID: "carriers", Name: "the train and coach operators that carry you, such as Avanti West Coast, LNER, SNCF, Trenitalia, Renfe, Eurostar, National Express and FlixBus", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{bookings, passengers, claims, assistance}, Purpose: "to issue and check your tickets, carry you, help you on board and decide your Delay Repay claims"}
	rdg := &policy.Recipient{ID: "rdg", Name: "Rail Delivery Group", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{railcards, bookings}, Purpose: "to issue Railcards, and to run the systems through which tickets for Britain's railways are sold and checked"}
	group := &policy.Recipient{ID: "group", Name: "other companies of the Trainline group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, bookings, passengers, payment, support}, Purpose: "to provide our apps, websites and customer service together"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, payments, fraud screening, customer service, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, bookings, payment, usage, support}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{usage}, Purpose: "to show you Trainline ads on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, including the British Transport Police, and tax and other authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, bookings, payment}, Purpose: "the law requires it, or to prevent or detect crime"}

	sales := &policy.Purpose{ID: "tickets", Name: "Selling your tickets and getting them to you",
		Categories: []*policy.Category{account, bookings, passengers, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{carriers, rdg, group, providers},
		Required:   "we need the passengers' names, your email address and a means of payment to sell a ticket; some operators also need an identity document number, without which they do not issue it"}
	railcardSales := &policy.Purpose{ID: "railcards", Name: "Selling digital Railcards and applying Railcard and other discounts",
		Categories: []*policy.Category{railcards, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{rdg},
		Required: "a digital Railcard needs your photo and proof of eligibility, such as your date of birth"}
	travel := &policy.Purpose{ID: "travel", Name: "Giving you live journey information, platform alerts and notices of disruption",
		Categories: []*policy.Category{bookings, account}, Bases: []policy.Basis{policy.BasisContract}}
	nearby := &policy.Purpose{ID: "location", Name: "Finding stations and departures near you",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your device's location settings", OptOut: true}
	delayRepay := &policy.Purpose{ID: "delay-repay", Name: "Claiming Delay Repay compensation for you from the operator",
		Categories: []*policy.Category{claims, bookings, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers},
		Required: "the operator decides a claim only on the ticket and journey details"}
	assist := &policy.Purpose{ID: "assistance", Name: "Booking a wheelchair space or other assistance with the operator",
		Categories: []*policy.Category{assistance, bookings}, Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent},
		ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by contacting customer service before you travel", Recipients: []*policy.Recipient{carriers},
		Required: "we cannot book assistance without knowing what you need"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions, refunds and complaints, including through our virtual assistant",
		Categories: []*policy.Category{support, account, bookings}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "improving our customer service and training our staff with recorded calls", Recipients: []*policy.Recipient{providers, group},
		Required: "we cannot help with a booking without its details"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising the app, such as suggesting your usual journeys",
		Categories: []*policy.Category{bookings, interests}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making it quicker to book the journeys you make", Profiling: true}
	emails := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Emailing customers about offers, new routes and our products",
		Categories: []*policy.Category{account, interests}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about journeys and products like those they bought", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{softOptIn}, Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you Trainline ads on other websites and apps",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners},
		ConsentRequiredBy: []policy.Obligation{{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 6", Region: gb},
			{Act: "Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, Art. 82", Region: regionFR}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Screening payments and bookings for fraud",
		Categories: []*policy.Category{account, bookings, payment, usage}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "protecting you and us from bookings made with stolen cards", Recipients: []*policy.Recipient{providers},
		Automated: "our fraud screening may decline a payment or cancel a booking automatically where it finds a high risk of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "by contacting customer service, who will look at it again", HumanReview: true}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing use of our services and developing features such as price predictions and how busy trains are",
		Categories: []*policy.Category{bookings, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "improving our products and telling travellers, from many people's data, when fares rise and which trains are busy", Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting and tax records and meeting other legal obligations",
		Categories: []*policy.Category{bookings, payment, account}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006 and the Value Added Tax Act 1994", Region: gb}, {Act: "the Code de commerce, Art. L123-22", Region: regionFR}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Trainline.com Limited", Address: "3rd Floor, 120 Holborn, London EC1N 2TD"},
			Country: gb, Registration: "registered in England and Wales"},
		Establishments: []policy.Establishment{{Region: regionFR, Contact: policy.Contact{Name: "Trainline SAS", Address: "Paris, France"}, ControllerFor: regionEU}},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "privacy@trainline.example"},
		Version:        "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws:  []policy.Law{policy.UKGDPR, policy.GDPR},
		Scope: []string{"the Trainline app and websites, when they buy train and coach tickets and Railcards"},
		OtherNotices: []policy.Notice{{Covers: "travellers whose employer books through Trainline for Business", URL: "https://trainline.example/business/privacy"},
			{Covers: "job applicants", URL: "https://trainline.example/careers/privacy"}},
		Categories: []*policy.Category{account, bookings, passengers, railcards, payment, location, usage, support, claims, assistance, interests},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers keep it; we keep a token."},
		},
		Purposes:   []*policy.Purpose{sales, railcardSales, travel, nearby, delayRepay, assist, helping, personalise, emails, ads, fraud, improve, legal},
		Recipients: []*policy.Recipient{carriers, rdg, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{bookings, passengers, assistance}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: gb, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, bookings, payment, usage, support},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "You can ask our Data Protection Officer for a copy."},
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, bookings, payment, usage, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our Data Protection Officer for a copy."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Features such as price predictions and how busy a train is use many travellers' data, and show only aggregates."}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, interests, usage},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: improve, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account or by writing to our Data Protection Officer"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Redress: []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: regionFR,
			Contact: policy.Contact{Name: "Commission nationale de l'informatique et des libertés (CNIL)", Website: "https://www.cnil.fr"}}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "We take card payments to the PCI DSS standard."}},
		Links:   policy.Links{CookieSettings: "https://trainline.example/cookies"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact: policy.Contact{Email: "privacy@trainline.example"},
	}
	return realPolicy{"rail and coach ticket retailer (Trainline)", p, []statement{
		{says: "Trainline.com Limited in London is the controller for customers in the UK and elsewhere", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Trainline.com Limited" && p.Controller.Country == regionGB
		}},
		{says: "Trainline SAS in Paris is the controller for customers in the EU", typed: func(p *policy.Policy) bool {
			return p.Establishments[0].ControllerFor == regionEU && p.Establishments[0].Region == regionFR
		}},
		{says: "we apply the UK GDPR and the GDPR", typed: func(p *policy.Policy) bool { return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR, policy.GDPR}) }},
		{says: "our Data Protection Officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "Trainline for Business travellers and job applicants have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "we collect your name, email, password and phone number, and the cards and passengers you save", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "saved payment cards and passengers")
		}},
		{says: "you can sign in with Google, Apple or Facebook, which then give us your name and email", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("account").SourceDetail, "Google")
		}},
		{says: "we record your journeys, tickets, fares, seats and refunds", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("bookings").Items, "tickets, fares and seat reservations")
		}},
		{says: "when you book for others, you give us their names and ages, and must be entitled to", typed: func(p *policy.Policy) bool {
			c := p.Category("passengers")
			return slices.Equal(c.Sources, []policy.Source{policy.SourceOtherUsers}) && c.OthersConsent
		}},
		{says: "some operators need an identity document number for each passenger, and do not issue the ticket without it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("passengers").Items, "identity document numbers, where an operator requires them") && strings.Contains(p.Purpose("tickets").Required, "identity document")
		}},
		{says: "without the passengers' names, an email address and payment we cannot sell you a ticket", typed: func(p *policy.Policy) bool {
			return p.Purpose("tickets").Required != "" && p.Purpose("tickets").HasBasis(policy.BasisContract)
		}},
		{says: "we pass your booking to the train and coach operators that carry you, in Britain and across Europe", typed: func(p *policy.Policy) bool {
			r := recipient(p, "carriers")
			return r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("tickets").Recipients, r)
		}},
		{says: "operators abroad receive what they need because you travel with them", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we sell digital Railcards, which need your photo and proof of eligibility, and share them with the Rail Delivery Group", typed: func(p *policy.Policy) bool {
			return p.Purpose("railcards").Required != "" && slices.Contains(p.Purpose("railcards").Recipients, recipient(p, "rdg"))
		}},
		{says: "we keep card type and last digits, never your full card number", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "we send live journey information, platform alerts and disruption notices", typed: func(p *policy.Policy) bool { return p.Purpose("travel").HasBasis(policy.BasisContract) }},
		{says: "with your permission, the app uses your location to find nearby stations and departures; you can turn it off in your device settings", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("location")
			return p.Category("location").DevicePermission && pu.ConsentMethod == policy.ConsentMethodPlatformPrompt && pu.Withdraw != ""
		}},
		{says: "we claim Delay Repay from the operator for you, with your journey and ticket", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("delay-repay").Recipients, recipient(p, "carriers")) && p.Category("claims").SourceDetail != ""
		}},
		{says: "if you ask for a wheelchair space or other assistance, we pass your needs to the operator with your explicit consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && pu.HasBasis(policy.BasisExplicitConsent) && slices.Contains(pu.Recipients, recipient(p, "carriers"))
		}},
		{says: "we answer customer service requests, also through a virtual assistant, and record calls for training", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "we personalise the app with your usual journeys", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we email customers about offers and products like those they bought, without consent, as PECR's soft opt-in allows", typed: func(p *policy.Policy) bool {
			pu := purposeByID(p, "marketing")
			return len(pu.ConsentExemptBy) == 1 && !pu.RestsOnConsent() && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "you can unsubscribe from marketing emails at any time, with the link in each email or in your account", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").DirectMarketing
		}},
		{says: "with your consent we and our partners show you Trainline ads elsewhere", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("advertising")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 2 && slices.Contains(pu.Recipients, recipient(p, "advertising"))
		}},
		{says: "we screen payments for fraud, and may decline a payment or cancel a booking automatically", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.Automated != "" && slices.Contains(pu.Suspension.Targets, policy.SuspensionTargetPayment)
		}},
		{says: "you may ask customer service to look at such a decision again", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Suspension.HumanReview && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we analyse use of our services to improve them and to build features such as price predictions and how busy trains are", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep tax and accounting records as UK and French law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "other Trainline companies and our service providers process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we give data to the police, including the British Transport Police, where the law requires or to prevent crime", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority && recipient(p, "authorities").Conditional
		}},
		{says: "if we sell or merge the business, data passes to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "service providers in the US receive data under the UK's transfer agreement and the EU's standard clauses, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement && p.Transfers[2].Safeguard == policy.SafeguardStandardClauses && p.Transfers[2].Note != ""
		}},
		{says: "we keep bookings as long as tax law requires, six years in the UK and ten in France", typed: func(p *policy.Policy) bool {
			return p.Category("bookings").Retention.Kind == policy.RetentionRequiredByLaw && strings.Contains(p.Category("bookings").Retention.Law, "ten in France")
		}},
		{says: "we keep your account while it is open; when you delete it, we keep only what the law and claims require", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "we set analytics and advertising cookies only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may access, correct, delete, restrict and port your data, object and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may complain to the ICO, or in the EU to the CNIL or your own authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionFR
		}},
		{says: "we answer requests within a month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "we protect data with encryption and access controls, and take card payments to the PCI DSS standard", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we tell you of important changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "a mobile ticket's barcode holds the passenger's name and journey, which ticket inspectors read", free: toCategory("bookings")},
		{says: "how busy a train is comes from anonymous searches and bookings, and from what travellers tell us", free: toPurpose("improve")},
	}}
}

// pharmacyRetailer paraphrases, in our own words and as we recall it, the
// privacy notice of Boots, as published in 2024-2025: Boots UK Limited
// in Nottingham runs stores, pharmacies, boots.com and the Boots app, the
// Boots Advantage Card loyalty scheme, whose members get points and
// personalised offers, and Boots Online Doctor; its pharmacists dispense
// NHS and private prescriptions, and its prescribers check patients'
// identity and health before they prescribe. Health data is not used for
// marketing. It declares the UK GDPR.
func pharmacyRetailer() realPolicy {
	gb := regionGB
	pecr := policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 22", Region: gb}
	pecrCookies := policy.Obligation{Act: "the Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), reg. 6", Region: gb}
	medical := policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "the common law duty of confidentiality", Region: gb}}}
	pharmacyRecords := "the Human Medicines Regulations 2012 and NHS England's Records Management Code of Practice"
	noMarketing := []policy.Commitment{policy.CommitmentNoAdvertisingUse}

	contact := &policy.Category{ID: "contact", Name: "Contact and account details", Items: []string{"name", "postal address", "email address", "phone number", "date of birth", "Advantage Card number", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you are an Advantage Card member or keep a boots.com account, and then as long as we need to answer questions and claims")}
	shopping := &policy.Category{ID: "shopping", Name: "Shopping history", Items: []string{"what you buy, in store and online", "where and when", "how much you spend", "Advantage Card points earned and spent", "offers you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("while you are a member, and for a limited time after your card or account is closed")}
	payment := &policy.Category{ID: "payment", Name: "Payment details", Items: []string{"card type and last four digits", "billing address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy("UK tax and company law")}
	online := &policy.Category{ID: "online", Name: "Website, app and email use", Items: []string{"IP address", "device and advertising identifiers", "pages and products viewed", "searches", "whether you opened our emails"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	prescriptions := &policy.Category{ID: "prescriptions", Name: "Prescription and pharmacy records", Items: []string{"NHS number", "the medicines prescribed and dispensed", "your GP practice", "prescription charge exemptions", "advice and services a pharmacist gives you, such as vaccinations"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "your GP practice, through the NHS Electronic Prescription Service, and the NHS Summary Care Record, which our pharmacists view with your permission",
		Linked:       true, Secrecy: medical, Commitments: noMarketing, Retention: policy.AsRequiredBy(pharmacyRecords)}
	consultations := &policy.Category{ID: "consultations", Name: "Online Doctor consultations", Items: []string{"your answers to the medical questionnaire", "photos you upload for some conditions", "the prescriber's notes and decision", "the treatment supplied"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: medical, Commitments: noMarketing,
		Retention: policy.AsRequiredBy(pharmacyRecords)}
	identity := &policy.Category{ID: "identity", Name: "Identity check results", Items: []string{"whether your name, date of birth and address match the records checked", "the identity document you show, if asked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceUser}, SourceDetail: "identity verification providers that check public and credit reference records",
		Linked: true, Retention: policy.AsRequiredBy(pharmacyRecords)}
	service := &policy.Category{ID: "service", Name: "Customer care records", Items: []string{"what you tell us when you contact us", "recordings of calls", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV footage", Items: []string{"images recorded in and around our stores"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(31), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "companies of the Walgreens Boots Alliance group", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{contact, shopping, online, service}, Purpose: "to provide IT, analytics and customer services for us"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, delivery, payments, customer care and mailings", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, shopping, payment, online, service, prescriptions, consultations}}
	nhs := &policy.Recipient{ID: "nhs", Name: "the NHS Business Services Authority and NHS England", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{prescriptions}, Purpose: "to pay us for NHS prescriptions and services and to check the exemptions claimed"}
	gp := &policy.Recipient{ID: "gp", Name: "your GP", Role: policy.RoleThirdParty, Country: gb, Conditional: true,
		Categories: []*policy.Category{consultations, prescriptions}, Purpose: "you agree, or our prescriber or pharmacist believes it necessary for your safety, to keep your medical record complete"}
	verifiers := &policy.Recipient{ID: "verifiers", Name: "identity verification providers", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, identity}, Purpose: "to check that you are who you say you are and old enough for the treatment"}
	media := &policy.Recipient{ID: "media", Name: "advertising and social media platforms", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, online}, Purpose: "to show you Boots ads and offers on their services, matched on a scrambled email address"}
	police := &policy.Recipient{ID: "police", Name: "the police and regulators, such as the General Pharmaceutical Council", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{cctv, shopping, prescriptions}, Purpose: "the law requires it or they ask for it to prevent or detect a crime"}

	advantage := &policy.Purpose{ID: "advantage", MinimumAge: 16, Name: "Running the Advantage Card: points, vouchers and offers",
		Categories: []*policy.Category{contact, shopping}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers},
		Required: "we need your name, address and date of birth to issue an Advantage Card"}
	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in store and online, and delivering or letting you collect online orders",
		Categories: []*policy.Category{contact, shopping, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{suppliers},
		Required: "we need a delivery address and payment details to send an order"}
	personalise := &policy.Purpose{ID: "personalise", DirectMarketing: true, Name: "Personalising Advantage Card offers in the app, in store and on our websites",
		Categories: []*policy.Category{contact, shopping, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "rewarding members with offers on what they buy, which is what the Advantage Card is for", Profiling: true, OptOut: true, Recipients: []*policy.Recipient{group}}
	digital := &policy.Purpose{ID: "marketing.digital", DirectMarketing: true, Name: "Marketing by email and text message",
		Categories: []*policy.Category{contact, shopping}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account's contact preferences or with the unsubscribe link in every email", OptOut: true, Profiling: true,
		ConsentRequiredBy: []policy.Obligation{pecr}, Recipients: []*policy.Recipient{suppliers}}
	post := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Sending Advantage Card offers and statements by post",
		Categories: []*policy.Category{contact, shopping}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "sending members their points statements and offers that suit them", OptOut: true, Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and social media",
		Categories: []*policy.Category{contact, online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, ConsentRequiredBy: []policy.Obligation{pecrCookies}, Recipients: []*policy.Recipient{media}}
	dispensing := &policy.Purpose{ID: "dispensing", Name: "Dispensing NHS and private prescriptions and providing pharmacy services",
		Categories: []*policy.Category{contact, prescriptions}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare},
		Obligations:      []policy.Obligation{{Act: "the National Health Service (Pharmaceutical and Local Pharmaceutical Services) Regulations 2013 and the Human Medicines Regulations 2012", Region: gb}},
		SpecialCondition: policy.DPAConditionHealthCare, Recipients: []*policy.Recipient{nhs, suppliers},
		Required: "the law requires a pharmacist to record what is dispensed and to whom; without your details we cannot dispense"}
	onlineDoctor := &policy.Purpose{ID: "online-doctor", MinimumAge: 18, Name: "Providing Boots Online Doctor consultations and treatments",
		Categories: []*policy.Category{contact, consultations, payment}, Bases: []policy.Basis{policy.BasisContract, policy.BasisHealthCare},
		SpecialCondition: policy.DPAConditionHealthCare, HumanDecision: true, Recipients: []*policy.Recipient{gp, suppliers},
		Required: "the prescriber cannot decide whether a treatment is safe for you without full and honest answers to the questionnaire"}
	idCheck := &policy.Purpose{ID: "identity", Name: "Checking your identity and age before Online Doctor supplies a treatment",
		Categories: []*policy.Category{contact, identity}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest:   "making sure that medicines reach only the person they are prescribed for, and that person is old enough, as our regulator expects",
		Recipients: []*policy.Recipient{verifiers}, AgeChecks: []policy.AgeCheck{policy.AgeCheckRecords, policy.AgeCheckDocument}}
	help := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{contact, service, shopping}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "resolving customers' questions and complaints and training our colleagues", Recipients: []*policy.Recipient{suppliers, group}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse of the Advantage Card",
		Categories: []*policy.Category{contact, shopping, payment, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "stopping points and vouchers being stolen or misused", Profiling: true,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "by contacting customer care"}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our stores, customers and colleagues safe",
		Categories: []*policy.Category{cctv}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "preventing and detecting crime and protecting colleagues", Recipients: []*policy.Recipient{police}}
	insight := &policy.Purpose{ID: "insight", Name: "Understanding our customers and improving our stores, products and services",
		Categories: []*policy.Category{shopping, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "deciding what to stock and how to run our stores, and telling suppliers, in aggregate, how their products sell", Profiling: true, Recipients: []*policy.Recipient{group}}
	recalls := &policy.Purpose{ID: "recalls", Name: "Telling you about product and medicine recalls",
		Categories: []*policy.Category{contact, shopping, prescriptions}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare}, SpecialCondition: policy.DPAConditionHealthCare,
		Obligations: []policy.Obligation{{Act: "the General Product Safety Regulations 2005 and the Human Medicines Regulations 2012", Region: gb}}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting tax and accounting obligations",
		Categories: []*policy.Category{payment, shopping}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Companies Act 2006 and the Value Added Tax Act 1994", Region: gb}}}

	p := &policy.Policy{
		Title: "Boots privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Boots UK Limited", Address: "1 Thane Road, Nottingham NG90 1BS"},
			Country: gb, Registration: "registered in England and Wales"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@boots.example", Address: "1 Thane Road, Nottingham NG90 1BS"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"Boots stores and pharmacies in the UK, boots.com, the Boots app, the Boots Advantage Card and Boots Online Doctor"},
		OtherNotices: []policy.Notice{{Covers: "Boots Opticians and Boots Hearingcare patients", URL: "https://boots.example/opticians/privacy"},
			{Covers: "customers in Ireland", URL: "https://boots.example/ie/privacy"}, {Covers: "colleagues and job applicants"}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{contact, shopping, payment, online, prescriptions, consultations, identity, service, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment providers hold them."},
		},
		Purposes:   []*policy.Purpose{advantage, orders, personalise, digital, post, ads, dispensing, onlineDoctor, idCheck, help, fraud, safety, insight, recalls, legal},
		Recipients: []*policy.Recipient{group, suppliers, nhs, gp, verifiers, media, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: group, Categories: []*policy.Category{contact, shopping, online, service}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "Write to our Data Protection Officer for a copy of the safeguards."},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureAggregate, Note: "Brands whose products we sell receive insight about their customers in aggregate only."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: media, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: gdprRights("in your Boots account or by writing to our Data Protection Officer"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1),
			Extension: policy.Months(2)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are taken to the PCI DSS standard."}},
		Links:   policy.Links{CookieSettings: "https://boots.example/cookie-settings"},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true},
		Contact: policy.Contact{Name: "Boots Customer Care", Phone: "0345 070 8090", Email: "customer.care@boots.example"},
	}
	return realPolicy{"pharmacy retailer and loyalty programme (Boots)", p, []statement{
		{says: "Boots UK Limited in Nottingham, registered in England, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Boots UK Limited" && p.Controller.Registration != "" && p.Controller.Country == regionGB
		}},
		{says: "our Data Protection Officer can be written to at our Nottingham address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Address != "" }},
		{says: "the notice covers our stores, pharmacies, boots.com, the app, the Advantage Card and Online Doctor", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "Online Doctor")
		}},
		{says: "Boots Opticians, Boots Hearingcare, Boots Ireland and our colleagues have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 3 }},
		{says: "we collect your name, address, email, phone and date of birth when you join the Advantage Card or open an account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Items, "Advantage Card number") && slices.Contains(p.Category("contact").Items, "date of birth")
		}},
		{says: "each time you use your Advantage Card we record what you buy, where, when and the points you earn and spend", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("shopping").Items, "Advantage Card points earned and spent")
		}},
		{says: "we do not keep full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "we collect how you use our websites, app and emails", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("online").Items, "whether you opened our emails")
		}},
		{says: "we run the Advantage Card under its terms, and need your name, address and date of birth to issue one", typed: func(p *policy.Policy) bool {
			return p.Purpose("advantage").HasBasis(policy.BasisContract) && p.Purpose("advantage").Required != ""
		}},
		{says: "we sell to you and deliver online orders or let you collect them in store", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "we analyse your shopping to personalise your Advantage Card offers, in our legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && p.Purpose("personalise").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("personalise").Interest != ""
		}},
		{says: "you can tell us you do not want personalised offers", typed: func(p *policy.Policy) bool { return p.Purpose("personalise").OptOut }},
		{says: "we send marketing emails and texts only if you agreed, as PECR requires, and you can withdraw in your account or by unsubscribing", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing.digital")
			return pu.RestsOnConsent() && len(pu.ConsentRequiredBy) == 1 && pu.Withdraw != "" && len(pu.ConsentExemptBy) == 0
		}},
		{says: "we post points statements and offers to members unless they ask us not to", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing.post").OptOut && p.Purpose("marketing.post").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "with your consent we show you Boots ads on other websites and social media", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "media").Purpose != ""
		}},
		{says: "we never use your prescriptions or health information from our pharmacy and Online Doctor for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("prescriptions").Commitments, policy.CommitmentNoAdvertisingUse) &&
				slices.Contains(p.Category("consultations").Commitments, policy.CommitmentNoAdvertisingUse) &&
				!p.Purpose("personalise").Uses(p.Category("prescriptions")) && !p.Purpose("marketing.digital").Uses(p.Category("consultations"))
		}},
		{says: "our pharmacists dispense NHS prescriptions, recording your NHS number, medicines and GP", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("prescriptions").Items, "NHS number") && p.Category("prescriptions").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we receive prescriptions from your GP through the Electronic Prescription Service", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("prescriptions").SourceDetail, "Electronic Prescription Service")
		}},
		{says: "our pharmacists may look at your NHS Summary Care Record, with your permission", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("prescriptions").SourceDetail, "Summary Care Record")
		}},
		{says: "we process health data to provide health care, as the UK GDPR and the Data Protection Act allow", typed: func(p *policy.Policy) bool {
			return p.Purpose("dispensing").HasBasis(policy.BasisHealthCare) && p.Purpose("dispensing").SpecialCondition == policy.DPAConditionHealthCare &&
				p.Purpose("online-doctor").SpecialCondition == policy.DPAConditionHealthCare
		}},
		{says: "pharmacy law requires us to keep records of what we dispense", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("dispensing").Obligations) == 1 && p.Category("prescriptions").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "our pharmacists and prescribers keep your health information confidential", typed: func(p *policy.Policy) bool {
			return p.Category("prescriptions").Secrecy.Kind == policy.SecrecyMedical && p.Category("consultations").Secrecy.Kind == policy.SecrecyMedical
		}},
		{says: "the NHS Business Services Authority receives prescription data to pay us and check exemptions", typed: func(p *policy.Policy) bool {
			return recipient(p, "nhs").Role == policy.RoleAuthority && slices.Contains(p.Purpose("dispensing").Recipients, recipient(p, "nhs"))
		}},
		{says: "Online Doctor asks you health questions; a prescriber decides whether to prescribe and needs full answers", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("online-doctor")
			return pu.HumanDecision && pu.Required != "" && slices.Contains(p.Category("consultations").Items, "your answers to the medical questionnaire")
		}},
		{says: "we tell your GP about an Online Doctor treatment if you agree or if it is needed for your safety", typed: func(p *policy.Policy) bool {
			return recipient(p, "gp").Conditional && slices.Contains(p.Purpose("online-doctor").Recipients, recipient(p, "gp"))
		}},
		{says: "we check your identity and age with an identity verification provider before supplying a treatment, and may ask for ID", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("identity").AgeChecks, []policy.AgeCheck{policy.AgeCheckRecords, policy.AgeCheckDocument}) && recipient(p, "verifiers").Purpose != ""
		}},
		{says: "we answer your questions and complaints and record calls to train colleagues", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && p.Purpose("service").Interest != ""
		}},
		{says: "we may block an Advantage Card used fraudulently or against its terms, and you may contact us about it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "our stores use CCTV to prevent crime, and we give footage to the police when they ask", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Interest != "" && recipient(p, "police").Conditional
		}},
		{says: "we use shopping data to decide what to stock and tell brands, in aggregate only, how their products sell", typed: func(p *policy.Policy) bool {
			return p.Purpose("insight").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we contact you if a product or medicine you bought is recalled", typed: func(p *policy.Policy) bool {
			return p.Purpose("recalls").HasBasis(policy.BasisLegalObligation) && p.Purpose("recalls").Uses(p.Category("prescriptions"))
		}},
		{says: "we keep records as tax and company law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.UKGDPR)
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "Walgreens Boots Alliance companies, some in the US, provide IT and analytics for us under UK transfer safeguards, a copy of which you can ask for", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Recipient == recipient(p, "group") && t.Destination == regionUS && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "service providers deliver orders, take payments and send mailings on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor
		}},
		{says: "if we sell part of our business, data may pass to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "CCTV footage is kept for about a month unless needed for an investigation", typed: func(p *policy.Policy) bool {
			return p.Category("cctv").Retention.Period == policy.Days(31)
		}},
		{says: "advertising cookies are set only with your consent, which you manage in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we may ask for proof of identity before we answer a request, and answer within a month, or three for complex ones", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Information Commissioner's Office", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "no decision with legal or similar effect is made about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption, access controls, trained colleagues and PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we tell you of significant changes by email or on our website", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "if you collect a prescription for someone else, we record who collected it", free: toPurpose("dispensing")},
		{says: "you can ask a pharmacist for a private consultation room to discuss your health", free: toPurpose("dispensing")},
		{says: "Online Doctor treats only patients aged 18 or over", typed: func(p *policy.Policy) bool { return p.Purpose("online-doctor").MinimumAge == 18 }},
		{says: "you must be 16 or over to join the Advantage Card", typed: func(p *policy.Policy) bool { return p.Purpose("advantage").MinimumAge == 16 }},
	}}
}
