package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The French acts the three paraphrases below cite, each as the law of
// France.
var (
	frDataProtectionAct = policy.Obligation{Act: "Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés", Region: regionFR}
	frSoftOptIn         = policy.Obligation{Act: "Code des postes et des communications électroniques, art. L. 34-5", Region: regionFR}
	frCommercialCode    = policy.Obligation{Act: "Code de commerce, art. L. 123-22", Region: regionFR}
	frTaxProcedure      = policy.Obligation{Act: "Livre des procédures fiscales, art. L. 102 B", Region: regionFR}
	frLCEN              = policy.Obligation{Act: "Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique (LCEN), art. 6, and Décret n° 2021-1362 du 20 octobre 2021", Region: regionFR}
)

// frCNIL is the French supervisory authority, which all three name.
var frCNIL = policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: regionFR,
	Contact: policy.Contact{Name: "Commission nationale de l'informatique et des libertés (CNIL)", Address: "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France", Website: "https://www.cnil.fr"}}

// carpooling paraphrases, in our own words and as we recall it, the
// privacy policy of BlaBlaCar, as published in 2024-2025: the carpooling
// and coach platform of Comuto SA in Paris, on which drivers publish rides
// and passengers book seats and pay their share of the costs online,
// members rate each other and write to each other through the platform,
// the platform checks members' phone numbers and, where it asks, their
// identity, BlaBlaCar Bus sells seats on coaches that partner carriers
// operate, trips booked online come with insurance and assistance from
// AXA, and BlaBlaCar Daily (commute carpooling in France) sends proof of
// each trip to the State's carpooling register so that members receive
// the incentives local authorities fund. It declares the GDPR and the Loi
// Informatique et Libertés, names the CNIL and recognises post-mortem
// directives (art. 85 of that Act).
func carpooling() realPolicy {
	fr := regionFR
	accounting := "the Code de commerce (art. L. 123-22), which requires accounting records to be kept for ten years"

	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"first name and last name", "gender", "date of birth", "email address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Facebook, Google or Apple account you choose to sign up with, if you do", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	phone := &policy.Category{ID: "phone", Name: "Phone number", Items: []string{"your mobile phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts}, Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Public profile", Items: []string{"first name and the initial of your last name", "profile photo", "age", "short biography",
		"travel preferences, such as how chatty you are, music, smoking and pets", "what we have verified, such as your phone number or identity", "number of rides and membership date"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Visibility: policy.VisibilityAlways, Retention: policy.WhileAccountActive(policy.Period{})}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings and reviews", Items: []string{"the ratings and reviews other members leave about you", "your replies to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceUser}, Linked: true,
		Visibility: policy.VisibilityAlways, Retention: policy.WhileAccountActive(policy.Period{})}
	vehicle := &policy.Category{ID: "vehicle", Name: "Vehicle data", Items: []string{"make, model and colour of the car", "year of first registration"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Visibility: policy.VisibilityAlways, Retention: policy.WhileAccountActive(policy.Period{})}
	trips := &policy.Category{ID: "trips", Name: "Ride and booking data", Items: []string{"rides you publish, with their departure, stopovers, destination, date, time, price and seats",
		"seats you book", "cancellations and no-shows", "your history of rides"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	messages := &policy.Category{ID: "messages", Name: "Messages between members", Items: []string{"messages you exchange with other members on the platform"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts}, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention: policy.WhileAccountActive(policy.Period{})}
	ident := &policy.Category{ID: "identity", Name: "Identity verification data", Items: []string{"a photo of your identity document", "name and date of birth on it", "the result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("the photo of the document only until the check is done, and the result while your account is open")}
	payment := &policy.Category{ID: "payment", Name: "Payment and payout data", Items: []string{"the payment method and the last digits of the card", "amounts paid and refunded",
		"drivers' bank account (IBAN) and account holder's name for payouts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	coach := &policy.Category{ID: "bus", Name: "Coach passenger data", Items: []string{"names of the passengers", "email address and phone number of the person who books", "tickets, routes and seats",
		"for routes that cross a border, passengers' date of birth, nationality and identity document number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.AsRequiredBy(accounting)}
	commute := &policy.Category{ID: "commute", Name: "Commute trip proofs", Items: []string{"the driver and the passengers of a commute trip", "where and when it started and ended", "distance"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "Device location", Items: []string{"your device's location, when you allow it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved)}
	technical := &policy.Category{ID: "technical", Name: "Connection and device data", Items: []string{"IP address", "date and time of connection", "device and browser", "pages and screens viewed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Exchanges with member relations", Items: []string{"your messages and calls to member relations", "reports of a member or a ride", "incidents and disputes between members"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to settle the matter and any claim that may follow it")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising and audience data", Items: []string{"cookie and advertising identifiers", "the ads you see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, member relations, messages and notifications, and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, phone, profile, trips, messages, payment, coach, technical, support}, Country: regionUS}
	idv := &policy.Recipient{ID: "idv", Name: "our identity verification provider", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{ident}, Purpose: "to check your identity document for us"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, payment, trips},
		Purpose:    "to take passengers' payments, pay drivers and refund, and to verify the identity of those they pay as anti-money-laundering law requires them to"}
	carriers := &policy.Recipient{ID: "carriers", Name: "the coach companies that operate BlaBlaCar Bus routes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{coach}, Purpose: "to carry you and check your ticket when you board"}
	insurer := &policy.Recipient{ID: "insurer", Name: "AXA and its assistance company", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{account, trips}, Conditional: true,
		Purpose: "if you call on the assistance or claim under the insurance that comes with a ride booked online"}
	register := &policy.Recipient{ID: "register", Name: "the carpooling proof register (Registre de preuve de covoiturage) that the French State runs", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{commute}, Purpose: "so that the local authorities and employers that fund carpooling incentives can check that a trip took place"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the BlaBlaCar group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profile, trips, messages, support}, Purpose: "to run member relations and the platform's technology for us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and audience measurement partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show ads, including ours elsewhere, and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "the police, courts and other authorities", Role: policy.RoleAuthority, Country: fr,
		Categories: []*policy.Category{account, trips, messages, payment, technical}, Conditional: true,
		Purpose: "where the law requires us to disclose, such as on a judicial requisition"}

	service := &policy.Purpose{ID: "service", Name: "Running the platform: your account and profile, publishing and booking rides, and messages between members",
		Categories: []*policy.Category{account, phone, profile, vehicle, trips, messages, ratings}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{providers, group},
		Required:   "we need your name, date of birth, email address and phone number to open an account; without them you cannot publish or book a ride"}
	paying := &policy.Purpose{ID: "payments", Name: "Taking passengers' payments, paying drivers their cost contribution and handling refunds",
		Categories: []*policy.Category{payment, trips, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps},
		Required: "a passenger pays online to book most rides, and a driver gives a bank account to receive the money; without them the booking or the payout cannot be made"}
	bus := &policy.Purpose{ID: "bus", Name: "Selling BlaBlaCar Bus tickets and carrying passengers",
		Categories: []*policy.Category{coach, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, psps},
		Required: "we need the name of each passenger, and for routes that cross a border the details the border rules ask for; without them the passenger cannot travel"}
	verify := &policy.Purpose{ID: "verification", Name: "Verifying members' email address, phone number and, where we ask, identity",
		Categories: []*policy.Category{account, phone, ident}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "building trust between members who travel together and keeping fake profiles off the platform",
		Recipients: []*policy.Recipient{idv},
		Required:   "where we ask you to verify your identity, you cannot publish or book rides until you do"}
	safety := &policy.Purpose{ID: "safety", Name: "Keeping the platform safe: preventing fraud, checking messages, ratings and rides, and enforcing our terms",
		Categories: []*policy.Category{account, profile, trips, messages, ratings, technical, support}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest:   "protecting members from fraud, scams and dangerous behaviour, and the platform from misuse",
		Recipients: []*policy.Recipient{providers}, HumanDecision: true,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundSafetyReport},
			Contest: "by contacting member relations", HumanReview: true}}
	helping := &policy.Purpose{ID: "support", Name: "Answering members and handling incidents and disputes between them",
		Categories: []*policy.Category{support, account, trips, messages}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest:   "settling disputes between members and improving the quality of our answers, for which calls may be recorded",
		Recipients: []*policy.Recipient{providers, group},
		Required:   "we cannot deal with a request or an incident without its details"}
	insurance := &policy.Purpose{ID: "insurance", Name: "Giving you the insurance and assistance that come with rides booked online",
		Categories: []*policy.Category{account, trips}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurer}}
	daily := &policy.Purpose{ID: "daily", Name: "Commute carpooling with BlaBlaCar Daily, and proving trips so that you receive the incentives local authorities and employers fund",
		Categories: []*policy.Category{commute, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{register},
		Regions:  []language.Region{fr},
		Required: "without the proof of a trip in the register, the incentive for it cannot be paid"}
	nearby := &policy.Purpose{ID: "location", Name: "Suggesting meeting points and rides near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "in your phone's settings"}
	news := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling members about our own services and offers by email and notification",
		Categories: []*policy.Category{account, trips}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our members about services like those they already use", OptOut: true,
		ConsentExemptBy: []policy.Obligation{frSoftOptIn}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing personalised advertising and measuring our campaigns",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Measuring the audience of the platform and improving it",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting records and connection data, and answering the authorities, as the law requires",
		Categories: []*policy.Category{payment, technical, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frLCEN}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep these records, and you cannot have them deleted before their period ends"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Comuto SA", Address: "84 avenue de la République, 75011 Paris, France"},
			Registration: "RCS Paris 491 904 546", Country: fr},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@blablacar.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		URL:        "https://www.blablacar.example/about-us/privacy-policy",
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{frDataProtectionAct},
		Scope:      []string{"the BlaBlaCar website and apps", "BlaBlaCar Bus", "BlaBlaCar Daily"},
		Categories: []*policy.Category{account, phone, profile, ratings, vehicle, trips, messages, ident, payment, coach, commute, location, technical, support, tracking},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers keep them."},
		},
		Purposes:   []*policy.Purpose{service, paying, bus, verify, safety, helping, insurance, daily, nearby, news, ads, improve, legal},
		Recipients: []*policy.Recipient{providers, idv, psps, carriers, insurer, register, group, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, phone, profile, trips, messages, payment, coach, technical, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can obtain a copy of the clauses from our data protection officer."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, phone, profile, vehicle, ratings, messages},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept:   []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}, KeptFor: policy.Years(10)},
			{From: policy.EventLastActivity, Categories: []*policy.Category{account, phone, profile, vehicle, ratings, messages},
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Years(5)}}, Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{technical},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: improve, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies and SDKs", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:  append(gdprRights("in your profile settings or by writing to our data protection officer"), policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Redress: []policy.Redress{frCNIL},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request."},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}},
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipPayOnPlatform, policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Links:                policy.Links{CookieSettings: "https://www.blablacar.example/cookie-settings"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:              policy.Contact{Email: "dpo@blablacar.example"},
	}
	return realPolicy{"carpooling platform (BlaBlaCar)", p, []statement{
		{says: "Comuto SA, registered in Paris, is the controller of the data of BlaBlaCar's members", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Paris")
		}},
		{says: "the policy covers the website and apps, BlaBlaCar Bus and BlaBlaCar Daily", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "we have appointed a data protection officer, whom you can reach by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process data under the GDPR and the French Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0].Region == regionFR
		}},
		{says: "to open an account we ask for your name, gender, date of birth, email address, phone number and a password", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "date of birth") && p.Purpose("service").Uses(p.Category("phone")) && p.Purpose("service").Required != ""
		}},
		{says: "you can sign up with your Facebook, Google or Apple account, which then gives us your name and email address", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Apple")
		}},
		{says: "your profile shows your first name, photo, age, biography, travel preferences and what we verified, to anyone who sees your rides", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityAlways && len(p.Category("profile").Items) == 7
		}},
		{says: "drivers give the make, model and colour of their car, which passengers see", typed: func(p *policy.Policy) bool {
			return p.Category("vehicle").Visibility == policy.VisibilityAlways
		}},
		{says: "after a ride members rate each other, and ratings and reviews appear on the profile", typed: func(p *policy.Policy) bool {
			c := p.Category("ratings")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && c.Visibility == policy.VisibilityAlways
		}},
		{says: "once a booking is made, the driver and the passenger see each other's phone number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("phone").VisibleTo, policy.AudienceCounterparts) && len(p.Category("account").VisibleTo) == 0
		}},
		{says: "we record the rides you publish and book, cancellations and no-shows", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("trips").Items, "cancellations and no-shows")
		}},
		{says: "members write to each other through our messaging, and only the members concerned see the messages", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Category("messages").VisibleTo, []policy.Audience{policy.AudienceCounterparts})
		}},
		{says: "we never use the content of your messages for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we may review messages, ratings and rides to detect fraud and breaches of our terms", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety")
			return s.Uses(p.Category("messages")) && s.HasBasis(policy.BasisLegitimateInterests) && s.Interest != ""
		}},
		{says: "we may suspend an account for fraud, a breach of our terms or behaviour other members report, and you can contest it with member relations", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundSafetyReport) && s.Contest != "" && s.HumanReview
		}},
		{says: "our tools flag suspicious activity, but a person takes the decisions that affect you", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").HumanDecision && p.NoAutomatedDecisions
		}},
		{says: "we verify your email address and phone number, and may ask you to verify your identity with an identity document", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").Uses(p.Category("identity")) && p.Purpose("verification").Required != ""
		}},
		{says: "an identity verification provider checks the document for us, and we keep only the result", typed: func(p *policy.Policy) bool {
			return recipient(p, "idv").Role == policy.RoleProcessor && p.Category("identity").Retention.Kind == policy.RetentionCriteria
		}},
		{says: "passengers pay online and drivers receive their cost contribution by bank transfer, through payment service providers", typed: func(p *policy.Policy) bool {
			return p.Purpose("payments").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("payments").Recipients, recipient(p, "psps"))
		}},
		{says: "payment service providers verify the identity of drivers they pay, as anti-money-laundering law requires them to", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && strings.Contains(recipient(p, "psps").Purpose, "anti-money-laundering")
		}},
		{says: "we do not store full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "for BlaBlaCar Bus we collect the names of the passengers, and for international routes their date of birth, nationality and identity document number", typed: func(p *policy.Policy) bool {
			return p.Purpose("bus").Required != "" && len(p.Category("bus").Items) == 4
		}},
		{says: "whoever books for others must be entitled to give their details", typed: func(p *policy.Policy) bool { return othersGive(p, "bus") }},
		{says: "the coach companies that operate BlaBlaCar Bus receive the passenger list", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("bus").Recipients, recipient(p, "carriers"))
		}},
		{says: "AXA receives your details if you use the assistance or insurance that comes with a ride booked online", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurer").Conditional && p.Purpose("insurance").HasBasis(policy.BasisContract)
		}},
		{says: "for BlaBlaCar Daily in France we send proof of each commute trip to the State's carpooling register, so that incentives can be paid", typed: func(p *policy.Policy) bool {
			d := p.Purpose("daily")
			return slices.Equal(d.Regions, []language.Region{regionFR}) && slices.Contains(d.Recipients, recipient(p, "register"))
		}},
		{says: "with your permission we use your phone's location to suggest meeting points and rides near you", typed: func(p *policy.Policy) bool {
			return p.Purpose("location").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "member relations answers you and helps settle incidents and disputes between members", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").Uses(p.Category("support")) && p.Purpose("support").Interest != ""
		}},
		{says: "calls with member relations may be recorded, and you are told so", typed: func(p *policy.Policy) bool { return p.Category("support").RecordingNotice }},
		{says: "we send members news about our own services without asking first, as the Postal and Electronic Communications Code allows, and you can refuse at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.OptOut && len(m.ConsentExemptBy) == 1 && m.ConsentExemptBy[0].Region == regionFR && !m.RestsOnConsent()
		}},
		{says: "advertising and audience measurement cookies are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "audience").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "advertising cookies last at most 13 months", typed: func(p *policy.Policy) bool { return cookie(p, "advertising").Lifetime.Period == policy.Months(13) }},
		{says: "service providers host the platform and help us with member relations, notifications and analytics, on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "companies of our group help run member relations and technology for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && recipient(p, "group").Purpose != ""
		}},
		{says: "some providers are in the US, and the transfers rest on standard contractual clauses, a copy of which the DPO gives, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we give data to the police or courts only where the law requires, such as on a judicial requisition", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if we sell or merge our business, the buyer may receive your data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep accounting records for ten years and connection data for one year, as French law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && len(p.Purpose("legal").Obligations) == 2 &&
				p.Category("technical").Retention.Period == policy.Years(1)
		}},
		{says: "when you close your account your profile goes at once, and we keep some data for as long as the law or a possible claim requires", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "we delete an account that has not been used for five years", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventLastActivity && p.Deletion[1].Stages[0].Within == policy.Years(5)
		}},
		{says: "you may access, rectify, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we answer within one month, extendable by two where requests are complex, and ask for proof of identity only if in doubt", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2) && p.Requests.VerificationDetail != ""
		}},
		{says: "we never ask for your password or bank details by phone or email, and you should report such messages to us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "we protect data with encryption and access limited to staff who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege)
		}},
		{says: "you must be 18 to open an account", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes by email or on the platform", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
		// Free text.
		{says: "you may give us directives on what becomes of your data after your death (art. 85 of the Loi Informatique et Libertés)", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "a payment made to a member outside the platform is covered neither by our insurance nor by our help, so members should never pay outside it", typed: func(p *policy.Policy) bool { return slices.Contains(p.SafetyTips, policy.SafetyTipPayOnPlatform) }},
	}}
}

