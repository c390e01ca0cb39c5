package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// the privacy policy under the LGPD of a Brazilian retail chain with an
// online marketplace (in the manner of Magazine Luiza, Magalu) and that of
// a Brazilian bank (in the manner of Itaú Unibanco), both as published in
// late 2024, after the ANPD adopted its standard contractual clauses.

// retailChainBR paraphrases the privacy policy of a Brazilian retail chain
// with stores, an online shop and a marketplace of outside sellers, in the
// manner of Magazine Luiza (Magalu), as published in 2024: orders passed
// to the marketplace seller who ships them, store credit and the co-branded
// credit card run with a bank, recommendations built by the chain's own
// technology lab (LuizaLabs), the group's other brands, the encarregado
// and the rights of LGPD Art. 18.
func retailChainBR() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data", Items: []string{"name", "CPF", "date of birth", "gender", "email address", "phone number", "delivery address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	orders := &policy.Category{ID: "orders", Name: "Orders and payments", Items: []string{"products bought and their sellers", "invoices", "payment method and instalments", "deliveries, exchanges and returns"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173 and 195, for invoices and tax records"}}
	card := &policy.Category{ID: "card", Name: "Payment card details", Items: []string{"cardholder name", "last four digits", "expiry date", "a token from the payment provider that stands for the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	browsing := &policy.Category{ID: "browsing", Name: "Browsing data", Items: []string{"IP address and access times", "device and browser", "products viewed and searched", "cookie and advertising identifiers", "approximate location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"credit score", "records of unpaid debts", "income you declare"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"chats and calls with our service", "complaints and protocol numbers", "reviews of products"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	inferred := &policy.Category{ID: "inferred", Name: "Preferences we infer", Items: []string{"products and departments you are likely to want", "how often you buy"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, browsing}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}

	sellers := &policy.Recipient{ID: "sellers", Name: "marketplace sellers", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, orders}, Country: regionBR, Conditional: true,
		Purpose: "you buy a product a seller offers on our marketplace, to issue the invoice, ship the product and handle exchanges and returns", OwnPolicy: true}
	carriers := &policy.Recipient{ID: "carriers", Name: "carriers and pickup points", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, orders}, Country: regionBR,
		Purpose: "to deliver orders"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers and card acquirers", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, card, orders}, Country: regionBR,
		Purpose: "to authorise and settle payments and to check them for fraud"}
	cardIssuer := &policy.Recipient{ID: "card-issuer", Name: "the bank that issues our co-branded credit card", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, credit}, Country: regionBR, Conditional: true,
		Purpose: "you apply for our credit card or for financing, to analyse your credit and run the card or the loan"}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, credit}, Country: regionBR,
		Purpose: "to check your credit before store credit in instalments and to record unpaid instalments"}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Magalu group", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, orders, inferred}, Country: regionBR,
		Purpose: "to serve you across the group's stores and apps and to offer you their products"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, orders, browsing, service, inferred}, Country: regionUS}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising and analytics partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{browsing}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon and other authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{customer, orders, service}, Country: regionBR, Conditional: true,
		Purpose: "the law or an order requires it"}

	sales := &policy.Purpose{ID: "sales", Name: "Selling and delivering products, on our website, in the app and in stores", Categories: []*policy.Category{customer, orders, card, service},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, carriers, payments, vendors},
		Required: "an order cannot be placed without your name, CPF and delivery address, which the invoice and the delivery need"}
	tax := &policy.Purpose{ID: "tax", Name: "Issuing invoices and meeting tax and consumer law", Categories: []*policy.Category{customer, orders, service},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "the National Tax Code (Law No. 5,172/1966) and the rules on electronic invoices", Region: regionBR},
			{Act: "the Consumer Defence Code (Law No. 8,078/1990)", Region: regionBR}}}
	logs := &policy.Purpose{ID: "logs", Name: "Keeping records of access to our website and app", Categories: []*policy.Category{browsing},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	creditPurpose := &policy.Purpose{ID: "credit", Name: "Analysing your credit for store credit, financing and our credit card", Categories: []*policy.Category{customer, credit},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus, cardIssuer},
		Automated: "a credit score may decide whether we offer you instalments or a credit card, and with what limit"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud in purchases and accounts", Categories: []*policy.Category{customer, orders, browsing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers and ourselves from purchases made with someone else's card or account",
		Recipients: []*policy.Recipient{payments}}
	personalisation := &policy.Purpose{ID: "personalisation", Name: "Recommending products that suit you, with the models our technology lab builds", Categories: []*policy.Category{orders, browsing, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each customer the products they are most likely to want", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vendors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending offers by email, text message, WhatsApp and app notifications", Categories: []*policy.Category{customer, inferred},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products and promotions that suit them", OptOut: true,
		Recipients: []*policy.Recipient{group, vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Advertising on other websites and measuring our campaigns", Categories: []*policy.Category{browsing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{adPartners}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{customer, orders, service},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Retail Chain S.A.", Address: "Franca, SP, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Name: "Carla Mendes", Email: "encarregado@retail.example", Website: "https://retail.example/privacidade"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:       []policy.Law{policy.LGPD},
		Categories: []*policy.Category{customer, orders, card, browsing, credit, service, inferred},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "full card numbers or security codes", Category: card,
			Note: "The payment provider keeps them and gives us a token for the card."}},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{sales, tax, logs, creditPurpose, fraud, personalisation, marketing, advertising, claims},
		Recipients: []*policy.Recipient{sellers, carriers, payments, cardIssuer, bureaus, group, vendors, adPartners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, orders, browsing, service, inferred}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{browsing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: sales, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Purpose: advertising, Categories: []*policy.Category{browsing},
				Provider: adPartners, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal"}, {Kind: policy.RightRectification, How: "in your account"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account's notification settings"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking the encarregado to have a person review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}},
		Links:    policy.Links{RequestForm: "https://retail.example/privacidade/solicitacoes", CookieSettings: "https://retail.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection},
			{Kind: policy.MeasureCertification, Description: "Card payments are processed to the PCI DSS standard."}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "encarregado@retail.example"},
	}
	return realPolicy{"retail chain and marketplace (Magalu)", p, []statement{
		{says: "a company in Franca, São Paulo, with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "our encarregado is named and answers by email and in the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Name != "" && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we collect your name, CPF, date of birth, gender, email, phone and delivery address when you sign up or buy", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 7
		}},
		{says: "we keep what you bought, from which seller, the invoices, how you paid and your deliveries and returns", typed: func(p *policy.Policy) bool { return p.Category("orders") != nil }},
		{says: "we receive your card details to take the payment", typed: func(p *policy.Policy) bool { return p.Category("card") != nil }},
		{says: "we record your IP address, device, the products you view and search, cookie identifiers and your approximate location", typed: func(p *policy.Policy) bool {
			return p.Category("browsing").Tracking && len(p.Category("browsing").Items) == 5
		}},
		{says: "credit bureaus tell us your score and unpaid debts when you ask for credit", typed: func(p *policy.Policy) bool { return p.Category("credit").SourceDetail != "" }},
		{says: "we record your chats and calls with our service, your complaints and your product reviews", typed: func(p *policy.Policy) bool { return p.Category("service") != nil }},
		{says: "we infer from your purchases and browsing which products you are likely to want", typed: func(p *policy.Policy) bool {
			return len(p.Category("inferred").DerivedFrom) == 2
		}},
		{says: "selling and delivering products rests on our contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool { return p.Purpose("sales").HasBasis(policy.BasisContract) }},
		{says: "an order needs your name, CPF and address for the invoice and the delivery", typed: func(p *policy.Policy) bool { return p.Purpose("sales").Required != "" }},
		{says: "when you buy from a marketplace seller, the seller receives your name, CPF, address and order to invoice and ship it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.Role == policy.RoleThirdParty && r.Conditional && r.Purpose != ""
		}},
		{says: "carriers and pickup points deliver orders on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "carriers").Role == policy.RoleProcessor }},
		{says: "payment providers and card acquirers authorise payments and check them for fraud", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Purpose != "" }},
		{says: "we issue invoices and keep tax records as tax law requires (Art. 7(II))", typed: func(p *policy.Policy) bool {
			return p.Purpose("tax").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("browsing").Retention.Period == policy.Months(6) && p.Purpose("logs").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we analyse your credit for store credit, financing and our credit card on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").HasBasis(policy.BasisCreditProtection)
		}},
		{says: "the bank that issues our co-branded credit card receives your data when you apply for the card or for financing", typed: func(p *policy.Policy) bool {
			return recipient(p, "card-issuer").Conditional
		}},
		{says: "a credit score may decide the credit we offer, and you may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we check purchases and accounts for fraud in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && p.Purpose("fraud").Interest != ""
		}},
		{says: "our technology lab builds the models that recommend products to you, in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalisation").Profiling && p.Purpose("personalisation").Interest != ""
		}},
		{says: "we send offers by email, text message, WhatsApp and notifications, and you may opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").DirectMarketing && p.Purpose("marketing").OptOut
		}},
		{says: "the companies of our group receive your data to serve you across their stores and offer you their products", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Purpose != ""
		}},
		{says: "advertising and analytics cookies are set with your consent, which you may withdraw in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "necessary cookies keep the website and the cart working", typed: func(p *policy.Policy) bool { return cookie(p, "necessary").StrictlyNecessary }},
		{says: "technology, cloud and customer service providers process data for us, some of them in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to courts, Procon and other authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration data for five years after the account is closed, the time for consumer claims", typed: func(p *policy.Policy) bool {
			return p.Category("customer").Retention.Criteria != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through the privacy portal once you are signed in, and we answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "we encrypt connections, restrict access, watch for incidents and process cards to PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureCertification)
		}},
		{says: "we do not store full card numbers; the payment provider keeps them and gives us a token", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Category == p.Category("card") && p.NotCollected[0].Note != ""
		}},
		{says: "our website and app are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes on the website and tell you of material ones by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "marketplace sellers are controllers of what they receive, and their own policies govern their use of it", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty
		}},
	}}
}

