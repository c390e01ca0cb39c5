package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var (
	eu9IT = language.MustParseRegion("IT")
	eu9AT = language.MustParseRegion("AT")
)

// The Italian acts the Trenitalia paraphrase cites, each as the law of
// Italy, and the articles of the EU rail passenger rights regulation
// beyond those of realpolicies_eu8_test.go.
var (
	eu9Codice          = policy.Obligation{Act: "Codice in materia di protezione dei dati personali (D.lgs. 30 giugno 2003, n. 196), as amended by D.lgs. 10 agosto 2018, n. 101", Region: eu9IT}
	eu9CodiceMarketing = policy.Obligation{Act: "Codice in materia di protezione dei dati personali, art. 130(1) and (2)", Region: eu9IT}
	eu9CodiceSoftSpam  = policy.Obligation{Act: "Codice in materia di protezione dei dati personali, art. 130(4)", Region: eu9IT}
	eu9CodiceCookies   = policy.Obligation{Act: "Codice in materia di protezione dei dati personali, art. 122", Region: eu9IT}
	eu9CivilCodeBooks  = policy.Obligation{Act: "Codice civile, art. 2220", Region: eu9IT}
	eu9RailPRM         = policy.Obligation{Act: "Regulation (EU) 2021/782 on rail passengers' rights and obligations, Arts. 21 to 24", Region: regionEU}
	eu9RailComplaints  = policy.Obligation{Act: "Regulation (EU) 2021/782 on rail passengers' rights and obligations, Art. 28", Region: regionEU}
	eu9Garante         = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: eu9IT,
		Contact: policy.Contact{Name: "Garante per la protezione dei dati personali", Address: "Piazza Venezia 11, 00187 Rome, Italy", Website: "https://www.garanteprivacy.it"}}
	eu9ITBooks    = "the Civil Code (Codice civile, art. 2220), which requires accounting records, invoices and the documents behind them to be kept for ten years"
	eu9ITFidelity = "the Garante's general decision of 24 February 2005 on loyalty cards"
)

// eu9ToCookie returns where free text about the cookie with ID id goes:
// its note.
func eu9ToCookie(id string) func(*policy.Policy, string) {
	return func(p *policy.Policy, text string) {
		c := cookie(p, id)
		c.Note = addSentence(c.Note, text)
	}
}

