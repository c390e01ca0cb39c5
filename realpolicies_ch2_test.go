package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// ch2UWG is the rule of the Swiss Federal Act against Unfair Competition
// that makes mass advertising by email or text message depend on the
// recipient's consent, unless the sender advertises its own similar
// goods to its customers and lets them refuse.
var ch2UWG = policy.Obligation{Act: "the Federal Act against Unfair Competition (UWG), Art. 3(1)(o)", Region: regionCH}

// ch2CodeOfObligations is the ten-year duty to keep business records.
const ch2CodeOfObligations = "the Swiss Code of Obligations, Art. 958f, which requires business records to be kept for ten years"

// ch2Rights returns rights with the How of the right of kind k set to
// how.
func ch2Rights(rights []policy.Right, k policy.RightKind, how string) []policy.Right {
	for i := range rights {
		if rights[i].Kind == k {
			rights[i].How = how
		}
	}
	return rights
}

// ch2Migros paraphrases, in our own words and as we recall it, the
// privacy notice of the Migros group as the Federation of Migros
// Cooperatives (Migros-Genossenschafts-Bund) publishes it for Migros,
// the Migros Account and the Cumulus loyalty programme, as revised for
// the revised FADP in 2023-2024: the Federation is responsible for
// Cumulus and the Migros Account and shares the responsibility with the
// regional cooperatives and the group's companies; Cumulus records what
// a household buys with the card across the group and its partners,
// which the group uses to personalise offers and vouchers unless the
// member objects; the Migros app uses location and stored means of
// payment; stores are under video surveillance. The notice follows the
// FADP and states that the GDPR applies where it does, as for members
// in Liechtenstein.
func ch2Migros() realPolicy {
	master := &policy.Category{ID: "master", Name: "Master and contact data", Items: []string{"salutation, first name and surname", "postal address", "email address and phone number", "date of birth", "language", "Cumulus number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	household := &policy.Category{ID: "household", Name: "Members of a household account", Items: []string{"the names of the other members", "the Cumulus cards issued to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	account := &policy.Category{ID: "account", Name: "Migros Account data", Items: []string{"email address and password", "the services you sign in to with the Migros Account", "your settings and consents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "Purchase and Cumulus data", Items: []string{"the articles bought, with quantity and price", "the store or online shop, date and time of the purchase", "Cumulus points earned and redeemed", "Cumulus vouchers and coupons used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "Cumulus partners outside the Migros group, which tell us the points you earn with them", Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers},
		Retention: policy.ByCriteria("as long as you take part in Cumulus and the programme and its analyses need it, and as long as the law requires business records to be kept")}
	profile := &policy.Category{ID: "profile", Name: "Preferences and assumptions about you", Items: []string{"the product groups and brands you prefer", "the size and kind of your household that your purchases suggest", "your likely interest in offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases}, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}
	financial := &policy.Category{ID: "financial", Name: "Financial data", Items: []string{"the means of payment you store in the Migros app", "payments made with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers", Linked: true,
		Retention: policy.AsRequiredBy(ch2CodeOfObligations)}
	location := &policy.Category{ID: "location", Name: "Location data", Items: []string{"your device's location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	selfscan := &policy.Category{ID: "selfscan", Name: "Self-scanning data", Items: []string{"the articles you scan with subito", "the results of random checks at the exit"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle the purchase and to follow up a discrepancy a check finds")}
	online := &policy.Category{ID: "online", Name: "Technical and usage data", Items: []string{"IP address", "device, browser and app version", "pages and offers viewed", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show")}
	contacts := &policy.Category{ID: "contacts", Name: "Communication with us", Items: []string{"what you write or tell the Migros Service Center", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and to show what was said")}
	video := &policy.Category{ID: "video", Name: "Video recordings in stores", Items: []string{"images from cameras in our stores and car parks"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.ByCriteria("a few days, unless a recording is needed to investigate an incident")}

	group := &policy.Recipient{ID: "group", Name: "the regional Migros cooperatives and the other companies of the Migros group, such as Migros Online, Digitec Galaxus, Migrol and Ex Libris",
		Role: policy.RoleJointController, Country: regionCH, Categories: []*policy.Category{master, purchases, profile},
		Purpose:     "to credit Cumulus points for purchases with them and to tailor their offers",
		Arrangement: "The Federation runs Cumulus and the Migros Account and answers your requests about them; each cooperative and company answers for its own stores and services. You may write to us about any of them."}
	partners := &policy.Recipient{ID: "partners", Name: "Cumulus partners outside the Migros group", Role: policy.RoleThirdParty, Country: regionCH, Categories: []*policy.Category{master},
		Purpose: "to credit you with the points you earn with them, for which they receive your Cumulus number"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, logistics and marketing service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{master, account, purchases, profile, financial, online, contacts}}
	payments := &policy.Recipient{ID: "payments", Name: "payment service providers", Role: policy.RoleThirdParty, Country: regionCH, Categories: []*policy.Category{financial},
		Purpose: "to carry out the payments you make in the Migros app"}
	authorities := &policy.Recipient{ID: "authorities", Name: "prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{master, purchases, video}, Purpose: "criminal proceedings are open and the authority orders us to hand over data"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{online},
		Purpose: "to measure our websites and apps and show our advertising on other services"}

	signIn := &policy.Purpose{ID: "account", Name: "Providing the Migros Account, with which you sign in to the group's apps and online services", Categories: []*policy.Category{account, master},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}, MinimumAge: 13,
		Required: "a Migros Account needs a valid email address; without one we cannot open it"}
	shopping := &policy.Purpose{ID: "shopping", Name: "Selling goods and services in our stores and online shops and delivering them", Categories: []*policy.Category{master, account, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, payments},
		Required: "you can shop in our stores without giving us any data; an online order needs your name, delivery address and a means of payment"}
	cumulus := &policy.Purpose{ID: "cumulus", Name: "Running Cumulus: crediting points, issuing vouchers and keeping household accounts", Categories: []*policy.Category{master, household, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, partners, providers},
		Required: "taking part is voluntary and free; without your name, address and date of birth we cannot open a Cumulus account"}
	personal := &policy.Purpose{ID: "personalised", DirectMarketing: true, Name: "Personalising offers, vouchers and advertising from your purchases across the Migros group",
		Categories: []*policy.Category{master, purchases, profile, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering you what you are likely to want and sparing you advertising that does not interest you", Profiling: true, OptOut: true,
		Recipients: []*policy.Recipient{group, providers}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending the Migros newsletters", Categories: []*policy.Category{master, profile},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentRequiredBy: []policy.Obligation{ch2UWG}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "with the unsubscribe link in every newsletter or in your Migros Account"}
	nearby := &policy.Purpose{ID: "location", Name: "Showing you stores near you in the Migros app", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings", OptOut: true}
	subito := &policy.Purpose{ID: "selfscan", Name: "Self-scanning with subito and random checks of it", Categories: []*policy.Category{selfscan, master},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "preventing losses from articles that are not scanned"}
	develop := &policy.Purpose{ID: "development", Name: "Developing our range, our stores and our services", Categories: []*policy.Category{purchases, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving our range and choosing store locations from anonymised analyses of purchases"}
	security := &policy.Purpose{ID: "security", Name: "Protecting customers, staff and goods in our stores with video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing and investigating theft, damage and violence",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Recipients: []*policy.Recipient{authorities}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring our websites and apps and advertising on other services", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	service := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints", Categories: []*policy.Category{contacts, master},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering our customers", Recipients: []*policy.Recipient{providers}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping business records and complying with orders of the authorities", Categories: []*policy.Category{master, purchases, financial},
		Bases:       []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "complying with the law and keeping evidence",
		Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}, {Act: "the Swiss Criminal Procedure Code, Art. 265", Region: regionCH}},
		Recipients:  []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Migros-Genossenschafts-Bund (Federation of Migros Cooperatives)", Email: "datenschutz@migros.example",
			Address: "Limmatstrasse 152, 8005 Zürich, Switzerland"}, Registration: "UID CHE-105.829.940", Country: regionCH},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:        []policy.Law{policy.FADP, policy.GDPR},
		Scope:       []string{"the stores and online shops of the Migros group that refer to this notice", "the Migros Account", "Cumulus", "the Migros app"},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{master, household, account, purchases, profile, financial, location, selfscan, online, contacts, video},
		Purposes:    []*policy.Purpose{signIn, shopping, cumulus, personal, newsletter, nearby, subito, develop, security, analytics, service, legal},
		Recipients:  []*policy.Recipient{group, partners, providers, payments, authorities, adtech},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{master, account, purchases, profile, online, contacts}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionCH, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login and the shopping basket", Party: policy.PartyFirst, Purpose: shopping, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "analytics and marketing cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adtech, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: ch2Rights(gdprRights("by writing to us with a copy of an identity document"), policy.RightObjection,
			"by writing to us, or, for personalised advertising, in the Cumulus settings of your Migros Account"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureInternalRules, Description: "The Migros Code of Conduct binds every company of the group to handle customer data responsibly."},
			{Kind: policy.MeasureStaffTraining}},
		Links:   policy.Links{CookieSettings: "https://www.migros.example/cookies"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Name: "Migros-Genossenschafts-Bund, Data Protection", Email: "datenschutz@migros.example", Address: "Postfach, 8031 Zürich, Switzerland"},
	}
	return realPolicy{"retailer and loyalty programme (Migros)", p, []statement{
		{says: "the Federation of Migros Cooperatives in Zürich is responsible for Cumulus and the Migros Account", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Registration, "CHE-105.829.940")
		}},
		{says: "the regional cooperatives and other group companies share responsibility with us, and we answer requests about any of them", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleJointController && recipient(p, "group").Arrangement != ""
		}},
		{says: "the notice covers the group's stores and shops that refer to it, the Migros Account, Cumulus and the Migros app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "we follow the Swiss FADP and, where it applies, the GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "we process your name, address, email, phone number, date of birth and language", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("master").Items, "date of birth")
		}},
		{says: "you can shop in our stores without giving us any data", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("shopping").Required, "without giving") }},
		{says: "an online order needs your name, address and a means of payment", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("shopping").Required, "online order") && p.Purpose("shopping").HasBasis(policy.BasisContract)
		}},
		{says: "the Migros Account holds your login and the services you use with it, and needs a valid email address", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Uses(p.Category("account")) && p.Purpose("account").Required != ""
		}},
		{says: "when you show your Cumulus card we record what you buy, where and when", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Sources[0] == policy.SourceAutomatic && p.Purpose("cumulus").Uses(p.Category("purchases"))
		}},
		{says: "Cumulus partners tell us the purchases for which you earn points with them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").Sources, policy.SourceThirdParty) && p.Category("purchases").SourceDetail != ""
		}},
		{says: "Cumulus partners receive your Cumulus number to credit your points", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Purpose != "" }},
		{says: "taking part in Cumulus is voluntary and free, and needs your name, address and date of birth", typed: func(p *policy.Policy) bool {
			return p.Purpose("cumulus").Required != "" && p.Purpose("cumulus").HasBasis(policy.BasisContract)
		}},
		{says: "if you give us data about other people, such as the members of your household, you confirm that you may do so", typed: func(p *policy.Policy) bool { return othersGive(p, "household") }},
		{says: "a Cumulus account can be a household account, whose members see its purchases and points", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("purchases").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "from your purchases we draw assumptions about your preferences and household", typed: func(p *policy.Policy) bool {
			c := p.Category("profile")
			return slices.Contains(c.Sources, policy.SourceDerived) && c.DerivedFrom[0] == p.Category("purchases")
		}},
		{says: "we use your purchases across the Migros group to personalise offers, vouchers and advertising", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalised").Profiling && slices.Contains(p.Purpose("personalised").Recipients, recipient(p, "group"))
		}},
		{says: "personalised offers spare you advertising that does not interest you, which is our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("personalised").Interest != "" }},
		{says: "you can object to personalised advertising in the Cumulus settings and still take part", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalised").OptOut && slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightObjection && r.How != "" })
		}},
		{says: "we send newsletters only with your consent, which you can withdraw with the link in each", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").RestsOnConsent() && p.Purpose("newsletter").Withdraw != ""
		}},
		{says: "the Unfair Competition Act requires consent to advertising by email", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("newsletter").ConsentRequiredBy) == 1 && p.Purpose("newsletter").ConsentRequiredBy[0].Region == regionCH
		}},
		{says: "the Migros app shows stores near you if you allow it to use your location", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "you can store a means of payment in the Migros app, and payment service providers carry out the payments", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("financial").Items, "the means of payment you store in the Migros app") && recipient(p, "payments") != nil
		}},
		{says: "with subito you scan your articles yourself, and we check some purchases at random", typed: func(p *policy.Policy) bool { return p.Purpose("selfscan").Interest != "" }},
		{says: "we analyse purchases anonymously to improve our range and choose store locations", typed: func(p *policy.Policy) bool {
			return p.Purpose("development").Uses(p.Category("purchases")) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "our stores are under video surveillance, which signs announce", typed: func(p *policy.Policy) bool {
			return p.Category("video").RecordingNotice && slices.Contains(p.Purpose("security").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "we keep recordings only a few days unless an incident needs them", typed: func(p *policy.Policy) bool {
			return p.Category("video").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "analytics and marketing cookies and pixels are used only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "marketing").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we answer your questions and complaints through the Migros Service Center", typed: func(p *policy.Policy) bool { return p.Purpose("service").Uses(p.Category("contacts")) }},
		{says: "we keep business records for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Category("financial").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we hand over Cumulus data to the authorities only when criminal proceedings are open and the authority orders it", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "IT, logistics and marketing providers process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "some providers are in the EU, which the Federal Council lists as adequate", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionEU && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "analytics and advertising providers in the US are certified under the Swiss-U.S. and EU-U.S. Data Privacy Frameworks", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Origin == regionCH && p.Transfers[2].Origin == regionEU && p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep data as long as the purpose needs it and the law requires", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "you may ask for access to your data, have it corrected or deleted, and receive it in a portable form", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may object and withdraw consent at any time", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "where the GDPR applies you may also ask us to restrict processing", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightRestriction) }},
		{says: "you may complain to the FDPIC or, where the GDPR applies, to your data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "a request must come with a copy of an identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "we answer requests within 30 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(30) }},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with access controls and encryption, and the Migros Code of Conduct binds the group", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "the Migros Account is open to people from 13", typed: func(p *policy.Policy) bool { return p.Purpose("account").MinimumAge == 13 }},
		{says: "questions go to the data protection team of the Federation", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		{says: "we may change this notice; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.

		{says: "we do not use purchases to draw conclusions about your health, religion or other sensitive matters", free: toCategory("profile")},
	}}
}

// ch2SBB paraphrases, in our own words and as we recall it, the privacy
// statement of SBB AG (Swiss Federal Railways), a company limited by
// shares under a federal statute and owned by the Confederation, as
// published in 2024-2025 for sbb.ch, the SBB Mobile app and its other
// channels: SBB sells tickets and travelcards for the whole of Swiss
// public transport, runs the sector's customer and sales databases with
// the other transport companies and tariff associations (Alliance
// SwissPass), checks tickets, charges and collects surcharges from
// travellers without a valid ticket and records them in the register
// the Passenger Transport Act provides, calculates EasyRide fares from
// the stations a journey starts and ends at, helps travellers with
// reduced mobility, watches stations and trains with cameras and
// personalises offers unless the customer objects. The statement
// declares the FADP and the GDPR and names a representative in the EU.
func ch2SBB() realPolicy {
	pbg := ch2PBG()
	revenue := policy.Obligation{Act: "the Passenger Transport Act (PBG, SR 745.1), Art. 20 and 20a", Region: regionCH}
	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"first name and surname", "date of birth and gender", "postal address", "email address and phone number", "language", "customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	swisspass := &policy.Category{ID: "swisspass", Name: "SwissPass and travelcards", Items: []string{"SwissPass card number", "the photo on the SwissPass", "your travelcards, such as the GA, the Half Fare travelcard and regional passes, and their validity"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the other transport companies and tariff associations, where you bought a travelcard from them", Linked: true,
		Retention: policy.ByCriteria("while the travelcard is valid and your customer relationship lasts, and as long as the law requires business records to be kept")}
	tickets := &policy.Category{ID: "tickets", Name: "Ticket and purchase data", Items: []string{"the tickets bought, with route, date, class and price", "the channel of sale", "the traveller named on a personal ticket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(ch2CodeOfObligations)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"the means of payment chosen", "a token that stands for your card", "the payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers", Linked: true,
		Retention: policy.AsRequiredBy(ch2CodeOfObligations)}
	easyride := &policy.Category{ID: "easyride", Name: "EasyRide journey data", Items: []string{"the time and place you check in and out", "your phone's location during the journey", "the route travelled and the fare calculated"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Linked: true,
		Retention: policy.ByCriteria("the locations recorded during a journey until the fare is calculated and any objection to it is settled; the journey and its fare as long as the law requires business records to be kept")}
	location := &policy.Category{ID: "location", Name: "Location in the SBB Mobile app", Items: []string{"your phone's location, when you ask for a connection from where you are"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	controls := &policy.Category{ID: "controls", Name: "Ticket inspection data", Items: []string{"the ticket or SwissPass checked", "the train or line and the time of the check", "the result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("only as long as needed to check validity, detect misuse and settle refund claims")}
	irregular := &policy.Category{ID: "irregular", Name: "Travellers without a valid ticket", Items: []string{"name, address and date of birth", "the identity document shown", "the journey, the ticket shown and the surcharge charged"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("until the surcharge is paid and, in the shared register of public transport, for no more than two years after it is paid")}
	assistance := &policy.Category{ID: "assistance", Name: "Assistance for travellers with reduced mobility", Items: []string{"the help you need, such as a boarding aid for a wheelchair", "your impairment, where you tell us", "the journey for which you book help"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	lost := &policy.Category{ID: "lost", Name: "Lost property", Items: []string{"the description of the lost item", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the item is returned or the search is closed")}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts with customer service", Items: []string{"your messages, calls and complaints", "our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your request and to show what was agreed")}
	video := &policy.Category{ID: "video", Name: "Video recordings", Items: []string{"images from cameras in stations and trains"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.ByCriteria("as briefly as the Ordinance on Video Surveillance in Public Transport allows, unless a recording is needed to investigate an incident")}
	online := &policy.Category{ID: "online", Name: "Usage data of sbb.ch and our apps", Items: []string{"IP address", "browser, device and language settings", "pages and screens viewed and searches for connections", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show")}
	interests := &policy.Category{ID: "interests", Name: "Travel habits and interests", Items: []string{"the routes and times you travel most", "the offers that may interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{tickets, swisspass}, Linked: true,
		Retention: policy.Until(policy.EventContractEnd)}

	transport := &policy.Recipient{ID: "transport", Name: "the transport companies and tariff associations of Swiss public transport, in the Alliance SwissPass", Role: policy.RoleJointController, Country: regionCH,
		Categories: []*policy.Category{customer, swisspass, tickets, controls, irregular},
		Purpose:    "to sell, check and honour tickets and travelcards valid across Swiss public transport",
		Arrangement: "SBB runs the sector's central customer and sales databases on behalf of the Alliance SwissPass. " +
			"The company that sold you a ticket or travelcard answers your requests about it, and you may always write to us."}
	foreign := &policy.Recipient{ID: "foreign", Name: "the railways of the other countries on an international journey", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{tickets}, Purpose: "to carry you and to check your ticket"}
	partners := &policy.Recipient{ID: "partners", Name: "SwissPass partners, such as car-sharing and bike-sharing services and ski resorts", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{customer, swisspass}, Purpose: "to check that you hold a valid SwissPass when you use their service with it"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting, contact centre and printing service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, swisspass, tickets, easyride, contacts, online}}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers", Role: policy.RoleProcessor, Country: regionCH, Categories: []*policy.Category{payment}}
	collectors := &policy.Recipient{ID: "collectors", Name: "a debt collection agency", Role: policy.RoleThirdParty, Country: regionCH, Categories: []*policy.Category{irregular},
		Conditional: true, Purpose: "a surcharge stays unpaid"}
	police := &policy.Recipient{ID: "police", Name: "the police and prosecuting authorities", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{customer, irregular, video}, Purpose: "they investigate an offence and the law allows them to ask for the data"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers", Role: policy.RoleThirdParty, Country: regionUS, Categories: []*policy.Category{online},
		Purpose: "to measure our website and apps and show our advertising on other services"}

	sales := &policy.Purpose{ID: "sales", Name: "Selling tickets and travelcards and carrying you", Categories: []*policy.Category{customer, swisspass, tickets, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisPublicTask}, Obligations: []policy.Obligation{pbg},
		Recipients: []*policy.Recipient{transport, foreign, providers, psp},
		Required:   "a ticket from a machine or a counter needs no personal data; a travelcard on the SwissPass, an online ticket and an international ticket need your name and date of birth, without which we cannot issue them"}
	checkin := &policy.Purpose{ID: "easyride", Name: "Calculating the fare of journeys made with EasyRide", Categories: []*policy.Category{easyride, customer, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisPublicTask}, Obligations: []policy.Obligation{pbg}, Profiling: true,
		Recipients: []*policy.Recipient{transport, psp},
		Required:   "EasyRide works only with your phone's location while you are checked in; without it, buy a ticket instead"}
	inspection := &policy.Purpose{ID: "inspection", Name: "Checking tickets and preventing their misuse", Categories: []*policy.Category{controls, swisspass, tickets},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{revenue},
		Interest: "making sure that every traveller holds a valid ticket, and finding tickets and travelcards used by someone else", Recipients: []*policy.Recipient{transport}}
	surcharges := &policy.Purpose{ID: "surcharges", Name: "Charging and collecting surcharges from travellers without a valid ticket", Categories: []*policy.Category{irregular},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisLegitimateInterests}, Obligations: []policy.Obligation{revenue},
		Interest: "collecting the surcharge the tariff sets and charging more to travellers caught again", Recipients: []*policy.Recipient{transport, collectors},
		Required: "the law obliges a traveller without a valid ticket to give their identity; if you refuse, the police may be called to establish it"}
	assist := &policy.Purpose{ID: "assistance", Name: "Helping travellers with reduced mobility", Categories: []*policy.Category{assistance, customer},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by telling the SBB Contact Center Handicap",
		Recipients: []*policy.Recipient{transport}, Required: "we can arrange help only if you tell us what you need"}
	nearby := &policy.Purpose{ID: "location", Name: "Finding connections from where you are in the SBB Mobile app", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings", OptOut: true}
	personal := &policy.Purpose{ID: "personalised", DirectMarketing: true, Name: "Offering you public transport products and information that suit how you travel",
		Categories: []*policy.Category{customer, tickets, swisspass, interests}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about public transport offers that fit their journeys", Profiling: true, OptOut: true, Recipients: []*policy.Recipient{providers}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletters", Categories: []*policy.Category{customer, interests},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentRequiredBy: []policy.Obligation{ch2UWG},
		Withdraw: "with the unsubscribe link in every newsletter"}
	partnerUse := &policy.Purpose{ID: "partners", Name: "Letting you use partner services with your SwissPass", Categories: []*policy.Category{customer, swisspass},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by unlinking the partner service in your SwissPass account",
		Recipients: []*policy.Recipient{partners}}
	security := &policy.Purpose{ID: "security", Name: "Watching stations and trains with cameras for the safety of travellers, staff and operations", Categories: []*policy.Category{video},
		Bases:       []policy.Basis{policy.BasisPublicTask, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{{Act: "the Federal Act on the Security Organs of Public Transport Companies (BGST, SR 745.2) and the Ordinance on Video Surveillance in Public Transport (VüV-ÖV, SR 742.147.2)", Region: regionCH}},
		Interest:    "protecting travellers, staff and trains and investigating incidents", Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors},
		Recipients: []*policy.Recipient{police}}
	lostFound := &policy.Purpose{ID: "lost", Name: "Returning lost property", Categories: []*policy.Category{lost},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "returning what travellers lose on our trains and in our stations",
		Required: "we can tell you of a find only if you give us a way to reach you"}
	care := &policy.Purpose{ID: "support", Name: "Answering your questions, complaints and claims for refunds", Categories: []*policy.Category{contacts, customer, tickets},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "answering our customers and improving our service", Recipients: []*policy.Recipient{providers, transport}}
	improve := &policy.Purpose{ID: "improve", Name: "Planning timetables and developing our offers from anonymised travel data", Categories: []*policy.Category{tickets, easyride, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "planning capacity and offers that match how people travel"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring sbb.ch and our apps and advertising on other services", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adtech}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records", Categories: []*policy.Category{tickets, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Interest: "keeping evidence of our transactions",
		Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "SBB AG (Swiss Federal Railways)", Email: "datenschutz@sbb.example", Address: "Hilfikerstrasse 1, 3000 Bern 65, Switzerland"},
			Registration: "a company limited by shares under the Federal Act on the Swiss Federal Railways (SBBG, SR 742.31), owned by the Swiss Confederation", Country: regionCH},
		DPO: &policy.Contact{Name: "SBB data protection officer", Email: "datenschutz@sbb.example", Address: "Hilfikerstrasse 1, 3000 Bern 65, Switzerland"},
		Representatives: []policy.Representative{{Region: regionEU,
			Contact: policy.Contact{Name: "MLL Brussel SPRL", Address: "Avenue Louise 222, 1050 Brussels, Belgium", Email: "sbb@mll-gdpr.example"}}},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 1), Updated: policy.MakeDate(2025, time.January, 1),
		Laws:  []policy.Law{policy.FADP, policy.GDPR},
		Scope: []string{"sbb.ch", "the SBB Mobile app", "our ticket machines, counters and contact centre", "the SwissPass travelcards we sell"},
		OtherNotices: []policy.Notice{
			{Covers: "the SwissPass card and login, which the Alliance SwissPass describes in its own statement", URL: "https://www.swisspass.example/datenschutz"},
			{Covers: "some of our apps and services, whose own statements we name where they apply"},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{customer, swisspass, tickets, payment, easyride, location, controls, irregular, assistance, lost, contacts, video, online, interests},
		Purposes:    []*policy.Purpose{sales, checkin, inspection, surcharges, assist, nearby, personal, newsletter, partnerUse, security, lostFound, care, improve, analytics, records},
		Recipients:  []*policy.Recipient{transport, foreign, partners, providers, psp, collectors, police, adtech},
		NotCollected: []policy.Exclusion{
			{ID: "payment.card_number", Name: "your full card number", Category: payment, Note: "Our payment service provider keeps it and gives us a token."},
		},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{tickets}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{customer, swisspass, tickets, easyride, contacts, online}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionCH, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, the shopping basket and security", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{customer},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adtech, Purpose: analytics,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: ch2Rights(gdprRights("by writing to datenschutz@sbb.example, with a copy of an identity document"), policy.RightObjection,
			"by writing to us, or, for personalised offers, in the privacy settings of your SwissPass account"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureInternalRules, Description: "A group directive on data protection binds all SBB units."}},
		Links:   policy.Links{CookieSettings: "https://www.sbb.example/cookies"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "datenschutz@sbb.example"},
	}
	return realPolicy{"rail operator (SBB)", p, []statement{
		{says: "SBB AG in Bern is responsible for processing your data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && strings.Contains(p.Controller.Name, "SBB AG")
		}},
		{says: "SBB is a company limited by shares under a federal statute, owned by the Confederation", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "SBBG")
		}},
		{says: "our data protection officer can be reached by post or at datenschutz@sbb.ch", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != "" }},
		{says: "our representative in the EU is MLL in Brussels", typed: func(p *policy.Policy) bool {
			return len(p.Representatives) == 1 && strings.Contains(p.Representatives[0].Contact.Address, "Brussels")
		}},
		{says: "the statement applies to our processing under the Swiss FADP and the EU's GDPR", typed: func(p *policy.Policy) bool { return p.Subject(policy.FADP) && p.Subject(policy.GDPR) }},
		{says: "it covers sbb.ch, SBB Mobile, our ticket machines, counters and contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the SwissPass and some apps have their own statements, which we name where they apply", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "we process your name, date of birth, address, email and phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("customer").Items, "date of birth and gender")
		}},
		{says: "we record the tickets you buy, with route, date, class and price", typed: func(p *policy.Policy) bool { return p.Category("tickets") != nil }},
		{says: "a travelcard bought from another transport company reaches us through the common databases", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("swisspass").Sources, policy.SourceThirdParty)
		}},
		{says: "the SwissPass carries your photo", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("swisspass").Items, "the photo on the SwissPass")
		}},
		{says: "we sell tickets and carry you under the contract of carriage, as the Passenger Transport Act allows", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("sales")
			return pu.HasBasis(policy.BasisContract) && pu.RestsOn(policy.BasisPublicTask, policy.FADP) && pu.Obligations[0] == ch2PBG()
		}},
		{says: "you can buy tickets at machines and counters without giving personal data; travelcards and online tickets need your name and date of birth", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("sales").Required, "needs no personal data")
		}},
		{says: "the transport companies and tariff associations share the sector's customer and sales databases, which SBB runs for the Alliance SwissPass", typed: func(p *policy.Policy) bool {
			return recipient(p, "transport").Role == policy.RoleJointController && recipient(p, "transport").Arrangement != ""
		}},
		{says: "payment service providers process your payments, and we never see your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp").Role == policy.RoleProcessor && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "EasyRide uses your phone's location while you are checked in", typed: func(p *policy.Policy) bool {
			return p.Category("easyride").DevicePermission && p.Purpose("easyride").Required != ""
		}},
		{says: "EasyRide works out the fare from where you check in and out, a profiling the Passenger Transport Act allows", typed: func(p *policy.Policy) bool {
			return p.Purpose("easyride").Profiling && p.Purpose("easyride").RestsOn(policy.BasisPublicTask, policy.FADP)
		}},
		{says: "SBB Mobile uses your location to find connections only if you allow it", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Category("location").DevicePermission
		}},
		{says: "inspectors scan your ticket or SwissPass and record where and when it was checked", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("controls").Items, "the train or line and the time of the check")
		}},
		{says: "we use inspection data to detect tickets and travelcards used by someone else", typed: func(p *policy.Policy) bool { return p.Purpose("inspection").Interest != "" }},
		{says: "inspection data is kept only as long as checks, misuse and refunds need it", typed: func(p *policy.Policy) bool {
			return p.Category("controls").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "a traveller without a valid ticket must give their identity and pays a surcharge", typed: func(p *policy.Policy) bool {
			return p.Purpose("surcharges").Required != "" && p.Purpose("surcharges").RestsOn(policy.BasisPublicTask, policy.FADP)
		}},
		{says: "transport companies record travellers without a valid ticket in a shared register, and charge more to those caught again", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "transport").Categories, p.Category("irregular")) && p.Purpose("surcharges").Obligations[0].Region == regionCH
		}},
		{says: "an entry in the register is deleted at the latest two years after the surcharge is paid", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("irregular").Retention.Criteria, "two years")
		}},
		{says: "an unpaid surcharge goes to a debt collection agency", typed: func(p *policy.Policy) bool { return recipient(p, "collectors").Conditional }},
		{says: "if you need help because of reduced mobility, we process what you tell us about it only for that help", typed: func(p *policy.Policy) bool {
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && p.Purpose("assistance").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "for an international journey the railways of the countries you travel to receive your ticket", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "SwissPass partners such as car-sharing services check your SwissPass only if you link their service", typed: func(p *policy.Policy) bool {
			return p.Purpose("partners").RestsOnConsent() && p.Purpose("partners").Withdraw != ""
		}},
		{says: "we use your purchases and journeys to offer you public transport products that suit you, which you can object to in your SwissPass account", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalised")
			return pu.Profiling && pu.OptOut && slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightObjection && strings.Contains(r.How, "SwissPass")
			})
		}},
		{says: "we send newsletters only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn && len(p.Purpose("newsletter").ConsentRequiredBy) == 1
		}},
		{says: "we do not sell your data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "cameras watch stations and trains, and signs tell you so", typed: func(p *policy.Policy) bool {
			return p.Category("video").RecordingNotice && len(p.Purpose("security").Obligations) == 1
		}},
		{says: "the police and prosecutors receive recordings and other data only where the law allows them to ask", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we return lost property and need a way to reach you", typed: func(p *policy.Policy) bool { return p.Purpose("lost").Required != "" }},
		{says: "we answer questions, complaints and claims for refunds", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("contacts")) }},
		{says: "we plan timetables and develop offers from anonymised travel data", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "analytics and marketing cookies and SDKs run only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "IT, hosting, contact centre and printing providers process data on our behalf, some in the EU", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[1].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "analytics providers in the US are certified under the Swiss-U.S. and EU-U.S. Data Privacy Frameworks", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Origin == regionCH && p.Transfers[3].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep business records for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Category("tickets").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "you may access, correct and delete your data, restrict its processing, receive it in a portable form and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent at any time", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightWithdrawConsent) }},
		{says: "you may complain to the FDPIC or to a data protection authority in the EU", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we ask for a copy of an identity document, unless you write from your SwissPass account", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we answer within 30 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(30) }},
		{says: "we take no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and access limited to those who need it, under a group directive", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "we may change this statement; the version on sbb.ch applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the Passenger Transport Act forbids us to make carriage depend on your consent to processing your data", free: toPurpose("sales")},
		{says: "the SBB Transport Police may view recordings to investigate an incident", free: toPurpose("security")},
	}}
}

