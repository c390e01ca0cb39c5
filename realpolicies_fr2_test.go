package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The French acts the three paraphrases below cite beside those of
// realpolicies_fr_test.go, each as the law of France or of the Union.
var (
	fr2CPCE = func(s string) policy.Obligation {
		return policy.Obligation{Act: "Code des postes et des communications électroniques, " + s, Region: regionFR}
	}
	fr2RailPassenger = policy.Obligation{Act: "Regulation (EU) 2021/782 on rail passengers' rights and obligations", Region: regionEU}
	fr2Customs       = policy.Obligation{Act: "Regulation (EU) No 952/2013 laying down the Union Customs Code, art. 127 and 263", Region: regionEU}
	fr2India         = language.MustParseRegion("IN")
	fr2Morocco       = language.MustParseRegion("MA")
	fr2Tunisia       = language.MustParseRegion("TN")
	fr2Accounting    = "the Code de commerce (art. L. 123-22), which requires accounting records and their supporting documents to be kept for ten years"
)

// realPolicyFr2SNCFConnect paraphrases, in our own words and as we recall
// it, the personal data protection policy of SNCF Connect, as published in
// 2024-2025: the website and app on which SNCF Voyageurs sells train
// tickets (TGV INOUI, OUIGO, Intercités, TER on behalf of the regions, and
// partner operators such as Eurostar and TGV Lyria), rail discount cards,
// and urban transport and door-to-door itineraries, with real-time
// traffic alerts, after-sales (exchanges, refunds, compensation for
// delays), and the booking of assistance for disabled passengers and
// passengers with reduced mobility (Accès Plus). SNCF Connect & Tech
// builds and runs the service for SNCF Voyageurs. It declares the GDPR
// and the Loi Informatique et Libertés, names the CNIL and recognises
// post-mortem directives (art. 85 of that Act).
func realPolicyFr2SNCFConnect() realPolicy {
	fr := regionFR

	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"title, first name and last name", "email address", "password", "date of birth", "mobile phone number", "postal address, where you give it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	passengers := &policy.Category{ID: "passengers", Name: "Passenger details", Items: []string{"first name, last name and date of birth of each passenger", "discount and loyalty cards, with their numbers", "the passengers you save in your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	bookings := &policy.Category{ID: "bookings", Name: "Bookings and tickets", Items: []string{"journeys searched and booked, with dates, trains, class and seats", "ticket numbers and e-tickets", "prices paid, exchanges and refunds", "discount cards and passes bought"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(fr2Accounting)}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"card number, expiry date and holder's name", "the cards you choose to save for later purchases", "transaction references"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(13), From: policy.EventCollection,
			Criteria: "as long as the payment takes and then 13 months, or 15 for deferred debit cards, so that a disputed payment can be proved; a card you save, until you remove it or it expires"}}
	assistance := &policy.Category{ID: "assistance", Name: "Accès Plus assistance data", Items: []string{"the kind of assistance you need, such as a wheelchair or help to board", "your disability or reduced mobility, as far as the assistance needs it", "the person travelling with you"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Months(3), policy.EventPurposeAchieved)}
	claims := &policy.Category{ID: "claims", Name: "After-sales and compensation", Items: []string{"requests for exchange, refund or compensation for a delay", "the bank details (IBAN) to which compensation is paid", "supporting documents you send"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(fr2Accounting)}
	location := &policy.Category{ID: "location", Name: "Location of your phone", Items: []string{"your phone's location, when you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	support := &policy.Category{ID: "support", Name: "Exchanges with customer relations", Items: []string{"your messages, chats and calls with customer relations", "complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	fraudData := &policy.Category{ID: "fraud", Name: "Payment risk data", Items: []string{"the risk score of a payment", "the device and IP address from which it is made", "payments refused or disputed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "our fraud prevention provider",
		DerivedFrom: []*policy.Category{payment, bookings}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to assess the payment, and longer where a payment proves fraudulent, until any proceedings end")}
	technical := &policy.Category{ID: "technical", Name: "Connection data", Items: []string{"IP address", "date and time of connection", "device, browser and app version", "pages and screens viewed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising and audience data", Items: []string{"cookie and advertising identifiers", "the ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	prospects := &policy.Category{ID: "prospects", Name: "Newsletter subscribers", Items: []string{"email address", "the newsletters you chose", "whether you open them and click their links"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}

	tech := &policy.Recipient{ID: "tech", Name: "SNCF Connect & Tech", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{account, passengers, bookings, support, technical}, Purpose: "to build and run the website and app for us"}
	carriers := &policy.Recipient{ID: "carriers", Name: "the rail operators whose tickets we sell, such as Eurostar, TGV Lyria and the regions' TER services, and the operators of the urban transport you buy tickets for", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passengers, bookings}, Purpose: "to issue your tickets, carry you and check your tickets on board", OwnPolicy: true}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers and our fraud prevention provider", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{payment, fraudData, bookings}, Purpose: "to take payments, check their risk and refund"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer relations, email and text messages, and surveys", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, bookings, support, claims, prospects}}
	stations := &policy.Recipient{ID: "stations", Name: "the Accès Plus teams of SNCF Gares & Connexions and of the carrier", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{assistance, passengers, bookings}, Purpose: "to meet you at the station and help you board and alight"}
	partners := &policy.Recipient{ID: "partners", Name: "the partners whose services you book with us, such as the insurer of travel insurance, hotels and car rental", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, passengers, bookings}, Conditional: true, Purpose: "if you book their service, to provide it"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and audience measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other sites and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, gendarmerie, courts and other authorities", Role: policy.RoleAuthority, Country: fr, Conditional: true,
		Categories: []*policy.Category{account, passengers, bookings, payment, technical}, Purpose: "where the law requires us to disclose, such as on a judicial requisition"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Managing your SNCF Connect account and the passengers you save in it",
		Categories: []*policy.Category{account, passengers}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{tech, providers},
		Required: "we need your name, email address and a password to open an account; you can also buy without one"}
	booking := &policy.Purpose{ID: "booking", Name: "Searching journeys, booking and issuing train, coach and urban transport tickets, discount cards and passes",
		Categories: []*policy.Category{account, passengers, bookings}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{tech, carriers},
		Required: "tickets are nominative: we need the name and date of birth of each passenger, and the ticket cannot be issued without them"}
	paying := &policy.Purpose{ID: "payment", Name: "Taking payment and refunding",
		Categories: []*policy.Category{payment, bookings}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "without a means of payment the booking cannot be made"}
	saveCard := &policy.Purpose{ID: "saved-cards", Name: "Saving your card for later purchases",
		Categories: []*policy.Category{payment}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by removing the card in your account", Recipients: []*policy.Recipient{psps}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing payment fraud",
		Categories: []*policy.Category{payment, fraudData, technical, bookings}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting our customers and ourselves from the fraudulent use of payment cards",
		Recipients: []*policy.Recipient{psps},
		Automated:  "our provider scores each payment for risk; a payment judged risky may be refused, or you may be asked to confirm it with your bank",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes, Contest: "by contacting customer relations", HumanReview: true}}
	afterSales := &policy.Purpose{ID: "after-sales", Name: "Exchanging and refunding tickets, and compensating you for delays and cancellations",
		Categories: []*policy.Category{claims, bookings, passengers}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{fr2RailPassenger}, Recipients: []*policy.Recipient{carriers, providers},
		Required: "we need your ticket and bank details to pay compensation"}
	alerts := &policy.Purpose{ID: "alerts", Name: "Telling you of delays, cancellations, platform changes and disruption on your journeys",
		Categories: []*policy.Category{account, bookings}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers}}
	accessPlus := &policy.Purpose{ID: "assistance", Name: "Booking Accès Plus assistance for disabled passengers and passengers with reduced mobility",
		Categories: []*policy.Category{assistance, passengers, bookings}, Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by cancelling the assistance request", Recipients: []*policy.Recipient{stations},
		Required: "without knowing what help you need, we cannot arrange it"}
	nearby := &policy.Purpose{ID: "location", Name: "Finding journeys from where you are and the stations and stops near you",
		Categories: []*policy.Category{location}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in your phone's settings"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions and complaints",
		Categories: []*policy.Category{support, account, bookings}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "improving the quality of our answers and training our advisers, for which calls may be recorded", Recipients: []*policy.Recipient{providers},
		Required: "we cannot answer you without the details of your question or complaint"}
	surveys := &policy.Purpose{ID: "surveys", Name: "Asking you about your satisfaction after a journey or a contact",
		Categories: []*policy.Category{account, bookings}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "improving our services from what travellers tell us", OptOut: true, Recipients: []*policy.Recipient{providers}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending customers offers and news on our own services like those they have bought",
		Categories: []*policy.Category{account, bookings}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about journeys and offers like those they have bought", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{frSoftOptIn}, Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}
	newsletters := &policy.Purpose{ID: "newsletters", DirectMarketing: true, Name: "Sending our newsletters to those who subscribe",
		Categories: []*policy.Category{prospects}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "with the unsubscribe link in each newsletter or in your account", Recipients: []*policy.Recipient{providers}}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Sending you our partners' offers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account or with the link in each message"}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other sites and measuring our campaigns",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring the audience of the website and app and improving them",
		Categories: []*policy.Category{tracking, technical}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adPartners}}
	security := &policy.Purpose{ID: "security", Name: "Keeping the website and app secure",
		Categories: []*policy.Category{technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our services and our customers' accounts from attacks", Recipients: []*policy.Recipient{tech}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting records and connection data, and answering the authorities, as the law requires",
		Categories: []*policy.Category{bookings, claims, technical, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frLCEN}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title: "SNCF Connect personal data protection policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "SNCF Voyageurs SA", Address: "9 rue Jean-Philippe Rameau, 93200 Saint-Denis, France"},
			Registration: "RCS Bobigny 519 037 584", Country: fr},
		DPO:     &policy.Contact{Name: "Data Protection Officer of SNCF Voyageurs", Email: "donnees-personnelles@sncf-connect.example", Address: "9 rue Jean-Philippe Rameau, 93200 Saint-Denis, France"},
		Version: "2025", Effective: policy.MakeDate(2025, time.March, 1), Updated: policy.MakeDate(2025, time.March, 1),
		URL:        "https://www.sncf-connect.example/aide/protection-des-donnees",
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{frDataProtectionAct},
		Scope:      []string{"the SNCF Connect website and apps", "SNCF Connect customer relations"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, passengers, bookings, payment, assistance, claims, location, support, fraudData, technical, tracking, prospects},
		NotCollected: []policy.Exclusion{
			{ID: "cvv", Name: "the security code on the back of your card", Category: payment, Note: "It is used for the payment and never stored."},
		},
		Purposes:   []*policy.Purpose{accountPurpose, booking, paying, saveCard, fraud, afterSales, alerts, accessPlus, nearby, helping, surveys, offers, newsletters, partnerOffers, ads, audience, security, legal},
		Recipients: []*policy.Recipient{tech, carriers, psps, providers, stations, partners, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{passengers, bookings}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, passengers}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), KeptRestricted: true},
			{From: policy.EventLastActivity, Categories: []*policy.Category{account, passengers}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(3)}},
				Note: "We tell you before we close an account that has not been used for three years."},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in, hold your basket and remember your cookie choices", Party: policy.PartyFirst, Purpose: booking,
				Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: audience, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your account, with the online form or by writing to our data protection officer"),
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Redress: []policy.Redress{frCNIL},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request.",
			WithoutAccount:     "with the online form or by writing to our data protection officer"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our payment service providers are certified to the PCI DSS standard."},
			{Kind: policy.MeasureStaffTraining}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.sncf-connect.example/cookies", RequestForm: "https://www.sncf-connect.example/aide/donnees-personnelles/formulaire"},
		Children:   policy.Children{MinimumAge: 15, ConsentAge: 15, Note: "Younger children travel on tickets that an adult books for them."},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "donnees-personnelles@sncf-connect.example"},
	}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer relations to have a person review the decision and hear your point of view"})
	return realPolicy{"train ticket retailer (SNCF Connect)", p, []statement{
		{says: "SNCF Voyageurs, registered in Bobigny, is the controller of the data processed through SNCF Connect", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Bobigny")
		}},
		{says: "SNCF Connect & Tech builds and runs the website and app on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "tech").Role == policy.RoleProcessor && recipient(p, "tech").Country == regionFR
		}},
		{says: "we have appointed a data protection officer, whom you can reach by email or post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process data under the GDPR and the Loi Informatique et Libertés", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "to open an account we ask for your title, name, email address and a password, and you may add your date of birth, phone number and address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "password") && p.Purpose("account").Required != ""
		}},
		{says: "you can save the passengers you often travel with, with their discount cards, and must be entitled to give their details", typed: func(p *policy.Policy) bool {
			return othersGive(p, "passengers") && slices.Contains(p.Category("passengers").Items, "discount and loyalty cards, with their numbers")
		}},
		{says: "tickets are nominative, so we need the name and date of birth of each passenger to issue them", typed: func(p *policy.Policy) bool {
			b := p.Purpose("booking")
			return b.Uses(p.Category("passengers")) && strings.Contains(b.Required, "nominative")
		}},
		{says: "the rail operators whose tickets we sell, including partners such as Eurostar and TGV Lyria, receive the passengers' details to carry them and check tickets on board", typed: func(p *policy.Policy) bool {
			r := recipient(p, "carriers")
			return r.Role == policy.RoleThirdParty && strings.Contains(r.Purpose, "check your tickets") && slices.Contains(p.Purpose("booking").Recipients, r)
		}},
		{says: "for journeys abroad, we send the details the foreign operator needs to carry you", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "we keep bookings and invoices for ten years, as the Code de commerce requires", typed: func(p *policy.Policy) bool {
			r := p.Category("bookings").Retention
			return r.Kind == policy.RetentionRequiredByLaw && strings.Contains(r.Law, "ten years")
		}},
		{says: "payments are taken by payment service providers, and we never store the card's security code", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("payment").Recipients, recipient(p, "psps")) && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "card data is kept for 13 months after the payment, or 15 for deferred debit cards, to prove a disputed payment", typed: func(p *policy.Policy) bool {
			r := p.Category("payment").Retention
			return r.Period == policy.Months(13) && strings.Contains(r.Criteria, "15 for deferred debit")
		}},
		{says: "we save your card for later purchases only if you ask, and you can remove it in your account", typed: func(p *policy.Policy) bool {
			s := p.Purpose("saved-cards")
			return s.ConsentMethod == policy.ConsentMethodCheckbox && s.Withdraw != ""
		}},
		{says: "each payment is scored for fraud risk, and a risky payment may be refused or need confirmation with your bank", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Automated != "" && f.Suspension.Automated == policy.AnswerYes && slices.Contains(f.Suspension.Targets, policy.SuspensionTargetPayment)
		}},
		{says: "you may ask a person to review a refused payment and give your point of view", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision) && p.Purpose("fraud").Suspension.HumanReview && p.Purpose("fraud").Suspension.Contest != ""
		}},
		{says: "we prevent payment fraud in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we handle exchanges and refunds, and compensate delays and cancellations as the European rail passengers' rights regulation requires", typed: func(p *policy.Policy) bool {
			a := p.Purpose("after-sales")
			return a.RestsOn(policy.BasisLegalObligation, policy.GDPR) && a.Obligations[0] == fr2RailPassenger
		}},
		{says: "to pay compensation we ask for your bank details (IBAN)", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("claims").Items, "the bank details (IBAN) to which compensation is paid") && p.Purpose("after-sales").Required != ""
		}},
		{says: "we tell you by notification, email or text message of delays, cancellations and disruption on your journeys", typed: func(p *policy.Policy) bool {
			return p.Purpose("alerts").HasBasis(policy.BasisContract) && p.Purpose("alerts").Uses(p.Category("bookings"))
		}},
		{says: "to book Accès Plus assistance we ask what help you need, which may reveal your disability, and only with your explicit consent", typed: func(p *policy.Policy) bool {
			a := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && a.HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "the Accès Plus teams of the stations and of the carrier receive what they need to help you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("assistance").Recipients, recipient(p, "stations"))
		}},
		{says: "assistance data is deleted three months after the journey", typed: func(p *policy.Policy) bool {
			r := p.Category("assistance").Retention
			return r.Period == policy.Months(3) && r.From == policy.EventPurposeAchieved
		}},
		{says: "with your permission the app uses your location to find journeys and stations near you", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Category("location").DevicePermission
		}},
		{says: "customer relations answers your questions and complaints, and calls may be recorded for quality and training, which you are told", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "we keep exchanges with customer relations for three years after the matter is closed", typed: func(p *policy.Policy) bool {
			return p.Category("support").Retention.Period == policy.Years(3)
		}},
		{says: "we may ask about your satisfaction after a journey, and you can refuse", typed: func(p *policy.Policy) bool {
			return p.Purpose("surveys").OptOut && p.Purpose("surveys").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we send customers offers on our own services like those they bought, without asking first, as the Code des postes et des communications électroniques allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && slices.Contains(o.ConsentExemptBy, frSoftOptIn) && !o.RestsOnConsent()
		}},
		{says: "we tailor our offers to the journeys you have made", typed: func(p *policy.Policy) bool { return p.Purpose("offers").Profiling }},
		{says: "we keep data for our offers for three years after your last purchase or contact", typed: func(p *policy.Policy) bool {
			r := p.Purpose("offers").Retention
			return r.Period == policy.Years(3) && r.From == policy.EventLastActivity
		}},
		{says: "our newsletters and our partners' offers are sent only to those who tick the box, and each message has an unsubscribe link", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletters").ConsentMethod == policy.ConsentMethodCheckbox && p.Purpose("partner-offers").RestsOnConsent() && p.Purpose("partner-offers").Withdraw != ""
		}},
		{says: "advertising and audience measurement cookies are set only with your consent, which you may change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "audience").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "cookies last at most 13 months", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Lifetime.Period == policy.Months(13) && cookie(p, "audience").Lifetime.Period == policy.Months(13)
		}},
		{says: "advertising partners in the United States receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[1].Destination == regionUS
		}},
		{says: "our service providers process data only on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "psps").Role == policy.RoleProcessor
		}},
		{says: "if you book a partner's service, such as travel insurance, the partner receives what it needs to provide it", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional
		}},
		{says: "we keep connection data for a year and answer judicial requisitions, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("technical").Retention.Period == policy.Years(1) &&
				hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "when you close your account we delete it, keeping in an archive with restricted access only what the law or a possible dispute requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.KeptRestricted && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "we close an account that has not been used for three years, after telling you", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventLastActivity && d.Stages[0].Within == policy.Years(3) && d.Note != ""
		}},
		{says: "you may access, rectify and erase your data, restrict its processing, port it, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may give us directives on what becomes of your data after your death (art. 85 of the Loi Informatique et Libertés)", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPostMortemInstructions)
		}},
		{says: "you may exercise your rights in your account, with the online form or by writing to the data protection officer", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.WithoutAccount != ""
		}},
		{says: "we answer within one month, or three for complex requests, and ask for proof of identity only if in doubt", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2) && p.Requests.VerificationDetail != ""
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we protect data with encryption and restricted access, and our payment providers are PCI DSS certified", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we will never ask for your bank details by email or text message; beware of fake SNCF sites and messages", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "you must be 15 to open an account; younger children travel on tickets an adult books", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 15 && p.Children.Note != ""
		}},
		{says: "sites of others that we link to and social networks have their own policies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "we tell you of material changes to this policy in the app and on the website", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "tickets for trains run by carriers other than SNCF Voyageurs are also subject to the carrier's own privacy policy, which governs what it does with your data once it carries you", typed: func(p *policy.Policy) bool {
			r := recipient(p, "carriers")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("booking").Recipients, r)
		}},
		// Free text.
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel list", free: toIntroduction},
	}}
}