// realPolicyEu9Trenitalia paraphrases, in our own words and as we recall
// it, the privacy notice of Trenitalia S.p.A. for its passengers and
// website and app users, as published in 2024-2025: the Rome company of
// the Ferrovie dello Stato Italiane group that runs Italy's high-speed
// Frecce, its Intercity trains and most regional trains. It sells
// tickets on its website, in its app, at ticket offices and machines;
// tickets for the Frecce and Intercity name each passenger, who may be
// asked for an identity document on board. It informs of delays,
// handles refunds, compensation and complaints under the EU rail
// passenger rights regulation, passes requests for assistance of
// passengers with reduced mobility to the Sale Blu that Rete Ferroviaria
// Italiana runs in the stations, and charges passengers found without a
// valid ticket. It runs the CartaFRECCIA loyalty programme, asks
// separate consents for marketing, for profiling and for the offers of
// the other companies of the group, emails its customers offers of
// similar services as art. 130(4) of the Codice privacy allows, keeps
// profiling and marketing data for 12 and 24 months as the Garante's
// decision on loyalty cards sets, and uses analytics and advertising
// cookies only with consent. It declares the GDPR and the Codice privacy
// and names the Garante.
func realPolicyEu9Trenitalia() realPolicy {
	hq := "Piazza della Croce Rossa 1, 00161 Rome, Italy"

	account := &policy.Category{ID: "account", Name: "Registration data",
		Items: []string{"first name and surname", "email address and password", "mobile phone number", "date of birth",
			"your usual stations and travel preferences, if you save them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	tickets := &policy.Category{ID: "tickets", Name: "Ticket and journey data",
		Items: []string{"the trains, dates, classes, seats and fares you buy", "the first name and surname of each passenger on a nominative ticket",
			"the ticket code (PNR) and its QR code", "changes and refunds of your tickets"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy(eu9ITBooks)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the means of payment", "the card's type and last digits", "the transaction number and the result of the payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the banks and payment service providers that take your payment", Linked: true,
		Retention: policy.AsRequiredBy(eu9ITBooks)}
	loyalty := &policy.Category{ID: "loyalty", Name: "CartaFRECCIA data",
		Items:       []string{"your CartaFRECCIA number and level", "the points you earn on your journeys and with partners", "the rewards you redeem"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the programme's partners, when you earn points with them", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	habits := &policy.Category{ID: "habits", Name: "Travel habits",
		Items:       []string{"the routes, times and classes you travel most", "how often you travel and how much you spend", "the offers likely to interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{tickets, loyalty}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(12), From: policy.EventCollection, Law: eu9ITFidelity}}
	assistance := &policy.Category{ID: "assistance", Name: "Assistance for passengers with reduced mobility",
		Items: []string{"the help you need, such as a lift to board with a wheelchair or someone to accompany you to the train",
			"your disability or reduced mobility, as far as you tell us", "the journey and the stations where you need help"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the journey is over and any complaint about the assistance is settled")}
	service := &policy.Category{ID: "service", Name: "Refunds, compensation and complaints",
		Items: []string{"your requests for refunds and compensation, with the bank account (IBAN) to pay them to",
			"your complaints and messages to customer service, and our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your request, and then until claims about it are time-barred")}
	irregular := &policy.Category{ID: "irregular", Name: "Passengers without a valid ticket",
		Items:       []string{"first name, surname, date and place of birth and address", "the identity document shown", "the train, the journey and the fare and surcharge due"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until the amount due is paid and, if it is not, until it is collected or the claim is time-barred")}
	location := &policy.Category{ID: "location", Name: "Location in the app",
		Items:       []string{"the location of your phone, if you allow the app to use it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	usage := &policy.Category{ID: "usage", Name: "Website and app usage",
		Items:       []string{"IP address", "device, browser and app version", "the pages and screens you view and the journeys you search for", "the push token of your device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie policy states")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers",
		Items:       []string{"your answers to our customer satisfaction surveys"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("until we have evaluated the survey")}

	psp := &policy.Recipient{ID: "psp", Name: "banks and payment service providers, such as card acquirers and PayPal", Role: policy.RoleThirdParty, Country: regionEU,
		Categories: []*policy.Category{payment, tickets}, Purpose: "to take your payment, refund you and check payments for fraud"}
	fsTech := &policy.Recipient{ID: "fs-technology", Name: "FS Technology S.p.A., the IT company of the FS Italiane group", Role: policy.RoleProcessor, Country: eu9IT,
		Categories: []*policy.Category{account, tickets, loyalty, service, usage}, Purpose: "to run our websites, app and IT systems"}
	fsGroup := &policy.Recipient{ID: "fs-group", Name: "the other companies of the FS Italiane group", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{account}, Purpose: "to send you their own offers, if you agree"}
	rfi := &policy.Recipient{ID: "rfi", Name: "Rete Ferroviaria Italiana (RFI), which runs the stations and their Sale Blu assistance service", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{assistance, tickets, account}, Purpose: "to give you the assistance you asked for in the stations and when you board and leave the train"}
	partners := &policy.Recipient{ID: "partners", Name: "the CartaFRECCIA partners, such as hotels and car rental companies", Role: policy.RoleThirdParty, Country: eu9IT,
		Categories: []*policy.Category{loyalty}, Purpose: "to check your card when you earn points with them or redeem a reward"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, contact centres, email and text messages, surveys and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, tickets, service, usage, surveys}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and apps and measure them"}
	collectors := &policy.Recipient{ID: "collectors", Name: "debt collection agencies", Role: policy.RoleProcessor, Country: eu9IT,
		Categories: []*policy.Category{irregular}, Conditional: true, Purpose: "if an amount due for travelling without a valid ticket stays unpaid"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the railway police (Polizia Ferroviaria), the judicial authorities and other public authorities", Role: policy.RoleAuthority, Country: eu9IT,
		Categories: []*policy.Category{account, tickets, payment, irregular}, Conditional: true, Purpose: "where the law requires us to disclose, such as to investigate an offence"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Registering you on our website and app and running your profile",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{fsTech, providers},
		Required: "registration needs your name, email address and a password; you can also buy tickets without registering", MinimumAge: 14}
	carriage := &policy.Purpose{ID: "carriage", Name: "Selling you tickets and carrying you",
		Categories: []*policy.Category{tickets, payment, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp, fsTech, providers},
		Required: "a nominative ticket needs the name of each passenger and is valid only for that passenger, who must show an identity document if the train staff ask; without a means of payment we cannot issue a ticket"}
	disruption := &policy.Purpose{ID: "disruption", Name: "Telling you of delays, cancellations and changes, and handling refunds and compensation under passenger rights law",
		Categories: []*policy.Category{tickets, service, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu8RailRights}, Recipients: []*policy.Recipient{providers, psp},
		Required: "we can tell you of a change only through the email address or phone number you gave us, and pay you only to the bank account you give"}
	assist := &policy.Purpose{ID: "assistance", Name: "Arranging assistance for passengers with disabilities or reduced mobility",
		Categories: []*policy.Category{assistance, tickets, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisExplicitConsent},
		Obligations: []policy.Obligation{eu9RailPRM}, Recipients: []*policy.Recipient{rfi},
		Withdraw: "by cancelling the request, after which we cannot arrange the assistance",
		Required: "asking for assistance is up to you; ask in advance through a Sala Blu, our website or customer service, or we cannot be sure to provide it"}
	loyaltyPurpose := &policy.Purpose{ID: "loyalty", Name: "Running the CartaFRECCIA loyalty programme",
		Categories: []*policy.Category{loyalty, account, tickets}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners, fsTech},
		Required: "membership needs a registration; without your card number on your tickets you earn no points"}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{service, account, tickets}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Obligations: []policy.Obligation{eu9RailComplaints}, Interest: "answering questions that go beyond a ticket", Recipients: []*policy.Recipient{providers, fsTech},
		Required: "we cannot look into a complaint without your details and those of the ticket"}
	penalties := &policy.Purpose{ID: "penalties", Name: "Charging passengers found without a valid ticket the fare and the surcharge",
		Categories: []*policy.Category{irregular}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "collecting the fare and the surcharge due from passengers without a valid ticket", Recipients: []*policy.Recipient{collectors, authorities},
		Required: "a passenger without a valid ticket must give the train staff their identity; if they refuse, the staff may call the police to establish it"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Checking online payments for fraud",
		Categories: []*policy.Category{payment, tickets, usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us against the fraudulent use of payment cards", Recipients: []*policy.Recipient{psp}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you our offers and news by email, text message, push notification and telephone",
		Categories: []*policy.Category{account, loyalty}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceMarketing}, Withdraw: "with the unsubscribe link in every email or in your profile settings",
		Retention:  policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(24), From: policy.EventCollection, Law: eu9ITFidelity},
		Recipients: []*policy.Recipient{providers}}
	similar := &policy.Purpose{ID: "soft-spam", DirectMarketing: true, Name: "Emailing our customers offers of services like those they bought",
		Categories: []*policy.Category{account, tickets}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about journeys and services like those they bought", OptOut: true,
		OptOutHow: "with the link in every such email or by writing to us", ConsentExemptBy: []policy.Obligation{eu9CodiceSoftSpam},
		Recipients: []*policy.Recipient{providers}}
	profiling := &policy.Purpose{ID: "profiling", Name: "Analysing your journeys and purchases to tailor our offers to you",
		Categories: []*policy.Category{habits, tickets, loyalty}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your profile settings or by writing to our data protection officer", Profiling: true}
	groupOffers := &policy.Purpose{ID: "group-offers", DirectMarketing: true, Name: "Passing your contact details to the other companies of the FS Italiane group for their own offers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceMarketing}, Withdraw: "in your profile settings or by writing to our data protection officer",
		Recipients: []*policy.Recipient{fsGroup}}
	asking := &policy.Purpose{ID: "surveys", Name: "Asking you after a journey how satisfied you were",
		Categories: []*policy.Category{surveys, tickets, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "learning how satisfied our passengers are and improving our service", OptOut: true, OptOutHow: "with the link in the email",
		Recipients: []*policy.Recipient{providers}}
	nearby := &policy.Purpose{ID: "location", Name: "Finding the stations near you in the app",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your phone's settings"}
	operation := &policy.Purpose{ID: "operation", Name: "Delivering our website and app and keeping them secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{fsTech, providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, to improve them",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceCookies}, Withdraw: "in the cookie settings linked at the foot of every page",
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9CodiceCookies}, Withdraw: "in the cookie settings linked at the foot of every page",
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{tickets, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu9CivilCodeBooks}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep invoices and records of payments"}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{tickets, payment, service, irregular}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "defending our rights in disputes with passengers and others", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Trenitalia S.p.A.", Address: hq, Website: "https://www.trenitalia.example"},
			Registration: "VAT number 05403151003; managed and coordinated by Ferrovie dello Stato Italiane S.p.A., its sole shareholder", Country: eu9IT},
		DPO:     &policy.Contact{Name: "Responsabile della protezione dei dati (data protection officer), Trenitalia", Email: "dpo@trenitalia.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:       "https://www.trenitalia.example/privacy",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu9Codice},
		Scope:     []string{"trenitalia.com, the Trenitalia app, our ticket offices and ticket machines, and the CartaFRECCIA loyalty programme"},
		OtherNotices: []policy.Notice{
			{Covers: "video surveillance on our trains, described on the signs on board"},
			{Covers: "job applicants to the companies of the FS Italiane group", URL: "https://www.fsitaliane.example/careers/privacy"},
		},
		Categories: []*policy.Category{account, tickets, payment, loyalty, habits, assistance, service, irregular, location, usage, tracking, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "The banks and payment service providers take it on their own pages."},
		},
		Purposes: []*policy.Purpose{accountPurpose, carriage, disruption, assist, loyaltyPurpose, care, penalties, fraud, marketing, similar, profiling, groupOffers,
			asking, nearby, operation, analytics, ads, records, claims},
		Recipients: []*policy.Recipient{psp, fsTech, fsGroup, rfi, partners, providers, adPartners, collectors, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, tickets, service, usage, surveys},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, loyalty, habits},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "technical cookies for your login, your basket and security", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{usage}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "choices", Name: "the cookie that records your cookie choices", Party: policy.PartyFirst, Purpose: operation,
				Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising and profiling cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("by writing to our data protection officer"),
		Requests:             policy.Requests{Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress:              []policy.Redress{eu9Garante},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://www.trenitalia.example/cookie-settings"},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "dpo@trenitalia.example"},
	}
	return realPolicy{"rail operator (Trenitalia)", p, []statement{
		{says: "Trenitalia S.p.A. in Rome, a company of the FS Italiane group, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == eu9IT && p.Controller.Name == "Trenitalia S.p.A." && strings.Contains(p.Controller.Registration, "Ferrovie dello Stato")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR and the Italian Codice privacy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu9Codice
		}},
		{says: "this notice covers our website, app, ticket offices and machines and CartaFRECCIA; video surveillance on board and job applicants have their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Scope[0], "CartaFRECCIA") && len(p.OtherNotices) == 2
		}},
		{says: "to register you give your name, email address, a password, your mobile number and your date of birth", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("account").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "you can buy tickets without registering", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "without registering")
		}},
		{says: "we process your ticket data to sell you the ticket and carry you, under the contract of carriage", typed: func(p *policy.Policy) bool {
			return p.Purpose("carriage").RestsOn(policy.BasisContract, policy.GDPR) && p.Purpose("carriage").Uses(p.Category("tickets"))
		}},
		{says: "a nominative ticket names each passenger, and whoever buys for others must be entitled to give their names", typed: func(p *policy.Policy) bool {
			return othersGive(p, "tickets") && slices.Contains(p.Category("tickets").Items, "the first name and surname of each passenger on a nominative ticket")
		}},
		{says: "a nominative ticket is valid only for the passenger named, who must show an identity document if the train staff ask", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("carriage").Required, "identity document")
		}},
		{says: "banks and payment service providers take your payment as controllers in their own right, and we never see your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we and our payment providers check online payments for fraud, in our legitimate interest", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && f.Interest != "" && slices.Contains(f.Recipients, recipient(p, "psp"))
		}},
		{says: "we tell you of delays, cancellations and changes to your train through the contact details you gave us", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("disruption").Required, "tell you of a change")
		}},
		{says: "we handle refunds and compensation for delays as the EU rail passenger rights regulation requires", typed: func(p *policy.Policy) bool {
			d := p.Purpose("disruption")
			return d.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(d.Obligations, eu8RailRights)
		}},
		{says: "passengers with disabilities or reduced mobility may ask for assistance, telling us what help they need, with their explicit consent", typed: func(p *policy.Policy) bool {
			a := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && a.HasBasis(policy.BasisExplicitConsent) && a.Withdraw != ""
		}},
		{says: "the regulation obliges the railways to assist them, and the Sale Blu of Rete Ferroviaria Italiana give the assistance as controllers in their own right", typed: func(p *policy.Policy) bool {
			r := recipient(p, "rfi")
			return r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("assistance").Obligations, eu9RailPRM) && slices.Contains(r.Categories, p.Category("assistance"))
		}},
		{says: "assistance must be asked for in advance", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("assistance").Required, "in advance")
		}},
		{says: "CartaFRECCIA members earn points on their journeys and redeem them for rewards, under the programme's rules", typed: func(p *policy.Policy) bool {
			return p.Purpose("loyalty").RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("loyalty").Items, "the rewards you redeem")
		}},
		{says: "partners of the programme tell us when you earn points with them, and check your card when you do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("loyalty").Sources, policy.SourceThirdParty) && recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		{says: "joining needs a registration, and without your card number on a ticket you earn no points", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("loyalty").Required, "no points")
		}},
		{says: "customer service uses your messages to answer your questions and complaints, as the regulation on complaints requires", typed: func(p *policy.Policy) bool {
			c := p.Purpose("service")
			return c.Uses(p.Category("service")) && slices.Contains(c.Obligations, eu9RailComplaints) && c.Required != ""
		}},
		{says: "a passenger found without a valid ticket must give the train staff their identity and pay the fare and a surcharge", typed: func(p *policy.Policy) bool {
			pe := p.Purpose("penalties")
			return pe.Uses(p.Category("irregular")) && strings.Contains(pe.Required, "identity") && pe.Interest != ""
		}},
		{says: "unpaid amounts may be passed to debt collection agencies", typed: func(p *policy.Policy) bool {
			c := recipient(p, "collectors")
			return c.Conditional && slices.Contains(p.Purpose("penalties").Recipients, c)
		}},
		{says: "we send you our offers by email, text message, push notification or telephone only with your consent, as art. 130 of the Codice privacy requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOnConsent() && m.ConsentMethod == policy.ConsentMethodCheckbox && m.ConsentRequiredBy[0] == eu9CodiceMarketing
		}},
		{says: "you may withdraw that consent with the link in every email or in your profile", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").Withdraw, "unsubscribe link")
		}},
		{says: "we may email our customers offers of services like those they bought without consent, as art. 130(4) allows, and they may object at any time", typed: func(p *policy.Policy) bool {
			s := p.Purpose("soft-spam")
			return s.OptOut && s.OptOutHow != "" && len(s.ConsentExemptBy) == 1 && s.ConsentExemptBy[0] == eu9CodiceSoftSpam && !s.RestsOnConsent()
		}},
		{says: "we analyse your journeys and purchases to tailor our offers only with a separate consent", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("profiling")
			return pr.Profiling && pr.RestsOnConsent() && pr.Withdraw != "" && slices.Contains(p.Category("habits").DerivedFrom, p.Category("tickets"))
		}},
		{says: "we keep data for profiling for 12 months and data for marketing for 24 months, as the Garante's decision on loyalty cards sets", typed: func(p *policy.Policy) bool {
			h := p.Category("habits").Retention
			m := p.Purpose("marketing").Retention
			return h.Period == policy.Months(12) && m.Period == policy.Months(24) && h.Law == eu9ITFidelity && m.Law == eu9ITFidelity
		}},
		{says: "with another separate consent we pass your contact details to the other companies of the FS Italiane group for their own offers", typed: func(p *policy.Policy) bool {
			g := p.Purpose("group-offers")
			return g.RestsOnConsent() && recipient(p, "fs-group").Role == policy.RoleThirdParty && slices.Contains(g.Recipients, recipient(p, "fs-group"))
		}},
		{says: "FS Technology, the group's IT company, runs our systems on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "fs-technology").Role == policy.RoleProcessor && recipient(p, "fs-technology").Country == eu9IT
		}},
		{says: "after a journey we may ask you to answer a satisfaction survey, which you may refuse", typed: func(p *policy.Policy) bool {
			s := p.Purpose("surveys")
			return s.OptOut && s.OptOutHow != "" && s.RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "the app uses your location to find stations near you only if you allow it", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "analytics and advertising cookies are set only with your consent, as art. 122 of the Codice privacy requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentRequiredBy[0] == eu9CodiceCookies && p.Purpose("advertising").ConsentRequiredBy[0] == eu9CodiceCookies
		}},
		{says: "technical cookies for your login, your basket and security are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we remember your cookie choices for six months before asking again", typed: func(p *policy.Policy) bool {
			c := cookie(p, "choices")
			return c.StrictlyNecessary && c.Lifetime.Period == policy.Months(6)
		}},
		{says: "you may change your cookie choices at any time with the link at the foot of every page", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "with your consent, advertising partners such as Google and Meta show and measure our ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && p.Category("tracking").Tracking && recipient(p, "advertising").Role == policy.RoleThirdParty
		}},
		{says: "service providers for hosting, contact centres, messages, surveys and analytics process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are in the US, on standard contractual clauses, of which our DPO gives a copy", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardStandardClauses && t.Note != ""
		}},
		{says: "advertising partners in the US are certified under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Recipient == recipient(p, "advertising")
		}},
		{says: "we disclose data to the railway police, the courts and other authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we keep invoices and payment records for ten years, as the Civil Code requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw &&
				slices.Contains(p.Purpose("records").Obligations, eu9CivilCodeBooks)
		}},
		{says: "we use what we need to defend our rights in a dispute", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Interest != "" && p.Purpose("claims").RestsOn(policy.BasisLegitimateInterests, policy.GDPR)
		}},
		{says: "we keep your registration and CartaFRECCIA data until you close your profile, and then delete it except what the law or a dispute requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return p.Category("loyalty").Retention.Kind == policy.RetentionWhileActive && d.From == policy.EventAccountClosure &&
				d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we answer within a month, which we may extend by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Garante per la protezione dei dati personali", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.HasPrefix(p.Redress[0].Contact.Name, "Garante")
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "children under 14 may not register", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").MinimumAge == 14 && p.Children.MinimumAge == 0
		}},
		{says: "we publish changes to this notice on our website, where the current version applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && p.URL != ""
		}},
		// Free text.
		{says: "children travel on tickets that an adult buys for them", free: eu8ToChildren},
		{says: "closing the cookie banner without choosing keeps only the technical cookies", free: eu9ToCookie("choices")},
		{says: "on board, the train staff check a digital ticket by scanning its QR code", free: toPurpose("carriage")},
	}}
}

