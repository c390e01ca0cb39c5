package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policies below paraphrase, in our own words and as we recall them,
// the privacy policies of two travel services under the GDPR, as
// published around 2024: a European airline (in the manner of KLM,
// Lufthansa and Ryanair) and an accommodation booking platform (in the
// manner of Booking.com). Addresses are illustrative.

var regionIN = language.MustParseRegion("IN")

// airline paraphrases the privacy policy of a European airline in the
// manner of KLM: a Dutch controller with an office in the United Kingdom,
// passenger name records and advance passenger information given to the
// border authorities of the countries a passenger flies to, special
// assistance that reveals health data, a frequent-flyer programme run with
// a group airline and credited by partner airlines that are controllers in
// their own right, codeshare partners, payment and fraud checks, children
// travelling alone, and cameras at airports that the airports run.
func airline() realPolicy {
	booking := &policy.Category{ID: "booking", Name: "Booking and travel information",
		Items:       []string{"name and title", "email address and phone number", "booking reference", "flights, dates and seats", "baggage", "fare paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the travel agent, tour operator or booking website you booked with, or the person who booked for you",
		Retention:    policy.Keep(policy.Years(7), policy.EventContractEnd), Linked: true}
	documents := &policy.Category{ID: "documents", Name: "Travel documents and advance passenger information",
		Items:       []string{"name as in the passport", "date of birth", "sex", "nationality", "passport or identity card number, issuing country and expiry", "visa", "address at the destination"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(1), policy.EventPurposeAchieved), Linked: true}
	assistance := &policy.Category{ID: "assistance", Name: "Special assistance and health information",
		Items:       []string{"reduced mobility and the wheelchair needed", "medical conditions and fitness to fly", "medical equipment such as oxygen", "assistance dogs"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your travel agent or your doctor",
		Retention: policy.Keep(policy.Months(6), policy.EventContractEnd), Linked: true}
	meals := &policy.Category{ID: "meals", Name: "Meal preferences", Items: []string{"special meals that may reveal religious beliefs or health, such as kosher, halal or gluten-free"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card type and last digits", "billing address", "payment status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers and fraud screening services",
		Retention: policy.AsRequiredBy("Dutch tax law"), Linked: true}
	loyalty := &policy.Category{ID: "loyalty", Name: "Frequent-flyer programme",
		Items:       []string{"membership number", "tier", "miles earned and spent", "flights and purchases with partners", "preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "partner airlines, hotels, car rental companies and card issuers where you earn miles",
		Retention:    policy.WhileAccountActive(policy.Years(2)), Linked: true}
	minors := &policy.Category{ID: "minors", Name: "Children travelling alone",
		Items:       []string{"the child's name and age", "names, addresses and phone numbers of the adults who bring and collect the child"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Retention: policy.Keep(policy.Months(6), policy.EventContractEnd), Linked: true}
	service := &policy.Category{ID: "service", Name: "Customer service and claims", Items: []string{"complaints and compensation claims", "chats and emails", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true}
	online := &policy.Category{ID: "online", Name: "Website and app usage", Items: []string{"IP address", "device and browser", "pages viewed and searches", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}

	authorities := &policy.Recipient{ID: "authorities", Name: "border control, immigration, customs and security authorities of the countries you fly to, from or over",
		Role: policy.RoleAuthority, Categories: []*policy.Category{booking, documents},
		Purpose: "because their laws require passenger name records and advance passenger information before a flight"}
	codeshare := &policy.Recipient{ID: "codeshare", Name: "airlines that operate or sell your flight with us (codeshare and interline partners)", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, documents, assistance, meals}, Purpose: "to carry you on a flight they operate; each uses the data under its own privacy policy", OwnPolicy: true}
	group := &policy.Recipient{ID: "group", Name: "Air France, with which we run the frequent-flyer programme", Role: policy.RoleJointController,
		Categories: []*policy.Category{loyalty, booking}, Country: language.MustParseRegion("FR"),
		Arrangement: "Air France and we have agreed in writing which of us does what for the programme, including which of us informs you and answers your requests. You may write to either of us about the programme, and the one you write to answers you or passes your request to the other."}
	partners := &policy.Recipient{ID: "partners", Name: "airlines and other partners of the frequent-flyer programme", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{loyalty}, Purpose: "to credit and redeem miles; each is a controller of the data and uses it under its own privacy policy", OwnPolicy: true}
	handlers := &policy.Recipient{ID: "handlers", Name: "airports and ground handling agents", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, assistance, minors}, Purpose: "to check you in, handle your baggage and assist you at the airport"}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers and card schemes", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{payment, booking}, Purpose: "to take your payment and refund it"}
	screening := &policy.Recipient{ID: "screening", Name: "fraud screening services", Role: policy.RoleProcessor, Categories: []*policy.Category{payment, booking, online}}
	vendors := &policy.Recipient{ID: "vendors", Name: "IT, hosting and call centre providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{booking, payment, loyalty, service, online}, Country: regionIN}
	ads := &policy.Recipient{ID: "ads", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{online}}

	carriage := &policy.Purpose{ID: "carriage", Name: "Booking and operating your flight", Categories: []*policy.Category{booking, payment, minors},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{codeshare, handlers, psp, vendors},
		Required: "without your name and contact details we cannot issue a ticket or tell you of changes to your flight"}
	border := &policy.Purpose{ID: "border", Name: "Giving passenger data to border and security authorities", Categories: []*policy.Category{booking, documents},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{
			{Act: "Council Directive 2004/82/EC on advance passenger information", Region: regionEU},
			{Act: "Directive (EU) 2016/681 on passenger name record data", Region: regionEU},
			{Act: "Wet gebruik passagiersgegevens voor de bestrijding van terroristische en ernstige misdrijven", Region: regionNL},
			{Act: "the Immigration, Asylum and Nationality Act 2006, s. 32", Region: regionGB},
			{Act: "49 U.S.C. 44909 and 19 CFR 122.49a", Region: regionUS},
		},
		Required: "a country that requires passport details before a flight will not let you fly there without them"}
	help := &policy.Purpose{ID: "assistance", Name: "Arranging special assistance", Categories: []*policy.Category{assistance, booking},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent, policy.BasisVitalInterests, policy.BasisVitalInterestsIncapable},
		Withdraw:   "by cancelling the assistance request with customer service, after which we cannot provide the assistance",
		Recipients: []*policy.Recipient{handlers, codeshare},
		Required:   "without the details of your needs we cannot arrange the assistance, and may not be able to carry you safely"}
	food := &policy.Purpose{ID: "meals", Name: "Serving the meal you ask for", Categories: []*policy.Category{meals},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by removing the meal request from your booking", Recipients: []*policy.Recipient{codeshare},
		Required: "giving it is up to you; without it you get the standard meal"}
	programme := &policy.Purpose{ID: "loyalty", Name: "Running the frequent-flyer programme", Categories: []*policy.Category{loyalty, booking},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, partners},
		Required: "without your name, contact details and date of birth we cannot enrol you in the programme"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Checking payments and preventing fraud", Categories: []*policy.Category{payment, booking, online},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "preventing payment fraud and ticket fraud, which costs us and our passengers",
		Recipients: []*policy.Recipient{psp, screening},
		Automated:  "an automated check may refuse a card payment or cancel a booking that shows signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes, Contest: "by calling customer service", HumanReview: true}}
	claims := &policy.Purpose{ID: "claims", Name: "Customer service, complaints and compensation claims", Categories: []*policy.Category{service, booking},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vendors},
		Obligations: []policy.Obligation{{Act: "Regulation (EC) No 261/2004 on air passenger rights", Region: regionEU},
			{Act: "Regulation (EC) No 261/2004 as retained in UK law", Region: regionGB}},
		Required: "without your booking details and account of what happened we cannot handle your complaint or claim"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and news by email", Categories: []*policy.Category{booking, loyalty},
		Bases:    []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "offering our customers flights and services like those they have bought", Withdraw: "with the unsubscribe link in every email or in your account",
		OptOut: true, Profiling: true, ConsentMethod: policy.ConsentMethodCheckbox}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our websites and showing you our ads elsewhere", Categories: []*policy.Category{online},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{ads}}
	improve := &policy.Purpose{ID: "improve", Name: "Surveys and improving our services", Categories: []*policy.Category{booking, service, online},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning what passengers think of our flights and service", OptOut: true}
	records := &policy.Purpose{ID: "records", Name: "Keeping the records tax law requires", Categories: []*policy.Category{payment, booking},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Algemene wet inzake rijksbelastingen, Art. 52", Region: regionNL}, {Act: "the Taxes Management Act 1970", Region: regionGB}}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Koninklijke Luchtvaart Maatschappij N.V. (KLM)", Email: "privacy@klm.example", Address: "Amsterdamseweg 55, Amstelveen, the Netherlands"},
			Country: regionNL},
		DPO:            &policy.Contact{Name: "Data Protection Officer", Email: "dpo@klm.example"},
		Establishments: []policy.Establishment{{Region: regionGB, Contact: policy.Contact{Name: "KLM UK", Address: "London, United Kingdom", Email: "privacy@klm.example"}}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:       []policy.Law{policy.GDPR, policy.UKGDPR},
		Categories: []*policy.Category{booking, documents, assistance, meals, payment, loyalty, minors, service, online},
		NotCollected: []policy.Exclusion{
			{ID: "cctv", Name: "camera images at airports", Note: "The airports and the authorities there run the cameras, under their own privacy notices."},
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment service providers keep them."},
		},
		Purposes:   []*policy.Purpose{carriage, border, help, food, programme, fraud, claims, marketing, advertising, improve, records},
		Recipients: []*policy.Recipient{authorities, codeshare, group, partners, handlers, psp, screening, vendors, ads},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: authorities, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionGB, Destination: regionUS, Recipient: authorities, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionGB, Destination: language.MustParseRegion("FR"), Recipient: group, Categories: []*policy.Category{loyalty, booking}, Safeguard: policy.SafeguardAdequacy},
			{Origin: regionEU, Destination: regionIN, Recipient: vendors, Categories: []*policy.Category{booking, payment, loyalty, service}, Safeguard: policy.SafeguardStandardClauses,
				Note: "A copy of the clauses is available from our data protection officer."},
			{Origin: regionGB, Destination: regionIN, Recipient: vendors, Categories: []*policy.Category{booking, payment, loyalty, service}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "A copy of the clauses is available from our data protection officer."},
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationTravel, Recipient: authorities, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity},
			{Origin: regionGB, ChosenDestination: policy.ChosenDestinationTravel, Recipient: authorities, Categories: []*policy.Category{booking, documents}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and booking cookies", Party: policy.PartyFirst, Purpose: carriage, Categories: []*policy.Category{booking}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("with the privacy request form or by writing to privacy@klm.example"), policy.Right{Kind: policy.RightNoAutomatedDecision}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Deadline: policy.Months(1), Extension: policy.Months(2),
			VerificationDetail: "We may ask for your booking reference or membership number."},
		Redress: []policy.Redress{
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Autoriteit Persoonsgegevens", Website: "https://autoriteitpersoonsgegevens.nl"}, Region: regionNL},
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Information Commissioner's Office", Website: "https://ico.org.uk"}, Region: regionGB},
		},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are handled to the PCI DSS standard."},
		},
		Links:    policy.Links{CookieSettings: "https://www.klm.example/cookies", RequestForm: "https://www.klm.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@klm.example"},
	}
	return realPolicy{"airline (KLM)", p, []statement{
		{says: "KLM in Amstelveen, the Netherlands, is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionNL }},
		{says: "a data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "passengers in the United Kingdom are protected by the UK GDPR, and we have an office there", typed: func(p *policy.Policy) bool {
			return p.Subject(policy.UKGDPR) && p.Establishments[0].Region == regionGB
		}},
		{says: "we collect your name, contact details and flights when you book, or from the agent or person who booked for you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Sources, policy.SourceThirdParty) && p.Category("booking").SourceDetail != ""
		}},
		{says: "we collect passport details and other advance passenger information at check-in", typed: func(p *policy.Policy) bool { return p.Category("documents") != nil }},
		{says: "we must give passenger name records and advance passenger information to border authorities of the destination under EU and national law", typed: func(p *policy.Policy) bool {
			return p.Purpose("border").RestsOn(policy.BasisLegalObligation, policy.GDPR) && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "the EU PNR Directive and the API Directive lay down that obligation", typed: func(p *policy.Policy) bool { return len(p.Purpose("border").Obligations) >= 2 }},
		{says: "the laws of the United States and other countries outside Europe require the same data before a flight to them", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Purpose("border").Obligations, func(o policy.Obligation) bool { return o.Region == regionUS })
		}},
		{says: "data for flights to the United States goes to its authorities because it is needed to carry you there", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Recipient == recipient(p, "authorities") && p.Transfers[0].Safeguard == policy.SafeguardContractNecessity
		}},
		{says: "passenger data goes to the authorities of whichever country outside Europe you fly to, because that is needed to carry you there", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "authorities") && t.Safeguard == policy.SafeguardContractNecessity
			})
		}},
		{says: "without passport details we cannot carry you to a country that requires them", typed: func(p *policy.Policy) bool { return p.Purpose("border").Required != "" }},
		{says: "special assistance requests reveal health data, which we use with your explicit consent or, where you cannot consent, to protect your vital interests", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("assistance")
			return p.Category("assistance").Sensitivity == policy.SensitivitySpecial && pu.HasBasis(policy.BasisExplicitConsent) && pu.HasBasis(policy.BasisVitalInterestsIncapable)
		}},
		{says: "special meals may reveal religious beliefs or health, and we serve them with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("meals").Sensitivity == policy.SensitivitySpecial && p.Purpose("meals").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "airports and ground handlers receive what they need to check you in and assist you", typed: func(p *policy.Policy) bool { return recipient(p, "handlers").Role == policy.RoleProcessor }},
		{says: "codeshare and interline partners that operate your flight receive your booking as controllers under their own policies", typed: func(p *policy.Policy) bool {
			return recipient(p, "codeshare").Role == policy.RoleThirdParty && recipient(p, "codeshare").Purpose != ""
		}},
		{says: "we run the frequent-flyer programme together with Air France as joint controllers", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleJointController }},
		{says: "Air France and we agreed which of us does what for the programme, and you may write to either of us", typed: func(p *policy.Policy) bool { return recipient(p, "group").Arrangement != "" }},
		{says: "partner airlines and other programme partners are independent controllers of the data they exchange with us to credit and redeem miles", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Role == policy.RoleThirdParty && slices.Contains(p.Category("loyalty").Sources, policy.SourceThirdParty)
		}},
		{says: "we keep the programme data while you are a member and two years after", typed: func(p *policy.Policy) bool {
			return p.Category("loyalty").Retention == policy.WhileAccountActive(policy.Years(2))
		}},
		{says: "payment service providers take payments; they, not we, keep full card numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "psp") != nil && p.NotCollected[1].Category == p.Category("payment")
		}},
		{says: "we check payments for fraud, on our legitimate interest, with screening services", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && recipient(p, "screening") != nil
		}},
		{says: "an automated fraud check may refuse a payment or cancel a booking, and you can ask a person to review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return p.Purpose("fraud").Automated != "" && s.HumanReview && s.Contest != ""
		}},
		{says: "for a child travelling alone we collect the details of the adults who bring and collect the child", typed: func(p *policy.Policy) bool { return p.Category("minors") != nil }},
		{says: "children under 16 may join the programme or have an account only with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 16 && p.Children.ParentalConsent
		}},
		{says: "a parent or guardian books for a child and gives the child's data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("minors").Sources, policy.SourceOtherUsers)
		}},
		{says: "we do not run the cameras at airports; airports and authorities do, under their own notices", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Note != "" }},
		{says: "we handle complaints and compensation claims under the EU and UK air passenger rights regulations", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && p.Purpose("claims").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "customer service calls may be recorded", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("service").Items, "recordings of calls")
		}},
		{says: "we send offers by email with consent, or to customers for similar services, and you can unsubscribe in every email", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").Withdraw != ""
		}},
		{says: "we tailor offers to your travel history", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Profiling }},
		{says: "you may object to direct marketing at any time", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && p.Purpose("marketing").OptOut
		}},
		{says: "advertising cookies are set only with consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "ads").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we ask passengers for their opinion in surveys, which they may decline", typed: func(p *policy.Policy) bool { return p.Purpose("improve").OptOut }},
		{says: "IT and call centre providers, some in India, process data for us under standard contractual clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Country == regionIN && p.Transfers[3].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we disclose data to authorities on valid legal requests and to protect people's safety", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "we keep booking data seven years after the flight, as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention == policy.Keep(policy.Years(7), policy.EventContractEnd) && p.Purpose("records").Obligations != nil
		}},
		{says: "we delete advance passenger information within a day of the flight", typed: func(p *policy.Policy) bool {
			return p.Category("documents").Retention == policy.Keep(policy.Days(1), policy.EventPurposeAchieved)
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to processing and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction)
		}},
		{says: "you may complain to the Dutch data protection authority, or in the UK to the ICO", typed: func(p *policy.Policy) bool { return len(p.Redress) == 2 && hasRight(p, policy.RightComplaint) }},
		{says: "we may ask for your booking reference to check it is you", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Requests.Verification, policy.VerificationDataPoints)
		}},
		{says: "we answer within a month, which may be extended by two more", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Months(2) }},
		{says: "encryption, access controls, staff training and PCI DSS protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureStaffTraining) }},
		{says: "we post changes on the website and tell you of important ones", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "when you fly with a partner airline, its privacy policy also applies", typed: func(p *policy.Policy) bool {
			r := recipient(p, "codeshare")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
	}}
}

