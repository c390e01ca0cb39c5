package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// ch3Records is the ten-year duty to keep business records, as a
// retention.
const ch3Records = "the Swiss Code of Obligations, Art. 958f, which requires business records to be kept for ten years"

// realPolicyCh3Coop paraphrases, in our own words and as we recall it,
// the privacy statement of Coop Genossenschaft (Coop Cooperative) in
// Basel, as revised for the revised FADP in 2023-2024, for its stores and
// formats, the coop.ch online supermarket, the Coop app and the Supercard
// loyalty programme: Supercard records what a customer buys with the card
// in Coop's stores and those of its Supercard partners, which Coop uses
// to credit superpoints and, unless the customer objects, to personalise
// offers and coupons; the online supermarket delivers to the door and
// checks the age of buyers of alcohol; stores are under video
// surveillance. The statement follows the FADP and says that the GDPR
// applies where it does.
func realPolicyCh3Coop() realPolicy {
	master := &policy.Category{ID: "master", Name: "Master and contact data", Items: []string{"salutation, first name and surname", "postal address", "email address and phone number", "date of birth", "language", "Supercard number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	extra := &policy.Category{ID: "extra-cards", Name: "Additional Supercards", Items: []string{"the names of the people you order an additional card for", "the numbers of their cards"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	family := &policy.Category{ID: "family", Name: "Hello Family club data", Items: []string{"the number of your children", "their years of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal)}
	purchases := &policy.Category{ID: "purchases", Name: "Supercard purchase data", Items: []string{"the articles bought, with quantity and price", "the store or online shop, date and time", "superpoints earned and redeemed", "coupons and superpoint offers used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "Supercard partners, which tell us the purchases for which you earn superpoints with them", Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention: policy.ByCriteria("as long as you take part in Supercard and the analyses need it, and as long as the law requires business records to be kept")}
	profile := &policy.Category{ID: "profile", Name: "Customer segments and preferences", Items: []string{"the product groups and brands you prefer", "the customer segment your purchases place you in", "the offers you are likely to use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, master}, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}
	orders := &policy.Category{ID: "orders", Name: "Online orders", Items: []string{"the articles ordered", "the delivery address and time slot", "order history and returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.AsRequiredBy(ch3Records)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"the means of payment chosen", "a token that stands for your card", "the payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers", Linked: true,
		Retention: policy.AsRequiredBy(ch3Records)}
	location := &policy.Category{ID: "location", Name: "Location data", Items: []string{"your device's location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	selfscan := &policy.Category{ID: "selfscan", Name: "Self-scanning data", Items: []string{"the articles you scan with Passabene", "the results of random checks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle the purchase and follow up what a check finds")}
	contests := &policy.Category{ID: "contests", Name: "Competition entries", Items: []string{"your name and contact details", "your answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the winners are drawn and the prizes delivered")}
	online := &policy.Category{ID: "online", Name: "Technical and usage data", Items: []string{"IP address", "device, browser and app version", "pages and offers viewed", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show")}
	contacts := &policy.Category{ID: "contacts", Name: "Communication with the Coop Infoline", Items: []string{"what you write or tell us", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and to show what was said")}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images from cameras in our stores and car parks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.ByCriteria("a few days, unless a recording is needed to investigate an incident")}

	partners := &policy.Recipient{ID: "partners", Name: "Supercard partners inside and outside the Coop group, such as Interdiscount, Jumbo and Coop Pronto", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{master}, Purpose: "to check your Supercard and credit you with the superpoints you earn with them"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, delivery, printing and marketing service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, purchases, profile, orders, online, contacts}}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers", Role: policy.RoleThirdParty, Country: regionCH, Categories: []*policy.Category{payment},
		Purpose: "to carry out the payments for your online orders"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police and prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{master, purchases, video}, Purpose: "the law obliges us or an authority orders us to hand over data"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{online},
		Purpose: "to measure our websites and apps and show our advertising on other services"}

	supercard := &policy.Purpose{ID: "supercard", Name: "Running Supercard: crediting superpoints, redeeming them and issuing additional cards", Categories: []*policy.Category{master, extra, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners, providers},
		Required: "taking part is free and voluntary; without your name, address and date of birth we cannot issue a Supercard"}
	personal := &policy.Purpose{ID: "personalised", DirectMarketing: true, Name: "Personalising offers, coupons and advertising from your Supercard purchases",
		Categories: []*policy.Category{master, purchases, profile, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering you what you are likely to buy and sparing you advertising that does not interest you", Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{providers}}
	shop := &policy.Purpose{ID: "shop", Name: "Selling and delivering goods ordered in the coop.ch online supermarket", Categories: []*policy.Category{master, orders, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, psp},
		Required:  "an order needs your name, delivery address and a means of payment, without which we cannot deliver it",
		AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument}}
	club := &policy.Purpose{ID: "family", Name: "Running the Hello Family club and sending offers suited to your children's ages", Categories: []*policy.Category{master, family},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by leaving the club in your Supercard account"}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending the Coop newsletters", Categories: []*policy.Category{master, profile},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodDoubleOptIn,
		Withdraw: "with the unsubscribe link in every newsletter"}
	nearby := &policy.Purpose{ID: "location", Name: "Showing you stores near you in the Coop app", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings", OptOut: true}
	passabene := &policy.Purpose{ID: "selfscan", Name: "Self-scanning with Passabene and random checks of it", Categories: []*policy.Category{selfscan, master},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "preventing losses from articles that are not scanned",
		Required: "Passabene works only with a Supercard"}
	contest := &policy.Purpose{ID: "contests", Name: "Running competitions and drawing their winners", Categories: []*policy.Category{contests},
		Bases: []policy.Basis{policy.BasisContract}, Required: "we cannot enter you or send you a prize without your name and contact details"}
	security := &policy.Purpose{ID: "security", Name: "Protecting customers, staff and goods in our stores with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing and investigating theft, damage and violence",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Recipients: []*policy.Recipient{authorities}}
	develop := &policy.Purpose{ID: "development", Name: "Developing our range, stores and services and doing market research", Categories: []*policy.Category{purchases, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving our range and stores from analyses of purchases that we anonymise where we can"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring our websites and apps and advertising on other services", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints through the Coop Infoline", Categories: []*policy.Category{contacts, master},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering our customers and improving our service", Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping business records and complying with the law and the orders of the authorities", Categories: []*policy.Category{master, orders, payment, purchases},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "complying with the law and keeping evidence",
		Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}},
		Recipients:  []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Coop Genossenschaft (Coop Cooperative)", Email: "datenschutz@coop.example",
			Address: "Thiersteinerallee 12, 4053 Basel, Switzerland"}, Registration: "a cooperative under Swiss law", Country: regionCH},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.FADP, policy.GDPR},
		Scope: []string{"Coop's stores and formats", "the coop.ch online supermarket", "the Coop app", "Supercard"},
		OtherNotices: []policy.Notice{
			{Covers: "the Supercardplus credit card, whose issuer is responsible for it"},
			{Covers: "group companies with their own privacy statements, such as Coop Vitality pharmacies"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{master, extra, family, purchases, profile, orders, payment, location, selfscan, contests, online, contacts, video},
		NotCollected: []policy.Exclusion{
			{ID: "payment.card_number", Name: "your full card number", Category: payment, Note: "The payment service provider keeps it and gives us a token."},
		},
		Purposes:   []*policy.Purpose{supercard, personal, shop, club, newsletter, nearby, passabene, contest, security, develop, analytics, service, legal},
		Recipients: []*policy.Recipient{partners, providers, psp, authorities, adtech},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{master, purchases, profile, orders, online, contacts}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionCH, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{purchases, profile},
			Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptFor: policy.Years(10),
			Note: "When you cancel your Supercard we delete or anonymise your purchase data and the segments drawn from it."}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login and the shopping basket", Party: policy.PartyFirst, Purpose: shop, Categories: []*policy.Category{orders},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "analytics and marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adtech, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: ch2Rights(gdprRights("by writing to us with a copy of an identity document"), policy.RightObjection,
			"by writing to us, or, for personalised offers, in the settings of your Supercard account"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasurePseudonymisation, Description: "We analyse purchases under the card number, without your name, wherever we can."}},
		Links:   policy.Links{CookieSettings: "https://www.coop.example/cookies"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Name: "Coop, Data Protection", Email: "datenschutz@coop.example", Address: "Postfach 2550, 4002 Basel, Switzerland"},
	}
	return realPolicy{"retailer and loyalty programme (Coop)", p, []statement{
		{says: "Coop Cooperative in Basel is responsible for the processing this statement describes", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Name, "Coop Genossenschaft")
		}},
		{says: "the statement covers our stores and formats, the online supermarket, the Coop app and Supercard", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "we follow the Swiss FADP and, where it applies, the GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "the Supercardplus credit card and group companies such as Coop Vitality have their own privacy statements", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "websites we link to and social networks we are present on follow their own privacy policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "for Supercard we process your name, address, email, phone number, date of birth, language and card number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Items, "Supercard number") && p.Purpose("supercard").Uses(p.Category("master"))
		}},
		{says: "Supercard is free and voluntary, but we cannot issue one without your name, address and date of birth", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("supercard").Required, "voluntary")
		}},
		{says: "when you show your Supercard we record what you buy, where and when, and the superpoints and coupons", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("purchases").Items, "coupons and superpoint offers used")
		}},
		{says: "Supercard partners tell us the purchases for which you earn superpoints with them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty) && p.Category("purchases").SourceDetail != ""
		}},
		{says: "partners receive your card details to check your Supercard and credit points", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && recipient(p, "partners").Purpose != ""
		}},
		{says: "you may order additional cards for members of your household, who collect points on the same account", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("extra-cards").Sources, policy.SourceOtherUsers) && slices.Contains(p.Category("purchases").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "if you give us data about others, such as holders of additional cards or your children, you must be entitled to", typed: func(p *policy.Policy) bool {
			return othersGive(p, "extra-cards") && p.Category("family").OthersConsent
		}},
		{says: "from your purchases we place you in customer segments and draw conclusions about your preferences", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return slices.Contains(c.Sources, policy.SourceDerived) && c.DerivedFrom[0] == p.Category("purchases")
		}},
		{says: "we use them to personalise offers, coupons and advertising, in our legitimate interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalised")
			return pu.Profiling && pu.DirectMarketing && pu.RestsOn(policy.BasisLegitimateInterests, policy.FADP) && pu.Interest != ""
		}},
		{says: "you can object to personalised offers in your Supercard account and still collect points", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalised").OptOut && slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightObjection && strings.Contains(r.How, "Supercard")
			})
		}},
		{says: "we analyse purchases under the card number rather than your name where we can", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "the online supermarket needs your name, delivery address and a means of payment to deliver an order", typed: func(p *policy.Policy) bool {
			return p.Purpose("shop").HasBasis(policy.BasisContract) && strings.Contains(p.Purpose("shop").Required, "delivery address")
		}},
		{says: "we sell alcohol only to customers old enough, checking the date of birth and an identity document on delivery", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Purpose("shop").AgeChecks, []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument})
		}},
		{says: "payment service providers carry out online payments, and we never see your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp") != nil && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "Hello Family members tell us their children's years of birth, with their consent, to receive offers for their ages", typed: func(p *policy.Policy) bool {
			return p.Purpose("family").RestsOnConsent() && p.Purpose("family").Uses(p.Category("family")) && p.Purpose("family").Withdraw != ""
		}},
		{says: "we send newsletters only with your consent, confirmed by email, which you can withdraw with the link in each", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("newsletter")
			return pu.ConsentMethod == policy.ConsentMethodDoubleOptIn && pu.Withdraw != ""
		}},
		{says: "the Unfair Competition Act requires consent to advertising by email", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("newsletter").ConsentRequiredBy) == 1 && p.Purpose("newsletter").ConsentRequiredBy[0].Region == regionCH
		}},
		{says: "the Coop app shows stores near you if you allow it to use your location", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "with Passabene you scan your purchases yourself, with your Supercard, and we check some at random", typed: func(p *policy.Policy) bool {
			return p.Purpose("selfscan").Interest != "" && p.Purpose("selfscan").Required != ""
		}},
		{says: "we need your name and contact details to enter you in a competition and send you a prize", typed: func(p *policy.Policy) bool {
			return p.Purpose("contests").Required != "" && p.Category("contests").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "our stores are under video surveillance, which signs announce", typed: func(p *policy.Policy) bool {
			return p.Category("video").RecordingNotice && slices.Contains(p.Purpose("security").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "recordings are kept a few days unless an incident needs them", typed: func(p *policy.Policy) bool {
			return p.Category("video").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "we use purchase data, anonymised where we can, to develop our range and stores and for market research", typed: func(p *policy.Policy) bool {
			return p.Purpose("development").Uses(p.Category("purchases")) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "analytics and marketing cookies and pixels are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "the Coop Infoline answers your questions and complaints", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("contacts")) }},
		{says: "we keep business records for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we hand over data to authorities only when the law obliges us or they order it", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "IT, delivery, printing and marketing providers process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "some providers are in the EU, which Switzerland recognises as adequate", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionEU && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "analytics and advertising providers in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Origin == regionCH
		}},
		{says: "when you cancel your Supercard we delete or anonymise your purchase data, keeping only what the law requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.KeptFor == policy.Years(10)
		}},
		{says: "you may ask for access to your data, have it corrected or deleted, and receive it in a portable form", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may object and withdraw consent at any time", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the FDPIC or, where the GDPR applies, to your data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "a request must come with a copy of an identity document, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with access controls, encryption and trained staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "questions go to Coop's data protection office", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
		{says: "we may change this statement; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "we do not draw conclusions about your health or other sensitive matters from what you buy", free: toCategory("profile")},
		{says: "coupons chosen for you may differ from those other customers receive", free: toPurpose("personalised")},
	}}
}

// realPolicyCh3UBS paraphrases, in our own words and as we recall it, the
// UBS privacy notice for Switzerland, as published in 2024-2025 for the
// clients of UBS Switzerland AG and UBS AG in Switzerland, among them the
// former clients of Credit Suisse: the bank identifies its clients and
// checks them against money laundering and sanctions, reports accounts to
// foreign tax authorities under the automatic exchange of information and
// FATCA, assesses creditworthiness with the Swiss credit information
// offices before granting consumer credit or a credit card, records
// telephone lines, has group companies in Switzerland and abroad (in
// Poland and India among others) process data for it, and keeps records
// for ten years after the relationship ends. Banking secrecy binds the
// bank and its staff. The notice declares the FADP and, where it
// applies, the GDPR, and names a representative in the EU.
func realPolicyCh3UBS() realPolicy {
	regionIN := language.MustParseRegion("IN")
	regionPL := language.MustParseRegion("PL")
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "the Banking Act (BankA, SR 952.0), Art. 47", Region: regionCH}}}
	amla := policy.Obligation{Act: "the Anti-Money Laundering Act (AMLA, SR 955.0)", Region: regionCH}
	tenYears := policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
		Criteria: "the ten years after the relationship ends that the Anti-Money Laundering Act (Art. 7(3)) and the Code of Obligations (Art. 958f) require"}

	personal := &policy.Category{ID: "personal", Name: "Personal details", Items: []string{"name", "address, email address and phone number", "date of birth, nationality and marital status", "client number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	kyc := &policy.Category{ID: "kyc", Name: "Identification and know-your-client data", Items: []string{"a copy of your passport or identity card", "your signature", "the origin of your assets and your profession", "whether you are a politically exposed person or on a sanctions list", "the beneficial owner of the assets"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic, policy.SourceThirdParty},
		SourceDetail: "sanctions lists, the commercial register, the media and providers of databases on politically exposed persons", Linked: true, Secrecy: secrecy, Retention: tenYears}
	tax := &policy.Category{ID: "tax", Name: "Tax data", Items: []string{"your tax residences and tax identification numbers", "your US person status", "the balances and income reported"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{personal}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	financial := &policy.Category{ID: "financial", Name: "Account, transaction and portfolio data", Items: []string{"accounts, cards and their balances", "payments, with the payer or payee and their bank", "securities transactions and holdings", "mortgages and loans"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "other banks, payment systems and stock exchanges that carry out your orders", Linked: true, Secrecy: secrecy, Retention: tenYears}
	profile := &policy.Category{ID: "profile", Name: "Investor profile and needs", Items: []string{"your investment objectives and risk tolerance", "your knowledge and experience of financial instruments", "your financial situation and family circumstances"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{financial}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness", Items: []string{"your income, expenses and debts", "reports from the credit information offices", "our rating of your credit risk"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceDerived},
		SourceDetail: "the Central Office for Credit Information (ZEK) and the Consumer Credit Information Office (IKO)", DerivedFrom: []*policy.Category{financial}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	special := &policy.Category{ID: "special", Name: "Sensitive data you give us", Items: []string{"health information, such as for a pension or insurance solution or a power of attorney", "your religious denomination, where church tax depends on it"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: secrecy, Retention: tenYears}
	calls := &policy.Category{ID: "calls", Name: "Communications", Items: []string{"recordings of telephone calls on recorded lines", "emails, chats and messages in e-banking", "notes of meetings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, Secrecy: secrecy, Retention: tenYears}
	digital := &policy.Category{ID: "digital", Name: "E-banking and app data", Items: []string{"login and device data", "IP address", "how you use UBS e-banking and the UBS app", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed for security and to show what was done in your name, and for website cookies as the cookie settings show")}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images from cameras in branches, at ATMs and at entrances"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.ByCriteria("as briefly as security allows, unless a recording is needed to investigate an incident")}
	related := &policy.Category{ID: "related", Name: "Data of related persons", Items: []string{"the names and details of attorneys, beneficial owners, heirs and family members", "the payees of your payments"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Secrecy: secrecy, Retention: tenYears}

	group := &policy.Recipient{ID: "group", Name: "companies of the UBS group in Switzerland and abroad, such as UBS Business Solutions in Poland and India", Role: policy.RoleProcessor,
		Categories: []*policy.Category{personal, kyc, financial, profile, calls, digital}, Purpose: "to provide IT, operations, client service and compliance for us"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, printing, card processing and other service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{personal, financial, digital}, Country: regionCH}
	counterparties := &policy.Recipient{ID: "counterparties", Name: "the banks, payment systems, brokers, custodians, stock exchanges and issuers involved in your payments and transactions, in Switzerland and abroad", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{personal, financial, related}, Purpose: "to carry out payments and securities transactions and to meet the disclosure rules of the markets concerned"}
	creditOffices := &policy.Recipient{ID: "credit-offices", Name: "the Central Office for Credit Information (ZEK) and the Consumer Credit Information Office (IKO)", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{personal, credit}, Purpose: "to report consumer credit and card limits, as the Consumer Credit Act and the ZEK's rules require, and to report serious arrears"}
	authorities := &policy.Recipient{ID: "authorities", Name: "FINMA, the Money Laundering Reporting Office Switzerland (MROS), the Federal Tax Administration, courts and prosecuting authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{personal, kyc, financial, tax, calls}, Conditional: true, Country: regionCH, Purpose: "the law requires us to report or an authority orders us to disclose"}
	foreignTax := &policy.Recipient{ID: "foreign-tax", Name: "foreign tax authorities, through the Federal Tax Administration, and the US Internal Revenue Service", Role: policy.RoleAuthority,
		Categories: []*policy.Category{personal, tax}, Purpose: "to receive the reports of the automatic exchange of information and FATCA"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{digital},
		Purpose: "to measure our website and show our advertising on other services"}

	onboarding := &policy.Purpose{ID: "services", Name: "Opening and running your accounts and providing our banking, investment, financing and card services", Categories: []*policy.Category{personal, financial, profile, related, calls},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers, counterparties},
		Required: "we cannot open or keep a relationship with you without the data the law and the contract require"}
	kycPurpose := &policy.Purpose{ID: "kyc", Name: "Identifying you and preventing money laundering, terrorist financing and breaches of sanctions", Categories: []*policy.Category{personal, kyc, financial, related},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{amla},
		Interest:   "complying with Swiss and foreign law and protecting the bank and its clients from financial crime",
		TippingOff: []policy.Obligation{{Act: "the Anti-Money Laundering Act (AMLA, SR 955.0), Art. 10a", Region: regionCH}},
		Recipients: []*policy.Recipient{group, authorities},
		Required:   "the Anti-Money Laundering Act requires us to identify you and the beneficial owner; without it we cannot accept you as a client",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}}}
	taxPurpose := &policy.Purpose{ID: "tax", Name: "Reporting to tax authorities under the automatic exchange of information and FATCA, and withholding tax", Categories: []*policy.Category{personal, tax, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "the Federal Act on the International Automatic Exchange of Information in Tax Matters (AEOIA, SR 653.1)", Region: regionCH},
			{Act: "the FATCA Agreement between Switzerland and the United States and its implementing Act (SR 672.933.6)", Region: regionCH}},
		Interest: "complying with the tax law of Switzerland and of the countries where our clients are tax resident", Recipients: []*policy.Recipient{authorities, foreignTax},
		Required: "the law requires you to tell us your tax residences; without them we must treat you as resident where the evidence points"}
	creditPurpose := &policy.Purpose{ID: "credit", Name: "Assessing your creditworthiness before we grant a loan, a mortgage or a credit card", Categories: []*policy.Category{personal, financial, credit},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Consumer Credit Act (CCA, SR 221.214.1), Art. 22 to 28", Region: regionCH}},
		Recipients:  []*policy.Recipient{creditOffices},
		Required:    "without a credit check we cannot grant consumer credit or a credit card",
		Automated:   "for some products, such as credit cards, our systems decide automatically from your application and the credit information offices' reports whether to grant the card and with what limit"}
	advice := &policy.Purpose{ID: "advice", Name: "Checking that the financial services and products we recommend suit you", Categories: []*policy.Category{profile, financial, personal},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisContract},
		Obligations: []policy.Obligation{{Act: "the Financial Services Act (FinSA, SR 950.1), Art. 11 to 16", Region: regionCH}},
		Required:    "if you do not tell us your objectives, knowledge and situation, we cannot advise you or check whether a product suits you"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording telephone calls and keeping communications", Categories: []*policy.Category{calls},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "the market conduct rules of FINMA (Circular 2013/8)", Region: regionCH}},
		Interest:    "keeping evidence of orders and instructions and checking the quality of our advice"}
	sensitivePurpose := &policy.Purpose{ID: "special", Name: "Providing pension, insurance and estate services that need sensitive data", Categories: []*policy.Category{special, personal},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by telling your client advisor",
		Required: "we can offer such a service only with the information it needs"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Keeping e-banking, cards and payments secure and preventing fraud", Categories: []*policy.Category{digital, financial, personal},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting you and the bank from fraud, unauthorised access and cyber attacks",
		Recipients: []*policy.Recipient{group, providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetCard, policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by calling us"}}
	security := &policy.Purpose{ID: "security", Name: "Watching branches and ATMs with cameras", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting clients, staff and assets and investigating incidents",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Recipients: []*policy.Recipient{authorities}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products and services of UBS that suit your needs", Categories: []*policy.Category{personal, financial, profile},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our clients of products that fit their situation", Profiling: true, OptOut: true}
	web := &policy.Purpose{ID: "web", Name: "Measuring our website and advertising online", Categories: []*policy.Category{digital},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	risk := &policy.Purpose{ID: "risk", Name: "Managing the risks of the bank and the group and meeting the requirements of supervisors", Categories: []*policy.Category{personal, financial, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{{Act: "the Banking Act (BankA, SR 952.0) and the Banking Ordinance", Region: regionCH}},
		Interest: "managing risk across the UBS group", Recipients: []*policy.Recipient{group, authorities}}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims", Categories: []*policy.Category{personal, financial, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "enforcing our rights and defending the bank in proceedings in Switzerland and abroad"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "UBS Switzerland AG", Email: "dpo-ch@ubs.example", Address: "Bahnhofstrasse 45, 8001 Zürich, Switzerland"},
			Registration: "a bank licensed and supervised by the Swiss Financial Market Supervisory Authority FINMA", Country: regionCH},
		DPO: &policy.Contact{Name: "UBS Group Data Protection Office", Email: "dpo-ch@ubs.example", Address: "P.O. Box, 8098 Zürich, Switzerland"},
		Representatives: []policy.Representative{{Region: regionEU,
			Contact: policy.Contact{Name: "UBS Europe SE", Address: "Bockenheimer Landstraße 2-4, 60306 Frankfurt am Main, Germany"}}},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.FADP, policy.GDPR},
		Scope: []string{"the banking services of UBS Switzerland AG and of UBS AG in Switzerland, including those taken over from Credit Suisse"},
		OtherNotices: []policy.Notice{
			{Covers: "UBS companies outside Switzerland, which publish their own notices", URL: "https://www.ubs.example/privacy"},
			{Covers: "employees and applicants"},
		},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Categories:   []*policy.Category{personal, kyc, tax, financial, profile, credit, special, calls, digital, video, related},
		Storage:      []policy.Storage{{Location: regionCH}},
		Purposes:     []*policy.Purpose{onboarding, kycPurpose, taxPurpose, creditPurpose, advice, recording, sensitivePurpose, fraud, security, marketing, web, risk, claims},
		Recipients:   []*policy.Recipient{group, providers, counterparties, creditOffices, authorities, foreignTax, adtech},
		NotCollected: []policy.Exclusion{{ID: "biometrics", Name: "your fingerprint or face", Note: "If you log in to the UBS app with them, your device checks them and tells us only the result."}},
		Transfers: []policy.Transfer{
			{Destination: regionPL, Recipient: group, Categories: []*policy.Category{personal, kyc, financial, profile, calls, digital}, Safeguard: policy.SafeguardAdequacy},
			{Destination: regionIN, Recipient: group, Categories: []*policy.Category{personal, kyc, financial, profile, calls, digital}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask the Group Data Protection Office for a copy of the clauses."},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: counterparties, Categories: []*policy.Category{personal, financial, related}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: foreignTax, Categories: []*policy.Category{personal, tax}, Safeguard: policy.SafeguardExplicitConsent,
				Risks: "the United States has no data protection law that Switzerland recognises as adequate, and US authorities may use the data under US law"},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{digital}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion:    []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), LegalHold: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for e-banking login and security", Party: policy.PartyFirst, Purpose: fraud, Categories: []*policy.Category{digital},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: web, Categories: []*policy.Category{digital},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("by writing to the Group Data Protection Office or your client advisor"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person review the decision and telling us your view"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureStaffTraining, Description: "Our staff are bound by banking secrecy and trained in data protection."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.ubs.example/cookies"},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Name: "UBS Group Data Protection Office", Email: "dpo-ch@ubs.example"},
	}
	return realPolicy{"bank (UBS)", p, []statement{
		{says: "UBS Switzerland AG, a bank supervised by FINMA, or the UBS company you deal with in Switzerland, is responsible", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Registration, "FINMA")
		}},
		{says: "the notice covers the services of UBS in Switzerland, including those taken over from Credit Suisse", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "Credit Suisse")
		}},
		{says: "UBS companies abroad have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 && p.OtherNotices[0].URL != "" }},
		{says: "the Group Data Protection Office answers questions and requests", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process data under the FADP and, where it applies, the GDPR, and UBS Europe SE is our representative in the EU", typed: func(p *policy.Policy) bool {
			return p.Subject(policy.FADP) && p.Subject(policy.GDPR) && p.Representatives[0].Region == regionEU
		}},
		{says: "we process your name, contact details, date of birth, nationality and client number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("personal").Items, "date of birth, nationality and marital status")
		}},
		{says: "banking secrecy binds us and our staff for everything we learn about you as a client", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && p.Category("financial").Secrecy.Laws[0].Region == regionCH
		}},
		{says: "we identify you with your passport or identity card and establish the origin of your assets and the beneficial owner", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Purpose("kyc").Uses(p.Category("kyc"))
		}},
		{says: "we check clients against sanctions lists, lists of politically exposed persons and the media", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("kyc").Sources, policy.SourcePublic) && strings.Contains(p.Category("kyc").SourceDetail, "sanctions")
		}},
		{says: "without the data the money laundering law requires we cannot accept you as a client", typed: func(p *policy.Policy) bool { return p.Purpose("kyc").Required != "" }},
		{says: "we report suspicions to MROS and may not tell you that we did", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("kyc").TippingOff) == 1 && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "we may block accounts and payments where the money laundering law requires", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("kyc").Suspension.Grounds, policy.SuspensionGroundMoneyLaundering)
		}},
		{says: "we record your tax residences and report accounts to foreign tax authorities under the AEOI and FATCA", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("tax").Obligations) == 2 && recipient(p, "foreign-tax").Role == policy.RoleAuthority
		}},
		{says: "we record accounts, payments, securities transactions, holdings and loans", typed: func(p *policy.Policy) bool {
			return p.Purpose("services").Uses(p.Category("financial")) && p.Purpose("services").HasBasis(policy.BasisContract)
		}},
		{says: "we process data of related persons, such as attorneys, beneficial owners, heirs and payees, which you must be entitled to give us", typed: func(p *policy.Policy) bool {
			return othersGive(p, "related")
		}},
		{says: "before investment advice we ask your objectives, knowledge and experience, as the Financial Services Act requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("advice").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Purpose("advice").Required != ""
		}},
		{says: "before granting credit or a card we check your creditworthiness with the ZEK and the IKO", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("credit").SourceDetail, "ZEK") && slices.Contains(p.Purpose("credit").Recipients, recipient(p, "credit-offices"))
		}},
		{says: "we report consumer credit and card limits to the ZEK and the IKO", typed: func(p *policy.Policy) bool { return recipient(p, "credit-offices").Purpose != "" }},
		{says: "some decisions, such as on credit card applications, are automated, and you may ask for a person to review them", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we process health data and other sensitive data only where a service needs it and you agree", typed: func(p *policy.Policy) bool {
			return p.Category("special").Sensitivity == policy.SensitivitySpecial && p.Purpose("special").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we record telephone calls on certain lines, as market conduct rules require, and you are told", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("recording").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "we monitor e-banking, cards and payments to prevent fraud and may block them", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Interest != "" && slices.Contains(p.Purpose("fraud").Suspension.Targets, policy.SuspensionTargetCard)
		}},
		{says: "if you log in with your fingerprint or face, your device checks it and we receive only the result", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "biometrics"
		}},
		{says: "branches and ATMs are under video surveillance", typed: func(p *policy.Policy) bool {
			return p.Category("video").RecordingNotice && p.Purpose("security").Uses(p.Category("video"))
		}},
		{says: "we use your data to offer you products that suit you, which you can object to", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Profiling && p.Purpose("marketing").OptOut && hasRight(p, policy.RightObjection)
		}},
		{says: "we manage the risks of the bank and the group and meet the requirements of supervisors", typed: func(p *policy.Policy) bool {
			return p.Purpose("risk").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Purpose("risk").Interest != ""
		}},
		{says: "we use data to establish and defend legal claims in Switzerland and abroad", typed: func(p *policy.Policy) bool { return p.Purpose("claims").Interest != "" }},
		{says: "group companies in Switzerland and abroad process data for us, in Poland and India among others", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && len(p.Transfers) >= 2
		}},
		{says: "transfers to countries without adequate protection rest on the EU standard contractual clauses, of which you can ask a copy", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Note != ""
		}},
		{says: "payments and securities transactions abroad pass your data to the banks, systems and issuers involved, as the order needs", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].ChosenDestination == policy.ChosenDestinationPayee && p.Transfers[2].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "FINMA, MROS, the tax administration, courts and prosecutors receive data where the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "US persons agree, when they open an account, that we report it to the US Internal Revenue Service", typed: func(p *policy.Policy) bool {
			return p.Transfers[3].Safeguard == policy.SafeguardExplicitConsent && p.Transfers[3].Risks != ""
		}},
		{says: "we may pass data to a buyer in a sale or merger of all or part of our business", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we keep data for ten years after the relationship ends, or longer while a legal hold or claim requires", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Deletion[0].LegalHold && p.Deletion[0].Keeps(policy.KeptLegalClaims)
		}},
		{says: "analytics and marketing cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Purpose("web").RestsOnConsent()
		}},
		{says: "you may ask for access, correction, deletion and a copy of your data, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "the law may require us to keep data you ask us to delete, or allow us to refuse a request", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "you may withdraw consent and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we verify your identity before answering a request", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we protect data with encryption, access controls on a need-to-know basis and trained staff bound by banking secrecy", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we never ask for your passwords or codes by email or phone; be wary of messages that do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "we may change this notice; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "clients who use an external asset manager or an intermediary authorise us to share data with them", free: toIntroduction},
		{says: "some processing of the former Credit Suisse was carried over to UBS with the merger", free: toIntroduction},
	}}
}