// The Spanish acts the El Corte Inglés paraphrase cites beyond those of
// realpolicies_eu6_test.go, each as the law of Spain.
var (
	eu9LSSIConsent = policy.Obligation{Act: "Ley 34/2002 (LSSI), art. 21.1", Region: regionES}
	eu9ESGuarantee = policy.Obligation{Act: "Real Decreto Legislativo 1/2007, texto refundido de la Ley General para la Defensa de los Consumidores y Usuarios, arts. 114 ff.", Region: regionES}
	eu9AEPD        = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionES,
		Contact: policy.Contact{Name: "Agencia Española de Protección de Datos (AEPD)", Address: "C/ Jorge Juan 6, 28001 Madrid, Spain", Website: "https://www.aepd.es"}}
)

// realPolicyEu9ElCorteIngles paraphrases, in our own words and as we
// recall it, the privacy policy of El Corte Inglés, S.A. for its
// customers and the users of its website and app, as published in
// 2024-2025: the Madrid company that runs Spain's department stores of
// that name and sells online, delivering orders or handing them over in
// store, installing, assembling and repairing what it sells at the
// customer's home, and honouring the legal guarantee. Customers may pay
// with the El Corte Inglés card that its financial company issues, open
// gift lists for weddings and other events, and publish reviews of
// products. It emails its customers offers of products like those they
// bought, as art. 21.2 of the LSSI allows, and asks consent for
// personalised offers drawn from a profile, for the offers of the other
// companies of its group, for newsletters to people who are not
// customers and for analytics and advertising cookies. What it must keep
// after an account is closed it blocks, as art. 32 of the LOPDGDD
// requires. It declares the GDPR, the LOPDGDD and the LSSI and names the
// AEPD, following the Spanish layered form of "basic" and "additional"
// information.
func realPolicyEu9ElCorteIngles() realPolicy {
	es := regionES
	hq := "Calle Hermosilla 112, 28009 Madrid, Spain"

	account := &policy.Category{ID: "account", Name: "Customer and account data",
		Items: []string{"first name and surnames", "email address and password", "phone number", "delivery and billing addresses",
			"your tax number (NIF), if you ask for a full invoice", "date of birth, if you give it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	orders := &policy.Category{ID: "orders", Name: "Purchases",
		Items: []string{"the products and services you buy online, and in store when you identify yourself, with price, date and store",
			"deliveries, collections in store, returns and refunds", "the name and address of someone you send a delivery or a gift to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.AsRequiredBy(eu6SpanishBooks)}
	payment := &policy.Category{ID: "payment", Name: "Payment data",
		Items:       []string{"the means of payment", "the card's type and last digits", "the result of the payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the banks and payment service providers that take your payment", Linked: true,
		Retention: policy.AsRequiredBy(eu6SpanishBooks)}
	homeServices := &policy.Category{ID: "home-services", Name: "Installation, assembly and repairs",
		Items:       []string{"the address and phone number where we install, assemble or repair", "the product and, for a repair, the fault", "the date and time of the appointment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("while the legal guarantee of the product or service lasts, and then until claims about it are time-barred")}
	giftList := &policy.Category{ID: "gift-list", Name: "Gift lists",
		Items: []string{"the names of those who open the list and the date of the event", "the gifts on the list and those already bought",
			"the names and messages of the guests who give a gift"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.ByCriteria("until the list is closed and its balance settled, and then as long as the law requires records of the sales to be kept")}
	reviews := &policy.Category{ID: "reviews", Name: "Product reviews",
		Items:       []string{"your rating and review of a product", "the nickname you choose"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the product is on sale on our website, unless you ask us to remove the review sooner")}
	service := &policy.Category{ID: "service", Name: "Customer service",
		Items:       []string{"your questions, complaints and claims, by phone, chat, email or in store", "our answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your request, and then blocked until claims about it are time-barred")}
	browsing := &policy.Category{ID: "browsing", Name: "Browsing data",
		Items:       []string{"IP address", "device, browser and app version", "the pages and products you view, your searches and your basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as each cookie or analysis needs it, as the cookie policy states")}
	preferences := &policy.Category{ID: "preferences", Name: "Your commercial profile",
		Items:       []string{"the brands, sections and products you are interested in", "how often you buy and how much you spend"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, browsing}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click", "whether an ad led to a purchase"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	carriers := &policy.Recipient{ID: "carriers", Name: "the logistics companies and carriers that deliver your orders", Role: policy.RoleProcessor, Country: es,
		Categories: []*policy.Category{account, orders}, Purpose: "to deliver your order and tell you when it will arrive"}
	installers := &policy.Recipient{ID: "installers", Name: "the technicians and installation companies that work for us", Role: policy.RoleProcessor, Country: es,
		Categories: []*policy.Category{account, homeServices}, Purpose: "to install, assemble or repair at your home"}
	psp := &policy.Recipient{ID: "psp", Name: "banks and payment service providers", Role: policy.RoleThirdParty, Country: regionEU,
		Categories: []*policy.Category{payment, orders}, Purpose: "to take your payment, refund you and check payments for fraud"}
	financiera := &policy.Recipient{ID: "financiera", Name: "Financiera El Corte Inglés E.F.C., S.A., which issues the El Corte Inglés card", Role: policy.RoleThirdParty, Country: es,
		Categories: []*policy.Category{account, orders}, Purpose: "to charge to your card the purchases you pay with it",
		NoticeURL: "https://www.financiera.elcorteingles.example/privacidad"}
	group := &policy.Recipient{ID: "group", Name: "the other companies of the El Corte Inglés group, such as Viajes El Corte Inglés and Seguros El Corte Inglés", Role: policy.RoleThirdParty, Country: es,
		Categories: []*policy.Category{account}, Purpose: "to send you their own offers, if you agree"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, IT, customer service, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, orders, service, browsing, reviews}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners, such as Google and Meta", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and apps and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, consumer authorities and other public authorities", Role: policy.RoleAuthority, Country: es,
		Categories: []*policy.Category{account, orders, payment, service}, Conditional: true, Purpose: "where the law requires us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Registering you as a user of our website and app and managing your account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "registration needs your name, email address and a password; you can also shop in our stores without registering"}
	sales := &policy.Purpose{ID: "orders", Name: "Selling you products and services and delivering them, or handing them over in store",
		Categories: []*policy.Category{account, orders, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{carriers, psp, providers},
		Required:   "we need your name, a delivery address, a phone number and a means of payment to accept an online order; without them we cannot accept it"}
	home := &policy.Purpose{ID: "home-services", Name: "Installing, assembling and repairing what you buy from us at your home",
		Categories: []*policy.Category{homeServices, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{installers},
		Required: "we need the address and a phone number to come to your home; without them we cannot provide the service"}
	guarantee := &policy.Purpose{ID: "guarantee", Name: "Honouring the legal guarantee of what you buy",
		Categories: []*policy.Category{orders, homeServices, account}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu9ESGuarantee}, Recipients: []*policy.Recipient{installers},
		Required: "to use the guarantee you show the receipt or give us the details of the purchase"}
	card := &policy.Purpose{ID: "card", Name: "Charging the purchases you pay with the El Corte Inglés card",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{financiera},
		Required: "paying with the card is up to you; if you do, the issuer needs the purchase to charge it"}
	lists := &policy.Purpose{ID: "gift-list", Name: "Running gift lists for weddings and other events",
		Categories: []*policy.Category{giftList, account}, Bases: []policy.Basis{policy.BasisContract},
		Required: "a list needs the names of those who open it and the date of the event; a guest's name and message are up to the guest"}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews of products",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by asking us to remove your review", Recipients: []*policy.Recipient{providers}}
	care := &policy.Purpose{ID: "service", Name: "Answering your questions, complaints and claims",
		Categories: []*policy.Category{service, account, orders}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "answering people who write to us without having bought from us", Recipients: []*policy.Recipient{providers},
		Required: "we cannot look into a claim without your details and those of the purchase"}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending our customers offers of products and services like those they bought",
		Categories: []*policy.Category{account, orders}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and services like those they bought from us", OptOut: true,
		OptOutHow: "with the link in every message or by writing to us", ConsentExemptBy: []policy.Obligation{eu6LSSISoftOpt},
		Recipients: []*policy.Recipient{providers}}
	profile := &policy.Purpose{ID: "profile", DirectMarketing: true, Name: "Building a commercial profile from your purchases and browsing to send you personalised offers",
		Categories: []*policy.Category{preferences, orders, browsing, account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account or by writing to our data protection officer", Profiling: true, Recipients: []*policy.Recipient{providers}}
	groupOffers := &policy.Purpose{ID: "group-offers", DirectMarketing: true, Name: "Passing your contact details to the other companies of our group for their own offers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account or by writing to our data protection officer", Recipients: []*policy.Recipient{group}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter to people who ask for it",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9LSSIConsent}, Withdraw: "with the unsubscribe link in every newsletter",
		Recipients: []*policy.Recipient{providers}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Checking online orders and payments for fraud",
		Categories: []*policy.Category{orders, payment, browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and us against fraudulent orders and payments", Recipients: []*policy.Recipient{psp}}
	operation := &policy.Purpose{ID: "operation", Name: "Delivering our website and app and keeping them secure",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{providers}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used, to improve them",
		Categories: []*policy.Category{browsing}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings at the foot of every page",
		Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu6LSSICookies}, Withdraw: "in the cookie settings at the foot of every page",
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting and tax records",
		Categories: []*policy.Category{orders, payment, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Código de Comercio, art. 30", Region: es}, {Act: "Ley 58/2003, de 17 de diciembre, General Tributaria, arts. 29 and 66", Region: es}},
		Recipients:  []*policy.Recipient{authorities},
		Required:    "the law requires us to keep invoices and records of sales, and you cannot have them deleted before their period ends"}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{account, orders, payment, service, homeServices}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "being able to answer a claim for as long as one may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "El Corte Inglés, S.A.", Address: hq, Website: "https://www.elcorteingles.example"},
			Registration: "NIF A-28017895, entered in the Registro Mercantil de Madrid", Country: es},
		DPO:     &policy.Contact{Name: "Delegado de Protección de Datos (data protection officer), El Corte Inglés", Email: "dpo@elcorteingles.example", Address: hq},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:       "https://www.elcorteingles.example/privacidad",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu6LOPDGDD, eu6LSSI},
		Scope:     []string{"elcorteingles.es, the El Corte Inglés app and our department stores in Spain"},
		OtherNotices: []policy.Notice{
			{Covers: "the El Corte Inglés card, which its issuer explains in its own notice", URL: "https://www.financiera.elcorteingles.example/privacidad"},
			{Covers: "the travel, insurance and other companies of the El Corte Inglés group, each in its own policy"},
			{Covers: "video surveillance in our stores, described on the signs at their entrances"},
		},
		Categories: []*policy.Category{account, orders, payment, homeServices, giftList, reviews, service, browsing, preferences, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "The banks and payment service providers keep it."},
		},
		Purposes: []*policy.Purpose{accountPurpose, sales, home, guarantee, card, lists, reviewing, care, offers, profile, groupOffers, newsletter, fraud,
			operation, analytics, ads, records, claims},
		Recipients: []*policy.Recipient{carriers, installers, psp, financiera, group, providers, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, orders, service, browsing, reviews},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, preferences},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "technical", Name: "technical cookies for your session, your basket and security", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{browsing}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: gdprRights("by writing to our data protection officer or to our address, with proof of your identity"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our data protection officer"},
		Redress:              []policy.Redress{eu9AEPD},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://www.elcorteingles.example/cookies"},
		Children:             policy.Children{MinimumAge: 14},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "dpo@elcorteingles.example"},
	}
	return realPolicy{"department store and online shop (El Corte Inglés)", p, []statement{
		{says: "El Corte Inglés, S.A. in Madrid is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionES && p.Controller.Name == "El Corte Inglés, S.A." && strings.HasPrefix(p.Controller.Registration, "NIF")
		}},
		{says: "our data protection officer can be reached by email and at our address", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process your data under the GDPR, the LOPDGDD and the LSSI", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu6LOPDGDD && p.LegalActs[1] == eu6LSSI
		}},
		{says: "this policy covers our website, app and stores; the card, the other companies of the group and video surveillance have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && len(p.OtherNotices) == 3
		}},
		{says: "to register you give your name, email address, a password and a phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "phone number") && p.Purpose("account").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "you can shop in our stores without registering", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "without registering")
		}},
		{says: "we sell and deliver what you buy, or hand it over in store, under the contract of sale", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.GDPR) && slices.Contains(p.Category("orders").Items, "deliveries, collections in store, returns and refunds")
		}},
		{says: "without a name, delivery address, phone number and means of payment we cannot accept an online order", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("orders").Required, "cannot accept")
		}},
		{says: "logistics companies and carriers deliver your orders on our behalf", typed: func(p *policy.Policy) bool {
			c := recipient(p, "carriers")
			return c.Role == policy.RoleProcessor && slices.Contains(p.Purpose("orders").Recipients, c)
		}},
		{says: "banks and payment service providers take your payment as controllers in their own right, and we do not keep your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "if you identify yourself in store, we record your purchase there as well", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("orders").Items, "the products and services you buy online, and in store when you identify yourself, with price, date and store")
		}},
		{says: "our technicians and the installation companies that work for us come to your home to install, assemble or repair what you bought", typed: func(p *policy.Policy) bool {
			return recipient(p, "installers").Role == policy.RoleProcessor && p.Purpose("home-services").Required != ""
		}},
		{says: "we honour the legal guarantee of what you buy, as consumer law requires", typed: func(p *policy.Policy) bool {
			g := p.Purpose("guarantee")
			return g.RestsOn(policy.BasisLegalObligation, policy.GDPR) && g.Obligations[0] == eu9ESGuarantee && g.Required != ""
		}},
		{says: "if you pay with the El Corte Inglés card, its issuer, Financiera El Corte Inglés, receives the purchase and processes it as its own controller", typed: func(p *policy.Policy) bool {
			f := recipient(p, "financiera")
			return f.Role == policy.RoleThirdParty && f.NoticeURL != "" && slices.Contains(p.Purpose("card").Recipients, f)
		}},
		{says: "paying with the card is up to you", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("card").Required, "up to you") }},
		{says: "we run gift lists for weddings and other events, and the people who open a list see the names and messages of the guests who give a gift", typed: func(p *policy.Policy) bool {
			g := p.Category("gift-list")
			return slices.Contains(g.Sources, policy.SourceOtherUsers) && slices.Contains(g.VisibleTo, policy.AudienceChosenContacts) && p.Purpose("gift-list").RestsOn(policy.BasisContract, policy.GDPR)
		}},
		{says: "with your consent we publish your product reviews under the nickname you choose", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").RestsOnConsent()
		}},
		{says: "you may ask us to remove your review", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("reviews").Withdraw, "remove") }},
		{says: "customer service uses what you tell us to answer your questions, complaints and claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Uses(p.Category("service")) && p.Purpose("service").Required != ""
		}},
		{says: "we send our customers offers of products and services like those they bought without prior consent, as art. 21.2 LSSI allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && o.OptOutHow != "" && len(o.ConsentExemptBy) == 1 && o.ConsentExemptBy[0] == eu6LSSISoftOpt && !o.RestsOnConsent()
		}},
		{says: "only with your consent do we build a commercial profile from your purchases and browsing to personalise our offers", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("profile")
			return pr.Profiling && pr.RestsOnConsent() && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("orders"))
		}},
		{says: "we keep the profile until you withdraw your consent", typed: func(p *policy.Policy) bool {
			return p.Category("preferences").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "with a separate consent we pass your contact details to the other companies of our group, such as Viajes El Corte Inglés, for their own offers", typed: func(p *policy.Policy) bool {
			g := p.Purpose("group-offers")
			return g.RestsOnConsent() && recipient(p, "group").Role == policy.RoleThirdParty && slices.Contains(g.Recipients, recipient(p, "group"))
		}},
		{says: "people who are not customers receive our newsletter only if they ask for it, as art. 21.1 LSSI requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.RestsOnConsent() && n.ConsentRequiredBy[0] == eu9LSSIConsent && strings.Contains(n.Withdraw, "unsubscribe")
		}},
		{says: "we check online orders and payments for fraud, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && p.Purpose("fraud").Interest != ""
		}},
		{says: "analytics and advertising cookies are set only with your consent, as art. 22.2 LSSI requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentRequiredBy[0] == eu6LSSICookies
		}},
		{says: "technical cookies for your session, your basket and security are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "technical").StrictlyNecessary
		}},
		{says: "you may change your cookie choices at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "with your consent, advertising partners such as Google and Meta show and measure our ads", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && recipient(p, "advertising").Role == policy.RoleThirdParty && p.Category("tracking").Tracking
		}},
		{says: "service providers for hosting, IT, customer service, email and analytics process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are in the US, on standard contractual clauses, of which our DPO gives a copy, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to courts and authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we keep invoices and records of sales as the Commercial Code and the General Tax Act require", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while you have an account", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "what we must keep after your account is closed we block, as art. 32 LOPDGDD requires, until claims are time-barred, and then delete", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.KeptRestricted && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, object to and restrict its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRectification) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you exercise your rights by writing to our DPO or to our address, with proof of your identity", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.WithoutAccount != ""
		}},
		{says: "we answer within a month, extendable by two where a request is complex", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Spanish Data Protection Agency", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && p.Redress[0].Region == regionES && strings.Contains(p.Redress[0].Contact.Name, "AEPD")
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "children under 14 may not register", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 14 }},
		{says: "we tell you of material changes on our website or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "the policy first gives the basic information in a table (controller, purposes, legal basis, recipients, rights, source) and then the additional information", free: toIntroduction},
		{says: "your details must be true and up to date, and you answer for them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy)
		}},
		{says: "if you give us the details of someone who receives a delivery or a gift, you must have told them of it and of this policy", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyOthersInformed) && slices.Contains(p.Category("orders").Sources, policy.SourceOtherUsers)
		}},
	}}
}