// realPolicyFr2Orange paraphrases, in our own words and as we recall it,
// the personal data protection policy of Orange France for its
// consumer customers, as published in 2024-2025: Orange SA's fixed-line,
// broadband (Livebox), mobile and TV services in France, sold online, in
// shops and by phone. It processes customers' identity, contract and
// bank details and, under the secrecy of correspondence, their traffic
// and location data for connecting and billing communications; keeps
// traffic data for a year for the judicial authorities (CPCE art. L. 34-1
// and R. 10-13); records unpaid bills in the telecom operators' shared
// Préventel file; lists customers in directories as they choose; connects
// emergency calls; produces anonymised statistics of the presence of
// mobile phones (Flux Vision); advertises its own offers to customers as
// art. L. 34-5 CPCE allows and uses traffic data for marketing only with
// consent; transfers data within the group under its binding corporate
// rules; and names the CNIL. It recognises post-mortem directives (art.
// 85 of the Loi Informatique et Libertés).
func realPolicyFr2Orange() realPolicy {
	fr := regionFR
	secrecy := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{fr2CPCE("art. L. 32-3"), {Act: "Code pénal, art. 226-15", Region: fr}}}

	identity := &policy.Category{ID: "identity", Name: "Identity and contract data",
		Items: []string{"title, name and date of birth", "postal address and installation address", "email address and contact phone number", "the type and number of the identity document checked when you subscribe",
			"customer number, line numbers, offers and options", "the devices you bought or rent, such as the Livebox and TV decoder"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Criteria: "for the whole contract and then five years, the time within which a claim may be brought (Code civil, art. 2224)"}}
	banking := &policy.Category{ID: "banking", Name: "Billing and payment data", Items: []string{"bank account details (IBAN) for direct debit", "payment card, for payments online", "invoices and payments", "payment incidents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(fr2Accounting)}
	traffic := &policy.Category{ID: "traffic", Name: "Traffic and location data of your communications",
		Items: []string{"the numbers you call and that call you", "the date, time and length of calls and the text messages sent and received", "the volume of data used",
			"the IP address of your connection", "the mobile cell that carries each communication, and so roughly where your phone is", "the service used, such as roaming"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Secrecy: secrecy,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventCollection,
			Criteria: "one year, both for billing, which can be disputed for a year, and for the needs of the judicial authorities, and only as long as needed for the network's operation otherwise"}}
	network := &policy.Category{ID: "network", Name: "Equipment and line diagnostics", Items: []string{"the identifiers and settings of your Livebox and decoder", "the quality and faults of your line", "the devices connected to your Livebox"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(12), policy.EventCollection)}
	viewing := &policy.Category{ID: "viewing", Name: "TV viewing data", Items: []string{"the channels, programmes and videos you watch on Orange TV, and when", "videos you rent or buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(12), policy.EventCollection)}
	risk := &policy.Category{ID: "risk", Name: "Risk of non-payment", Items: []string{"the risk score we calculate when you subscribe", "whether you are recorded in the Préventel file"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourceThirdParty}, SourceDetail: "the Préventel file of the telecom operators",
		DerivedFrom: []*policy.Category{identity, banking}, Linked: true,
		Retention: policy.ByCriteria("a score as long as we need it to decide on your order; an entry in Préventel until the debt is paid, and at most three years")}
	support := &policy.Category{ID: "support", Name: "Exchanges with customer service and shops", Items: []string{"your calls, chats, emails and letters to customer service", "your visits to our shops", "complaints and fault reports", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as your matter needs and the contract lasts; call recordings, six months")}
	directory := &policy.Category{ID: "directory", Name: "Directory listing", Items: []string{"name", "address, in full or in part", "phone number", "profession, where you ask"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityOptional,
		Retention: policy.Until(policy.EventContractEnd)}
	online := &policy.Category{ID: "online", Name: "Use of our websites and apps", Items: []string{"IP address", "device and browser", "pages visited on orange.fr and in the Orange et moi app", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	prospects := &policy.Category{ID: "prospects", Name: "Prospects", Items: []string{"name", "email address and phone number", "the offers you asked about"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "partners who had your consent to pass your details to us", Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}

	group := &policy.Recipient{ID: "group", Name: "companies of the Orange group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, banking, traffic, support, network}, Purpose: "to run customer service, IT and the network for us"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for customer service, IT, installation and repair at your home, delivery of devices, printing of invoices and debt collection", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, banking, support, network}}
	shops := &policy.Recipient{ID: "shops", Name: "the partners who run approved Orange shops", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{identity, banking}, Purpose: "to sell you our offers and serve you in the shop"}
	preventel := &policy.Recipient{ID: "preventel", Name: "GIE Préventel, which keeps the telecom operators' shared file of unpaid bills", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{identity, risk}, Conditional: true, Purpose: "if you leave a bill unpaid or commit fraud; operators check the file before they conclude a contract"}
	carriers := &policy.Recipient{ID: "carriers", Name: "other operators in France and abroad", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{traffic, identity}, Purpose: "to connect your calls to their networks, serve you when you roam, bill one another and move your number when you change operator"}
	directories := &policy.Recipient{ID: "directories", Name: "publishers of directories and directory enquiry services", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{directory}, Conditional: true, Purpose: "if you ask to be listed, as you chose"}
	emergency := &policy.Recipient{ID: "emergency", Name: "the emergency services", Role: policy.RoleAuthority, Country: fr,
		Categories: []*policy.Category{identity, traffic}, Purpose: "to locate you and come to your help when you call an emergency number"}
	content := &policy.Recipient{ID: "content", Name: "the publishers of the TV, video and music services you subscribe to through us", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity}, Conditional: true, Purpose: "if you subscribe to their service through Orange, to open your access to it"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, judicial police and the authorities entitled by law, including those in charge of national security", Role: policy.RoleAuthority, Country: fr, Conditional: true,
		Categories: []*policy.Category{identity, traffic}, Purpose: "on requisition, or where a law requires us to, such as for the interception of communications"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show our ads on other sites and measure them"}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding your contract, providing and maintaining your fixed-line, Internet, mobile and TV services",
		Categories: []*policy.Category{identity, banking, traffic, network}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{group, providers, shops, carriers},
		Required:   "we need your identity, address and bank details to conclude the contract; without them we cannot provide the service"}
	idCheck := &policy.Purpose{ID: "identity-check", Name: "Checking your identity when you subscribe and keeping the data that identifies the holder of each line",
		Categories: []*policy.Category{identity}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{fr2CPCE("art. L. 34-1 and R. 10-13")},
		Required: "we cannot open a line without checking the holder's identity"}
	billing := &policy.Purpose{ID: "billing", Name: "Billing your communications and collecting payment",
		Categories: []*policy.Category{identity, banking, traffic}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, carriers}}
	quality := &policy.Purpose{ID: "network", Name: "Running, securing and improving our network, and diagnosing your line and equipment remotely",
		Categories: []*policy.Category{traffic, network}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "keeping the network secure and working well, and repairing faults quickly", Recipients: []*policy.Recipient{group}}
	risking := &policy.Purpose{ID: "risk", Name: "Assessing the risk of non-payment when you subscribe or buy a device in instalments",
		Categories: []*policy.Category{identity, banking, risk}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "protecting ourselves from unpaid bills, since we provide the service and devices before you pay",
		Recipients: []*policy.Recipient{preventel},
		Automated:  "we decide automatically, from a score and the Préventel file, whether to accept your order as it is, ask for a deposit or refuse payment in instalments"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, such as subscriptions in someone else's name, SIM swapping and unusual use of a line",
		Categories: []*policy.Category{identity, traffic, banking}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and ourselves from fraud and its costs", Recipients: []*policy.Recipient{preventel},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundNonPayment}, Contest: "by contacting customer service"}}
	collection := &policy.Purpose{ID: "collection", Name: "Recovering unpaid bills", Categories: []*policy.Category{identity, banking},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "recovering what we are owed", Recipients: []*policy.Recipient{providers, preventel}}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions, complaints and fault reports, in shops, by phone and online",
		Categories: []*policy.Category{support, identity}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, providers, shops},
		Required: "we cannot deal with your request without its details"}
	recording := &policy.Purpose{ID: "recording", Name: "Recording calls with customer service to train our advisers and improve the quality of service",
		Categories: []*policy.Category{support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "training our advisers and checking the quality of our service", OptOut: true}
	listing := &policy.Purpose{ID: "directory", Name: "Listing you in directories and directory enquiries as you choose",
		Categories: []*policy.Category{directory}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{fr2CPCE("art. L. 34 and R. 10")},
		Recipients: []*policy.Recipient{directories}, OptOut: true,
		Required: "appearing in directories is up to you; if you ask not to be listed, you are not"}
	emergencyCalls := &policy.Purpose{ID: "emergency", Name: "Connecting emergency calls and giving the emergency services the caller's location",
		Categories: []*policy.Category{identity, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{fr2CPCE("art. L. 33-1")},
		Recipients: []*policy.Recipient{emergency}}
	lawful := &policy.Purpose{ID: "lawful", Name: "Keeping traffic data for the judicial authorities and answering their requisitions",
		Categories: []*policy.Category{identity, traffic}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{fr2CPCE("art. L. 34-1 and R. 10-13"), {Act: "Code de procédure pénale, art. 60-1 and 100 ff., and Code de la sécurité intérieure, book VIII", Region: fr}},
		Recipients:  []*policy.Recipient{authorities}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounting records", Categories: []*policy.Category{banking},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{frCommercialCode}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Offering our customers Orange products and services like those they have, by email, text message, phone and post",
		Categories: []*policy.Category{identity}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products like those they already have", OptOut: true, ConsentExemptBy: []policy.Obligation{frSoftOptIn}}
	usageOffers := &policy.Purpose{ID: "usage-offers", DirectMarketing: true, Name: "Using your traffic and location data to offer you offers that suit how you use our services",
		Categories: []*policy.Category{traffic, identity}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Profiling: true,
		Withdraw: "in your customer area or by calling customer service", ConsentRequiredBy: []policy.Obligation{fr2CPCE("art. L. 34-1")}}
	tv := &policy.Purpose{ID: "tv", Name: "Recommending programmes from what you watch on Orange TV",
		Categories: []*policy.Category{viewing}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Profiling: true,
		Withdraw: "in the settings of your decoder or of the TV app"}
	prospecting := &policy.Purpose{ID: "prospects", DirectMarketing: true, Name: "Sending our offers to prospects who agreed to receive them",
		Categories: []*policy.Category{prospects}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "with the link in each email, by answering STOP to a text message, or by telling us"}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Passing your details to partners for their offers",
		Categories: []*policy.Category{identity}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your customer area"}
	statistics := &policy.Purpose{ID: "statistics", Name: "Producing anonymised statistics of how many mobile phones are present in places, for local authorities, transport operators and others (Flux Vision)",
		Categories: []*policy.Category{traffic}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "producing statistics of the movements of people, which no longer identify anyone, for local authorities, transport and tourism", OptOut: true,
		Retention: policy.Retention{Kind: policy.RetentionCriteria, Anonymise: true,
			Criteria: "the data is anonymised as soon as it is collected for these statistics, which are produced only from anonymised data"}}
	thirdSubs := &policy.Purpose{ID: "content", Name: "Giving you access to the TV, video and music services of our partners you subscribe to through us",
		Categories: []*policy.Category{identity}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{content}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the audience of our websites and apps", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings"}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised ads and measuring our campaigns", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	website := &policy.Purpose{ID: "website", Name: "Delivering our websites and apps and your customer area, and keeping them secure", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "delivering the pages you ask for and protecting your customer area"}

	p := &policy.Policy{
		Title: "Orange personal data protection policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Orange SA", Address: "111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux, France"},
			Registration: "RCS Nanterre 380 129 866", Country: fr},
		DPO:     &policy.Contact{Name: "Data Protection Officer of Orange France", Address: "Orange Service Clients, Gestion des données personnelles, 33734 Bordeaux Cedex 9, France", Website: "https://www.orange.example/donnees-personnelles/formulaire"},
		Version: "2025", Effective: policy.MakeDate(2025, time.February, 1), Updated: policy.MakeDate(2025, time.February, 1),
		URL:       "https://www.orange.example/donnees-personnelles",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{frDataProtectionAct, fr2CPCE("art. L. 32-3, L. 34-1 and L. 34-5")},
		Scope:     []string{"Orange's fixed-line, Internet, mobile and TV services for consumers in France, orange.fr and the Orange et moi app"},
		OtherNotices: []policy.Notice{{Covers: "Orange Bank and Sosh customers' particular services, which have their own notices"},
			{Covers: "the cookies of orange.fr", URL: "https://www.orange.example/cookies"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Categories:   []*policy.Category{identity, banking, traffic, network, viewing, risk, support, directory, online, prospects},
		NotCollected: []policy.Exclusion{{ID: "content", Name: "the content of your calls and text messages, which our network carries without our looking at it", Category: traffic}},
		Purposes: []*policy.Purpose{contract, idCheck, billing, quality, risking, fraud, collection, helping, recording, listing, emergencyCalls, lawful, records,
			offers, usageOffers, tv, prospecting, partnerOffers, statistics, thirdSubs, analytics, ads, website},
		Recipients: []*policy.Recipient{group, providers, shops, preventel, carriers, directories, emergency, content, authorities, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: fr2India, Recipient: group, Categories: []*policy.Category{identity, banking, support, network}, Safeguard: policy.SafeguardBindingCorporateRules,
				Note: "The group's binding corporate rules are published on orange.com."},
			{Origin: regionEU, Destination: fr2Morocco, Recipient: providers, Categories: []*policy.Category{identity, banking, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can obtain a copy of the clauses by writing to us."},
			{Origin: regionEU, Destination: fr2Tunisia, Recipient: providers, Categories: []*policy.Category{identity, banking, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can obtain a copy of the clauses by writing to us."},
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: carriers, Categories: []*policy.Category{traffic, identity}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventContractEnd, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims},
			KeptFor: policy.Years(10), KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in to your customer area and remember your choices", Party: policy.PartyFirst, Purpose: website,
				Categories: []*policy.Category{online}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies of our partners", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your customer area, with the online form or by post to customer service"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking customer service to have an adviser review the decision and hear your point of view"},
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "with the online form or by post"}),
		Redress: []policy.Redress{frCNIL},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "By post, we ask for a copy of an identity document; in your customer area, being signed in is enough.",
			WithoutAccount:     "by post to Orange Service Clients, Gestion des données personnelles, 33734 Bordeaux Cedex 9"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining, Description: "Everyone who works for us is bound by the secrecy of correspondence."},
			{Kind: policy.MeasureBreachNotification, Description: "Where a breach of your data is likely to harm you, we tell the CNIL and you."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.orange.example/cookies", RequestForm: "https://www.orange.example/donnees-personnelles/formulaire"},
		Children:   policy.Children{MinimumAge: 18, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls}, Note: "A minor may use a line whose contract a parent holds; we offer parental controls free of charge."},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Address: "Orange Service Clients, Gestion des données personnelles, 33734 Bordeaux Cedex 9, France", Website: "https://www.orange.example/donnees-personnelles/formulaire"},
	}
	return realPolicy{"telecoms operator (Orange France)", p, []statement{
		{says: "Orange SA, registered in Nanterre, is the controller of its consumer customers' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Nanterre")
		}},
		{says: "our data protection officer can be reached with the online form or by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Address != "" && p.DPO.Website != ""
		}},
		{says: "we process data under the GDPR, the Loi Informatique et Libertés and the Code des postes et des communications électroniques", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && len(p.LegalActs) == 2 && strings.Contains(p.LegalActs[1].Act, "Code des postes")
		}},
		{says: "this policy covers our fixed-line, Internet, mobile and TV services, orange.fr and the Orange et moi app", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "for a contract we record your identity, addresses, contact details, bank details, offers and equipment", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("identity").Items, "the devices you bought or rent, such as the Livebox and TV decoder") && p.Purpose("contract").Required != ""
		}},
		{says: "we check your identity document when you subscribe, as the law requires of operators", typed: func(p *policy.Policy) bool {
			i := p.Purpose("identity-check")
			return i.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(i.Obligations) == 1 && i.Required != ""
		}},
		{says: "we keep customer data for the contract and five years after it, the limitation period for claims", typed: func(p *policy.Policy) bool {
			r := p.Category("identity").Retention
			return r.Period == policy.Years(5) && r.From == policy.EventContractEnd && strings.Contains(r.Criteria, "2224")
		}},
		{says: "invoices are kept for ten years, as the Code de commerce requires", typed: func(p *policy.Policy) bool {
			return p.Category("banking").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("records").Obligations[0] == frCommercialCode
		}},
		{says: "to route and bill your communications we process traffic data: numbers, date, time and length, data volume, IP address and the mobile cell used", typed: func(p *policy.Policy) bool {
			return len(p.Category("traffic").Items) == 6 && p.Purpose("billing").Uses(p.Category("traffic"))
		}},
		{says: "your communications are covered by the secrecy of correspondence", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Secrecy.Kind == policy.SecrecyCommunications && len(p.Category("traffic").Secrecy.Laws) == 2
		}},
		{says: "we do not look at the content of your calls and messages", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("traffic")
		}},
		{says: "we keep traffic data for one year, for billing and for the needs of the judicial authorities, as the law requires", typed: func(p *policy.Policy) bool {
			l := p.Purpose("lawful")
			return p.Category("traffic").Retention.Period == policy.Years(1) && l.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(l.Obligations) == 2
		}},
		{says: "we answer requisitions of the courts and the police and enable the lawful interception of communications", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we connect emergency calls and give the emergency services the caller's location", typed: func(p *policy.Policy) bool {
			return p.Purpose("emergency").RestsOn(policy.BasisLegalObligation, policy.GDPR) && slices.Contains(p.Purpose("emergency").Recipients, recipient(p, "emergency"))
		}},
		{says: "other operators receive traffic data to connect your calls, when you roam abroad, and to move your number when you change operator", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "carriers").Purpose, "move your number") && p.Transfers[3].ChosenDestination == policy.ChosenDestinationTravel
		}},
		{says: "we monitor and secure the network and diagnose your line and Livebox remotely, in our legitimate interest", typed: func(p *policy.Policy) bool {
			n := p.Purpose("network")
			return n.Uses(p.Category("network")) && n.HasBasis(policy.BasisLegitimateInterests) && n.Interest != ""
		}},
		{says: "when you subscribe or buy a device in instalments, we score the risk of non-payment and may ask for a deposit or refuse instalments", typed: func(p *policy.Policy) bool {
			r := p.Purpose("risk")
			return r.Automated != "" && r.Uses(p.Category("risk")) && r.HasBasis(policy.BasisContract)
		}},
		{says: "you may ask for an adviser to review such a decision and give your point of view", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "customers who leave a bill unpaid or commit fraud may be recorded in Préventel, the operators' shared file, which we consult when you subscribe", typed: func(p *policy.Policy) bool {
			r := recipient(p, "preventel")
			return r.Conditional && r.Country == regionFR && slices.Contains(p.Category("risk").Sources, policy.SourceThirdParty)
		}},
		{says: "we may suspend a line for fraud or unpaid bills, and you can contest it with customer service", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "unpaid bills are passed to debt collectors", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("collection").Recipients, recipient(p, "providers")) && p.Purpose("collection").Interest != ""
		}},
		{says: "calls with customer service may be recorded for training and quality, you are told so, and you may object", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("recording").OptOut && strings.Contains(p.Category("support").Retention.Criteria, "six months")
		}},
		{says: "you choose whether and how you appear in directories, and may ask not to be listed", typed: func(p *policy.Policy) bool {
			return p.Category("directory").Visibility == policy.VisibilityOptional && p.Purpose("directory").OptOut && recipient(p, "directories").Conditional
		}},
		{says: "we offer customers our own products like those they have, without asking first, as art. L. 34-5 CPCE allows, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && slices.Contains(o.ConsentExemptBy, frSoftOptIn) && !o.RestsOnConsent()
		}},
		{says: "we use your traffic and location data to tailor offers only with your consent, which the CPCE requires", typed: func(p *policy.Policy) bool {
			u := p.Purpose("usage-offers")
			return u.RestsOnConsent() && len(u.ConsentRequiredBy) == 1 && u.Uses(p.Category("traffic"))
		}},
		{says: "with your consent we recommend programmes from what you watch on Orange TV", typed: func(p *policy.Policy) bool {
			return p.Purpose("tv").RestsOnConsent() && p.Purpose("tv").Profiling && p.Purpose("tv").Withdraw != ""
		}},
		{says: "prospects receive our offers only if they agreed, and we keep their data three years after the last contact", typed: func(p *policy.Policy) bool {
			return p.Purpose("prospects").ConsentMethod == policy.ConsentMethodCheckbox && p.Category("prospects").Retention.Period == policy.Years(3)
		}},
		{says: "we pass your details to partners for their offers only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("partner-offers").RestsOnConsent() && p.Purpose("partner-offers").ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "Flux Vision turns the network's data into anonymised statistics of people's presence and movements, which identify no one, and you may object", typed: func(p *policy.Policy) bool {
			s := p.Purpose("statistics")
			return s.Retention.Anonymise && s.OptOut && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "if you subscribe to a partner's TV, video or music service through us, the partner receives what it needs to give you access", typed: func(p *policy.Policy) bool {
			return recipient(p, "content").Conditional && p.Purpose("content").HasBasis(policy.BasisContract)
		}},
		{says: "companies of the Orange group and our providers run customer service, IT, installation and delivery for us, on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "approved Orange shops run by partners serve you on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "shops").Role == policy.RoleProcessor && recipient(p, "shops").Country == regionFR
		}},
		{says: "transfers within the Orange group outside the EU are covered by the group's binding corporate rules", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardBindingCorporateRules && p.Transfers[0].Recipient == recipient(p, "group")
		}},
		{says: "transfers to providers outside the EU are covered by standard contractual clauses, a copy of which you may ask for", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Note != ""
		}},
		{says: "audience measurement and advertising cookies are set only with your consent, for at most 13 months", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Lifetime.Period == policy.Months(13)
		}},
		{says: "after the contract ends, what we must keep is archived with restricted access until its period ends", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 1 && p.Deletion[0].KeptRestricted && p.Deletion[0].From == policy.EventContractEnd
		}},
		{says: "you may access, rectify, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may give us directives on what becomes of your data after your death (art. 85 of the Loi Informatique et Libertés)", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPostMortemInstructions)
		}},
		{says: "you may exercise your rights in your customer area, with the online form or by post with a copy of an identity document", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.WithoutAccount != "" && p.Links.RequestForm != ""
		}},
		{says: "we answer within one month, which may be extended by two months", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2)
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "everyone who works for us is bound by the secrecy of correspondence, and we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "if a breach of your data is likely to harm you, we tell the CNIL and you", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureBreachNotification) }},
		{says: "we never ask for your passwords or bank details by email or text message; report suspicious messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "contracts are for adults; a minor may use a line a parent holds, and we offer free parental controls", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "the sites of others we link to have their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "we may update this policy, and the version online applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "you may also object to your directory listing being used for marketing or to searches by number (the 'liste orange' and reverse-search opt-out)", free: toPurpose("directory")},
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel list", free: toIntroduction},
		{says: "you may report spam text messages and calls free of charge to 33700", free: toIntroduction},
	}}
}