// bankBR paraphrases the privacy policy of a large Brazilian bank, in the
// manner of Itaú Unibanco, as published in 2024: bank secrecy under
// Complementary Law No. 105/2001, the positive credit register (Cadastro
// Positivo) and the Central Bank's credit information system (SCR), Open
// Finance sharing on consent, Pix keys in the Central Bank's directory,
// reports of suspicious transactions to COAF, credit analysis on the
// ground of credit protection (LGPD Art. 7(X)) and records kept for the
// periods the Central Bank's rules set.
func bankBR() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data", Items: []string{"full name", "CPF", "identity document", "date of birth", "parents' names", "nationality", "marital status", "address", "email address", "phone number", "occupation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventContractEnd,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of customer due diligence"}}
	financial := &policy.Category{ID: "financial", Name: "Financial data", Items: []string{"income and assets", "account balances and statements", "transactions, including Pix", "investments", "loans and cards"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Complementary Law No. 105/2001", Region: regionBR}}},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Law: "Central Bank Circular No. 3,978/2020, Art. 67, on records of transactions"}}
	pixKeys := &policy.Category{ID: "pix", Name: "Pix keys", Items: []string{"the CPF, phone number, email address or random key you register"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"records of the Central Bank's credit information system (SCR)", "positive credit history (Cadastro Positivo)", "credit scores", "records of unpaid debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Central Bank's SCR and credit bureaus", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	openFinanceIn := &policy.Category{ID: "open-finance", Name: "Data from other institutions in Open Finance", Items: []string{"accounts, cards, loans and investments held elsewhere"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the institutions you authorise in Open Finance", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(12), From: policy.EventCollection}}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric data", Items: []string{"facial geometry from a selfie", "fingerprint at branches and ATMs"}, Biometric: true,
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}
	device := &policy.Category{ID: "device", Name: "Device, location and app use", Items: []string{"device identifier and model", "IP address", "geolocation", "how you use the app and internet banking"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15"}}
	calls := &policy.Category{ID: "calls", Name: "Service records", Items: []string{"recordings of calls to our call centre", "chats", "complaints to the ombudsman"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "the companies of the Itaú Unibanco conglomerate", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, financial, credit}, Country: regionBR,
		Purpose: "to offer the products of the group's insurers, asset managers and card companies and to manage risk across the group"}
	vendors := &policy.Recipient{ID: "vendors", Name: "technology, cloud, call centre and collection providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, financial, device, calls, biometric}, Country: regionUS}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, financial, credit}, Country: regionBR,
		Purpose: "to record unpaid debts and to feed the positive credit register with the payment history the law requires us to send"}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Central Bank of Brazil, COAF and the Federal Revenue", Role: policy.RoleAuthority, Categories: []*policy.Category{customer, financial, credit, pixKeys}, Country: regionBR,
		Purpose: "to report loans to the SCR, register Pix keys in the Central Bank's directory, report suspicious transactions to COAF and report financial transactions to the Federal Revenue"}
	courts := &policy.Recipient{ID: "courts", Name: "courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority, Categories: []*policy.Category{customer, financial}, Country: regionBR, Conditional: true,
		Purpose: "a court orders the lifting of bank secrecy or the law otherwise requires it"}
	openFinanceOut := &policy.Recipient{ID: "open-finance", Name: "institutions you choose in Open Finance", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, financial}, Country: regionBR, Conditional: true,
		Purpose: "you consent to share your data with them, for the time and the data you choose"}
	payees := &policy.Recipient{ID: "payees", Name: "people who pay you or whom you pay by Pix", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, pixKeys}, Country: regionBR, Conditional: true,
		Purpose: "you make or receive a Pix payment, which shows your name, part of your CPF and your bank to the other party"}
	cardNetworks := &policy.Recipient{ID: "card-networks", Name: "card networks and partners whose products we offer", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, financial}, Country: regionBR}

	accounts := &policy.Purpose{ID: "accounts", Name: "Opening and running your accounts, cards, loans, investments and payments", Categories: []*policy.Category{customer, financial, pixKeys, device, calls},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, cardNetworks, payees},
		Required: "we cannot open an account without your registration data, which the Central Bank's rules require us to collect and check"}
	aml := &policy.Purpose{ID: "aml", Name: "Knowing our customers, preventing money laundering and reporting to COAF", Categories: []*policy.Category{customer, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators},
		Obligations: []policy.Obligation{{Act: "Law No. 9,613/1998 (money laundering), Art. 10 and 11", Region: regionBR}, {Act: "Central Bank Circular No. 3,978/2020", Region: regionBR}}}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Reporting to the Central Bank and the Federal Revenue", Categories: []*policy.Category{customer, financial, pixKeys, credit},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{regulators, courts},
		Obligations: []policy.Obligation{{Act: "Central Bank rules on the credit information system (SCR)", Region: regionBR},
			{Act: "the Central Bank's Pix Regulation (Resolution BCB No. 1/2020)", Region: regionBR},
			{Act: "Federal Revenue Normative Instruction No. 1,571/2015 (e-Financeira)", Region: regionBR}}}
	positive := &policy.Purpose{ID: "positive-credit", Name: "Sending your payment history to the positive credit register", Categories: []*policy.Category{customer, financial},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Law No. 12,414/2011 (Cadastro Positivo), as amended by Complementary Law No. 166/2019", Region: regionBR}}}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing and granting credit", Categories: []*policy.Category{customer, financial, credit, openFinanceIn},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated: "credit limits and loan offers are set by models that weigh your income, your history with us and your credit records"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming your identity and preventing fraud", Categories: []*policy.Category{biometric, device, financial},
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "keeping our customers' accounts and money safe from fraud",
		Recipients: []*policy.Recipient{vendors}}
	sharing := &policy.Purpose{ID: "open-finance", Name: "Sharing and receiving your data in Open Finance", Categories: []*policy.Category{customer, financial, openFinanceIn},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area", Recipients: []*policy.Recipient{openFinanceOut},
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you products of the bank and its group", Categories: []*policy.Category{customer, financial},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering our customers products suited to their financial life", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{group}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{customer, financial, calls},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{courts}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Bank S.A.", Address: "São Paulo, SP, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Website: "https://bank.example/privacidade/encarregado"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws:       []policy.Law{policy.LGPD},
		Categories: []*policy.Category{customer, financial, pixKeys, credit, openFinanceIn, biometric, device, calls},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{accounts, aml, regulatory, positive, lending, fraud, sharing, marketing, claims},
		Recipients: []*policy.Recipient{group, vendors, bureaus, regulators, courts, openFinanceOut, payees, cardNetworks},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{customer, financial, device, calls, biometric}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: accounts, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the app or internet banking"}, {Kind: policy.RightRectification, How: "in the app, at a branch or through the call centre"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightObjection},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Redress:  []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "the Central Bank of Brazil", Website: "https://www.bcb.gov.br"}, Region: regionBR}},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:    policy.Links{RequestForm: "https://bank.example/privacidade/solicitacoes"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureAudits}},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Phone: "4004 4828", Website: "https://bank.example/privacidade"},
	}
	return realPolicy{"bank (Itaú Unibanco)", p, []statement{
		{says: "a bank in São Paulo, with its CNPJ, and the companies of its conglomerate are controllers", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "the encarregado answers through a form on our website", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "we collect your name, CPF, identity document, birth date, parents' names, nationality, marital status, address, email, phone and occupation", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 11
		}},
		{says: "we process your income, assets, balances, transactions, investments, loans and cards", typed: func(p *policy.Policy) bool { return p.Category("financial") != nil }},
		{says: "financial data is covered by bank secrecy under Complementary Law 105/2001", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Secrecy.Kind == policy.SecrecyBanking && len(p.Category("financial").Secrecy.Laws) == 1
		}},
		{says: "we consult the Central Bank's SCR, the positive credit register and credit bureaus", typed: func(p *policy.Policy) bool { return p.Category("credit").SourceDetail != "" }},
		{says: "we use facial geometry and fingerprints to confirm your identity and prevent fraud (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("fraud").HasBasis(policy.BasisFraudPrevention)
		}},
		{says: "we record your device, IP address, geolocation and how you use the app", typed: func(p *policy.Policy) bool { return p.Category("device") != nil }},
		{says: "we record calls to our call centre and keep complaints to the ombudsman", typed: func(p *policy.Policy) bool { return p.Category("calls") != nil }},
		{says: "running your accounts and products rests on our contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool { return p.Purpose("accounts").HasBasis(policy.BasisContract) }},
		{says: "an account cannot be opened without the registration data the Central Bank requires", typed: func(p *policy.Policy) bool { return p.Purpose("accounts").Required != "" }},
		{says: "the law on money laundering obliges us to know our customers and report suspicious transactions to COAF", typed: func(p *policy.Policy) bool {
			return p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("aml").Obligations) == 2
		}},
		{says: "we report loans to the Central Bank's SCR and financial transactions to the Federal Revenue", typed: func(p *policy.Policy) bool {
			return p.Purpose("regulatory").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "your Pix keys are registered in the Central Bank's directory", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "regulators").Categories, p.Category("pix"))
		}},
		{says: "a Pix payment shows your name, part of your CPF and your bank to the other party", typed: func(p *policy.Policy) bool { return recipient(p, "payees").Conditional }},
		{says: "the law on the positive credit register requires us to send your payment history to credit bureaus", typed: func(p *policy.Policy) bool {
			return p.Purpose("positive-credit").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we analyse credit on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool { return p.Purpose("credit").HasBasis(policy.BasisCreditProtection) }},
		{says: "credit limits are set by automated models, and you may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with your consent we share data with, and receive data from, institutions you choose in Open Finance, and you may revoke it in the app", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("open-finance")
			return pu.HasBasis(policy.BasisConsent) && pu.Withdraw != "" && len(pu.ConsentRequiredBy) == 1
		}},
		{says: "we keep data received in Open Finance for the time you authorise", typed: func(p *policy.Policy) bool {
			return p.Category("open-finance").Retention.Period == policy.Months(12)
		}},
		{says: "we offer products of the bank and its group on our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").Interest != ""
		}},
		{says: "the companies of our conglomerate receive data to offer their products and manage risk", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "technology, cloud, call centre and collection providers process data for us, some in the United States under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "card networks and partners whose products we offer receive the data they need", typed: func(p *policy.Policy) bool { return recipient(p, "card-networks") != nil }},
		{says: "we give data to courts, police and prosecutors when a court lifts bank secrecy or the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "courts").Conditional
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "we keep registration and transaction records for ten years, as the Central Bank's rules require", typed: func(p *policy.Policy) bool {
			return p.Category("financial").Retention.Period == policy.Years(10) && p.Category("financial").Retention.Law != ""
		}},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "you have the rights of Art. 18, including anonymisation, knowing who receives your data and refusing consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightSharingEntities) && hasRight(p, policy.RightConsentRefusal)
		}},
		{says: "you may petition the ANPD, and complain to the Central Bank", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && len(p.Redress) == 1
		}},
		{says: "we confirm who you are and answer within 15 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(15) }},
		{says: "we encrypt data, control access, watch for incidents, train staff and audit our controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest) && hasMeasure(p, policy.MeasureStaffTraining) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "we use only necessary cookies in internet banking", typed: func(p *policy.Policy) bool { return len(p.Cookies) == 1 && cookie(p, "necessary").StrictlyNecessary }},
		{says: "we may use anonymised, aggregated data for statistics", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "a buyer of our business or a part of it may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "a minor's account is opened by a parent or legal guardian, who authorises its use", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "we publish changes on our website and in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "you may ask a credit bureau to remove you from the positive credit register, free of charge", free: toPurpose("positive-credit")},
		{says: "erasing data does not reach what bank secrecy, the Central Bank's rules or the law on money laundering oblige us to keep", typed: func(p *policy.Policy) bool {
			// The document states the exception of the right to erasure
			// from the purposes on a legal obligation.
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightErasure }) &&
				p.Purpose("aml").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
	}}
}