// realPolicyCh3Twint paraphrases, in our own words and as we recall it,
// the privacy statement of TWINT AG in Zürich, as published in 2024-2025
// for the TWINT payment system, twint.ch and the TWINT app: the user's
// bank issues the TWINT app of that bank and answers for the account it
// is linked to, while TWINT AG runs the system that carries payments in
// stores, online and between users, shows which of the user's contacts
// use TWINT, stores loyalty cards, sells vouchers and parking and, with
// the user's consent, personalises offers and coupons from the user's
// payments. Data is stored in Switzerland. The statement follows the
// FADP.
func realPolicyCh3Twint() realPolicy {
	amla := policy.Obligation{Act: "the Anti-Money Laundering Act (AMLA, SR 955.0)", Region: regionCH}
	registration := &policy.Category{ID: "registration", Name: "Registration data", Items: []string{"mobile phone number", "first name and surname", "email address", "language", "the bank whose TWINT app you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the bank that issues your TWINT app",
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	device := &policy.Category{ID: "device", Name: "Device and app data", Items: []string{"device identifier, model and operating system", "app version", "IP address", "push notification token"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	transactions := &policy.Category{ID: "transactions", Name: "Transaction data", Items: []string{"amount, date and time", "the merchant or the user you pay or are paid by", "the message added to a payment", "the store, terminal or online shop"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "merchants and their payment terminals",
		Linked: true, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.AsRequiredBy(ch3Records)}
	addressBook := &policy.Category{ID: "contacts", Name: "Phone numbers from your address book", Items: []string{"the phone numbers in your address book, sent in encrypted form"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, DevicePermission: true,
		Retention: policy.ByCriteria("only as long as needed to show which of your contacts use TWINT")}
	location := &policy.Category{ID: "location", Name: "Location and Bluetooth data", Items: []string{"the TWINT beacon at the checkout your phone connects to", "your location, where you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	loyalty := &policy.Category{ID: "loyalty", Name: "Loyalty cards", Items: []string{"the customer cards you add to the app", "the points credited with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventDeletionRequest)}
	vouchers := &policy.Category{ID: "vouchers", Name: "Vouchers, parking and other services bought in the app", Items: []string{"the vouchers bought and redeemed", "parking sessions with vehicle number and zone", "donations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.AsRequiredBy(ch3Records)}
	interests := &policy.Category{ID: "interests", Name: "Interests for offers", Items: []string{"the kinds of merchants you pay", "the offers and coupons you activate"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{transactions, vouchers}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	support := &policy.Category{ID: "support", Name: "Contacts with our support", Items: []string{"your messages and calls", "our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your request and show what was agreed")}
	web := &policy.Category{ID: "web", Name: "Website usage data", Items: []string{"IP address", "browser", "pages viewed", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	banks := &policy.Recipient{ID: "banks", Name: "the bank that issues your TWINT app and holds the account or card it is linked to", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{registration, transactions}, Purpose: "to debit and credit your account and to meet its own duties as a bank"}
	merchants := &policy.Recipient{ID: "merchants", Name: "the merchants you pay", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{transactions, loyalty}, Purpose: "to confirm your payment and credit the points of the loyalty card you link, without your phone number", OwnPolicy: true}
	offerPartners := &policy.Recipient{ID: "offer-partners", Name: "the partners whose vouchers, parking and other services you buy in the app", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{vouchers}, Purpose: "to provide the service you buy"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, customer support and communication service providers", Role: policy.RoleProcessor, Country: regionCH,
		Categories: []*policy.Category{registration, device, transactions, support}}
	push := &policy.Recipient{ID: "push", Name: "Apple and Google, which deliver push notifications", Role: policy.RoleProcessor, Country: regionUS, Categories: []*policy.Category{device}}
	authorities := &policy.Recipient{ID: "authorities", Name: "prosecuting authorities and the Money Laundering Reporting Office Switzerland (MROS)", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{registration, transactions}, Purpose: "the law requires us to report or an authority orders us to disclose"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{web},
		Purpose: "to measure our website and our campaigns"}

	payments := &policy.Purpose{ID: "payments", Name: "Carrying out payments in stores, online, at vending machines and between users", Categories: []*policy.Category{registration, device, transactions, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{banks, merchants, providers, push},
		Required: "we cannot carry out payments without your phone number, your bank and the details of each payment"}
	p2p := &policy.Purpose{ID: "contacts", Name: "Showing which of your contacts use TWINT, so that you can send money to them or ask them for it", Categories: []*policy.Category{addressBook, registration},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by revoking the app's access to your contacts in your phone's settings", OptOut: true,
		Required: "you can send money to a number you type in without sharing your address book"}
	beacon := &policy.Purpose{ID: "beacon", Name: "Connecting your phone to the checkout with Bluetooth and finding offers near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings", OptOut: true,
		Required: "without Bluetooth or location you can still pay by scanning the QR code"}
	loyaltyPurpose := &policy.Purpose{ID: "loyalty", Name: "Keeping your loyalty cards in the app and crediting points when you pay", Categories: []*policy.Category{loyalty, transactions},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{merchants}}
	extras := &policy.Purpose{ID: "extras", Name: "Selling vouchers, parking and other services of partners in the app", Categories: []*policy.Category{vouchers, registration},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{offerPartners, providers}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Choosing offers and coupons for you from your payments", Categories: []*policy.Category{interests, transactions, vouchers},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in the app's settings", Profiling: true, OptOut: true,
		Required: "without your consent you receive offers that are not personalised"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and misuse and keeping the system secure", Categories: []*policy.Category{registration, device, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting users, merchants and the system from fraud and misuse", Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by contacting our support"}}
	aml := &policy.Purpose{ID: "aml", Name: "Meeting our duties under the money laundering law", Categories: []*policy.Category{registration, transactions},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{amla},
		Interest: "keeping the system free of money laundering", Recipients: []*policy.Recipient{authorities}}
	care := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints", Categories: []*policy.Category{support, registration, transactions},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "helping our users", Recipients: []*policy.Recipient{providers}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how the app is used and developing TWINT", Categories: []*policy.Category{device, transactions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving TWINT from statistics we draw from anonymised or pseudonymised data"}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records", Categories: []*policy.Category{transactions, vouchers},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}}}
	site := &policy.Purpose{ID: "web", Name: "Measuring twint.ch and our campaigns", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "TWINT AG", Email: "datenschutz@twint.example", Address: "Stauffacherstrasse 31, 8004 Zürich, Switzerland"},
			Registration: "a company limited by shares under Swiss law, owned by Swiss banks and SIX", Country: regionCH},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.FADP},
		Scope: []string{"the TWINT payment system", "the TWINT apps, for what TWINT AG does in them", "twint.ch"},
		OtherNotices: []policy.Notice{
			{Covers: "your bank's TWINT app and the account it is linked to, for which your bank is responsible"},
		},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale},
		Categories:   []*policy.Category{registration, device, transactions, addressBook, location, loyalty, vouchers, interests, support, web},
		Storage:      []policy.Storage{{Location: regionCH}},
		NotCollected: []policy.Exclusion{{ID: "balance", Name: "your account balance and the other movements on your bank account", Note: "Your bank keeps them."}},
		Purposes:     []*policy.Purpose{payments, p2p, beacon, loyaltyPurpose, extras, offers, fraud, aml, care, improve, records, site},
		Recipients:   []*policy.Recipient{banks, merchants, offerPartners, providers, push, authorities, adtech},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: push, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{web}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Jurisdictions: []language.Region{regionCH}}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: site, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: site, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by writing to us with a copy of an identity document"}, {Kind: policy.RightRectification, How: "in the app or by writing to us"},
			{Kind: policy.RightErasure, How: "by deleting your TWINT account in the app"}, {Kind: policy.RightPortability},
			{Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent, How: "in the app's settings"}, {Kind: policy.RightComplaint},
		},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptFor: policy.Years(10),
			Note: "Deleting the app from your phone does not delete your TWINT account."}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasurePseudonymisation, Description: "Phone numbers from your address book are compared in encrypted form."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipKeepSecret, policy.SafetyTipNeverAsked},
		Links:      policy.Links{CookieSettings: "https://www.twint.example/cookies"},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Name: "TWINT AG, Data Protection", Email: "datenschutz@twint.example"},
	}
	return realPolicy{"payment app (TWINT)", p, []statement{
		{says: "TWINT AG in Zürich is responsible for the TWINT system and the processing this statement describes", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && p.Controller.Name == "TWINT AG"
		}},
		{says: "TWINT AG is owned by Swiss banks and SIX", typed: func(p *policy.Policy) bool { return strings.Contains(p.Controller.Registration, "SIX") }},
		{says: "we follow the Swiss FADP", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && len(p.Laws) == 1 }},
		{says: "your bank is responsible for its TWINT app and your account, under its own privacy statement", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 1 && recipient(p, "banks").Role == policy.RoleThirdParty
		}},
		{says: "we receive your phone number, name, email and bank when you register", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("registration").Items, "mobile phone number") && p.Category("registration").SourceDetail != ""
		}},
		{says: "we record your device, app version and IP address", typed: func(p *policy.Policy) bool { return p.Category("device").Sources[0] == policy.SourceAutomatic }},
		{says: "for each payment we record the amount, time, merchant or other user and your message", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").Items, "the message added to a payment") && p.Purpose("payments").Uses(p.Category("transactions"))
		}},
		{says: "we need your phone number, bank and payment details to carry out payments", typed: func(p *policy.Policy) bool {
			return p.Purpose("payments").HasBasis(policy.BasisContract) && p.Purpose("payments").Required != ""
		}},
		{says: "the user you pay or ask money from sees your name, phone number and message", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("transactions").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "your bank receives the payments to debit or credit your account", typed: func(p *policy.Policy) bool { return recipient(p, "banks").Purpose != "" }},
		{says: "we do not see your account balance or the other movements on your bank account", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "balance" }},
		{says: "merchants learn of your payment but not your phone number", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "merchants").Purpose, "without your phone number")
		}},
		{says: "if you allow access to your address book, we compare the numbers in encrypted form to show which contacts use TWINT", typed: func(p *policy.Policy) bool {
			return p.Category("contacts").DevicePermission && p.Purpose("contacts").RestsOnConsent() && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "you can send money to a typed-in number without sharing your contacts", typed: func(p *policy.Policy) bool { return p.Purpose("contacts").Required != "" }},
		{says: "at checkouts with a beacon your phone connects by Bluetooth, if you allow it; otherwise you scan the QR code", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && strings.Contains(p.Purpose("beacon").Required, "QR")
		}},
		{says: "you can store loyalty cards in the app, and merchants credit the points when you pay", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").Uses(p.Category("loyalty")) && slices.Contains(p.Purpose("loyalty").Recipients, recipient(p, "merchants"))
		}},
		{says: "you can buy vouchers, pay for parking and donate in the app, and the partner receives what it needs", typed: func(p *policy.Policy) bool {
			return p.Purpose("extras").Uses(p.Category("vouchers")) && recipient(p, "offer-partners").Purpose != ""
		}},
		{says: "with your consent we choose offers and coupons for you from the merchants you pay", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.RestsOnConsent() && pu.Profiling && p.Category("interests").DerivedFrom[0] == p.Category("transactions")
		}},
		{says: "you can withdraw that consent in the app and receive offers that are not personalised", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Withdraw != "" && p.Purpose("offers").Required != ""
		}},
		{says: "we monitor transactions to prevent fraud and may block an account or a payment", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "we meet our duties under the money laundering law and report to MROS where required", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.FADP) && recipient(p, "authorities").Conditional
		}},
		{says: "we answer only Swiss authorities' orders", typed: func(p *policy.Policy) bool {
			return slices.Equal(hasDisclosure(p, policy.DisclosureLegalProcess).Jurisdictions, []language.Region{regionCH})
		}},
		{says: "our support answers your questions and complaints", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "we develop TWINT from anonymised or pseudonymised statistics", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep transactions for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Category("transactions").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "we store your data in Switzerland", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionCH }},
		{says: "our IT, hosting and support providers are in Switzerland and process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "providers").Country == regionCH
		}},
		{says: "push notifications pass through Apple and Google in the US, certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Recipient == recipient(p, "push") && p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "analytics and marketing cookies on twint.ch are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may ask for access to your data, have it corrected or deleted, receive it, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "deleting your TWINT account deletes your data except what the law requires us to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventAccountClosure && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "deleting the app from your phone does not delete your account", typed: func(p *policy.Policy) bool { return p.Deletion[0].Note != "" }},
		{says: "you may withdraw consent in the app and complain to the FDPIC", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request for access needs a copy of an identity document, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "keep your PIN secret; we never ask for it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) && slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "we announce material changes in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 1 }},
		{says: "questions go to our data protection team", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		// Free text.
		{says: "payment requests from strangers may be fraud, and you should check who asks before you pay", free: toPurpose("fraud")},
		{says: "merchants' own privacy statements govern what they do with your purchases", typed: func(p *policy.Policy) bool {
			r := recipient(p, "merchants")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
	}}
}