// realPolicyFr2LaPoste paraphrases, in our own words and as we recall it,
// the personal data protection policy of La Poste for its individual
// customers, as published in 2024-2025: the postal operator La Poste SA,
// which carries and delivers letters, registered letters and Colissimo
// parcels, sells stamps and postage online, redirects and holds mail when
// customers move or go away, and runs laposte.fr and the La Poste app.
// It processes the data of senders and of the recipients whose details
// senders give, under the secrecy of correspondence (art. L. 3-2 CPCE);
// sends delivery notifications; checks identity when handing over
// registered items; passes parcels abroad to foreign postal operators and
// their contents declarations to customs; delivers to Pickup relay
// points; with consent, tells companies of a customer's new address; and
// names the CNIL. It recognises post-mortem directives (art. 85 of the
// Loi Informatique et Libertés). La Banque Postale, La Poste Mobile and
// some services have their own notices.
func realPolicyFr2LaPoste() realPolicy {
	fr := regionFR
	postal := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{fr2CPCE("art. L. 3-2"), {Act: "Code pénal, art. 226-15 and 432-9", Region: fr}}}

	account := &policy.Category{ID: "account", Name: "Customer account", Items: []string{"title, first name and last name", "email address", "password", "postal address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	sending := &policy.Category{ID: "sending", Name: "Sender and recipient details", Items: []string{"the sender's name and address", "the recipient's name and address",
		"the recipient's email address or mobile number, where the sender gives them for delivery notifications", "the weight, service and options of the item"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the sender, for the recipient's details",
		Linked: true, Secrecy: postal,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventPurposeAchieved,
			Criteria: "for one year after delivery, the time within which a claim about the carriage may be brought (Code de commerce, art. L. 133-6)"}}
	trackingEvents := &policy.Category{ID: "tracking", Name: "Tracking and proof of delivery", Items: []string{"the tracking number and each step of the item's journey", "the date, time and place of delivery, recorded by the postman's device",
		"the name and signature of the person who receives a registered item or parcel", "the type and number of the identity document shown at the counter or relay point"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, Secrecy: postal,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.Keep(policy.Years(1), policy.EventPurposeAchieved)}
	customs := &policy.Category{ID: "customs", Name: "Customs declarations", Items: []string{"the description, quantity and value of the contents", "the sender's and recipient's names and addresses", "the recipient's phone number and email address, where required"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Secrecy: postal,
		Retention: policy.AsRequiredBy("the Code des douanes (art. 65), which lets customs inspect the records of a consignment for three years")}
	moving := &policy.Category{ID: "moving", Name: "Mail redirection and holding", Items: []string{"your old and new addresses", "the people of your household whose mail is redirected", "the dates and length of the redirection or holding", "proof of identity and address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventContractEnd)}
	payment := &policy.Category{ID: "payment", Name: "Orders and payments", Items: []string{"stamps, postage and services bought", "the payment card, handled by our payment service provider", "invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(fr2Accounting)}
	claims := &policy.Category{ID: "claims", Name: "Claims and customer service", Items: []string{"your questions and claims about lost, late or damaged items", "the documents you send, such as proof of value", "compensation paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	technical := &policy.Category{ID: "technical", Name: "Connection data", Items: []string{"IP address", "date and time of connection", "device and browser"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	online := &policy.Category{ID: "online", Name: "Audience and advertising data", Items: []string{"cookie and advertising identifiers", "pages visited and ads clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer service, sending emails and text messages, and payment", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{account, sending, trackingEvents, payment, claims}}
	group := &policy.Recipient{ID: "group", Name: "subsidiaries of the La Poste group that carry or deliver for us, such as the Pickup relay network", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{sending, trackingEvents}, Purpose: "to carry items and hand them over at relay points"}
	relays := &policy.Recipient{ID: "relays", Name: "the shopkeepers who run Pickup relay points and La Poste relay points", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{sending, trackingEvents}, Purpose: "to hand over the items left with them, after checking the recipient's identity"}
	senders := &policy.Recipient{ID: "senders", Name: "the sender of the item", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{trackingEvents}, Purpose: "to follow the item and, for registered items, receive the proof of delivery"}
	foreignPosts := &policy.Recipient{ID: "foreign-posts", Name: "the postal operators and carriers of the country of destination", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{sending, customs}, Purpose: "to carry and deliver items sent abroad"}
	customsAuth := &policy.Recipient{ID: "customs", Name: "French customs and the customs of the country of destination", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customs}, Purpose: "to clear items leaving or entering the European Union"}
	addressees := &policy.Recipient{ID: "address-users", Name: "companies and organisations that use our address update service", Role: policy.RoleThirdParty, Country: fr, Conditional: true,
		Categories: []*policy.Category{moving}, Purpose: "to update the address at which they write to you, if you agree"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and audience measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show our ads on other sites and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police and other authorities", Role: policy.RoleAuthority, Country: fr, Conditional: true,
		Categories: []*policy.Category{account, sending, trackingEvents, technical}, Purpose: "on requisition or where a law requires us to disclose"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Managing your customer account on laposte.fr and in the app",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your name, email address and a password to open an account"}
	delivery := &policy.Purpose{ID: "delivery", Name: "Carrying and delivering letters, registered letters and Colissimo parcels",
		Categories: []*policy.Category{sending, trackingEvents}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "delivering to the recipient the item the sender entrusted to us",
		Recipients: []*policy.Recipient{group, relays, senders},
		Required:   "without the recipient's name and address we cannot deliver the item"}
	notify := &policy.Purpose{ID: "notifications", Name: "Telling recipients by email or text message that a parcel is coming, and letting them choose another day or place",
		Categories: []*policy.Category{sending, trackingEvents}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "delivering parcels at the first attempt, as the sender and recipient both want", Recipients: []*policy.Recipient{providers}}
	proof := &policy.Purpose{ID: "proof", Name: "Checking the identity of the person who collects a registered item or parcel, and keeping proof of delivery",
		Categories: []*policy.Category{trackingEvents}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{fr2CPCE("art. R. 2-1"), {Act: "Arrêté du 7 février 2007 pris en application de l'article R. 2-1 du code des postes et des communications électroniques", Region: fr}},
		Recipients:  []*policy.Recipient{senders, relays},
		Required:    "a registered item or a parcel held at the post office or a relay point is handed over only on proof of identity"}
	international := &policy.Purpose{ID: "international", Name: "Sending items abroad and clearing them through customs",
		Categories: []*policy.Category{sending, customs}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{fr2Customs, {Act: "Code des douanes", Region: fr}}, Recipients: []*policy.Recipient{foreignPosts, customsAuth},
		Required: "for items leaving the European Union we must give customs a declaration of the contents; without it the item cannot be sent"}
	moves := &policy.Purpose{ID: "moving", Name: "Redirecting your mail when you move and holding it while you are away",
		Categories: []*policy.Category{moving, payment}, Bases: []policy.Basis{policy.BasisContract},
		Required: "we check your identity and your old address before redirecting your mail, so that no one else can divert it"}
	addressUpdate := &policy.Purpose{ID: "address-update", Name: "Giving your new address to the companies and organisations you deal with",
		Categories: []*policy.Category{moving}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "by telling customer service or in your customer area", Recipients: []*policy.Recipient{addressees},
		Retention: policy.Keep(policy.Months(6), policy.EventCollection)}
	selling := &policy.Purpose{ID: "orders", Name: "Selling stamps, postage and services online and taking payment",
		Categories: []*policy.Category{payment, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "without a means of payment we cannot take your order"}
	claiming := &policy.Purpose{ID: "claims", Name: "Handling your questions and claims, and paying compensation for lost or damaged items",
		Categories: []*policy.Category{claims, sending, trackingEvents}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we cannot examine a claim without the tracking number and the details of the item"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud, such as the theft of parcels, fraudulent redirection of mail and counterfeit postage",
		Categories: []*policy.Category{sending, trackingEvents, moving, payment, technical}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers' items and mail, and ourselves, from fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Contest: "by contacting customer service"}}
	surveys := &policy.Purpose{ID: "surveys", Name: "Measuring the satisfaction of senders and recipients",
		Categories: []*policy.Category{account, sending}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "improving our service from what customers tell us", OptOut: true, Recipients: []*policy.Recipient{providers}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Sending our customers offers on La Poste products and services like those they use",
		Categories: []*policy.Category{account, payment}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about services like those they use", OptOut: true, ConsentExemptBy: []policy.Obligation{frSoftOptIn},
		Retention: policy.Keep(policy.Years(3), policy.EventLastActivity)}
	groupOffers := &policy.Purpose{ID: "group-offers", DirectMarketing: true, Name: "Sending offers of other companies of the La Poste group and of partners",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your customer area or with the link in each message"}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised ads and measuring our campaigns", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings", Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring the audience of laposte.fr and the app", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "knowing how our site is used so as to improve it, with statistics only", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting records and connection data, and answering the authorities, as the law requires",
		Categories: []*policy.Category{payment, technical, sending}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frLCEN}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title: "La Poste personal data protection policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "La Poste SA", Address: "9 rue du Colonel Pierre Avia, 75015 Paris, France"},
			Registration: "RCS Paris 356 000 000", Country: fr},
		DPO: &policy.Contact{Name: "Data Protection Officer of the La Poste group", Address: "CP C703, 9 rue du Colonel Pierre Avia, 75757 Paris Cedex 15, France",
			Website: "https://www.laposte.example/donnees-personnelles/formulaire"},
		Version: "2025", Effective: policy.MakeDate(2025, time.January, 15), Updated: policy.MakeDate(2025, time.January, 15),
		URL:       "https://www.laposte.example/donnees-personnelles",
		Laws:      []policy.Law{policy.GDPR},
		LegalActs: []policy.Obligation{frDataProtectionAct},
		Scope:     []string{"La Poste's mail and Colissimo parcel services for individuals", "laposte.fr and the La Poste app", "post offices"},
		OtherNotices: []policy.Notice{{Covers: "La Banque Postale, which has its own notice", URL: "https://www.labanquepostale.example/donnees-personnelles"},
			{Covers: "La Poste Mobile, the digital identity and home services such as Veiller sur mes parents, which have their own notices"}},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, sending, trackingEvents, customs, moving, payment, claims, technical, online},
		NotCollected: []policy.Exclusion{{ID: "contents", Name: "the contents of your letters, which no one at La Poste may open", Category: sending,
			Note: "Only customs may inspect the contents of an item, within the limits the law sets."}},
		Purposes:   []*policy.Purpose{accountPurpose, delivery, notify, proof, international, moves, addressUpdate, selling, claiming, fraud, surveys, offers, groupOffers, ads, audience, legal},
		Recipients: []*policy.Recipient{providers, group, relays, senders, foreignPosts, customsAuth, addressees, adPartners, authorities},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationShipment, Recipient: foreignPosts, Categories: []*policy.Category{sending, customs}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationShipment, Recipient: customsAuth, Categories: []*policy.Category{customs}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{online}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}, KeptFor: policy.Years(10), KeptRestricted: true},
			{From: policy.EventLastActivity, Categories: []*policy.Category{account}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(3)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in, hold your basket and remember your cookie choices", Party: policy.PartyFirst, Purpose: accountPurpose,
				Categories: []*policy.Category{technical}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: audience, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentExemptStatistics},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in your customer area, with the online form or by post to our data protection officer"),
			policy.Right{Kind: policy.RightPostMortemInstructions, How: "with the online form or by post to our data protection officer"}),
		Redress: []policy.Redress{frCNIL},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request.",
			WithoutAccount:     "with the online form or by post to our data protection officer"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureStaffTraining, Description: "Our staff are bound by the secrecy of correspondence, whose breach is a criminal offence."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://www.laposte.example/cookies", RequestForm: "https://www.laposte.example/donnees-personnelles/formulaire"},
		Children:   policy.Children{MinimumAge: 15, ConsentAge: 15},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Address: "Délégué à la protection des données, CP C703, 9 rue du Colonel Pierre Avia, 75757 Paris Cedex 15, France", Website: "https://www.laposte.example/donnees-personnelles/formulaire"},
	}
	return realPolicy{"postal operator (La Poste)", p, []statement{
		{says: "La Poste SA, registered in Paris, is the controller of the data of its individual customers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Paris")
		}},
		{says: "the group's data protection officer can be reached with the online form or by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Address != "" && p.DPO.Website != ""
		}},
		{says: "we process data under the GDPR and the Loi Informatique et Libertés", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0] == frDataProtectionAct
		}},
		{says: "this policy covers our mail and parcel services, laposte.fr, the app and post offices", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "La Banque Postale, La Poste Mobile and some services have their own notices", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && p.OtherNotices[0].URL != ""
		}},
		{says: "to send an item we process the sender's and the recipient's names and addresses", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").Uses(p.Category("sending")) && p.Purpose("delivery").Required != ""
		}},
		{says: "the recipient's details come from the sender", typed: func(p *policy.Policy) bool {
			c := p.Category("sending")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "sender")
		}},
		{says: "we deliver to recipients in our legitimate interest of carrying out what the sender entrusted to us", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("delivery").Interest != ""
		}},
		{says: "letters and parcels are covered by the secrecy of correspondence, which binds our staff under criminal penalties", typed: func(p *policy.Policy) bool {
			return p.Category("sending").Secrecy.Kind == policy.SecrecyCommunications && len(p.Category("sending").Secrecy.Laws) == 2 && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "we never open your letters", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("sending") && p.NotCollected[0].Note != ""
		}},
		{says: "we record each step of a tracked item, and the time and place of delivery", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("tracking").Items, "the date, time and place of delivery, recorded by the postman's device")
		}},
		{says: "the sender can follow the item and receives the proof of delivery of a registered item", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("tracking").VisibleTo, policy.AudienceCounterparts) && recipient(p, "senders").Role == policy.RoleThirdParty
		}},
		{says: "we tell recipients by email or text message when a parcel is coming and let them change the day or place of delivery", typed: func(p *policy.Policy) bool {
			return p.Purpose("notifications").Uses(p.Category("sending")) && p.Purpose("notifications").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "registered items and parcels held for collection are handed over only on proof of identity, whose type and number we record with the signature", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("proof")
			return pr.RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(pr.Obligations) == 2 && pr.Required != ""
		}},
		{says: "Pickup relay points keep parcels for you and check your identity when you collect them, on our behalf", typed: func(p *policy.Policy) bool {
			r := recipient(p, "relays")
			return r.Role == policy.RoleProcessor && strings.Contains(r.Purpose, "identity")
		}},
		{says: "we keep delivery data for one year, the time within which a claim about the carriage may be brought", typed: func(p *policy.Policy) bool {
			r := p.Category("sending").Retention
			return r.Period == policy.Years(1) && strings.Contains(r.Criteria, "L. 133-6")
		}},
		{says: "for items sent abroad the postal operator of the destination country receives what it needs to deliver them", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationShipment && p.Transfers[0].Recipient == recipient(p, "foreign-posts")
		}},
		{says: "for items leaving the EU we give customs a declaration of the contents, as the Union Customs Code requires", typed: func(p *policy.Policy) bool {
			i := p.Purpose("international")
			return i.RestsOn(policy.BasisLegalObligation, policy.GDPR) && i.Obligations[0] == fr2Customs && recipient(p, "customs").Role == policy.RoleAuthority
		}},
		{says: "we redirect your mail when you move, and hold it while you are away, after checking your identity and address", typed: func(p *policy.Policy) bool {
			m := p.Purpose("moving")
			return m.HasBasis(policy.BasisContract) && strings.Contains(m.Required, "identity")
		}},
		{says: "whoever asks us to redirect the mail of others in the household must be entitled to", typed: func(p *policy.Policy) bool { return othersGive(p, "moving") }},
		{says: "only if you tick the box do we give your new address to the companies and organisations that use our address update service", typed: func(p *policy.Policy) bool {
			a := p.Purpose("address-update")
			return a.ConsentMethod == policy.ConsentMethodCheckbox && recipient(p, "address-users").Conditional
		}},
		{says: "we sell stamps, postage and services online, and a payment service provider takes the payment", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").HasBasis(policy.BasisContract) && p.Purpose("orders").Required != ""
		}},
		{says: "we keep invoices for ten years", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we handle claims for lost, late or damaged items and pay compensation", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").Uses(p.Category("claims")) && p.Purpose("claims").Required != ""
		}},
		{says: "calls to customer service may be recorded, and you are told so", typed: func(p *policy.Policy) bool { return p.Category("claims").RecordingNotice }},
		{says: "we fight fraud, such as parcel theft and fraudulent redirection of mail, in our legitimate interest, and may block an order or account", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.Interest != "" && slices.Contains(f.Suspension.Targets, policy.SuspensionTargetOrder) && f.Suspension.Contest != ""
		}},
		{says: "we may ask about your satisfaction, and you can refuse", typed: func(p *policy.Policy) bool { return p.Purpose("surveys").OptOut }},
		{says: "we send customers offers on our own services like those they use without asking first, and they may refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && slices.Contains(o.ConsentExemptBy, frSoftOptIn)
		}},
		{says: "we keep data for our offers three years after your last contact", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Retention.Period == policy.Years(3)
		}},
		{says: "offers of other group companies and partners are sent only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("group-offers").RestsOnConsent() && p.Purpose("group-offers").Withdraw != ""
		}},
		{says: "audience measurement cookies that only produce statistics are set without consent, as the CNIL allows, and you may object", typed: func(p *policy.Policy) bool {
			return cookie(p, "audience").Consent == policy.CookieConsentExemptStatistics && p.Purpose("audience").OptOut
		}},
		{says: "advertising cookies are set only with your consent, for at most 13 months", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "advertising").Lifetime.Period == policy.Months(13)
		}},
		{says: "advertising partners in the United States receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[2].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "service providers and subsidiaries of the group carry, host and serve for us, on our instructions and within the EU", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && recipient(p, "providers").Country == regionEU && recipient(p, "group").Role == policy.RoleProcessor
		}},
		{says: "we disclose data to the courts and authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we keep connection data for one year, as the LCEN requires", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Retention.Period == policy.Years(1) && slices.Contains(p.Purpose("legal").Obligations, frLCEN)
		}},
		{says: "when you close your account, what the law obliges us to keep is archived with restricted access", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].KeptRestricted && p.Deletion[0].From == policy.EventAccountClosure
		}},
		{says: "we delete accounts unused for three years", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventLastActivity && p.Deletion[1].Stages[0].Within == policy.Years(3)
		}},
		{says: "you may access, rectify, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may give us directives on what becomes of your data after your death (art. 85 of the Loi Informatique et Libertés)", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPostMortemInstructions)
		}},
		{says: "we answer within one month, extendable by two, and ask for proof of identity only if in doubt", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2) && p.Requests.VerificationDetail != ""
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we will never ask you by text message to pay customs duties or fees to release a parcel through a link; such messages are frauds", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "you must be 15 to open an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 15 }},
		{says: "the sites we link to and social networks have their own policies", typed: func(p *policy.Policy) bool { return len(p.External) == 2 }},
		{says: "we may update this policy, and the version online applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "as the provider of the universal postal service, La Poste carries out a public service mission set by law", free: toIntroduction},
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel list", free: toIntroduction},
	}}
}