// musicStreamingFR paraphrases, in our own words and as we recall it, the
// privacy policy of Deezer, as published in 2024-2025: the music
// streaming service of Deezer SA in Paris, with a free offer funded by
// advertising and paid offers (some taken through telecom operators and
// other partners), Family plans with a Kids profile, recommendations and
// the personalised Flow built from what a user listens to, SongCatcher,
// which identifies a song from the microphone, reports to record labels,
// publishers and collecting societies such as Sacem so that they are paid
// for each stream, and the detection of fraudulent, artificial streams.
// It declares the GDPR and the Loi Informatique et Libertés, names the
// CNIL, recognises post-mortem directives (art. 85 of that Act), and lets
// users from 15, the age of digital consent in France (art. 45), consent
// alone.
func musicStreamingFR() realPolicy {
	fr := regionFR
	accounting := "the Code de commerce (art. L. 123-22) and the Livre des procédures fiscales (art. L. 102 B), for ten and six years"

	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"email address", "password", "profile name", "date of birth", "gender", "country and language"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Facebook, Google or Apple account you choose to sign in with, if you do", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	profile := &policy.Category{ID: "profile", Name: "Public profile", Items: []string{"profile name and picture", "public playlists", "favourite artists", "followers and the people you follow"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Visibility: policy.VisibilityDefault, Retention: policy.WhileAccountActive(policy.Period{})}
	listening := &policy.Category{ID: "listening", Name: "Listening and usage data", Items: []string{"tracks, albums, podcasts and radios you play, when and for how long",
		"tracks you skip, add to favourites or ban from Flow", "your playlists and library", "your searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	tastes := &policy.Category{ID: "tastes", Name: "Music tastes we infer", Items: []string{"the genres, artists and moods you like"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{listening}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	family := &policy.Category{ID: "family", Name: "Family and Kids profiles", Items: []string{"the name and age of each profile on a Family plan", "what each profile listens to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers, policy.SourceAutomatic}, OthersConsent: true, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers}, Retention: policy.WhileAccountActive(policy.Period{})}
	payment := &policy.Category{ID: "payment", Name: "Subscription and payment data", Items: []string{"your offer and its history", "the payment method and the last digits of the card", "invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers and the app stores",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	partner := &policy.Category{ID: "partner", Name: "Partner subscription data", Items: []string{"your customer identifier with the partner", "the offer you took through it and its status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the telecom operator or other partner through which you subscribe",
		Linked: true, Retention: policy.Keep(policy.Years(1), policy.EventContractEnd)}
	audio := &policy.Category{ID: "audio", Name: "SongCatcher audio", Items: []string{"a few seconds of the music playing around you, recorded when you tap SongCatcher"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved)}
	technical := &policy.Category{ID: "technical", Name: "Device and connection data", Items: []string{"IP address", "device identifiers", "device, operating system and app version", "country and city derived from the IP address", "error logs"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data", Items: []string{"cookie and advertising identifiers", "the ads you hear, see and click"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Customer support requests", Items: []string{"what you tell customer support", "your contact details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}
	surveys := &policy.Category{ID: "surveys", Name: "Survey and test answers", Items: []string{"answers to surveys", "feedback in tests of new features"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventCollection)}

	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer support, email and analytics", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, listening, payment, technical, support, surveys}}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{account, payment}, Purpose: "to take payment for your subscription"}
	stores := &policy.Recipient{ID: "stores", Name: "Apple and Google", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment}, Conditional: true,
		Purpose: "if you subscribe through their app stores, which bill you"}
	partners := &policy.Recipient{ID: "partners", Name: "the telecom operators and other partners through which you subscribe", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{partner, account}, Conditional: true, Purpose: "if you take Deezer through them, to activate your offer and bill it"}
	rightsholders := &policy.Recipient{ID: "rightsholders", Name: "record labels, music publishers, collecting societies such as Sacem, and podcast producers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{listening}, Purpose: "to calculate and pay what each stream earns; they receive reports of streams that do not name you"}
	connected := &policy.Recipient{ID: "connected", Name: "the makers of the speakers, cars, TVs and apps you connect Deezer to", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, listening}, Conditional: true, Purpose: "if you connect your account to their device or app"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show personalised ads on the free offer and measure them"}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police and other authorities", Role: policy.RoleAuthority, Country: fr,
		Categories: []*policy.Category{account, payment, technical}, Conditional: true, Purpose: "where the law requires us to disclose"}

	service := &policy.Purpose{ID: "service", Name: "Providing Deezer: your account, playing music and podcasts, your library and your profile",
		Categories: []*policy.Category{account, profile, listening, technical}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{providers, connected},
		Required:   "we need your email address, a password, your date of birth and your gender to open an account; without them you cannot use Deezer"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending music and podcasts and building your Flow from what you listen to",
		Categories: []*policy.Category{listening, tastes}, Bases: []policy.Basis{policy.BasisContract}, Profiling: true}
	familyPlan := &policy.Purpose{ID: "family", Name: "Managing the profiles of a Family plan, including the Kids profile",
		Categories: []*policy.Category{family, account}, Bases: []policy.Basis{policy.BasisContract}}
	paying := &policy.Purpose{ID: "payments", Name: "Selling subscriptions, taking payment and invoicing",
		Categories: []*policy.Category{payment, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psps, stores},
		Required: "a paid offer needs a means of payment; without one you can keep the free offer"}
	partnerSubs := &policy.Purpose{ID: "partners", Name: "Activating and billing offers taken through a telecom operator or another partner",
		Categories: []*policy.Category{partner, account}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{partners}}
	royalties := &policy.Purpose{ID: "royalties", Name: "Reporting streams to rights holders so that artists are paid",
		Categories: []*policy.Category{listening}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "paying artists and rights holders for what is streamed, as our licences require", Recipients: []*policy.Recipient{rightsholders}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting fraudulent and artificial streams and keeping accounts secure",
		Categories: []*policy.Category{listening, technical, account}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "making sure that artists are paid for real listening, and protecting accounts from takeover",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover}, Contest: "by contacting customer support"}}
	contextual := &policy.Purpose{ID: "ads", Name: "Playing and showing ads on the free offer", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding the free offer with ads chosen by your country and device, which are not personalised"}
	ads := &policy.Purpose{ID: "personalised-ads", DirectMarketing: true, Name: "Personalising the ads of the free offer and measuring them",
		Categories: []*policy.Category{tracking, tastes}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the privacy settings of the app or the cookie settings of the website", Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	news := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about our offers and new features by email and notification",
		Categories: []*policy.Category{account, tastes}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our users about offers like the ones they use", OptOut: true, Profiling: true,
		ConsentExemptBy: []policy.Obligation{frSoftOptIn}}
	catcher := &policy.Purpose{ID: "songcatcher", Name: "Identifying the song playing around you with SongCatcher", Categories: []*policy.Category{audio},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by taking the microphone permission away in your phone's settings"}
	improve := &policy.Purpose{ID: "improve", Name: "Measuring how Deezer is used and improving it", Categories: []*policy.Category{listening, technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making Deezer work well and developing new features", Recipients: []*policy.Recipient{providers}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring the audience of our website with cookies", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "in the cookie settings of the website"}
	research := &policy.Purpose{ID: "surveys", Name: "Surveys and tests of new features", Categories: []*policy.Category{surveys, account},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by telling us or leaving the survey or test"}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we cannot answer a request without its details"}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting and tax records and answering the authorities, as the law requires",
		Categories: []*policy.Category{payment, account}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frTaxProcedure}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep invoices, and you cannot have them deleted before their period ends"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Deezer SA", Address: "24 rue de Calais, 75009 Paris, France"},
			Registration: "RCS Paris 511 716 573", Country: fr},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@deezer.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		URL:        "https://www.deezer.example/legal/personal-datas",
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{frDataProtectionAct},
		Categories: []*policy.Category{account, profile, listening, tastes, family, payment, partner, audio, technical, tracking, support, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers keep them."},
		},
		External:   []policy.ExternalService{policy.ExternalSocialNetworks},
		Purposes:   []*policy.Purpose{service, recommend, familyPlan, paying, partnerSubs, royalties, fraud, contextual, ads, news, catcher, improve, audience, research, helping, legal},
		Recipients: []*policy.Recipient{providers, psps, stores, partners, rightsholders, connected, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, listening, payment, technical, support, surveys},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion:    []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation}}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "sign-in and security cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: audience, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:  append(gdprRights("in your account settings, where you can also download your data, or by writing to our data protection officer"), policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Redress: []policy.Redress{frCNIL},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1),
			WithoutAccount: "by writing to our data protection officer"},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasurePseudonymisation, Description: "The reports of streams we send rights holders do not name you."}},
		Links:    policy.Links{CookieSettings: "https://www.deezer.example/cookies"},
		Children: policy.Children{MinimumAge: 15, ParentalConsent: true, ConsentAge: 15},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@deezer.example"},
	}
	return realPolicy{"music streaming service (Deezer)", p, []statement{
		{says: "Deezer SA, registered in Paris, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Paris")
		}},
		{says: "our data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process data under the GDPR and the French Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0].Region == regionFR
		}},
		{says: "to sign up we ask for your email address, a password, a profile name, your date of birth and your gender", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "gender") && p.Purpose("service").Required != ""
		}},
		{says: "you can sign in with Facebook, Google or Apple, which give us your name and email address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "your profile, playlists and favourite artists are public unless you make your profile private", typed: func(p *policy.Policy) bool {
			return p.Category("profile").Visibility == policy.VisibilityDefault
		}},
		{says: "we record what you play, skip, add to favourites and search for", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("listening").Items, "your searches") && slices.Contains(p.Category("listening").Sources, policy.SourceAutomatic)
		}},
		{says: "we infer your tastes from your listening and build recommendations and Flow from them under our contract with you", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recommendations")
			return r.Profiling && r.HasBasis(policy.BasisContract) && len(p.Category("tastes").DerivedFrom) == 1
		}},
		{says: "the holder of a Family plan creates the profiles of its members, whose listening the other members of the plan can see", typed: func(p *policy.Policy) bool {
			c := p.Category("family")
			return othersGive(p, "family") && slices.Contains(c.VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "for a subscription we process your offer, payment method and invoices, and payment service providers take the payment", typed: func(p *policy.Policy) bool {
			return p.Purpose("payments").HasBasis(policy.BasisContract) && recipient(p, "psps").Role == policy.RoleProcessor
		}},
		{says: "without a means of payment you can keep the free offer", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("payments").Required, "free offer") }},
		{says: "we do not store full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "if you subscribe through Apple's or Google's app store, they bill you and tell us of your subscription", typed: func(p *policy.Policy) bool {
			return recipient(p, "stores").Conditional && slices.Contains(p.Category("payment").Sources, policy.SourceThirdParty)
		}},
		{says: "if you take Deezer through a telecom operator or another partner, the partner gives us your customer identifier and offer, and we tell it whether the offer is active", typed: func(p *policy.Policy) bool {
			return p.Category("partner").SourceDetail != "" && recipient(p, "partners").Conditional && p.Purpose("partners").HasBasis(policy.BasisContract)
		}},
		{says: "we report streams to record labels, publishers, collecting societies such as Sacem and podcast producers, so that they are paid", typed: func(p *policy.Policy) bool {
			return p.Purpose("royalties").Interest != "" && recipient(p, "rightsholders").Role == policy.RoleThirdParty
		}},
		{says: "the reports we send rights holders do not name you", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasurePseudonymisation) && strings.Contains(recipient(p, "rightsholders").Purpose, "do not name you")
		}},
		{says: "we detect fraudulent and artificial streams and may close an account used for them, which you can contest with customer support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "the free offer carries ads, which are not personalised without your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").HasBasis(policy.BasisLegitimateInterests) && !p.Purpose("ads").Profiling && p.Purpose("personalised-ads").RestsOnConsent()
		}},
		{says: "with your consent, advertising partners personalise the ads of the free offer and measure them", typed: func(p *policy.Policy) bool {
			a := p.Purpose("personalised-ads")
			return a.ConsentMethod == policy.ConsentMethodConsentTool && a.Profiling && slices.Contains(a.Recipients, recipient(p, "advertising"))
		}},
		{says: "you can withdraw that consent in the privacy settings of the app or the cookie settings of the website", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalised-ads").Withdraw != "" && p.Links.CookieSettings != ""
		}},
		{says: "we tell you about our offers and new features by email and notification, as the Postal and Electronic Communications Code allows for our users, and you can refuse at any time", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.OptOut && len(m.ConsentExemptBy) == 1 && !m.RestsOnConsent()
		}},
		{says: "SongCatcher listens through the microphone only when you tap it and allow access", typed: func(p *policy.Policy) bool {
			return p.Purpose("songcatcher").ConsentMethod == policy.ConsentMethodPlatformPrompt && p.Category("audio").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "when you connect Deezer to a speaker, car or app, its maker receives what it needs to play your music", typed: func(p *policy.Policy) bool {
			return recipient(p, "connected").Conditional && slices.Contains(p.Purpose("service").Recipients, recipient(p, "connected"))
		}},
		{says: "we measure how Deezer is used to improve it, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("improve").Interest != ""
		}},
		{says: "you may take part in surveys and tests of new features if you wish", typed: func(p *policy.Policy) bool { return p.Purpose("surveys").RestsOnConsent() }},
		{says: "analytics and advertising cookies are set only with your consent and last at most 13 months", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Purpose.RestsOnConsent() &&
				cookie(p, "advertising").Lifetime.Period == policy.Months(13)
		}},
		{says: "service providers host Deezer and help with support, email and analytics on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "some providers are outside the EU, and we rely on standard contractual clauses, a copy of which you can ask for, or the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Note != "" && p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we disclose data to authorities where the law requires, to a buyer of our business, and share statistics that identify no one", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep invoices for ten years, as commercial and tax law require", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we keep your account data while your account is open, and delete it when you close it, except what the law requires us to keep", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "connection data is kept for one year and advertising data for 13 months", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Retention.Period == policy.Years(1) && p.Category("tracking").Retention.Period == policy.Months(13)
		}},
		{says: "you may access, rectify, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you can download your data in your account settings", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightPortability && strings.Contains(r.How, "download")
			})
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we answer requests within one month", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Months(1) }},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "users under 15 need a parent's consent, as French law sets the age of digital consent at 15", typed: func(p *policy.Policy) bool {
			return p.Children.ConsentAge == 15 && p.Children.ParentalConsent
		}},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "you may give us directives on what becomes of your data after your death (art. 85 of the Loi Informatique et Libertés)", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "what you share on social networks from Deezer is governed by those networks' own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalSocialNetworks) }},
		{says: "a parent can give a child a Kids profile on a Family plan, which plays only content chosen for children", free: toPurpose("family")},
	}}
}

