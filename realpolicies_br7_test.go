package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policies below paraphrase, in our own words and as we recall them,
// three privacy policies under the LGPD as published in 2024-2025: that of
// a Brazilian retailer with an online marketplace (Americanas), of a
// Brazilian digital bank with a shopping marketplace in its app (Banco
// Inter) and of a delivery app (Rappi Brasil).

var br7RegionCO = language.MustParseRegion("CO")

// realPolicyBr7Americanas paraphrases, in our own words and as we recall
// it, the privacy policy of Americanas S.A., a Brazilian retailer with
// physical stores and an online marketplace under the brands Americanas,
// Submarino, Shoptime and Sou Barato, as published in 2024-2025: the
// customer's registration, orders online and in the stores with the CPF on
// the invoice, the marketplace sellers who receive what they need to
// deliver, pickup in a store by someone you name, the anti-fraud check of
// orders, reviews published with your name, offers and advertising, the
// Ame wallet of the group, and the rights of LGPD Art. 18 in a privacy
// portal.
func realPolicyBr7Americanas() realPolicy {
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items:       []string{"name", "CPF", "date of birth", "gender", "email address", "mobile phone number", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Google, Facebook or Apple, if you sign in with them: your name, email address and profile photo", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	addresses := &policy.Category{ID: "addresses", Name: "Delivery and pickup details",
		Items:       []string{"delivery addresses", "the name of the person who receives the order", "the name and document number of the person you name to collect an order in a store"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5))}
	orders := &policy.Category{ID: "orders", Name: "Purchases",
		Items: []string{"products bought on our websites and apps, from us or from marketplace sellers", "purchases in our stores where you give your CPF for the invoice",
			"price, payment method and invoice", "deliveries, exchanges and returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits and expiry date", "a token from the payment provider that stands for a card you save"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"the ratings and comments you write on products and sellers", "the name or nickname and city shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the product is on sale, unless you delete the review")}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"the location of your phone, if you allow the app to read it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	browsing := &policy.Category{ID: "browsing", Name: "Navigation data",
		Items:       []string{"IP address, with date and time", "device, browser and operating system", "searches, pages and products viewed and the cart", "cookie and advertising identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	fraudData := &policy.Category{ID: "fraud-data", Name: "Anti-fraud information", Items: []string{"scores and alerts on the order, the card and the device", "records of orders refused or cancelled for fraud"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "anti-fraud companies and credit bureaus",
		DerivedFrom: []*policy.Category{orders, browsing}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"calls, chats and emails with our customer service (SAC)", "complaints and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Interests we infer", Items: []string{"the products and categories you are likely to want", "the offers most likely to interest you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, browsing}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	sellers := &policy.Recipient{ID: "sellers", Name: "the marketplace sellers whose products you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, addresses, orders}, Country: regionBR,
		Purpose: "to issue the invoice, send the product and handle exchanges and returns: your name, CPF, address, phone and order"}
	carriers := &policy.Recipient{ID: "carriers", Name: "the Post Office (Correios) and delivery companies", Role: policy.RoleProcessor, Categories: []*policy.Category{registration, addresses, orders}, Country: regionBR,
		Purpose: "to deliver orders"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers, card acquirers and banks", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, card, orders}, Country: regionBR,
		Purpose: "to take payments by card, Pix and bank slip"}
	ame := &policy.Recipient{ID: "ame", Name: "Ame Digital, the payment institution of our group", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, orders}, Country: regionBR,
		Conditional: true, Purpose: "you pay with Ame or earn cashback in it"}
	antifraud := &policy.Recipient{ID: "antifraud", Name: "anti-fraud companies", Role: policy.RoleProcessor, Categories: []*policy.Category{registration, addresses, orders, card, browsing, fraudData}, Country: regionBR,
		Purpose: "to analyse orders for fraud"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, customer service and marketing providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, addresses, orders, browsing, location, service, inferred}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners, such as Google and Meta", Role: policy.RoleThirdParty, Categories: []*policy.Category{browsing}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, addresses, orders, browsing, service}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	sales := &policy.Purpose{ID: "sales", Name: "Registering you and selling and delivering your orders, from us and from marketplace sellers",
		Categories: []*policy.Category{registration, addresses, orders, card, location},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, carriers, payments, ame, vendors},
		Required: "an order cannot be placed without your name, CPF and delivery address, which the invoice and the delivery need"}
	support := &policy.Purpose{ID: "service", Name: "Answering you in our customer service and handling exchanges, returns and complaints",
		Categories: []*policy.Category{registration, orders, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, vendors}}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews of products and sellers", Categories: []*policy.Category{registration, reviews},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping our customers choose with the experience of others", OptOut: true}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Showing you products and offers that suit you", Categories: []*policy.Category{orders, browsing, location, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer the products most likely to interest them", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vendors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers by email, SMS, WhatsApp and app notifications",
		Categories: []*policy.Category{registration, inferred},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products and promotions", OptOut: true,
		Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing our advertising and that of brands on our websites and elsewhere, and measuring it",
		Categories: []*policy.Category{browsing},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Analysing orders to prevent fraud", Categories: []*policy.Category{registration, addresses, orders, card, browsing, fraudData},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisCreditProtection}, Interest: "protecting our customers and us from purchases made with someone else's card or in someone else's name",
		Recipients: []*policy.Recipient{antifraud, payments},
		Automated:  "an automated analysis of your order, card and device may hold the order for checks or cancel it",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by talking to our customer service"}}
	records := &policy.Purpose{ID: "records", Name: "Issuing invoices, keeping tax records and keeping records of access to our websites and apps",
		Categories: []*policy.Category{registration, orders, browsing},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, orders, service, fraudData},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Americanas S.A. – Em Recuperação Judicial", Address: "Rio de Janeiro, RJ, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "privacidade@americanas.example", Website: "https://americanas.example/privacidade/portal"},
		Version: "2025", Effective: policy.MakeDate(2025, time.September, 1), Updated: policy.MakeDate(2025, time.September, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the websites and apps of Americanas, Submarino, Shoptime and Sou Barato", "the Americanas stores"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{registration, addresses, orders, card, reviews, location, browsing, fraudData, service, inferred},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "full card numbers or security codes", Category: card,
			Note: "The payment provider keeps them and gives us a token for the card."}},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{sales, support, reviewing, personalisation, marketing, advertising, fraud, records, claims},
		Recipients: []*policy.Recipient{sellers, carriers, payments, ame, antifraud, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, addresses, orders, browsing, location, service, inferred}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest,
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{browsing}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal"}, {Kind: policy.RightRectification, How: "in your account"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "in the privacy portal"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account's communication settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking our customer service for a person to review the cancellation of an order"}, {Kind: policy.RightComplaint},
		},
		Requests:   policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:      policy.Links{RequestForm: "https://americanas.example/privacidade/portal", CookieSettings: "https://americanas.example/privacidade/cookies"},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege}, {Kind: policy.MeasureIncidentDetection}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "privacidade@americanas.example"},
	}
	return realPolicy{"retailer and marketplace (Americanas)", p, []statement{
		{says: "Americanas S.A., in judicial reorganisation, in Rio de Janeiro, with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && p.Controller.Name != ""
		}},
		{says: "the policy covers the websites and apps of Americanas, Submarino, Shoptime and Sou Barato and our stores", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the encarregado answers by email and through the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect your name, CPF, date of birth, gender, email, phone and password when you register", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 7 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "if you sign in with Google, Facebook or Apple, we receive your name, email and photo from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("registration").Sources, policy.SourceThirdParty) && p.Category("registration").SourceDetail != ""
		}},
		{says: "you give us delivery addresses and the name of who receives the order", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").Uses(p.Category("addresses"))
		}},
		{says: "you may name someone else to collect an order in a store, giving us that person's name and document, and you answer for having the right to give them", typed: func(p *policy.Policy) bool {
			return p.Category("addresses").OthersConsent && slices.Contains(p.Category("addresses").Sources, policy.SourceOtherUsers)
		}},
		{says: "we record what you buy online and, when you give your CPF for the invoice, in our stores", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 4
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("card") && p.NotCollected[0].Note != ""
		}},
		{says: "we read your phone's location only if you allow it, to show nearby stores and delivery times", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("sales").Uses(p.Category("location"))
		}},
		{says: "we record your IP address, device, searches, pages, cart and cookie identifiers", typed: func(p *policy.Policy) bool {
			return len(p.Category("browsing").Items) == 4 && p.Category("browsing").Tracking
		}},
		{says: "selling and delivering rests on our contract with you, and an order needs your name, CPF and address (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("sales").Required != ""
		}},
		{says: "when you buy from a marketplace seller, the seller receives your name, CPF, address, phone and order to invoice and send it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return slices.Contains(r.Categories, p.Category("addresses")) && r.Purpose != "" && slices.Contains(p.Purpose("sales").Recipients, r)
		}},
		{says: "each seller uses what it receives as a controller in its own right, under its own responsibility", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty
		}},
		{says: "the Correios and delivery companies deliver orders on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Role == policy.RoleProcessor }},
		{says: "payment providers, acquirers and banks receive what they need to take payments by card, Pix and bank slip", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && slices.Contains(recipient(p, "payments").Categories, p.Category("card"))
		}},
		{says: "if you pay with Ame or earn cashback, Ame Digital, a company of our group, receives your order", typed: func(p *policy.Policy) bool {
			return recipient(p, "ame").Conditional && recipient(p, "ame").Purpose != ""
		}},
		{says: "our customer service answers you and handles exchanges, returns and complaints, together with the seller where you bought from one", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").HasBasis(policy.BasisContract) && slices.Contains(p.Purpose("service").Recipients, recipient(p, "sellers"))
		}},
		{says: "we record calls to customer service and tell you so at the start", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "your reviews are published with your name or nickname and city", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "we check orders with anti-fraud companies and credit bureaus, in our legitimate interest and to protect credit (Art. 7(IX), 7(X))", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.RestsOn(policy.BasisCreditProtection, policy.LGPD) && pu.HasBasis(policy.BasisLegitimateInterests) && p.Category("fraud-data").SourceDetail != ""
		}},
		{says: "an automated anti-fraud analysis may hold or cancel an order, and you may ask for it to be reviewed (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we may cancel orders and block accounts used for fraud or against our terms, and you may contest it with customer service", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contestable()
		}},
		{says: "we show you products and offers from what you buy and browse, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.Interest != ""
		}},
		{says: "we infer from your purchases and browsing which products and offers may interest you", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2 && p.Category("inferred").Sources[0] == policy.SourceDerived
		}},
		{says: "we send offers by email, SMS, WhatsApp and notifications, and you may stop them by the link in each message or in your account", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && hasRight(p, policy.RightObjection)
		}},
		{says: "analytics and advertising cookies are set with your consent in the cookie banner, which you may change", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep you signed in and keep the cart", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "brands advertise on our websites, and we measure their campaigns, without giving them your identity", free: toPurpose("advertising")},
		{says: "we issue invoices and keep tax records as tax law requires, and access records for six months as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("browsing").Retention.Period == policy.Months(6)
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "technology, cloud, customer service and marketing providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses && p.Transfers[0].Destination == regionUS
		}},
		{says: "we give data to courts, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we may share statistics that identify no one", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we keep customers' data for five years after the account is closed, the time for consumer claims", typed: func(p *policy.Policy) bool {
			return p.Category("registration").Retention.Criteria != "" && p.Category("registration").Retention.Period == policy.Years(5)
		}},
		{says: "when you ask us to delete your data, we keep what the law obliges us to keep, what we need for disputes and what prevents fraud", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims) && d.Keeps(policy.KeptFraud)
			})
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through the privacy portal, where we may ask for a document to confirm who you are, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.Contains(p.Requests.Verification, policy.VerificationDocument) && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "we encrypt connections, give staff access only to what their work needs and watch for incidents", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureLeastPrivilege) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "we never ask for your password or codes by phone, email or WhatsApp; beware of messages and fake websites that do", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "websites and social networks we link to have their own privacy policies, which this one does not cover", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.External, policy.ExternalLinkedSites) && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "registration and purchases are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes on our websites and tell you of material ones by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail) && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
	}}
}

