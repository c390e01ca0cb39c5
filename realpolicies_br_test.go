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

func toRequests(p *policy.Policy, text string) {
	if p.Requests.VerificationDetail != "" {
		p.Requests.VerificationDetail += " "
	}
	p.Requests.VerificationDetail += text
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
	marketing := &policy.Purpose{ID: "marketing", Name: "Sending you offers and news", Categories: []*policy.Category{registration, activity},
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
		Children: policy.Children{MinimumAge: 12, ConsentAge: 18, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}},
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
		{says: "we process the data of children and adolescents in their best interest", free: toChildren},
		{says: "you may ask for the criteria and procedures an automated decision was based on, within the limits of our commercial and industrial secrets", free: toPurpose("credit")},
		{says: "we read messages between buyers and sellers to detect fraud and attempts to take payments off the platform", free: toCategory("activity")},
	}}
}