// bookingPlatform paraphrases the privacy statement of an accommodation
// booking platform in the manner of Booking.com: a Dutch controller that
// passes each booking to the accommodation, which is a controller of it in
// its own right, publishes guest reviews under the guest's first name,
// screens bookings for fraud, works with payment service providers and the
// companies of its group, personalises travel offers and ads, answers
// customers from service centres in many countries, and transfers data
// outside the EEA under standard contractual clauses.
func bookingPlatform() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information",
		Items:       []string{"name", "email address", "phone number", "password", "address", "date of birth", "saved travellers", "loyalty level"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	signin := &policy.Category{ID: "signin", Name: "Information from sign-in services", Items: []string{"name", "email address", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the social media or other service you sign in with",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	booking := &policy.Category{ID: "booking", Name: "Booking information",
		Items:       []string{"accommodation and dates", "names of the guests", "number and ages of children", "special requests", "expected arrival time", "price"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide the booking and handle any dispute about it, and then as long as the law requires")}
	needs := &policy.Category{ID: "needs", Name: "Accessibility and health needs", Items: []string{"accessibility needs and special requests that reveal health or religious beliefs"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number, expiry and holder's name", "billing address", "transactions and refunds"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment service providers",
		Retention: policy.AsRequiredBy("Dutch tax and accounting law"), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"review text, scores and photos", "first name", "country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityDefault,
		Retention: policy.ByCriteria("as long as the review is relevant to other travellers"), Linked: true}
	messages := &policy.Category{ID: "messages", Name: "Messages and calls", Items: []string{"messages between you and the accommodation", "chats and emails with customer service", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the accommodation you booked",
		Retention: policy.Keep(policy.Years(2), policy.EventPurposeAchieved), Linked: true}
	stay := &policy.Category{ID: "stay", Name: "Information from accommodation partners", Items: []string{"no-shows", "damage and complaints", "whether you stayed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the accommodation you booked",
		Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and usage information",
		Items:       []string{"IP address", "device and browser", "searches and pages viewed", "approximate location", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(13), policy.EventCollection)}
	risk := &policy.Category{ID: "risk", Name: "Fraud signals", Items: []string{"risk scores of bookings, payments and accounts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{account, booking, payment, device},
		Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}

	hotels := &policy.Recipient{ID: "accommodation", Name: "the accommodation you book", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, booking, needs, messages},
		Purpose:    "to provide your stay; each accommodation is a controller of the booking and uses it under its own privacy policy"}
	group := &policy.Recipient{ID: "group", Name: "the companies of our group, Booking Holdings", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, booking, payment, device, risk}, Country: regionUS,
		Purpose: "to take payments, give customer service, detect fraud and, where you agreed, market their services"}
	psp := &policy.Recipient{ID: "psp", Name: "payment service providers and other financial institutions", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{payment, booking}, Purpose: "to process payments, refunds and chargebacks"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, customer service, marketing and market research", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, booking, messages, device}, Country: regionIN}
	ads := &policy.Recipient{ID: "ads", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "business partners whose websites offer our bookings", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, booking}, Purpose: "where you book through their website, to serve you and pay them their commission"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement and other authorities", Role: policy.RoleAuthority, Conditional: true,
		Categories: []*policy.Category{account, booking, payment}, Purpose: "where the law requires it, or to prevent or investigate crime such as fraud"}

	book := &policy.Purpose{ID: "booking", Name: "Making and managing your booking", Categories: []*policy.Category{account, booking, payment, messages, stay, signin},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hotels, psp, group, vendors, affiliates},
		Required: "without your name, contact details and payment details we cannot make the booking"}
	special := &policy.Purpose{ID: "needs", Name: "Passing on accessibility and health needs", Categories: []*policy.Category{needs},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, Withdraw: "by asking customer service to remove the request", Recipients: []*policy.Recipient{hotels},
		Required: "giving it is up to you; without it the accommodation will not know of your needs"}
	support := &policy.Purpose{ID: "support", Name: "Customer service", Categories: []*policy.Category{account, booking, messages},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "training our staff and improving our service with call recordings",
		Recipients: []*policy.Recipient{vendors, group}, Required: "without your booking details we cannot help you with it"}
	publish := &policy.Purpose{ID: "reviews", Name: "Publishing guest reviews", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping other travellers choose where to stay",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending travel offers and news", Categories: []*policy.Category{account, booking},
		Bases:    []policy.Basis{policy.BasisConsent, policy.BasisLegitimateInterests},
		Interest: "telling our customers about travel offers like the bookings they made", Withdraw: "with the unsubscribe link in every message or in your account settings",
		OptOut: true, Profiling: true}
	personal := &policy.Purpose{ID: "personalisation", Name: "Personalising what we show you", Categories: []*policy.Category{account, booking, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing you the accommodation and offers most likely to suit you", Profiling: true, OptOut: true}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you travel-related ads on other websites", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{ads}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing fraud", Categories: []*policy.Category{account, booking, payment, device, risk},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "protecting our customers, our partners and ourselves from fraud",
		Recipients: []*policy.Recipient{group, psp, authorities},
		Automated:  "our fraud systems may cancel a booking or block an account that shows signs of fraud",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes, Contest: "by contacting customer service", HumanReview: true}}
	research := &policy.Purpose{ID: "research", Name: "Surveys and improving our services", Categories: []*policy.Category{booking, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how people use our services and what they think of them", OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{payment, booking},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Algemene wet inzake rijksbelastingen, Art. 52", Region: regionNL}}}

	p := &policy.Policy{
		Scope: []string{"our websites", "our apps", "our customer service"},
		Controller: policy.Controller{Contact: policy.Contact{Name: "Booking.com B.V.", Email: "privacy@booking.example", Address: "Oosterdokskade 163, Amsterdam, the Netherlands"},
			Country: regionNL},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dataprotection@booking.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		Laws:       []policy.Law{policy.GDPR},
		Categories: []*policy.Category{account, signin, booking, needs, payment, reviews, messages, stay, device, risk},
		Purposes:   []*policy.Purpose{book, special, support, publish, marketing, personal, advertising, fraud, research, legal},
		Recipients: []*policy.Recipient{hotels, group, psp, vendors, ads, affiliates, authorities},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Recipient: group, Categories: []*policy.Category{account, booking, payment, device, risk}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, Destination: regionIN, Recipient: vendors, Categories: []*policy.Category{account, booking, messages, device}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You can ask our data protection officer for a copy of the clauses."},
			{Origin: regionEU, ChosenDestination: policy.ChosenDestinationBooking, Recipient: hotels, Categories: []*policy.Category{account, booking, needs}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "functional cookies", Party: policy.PartyFirst, Purpose: book, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "marketing cookies", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights:   gdprRights("in your account settings or by writing to privacy@booking.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1)},
		Redress: []policy.Redress{
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Autoriteit Persoonsgegevens", Website: "https://autoriteitpersoonsgegevens.nl"}, Region: regionNL},
		},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}},
		Links:    policy.Links{CookieSettings: "https://www.booking.example/cookies", Security: "https://www.booking.example/security"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@booking.example"},
	}
	return realPolicy{"accommodation booking platform (Booking.com)", p, []statement{
		{says: "Booking.com B.V. in Amsterdam is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionNL && p.Subject(policy.GDPR) }},
		{says: "a data protection officer can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "the statement covers our websites, apps and customer service", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "we collect your name, contact details and the rest of your account when you register", typed: func(p *policy.Policy) bool { return p.Category("account") != nil }},
		{says: "if you sign in with a social media or other account we receive your name, email and photo from it", typed: func(p *policy.Policy) bool {
			return p.Category("signin").SourceDetail != ""
		}},
		{says: "when you book we collect the dates, the guests, children's ages and your special requests", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("booking").Items, "number and ages of children")
		}},
		{says: "you must have the consent of the other guests before you give us their details", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") }},
		{says: "accessibility and health needs you tell us are special data we pass on with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Category("needs").Sensitivity == policy.SensitivitySpecial && p.Purpose("needs").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "we collect payment details, and receive some from payment service providers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("payment").Sources, policy.SourceThirdParty)
		}},
		{says: "we collect device and usage information, including approximate location, automatically", typed: func(p *policy.Policy) bool {
			return p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "accommodation partners tell us of no-shows, damage and complaints", typed: func(p *policy.Policy) bool { return p.Category("stay").SourceDetail != "" }},
		{says: "the accommodation you book receives your booking and is the controller of it, under its own privacy policy", typed: func(p *policy.Policy) bool {
			return recipient(p, "accommodation").Role == policy.RoleThirdParty && recipient(p, "accommodation").Purpose != ""
		}},
		{says: "your booking goes to the accommodation in whatever country it is, because that is needed to provide your stay", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.ChosenDestination == policy.ChosenDestinationBooking && t.Recipient == recipient(p, "accommodation") && t.Safeguard == policy.SafeguardContractNecessity
			})
		}},
		{says: "messages you exchange with the accommodation pass through us and we keep them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").Sources, policy.SourceThirdParty)
		}},
		{says: "reviews are published with your first name and country unless you choose otherwise", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityDefault && slices.Contains(p.Category("reviews").Items, "first name")
		}},
		{says: "we may check reviews before publishing them and remove those that break our standards", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach)
		}},
		{says: "we use fraud signals derived from bookings, payments and devices to detect fraud", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("risk").DerivedFrom, p.Category("payment"))
		}},
		{says: "our fraud systems may cancel a booking or block an account, and you can contact customer service to have a person review it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && s.HumanReview
		}},
		{says: "payment service providers and financial institutions process payments, refunds and chargebacks", typed: func(p *policy.Policy) bool { return recipient(p, "psp") != nil }},
		{says: "the companies of our group receive data to take payments, give service, detect fraud and market", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && recipient(p, "group").Country == regionUS
		}},
		{says: "business partners whose websites offer our bookings receive the bookings made through them", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates") != nil }},
		{says: "we send travel offers with consent, or to customers on our legitimate interest, and you can unsubscribe in every message", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("marketing").OptOut
		}},
		{says: "we personalise search results and offers to what you have searched for and booked", typed: func(p *policy.Policy) bool { return p.Purpose("personalisation").Profiling }},
		{says: "with your consent, marketing cookies let partners show you travel-related ads on other websites", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "you may object to direct marketing at any time", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && p.Purpose("marketing").OptOut
		}},
		{says: "customer service is given from our offices and providers in many countries", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Country == regionIN && p.Purpose("support").Recipients != nil
		}},
		{says: "calls with customer service may be recorded for training and quality", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").Items, "recordings of calls") && p.Purpose("support").Interest != ""
		}},
		{says: "data transferred outside the EEA is protected by the EU standard contractual clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we disclose data to authorities where the law requires it or to prevent fraud", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "if our business is sold, data may go to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we run surveys and research to improve our services, and you can decline to take part", typed: func(p *policy.Policy) bool { return p.Purpose("research").OptOut }},
		{says: "we keep data as long as needed for the booking and disputes, and payment records as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionCriteria && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "you may access, correct, delete and port your data, restrict or object to processing, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may complain to the Dutch data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) && len(p.Redress) == 1 }},
		{says: "we verify requests through your account or email address", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "our services are not for children under 16; a parent or guardian books for them", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we take technical and organisational measures, including monitoring for incidents, to protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureIncidentDetection) }},
		{says: "cookie choices can be changed in the cookie settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "we tell you of material changes in the service or by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}