// realPolicyBr7Inter paraphrases, in our own words and as we recall it,
// the privacy policy of Banco Inter S.A. and the other companies of the
// Inter group in Brazil, a digital bank whose app also sells the goods of
// partner stores with cashback, as published in 2024-2025: the
// registration checked with a document and a selfie, bank secrecy, Pix,
// the investor profile, credit on the ground of credit protection, Open
// Finance on consent, the shopping marketplace and its cashback, the Loop
// points programme, the Global Account opened with the group's US
// companies, accounts for children opened by a parent, the ombudsman, and
// the rights of LGPD Art. 18.
func realPolicyBr7Inter() realPolicy {
	registration := &policy.Category{ID: "registration", Name: "Registration data",
		Items: []string{"full name", "CPF", "date of birth", "mother's name", "nationality", "address", "email address", "mobile phone number",
			"occupation, income and assets", "whether you are a politically exposed person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}}
	documents := &policy.Category{ID: "documents", Name: "Documents", Items: []string{"photo of your identity card (RG) or driving licence (CNH)", "proof of address and of income"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd, Law: "Central Bank Circular No. 3,978/2020, Art. 67"}}
	biometric := &policy.Category{ID: "biometric", Name: "Facial biometrics",
		Items:     []string{"the selfie you take when you open your account, compared with the photo of your document", "the selfies that confirm it is you when you sign in on a new phone or authorise a transaction"},
		Biometric: true, Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(5))}
	financial := &policy.Category{ID: "financial", Name: "Financial data",
		Items: []string{"balance and statement of your account", "Pix, transfers, bills paid and deposits", "purchases and bills of your credit card",
			"loans, investments, insurance and consortia you take out with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	pixKeys := &policy.Category{ID: "pix", Name: "Pix keys", Items: []string{"the CPF, phone number, email address or random key you register"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	investor := &policy.Category{ID: "investor-profile", Name: "Investor profile",
		Items:       []string{"your investment goals and horizon", "your knowledge of investments", "how much risk you accept"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Law: "CVM Resolution No. 30/2021 on the suitability of investments"}}
	credit := &policy.Category{ID: "credit", Name: "Credit information",
		Items:       []string{"records of the Central Bank's credit information system (SCR)", "positive credit history (Cadastro Positivo)", "credit scores and records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and the credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	openFinanceIn := &policy.Category{ID: "open-finance", Name: "Data from other institutions in Open Finance", Items: []string{"accounts, cards, loans and investments you hold elsewhere"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the institutions you authorise in Open Finance", Linked: true,
		Retention: policy.Until(policy.EventConsentExpiry)}
	shopping := &policy.Category{ID: "shopping", Name: "Purchases in Inter Shop", Items: []string{"the products, trips and top-ups you buy from partner stores in the app", "the cashback you earn on them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the partner stores, which confirm your purchases", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	loop := &policy.Category{ID: "loop", Name: "Loop points", Items: []string{"the points you earn with your card and purchases", "the points you redeem and for what"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Location of your phone", Items: []string{"the location of your phone when you use the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	device := &policy.Category{ID: "device", Name: "Device and app use",
		Items:       []string{"device identifier, model and operating system", "IP address, with date and time", "the screens and features you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"chats in the app", "recordings of calls", "complaints to the ombudsman"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the products of the Inter group and its partners you are likely to want"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{financial, shopping, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	group := &policy.Recipient{ID: "group", Name: "the companies of the Inter group in Brazil, such as Inter DTVM, Inter Seguros and Inter Shop", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial, investor, shopping, loop}, Country: regionBR,
		Purpose: "to provide the investments, insurance, shopping and other products each of them offers, and to offer you their products"}
	globalAccount := &policy.Recipient{ID: "global-account", Name: "the US companies of Inter&Co that provide the Global Account", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, documents, financial}, Country: regionUS, Conditional: true,
		Purpose: "you open a Global Account in US dollars, which a US company of the group holds for you"}
	payees := &policy.Recipient{ID: "payees", Name: "people and businesses you pay or who pay you", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a Pix or a transfer, which shows your name, part of your CPF and your bank to the other party"}
	cardNetwork := &policy.Recipient{ID: "card-network", Name: "Mastercard and the acquirers of the stores where you buy", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Purpose: "to authorise and settle the purchases you make with your card"}
	stores := &policy.Recipient{ID: "stores", Name: "the partner stores of Inter Shop", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, shopping}, Country: regionBR, Conditional: true,
		Purpose: "you buy from them in the app, so that they deliver what you bought and confirm the purchase for your cashback"}
	insurers := &policy.Recipient{ID: "insurers", Name: "the insurers whose insurance we sell", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration}, Country: regionBR, Conditional: true, Purpose: "you take out their insurance in the app"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit, financial}, Country: regionBR,
		Purpose: "to analyse your credit, keep your positive credit history and record unpaid debts"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, the Securities Commission (CVM), COAF and the Federal Revenue", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, pixKeys, credit}, Country: regionBR,
		Purpose: "to register Pix keys in the Central Bank's directory, report loans to the SCR, report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, financial, device}, Country: regionBR, Conditional: true, Purpose: "a court orders it, or the law otherwise requires it"}
	openFinanceOut := &policy.Recipient{ID: "open-finance", Name: "institutions you choose in Open Finance", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration, financial}, Country: regionBR, Conditional: true,
		Purpose: "you consent to share your data with them, for the data and the time you choose"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, identity verification, messaging and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, documents, biometric, financial, location, device, service}, Country: regionUS}
	collection := &policy.Recipient{ID: "collection", Name: "debt collection agencies", Role: policy.RoleProcessor, Categories: []*policy.Category{registration, financial}, Country: regionBR,
		Purpose: "to collect overdue card bills and loan instalments on our behalf"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: regionUS}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your account and card and making your payments, transfers and Pix",
		Categories: []*policy.Category{registration, documents, financial, pixKeys, device, service},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payees, cardNetwork, group, vendors},
		Required: "we cannot open an account without your registration data and a document, which the Central Bank's rules require us to collect and check"}
	kyc := &policy.Purpose{ID: "kyc", Name: "Knowing our customers and preventing money laundering and the financing of terrorism", Categories: []*policy.Category{registration, documents, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR}}}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Reporting to the Central Bank and the Federal Revenue", Categories: []*policy.Category{registration, financial, pixKeys, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, courts},
		Obligations: []policy.Obligation{{Act: "the Central Bank's Pix Regulation (Resolution BCB No. 1/2020)", Region: regionBR},
			{Act: "the Central Bank's rules on the credit information system (SCR)", Region: regionBR},
			{Act: "Federal Revenue Normative Instruction No. 1,571/2015 (e-Financeira)", Region: regionBR}}}
	suitability := &policy.Purpose{ID: "suitability", Name: "Assessing your investor profile before we recommend investments", Categories: []*policy.Category{registration, investor},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{group},
		Obligations: []policy.Obligation{{Act: "CVM Resolution No. 30/2021 (suitability)", Region: regionBR}},
		Required:    "the Securities Commission's rules require the profile; without it we cannot recommend investments to you"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming your identity and preventing fraud and scams",
		Categories: []*policy.Category{registration, documents, biometric, location, device, financial},
		Bases:      []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping our customers' accounts and money safe from fraud and scams",
		Recipients: []*policy.Recipient{vendors},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetCard, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundMoneyLaundering},
			Contest: "by talking to us in the app's chat or calling our customer service"}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing your credit and setting the limits of your card and loans", Categories: []*policy.Category{registration, financial, credit, openFinanceIn},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated: "your card limit and the loans we offer you are set by models that weigh your income, your use of the account and your credit records"}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{registration, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area", Recipients: []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	shop := &policy.Purpose{ID: "shop", Name: "Selling you the products of partner stores in Inter Shop and paying your cashback", Categories: []*policy.Category{registration, shopping, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, insurers, group}}
	loyalty := &policy.Purpose{ID: "loop", Name: "Running the Loop points programme", Categories: []*policy.Category{registration, financial, loop},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group}}
	global := &policy.Purpose{ID: "global-account", Name: "Opening and running your Global Account in US dollars", Categories: []*policy.Category{registration, documents, financial},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{globalAccount}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of the Inter group and its partners", Categories: []*policy.Category{registration, financial, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products suited to how they use their account", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{group}}
	improve := &policy.Purpose{ID: "improve", Name: "Doing research and developing and improving our products", Categories: []*policy.Category{financial, device, service},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how our customers use the app so that we make it simpler and better"}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and apps and measuring our campaigns", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	collect := &policy.Purpose{ID: "collection", Name: "Collecting overdue bills and instalments", Categories: []*policy.Category{registration, financial},
		Bases: []policy.Basis{policy.BasisExerciseOfRights, policy.BasisCreditProtection}, Recipients: []*policy.Recipient{collection, bureaus}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings",
		Categories: []*policy.Category{registration, financial, service},
		Bases:      []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Banco Inter S.A.", Address: "Belo Horizonte, MG, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "dpo@inter.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.September, 15), Updated: policy.MakeDate(2025, time.September, 15),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"the Inter app and website", "Inter DTVM, Inter Seguros, Inter Shop and the other companies of the Inter group in Brazil"},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		Categories: []*policy.Category{registration, documents, biometric, financial, pixKeys, investor, credit, openFinanceIn, shopping, loop, location, device, service, inferred},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{accounts, kyc, regulatory, suitability, fraud, lending, sharing, shop, loyalty, global, marketing, improve, advertising, collect, claims},
		Recipients: []*policy.Recipient{group, globalAccount, payees, cardNetwork, stores, insurers, bureaus, regulators, courts, openFinanceOut, vendors, collection, adPartners},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{registration, documents, biometric, financial, location, device, service}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: globalAccount, Categories: []*policy.Category{registration, documents, financial}, Safeguard: policy.SafeguardContractNecessity},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims},
			KeptRestricted: true}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app or by writing to the encarregado"}, {Kind: policy.RightRectification, How: "in the app"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app's notification settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking in the app's chat for a person to review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests:   policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}, WithoutAccount: "by writing to the encarregado"},
		Redress:    []policy.Redress{{Kind: policy.RedressOmbudsman, Contact: policy.Contact{Name: "Ouvidoria Inter", Phone: "0800 000 0000"}}},
		Security:   []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection}, {Name: "the i-safe token in the app, which confirms your transactions"}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Links:      policy.Links{CookieSettings: "https://inter.example/privacidade/cookies"},
		Children:   policy.Children{MinimumAge: 18, ParentalConsent: true, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls}},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "dpo@inter.example"},
	}
	return realPolicy{"digital bank and super app (Banco Inter)", p, []statement{
		{says: "Banco Inter S.A. in Belo Horizonte, with its CNPJ, is the controller, with Inter DTVM, Inter Seguros, Inter Shop and the group's other companies in Brazil", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 2
		}},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email == "dpo@inter.example" }},
		{says: "we collect your name, CPF, date of birth, mother's name, nationality, address, email, phone, occupation, income and assets, and whether you are politically exposed", typed: func(p *policy.Policy) bool {
			return len(p.Category("registration").Items) == 10 && p.Category("registration").Sources[0] == policy.SourceUser
		}},
		{says: "we ask for a photo of your RG or CNH and proofs of address and income", typed: func(p *policy.Policy) bool {
			return len(p.Category("documents").Items) == 2 && p.Purpose("kyc").Uses(p.Category("documents"))
		}},
		{says: "we compare a selfie with your document when you open the account, and ask for selfies to confirm it is you, to prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("fraud").RestsOn(policy.BasisFraudPrevention, policy.LGPD) && p.Purpose("fraud").Uses(p.Category("biometric"))
		}},
		{says: "we process your balance, Pix, transfers, bills, card purchases, loans, investments, insurance and consortia", typed: func(p *policy.Policy) bool {
			return len(p.Category("financial").Items) == 4
		}},
		{says: "financial data is covered by bank secrecy under Complementary Law 105/2001", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && len(p.Category("financial").Secrecy.Laws) == 1
		}},
		{says: "we record your device, IP address and how you use the app", typed: func(p *policy.Policy) bool {
			return len(p.Category("device").Items) == 3 && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we read your phone's location only if you allow it, to prevent fraud", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("fraud").Uses(p.Category("location"))
		}},
		{says: "we consult the Central Bank's SCR, the credit bureaus and the positive credit register", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && len(p.Category("credit").Items) == 3
		}},
		{says: "we record chats and calls with customer service and tell you when a call is recorded", typed: func(p *policy.Policy) bool { return p.Category("service").RecordingNotice }},
		{says: "running your account and card and making your payments rests on our contract with you (Art. 7(V)), and an account needs your data and a document", typed: func(p *policy.Policy) bool {
			return p.Purpose("accounts").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("accounts").Required != ""
		}},
		{says: "the law on money laundering obliges us to know our customers and report suspicious transactions to COAF", typed: func(p *policy.Policy) bool {
			return p.Purpose("kyc").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("kyc").Obligations) == 2
		}},
		{says: "your Pix keys are registered in the Central Bank's directory, and we report to the SCR and to the Federal Revenue", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "regulators").Categories, p.Category("pix")) && len(p.Purpose("regulatory").Obligations) == 3
		}},
		{says: "Inter DTVM asks for your investor profile, as the CVM's rules require, before it recommends investments", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("suitability")
			return pu.RestsOn(policy.BasisLegalObligation, policy.LGPD) && pu.Uses(p.Category("investor-profile")) && pu.Required != ""
		}},
		{says: "a Pix shows your name, part of your CPF and your bank to the other party", typed: func(p *policy.Policy) bool {
			r := recipient(p, "payees")
			return r.Conditional && slices.Contains(r.Categories, p.Category("pix"))
		}},
		{says: "we check transactions, devices and locations to prevent fraud, on the ground of fraud prevention and our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we may block your account, card or a payment on suspicion of fraud, of someone else using your account or of money laundering, and you may talk to us in the chat", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetPayment) && slices.Contains(s.Grounds, policy.SuspensionGroundMoneyLaundering) && s.Contest != ""
		}},
		{says: "under the Central Bank's special return mechanism for Pix (MED), we may block money received in a Pix reported as a scam and return it to the payer", free: toPurpose("fraud")},
		{says: "we analyse your credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").RestsOn(policy.BasisCreditProtection, policy.LGPD)
		}},
		{says: "card limits and loan offers are set by automated models, and you may ask a person to review them (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with your consent we share data with, and receive data from, the institutions you choose in Open Finance", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").RestsOnConsent() && p.Category("open-finance").Retention.From == policy.EventConsentExpiry
		}},
		{says: "when you buy in Inter Shop, the partner store receives what it needs to deliver and confirms your purchase so that we pay your cashback", typed: func(p *policy.Policy) bool {
			return recipient(p, "stores").Conditional && slices.Contains(p.Category("shopping").Sources, policy.SourceThirdParty) && p.Purpose("shop").Uses(p.Category("shopping"))
		}},
		{says: "the partner stores' own policies govern what they do with your data", typed: func(p *policy.Policy) bool { return recipient(p, "stores").Role == policy.RoleThirdParty }},
		{says: "we record the Loop points you earn and redeem, to run the programme", typed: func(p *policy.Policy) bool {
			return p.Purpose("loop").Uses(p.Category("loop")) && p.Purpose("loop").HasBasis(policy.BasisContract)
		}},
		{says: "if you open a Global Account, the group's US companies receive your data, which goes to the United States because the contract needs it (Art. 33(IX))", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Recipient == recipient(p, "global-account") && t.Safeguard == policy.SafeguardContractNecessity
			})
		}},
		{says: "insurers receive your data when you take out their insurance in the app", typed: func(p *policy.Policy) bool { return recipient(p, "insurers").Conditional }},
		{says: "we offer products of the Inter group and its partners on our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && pu.HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "we infer from your account, purchases and use of the app which products you may want", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 3 && p.Purpose("marketing").Profiling
		}},
		{says: "we use data to improve our products, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("improve").Interest != ""
		}},
		{says: "the companies of the Inter group receive data to provide their products and offer them to you", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != "" && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "Mastercard and the acquirers receive what they need to process your card purchases", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-network").Purpose != ""
		}},
		{says: "cloud, technology and customer service providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to courts, police and prosecutors when a court orders it or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "debt collection agencies collect overdue bills for us, and credit bureaus record unpaid debts", typed: func(p *policy.Policy) bool {
			return recipient(p, "collection").Role == policy.RoleProcessor && slices.Contains(p.Purpose("collection").Recipients, recipient(p, "bureaus"))
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration and transaction records for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Category("registration").Retention.Law != ""
		}},
		{says: "after you close your account we keep only what the law obliges us to keep and what we need to defend ourselves, blocked (bloqueado) for any other use, and delete it when the time runs out", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool {
				return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.KeptRestricted
			})
		}},
		{says: "advertising and analytics cookies are set with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, block, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object to offers, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app or to the encarregado, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Requests.WithoutAccount != ""
		}},
		{says: "if our customer service did not resolve your complaint, you may turn to our ombudsman (Ouvidoria) by phone", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Redress, func(r policy.Redress) bool { return r.Kind == policy.RedressOmbudsman && r.Contact.Phone != "" })
		}},
		{says: "we encrypt data, control access and watch for incidents, and your transactions are confirmed with the i-safe token", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureIncidentDetection) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Name != "" })
		}},
		{says: "Inter never asks for your password or codes by phone or message; keep them secret and report suspicious contacts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "websites of others that the app links to have their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "an account for a child is opened by a parent or guardian, who authorises and follows its use", typed: func(p *policy.Policy) bool {
			return p.Children.ParentalConsent && slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
	}}
}