// ch2PBG is the provision of the Passenger Transport Act that lets
// transport companies process the data carriage needs.
func ch2PBG() policy.Obligation {
	return policy.Obligation{Act: "the Passenger Transport Act (PBG, SR 745.1), Art. 54", Region: regionCH}
}

// ch2SwissPost paraphrases, in our own words and as we recall it, the
// privacy policy of Swiss Post for its digital presence (post.ch, its
// apps and the My Post customer portal) as published in 2023-2025, with
// what its notice on delivery address data adds: Swiss Post Ltd and its
// strategic subsidiaries Post CH Ltd, Post CH Network Ltd and Post CH
// Communication Services Ltd are jointly responsible; the public area
// needs no personal data beyond usage data, while My Post, entered with
// a SwissID, holds the customer's consignments, delivery preferences,
// letter notifications and moves; postal secrecy protects consignment
// data, which is never used for advertising; addresses are kept in a
// database for the statutory delivery mandate; third-party offers are
// personalised only with consent; My Post data stays in Switzerland and
// the EEA. It declares the FADP alone, with the postal legislation;
// PostFinance has its own statement and is left out.
func ch2SwissPost() realPolicy {
	postal := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: "the Postal Services Act (PG, SR 783.0), Art. 32", Region: regionCH}}}
	postalAct := policy.Obligation{Act: "the Postal Services Act (PG, SR 783.0)", Region: regionCH}
	usage := &policy.Category{ID: "usage", Name: "Usage data", Items: []string{"IP address", "browser, operating system and device", "pages visited, searches and the site you came from", "date and time of access", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie settings show")}
	location := &policy.Category{ID: "location", Name: "Location data", Items: []string{"your device's location, when you look for a branch, a letter box or a My Post 24 terminal near you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	master := &policy.Category{ID: "master", Name: "Master data", Items: []string{"salutation, first name and surname", "postal address", "email address and phone number", "date of birth", "customer number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "SwissSign AG, which runs the SwissID you sign in with", Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	consignments := &policy.Category{ID: "consignments", Name: "Consignment data", Items: []string{"consignment numbers", "sender, recipient and delivery address", "weight and services chosen", "the events of processing and delivery, with their time and place", "the signature given on receipt"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "the senders who post the consignments",
		Linked: true, Secrecy: postal,
		Retention: policy.ByCriteria("as long as needed to deliver the consignment and to answer enquiries and claims about it")}
	preferences := &policy.Category{ID: "preferences", Name: "Delivery preferences", Items: []string{"permission to leave parcels at a place you choose", "redirections to a branch, a PickPost point or a My Post 24 terminal", "holding mail while you are away"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventDeletionRequest)}
	letters := &policy.Category{ID: "letters", Name: "Letter notifications", Items: []string{"an image of the address side of the letters addressed to you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: postal,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention:   policy.ByCriteria("as long as the notification is shown to you in My Post")}
	moves := &policy.Category{ID: "moves", Name: "Moves and forwarding orders", Items: []string{"your old and new address", "the date of the move", "the other members of the household who move with you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("while the forwarding order runs, and then in the address database as your former address")}
	addresses := &policy.Category{ID: "addresses", Name: "Delivery address data", Items: []string{"current, future and former addresses of private persons and businesses", "whether addressed items can be delivered there"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourcePublic},
		SourceDetail: "publicly accessible directories; we have no access to the address registers of the Confederation, the cantons and the communes that are not public", Linked: true,
		Retention: policy.ByCriteria("as long as the address is current and, as a former address, as long as mail may still arrive for it")}
	financial := &policy.Category{ID: "financial", Name: "Financial data", Items: []string{"the means of payment you use", "invoices and payments for our services and Postshop orders"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers", Linked: true,
		Retention: policy.AsRequiredBy(ch2CodeOfObligations)}
	customs := &policy.Category{ID: "customs", Name: "Customs data", Items: []string{"the description and value of the goods in an international consignment", "the sender's and recipient's details on the customs declaration"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the senders and the postal operators of other countries", Linked: true, Secrecy: postal,
		Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention:   policy.AsRequiredBy("the Customs Act (CustA, SR 631.0)")}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts with customer service", Items: []string{"your enquiries, complaints and claims", "our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle your matter and to show what was agreed")}
	affinities := &policy.Category{ID: "affinities", Name: "Interests and affinities", Items: []string{"how, when and where you use our services", "the categories of senders from which you receive mail", "scores of your likely interest in offers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{master, usage, consignments}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}

	joint := &policy.Recipient{ID: "joint", Name: "Post CH Ltd, Post CH Network Ltd and Post CH Communication Services Ltd", Role: policy.RoleJointController, Country: regionCH,
		Categories:  []*policy.Category{usage, location, master, consignments, preferences, letters, moves, addresses, financial, contacts, affinities},
		Purpose:     "to run our digital presence and our services together with us",
		Arrangement: "Swiss Post Ltd and these three subsidiaries are jointly responsible for the processing of our digital presence. Our data protection office answers your requests for all of them."}
	group := &policy.Recipient{ID: "group", Name: "other companies of the Swiss Post group", Role: policy.RoleThirdParty, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{master}, Purpose: "you use a service they provide, in which case we tell you that they are responsible"}
	providers := &policy.Recipient{ID: "providers", Name: "IT, hosting and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{usage, master, consignments, preferences, financial, contacts}}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers", Role: policy.RoleThirdParty, Country: regionCH, Categories: []*policy.Category{financial},
		Purpose: "to carry out your payments"}
	senders := &policy.Recipient{ID: "senders", Name: "companies and organisations that already hold your old address", Role: policy.RoleThirdParty, Country: regionCH,
		Categories: []*policy.Category{moves}, Purpose: "to update your address in their records"}
	foreignPosts := &policy.Recipient{ID: "foreign", Name: "the postal operators and customs authorities of the destination country", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{consignments, customs}, Purpose: "to deliver an international consignment and clear it through customs"}
	customsCH := &policy.Recipient{ID: "customs", Name: "the Federal Office for Customs and Border Security (FOCBS)", Role: policy.RoleAuthority, Country: regionCH,
		Categories: []*policy.Category{customs}}
	surveillance := &policy.Recipient{ID: "surveillance", Name: "the Post and Telecommunications Surveillance Service", Role: policy.RoleAuthority, Country: regionCH, Conditional: true,
		Categories: []*policy.Category{master, consignments}, Purpose: "a prosecuting authority orders surveillance of postal traffic"}
	adtech := &policy.Recipient{ID: "adtech", Name: "analytics and advertising providers, which decide themselves how they use the data", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{usage}, Purpose: "to measure our digital presence and show our advertising on other services"}

	portal := &policy.Purpose{ID: "portal", Name: "Providing My Post and our online services", Categories: []*policy.Category{master, consignments, preferences, letters},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{joint, providers},
		Required: "the public area needs no personal data; My Post needs a SwissID and your name and address, without which you cannot use it"}
	delivery := &policy.Purpose{ID: "delivery", Name: "Delivering letters and parcels and keeping our address database", Categories: []*policy.Category{addresses, consignments, preferences},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{postalAct}, Recipients: []*policy.Recipient{joint},
		Required: "you must tell us a change of address so that your mail reaches you; without it, items may be returned to the sender"}
	moving := &policy.Purpose{ID: "moving", Name: "Forwarding your mail when you move", Categories: []*policy.Category{moves, master, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{joint, psp},
		Required: "we need your old and new address and the date of the move to forward your mail"}
	addressUpdate := &policy.Purpose{ID: "address-update", Name: "Giving your new address to those who already have your old one", Categories: []*policy.Category{moves},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by telling our customer service",
		Recipients: []*policy.Recipient{senders}}
	international := &policy.Purpose{ID: "international", Name: "Sending international consignments and clearing them through customs", Categories: []*policy.Category{consignments, customs},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Customs Act (CustA, SR 631.0)", Region: regionCH}},
		Recipients: []*policy.Recipient{foreignPosts, customsCH},
		Required:   "goods cannot cross a border without a customs declaration"}
	shop := &policy.Purpose{ID: "shop", Name: "Selling in the Postshop and billing our services", Categories: []*policy.Category{master, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp, providers},
		Required: "an order needs your name, address and a means of payment"}
	nearby := &policy.Purpose{ID: "location", Name: "Finding branches, letter boxes and My Post 24 terminals near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your device's settings", OptOut: true}
	service := &policy.Purpose{ID: "service", Name: "Answering your enquiries, complaints and claims", Categories: []*policy.Category{contacts, master, consignments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "settling our customers' matters", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing the use of our digital presence and advertising on other services", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Profiling: true,
		Recipients: []*policy.Recipient{adtech}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Showing you offers of third parties chosen from your Swiss Post data", Categories: []*policy.Category{master, usage, affinities},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in My Post under My settings", Profiling: true}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletters", Categories: []*policy.Category{master},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodDoubleOptIn, ConsentRequiredBy: []policy.Obligation{ch2UWG},
		Withdraw: "with the unsubscribe link in every newsletter"}
	develop := &policy.Purpose{ID: "develop", Name: "Developing and improving our products and services", Categories: []*policy.Category{usage, consignments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making our services easier to use and our network more efficient, from anonymised data"}
	surveil := &policy.Purpose{ID: "surveillance", Name: "Carrying out surveillance of postal traffic ordered by the authorities", Categories: []*policy.Category{master, consignments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{surveillance},
		Obligations: []policy.Obligation{{Act: "the Federal Act on the Surveillance of Post and Telecommunications (SPTA, SR 780.1)", Region: regionCH}}}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records", Categories: []*policy.Category{financial, master},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Swiss Post Ltd (Die Schweizerische Post AG)", Email: "datenschutz@post.example", Address: "Wankdorfallee 4, 3030 Bern, Switzerland"},
			Registration: "a company limited by shares under the Postal Organisation Act (POG, SR 783.1), owned by the Swiss Confederation", Country: regionCH},
		DPO:     &policy.Contact{Name: "Group Data Protection Officer", Email: "betroffenenrechte@post.example", Address: "Wankdorfallee 4, 3030 Bern, Switzerland"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:  []policy.Law{policy.FADP},
		Scope: []string{"post.ch and Swiss Post's other websites and apps", "the My Post customer portal"},
		OtherNotices: []policy.Notice{
			{Covers: "visits to our branches", URL: "https://www.post.example/datenschutz/filialen"},
			{Covers: "delivery address data", URL: "https://www.post.example/datenschutz/zustelladressen"},
			{Covers: "PostFinance and the other group companies that are responsible for their own services"},
		},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{usage, location, master, consignments, preferences, letters, moves, addresses, financial, customs, contacts, affinities},
		Storage:     []policy.Storage{{Location: regionCH}, {Location: regionEU}},
		External:    []policy.ExternalService{policy.ExternalLinkedSites},
		Purposes:    []*policy.Purpose{portal, delivery, moving, addressUpdate, international, shop, nearby, service, analytics, offers, newsletter, develop, surveil, records},
		Recipients:  []*policy.Recipient{joint, group, providers, psp, senders, foreignPosts, customsCH, surveillance, adtech},
		Transfers: []policy.Transfer{
			{Destination: regionEU, Recipient: providers, Categories: []*policy.Category{usage, master, consignments, preferences, financial, contacts}, Safeguard: policy.SafeguardAdequacy},
			{ChosenDestination: policy.ChosenDestinationShipment, Recipient: foreignPosts, Categories: []*policy.Category{consignments, customs}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: adtech, Categories: []*policy.Category{usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies for login, the shopping basket and security", Party: policy.PartyFirst, Purpose: portal, Categories: []*policy.Category{master},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and marketing cookies", Party: policy.PartyThird, Provider: adtech, Purpose: analytics, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by writing to betroffenenrechte@post.example with a copy of an identity document"},
			{Kind: policy.RightRectification, How: "in My Post or by writing to us"}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent, How: "in My Post under My settings"}, {Kind: policy.RightComplaint},
		},
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining, Description: "Our staff are bound by postal secrecy."}},
		Links:                policy.Links{CookieSettings: "https://www.post.example/cookies"},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Name: "Swiss Post, Data Protection", Email: "betroffenenrechte@post.example", Address: "Wankdorfallee 4, 3030 Bern, Switzerland"},
	}
	return realPolicy{"postal operator (Swiss Post)", p, []statement{
		{says: "Swiss Post Ltd in Bern is responsible, jointly with Post CH Ltd, Post CH Network Ltd and Post CH Communication Services Ltd", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionCH && recipient(p, "joint").Role == policy.RoleJointController
		}},
		{says: "Swiss Post is a company limited by shares under federal law, owned by the Confederation", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "POG")
		}},
		{says: "another company of the group may be responsible for a service, and we tell you when it is", typed: func(p *policy.Policy) bool { return recipient(p, "group").Conditional }},
		{says: "our group data protection officer answers questions and requests", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process data under the Swiss data protection law and the postal legislation", typed: func(p *policy.Policy) bool {
			return p.Subject(policy.FADP) && len(p.Laws) == 1 && p.Purpose("delivery").Obligations[0].Region == regionCH
		}},
		{says: "the policy covers our websites and apps and the My Post portal", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "branches, delivery addresses and the group companies with their own services have their own notices", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 3 }},
		{says: "you can use the public area without giving us personal data", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("portal").Required, "needs no personal data")
		}},
		{says: "our servers log your IP address, browser, pages visited and time of access", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic && slices.Contains(p.Category("usage").Items, "date and time of access")
		}},
		{says: "we use your location to find branches and letter boxes near you, if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").RestsOnConsent()
		}},
		{says: "you sign in to My Post with a SwissID, which SwissSign AG runs", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("master").SourceDetail, "SwissSign")
		}},
		{says: "My Post shows the consignments addressed to you and lets you choose how they are delivered", typed: func(p *policy.Policy) bool {
			return p.Purpose("portal").Uses(p.Category("consignments")) && p.Purpose("portal").Uses(p.Category("preferences"))
		}},
		{says: "senders tell us about the parcels they send you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("consignments").Sources, policy.SourceThirdParty) && p.Category("consignments").SourceDetail != ""
		}},
		{says: "with letter notification you see images of the address side of the letters coming to you", typed: func(p *policy.Policy) bool {
			return p.Purpose("portal").Uses(p.Category("letters"))
		}},
		{says: "postal secrecy protects what we learn about your consignments", typed: func(p *policy.Policy) bool {
			return p.Category("consignments").Secrecy.Kind == policy.SecrecyCommunications && len(p.Category("letters").Secrecy.Laws) == 1
		}},
		{says: "we never use what postal secrecy protects, such as the contents of a consignment or the images of your letters, for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("customs").Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(p.Category("letters").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "for third-party offers we use how you use our services, including the kinds of senders you receive mail from, but never sensitive data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("affinities").DerivedFrom, p.Category("consignments"))
		}},
		{says: "we keep a database of current, future and former addresses to fulfil our statutory delivery mandate", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("delivery")
			return pu.RestsOn(policy.BasisPublicTask, policy.FADP) && pu.Uses(p.Category("addresses"))
		}},
		{says: "we take addresses from our customers, our staff's deliveries and public directories, never from non-public official registers", typed: func(p *policy.Policy) bool {
			c := p.Category("addresses")
			return slices.Contains(c.Sources, policy.SourcePublic) && strings.Contains(c.SourceDetail, "no access")
		}},
		{says: "you must tell us when you move, or your mail may not reach you", typed: func(p *policy.Policy) bool { return p.Purpose("delivery").Required != "" }},
		{says: "we forward your mail when you move, and you may name the members of your household who move with you", typed: func(p *policy.Policy) bool {
			return p.Purpose("moving").HasBasis(policy.BasisContract) && slices.Contains(p.Category("moves").Sources, policy.SourceOtherUsers)
		}},
		{says: "we give your new address to companies that already have your old one only if you agree", typed: func(p *policy.Policy) bool {
			return p.Purpose("address-update").RestsOnConsent() && slices.Contains(p.Purpose("address-update").Recipients, recipient(p, "senders"))
		}},
		{says: "for international consignments the postal operators and customs of the destination country receive what they need", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].ChosenDestination == policy.ChosenDestinationShipment && p.Transfers[1].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "customs law requires us to declare the goods in consignments crossing the border to the FOCBS", typed: func(p *policy.Policy) bool {
			return p.Purpose("international").RestsOn(policy.BasisLegalObligation, policy.FADP) && recipient(p, "customs").Role == policy.RoleAuthority
		}},
		{says: "we process your payments for our services and Postshop orders with payment service providers", typed: func(p *policy.Policy) bool {
			return p.Purpose("shop").Uses(p.Category("financial")) && slices.Contains(p.Purpose("shop").Recipients, recipient(p, "psp"))
		}},
		{says: "we answer your enquiries, complaints and claims", typed: func(p *policy.Policy) bool { return p.Purpose("service").Interest != "" }},
		{says: "we analyse your behaviour on our digital presence and make assumptions about your interests, with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("analytics").Profiling && p.Purpose("analytics").RestsOnConsent()
		}},
		{says: "analytics and advertising providers decide themselves how they use the data they receive", typed: func(p *policy.Policy) bool {
			return recipient(p, "adtech").Role == policy.RoleThirdParty
		}},
		{says: "cookies that are not needed are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "with your consent we show you offers of third parties chosen from your data, with scores of your interests", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("offers")
			return pu.RestsOnConsent() && pu.Profiling && slices.Contains(p.Category("affinities").Sources, policy.SourceDerived)
		}},
		{says: "you can withdraw that consent in My Post under My settings", typed: func(p *policy.Policy) bool { return p.Purpose("offers").Withdraw != "" }},
		{says: "we share only anonymised, aggregated data with third parties to help them design their offers", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we send newsletters only with your consent, confirmed by email", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn
		}},
		{says: "we do not sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we develop our products and services from anonymised data", typed: func(p *policy.Policy) bool { return p.Purpose("develop").Interest != "" }},
		{says: "on an order of a prosecuting authority we carry out surveillance of postal traffic through the surveillance service", typed: func(p *policy.Policy) bool {
			return p.Purpose("surveillance").RestsOn(policy.BasisLegalObligation, policy.FADP) && recipient(p, "surveillance").Conditional
		}},
		{says: "IT and hosting providers process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "we process My Post data only in Switzerland and the EEA", typed: func(p *policy.Policy) bool {
			return len(p.Storage) == 2 && p.Transfers[0].Safeguard == policy.SafeguardAdequacy
		}},
		{says: "analytics providers in the US are certified under the Swiss-U.S. Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we keep business records for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.FADP)
		}},
		{says: "you may ask what data we hold about you, have it corrected or deleted, receive it, and object", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may withdraw consent at any time in My Post", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightWithdrawConsent) }},
		{says: "you may complain to the FDPIC", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "a request for access needs a copy of an identity document, and we answer within 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and access controls, and our staff are bound by postal secrecy", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we may change this policy; the version published applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "links to third-party websites lead to content we do not control, whose operators are responsible for it", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "our staff check at each delivery whether the address is still current", free: toCategory("addresses")},
	}}
}