// newsSiteFR paraphrases, in our own words and as we recall it, the
// privacy policy of Le Monde, as published in 2024-2025: the news site,
// apps and print and digital subscriptions of the Société éditrice du
// Monde in Paris. A reader either accepts advertising cookies or
// subscribes ("pay or accept"), which the CNIL allows where the paid
// alternative is fair; a subscription may be read on one screen at a
// time; subscribers comment on articles under a name or pseudonym; the
// audience is measured under the CNIL's exemption from consent, which
// the reader may object to; M Publicité, the group's advertising house,
// sells the advertising; and readers answer journalists' calls for
// testimonies, which journalism's exemptions (art. 80 of the Loi
// Informatique et Libertés) govern once used in an article. It declares
// the GDPR and the Loi Informatique et Libertés, names the CNIL,
// recognises post-mortem directives (art. 85 of that Act) and reminds
// readers of the Bloctel list against telephone canvassing.
func newsSiteFR() realPolicy {
	fr := regionFR
	accounting := "the Code de commerce (art. L. 123-22) and the Livre des procédures fiscales (art. L. 102 B), for ten and six years"

	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"title", "first name and last name", "email address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Google or Apple account you choose to sign in with, if you do", Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	subscription := &policy.Category{ID: "subscription", Name: "Subscription data", Items: []string{"postal address", "phone number", "the offer, its term and its price",
		"the payment method, the last digits of the card or the bank account for direct debit", "invoices and payment incidents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers and the app stores",
		Linked: true, Retention: policy.AsRequiredBy(accounting)}
	devices := &policy.Category{ID: "devices", Name: "Devices reading your subscription", Items: []string{"an identifier of each device on which you read", "when you read on it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as your subscription lasts")}
	reading := &policy.Category{ID: "reading", Name: "Reading data", Items: []string{"articles you read and how long", "articles you save for later", "topics and authors you follow"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	comments := &policy.Category{ID: "comments", Name: "Comments", Items: []string{"your comments on articles", "the name or pseudonym shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the article they answer is online, unless you or our moderators remove them")}
	letters := &policy.Category{ID: "newsletters", Name: "Newsletter data", Items: []string{"email address", "the newsletters you subscribe to", "whether you open them and click their links"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	testimonies := &policy.Category{ID: "testimonies", Name: "Testimonies", Items: []string{"what you tell our journalists in answer to a call for testimonies", "your name, email address and phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the journalists need it for their work")}
	technical := &policy.Category{ID: "technical", Name: "Connection data", Items: []string{"IP address", "date and time of connection", "device and browser"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	audienceData := &policy.Category{ID: "audience", Name: "Audience measurement data", Items: []string{"pages viewed", "a visitor identifier", "device type"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(25), policy.EventCollection)}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data", Items: []string{"cookie and advertising identifiers", "the pages you visit and the ads you see", "interests inferred from them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Customer service exchanges", Items: []string{"your messages and calls to customer service"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved)}

	mpub := &policy.Recipient{ID: "mpub", Name: "M Publicité, the advertising house of Groupe Le Monde", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{tracking}, Purpose: "to sell and serve the advertising on our website and apps for us"}
	vendors := &policy.Recipient{ID: "vendors", Name: "the advertising partners listed in our consent tool", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show you ads, personalised if you agree, and measure them"}
	titles := &policy.Recipient{ID: "titles", Name: "the other titles of Groupe Le Monde, such as Télérama, Courrier international and La Vie", Role: policy.RoleThirdParty, Country: fr,
		Categories: []*policy.Category{account}, Conditional: true, Purpose: "if you agree to receive their offers"}
	partners := &policy.Recipient{ID: "partners", Name: "our partners", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account}, Conditional: true, Purpose: "if you agree to receive their offers"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for hosting, customer service, email, payments and the moderation of comments", Role: policy.RoleProcessor,
		Country: regionUS, Categories: []*policy.Category{account, subscription, reading, comments, letters, technical, support}}
	delivery := &policy.Recipient{ID: "delivery", Name: "the carriers and delivery networks that bring the print edition", Role: policy.RoleProcessor, Country: fr,
		Categories: []*policy.Category{account, subscription}, Purpose: "to deliver the newspaper to subscribers of the print edition"}
	measurer := &policy.Recipient{ID: "measurement", Name: "our audience measurement provider", Role: policy.RoleProcessor, Country: regionEU,
		Categories: []*policy.Category{audienceData}}
	social := &policy.Recipient{ID: "social", Name: "the social networks and video platforms whose content we embed", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the police and other authorities", Role: policy.RoleAuthority, Country: fr,
		Categories: []*policy.Category{account, subscription, comments, technical}, Conditional: true, Purpose: "where the law requires us to disclose, such as on a judicial requisition"}

	accountPurpose := &policy.Purpose{ID: "account", Name: "Creating and managing your account", Categories: []*policy.Category{account, reading},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "we need your email address and a password to create an account; without them you can read only the free articles"}
	subscribing := &policy.Purpose{ID: "subscription", Name: "Selling and running subscriptions, taking payment and delivering the print edition",
		Categories: []*policy.Category{account, subscription}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers, delivery},
		Required: "a subscription needs your name, a means of payment and, for the print edition, your postal address; without them we cannot sell it to you"}
	oneScreen := &policy.Purpose{ID: "one-screen", Name: "Letting a subscription be read on one screen at a time", Categories: []*policy.Category{devices},
		Bases: []policy.Basis{policy.BasisContract}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping accounting and tax records and the data that identifies those who publish comments, and answering the authorities",
		Categories: []*policy.Category{subscription, technical, comments}, Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{frCommercialCode, frTaxProcedure, frLCEN}, Recipients: []*policy.Recipient{authorities},
		Required: "the law requires us to keep these records, and you cannot have them deleted before their period ends"}
	discuss := &policy.Purpose{ID: "comments", Name: "Publishing and moderating subscribers' comments", Categories: []*policy.Category{comments, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "commenting is open to subscribers and needs a name or a pseudonym, which is shown with each comment",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Contest: "by writing to customer service"}}
	newsletters := &policy.Purpose{ID: "newsletters", Name: "Sending the newsletters you choose", Categories: []*policy.Category{letters},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "with the link at the foot of every newsletter or in your account",
		Recipients: []*policy.Recipient{providers}}
	offers := &policy.Purpose{ID: "offers", DirectMarketing: true, Name: "Offering subscribers our own newspapers and services by email",
		Categories: []*policy.Category{account, subscription}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "offering our subscribers products like those they already have", OptOut: true, ConsentExemptBy: []policy.Obligation{frSoftOptIn},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventContractEnd,
			Criteria: "three years after your subscription ends or after your last contact with us, as the CNIL recommends"}}
	partnerOffers := &policy.Purpose{ID: "partner-offers", DirectMarketing: true, Name: "Passing your details to the group's other titles and to partners for their offers",
		Categories: []*policy.Category{account}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in your account or by writing to our data protection officer", Recipients: []*policy.Recipient{titles, partners}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Personalised advertising and measuring it", Categories: []*policy.Category{tracking},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "with the cookie settings link at the foot of every page",
		Profiling: true, Recipients: []*policy.Recipient{mpub, vendors},
		PaidAlternative: policy.PaidAlternative{Offer: "a subscription to Le Monde", URL: "https://www.lemonde.example/abonnement"}}
	personalise := &policy.Purpose{ID: "personalisation", Name: "Recommending articles from what you read", Categories: []*policy.Category{reading},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "with the cookie settings link at the foot of every page", Profiling: true}
	measure := &policy.Purpose{ID: "audience", Name: "Measuring the audience of our website and apps", Categories: []*policy.Category{audienceData},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "knowing how many readers we have and which articles they read, as every publisher must show its audience",
		OptOut: true, Recipients: []*policy.Recipient{measurer}}
	embeds := &policy.Purpose{ID: "embeds", Name: "Showing posts and videos from social networks in articles", Categories: []*policy.Category{tracking},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool, Withdraw: "with the cookie settings link at the foot of every page",
		Recipients: []*policy.Recipient{social}}
	witnesses := &policy.Purpose{ID: "testimonies", Name: "Collecting readers' testimonies for our journalists", Categories: []*policy.Category{testimonies},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "by writing to us before the article is published",
		Journalism: true}
	helping := &policy.Purpose{ID: "support", Name: "Answering readers and subscribers", Categories: []*policy.Category{support, account, subscription},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "answering readers who are not subscribers",
		Recipients: []*policy.Recipient{providers}, Required: "we cannot answer a request without its details"}
	security := &policy.Purpose{ID: "security", Name: "Securing our website and preventing fraud and the sharing of subscriptions", Categories: []*policy.Category{technical, devices, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our website and our subscribers' accounts from attacks and misuse"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Société éditrice du Monde", Address: "67-69 avenue Pierre-Mendès-France, 75013 Paris, France"},
			Registration: "RCS Paris 433 891 850", Country: fr},
		DPO:     &policy.Contact{Name: "Data Protection Officer of Groupe Le Monde", Email: "dpo@lemonde.example", Address: "67-69 avenue Pierre-Mendès-France, 75013 Paris, France"},
		Version: "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		URL:        "https://www.lemonde.example/confidentialite",
		Laws:       []policy.Law{policy.GDPR},
		LegalActs:  []policy.Obligation{frDataProtectionAct},
		Scope:      []string{"lemonde.fr", "the Le Monde apps", "print and digital subscriptions to Le Monde"},
		Categories: []*policy.Category{account, subscription, devices, reading, comments, letters, testimonies, technical, audienceData, tracking, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: subscription, Note: "Our payment service providers keep them."},
		},
		Purposes:   []*policy.Purpose{accountPurpose, subscribing, oneScreen, legal, discuss, newsletters, offers, partnerOffers, ads, personalise, measure, embeds, witnesses, helping, security},
		Recipients: []*policy.Recipient{mpub, vendors, titles, partners, providers, delivery, measurer, social, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: providers, Categories: []*policy.Category{account, subscription, reading, comments, letters, technical, support},
				Safeguard: policy.SafeguardStandardClauses, Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: social, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Cookies: []policy.Cookie{
			{ID: "consent", Name: "consent cookie", Party: policy.PartyFirst, Lifetime: policy.Expires(policy.Months(6)), StrictlyNecessary: true,
				Note: "It keeps your cookie choices for six months, after which we ask again."},
			{ID: "login", Name: "login cookie", Party: policy.PartyFirst, Purpose: accountPurpose, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "audience", Name: "audience measurement cookie", Party: policy.PartyFirst, Purpose: measure, Categories: []*policy.Category{audienceData},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentExemptStatistics},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: vendors, Purpose: ads, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
			{ID: "embeds", Name: "social network cookies", Party: policy.PartyThird, Provider: social, Purpose: embeds, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:  append(gdprRights("by writing to our data protection officer, or in your account for your details and newsletters"), policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to our data protection officer"}),
		Redress: []policy.Redress{frCNIL},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1),
			VerificationDetail: "We ask for proof of identity only where we have reasonable doubt about who makes the request.",
			WithoutAccount:     "by writing to our data protection officer"},
		NoAutomatedDecisions: true,
		Security:             []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}},
		Links:                policy.Links{CookieSettings: "https://www.lemonde.example/cookies", Vendors: "https://www.lemonde.example/cookies#partenaires"},
		Children:             policy.Children{MinimumAge: 15, ParentalConsent: true, ConsentAge: 15},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "dpo@lemonde.example"},
	}
	return realPolicy{"news site (Le Monde)", p, []statement{
		{says: "the Société éditrice du Monde, registered in Paris, is the controller for lemonde.fr, the apps and subscriptions", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionFR && strings.HasPrefix(p.Controller.Registration, "RCS Paris") && len(p.Scope) == 3
		}},
		{says: "the data protection officer of Groupe Le Monde can be reached by email or post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we process data under the GDPR and the French Data Protection Act", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Laws, policy.GDPR) && p.LegalActs[0].Region == regionFR
		}},
		{says: "to create an account we ask for your title, name, email address and a password, or you sign in with Google or Apple", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Items, "title") && slices.Contains(c.Sources, policy.SourceThirdParty) && p.Purpose("account").Required != ""
		}},
		{says: "for a subscription we process your address, phone number, offer, payment method and invoices under the contract", typed: func(p *policy.Policy) bool {
			return p.Purpose("subscription").HasBasis(policy.BasisContract) && slices.Contains(p.Category("subscription").Items, "postal address")
		}},
		{says: "we do not store full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("subscription") }},
		{says: "carriers and delivery networks receive subscribers' addresses to deliver the print edition", typed: func(p *policy.Policy) bool {
			return recipient(p, "delivery").Role == policy.RoleProcessor && slices.Contains(p.Purpose("subscription").Recipients, recipient(p, "delivery"))
		}},
		{says: "a subscription may be read on one screen at a time, so we record the devices on which it is read", typed: func(p *policy.Policy) bool {
			return p.Purpose("one-screen").Uses(p.Category("devices")) && p.Purpose("one-screen").HasBasis(policy.BasisContract)
		}},
		{says: "we record the articles you read, save and follow", typed: func(p *policy.Policy) bool { return len(p.Category("reading").Items) == 3 }},
		{says: "with your consent we recommend articles from what you read", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").RestsOnConsent() && p.Purpose("personalisation").Profiling
		}},
		{says: "subscribers may comment on articles, and comments are published with their name or pseudonym", typed: func(p *policy.Policy) bool {
			return p.Category("comments").Visibility == policy.VisibilityAlways && p.Purpose("comments").Required != ""
		}},
		{says: "a provider moderates comments for us, and we may close the commenting account of a subscriber who breaks our charter", typed: func(p *policy.Policy) bool {
			c := p.Purpose("comments")
			return slices.Contains(c.Recipients, recipient(p, "providers")) && slices.Contains(c.Suspension.Grounds, policy.SuspensionGroundTermsBreach)
		}},
		{says: "we keep the data that identifies those who publish comments, as the LCEN requires of us as a host", typed: func(p *policy.Policy) bool {
			l := p.Purpose("legal")
			return l.Uses(p.Category("comments")) && slices.ContainsFunc(l.Obligations, func(o policy.Obligation) bool { return strings.Contains(o.Act, "LCEN") })
		}},
		{says: "we send the newsletters you choose, and you can unsubscribe with the link in each", typed: func(p *policy.Policy) bool {
			n := p.Purpose("newsletters")
			return n.RestsOnConsent() && n.Withdraw != "" && n.ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "we measure whether newsletters are opened and their links clicked", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("newsletters").Items, "whether you open them and click their links")
		}},
		{says: "we offer subscribers our own newspapers and services by email without asking first, as the Postal and Electronic Communications Code allows, and they can refuse at any time", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.OptOut && len(o.ConsentExemptBy) == 1 && !o.RestsOnConsent()
		}},
		{says: "we keep data for our offers for three years after your subscription ends or your last contact with us", typed: func(p *policy.Policy) bool {
			r := p.Purpose("offers").Retention
			return r.Period == policy.Years(3) && r.Criteria != ""
		}},
		{says: "only if you tick the box do we pass your details to the group's other titles and to partners for their offers", typed: func(p *policy.Policy) bool {
			o := p.Purpose("partner-offers")
			return o.ConsentMethod == policy.ConsentMethodCheckbox && recipient(p, "titles").Conditional && recipient(p, "partners").Conditional
		}},
		{says: "to read the site you either accept advertising cookies or subscribe", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.RestsOnConsent() && a.PaidAlternative.Offer != "" && a.PaidAlternative.URL != ""
		}},
		{says: "with your consent, M Publicité and our advertising partners personalise ads from your browsing", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && slices.Contains(a.Recipients, recipient(p, "mpub")) && slices.Contains(a.Recipients, recipient(p, "vendors"))
		}},
		{says: "M Publicité, the group's advertising house, sells and serves ads for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "mpub").Role == policy.RoleProcessor && recipient(p, "mpub").Country == regionFR
		}},
		{says: "our consent tool lists every advertising partner, and you can change your choices with the link at the foot of every page", typed: func(p *policy.Policy) bool {
			return p.Links.Vendors != "" && p.Links.CookieSettings != "" && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "advertising cookies last at most 13 months and advertising data is kept as long", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Lifetime.Period == policy.Months(13) && p.Category("tracking").Retention.Period == policy.Months(13)
		}},
		{says: "we keep your cookie choices for six months and then ask again", typed: func(p *policy.Policy) bool {
			return cookie(p, "consent").Lifetime.Period == policy.Months(6) && cookie(p, "consent").StrictlyNecessary
		}},
		{says: "we measure our audience without your consent, as the CNIL allows for audience measurement, and you may object", typed: func(p *policy.Policy) bool {
			return cookie(p, "audience").Consent == policy.CookieConsentExemptStatistics && p.Purpose("audience").OptOut && p.Purpose("audience").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "audience measurement data is kept for at most 25 months", typed: func(p *policy.Policy) bool {
			return p.Category("audience").Retention.Period == policy.Months(25)
		}},
		{says: "posts and videos from social networks load only with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("embeds").RestsOnConsent() && cookie(p, "embeds").Consent == policy.CookieConsentOptIn
		}},
		{says: "readers who answer a call for testimonies agree to our journalists using what they tell them, and can withdraw until publication", typed: func(p *policy.Policy) bool {
			t := p.Purpose("testimonies")
			return t.ConsentMethod == policy.ConsentMethodCheckbox && strings.Contains(t.Withdraw, "before the article is published")
		}},
		{says: "customer service answers subscribers under the contract and other readers in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").HasBasis(policy.BasisContract) && p.Purpose("support").Interest != ""
		}},
		{says: "we secure the site and prevent fraud and the sharing of subscriptions in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Uses(p.Category("devices")) && p.Purpose("security").Interest != ""
		}},
		{says: "service providers host the site and help with customer service, email, payments and moderation, some in the US under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[0].Note != ""
		}},
		{says: "advertising partners and social networks in the US receive data under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[2].Recipient == recipient(p, "social")
		}},
		{says: "we keep invoices for ten years and connection data for one year, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.GDPR) && p.Category("technical").Retention.Period == policy.Years(1) &&
				p.Category("subscription").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "we disclose data to authorities only where the law requires", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "we keep your account while it is open", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "you may access, rectify, erase, restrict and port your data, object, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the CNIL", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "CNIL")
		}},
		{says: "we answer within one month and ask for proof of identity only if we doubt who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "we make no decisions about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "readers under 15 need a parent's consent", typed: func(p *policy.Policy) bool { return p.Children.ConsentAge == 15 && p.Children.ParentalConsent }},
		{says: "we may update this policy, and the version online applies from its date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
		// Free text.
		{says: "you may give us directives on what becomes of your data after your death (art. 85 of the Loi Informatique et Libertés)", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightPostMortemInstructions) }},
		{says: "what our journalists gather for their articles is processed for journalism, where the Loi Informatique et Libertés sets several of these rights aside (art. 80)", typed: func(p *policy.Policy) bool {
			return p.Purpose("testimonies").Journalism
		}},
		{says: "if you do not want to be canvassed by telephone, you may register free of charge on the Bloctel list", free: toIntroduction},
	}}
}
