package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are:
// a national grocery retail chain with its loyalty card and app, a flight
// search and travel metasearch service that sends its users on to the
// agencies and airlines that sell the tickets, and a grocery delivery
// service that takes orders for partner retailers and has them picked and
// delivered by self-employed couriers.

// magnitLoyalty paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of JSC Tander, the operator
// of the Magnit retail chain, as published in 2024-2025, with the rules
// of the Magnit loyalty programme it refers to: a card or the Magnit app
// registered with a phone number, points for purchases in the chain's
// stores and on delivery, personal offers chosen from the purchases,
// prize draws whose winners give their passport and INN because the
// company is their tax agent, delivery from the stores through the app,
// video surveillance in stores, advertising by consent, cookies and app
// analytics, localisation in Russia and the rights of 152-FZ.
func magnitLoyalty() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	member := &policy.Category{ID: "member", Name: "Programme member data", Items: []string{"phone number", "first name", "date of birth", "gender", "email address, if given", "the number of the loyalty card or the virtual card in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(1)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and points", Items: []string{"the goods bought, their prices and discounts", "the store, date and time of each purchase", "points earned and spent", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	segments := &policy.Category{ID: "segments", Name: "Preferences inferred from purchases", Items: []string{"the groups of goods a member buys often", "how often and in which stores the member shops", "the personal offers and their use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery orders", Items: []string{"the delivery address", "the recipient's name and phone number", "the order and the way of payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	winners := &policy.Category{ID: "winners", Name: "Prize winners' data", Items: []string{"surname, first name and patronymic", "passport details", "INN", "registration address", "the prize and its value"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("the Tax Code of the Russian Federation, Art. 23 (4 years)"), Linked: true}
	support := &policy.Category{ID: "support", Name: "Requests to the hotline", Items: []string{"recordings of calls", "messages in the app's chat and on the website", "complaints about stores and goods"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video surveillance in stores", Items: []string{"images of people in the sales areas, at the checkouts and at the entrances"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "Location of the device", Items: []string{"the approximate location of the phone, to show the nearest stores and the stores that deliver"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the device's model, operating system and advertising identifier", "the push token", "actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	segments.DerivedFrom = []*policy.Category{purchases}

	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages, emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{member, device}, Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "delivery services that bring orders from the stores", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery},
		Purpose: "to deliver orders placed in the app", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery},
		Purpose: "to accept payment for delivery orders", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "to pass receipts to the Federal Tax Service and send the member the electronic receipt", Country: regionRU}
	fts := &policy.Recipient{ID: "fts", Name: "the Federal Tax Service", Role: policy.RoleAuthority, Categories: []*policy.Category{winners},
		Purpose: "to report the income of prize winners, for whom the company is the tax agent", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "companies of the Magnit group that run its other stores, pharmacies and services", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, purchases}, Purpose: "to run the programme in all the chain's formats on the company's instructions", Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	programme := &policy.Purpose{ID: "programme", Name: "Running the loyalty programme: registering members, earning and spending points", Categories: []*policy.Category{member, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, mailers},
		Required: "a member joins with a phone number confirmed by a code in an SMS message; without it the card cannot be registered, and the member can still shop without the card",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	offers := &policy.Purpose{ID: "offers", Name: "Choosing personal offers and discounts from a member's purchases", Categories: []*policy.Category{member, purchases, segments},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	orders := &policy.Purpose{ID: "delivery", Name: "Taking and delivering orders placed in the app", Categories: []*policy.Category{member, delivery, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, banks},
		Required: "an order needs the address and the recipient's phone number; without them it cannot be delivered",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	draws := &policy.Purpose{ID: "draws", Name: "Holding prize draws and games and handing over prizes", Categories: []*policy.Category{member, winners},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fts},
		Obligations: []policy.Obligation{{Act: "the Tax Code of the Russian Federation, Art. 226 and 230 (the tax agent's duties)", Region: regionRU}},
		Required:    "a winner of a prize worth more than 4,000 roubles gives the passport details and INN; without them the prize cannot be handed over",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	hotline := &policy.Purpose{ID: "support", Name: "Answering members' requests and complaints", Categories: []*policy.Category{member, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving complaints about stores and goods and checking the quality of the hotline",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "Protecting the stores, customers and staff by video surveillance", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "the safety of customers and staff and the protection of goods against theft",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising, news of promotions and personal offers by SMS, email and push notifications", Categories: []*policy.Category{member, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings, with the link in each email, by replying to an SMS message or by calling the hotline", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser or resetting the advertising identifier in the phone's settings", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "15/5 Solnechnaya Street, Krasnodar, 350072, Russia"
	p := &policy.Policy{
		Controller:       policy.Controller{Contact: policy.Contact{Name: "JSC Tander (Magnit retail chain)", Address: address}, Country: regionRU, Registration: "OGRN 1022301598549"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "pd@magnit.example"},
		OperatorRegister: policy.OperatorRegister{Number: "08-0012345"},
		URL:              "https://magnit.example/personal-data-policy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.June, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU}, {Act: "the Tax Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU}, {Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "the rules of the Magnit loyalty programme"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"the Magnit loyalty programme", "the Magnit app", "the magnit.ru website", "the chain's stores"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, purchases, segments, delivery, winners, support, video, location, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: delivery, Note: "The bank takes them on its own payment page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{programme, offers, orders, receipts, draws, hotline, cctv, marketing, analytics},
		Recipients:  []*policy.Recipient{mailers, couriers, banks, ofd, fts, group, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{member, segments}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookies the website needs to work", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "appmetrica", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("by writing to the company's address in Krasnodar or to pd@magnit.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Children:             policy.Children{MinimumAge: 14, ConsentAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@magnit.example", Phone: "8 800 200-90-02", Address: address},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
	return realPolicy{"retail chain loyalty programme (Magnit)", p, []statement{
		{says: "the operator is JSC Tander in Krasnodar, which runs the Magnit chain, named with its OGRN", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.Controller.Country == regionRU
		}},
		{says: "the company is entered in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the company has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens by defining the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 7 }},
		{says: "the company processes data under the Civil and Tax Codes, the consumer protection law, the laws on advertising and cash registers, and the programme's rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "the policy covers the loyalty programme, the app, the website and the stores", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a member joins with a phone number confirmed by a code, and gives a first name, date of birth and gender", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Required != "" && len(p.Category("member").Items) == 6
		}},
		{says: "joining is voluntary: a customer can shop without the card, only without points and personal prices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "without the card")
		}},
		{says: "the programme records each purchase made with the card or the app, and the points earned and spent", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Uses(p.Category("purchases")) && p.Purpose("programme").HasBasis(policy.BasisContract)
		}},
		{says: "the card works in all the chain's formats, whose companies process the data on the operator's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor
		}},
		{says: "personal offers and prices are chosen automatically from the member's purchases", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Profiling && slices.Contains(p.Category("segments").DerivedFrom, p.Category("purchases"))
		}},
		{says: "no decision with legal effects is taken about a member by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "receipts go to the tax service through a fiscal data operator and, if the member wishes, to the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "purchases and receipts are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "an order in the app needs the address and the recipient's phone, and is brought by delivery services acting for the company", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").Required != "" && recipient(p, "couriers").Role == policy.RoleProcessor
		}},
		{says: "a member may order for someone else, who then receives the order", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("delivery").Subjects, policy.DataSubjectThirdParties) && slices.Contains(p.Category("delivery").Sources, policy.SourceOtherUsers)
		}},
		{says: "payment online is taken by the bank, and the company does not receive card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks") != nil && p.NotCollected[0].ID == "card"
		}},
		{says: "with the phone's permission the app uses its location to show the nearest stores", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("delivery").Uses(p.Category("location"))
		}},
		{says: "members take part in games and prize draws under their rules", typed: func(p *policy.Policy) bool { return p.Purpose("draws").HasBasis(policy.BasisContract) }},
		{says: "a winner of a prize worth more than 4,000 roubles gives the passport details and INN, because the company is the tax agent", typed: func(p *policy.Policy) bool {
			d := p.Purpose("draws")
			return d.Required != "" && d.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(d.Obligations) == 1
		}},
		{says: "the winners' income is reported to the tax service and their data kept for four years", typed: func(p *policy.Policy) bool {
			return recipient(p, "fts").Role == policy.RoleAuthority && p.Category("winners").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "calls to the hotline are recorded after a warning", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "requests and complaints are kept for three years after they are resolved", typed: func(p *policy.Policy) bool {
			r := p.Category("support").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventPurposeAchieved
		}},
		{says: "stores are under video surveillance for the safety of customers and staff, with signs at the entrance", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Purpose("cctv").Interest != ""
		}},
		{says: "the recordings are overwritten after 30 days unless needed for an incident", typed: func(p *policy.Policy) bool { return p.Category("video").Retention.Period == policy.Days(30) }},
		{says: "advertising is sent by SMS, email and push only with consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "the consent is given by a separate box, is recorded, and can be withdrawn in the app, by the link, by an SMS reply or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentLogged && m.Withdraw != ""
		}},
		{says: "the website uses necessary cookies and Yandex Metrica, the app AppMetrica, which a visitor can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "data is not transferred abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities only on requests the law provides for", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Total() == policy.Days(30) }},
		{says: "a member who leaves the programme has the account deleted within 30 days, except receipts the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "members have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the card number or other details of the relationship and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "a member keeps the code from the SMS message secret and tells no one the card's barcode", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "a member must be at least 14, and one under 18 joins with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "points not used within the period the programme's rules set expire, and the company may close a card not used for a year", free: toPurpose("programme")},
		{says: "a member answers for the accuracy of the data given and updates it in the app", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}

// flightSearchRU paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of Aviasales, the Russian
// flight search and travel metasearch service, as published in 2024-2025
// (its legal entity's name and numbers are left out where we do not recall
// them exactly): searches without an account, an account signed in to
// with email or a social network, price alerts and the trip history, the
// partner agencies and airlines that sell the tickets on their own
// websites and are operators of what the buyer gives them, the passenger
// details a user may save to fill in partners' forms, the click
// identifier passed to partners to account for commissions, hotel search
// through partners, newsletters by consent, cookies and analytics,
// localisation in Russia and the rights of 152-FZ.
func flightSearchRU() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"email address or phone number", "the identifier and name from the social network or Yandex ID used to sign in", "the settings of the account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the social network or Yandex ID the user signs in with",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	searches := &policy.Category{ID: "searches", Name: "Searches and subscriptions", Items: []string{"routes, dates and the number of passengers searched for", "price alerts and the prices found", "the offers opened and the partner chosen"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	passengers := &policy.Category{ID: "passengers", Name: "Saved passenger details", Items: []string{"surname and first name as in the identity document", "date of birth and sex", "citizenship", "the number and expiry of the identity document"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Until(policy.EventDeletionRequest), Linked: true}
	trips := &policy.Category{ID: "trips", Name: "Trips", Items: []string{"the booking confirmations a partner sends back: route, dates, booking reference and price", "the partner that sold the ticket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the agencies and airlines that sell the tickets the user finds",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	support := &policy.Category{ID: "support", Name: "Requests to the support service", Items: []string{"messages in the chat and by email", "the booking the request concerns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address and the city found from it", "cookie identifiers and the click identifier passed to partners", "the device's model, operating system and advertising identifier", "the push token", "actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	partners := &policy.Recipient{ID: "partners", Name: "agencies, airlines and hotel booking services whose offers the service shows", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{searches, passengers, device}, Purpose: "the user follows an offer to the partner's website, which sells the ticket or room as its own operator"}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{account, searches}, Country: regionRU}
	hosting := &policy.Recipient{ID: "hosting", Name: "hosting and cloud providers in Russia", Role: policy.RoleProcessor, Categories: []*policy.Category{account, searches, passengers, trips, support, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising platforms", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show the service's advertising on other websites and apps and to measure it", Country: regionRU}

	search := &policy.Purpose{ID: "search", Name: "Searching for flights and hotels and showing partners' offers", Categories: []*policy.Category{searches, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners, hosting},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	signUp := &policy.Purpose{ID: "account", Name: "Keeping accounts, saved searches, price alerts and trips", Categories: []*policy.Category{account, searches, trips},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers, hosting},
		Required: "searching needs no account; an account needs an email address, a phone number or a social network profile",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	forms := &policy.Purpose{ID: "passengers", Name: "Saving passenger details and filling them in on partners' booking forms", Categories: []*policy.Category{passengers},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by deleting the saved passenger in the account", ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{partners, hosting},
		Required: "saving passenger details is up to the user; without it the user types them on the partner's website",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	commissions := &policy.Purpose{ID: "commissions", Name: "Settling commissions with partners for the bookings users make", Categories: []*policy.Category{device, trips},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "being paid by partners for the bookings made by the users the service sends them",
		Recipients: []*policy.Recipient{partners},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	help := &policy.Purpose{ID: "support", Name: "Answering users' requests and helping with partners' bookings", Categories: []*policy.Category{account, trips, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping users with a booking made with a partner and checking the partners the service works with",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending destinations, dates and offers", Categories: []*policy.Category{searches, trips, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each user the destinations and fares likely to interest them", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	newsletters := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending newsletters with cheap tickets, travel ideas and partners' offers", Categories: []*policy.Category{account, searches},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in each email or in the account's settings", OptOut: true, ConsentMethod: policy.ConsentMethodCheckbox, Profiling: true,
		Recipients:        []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used and showing advertising on other websites", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser or resetting the advertising identifier in the phone's settings", OptOut: true,
		Recipients: []*policy.Recipient{metrica, ads}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "the company that runs Aviasales", Email: "privacy@aviasales.example", Address: "Moscow, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@aviasales.example"},
		URL:         "https://aviasales.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU}, {Act: "the user agreement of Aviasales"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionDestruction, policy.DefinitionCrossBorderTransfer},
		Scope:      []string{"the aviasales.ru website", "the Aviasales mobile app", "the Aviasales newsletters"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, searches, passengers, trips, support, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Note: "The user pays on the partner's website, and the service never sees the card."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{search, signUp, forms, commissions, help, recommend, newsletters, analytics},
		Recipients: []*policy.Recipient{partners, mailers, hosting, metrica, ads},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationBooking, Recipient: partners, Categories: []*policy.Category{passengers, searches},
			Safeguard: policy.SafeguardContractNecessity,
			Note:      "A partner abroad receives the passenger details only when the user chooses its offer and goes on to book on its website."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, searches, passengers, trips}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{passengers, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep the search, the currency and the sign-in", Party: policy.PartyFirst, Purpose: search, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marker", Name: "the partner click identifier", Party: policy.PartyFirst, Purpose: commissions, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Days(30)), Consent: policy.CookieConsentOptOut},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "pixels", Name: "advertising pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Days(180)), Consent: policy.CookieConsentOptOut},
		},
		Rights:   fz152Rights("by writing to privacy@aviasales.example or in the account"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: append(fz152Security(),
			policy.Measure{Kind: policy.MeasureEncryptionAtRest}),
		NoAutomatedDecisions: true,
		Links:                policy.Links{Recommendations: "https://aviasales.example/recommendations"},
		Children:             policy.Children{MinimumAge: 18, Note: "A child's details are given by the parent who books the child's trip."},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "privacy@aviasales.example"},
	}
	return realPolicy{"flight search (Aviasales)", p, []statement{
		{says: "the operator is the company that runs Aviasales, in Russia", typed: func(p *policy.Policy) bool { return p.Controller.Name != "" && p.Controller.Country == regionRU }},
		{says: "questions and requests go to a dedicated address of the person responsible for the processing", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website, the app and the newsletters", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the policy defines the operator, processing, provision, destruction and cross-border transfer", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 6 }},
		{says: "the company processes data under the Civil Code, the laws on information and advertising, and its user agreement", typed: func(p *policy.Policy) bool { return len(p.LegalActs) == 4 }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "anyone can search for flights without an account; the service records the searches with technical data", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "no account") && p.Purpose("search").Uses(p.Category("searches"))
		}},
		{says: "an account is opened with an email address, a phone number or a social network or Yandex ID", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "the account keeps searches, price alerts and trips", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Uses(p.Category("searches")) && p.Purpose("account").Uses(p.Category("trips"))
		}},
		{says: "price alerts are sent by email and push notifications through providers acting for the company", typed: func(p *policy.Policy) bool {
			return recipient(p, "mailers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("account").Recipients, recipient(p, "mailers"))
		}},
		{says: "the service does not sell tickets: it shows the offers of agencies and airlines, and the user buys on the partner's website", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && recipient(p, "partners").Purpose != ""
		}},
		{says: "the partner is the operator of what the buyer gives it, under its own policy", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		{says: "payment is made on the partner's website, and the service never receives card details", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "card" }},
		{says: "a user may save the details of passengers, including their identity documents, to fill them in on partners' forms", typed: func(p *policy.Policy) bool {
			return p.Purpose("passengers").Uses(p.Category("passengers")) && len(p.Category("passengers").Items) == 4
		}},
		{says: "saving passenger details is voluntary and rests on consent, withdrawn by deleting them", typed: func(p *policy.Policy) bool {
			f := p.Purpose("passengers")
			return f.Required != "" && f.RestsOn(policy.BasisConsent, policy.FZ152) && f.Withdraw != ""
		}},
		{says: "a user who saves another passenger's details confirms having that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "passengers") }},
		{says: "passenger details reach a partner abroad only when the user chooses its offer, to perform the booking", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationBooking && t.Safeguard == policy.SafeguardContractNecessity && t.Note != ""
		}},
		{says: "the link to a partner carries a click identifier so that the partner can pay the company its commission", typed: func(p *policy.Policy) bool {
			return cookie(p, "marker").Purpose == p.Purpose("commissions") && p.Purpose("commissions").Interest != ""
		}},
		{says: "partners send back the booking confirmation, which appears among the user's trips", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").Sources, policy.SourceThirdParty) && p.Category("trips").SourceDetail != ""
		}},
		{says: "the support service helps with a booking made with a partner and may pass the request to it", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && p.Purpose("support").Interest != ""
		}},
		{says: "requests are kept for three years after they are resolved", typed: func(p *policy.Policy) bool {
			return p.Category("support").Retention.Period == policy.Years(3)
		}},
		{says: "the service recommends destinations and offers from past searches and trips, and publishes the rules for its recommendation technologies", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "newsletters with cheap tickets and partners' offers are sent only with consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "a user unsubscribes with the link in each email or in the settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Withdraw != "" && p.Purpose("marketing").OptOut
		}},
		{says: "the website uses necessary cookies, Yandex Metrica and advertising pixels", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary && cookie(p, "metrica").Provider == recipient(p, "metrica") && cookie(p, "pixels").Technology == policy.TechnologyPixel
		}},
		{says: "a visitor can turn analytics and advertising cookies off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "pixels").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "the city is found from the IP address to set the airport of departure", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("device").Items[0], "city")
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia, with hosting providers there", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionRU && recipient(p, "hosting").Country == regionRU
		}},
		{says: "the service does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "no decision with legal effects is taken about a user by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a user can delete the account, and its data is destroyed within 30 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Total() == policy.Days(30)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool { return len(p.Termination) == 3 }},
		{says: "users have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are sent from the account's email address and answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return slices.Contains(r.Verification, policy.VerificationEmail) && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of 152-FZ, including encryption in transit and at rest", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "the service is for adults; a child's details are given by the parent who books", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "prices shown are partners' prices, and the company is not responsible for how partners process the data they receive", free: toIntroduction},
		{says: "the company may check partners and remove from the search those that breach its rules or users' trust", free: toPurpose("support")},
	}}
}

// groceryDeliveryRU paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of Kuper LLC (until 2024
// SberMarket), the Russian grocery delivery service, as published in
// 2024-2025: an account signed in to with a phone number or Sber ID,
// orders placed with partner retailers whose goods are picked in the
// store and brought by self-employed pickers and couriers, the courier's
// position shown to the customer, a card authorised for the order and
// charged for what is actually picked, replacements agreed in the chat,
// ratings of couriers, SberSpasibo bonuses, a paid subscription, the
// rules for recommendation technologies, advertising by consent, cookies
// and app analytics, localisation in Russia and the rights of 152-FZ.
func groceryDeliveryRU() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "first name", "email address", "the Sber ID identifier, if used to sign in"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Sber ID, when the customer signs in with it",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the delivery address, entrance, floor and door code", "the recipient's name and phone number", "the time slot and comments for the courier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders and payments", Items: []string{"the store and the goods ordered", "the goods replaced or missing", "the amount authorised and the amount charged", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	chat := &policy.Category{ID: "chat", Name: "Chat with the picker and support", Items: []string{"messages and photos about replacements", "requests, complaints and their answers", "recordings of calls to support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and reviews", Items: []string{"the rating of the order and of the courier", "comments on the quality of goods"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	preferences := &policy.Category{ID: "preferences", Name: "Preferences", Items: []string{"goods viewed, searched for and bought often", "favourite stores", "the subscription and promo codes used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	location := &policy.Category{ID: "location", Name: "Location of the device", Items: []string{"the location of the phone, to find the address and the stores that deliver to it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie identifiers", "the device's model, operating system and advertising identifier", "the push token", "actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	retailers := &policy.Recipient{ID: "retailers", Name: "partner retailers whose stores sell the goods", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders, delivery},
		Purpose: "to sell the goods ordered, issue the receipt and handle returns and claims", Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "self-employed pickers and couriers and delivery partners", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery, orders, chat},
		Purpose: "to pick the order in the store, agree replacements and deliver it", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to authorise the card, charge the final amount and make refunds", Country: regionRU}
	spasibo := &policy.Recipient{ID: "spasibo", Name: "PJSC Sberbank, the operator of the SberSpasibo programme", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders},
		Purpose: "the customer chooses to earn or spend SberSpasibo bonuses on an order", Country: regionRU, Conditional: true}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS messages, emails and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{account, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica) and VK (myTracker)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising platforms", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show the service's advertising on other websites and apps and to measure it", Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "Registering customers and keeping their accounts", Categories: []*policy.Category{account, preferences},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "an account needs a phone number confirmed by a code in an SMS message, or Sber ID",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fulfil := &policy.Purpose{ID: "orders", Name: "Taking orders, having them picked and delivered, and taking payment", Categories: []*policy.Category{account, delivery, orders, chat, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{retailers, couriers, banks, spasibo},
		Required: "an order needs the address and the recipient's phone number; without them it cannot be delivered",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{retailers},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	quality := &policy.Purpose{ID: "support", Name: "Answering requests, handling complaints and checking the quality of couriers' work", Categories: []*policy.Category{account, orders, chat, ratings},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving complaints about orders and keeping the quality of picking and delivery",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	abuse := &policy.Purpose{ID: "abuse", Name: "Preventing fraud and the abuse of promo codes", Categories: []*policy.Category{account, orders, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the service and honest customers from fraudulent orders and from the repeated use of promo codes for new customers",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo,
			Contest: "by writing to support in the app's chat"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending goods and personalising the catalogue", Categories: []*policy.Category{orders, preferences, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer the goods they are likely to buy again", Profiling: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising, promo codes and personal offers by SMS, email and push notifications", Categories: []*policy.Category{account, orders, preferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's notification settings, with the link in each email or by writing to support", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used and showing advertising on other websites", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser or resetting the advertising identifier in the phone's settings", OptOut: true,
		Recipients: []*policy.Recipient{metrica, ads}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Kuper LLC (formerly SberMarket)", Email: "privacy@kuper.example", Address: "Moscow, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@kuper.example"},
		URL:         "https://kuper.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.November, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "the offer to customers of the Kuper service"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"the kuper.ru website", "the Kuper mobile app"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, delivery, orders, chat, ratings, preferences, location, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: orders, Note: "The customer enters them on the bank's payment page, and the service receives only a token of the card."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{signUp, fulfil, receipts, quality, abuse, recommend, marketing, analytics},
		Recipients:  []*policy.Recipient{retailers, couriers, banks, spasibo, mailers, metrica, ads},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, preferences, ratings}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and basket cookies", Party: policy.PartyFirst, Purpose: fulfil, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "sdk", Name: "AppMetrica and myTracker", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("by writing to privacy@kuper.example or to the company's postal address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://kuper.example/recommendations"},
		Children:             policy.Children{MinimumAge: 18, Note: "Orders are placed by adults; the service does not knowingly collect data from children."},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "privacy@kuper.example"},
	}
	return realPolicy{"grocery delivery (Kuper)", p, []statement{
		{says: "the operator is Kuper LLC, formerly SberMarket, in Moscow", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Kuper") && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website and the app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the policy defines the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 7 }},
		{says: "the company processes data under the Civil Code, the consumer protection law, the laws on advertising and information, and its offer", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 5
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a customer signs in with a phone number confirmed by a code, or with Sber ID", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && strings.Contains(p.Category("account").SourceDetail, "Sber ID")
		}},
		{says: "an order needs the address, entrance, floor and the recipient's phone, and cannot be delivered without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("delivery")) && p.Purpose("orders").Required != ""
		}},
		{says: "a customer may order for someone else, having that person's consent to give their name and phone", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "the goods are sold by partner retailers, which receive the order and the recipient's details", typed: func(p *policy.Policy) bool {
			return recipient(p, "retailers").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "retailers").Categories, p.Category("delivery"))
		}},
		{says: "orders are picked and delivered by self-employed pickers and couriers acting on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "couriers").Purpose != ""
		}},
		{says: "the picker writes to the customer in the chat to agree replacements for missing goods", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("chat")) && slices.Contains(recipient(p, "couriers").Categories, p.Category("chat"))
		}},
		{says: "the card is authorised for the order and charged for what was actually picked, through the bank", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks").Purpose != "" && len(p.Category("orders").Items) == 4
		}},
		{says: "the company does not receive card details, only a token", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("orders") }},
		{says: "a customer who chooses to earn or spend SberSpasibo bonuses has the order passed to Sberbank", typed: func(p *policy.Policy) bool {
			return recipient(p, "spasibo").Conditional && recipient(p, "spasibo").Role == policy.RoleThirdParty
		}},
		{says: "receipts are issued for the goods sold, as the law on cash registers requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(p.Purpose("receipts").Obligations) == 2
		}},
		{says: "orders and receipts are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "delivery data is kept for three years after the order", typed: func(p *policy.Policy) bool {
			r := p.Category("delivery").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventContractEnd
		}},
		{says: "with the phone's permission the app uses its location to find the address and the stores that deliver to it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("orders").Uses(p.Category("location"))
		}},
		{says: "customers rate orders and couriers, and the ratings are used to check the quality of their work", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("ratings"))
		}},
		{says: "calls to support are recorded after a warning", typed: func(p *policy.Policy) bool { return p.Category("chat").RecordingNotice }},
		{says: "the company may cancel orders or block an account used for fraud or the repeated use of promo codes, and an employee decides it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Automated == policy.AnswerNo
		}},
		{says: "a blocked customer can contest it by writing to support", typed: func(p *policy.Policy) bool { return p.Purpose("abuse").Suspension.Contest != "" }},
		{says: "goods are recommended from what the customer viewed and bought, and the rules for recommendation technologies are published", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Links.Recommendations != ""
		}},
		{says: "advertising, promo codes and personal offers are sent only with consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1
		}},
		{says: "the consent is given by a box not ticked in advance, recorded, and withdrawn in the settings, by the link or by writing", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentLogged && m.Withdraw != ""
		}},
		{says: "the website uses session cookies and Yandex Metrica, the app AppMetrica and myTracker", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "sdk").Technology == policy.TechnologySDK
		}},
		{says: "a visitor can turn analytics cookies off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "metrica").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not transfer data abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "a customer who deletes the account has its data destroyed within 30 days, except orders and receipts the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "customers have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the details of the relationship and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && hasMeasure(p, policy.MeasureCertifiedTools)
		}},
		{says: "the service is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the courier's position is shown to the customer on a map while the order is on its way", free: toPurpose("orders")},
		{says: "a customer with a paid subscription gets free delivery, and the subscription renews until cancelled in the app", free: toPurpose("account")},
	}}
}
