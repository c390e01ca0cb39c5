package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policies below paraphrase, in our own words, a privacy policy under
// the LGPD of a Brazilian marketplace with a payment account (in the
// manner of Mercado Livre and its payment institution) and one under the
// revised Swiss FADP and the GDPR of a Swiss online retailer that also
// sells in the EU (in the manner of Digitec Galaxus).

var (
	regionBR = language.MustParseRegion("BR")
	regionAR = language.MustParseRegion("AR")
)

func toChildren(p *policy.Policy, text string) {
	if p.Children.Note != "" {
		p.Children.Note += " "
	}
	p.Children.Note += text
}

// marketplace paraphrases the privacy statement of a Brazilian online
// marketplace with its own payment account and credit offers, in the
// manner of Mercado Livre, as published in 2024 and 2025: the legal
// grounds of LGPD Art. 7 and 11 named for each purpose, the encarregado
// named with a form and an address, credit analysis on the ground of
// credit protection, records kept for the regular exercise of rights,
// transfers to the group's companies in Argentina and to cloud providers
// in the United States, and payment accounts for adolescents opened by a
// parent.
func marketplace() realPolicy {
	us := regionUS
	registration := &policy.Category{ID: "registration", Name: "Registration data", Items: []string{"full name", "CPF", "date of birth", "email address", "phone number", "delivery addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Retention{Kind: policy.RetentionWhileActive, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may bring a claim for damages (Consumer Defence Code, Art. 27)"}, Linked: true}
	seller := &policy.Category{ID: "seller", Name: "Seller data", Items: []string{"CNPJ or CPF", "bank account for payouts", "tax registration"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true}
	identity := &policy.Category{ID: "identity", Name: "Identity verification", Items: []string{"photo of an identity document", "selfie compared with the document's photo"},
		Sensitivity: policy.SensitivitySpecial, Biometric: true, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true}
	activity := &policy.Category{ID: "activity", Name: "Purchases, sales and reputation", Items: []string{"purchases and sales", "questions and answers on listings", "ratings and reviews", "messages between buyers and sellers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true,
		Visibility: policy.VisibilityAlways}
	payments := &policy.Category{ID: "payments", Name: "Payment account data", Items: []string{"balance and movements of the payment account", "cards saved in tokenised form", "Pix keys"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"credit score", "records of the Central Bank's credit information system (SCR)", "negative records"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit bureaus and the Central Bank of Brazil",
		DerivedFrom: []*policy.Category{payments, activity}, Retention: policy.WhileAccountActive(policy.Years(5)), Linked: true}
	device := &policy.Category{ID: "device", Name: "Device and navigation data", Items: []string{"IP address with date, time and port", "device identifiers", "pages and listings viewed", "cookies"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(6), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "Precise location", Items: []string{"GPS location of your phone"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(6), policy.EventCollection)}

	counterparty := &policy.Recipient{ID: "counterparty", Name: "The buyer or seller on the other side of a sale", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registration}, Country: regionBR, Purpose: "to deliver, invoice and answer for the sale"}
	carriers := &policy.Recipient{ID: "carriers", Name: "Carriers and pick-up points", Role: policy.RoleProcessor, Categories: []*policy.Category{registration}, Country: regionBR}
	group := &policy.Recipient{ID: "group", Name: "Companies of our group in Latin America", Role: policy.RoleJointController,
		Categories: []*policy.Category{registration, seller, activity, payments, device}, Country: regionAR}
	cloud := &policy.Recipient{ID: "cloud", Name: "Cloud and technology providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{registration, seller, identity, activity, payments, credit, device, location}, Country: us}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "Credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{registration, credit}, Country: regionBR,
		Purpose: "to assess credit and record unpaid debts"}
	ads := &policy.Recipient{ID: "ads", Name: "Advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: us,
		Purpose: "to measure and show our advertising"}
	authorities := &policy.Recipient{ID: "authorities", Name: "Courts, the police, consumer protection bodies and the Federal Revenue", Role: policy.RoleAuthority,
		Categories: []*policy.Category{registration, seller, activity, payments, device}, Country: regionBR, Conditional: true}

	market := &policy.Purpose{ID: "marketplace", Name: "Running the marketplace and your purchases and sales", Categories: []*policy.Category{registration, seller, activity, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{counterparty, carriers, group, cloud},
		Required: "without your registration data we cannot open an account or deliver what you buy"}
	lending := &policy.Purpose{ID: "credit", Name: "Analysing and granting credit", Categories: []*policy.Category{registration, payments, activity, credit},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus, cloud},
		Automated: "credit limits and loan offers are set by models that weigh your payments, purchases and credit history"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Verifying your identity and preventing fraud", Categories: []*policy.Category{identity, registration, activity, device},
		Bases:     []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests},
		Interest:  "protecting buyers, sellers and us from fraud and keeping payments off the platform from deceiving users",
		Automated: "our systems may suspend an account, hold a payment or cancel a sale they judge fraudulent", Recipients: []*policy.Recipient{cloud}}
	legal := &policy.Purpose{ID: "legal", Name: "Keeping the records the law requires", Categories: []*policy.Category{registration, seller, payments, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15: keeping application access logs for six months", Region: regionBR},
			{Act: "the tax laws and the Central Bank's rules for payment institutions", Region: regionBR}}}
	rights := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{registration, activity, payments},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers and news", Categories: []*policy.Category{registration, activity},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our customers about offers like what they already buy", OptOut: true}
	personal := &policy.Purpose{ID: "recommendations", Name: "Recommending products and showing advertising that fits you", Categories: []*policy.Category{activity, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing each user the products and advertising most relevant to them", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{ads}}
	nearby := &policy.Purpose{ID: "location", Name: "Showing pick-up points and offers near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in your phone's location settings",
		Required: "you may refuse: you can still buy and sell, but we cannot show what is near you"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Marketplace Brasil Ltda.", Email: "privacidade@marketplace.example", Address: "Av. das Nações Unidas 3003, Osasco, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Name: "Ana Souza", Email: "encarregado@marketplace.example", Website: "https://marketplace.example/privacidade/contato", Address: "Av. das Nações Unidas 3003, Osasco, SP, Brazil"},
		Version: "2025", Effective: policy.MakeDate(2025, time.October, 1), Updated: policy.MakeDate(2025, time.October, 1),
		Laws:        []policy.Law{policy.LGPD},
		Principles:  []policy.Principle{policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleTransparency, policy.PrincipleIntegrity},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{registration, seller, identity, activity, payments, credit, device, location},
		Storage:     []policy.Storage{{Location: regionBR}, {Location: us}},
		Purposes:    []*policy.Purpose{market, lending, fraud, legal, rights, marketing, personal, nearby},
		Recipients:  []*policy.Recipient{counterparty, carriers, group, cloud, bureaus, ads, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionAR, Recipient: group, Categories: []*policy.Category{registration, seller, activity, payments, device}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: us, Recipient: cloud, Categories: []*policy.Category{registration, seller, identity, activity, payments, credit, device, location}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: us, Recipient: ads, Categories: []*policy.Category{device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: market, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Purpose: personal, Categories: []*policy.Category{device},
				Provider: ads, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy portal of your account"}, {Kind: policy.RightRectification, How: "in your account settings"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "in the privacy portal of your account"}, {Kind: policy.RightPortability, How: "in the privacy portal of your account"},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightObjection},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking us, through the privacy portal, to review the decision"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}},
		Links:    policy.Links{RequestForm: "https://marketplace.example/privacidade/portal", CookieSettings: "https://marketplace.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our payment systems are certified under PCI DSS."}, {Kind: policy.MeasureStaffTraining}},
		Children: policy.Children{BestInterest: true, MinimumAge: 12, ConsentAge: 18, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacidade@marketplace.example"},
	}
	return realPolicy{"marketplace (Mercado Livre)", p, []statement{
		{says: "a company in Osasco, with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "our encarregado is named, and can be reached through a form, by email and by post", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Name != "" && p.DPO.Website != "" && p.DPO.Email != "" && p.DPO.Address != ""
		}},
		{says: "we collect your name, CPF, date of birth, email, phone and delivery addresses", typed: func(p *policy.Policy) bool { return len(p.Category("registration").Items) == 6 }},
		{says: "sellers also give us their CNPJ, bank account and tax registration", typed: func(p *policy.Policy) bool { return p.Category("seller") != nil }},
		{says: "to verify your identity we compare a selfie with the photo on your identity document, on the ground of fraud prevention in identification (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Biometric && p.Purpose("fraud").HasBasis(policy.BasisFraudPrevention)
		}},
		{says: "we record your purchases, sales, questions, reviews and messages", typed: func(p *policy.Policy) bool { return p.Category("activity") != nil }},
		{says: "your reviews and questions are public on the listing", typed: func(p *policy.Policy) bool { return p.Category("activity").Visibility == policy.VisibilityAlways }},
		{says: "we record the movements of your payment account, your tokenised cards and Pix keys", typed: func(p *policy.Policy) bool { return p.Category("payments") != nil }},
		{says: "we obtain your credit score and SCR records from credit bureaus and the Central Bank, and derive scores from your payments", typed: func(p *policy.Policy) bool {
			c := p.Category("credit")
			return c.SourceDetail != "" && slices.Contains(c.Sources, policy.SourceDerived)
		}},
		{says: "we record your IP address with date, time and port, and the pages you view", typed: func(p *policy.Policy) bool { return p.Category("device") != nil }},
		{says: "running the marketplace rests on the performance of a contract (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketplace").HasBasis(policy.BasisContract)
		}},
		{says: "credit is analysed on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").HasBasis(policy.BasisCreditProtection)
		}},
		{says: "credit limits are set by automated models, and you may ask us to review a decision", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "our systems may suspend accounts or hold payments they judge fraudulent", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Automated != "" }},
		{says: "the Marco Civil da Internet obliges us to keep access logs for six months", typed: func(p *policy.Policy) bool {
			return p.Purpose("legal").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "we keep what we need to defend our rights in judicial, administrative and arbitration proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights)
		}},
		{says: "we send offers on our legitimate interest, which we name, and you may opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Interest != "" && p.Purpose("marketing").OptOut
		}},
		{says: "we profile your activity to recommend products and advertising, and you may object", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").OptOut
		}},
		{says: "with your consent we use your phone's location; refusing only means we cannot show what is near you", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("location")
			return pu.HasBasis(policy.BasisConsent) && pu.Required != "" && pu.Withdraw != ""
		}},
		{says: "the buyer or seller on the other side of a sale receives your name, address and phone", typed: func(p *policy.Policy) bool { return recipient(p, "counterparty") != nil }},
		{says: "carriers and cloud providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleProcessor && recipient(p, "cloud").Role == policy.RoleProcessor
		}},
		{says: "the companies of our group in Latin America are jointly responsible for the data", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleJointController
		}},
		{says: "we report unpaid debts to credit bureaus", typed: func(p *policy.Policy) bool { return recipient(p, "bureaus").Purpose != "" }},
		{says: "we give data to courts and authorities when the law requires it", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data goes to Argentina and the United States under the ANPD's standard contractual clauses (Art. 33(II))", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Destination == regionAR && t.Safeguard == policy.SafeguardANPDClauses
			})
		}},
		{says: "we keep account data five years after the account closes, the time to bring a consumer claim", typed: func(p *policy.Policy) bool {
			return p.Category("registration").Retention.Criteria != ""
		}},
		{says: "you may confirm that we process your data and access it, correct it, have unnecessary data anonymised, blocked or deleted, and take it elsewhere", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may learn whom we share data with, be told you may refuse consent and what follows, and revoke consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightSharingEntities) && hasRight(p, policy.RightConsentRefusal) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may petition the ANPD", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "requests go through the privacy portal and are answered within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "adolescents from 12 may have a payment account, which a parent opens and consents to until they are 18", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 12 && p.Children.ConsentAge == 18
		}},
		{says: "we show adolescents no personalised advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "we do not sell personal data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale)
		}},
		{says: "we encrypt data, limit access, train our staff and are certified under PCI DSS", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "advertising cookies can be refused in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptOut && p.Links.CookieSettings != ""
		}},
		{says: "we tell you of material changes by email and in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		// Free text.
		{says: "we process the data of children and adolescents in their best interest", typed: func(p *policy.Policy) bool { return p.Children.BestInterest }},
		{says: "you may ask for the criteria and procedures an automated decision was based on, within the limits of our commercial and industrial secrets", free: toPurpose("credit")},
		{says: "we read messages between buyers and sellers to detect fraud and attempts to take payments off the platform", free: toCategory("activity")},
	}}
}