// The Austrian acts the willhaben paraphrase cites, each as the law of
// Austria.
var (
	eu9DSG        = policy.Obligation{Act: "Datenschutzgesetz (DSG), BGBl. I Nr. 165/1999", Region: eu9AT}
	eu9TKG        = policy.Obligation{Act: "Telekommunikationsgesetz 2021 (TKG 2021)", Region: eu9AT}
	eu9TKGCookies = policy.Obligation{Act: "Telekommunikationsgesetz 2021 (TKG 2021), § 165(3)", Region: eu9AT}
	eu9TKGMail    = policy.Obligation{Act: "Telekommunikationsgesetz 2021 (TKG 2021), § 174(3)", Region: eu9AT}
	eu9DPMG       = policy.Obligation{Act: "Digitale Plattformen-Meldepflichtgesetz (DPMG), BGBl. I Nr. 108/2022", Region: eu9AT}
	eu9ECG        = policy.Obligation{Act: "E-Commerce-Gesetz (ECG), § 18", Region: eu9AT}
	eu9ATBooksBAO = policy.Obligation{Act: "Bundesabgabenordnung (BAO), § 132", Region: eu9AT}
	eu9ATBooksUGB = policy.Obligation{Act: "Unternehmensgesetzbuch (UGB), § 212", Region: eu9AT}
	eu9DSB        = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: eu9AT,
		Contact: policy.Contact{Name: "Österreichische Datenschutzbehörde", Address: "Barichgasse 40-42, 1030 Vienna, Austria", Website: "https://www.dsb.gv.at"}}
	eu9ATBooks = "the Federal Fiscal Code (BAO, § 132) and the Commercial Code (UGB, § 212), which require books, records and invoices to be kept for seven years"
)