// realPolicyBr7Rappi paraphrases, in our own words and as we recall it,
// the privacy policy of Rappi Brasil Intermediação de Negócios Ltda. for
// the users of the Rappi delivery app in Brazil, as published in
// 2024-2025: the account, delivery addresses and location, orders passed
// to the stores and restaurants and to the independent couriers, chats
// with the courier through the app, Rappi Prime, the age check for
// alcohol, the blocking of accounts used for fraud, offers and
// advertising, the group's technology in Colombia and the United States,
// couriers and partner stores left to their own policies, and the rights
// of LGPD Art. 18.
func realPolicyBr7Rappi() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data",
		Items:       []string{"name", "email address", "mobile phone number", "CPF, if you want it on the invoice", "date of birth", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Google, Facebook or Apple, if you sign in with them", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	addresses := &policy.Category{ID: "addresses", Name: "Delivery addresses", Items: []string{"the addresses you save, with instructions for the courier", "the name of whoever receives the order, if not you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"the GPS location of your phone while the app is open, to show the stores that deliver to you and find your address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as we keep the record of the order it belongs to")}
	orders := &policy.Category{ID: "orders", Name: "Orders",
		Items: []string{"the stores and restaurants you order from and what you order", "price, fees, tips, coupons and payment method", "delivery times and route of the courier",
			"your Rappi Prime subscription"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for tax records"}}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits and expiry date", "a token from the payment provider that stands for the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	comms := &policy.Category{ID: "communications", Name: "Communications", Items: []string{"chats and calls with the courier through the app", "chats with our support, with the photos you send of a wrong or damaged order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to settle the matter and any dispute about it")}
	ratings := &policy.Category{ID: "ratings", Name: "Ratings", Items: []string{"the ratings and comments you give stores, restaurants and couriers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	device := &policy.Category{ID: "device", Name: "Device and access data", Items: []string{"IP address, with date and time", "device identifiers and model", "operating system and app version"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising data", Items: []string{"advertising identifiers and cookies", "which of our campaigns brought you to the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"the stores, dishes and products you are likely to want", "when you usually order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, location}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	stores := &policy.Recipient{ID: "stores", Name: "the stores, restaurants, supermarkets and pharmacies you order from", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, addresses, orders}, Country: regionBR,
		Purpose: "to prepare your order, issue the invoice and, where they deliver it themselves, deliver it: your name, order and, then, your address"}
	couriers := &policy.Recipient{ID: "couriers", Name: "the independent courier who takes your order", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, addresses, orders}, Country: regionBR,
		Purpose: "to collect and deliver your order: your first name, address, delivery instructions and order"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers and card acquirers", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, card, orders}, Country: regionBR,
		Purpose: "to authorise and settle payments by card and Pix"}
	group := &policy.Recipient{ID: "group", Name: "Rappi S.A.S. in Colombia and the other companies of the Rappi group, which run the platform", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, addresses, location, orders, comms, ratings, device, inferred}, Country: br7RegionCO,
		Purpose: "to host and run the app and its support for us"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, messaging, anti-fraud and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, addresses, location, orders, comms, device}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{tracking, device}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon, the police and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, orders, comms, device}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	ordering := &policy.Purpose{ID: "orders", Name: "Taking your orders, passing them to the store and the courier, taking payment and letting you follow the delivery",
		Categories: []*policy.Category{account, addresses, location, orders, card, comms},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, couriers, payments, group, vendors},
		Required: "an order cannot be placed without your name, phone number, delivery address and a way to pay"}
	support := &policy.Purpose{ID: "support", Name: "Answering you, refunding wrong or missing items and handling complaints", Categories: []*policy.Category{account, orders, comms},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, group, vendors}}
	prime := &policy.Purpose{ID: "prime", Name: "Running your Rappi Prime subscription", Categories: []*policy.Category{account, orders, card},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments}}
	alcohol := &policy.Purpose{ID: "alcohol", Name: "Checking that you are an adult before delivering alcoholic drinks", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{couriers},
		Obligations: []policy.Obligation{{Act: "Law No. 8,069/1990 (Statute of Children and Adolescents), Art. 81 and 243", Region: regionBR}},
		AgeChecks:   []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and abuse of coupons, payments and accounts", Categories: []*policy.Category{account, orders, card, device, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our users, stores, couriers and us from fraud and abuse of the app",
		Recipients: []*policy.Recipient{vendors, payments},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to our support in the app"}}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Showing you the stores, dishes and offers that suit you", Categories: []*policy.Category{orders, location, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each user what they are most likely to want", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{group}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers and coupons by notification, email, SMS and WhatsApp", Categories: []*policy.Category{account, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our users promotions that suit them", OptOut: true,
		Recipients: []*policy.Recipient{group, vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and apps and measuring our campaigns", Categories: []*policy.Category{tracking, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your phone's settings or the cookie settings of the website", ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Recipients: []*policy.Recipient{adPartners}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how the app is used and improving it", Categories: []*policy.Category{orders, ratings, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "making the app and deliveries faster and better", Recipients: []*policy.Recipient{group}}
	records := &policy.Purpose{ID: "records", Name: "Keeping tax records and records of access to the app", Categories: []*policy.Category{account, orders, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966)", Region: regionBR}, {Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{account, orders, comms},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Rappi Brasil Intermediação de Negócios Ltda.", Address: "São Paulo, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Email: "dpo@rappi.example"},
		Version: "2025", Effective: policy.MakeDate(2025, time.October, 1), Updated: policy.MakeDate(2025, time.October, 1),
		Laws:     []policy.Law{policy.LGPD},
		Scope:    []string{"the Rappi app and website in Brazil"},
		External: []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		OtherNotices: []policy.Notice{{Covers: "couriers who deliver through Rappi", URL: "https://rappi.example/br/privacidade/entregadores"},
			{Covers: "stores and restaurants that sell through Rappi", URL: "https://rappi.example/br/privacidade/aliados"}},
		Categories: []*policy.Category{account, addresses, location, orders, card, comms, ratings, device, tracking, inferred},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "full card numbers or security codes", Category: card,
			Note: "The payment provider keeps them and gives us a token for the card."}},
		Storage:    []policy.Storage{{Location: regionUS}},
		Purposes:   []*policy.Purpose{ordering, support, prime, alcohol, fraud, personalisation, marketing, advertising, improve, records, claims},
		Recipients: []*policy.Recipient{stores, couriers, payments, group, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: br7RegionCO, Recipient: group, Categories: []*policy.Category{account, addresses, location, orders, comms, ratings, device, inferred}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, addresses, location, orders, comms, device}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking, device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureProtection}},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest,
			Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims, policy.KeptFraud}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: ordering, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and SDKs", Party: policy.PartyThird, Provider: adPartners, Purpose: advertising,
				Categories: []*policy.Category{tracking}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app's help section or by writing to the encarregado"}, {Kind: policy.RightRectification, How: "in your profile"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "by deleting your account in the app"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app's notification settings or by the link in each email"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail},
			WithoutAccount: "by writing to the encarregado"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureContactMasking}},
		Links:    policy.Links{CookieSettings: "https://rappi.example/br/privacidade/cookies"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "dpo@rappi.example"},
	}
	return realPolicy{"delivery app (Rappi Brasil)", p, []statement{
		{says: "Rappi Brasil Intermediação de Negócios Ltda. in São Paulo, with its CNPJ, is the controller for users of the app in Brazil", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != "" && len(p.Scope) == 1
		}},
		{says: "the encarregado answers at a dedicated email address", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "couriers and partner stores have their own privacy policies", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && p.OtherNotices[0].URL != ""
		}},
		{says: "we collect your name, email, phone, CPF if you want it on the invoice, date of birth and password", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 6 && p.Category("account").Sources[0] == policy.SourceUser
		}},
		{says: "if you sign in with Google, Facebook or Apple, we receive your name and email from them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty) && p.Category("account").SourceDetail != ""
		}},
		{says: "you save delivery addresses and instructions, and may give the name of someone else who receives the order, with that person's permission", typed: func(p *policy.Policy) bool {
			return p.Category("addresses").OthersConsent && slices.Contains(p.Category("addresses").Sources, policy.SourceOtherUsers)
		}},
		{says: "we read your phone's precise location only if you allow it, to show the stores that deliver to you and find your address", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("orders").Uses(p.Category("location"))
		}},
		{says: "we record your orders, prices, fees, tips, coupons, payment method and deliveries", typed: func(p *policy.Policy) bool {
			return len(p.Category("orders").Items) == 4
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Note != ""
		}},
		{says: "we keep your chats with the courier and with support, and the photos you send of a wrong or damaged order", typed: func(p *policy.Policy) bool {
			return len(p.Category("communications").Items) == 2 && p.Purpose("support").Uses(p.Category("communications"))
		}},
		{says: "we record your IP address, device and app version", typed: func(p *policy.Policy) bool {
			return len(p.Category("device").Items) == 3 && p.Category("device").Sources[0] == policy.SourceAutomatic
		}},
		{says: "taking and delivering orders rests on our contract with you, and an order needs your name, phone, address and a way to pay (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").RestsOn(policy.BasisContract, policy.LGPD) && p.Purpose("orders").Required != ""
		}},
		{says: "the store or restaurant receives your name and order, and your address when it delivers itself", typed: func(p *policy.Policy) bool {
			r := recipient(p, "stores")
			return r.Purpose != "" && slices.Contains(r.Categories, p.Category("orders")) && r.Role == policy.RoleThirdParty
		}},
		{says: "the courier, who is independent, receives your first name, address, instructions and order", typed: func(p *policy.Policy) bool {
			r := recipient(p, "couriers")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("addresses"))
		}},
		{says: "you and the courier talk through the app's chat and calls, without seeing each other's phone number", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking)
		}},
		{says: "you can follow the courier on the map until the order arrives", free: toPurpose("orders")},
		{says: "payment providers and acquirers receive what they need to take payment by card and Pix", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Purpose != "" && slices.Contains(recipient(p, "payments").Categories, p.Category("card"))
		}},
		{says: "our support answers you and refunds wrong or missing items", typed: func(p *policy.Policy) bool { return p.Purpose("support").HasBasis(policy.BasisContract) }},
		{says: "we run your Rappi Prime subscription and charge it to your card", typed: func(p *policy.Policy) bool {
			return p.Purpose("prime").Uses(p.Category("card")) && p.Purpose("prime").HasBasis(policy.BasisContract)
		}},
		{says: "alcoholic drinks are sold only to adults: you confirm your age when you order, and the courier may ask for your document on delivery", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("alcohol")
			return slices.Contains(pu.AgeChecks, policy.AgeCheckDocument) && slices.Contains(pu.AgeChecks, policy.AgeCheckConfirmation) && pu.RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we look for fraud and abuse of coupons and payments, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "we may cancel orders and block accounts used for fraud or against our terms, and you may contest it with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "we show you stores, dishes and offers from your orders and location, in our legitimate interest, and you may object", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalisation")
			return pu.Profiling && pu.OptOut && pu.Interest != ""
		}},
		{says: "we infer from your orders and location what you are likely to want and when you usually order", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2
		}},
		{says: "we send offers and coupons by notification, email, SMS and WhatsApp, and you may turn them off", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.DirectMarketing && pu.OptOut && hasRight(p, policy.RightObjection)
		}},
		{says: "advertising identifiers are used for advertising only if you allow it on your phone, and cookies on the website with your consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").ConsentMethod == policy.ConsentMethodPlatformPrompt && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "we analyse how the app is used to make it and deliveries better", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "the ratings you give help us keep the quality of stores and couriers", free: toCategory("ratings")},
		{says: "we keep tax records and access records for six months, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "the companies of the Rappi group, in Colombia among other places, run the platform for us, under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleProcessor && p.Transfers[0].Destination == br7RegionCO && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "cloud, messaging, anti-fraud and support providers process data for us, some in the United States", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Country == regionUS && p.Transfers[1].Recipient == recipient(p, "vendors")
		}},
		{says: "our data is stored on servers in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "we give data to courts, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we may disclose data to protect the safety of users, couriers and others", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureProtection) != nil }},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep your account data for five years after you close it, the time for consumer claims", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Criteria != "" && p.Category("account").Retention.From == policy.EventAccountClosure
		}},
		{says: "you can delete your account in the app; we keep what the law obliges us to keep, what disputes need and what prevents fraud", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Deletion, func(d policy.Deletion) bool { return d.Keeps(policy.KeptFraud) && d.Keeps(policy.KeptLegalObligation) })
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are made in the app or by email to the encarregado, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(15) && p.Requests.WithoutAccount != ""
		}},
		{says: "we encrypt connections and control who may access data", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "websites and social networks of others, such as those of stores, have their own policies, which this one does not cover", typed: func(p *policy.Policy) bool {
			return len(p.External) == 2
		}},
		{says: "the app is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we tell you of material changes in the app or by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelEmail)
		}},
	}}
}