// swissRetailer paraphrases the privacy statement of a Swiss online
// retailer that also sells in the EU through a German subsidiary, in the
// manner of Digitec Galaxus, as published after the revised FADP took
// effect in September 2023: one statement under the FADP and the GDPR,
// a credit check before buying on invoice, a customer profile that the
// customer programme builds from purchases across the group's shops only
// with express consent, transfers to the United States under the
// Swiss-U.S. and EU-U.S. Data Privacy Frameworks, and the FDPIC.
func swissRetailer() realPolicy {
	ie := language.MustParseRegion("IE")
	account := &policy.Category{ID: "account", Name: "Customer account", Items: []string{"name", "delivery and billing addresses", "email address", "phone number", "date of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(10)), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders and purchases", Items: []string{"products bought and returned", "prices and payment method", "deliveries", "warranty cases"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(10), From: policy.EventCollection,
			Criteria: "the ten years the Swiss Code of Obligations requires business records to be kept (Art. 958f)"}}
	credit := &policy.Category{ID: "credit", Name: "Creditworthiness", Items: []string{"result of a credit check", "payment history with us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "credit agencies",
		DerivedFrom: []*policy.Category{orders}, Retention: policy.Keep(policy.Years(2), policy.EventCollection), Linked: true}
	community := &policy.Category{ID: "community", Name: "Reviews and community posts", Items: []string{"product reviews and ratings", "questions and answers", "your public user name"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways}
	usage := &policy.Category{ID: "usage", Name: "Usage data", Items: []string{"IP address", "device and browser", "pages and products viewed", "searches"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Months(13), policy.EventCollection), Tracking: true}

	logistics := &policy.Recipient{ID: "logistics", Name: "Swiss Post and other carriers", Role: policy.RoleProcessor, Categories: []*policy.Category{account, orders}, Country: regionCH}
	agency := &policy.Recipient{ID: "agency", Name: "Credit agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, credit}, Country: regionCH,
		Purpose: "to assess whether you can pay on invoice, and to collect unpaid invoices"}
	hosting := &policy.Recipient{ID: "hosting", Name: "IT and hosting providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, orders, credit, community, usage}, Country: ie}
	analytics := &policy.Recipient{ID: "analytics", Name: "Web analytics and advertising providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{usage}, Country: regionUS,
		Purpose: "to measure our website and show our advertising on other websites"}
	group := &policy.Recipient{ID: "group", Name: "The shops of our group that take part in the customer programme", Role: policy.RoleJointController,
		Categories: []*policy.Category{account, orders}, Country: regionCH, Conditional: true}

	shop := &policy.Purpose{ID: "orders", Name: "Processing your orders, deliveries, returns and warranty cases", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{logistics, hosting},
		Required: "without your name, address and email we cannot deliver or invoice what you order"}
	invoice := &policy.Purpose{ID: "invoice", Name: "Checking your creditworthiness before you pay on invoice", Categories: []*policy.Category{account, orders, credit},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisCreditProtection, policy.BasisLegitimateInterests}, Interest: "avoiding losses from unpaid invoices",
		Recipients: []*policy.Recipient{agency},
		Automated:  "our system decides, from the credit check and your payment history with us, whether you may pay on invoice"}
	records := &policy.Purpose{ID: "records", Name: "Keeping business records", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "the Swiss Code of Obligations, Art. 958f", Region: regionCH},
			{Act: "the German Commercial Code, § 257, and the German Fiscal Code, § 147", Region: regionDE}}}
	reviews := &policy.Purpose{ID: "community", Name: "Publishing your reviews and community posts", Categories: []*policy.Category{community},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting}, Required: "writing a review is up to you"}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending products from what you view and buy", Categories: []*policy.Category{orders, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "showing our customers the products that interest them", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{hosting}}
	programme := &policy.Purpose{ID: "programme", Name: "Building a customer profile across our group's shops for the customer programme", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "in your account settings, after which we delete the profile",
		HighRiskProfiling: true, Recipients: []*policy.Recipient{group}}
	newsletter := &policy.Purpose{ID: "newsletter", DirectMarketing: true, Name: "Sending our newsletter", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in every newsletter", ConsentMethod: policy.ConsentMethodDoubleOptIn}
	ads := &policy.Purpose{ID: "analytics", Name: "Measuring our website and advertising", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{analytics}}
	security := &policy.Purpose{ID: "security", Name: "Preventing fraud and misuse", Categories: []*policy.Category{account, orders, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting our customers and us from fraud"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Onlineshop AG", Email: "datenschutz@shop.example", Address: "Pfingstweidstrasse 60, 8005 Zürich, Switzerland"},
			Registration: "UID CHE-000.000.000", Country: regionCH},
		DPO:            &policy.Contact{Name: "Data protection advisor", Email: "datenschutz@shop.example"},
		Establishments: []policy.Establishment{{Region: regionDE, Contact: policy.Contact{Name: "Onlineshop Deutschland GmbH", Address: "Hamburg, Germany", Email: "datenschutz@shop.example"}}},
		Version:        "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws:       []policy.Law{policy.FADP, policy.GDPR},
		Categories: []*policy.Category{account, orders, credit, community, usage},
		Purposes:   []*policy.Purpose{shop, invoice, records, reviews, recommend, programme, newsletter, ads, security},
		Recipients: []*policy.Recipient{logistics, agency, hosting, analytics, group},
		Storage:    []policy.Storage{{Location: regionCH}, {Location: ie}},
		Transfers: []policy.Transfer{
			{Destination: ie, Recipient: hosting, Categories: []*policy.Category{account, orders, credit, community, usage}, Safeguard: policy.SafeguardAdequacy, Laws: []policy.Law{policy.FADP}},
			{Origin: regionCH, Destination: regionUS, Recipient: analytics, Categories: []*policy.Category{usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: analytics, Categories: []*policy.Category{usage}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "basket", Name: "basket and login cookies", Party: policy.PartyFirst, Purpose: shop, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics and advertising cookies", Party: policy.PartyThird, Provider: analytics, Purpose: ads, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "by email or in your account"}, {Kind: policy.RightRectification, How: "in your account"}, {Kind: policy.RightErasure},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability}, {Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have an employee review the decision, and telling us your view"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(30), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasurePseudonymisation}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "datenschutz@shop.example"},
	}
	return realPolicy{"Swiss online retailer (Galaxus)", p, []statement{
		{says: "a company in Zürich is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionCH }},
		{says: "our German subsidiary is our establishment in the EU", typed: func(p *policy.Policy) bool {
			return len(p.Establishments) == 1 && p.Establishments[0].Region == regionDE
		}},
		{says: "our data protection advisor can be reached by email", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "we process our customers' data under the Swiss FADP and, for customers in the EU, under the GDPR", typed: func(p *policy.Policy) bool {
			return p.Subject(policy.FADP) && p.Subject(policy.GDPR)
		}},
		{says: "we record your name, addresses, email, phone and date of birth", typed: func(p *policy.Policy) bool { return p.Category("account") != nil }},
		{says: "we record what you buy, return and have repaired", typed: func(p *policy.Policy) bool { return p.Category("orders") != nil }},
		{says: "we need your name, address and email to deliver and invoice your order", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Required != "" }},
		{says: "before you pay on invoice we obtain a credit check from credit agencies", typed: func(p *policy.Policy) bool {
			return p.Category("credit").SourceDetail != "" && p.Purpose("invoice").HasBasis(policy.BasisCreditProtection)
		}},
		{says: "our system decides automatically whether you may pay on invoice, and you may state your view and have an employee review the decision", typed: func(p *policy.Policy) bool {
			return p.Purpose("invoice").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we keep business records for ten years, as the Code of Obligations requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.FADP) && p.Category("orders").Retention.Period == policy.Years(10)
		}},
		{says: "for sales in Germany the German commercial and fiscal codes also require the records", typed: func(p *policy.Policy) bool {
			return p.Purpose("records").RestsOn(policy.BasisLegalObligation, policy.GDPR)
		}},
		{says: "reviews and community posts are public under your user name", typed: func(p *policy.Policy) bool {
			return p.Category("community").Visibility == policy.VisibilityAlways
		}},
		{says: "we recommend products from what you view and buy, which you may object to", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").OptOut
		}},
		{says: "the customer programme combines your purchases across our group's shops into a profile, which is high-risk profiling, only with your express consent", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("programme")
			return pu.HighRiskProfiling && pu.HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "you may withdraw consent to the programme in your account, and we then delete the profile", typed: func(p *policy.Policy) bool { return p.Purpose("programme").Withdraw != "" }},
		{says: "we send the newsletter only with your consent, confirmed by email, and every newsletter has an unsubscribe link", typed: func(p *policy.Policy) bool {
			return p.Purpose("newsletter").ConsentMethod == policy.ConsentMethodDoubleOptIn
		}},
		{says: "analytics and advertising cookies are set only with your consent", typed: func(p *policy.Policy) bool { return cookie(p, "analytics").Consent == policy.CookieConsentOptIn }},
		{says: "we use data to prevent fraud, in our legitimate interest", typed: func(p *policy.Policy) bool { return p.Purpose("security").Interest != "" }},
		{says: "carriers and IT providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "logistics").Role == policy.RoleProcessor && recipient(p, "hosting").Role == policy.RoleProcessor
		}},
		{says: "our hosting is in Switzerland and Ireland, a country the Federal Council lists as adequate", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Destination == language.MustParseRegion("IE") && t.Safeguard == policy.SafeguardAdequacy
			})
		}},
		{says: "analytics providers in the US are certified under the Swiss-U.S. and EU-U.S. Data Privacy Frameworks", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Origin == regionCH && t.Safeguard == policy.SafeguardDataPrivacyFramework
			}) && slices.ContainsFunc(p.Transfers, func(t policy.Transfer) bool {
				return t.Origin == regionEU && t.Safeguard == policy.SafeguardDataPrivacyFramework
			})
		}},
		{says: "we give data to authorities where the law obliges us", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "if we sell part of the business, the buyer may receive data", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "you may have a copy of your data, and have the data you gave us issued to you or another controller in a common electronic format", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightPortability)
		}},
		{says: "you may have data corrected or deleted, and object to processing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRectification) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightObjection)
		}},
		{says: "you may turn to the FDPIC or, in the EU, to your data protection authority", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer requests within 30 days, and may ask for a copy of an identity document", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(30) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "credit check results are kept for two years", typed: func(p *policy.Policy) bool { return p.Category("credit").Retention.Period == policy.Years(2) }},
		{says: "we protect data with encryption, access controls and pseudonymisation", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasurePseudonymisation) }},
		{says: "customers must be adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we may adapt this statement at any time; the version on our website applies", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		// Free text.
		{says: "we do not process data of persons whose creditworthiness is older than ten years, nor sensitive data, for the credit check", free: toPurpose("invoice")},
		{says: "we store data only as long as the purposes require or the law obliges us, and anonymise it afterwards", free: toIntroduction},
	}}
}