// realPolicyEu9Willhaben paraphrases, in our own words and as we recall
// it, the privacy policy of willhaben internet service GmbH & Co KG, as
// published in 2024-2025: the Vienna company that runs willhaben,
// Austria's largest classifieds site, where private people and
// businesses publish ads for goods, property, cars and jobs. Users write
// to each other through its messaging service, which it scans for scams;
// buyers may pay and have the item sent through PayLivery, in which a
// payment service provider takes the payment, checks the seller's
// identity and pays out, and the Austrian Post carries the parcel; job
// seekers apply to employers through the site; users save searches that
// alert them to new ads. It moderates ads and handles notices and
// appeals as the Digital Services Act requires, checks and shows the
// details of business sellers, reports sellers to the tax
// administration under the Austrian act implementing DAC7, and answers
// the requests for users' identities that the E-Commerce Act lets
// courts, authorities and people with an overriding legal interest make
// of a host. It personalises ads only with consent, as § 165(3) TKG 2021
// requires. It declares the GDPR, the Austrian Data Protection Act (DSG)
// and the TKG 2021 and names the Datenschutzbehörde.
func realPolicyEu9Willhaben() realPolicy {
	at := eu9AT

	account := &policy.Category{ID: "account", Name: "Account data",
		Items: []string{"email address and password", "your name, if you give it", "your phone number, if you verify it or show it in ads",
			"your postcode and town"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	ads := &policy.Category{ID: "ads", Name: "Ads",
		Items: []string{"title, description, photos and price", "the postcode and town of the item", "the name you show as seller, and your phone number if you choose to show it",
			"for property, cars and jobs, the details the section asks for"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("while the ad is online, and then as long as your account exists, so that you can publish it again")}
	messages := &policy.Category{ID: "messages", Name: "Messages between users",
		Items:       []string{"the messages you send and receive through willhaben", "the photos and files attached to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.ByCriteria("as long as your account exists, unless you delete the conversation sooner")}
	searches := &policy.Category{ID: "searches", Name: "Saved searches and favourites",
		Items:       []string{"the searches you save, with their alerts", "the ads you keep as favourites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	paylivery := &policy.Category{ID: "paylivery", Name: "PayLivery transactions",
		Items: []string{"the item, its price and the fees", "the names of buyer and seller", "the delivery address", "the parcel number and where the parcel is",
			"complaints about a transaction and how they ended"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "the Austrian Post, which tells us where the parcel is", Linked: true,
		Retention: policy.AsRequiredBy(eu9ATBooks)}
	payment := &policy.Category{ID: "payment", Name: "Payment and payout data",
		Items:       []string{"the means of payment and the last digits of the card", "the bank account (IBAN) to which your sales are paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service provider",
		Linked: true, Retention: policy.AsRequiredBy(eu9ATBooks)}
	identity := &policy.Category{ID: "identity", Name: "Identity check of sellers",
		Items:       []string{"your name, date of birth, nationality and address", "a copy of your identity document", "the result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the anti-money laundering law that binds our payment service provider (Directive (EU) 2015/849, Art. 40), which has it keep the data for five years after the business relationship ends")}
	tax := &policy.Category{ID: "tax", Name: "Seller tax data",
		Items: []string{"name, address and date of birth", "tax identification number", "for businesses, the company register and VAT numbers",
			"the number of sales and the amounts received in each quarter"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy("the Digital Platforms Reporting Obligation Act (DPMG)")}
	trader := &policy.Category{ID: "trader", Name: "Business sellers' details",
		Items: []string{"the company's name, legal form and address", "its company register and VAT numbers", "a contact email address and phone number",
			"the seller's confirmation that it offers only products that comply with EU law"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventContractEnd,
			Law: "the Digital Services Act, Art. 30(3)"}}
	applications := &policy.Category{ID: "applications", Name: "Job applications",
		Items:       []string{"your CV and cover letter", "your contact details", "the jobs you apply for and when"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as your account exists, so that you can follow your applications, unless you delete them sooner")}
	moderation := &policy.Category{ID: "moderation", Name: "Reports and moderation",
		Items:       []string{"notices of ads, messages or users", "signs that an ad or a message may be a scam", "our decisions, the reasons we give and appeals against them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser, policy.SourceDerived},
		DerivedFrom: []*policy.Category{ads, messages, account}, Linked: true,
		Retention: policy.ByCriteria("as long as we need to show how we handled a notice or an appeal, and to keep fraudsters off the site")}
	usage := &policy.Category{ID: "usage", Name: "Usage and device data",
		Items:       []string{"IP address and the time of each login and publication", "device, browser and app version", "the ads you view and your searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to run the site securely and to trace who published an ad, and no longer than the purpose needs")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data",
		Items:       []string{"cookie and advertising identifiers", "interest segments inferred from the ads you view", "the ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived}, DerivedFrom: []*policy.Category{usage}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Customer service",
		Items:       []string{"what you tell our customer service", "evidence you send about a transaction or a suspected scam"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to handle your request, and then until claims about it are time-barred")}

	psp := &policy.Recipient{ID: "psp", Name: "our payment service provider", Role: policy.RoleThirdParty, Country: regionEU,
		Categories: []*policy.Category{account, paylivery, payment, identity},
		Purpose:    "to take the buyer's payment, hold it until the item arrives, pay the seller and check the seller's identity, as anti-money laundering law requires of it"}
	post := &policy.Recipient{ID: "post", Name: "Österreichische Post AG", Role: policy.RoleThirdParty, Country: at,
		Categories: []*policy.Category{paylivery}, Purpose: "to carry the parcel and tell buyer and seller where it is"}
	employers := &policy.Recipient{ID: "employers", Name: "the employer whose job ad you apply to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{applications}, Purpose: "to consider your application"}
	providers := &policy.Recipient{ID: "providers", Name: "providers of hosting, messaging, customer service, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, ads, messages, searches, moderation, usage, support}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertisers and advertising technology partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show ads on willhaben and elsewhere that match your interests, and to measure them"}
	taxOffice := &policy.Recipient{ID: "tax-office", Name: "the Austrian tax administration", Role: policy.RoleAuthority, Country: at,
		Categories: []*policy.Category{tax}, Purpose: "to receive the yearly report on sellers, which it shares with the tax administrations of other member states"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police and other public authorities", Role: policy.RoleAuthority, Country: at,
		Categories: []*policy.Category{account, ads, messages, usage, moderation, paylivery}, Conditional: true,
		Purpose: "where the law requires us to disclose, such as on a court order to identify who published illegal content"}
	claimants := &policy.Recipient{ID: "claimants", Name: "a person who wants to take legal action against a user who published illegal content", Role: policy.RoleThirdParty, Country: at,
		Categories: []*policy.Category{account}, Conditional: true,
		Purpose: "the person shows us an overriding legal interest in knowing who the user is, as the E-Commerce Act provides"}

	service := &policy.Purpose{ID: "account", Name: "Creating and managing your willhaben account",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "an account needs an email address and a password; without one you can browse ads but not publish or answer them"}
	publishing := &policy.Purpose{ID: "ads", Name: "Publishing your ads",
		Categories: []*policy.Category{ads, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "an ad needs a description, a price and the place of the item; without them we cannot publish it"}
	messaging := &policy.Purpose{ID: "messaging", Name: "Letting users write to each other about ads",
		Categories: []*policy.Category{messages, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	alerts := &policy.Purpose{ID: "alerts", Name: "Saving your searches and favourites and alerting you to new ads that match",
		Categories: []*policy.Category{searches, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "alerts need your email address or the app's notifications"}
	payLivery := &policy.Purpose{ID: "paylivery", Name: "Letting buyers pay through willhaben and have the item sent (PayLivery)",
		Categories: []*policy.Category{paylivery, payment, identity, account}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{psp, post},
		Required:   "PayLivery is optional; to use it you give your name, address and payment details, and to be paid a seller gives a bank account and has their identity checked"}
	jobs := &policy.Purpose{ID: "jobs", Name: "Sending your job applications to the employers you choose",
		Categories: []*policy.Category{applications, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers},
		Required: "an application needs what the employer asks for; we send it only to the employer you apply to"}
	safety := &policy.Purpose{ID: "safety", Name: "Detecting scams, fraud and spam in ads and messages",
		Categories: []*policy.Category{ads, messages, account, usage, moderation}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our users from scams, fake ads and phishing, and keeping willhaben a safe place to trade", HumanDecision: true,
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Automated: policy.AnswerNo,
			Contest: "by answering the message in which we tell you of the decision, or by writing to customer service", HumanReview: true}}
	dsa := &policy.Purpose{ID: "dsa", Name: "Handling notices of illegal content and appeals, as the Digital Services Act requires",
		Categories: []*policy.Category{moderation, ads, messages, account}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests},
		Interest:    "applying our rules on what may be offered, so that willhaben holds only lawful ads that follow them",
		Obligations: []policy.Obligation{eu7DSA}, Recipients: []*policy.Recipient{authorities},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundIllegalContent, policy.SuspensionGroundTermsBreach},
			Contest: "through the appeal form we link in our decision", ContestWithin: policy.Months(6), HumanReview: true, Reasons: true, OutOfCourt: true}}
	traders := &policy.Purpose{ID: "traders", Name: "Checking business sellers and showing their details to buyers, as the Digital Services Act requires",
		Categories: []*policy.Category{trader}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{eu7DSATrader},
		Required: "the law requires a business to give these details; without them it cannot publish ads"}
	reporting := &policy.Purpose{ID: "dac7", Name: "Reporting sellers to the tax administration",
		Categories: []*policy.Category{tax, paylivery}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu9DPMG}, Recipients: []*policy.Recipient{taxOffice},
		Required: "a seller who makes 30 sales or receives 2,000 euros in a year through PayLivery must give us these details, which the law requires; without them we must hold back payouts"}
	hosts := &policy.Purpose{ID: "host-requests", Name: "Answering the requests for a user's identity that the E-Commerce Act allows",
		Categories: []*policy.Category{account, ads, usage}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu9ECG}, Recipients: []*policy.Recipient{authorities, claimants}}
	feed := &policy.Purpose{ID: "personalisation", Name: "Suggesting ads like those you looked at",
		Categories: []*policy.Category{usage, searches}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping you find what you are looking for sooner", Profiling: true, OptOut: true}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending you our newsletter with news and offers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{eu9TKGMail}, Withdraw: "with the unsubscribe link in every newsletter or in your account settings",
		Recipients: []*policy.Recipient{providers}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you personalised advertising on willhaben and elsewhere, and measuring it",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9TKGCookies}, Profiling: true,
		Withdraw: "in the privacy settings linked at the foot of every page and in the app", Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how willhaben is used, to improve it",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		ConsentRequiredBy: []policy.Obligation{eu9TKGCookies}, Withdraw: "in the privacy settings linked at the foot of every page and in the app",
		Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and helping with problems between users",
		Categories: []*policy.Category{support, account, paylivery, messages}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "helping users and people without an account who write to us", Recipients: []*policy.Recipient{providers},
		Required: "we cannot look into a problem without its details"}
	operation := &policy.Purpose{ID: "operation", Name: "Running willhaben and keeping it secure",
		Categories: []*policy.Category{usage}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing you the pages you ask for and defending our systems against attacks", Recipients: []*policy.Recipient{providers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our books and tax records",
		Categories: []*policy.Category{paylivery, payment}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{eu9ATBooksBAO, eu9ATBooksUGB},
		Required:    "the law requires us to keep these records, and you cannot have them deleted before their period ends"}
	claims := &policy.Purpose{ID: "claims", Name: "Establishing, exercising and defending legal claims",
		Categories: []*policy.Category{account, ads, messages, paylivery, moderation, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "being able to answer a claim for as long as one may be brought", Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "willhaben internet service GmbH & Co KG", Address: "Vienna, Austria", Website: "https://www.willhaben.example"},
			Country: at},
		DPO:     &policy.Contact{Name: "Data protection officer, willhaben", Email: "datenschutz@willhaben.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		URL:       "https://www.willhaben.example/datenschutz",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{eu9DSG, eu9TKG},
		Scope:     []string{"willhaben.at and the willhaben apps, with the marketplace and the property, motor and jobs sections"},
		Categories: []*policy.Category{account, ads, messages, searches, paylivery, payment, identity, tax, trader, applications, moderation, usage, tracking,
			support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service provider handles them."},
		},
		Purposes: []*policy.Purpose{service, publishing, messaging, alerts, payLivery, jobs, safety, dsa, traders, reporting, hosts, feed, newsletter,
			advertising, analytics, helping, operation, records, claims},
		Recipients: []*policy.Recipient{psp, post, employers, providers, adPartners, taxOffice, authorities, claimants},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, ads, messages, searches, moderation, usage, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Categories: []*policy.Category{account, ads, messages, searches, applications},
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies needed for login, security and your privacy settings", Party: policy.PartyFirst, Purpose: operation,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies and SDKs", Party: policy.PartyThird, Provider: providers, Purpose: analytics,
				Categories: []*policy.Category{usage}, Lifetime: policy.Expires(policy.Years(2)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies of willhaben and its partners", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:               gdprRights("in your account settings or by writing to our data protection officer"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress:              []policy.Redress{eu9DSB},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureContactMasking, Description: "Users write to each other through our messaging service, which does not show their email addresses."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.willhaben.example/privacy-settings"},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "datenschutz@willhaben.example"},
	}
	return realPolicy{"classifieds site (willhaben)", p, []statement{
		{says: "willhaben internet service GmbH & Co KG in Vienna is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == eu9AT && strings.HasPrefix(p.Controller.Name, "willhaben")
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process your data under the GDPR, the Austrian Data Protection Act and the Telecommunications Act 2021", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == eu9DSG && p.LegalActs[1] == eu9TKG
		}},
		{says: "this policy covers willhaben.at and our apps, with all their sections", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "an account needs an email address and a password; without one you can browse ads but not publish or answer them", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.GDPR) && strings.Contains(p.Purpose("account").Required, "browse ads")
		}},
		{says: "willhaben is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "your ads are public, with the place of the item and, if you choose, your phone number", typed: func(p *policy.Policy) bool {
			return p.Category("ads").Visibility == policy.VisibilityAlways && slices.Contains(p.Category("ads").Items, "the name you show as seller, and your phone number if you choose to show it")
		}},
		{says: "the user you write to sees your messages, and we do not show your email address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceCounterparts) && hasMeasure(p, policy.MeasureContactMasking)
		}},
		{says: "you can save searches and favourites and be alerted to new ads that match", typed: func(p *policy.Policy) bool {
			return p.Purpose("alerts").Uses(p.Category("searches")) && p.Purpose("alerts").HasBasis(policy.BasisContract)
		}},
		{says: "PayLivery is optional; our payment service provider takes the buyer's payment and pays the seller", typed: func(p *policy.Policy) bool {
			pl := p.Purpose("paylivery")
			return strings.HasPrefix(pl.Required, "PayLivery is optional") && slices.Contains(pl.Recipients, recipient(p, "psp")) && recipient(p, "psp").Role == policy.RoleThirdParty
		}},
		{says: "to be paid, a seller must have their identity checked by the payment service provider, as anti-money laundering law requires of it", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "psp").Categories, p.Category("identity")) && strings.Contains(p.Category("identity").Retention.Law, "anti-money laundering")
		}},
		{says: "we never hold full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "the Austrian Post carries PayLivery parcels and tells us where they are", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("paylivery").Recipients, recipient(p, "post")) && slices.Contains(p.Category("paylivery").Sources, policy.SourceThirdParty)
		}},
		{says: "when you apply for a job through willhaben, we send your application only to that employer, which decides on it as its own controller", typed: func(p *policy.Policy) bool {
			e := recipient(p, "employers")
			return e.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("jobs").Recipients, e) && strings.Contains(p.Purpose("jobs").Required, "only to the employer")
		}},
		{says: "we check ads and messages for scams, fraud and phishing, in our legitimate interest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.Uses(p.Category("messages")) && s.RestsOn(policy.BasisLegitimateInterests, policy.GDPR) && slices.Contains(p.Category("moderation").Sources, policy.SourceDerived)
		}},
		{says: "our systems flag suspicious ads and messages, but a person decides to remove an ad or block an account, and you may object", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.HumanDecision && s.Suspension.Automated == policy.AnswerNo && s.Suspension.Contest != "" && s.Suspension.HumanReview
		}},
		{says: "anyone may notify us of illegal content, as the Digital Services Act provides", typed: func(p *policy.Policy) bool {
			return p.Purpose("dsa").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Category("moderation").Sources, policy.SourceOtherUsers)
		}},
		{says: "we tell you the reasons for a moderation decision, and you may appeal within six months and then go to an out-of-court dispute settlement body", typed: func(p *policy.Policy) bool {
			s := p.Purpose("dsa").Suspension
			return s.Reasons && s.ContestWithin == policy.Months(6) && s.OutOfCourt && s.HumanReview
		}},
		{says: "business sellers must give their company details, which we check and show to buyers, and which we keep for six months after the contract ends", typed: func(p *policy.Policy) bool {
			t := p.Category("trader")
			return p.Purpose("traders").Required != "" && t.Visibility == policy.VisibilityAlways && t.Retention.Period == policy.Months(6)
		}},
		{says: "sellers who reach 30 sales or 2,000 euros a year must give us their tax details, which we report to the tax administration under the DPMG", typed: func(p *policy.Policy) bool {
			r := p.Purpose("dac7")
			return r.Required != "" && slices.Contains(r.Obligations, eu9DPMG) && slices.Contains(r.Recipients, recipient(p, "tax-office")) && !recipient(p, "tax-office").Conditional
		}},
		{says: "as a host we must give courts and authorities the details identifying a user, and give them to a person who shows an overriding legal interest, as § 18 ECG provides", typed: func(p *policy.Policy) bool {
			h := p.Purpose("host-requests")
			return h.RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(h.Recipients, recipient(p, "claimants")) && recipient(p, "claimants").Conditional
		}},
		{says: "we suggest ads like those you looked at, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			f := p.Purpose("personalisation")
			return f.Profiling && f.OptOut && f.Interest != ""
		}},
		{says: "we send our newsletter only with your consent, as § 174 TKG 2021 requires, and you may unsubscribe at any time", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletter")
			return n.RestsOnConsent() && n.ConsentRequiredBy[0] == eu9TKGMail && strings.Contains(n.Withdraw, "unsubscribe")
		}},
		{says: "personalised advertising and analytics cookies are set only with your consent, as § 165(3) TKG 2021 requires", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Consent == policy.CookieConsentOptIn &&
				p.Purpose("advertising").ConsentRequiredBy[0] == eu9TKGCookies
		}},
		{says: "cookies needed for login, security and your privacy settings are set without consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "you may change your choices in the privacy settings at any time", typed: func(p *policy.Policy) bool {
			return p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "advertising partners use identifiers and interest segments to show and measure ads", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertising").Categories[0] == p.Category("tracking") && slices.Contains(p.Category("tracking").Sources, policy.SourceDerived)
		}},
		{says: "customer service uses what you tell us to answer you and to help with problems between users", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && p.Purpose("support").Required != ""
		}},
		{says: "we keep books and tax records for seven years, as the BAO and the UGB require", typed: func(p *policy.Policy) bool {
			r := p.Purpose("records")
			return r.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(r.Obligations) == 2 && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "when you close your account we delete your data, except what we must keep by law, to fight fraud or for disputes", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "service providers for hosting, messaging, customer service, email and analytics process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are in the US, on standard contractual clauses, of which our DPO gives a copy, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to courts, the police and other authorities where the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "if willhaben is sold or merged, the buyer may receive your data", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we take no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "you may access, rectify and erase your data, restrict and object to its processing, have it ported and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we answer within a month, extendable by two", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the Austrian Data Protection Authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "Datenschutzbehörde")
		}},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "beware of messages and links that pretend to come from willhaben and ask for your login or payment details, and report them to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we tell you of material changes by email or on the site", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2
		}},
		// Free text.
		{says: "search engines may list your public ads, so that people find them from outside willhaben", free: toCategory("ads")},
	}}
}
