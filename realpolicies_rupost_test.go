package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// the national postal operator, which learns of the recipients of items
// from their senders, and the Moscow Metro, whose passengers pay with a
// transport card or by showing their face at the turnstile.

// russianPost paraphrases the policy on the processing of personal data
// of JSC Russian Post (Почта России), in our own words as we recall it
// from the version published in 2024: postal items and their tracking,
// the data of recipients that senders give, identity documents shown at
// the counter, receiving items with a simple electronic signature,
// courier delivery, postal money transfers, pensions delivered for the
// Social Fund, international items and customs, the Pochta Bank partner
// that serves its customers in post offices, secrecy of communications
// and advertising by consent.
func russianPost() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{
		{Act: "Federal Law No. 176-FZ “On Postal Communications”, Art. 15", Region: regionRU},
		{Act: "Federal Law No. 126-FZ “On Communications”, Art. 63", Region: regionRU}}}
	postalRules := "the Rules for the Provision of Postal Services and the archival periods for postal documents"
	aml := "Federal Law No. 115-FZ, Art. 7(4) (5 years after the transfer)"
	customer := &policy.Category{ID: "customer", Name: "Customer data", Items: []string{"surname, first name and patronymic", "phone number", "email address", "postal address", "the account on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Unified Identification and Authentication System (Gosuslugi), where the customer signs in through it",
		Retention:    policy.WhileAccountActive(policy.Days(30)), Linked: true}
	document := &policy.Category{ID: "document", Name: "Identity document details", Items: []string{"type, series and number of the identity document", "date of issue and issuer", "date of birth and citizenship, for transfers and international items"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy(postalRules), Linked: true}
	items := &policy.Category{ID: "items", Name: "Postal items", Items: []string{"the names and addresses of sender and recipient", "the recipient's phone number", "the tracking number, weight, declared value and cash on delivery", "the contents declared for customs", "the history of the item's movement and its delivery"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceAutomatic}, OthersConsent: true,
		Retention: policy.AsRequiredBy(postalRules), Linked: true, Secrecy: secrecy, VisibleTo: []policy.Audience{policy.AudienceChosenContacts}}
	signature := &policy.Category{ID: "signature", Name: "Simple electronic signature", Items: []string{"the phone number to which codes are sent", "one-time codes entered on receipt", "the record of each item received with the signature"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(postalRules), Linked: true}
	transfers := &policy.Category{ID: "transfers", Name: "Postal money transfers and payments", Items: []string{"payer and payee", "amount and date", "payments for utilities and other services accepted at the counter"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	pensions := &policy.Category{ID: "pensions", Name: "Pensions and benefits delivered", Items: []string{"the recipient's name, address and document", "the amount and the month of the payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Social Fund of Russia and other payers of pensions and benefits",
		Retention: policy.AsRequiredBy("the contracts with the Social Fund and the accounting law"), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "Calls and requests to the contact centre", Items: []string{"recordings of calls", "chat messages", "claims about items and their outcome"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true, RecordingNotice: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie and device identifiers", "push token", "location, if allowed, to find the nearest post office", "pages viewed and actions on the website and in the app"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	couriers := &policy.Recipient{ID: "couriers", Name: "courier services that deliver items on Russian Post's order", Role: policy.RoleProcessor, Categories: []*policy.Category{items},
		Purpose: "to deliver items to the door and hand them over against a code or a document", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "JSC Pochta Bank", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, document},
		Purpose: "the customer asks in a post office for a product of the bank, which Russian Post offers as its agent, or has consented to receive its offers", Country: regionRU, Conditional: true}
	sfr := &policy.Recipient{ID: "sfr", Name: "the Social Fund of Russia", Role: policy.RoleAuthority, Categories: []*policy.Category{pensions},
		Purpose: "to report which pensions and benefits were delivered", Country: regionRU}
	customs := &policy.Recipient{ID: "customs", Name: "the Federal Customs Service", Role: policy.RoleAuthority, Categories: []*policy.Category{items, document}, Country: regionRU,
		Purpose: "to clear international items through customs"}
	foreign := &policy.Recipient{ID: "foreign", Name: "foreign postal operators of the Universal Postal Union", Role: policy.RoleThirdParty, Categories: []*policy.Category{items},
		Purpose: "to carry and deliver international items and answer claims about them"}
	merchants := &policy.Recipient{ID: "merchants", Name: "online shops and other senders", Role: policy.RoleThirdParty, Categories: []*policy.Category{items},
		Purpose: "to tell the sender of an item that it was delivered, returned or is waiting for the recipient", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "the Federal Financial Monitoring Service (Rosfinmonitoring)", Role: policy.RoleAuthority, Categories: []*policy.Category{document, transfers}, Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "providers that send SMS and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{customer, signature}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	postal := &policy.Purpose{ID: "postal", Name: "Accepting, carrying and delivering postal items and letting senders and recipients track them", Categories: []*policy.Category{customer, document, items, device},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{couriers, merchants, messaging},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 176-FZ “On Postal Communications”, Art. 16 and 19", Region: regionRU},
			{Act: "the Rules for the Provision of Postal Services approved by the Ministry of Digital Development", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an item cannot be accepted without the recipient's name and address, and a registered item is handed over only against an identity document, a code or the simple electronic signature"}
	esign := &policy.Purpose{ID: "esign", Name: "Handing over items against a simple electronic signature", Categories: []*policy.Category{customer, signature, items},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's settings or by a written application in a post office", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, OptOut: true,
		Recipients: []*policy.Recipient{messaging},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "signing with a code is a choice; a recipient who has not agreed to it receives items against a passport and a handwritten signature"}
	money := &policy.Purpose{ID: "money", Name: "Making postal money transfers and accepting payments", Categories: []*policy.Category{customer, document, transfers},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”, Art. 7", Region: regionRU},
			{Act: "Federal Law No. 161-FZ “On the National Payment System”", Region: regionRU}},
		TippingOff: []policy.Obligation{{Act: "Federal Law No. 115-FZ, Art. 7(6)", Region: regionRU}},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	pension := &policy.Purpose{ID: "pensions", Name: "Delivering pensions and social benefits", Categories: []*policy.Category{pensions, document},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sfr},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 400-FZ “On Insurance Pensions”, Art. 26", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	international := &policy.Purpose{ID: "international", Name: "Sending international items and clearing them through customs", Categories: []*policy.Category{customer, document, items},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{customs, foreign},
		Obligations: []policy.Obligation{{Act: "the Customs Code of the Eurasian Economic Union, Chapter 37", Region: regionRU},
			{Act: "the Acts of the Universal Postal Union", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	claims := &policy.Purpose{ID: "claims", Name: "Answering calls, complaints and claims about items", Categories: []*policy.Category{customer, items, calls},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "investigating lost or damaged items, paying compensation and checking the quality of service",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	partner := &policy.Purpose{ID: "partner", Name: "Offering Pochta Bank's products in post offices", Categories: []*policy.Category{customer, document},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by a written application in a post office or to the bank", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, OptOut: true,
		Recipients: []*policy.Recipient{bank},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending news and advertising of Russian Post's services and its partners' goods", Categories: []*policy.Category{customer},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the profile's settings, with the link in each email or by calling the contact centre", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "37 Varshavskoye Highway, Moscow, 131000, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "JSC Russian Post", Email: "privacy@russianpost.example", Address: address},
			Country: regionRU, Registration: "OGRN and INN as registered in the Unified State Register of Legal Entities"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@russianpost.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-00-000000"},
		URL:              "https://russianpost.example/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 176-FZ “On Postal Communications”", Region: regionRU},
			{Act: "Federal Law No. 126-FZ “On Communications”", Region: regionRU},
			{Act: "Federal Law No. 249-FZ “On the Joint-Stock Company Russian Post”", Region: regionRU},
			{Act: "Federal Law No. 63-FZ “On Electronic Signature”", Region: regionRU},
			{Act: "Federal Law No. 115-FZ “On Countering the Legalisation of Proceeds of Crime and the Financing of Terrorism”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU}},
		Scope:      []string{"the pochta.ru website", "the Russian Post mobile app", "the post offices", "the contact centre"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{customer, document, items, signature, transfers, pensions, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{postal, esign, money, pension, international, claims, partner, advertising, analytics},
		Recipients: []*policy.Recipient{couriers, bank, sfr, customs, foreign, merchants, rfm, messaging, metrica},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationShipment, Recipient: foreign, Categories: []*policy.Category{items}, Safeguard: policy.SafeguardContractNecessity,
				Notified: policy.MakeDate(2023, time.February, 28)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{signature, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: postal, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "appmetrica", Name: "AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Technology: policy.TechnologySDK,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights: fz152Rights("by a written request sent by post or handed in at a post office, or by writing to privacy@russianpost.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@russianpost.example", Address: address},
	}
	return realPolicy{"national postal operator (Russian Post)", p, []statement{
		{says: "the operator is JSC Russian Post, at its address in Moscow", typed: func(p *policy.Policy) bool {
			return p.Controller.Address != "" && p.Controller.Country == regionRU
		}},
		{says: "Russian Post has appointed a person responsible for organising the processing of personal data", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "Russian Post is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the policy covers the website, the app, post offices and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "Russian Post processes data under the Civil Code, the laws on postal communications, communications, Russian Post itself, electronic signature, money laundering and advertising", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "a customer gives a name, phone, email and address, or signs in through Gosuslugi", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("customer").Sources, policy.SourceThirdParty) && p.Category("customer").SourceDetail != ""
		}},
		{says: "items are accepted, carried and delivered under the contract and the postal law and rules", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("postal")
			return pu.RestsOn(policy.BasisContract, policy.FZ152) && pu.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(pu.Obligations) == 2
		}},
		{says: "the sender gives the recipient's name, address and phone number and confirms the right to give them", typed: func(p *policy.Policy) bool {
			c := p.Category("items")
			return slices.Contains(c.Sources, policy.SourceOtherUsers) && c.OthersConsent
		}},
		{says: "recipients of items are data subjects whose data Russian Post processes to deliver to them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("postal").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "an item cannot be sent without the recipient's name and address, and a registered item is handed over only against an identity document, a code or the electronic signature", typed: func(p *policy.Policy) bool {
			return p.Purpose("postal").Required != ""
		}},
		{says: "at the counter the recipient shows an identity document, whose type, number, date and issuer are recorded", typed: func(p *policy.Policy) bool {
			return p.Purpose("postal").Uses(p.Category("document")) && len(p.Category("document").Items) == 3
		}},
		{says: "the tracking number shows the movement of an item, which the sender can share with the recipient", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("items").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "items, transfers and what is known of them are secrecy of communications under the postal and communications laws", typed: func(p *policy.Policy) bool {
			return p.Category("items").Secrecy.Kind == policy.SecrecyCommunications && len(p.Category("transfers").Secrecy.Laws) == 2
		}},
		{says: "with written consent a recipient may receive items by entering a code sent by SMS, which is a simple electronic signature", typed: func(p *policy.Policy) bool {
			e := p.Purpose("esign")
			return e.RestsOn(policy.BasisConsent, policy.FZ152) && e.ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "the simple electronic signature is a choice, and a recipient who has not agreed to it signs by hand against a passport", typed: func(p *policy.Policy) bool {
			return p.Purpose("esign").Required != "" && p.Purpose("esign").OptOut
		}},
		{says: "consent to the electronic signature can be withdrawn in the app or by an application in a post office", typed: func(p *policy.Policy) bool { return p.Purpose("esign").Withdraw != "" }},
		{says: "couriers deliver items to the door on Russian Post's order", typed: func(p *policy.Policy) bool { return recipient(p, "couriers").Role == policy.RoleProcessor }},
		{says: "online shops and other senders learn whether their item was delivered", typed: func(p *policy.Policy) bool { return recipient(p, "merchants") != nil }},
		{says: "for money transfers and payments Russian Post identifies the payer and reports to Rosfinmonitoring as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("money").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "a customer is not told that an operation was reported to Rosfinmonitoring", typed: func(p *policy.Policy) bool { return len(p.Purpose("money").TippingOff) == 1 }},
		{says: "data on transfers is kept for five years, as that law requires", typed: func(p *policy.Policy) bool {
			return p.Category("transfers").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "Russian Post delivers pensions and benefits with data it receives from the Social Fund, and reports back to it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("pensions").Sources, policy.SourceThirdParty) && recipient(p, "sfr") != nil
		}},
		{says: "for international items the declared contents and the parties go to customs and to foreign postal operators", typed: func(p *policy.Policy) bool {
			return recipient(p, "customs").Role == policy.RoleAuthority && p.Purpose("international").Uses(p.Category("items"))
		}},
		{says: "data goes abroad to the country of the addressee the sender chooses, because the contract needs it, after notifying Roskomnadzor", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationShipment && t.Safeguard == policy.SafeguardContractNecessity && !t.Notified.IsZero()
		}},
		{says: "calls to the contact centre are recorded after a warning, to investigate claims and check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("claims").Interest != ""
		}},
		{says: "with the customer's consent, given in a post office, Russian Post passes data to Pochta Bank, whose products it offers as the bank's agent", typed: func(p *policy.Policy) bool {
			return p.Purpose("partner").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "bank").Conditional
		}},
		{says: "news and advertising are sent only with consent, as the law on advertising requires, and consent can be withdrawn in the profile or with the link in each email", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && len(a.ConsentRequiredBy) == 1 && a.Withdraw != ""
		}},
		{says: "the website uses session cookies and Yandex Metrica, and the app uses AppMetrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "Russian Post does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool { return len(p.NotCollected) == 2 }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent being withdrawn", typed: func(p *policy.Policy) bool { return len(p.Deletion) == 2 }},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "data is disclosed to courts, investigators and other authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a person has the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "a request names the identity document and the relationship with Russian Post and is signed by hand or electronically", typed: func(p *policy.Policy) bool { return len(p.Requests.Contents) == 4 }},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "Russian Post protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "an account can be opened from 14, and a minor's data is processed with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "an item can be handed to a representative who shows a power of attorney, whose details are recorded", free: toPurpose("postal")},
		{says: "an item not collected within the storage period is returned to the sender at the sender's expense", free: toPurpose("postal")},
	}}
}

// moscowMetro paraphrases the policy on the processing of personal data
// of the State Unitary Enterprise of Moscow “Moscow Metro”
// (Московский метрополитен), in our own words as we recall it from the
// version published in 2024, read with the terms of the Troika card and
// of Face Pay: the Troika transport card and its registration, journeys
// recorded at the turnstiles, paying by face with a biometric sample
// given in the Metro app under 572-FZ, video surveillance of stations
// required by the transport security law and connected to the city's
// system, which recognises faces, the lost property office and the
// Metro app.
func moscowMetro() realPolicy {
	all := policy.Actions()
	transportSecurity := policy.Obligation{Act: "Federal Law No. 16-FZ “On Transport Security”, Art. 12.2", Region: regionRU}
	account := &policy.Category{ID: "account", Name: "Metro app account", Items: []string{"phone number", "name", "email address", "the Troika cards and bank cards linked to the account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	card := &policy.Category{ID: "card", Name: "Troika card data", Items: []string{"the card number", "the balance and the tickets on the card", "top-ups and their amounts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	journeys := &policy.Category{ID: "journeys", Name: "Journeys", Items: []string{"the station and turnstile where a card or a face was presented", "the date and time", "the fare charged"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	face := &policy.Category{ID: "face", Name: "Face Pay biometric data", Items: []string{"the photograph taken in the Metro app", "the vector made from it to recognise the face at the turnstile"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Biometric: true,
		SourceDetail: "the Unified Biometric System, where the passenger chooses to connect Face Pay with a sample already placed there",
		Retention:    policy.Until(policy.EventConsentWithdrawal), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video surveillance at stations and in trains", Items: []string{"images recorded by cameras in stations, passages, escalators and carriages"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Biometric: true, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	lost := &policy.Category{ID: "lost", Name: "Lost property", Items: []string{"the description of the item and where it was found", "the owner's name, phone number and identity document when the item is returned"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	requests := &policy.Category{ID: "requests", Name: "Passengers' requests", Items: []string{"complaints and questions sent through the app, the website or the information centre", "recordings of calls to the information centre"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true, RecordingNotice: true}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "device and cookie identifiers", "push token", "the app's crash reports"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	banks := &policy.Recipient{ID: "banks", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, journeys},
		Purpose: "to charge the bank card linked to Face Pay or the app for each journey", Country: regionRU}
	organiser := &policy.Recipient{ID: "organiser", Name: "the State Public Institution of Moscow “Organiser of Transport”", Role: policy.RoleJointController, Categories: []*policy.Category{card, journeys},
		Purpose: "to run the Troika fare system for all the city's transport and settle fares between carriers", Country: regionRU, Arrangement: "Under the city's rules on the Troika card, the Organiser of Transport runs the card system and settles fares, and the Metro records journeys and answers passengers' requests about them."}
	city := &policy.Recipient{ID: "city", Name: "the Moscow Department of Information Technologies, which runs the city's video surveillance system", Role: policy.RoleAuthority, Categories: []*policy.Category{video},
		Purpose: "to store the recordings in the city's video surveillance system and search them with face recognition for the police", Country: regionRU}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement bodies", Role: policy.RoleAuthority, Categories: []*policy.Category{video, journeys, lost}, Country: regionRU,
		Conditional: true, Purpose: "they ask for recordings or journeys to investigate an offence or find a wanted or missing person"}
	hosting := &policy.Recipient{ID: "hosting", Name: "IT providers that host the app and the Face Pay system", Role: policy.RoleProcessor, Categories: []*policy.Category{account, face, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	travel := &policy.Purpose{ID: "travel", Name: "Carrying passengers and accepting fares with the Troika card", Categories: []*policy.Category{card, journeys},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{organiser},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "an anonymous Troika card needs no personal data; the card is linked to a person only when it is registered in the app"}
	app := &policy.Purpose{ID: "app", Name: "Running the Metro app: registering cards, topping them up and restoring the balance of a lost card", Categories: []*policy.Category{account, card, journeys, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{banks, hosting},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "the app needs a phone number confirmed by a code"}
	facePay := &policy.Purpose{ID: "facepay", Name: "Paying fares by face (Face Pay)", Categories: []*policy.Category{account, face, journeys},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "by turning Face Pay off in the app, after which the biometric data is deleted", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, OptOut: true,
		Recipients: []*policy.Recipient{banks, hosting},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "Face Pay is voluntary; a passenger who does not use it pays with a card or a phone"}
	surveillance := &policy.Purpose{ID: "video", Name: "Keeping the Metro safe with video surveillance", Categories: []*policy.Category{video, journeys},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{transportSecurity},
		Recipients: []*policy.Recipient{city, police},
		Subjects:   []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	property := &policy.Purpose{ID: "lost", Name: "Returning lost property", Categories: []*policy.Category{lost},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "the Civil Code of the Russian Federation, Art. 227 and 228", Region: regionRU}},
		Recipients: []*policy.Recipient{police},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	answering := &policy.Purpose{ID: "requests", Name: "Answering passengers' complaints and questions", Categories: []*policy.Category{account, requests},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Federal Law No. 59-FZ “On the Procedure for Considering Appeals of Citizens”", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "41 Prospekt Mira, building 2, Moscow, 129110, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "State Unitary Enterprise of Moscow “Moscow Metro”", Email: "privacy@mosmetro.example", Address: address},
			Country: regionRU},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "privacy@mosmetro.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-00-000000"},
		URL:              "https://mosmetro.example/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.January, 15),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 16-FZ “On Transport Security”", Region: regionRU},
			{Act: "Federal Law No. 572-FZ on identification with biometric personal data", Region: regionRU},
			{Act: "Federal Law No. 59-FZ “On the Procedure for Considering Appeals of Citizens”", Region: regionRU},
			{Act: "the Rules of Using the Moscow Metro"}},
		Scope:      []string{"the Moscow Metro and its stations", "the Metro app", "the mosmetro.ru website", "the Troika card"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, card, journeys, face, video, lost, requests, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "cardnumber", Name: "full bank card details", Category: account, Note: "The bank takes them on its own payment page."},
		},
		Purposes:    []*policy.Purpose{travel, app, facePay, surveillance, property, answering, analytics},
		Recipients:  []*policy.Recipient{banks, organiser, city, police, hosting, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{face}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(3)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: app, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("by a written request sent to the Metro's address or by writing to privacy@mosmetro.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "privacy@mosmetro.example", Address: address},
	}
	return realPolicy{"city metro and transport card (Moscow Metro)", p, []statement{
		{says: "the operator is the State Unitary Enterprise of Moscow “Moscow Metro”", typed: func(p *policy.Policy) bool { return p.Controller.Name != "" && p.Controller.Country == regionRU }},
		{says: "the Metro has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the Metro's stations, the app, the website and the Troika card", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the Metro processes data under the Civil Code, the transport security law, the biometrics law, the law on citizens' appeals and its rules of use", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 5
		}},
		{says: "a Troika card can be used without giving any personal data", typed: func(p *policy.Policy) bool { return p.Purpose("travel").Required != "" }},
		{says: "the turnstile records the card, the station and the time of each journey and charges the fare", typed: func(p *policy.Policy) bool {
			return p.Purpose("travel").Uses(p.Category("journeys")) && p.Purpose("travel").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "the Troika fare system is run together with the city's Organiser of Transport", typed: func(p *policy.Policy) bool {
			return recipient(p, "organiser").Role == policy.RoleJointController && recipient(p, "organiser").Arrangement != ""
		}},
		{says: "a passenger who registers a card in the app gives a phone number and can restore the balance of a lost card", typed: func(p *policy.Policy) bool {
			return p.Purpose("app").Uses(p.Category("card")) && p.Purpose("app").Required != ""
		}},
		{says: "banks receive what is needed to charge a linked bank card for journeys", typed: func(p *policy.Policy) bool { return recipient(p, "banks") != nil }},
		{says: "the Metro does not keep full bank card details", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Category != nil }},
		{says: "Face Pay lets a passenger pay by looking at a camera at the turnstile, after uploading a photo and linking a bank card in the app", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Purpose("facepay").Uses(p.Category("face"))
		}},
		{says: "Face Pay rests on the passenger's written consent to the processing of biometric data, given in the app", typed: func(p *policy.Policy) bool {
			f := p.Purpose("facepay")
			return f.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && f.ConsentMethod == policy.ConsentMethodWritten && f.ConsentLogged
		}},
		{says: "under the law on identification with biometric data a passenger may instead connect Face Pay with a sample already placed in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("face").Sources, policy.SourceThirdParty) && p.Category("face").SourceDetail != ""
		}},
		{says: "Face Pay is voluntary, and a passenger can still pay with a card", typed: func(p *policy.Policy) bool { return p.Purpose("facepay").OptOut && p.Purpose("facepay").Required != "" }},
		{says: "turning Face Pay off withdraws consent, and the biometric data is deleted within three days", typed: func(p *policy.Policy) bool {
			return p.Purpose("facepay").Withdraw != "" && p.Deletion[1].Stages[0].Within == policy.Days(3)
		}},
		{says: "the app and Face Pay run on IT providers' servers in Russia on the Metro's order", typed: func(p *policy.Policy) bool {
			return recipient(p, "hosting").Role == policy.RoleProcessor && recipient(p, "hosting").Country == regionRU
		}},
		{says: "stations, passages and trains are under video surveillance, as the transport security law requires", typed: func(p *policy.Policy) bool {
			v := p.Purpose("video")
			return v.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(v.Obligations) == 1 && slices.Contains(v.Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "the recordings go to the city's video surveillance system, which can recognise faces for the police", typed: func(p *policy.Policy) bool {
			return p.Category("video").Biometric && recipient(p, "city").Role == policy.RoleAuthority
		}},
		{says: "recordings are kept for 30 days", typed: func(p *policy.Policy) bool { return p.Category("video").Retention.Period == policy.Days(30) }},
		{says: "the police receive recordings and journeys when they ask for them to investigate an offence or find a person", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Conditional && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "the lost property office records found items and the owner's name and document when an item is returned", typed: func(p *policy.Policy) bool {
			return p.Purpose("lost").Uses(p.Category("lost")) && len(p.Purpose("lost").Obligations) == 1
		}},
		{says: "passengers' complaints are answered as the law on citizens' appeals requires, and calls to the information centre are recorded after a warning", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("requests").Obligations) == 1 && p.Category("requests").RecordingNotice
		}},
		{says: "the website and the app use session cookies and Yandex Metrica, which a visitor can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && p.Purpose("analytics").OptOut
		}},
		{says: "data is stored in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "the Metro does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Stages[0].Within == policy.Days(30) }},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the enterprise is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a passenger has the rights of Art. 14 to 17 and may withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "the Metro protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "the app is for those aged 14 or more, and a minor's data is processed with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ParentalConsent
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a Face Pay journey is charged at the same fare as a journey with the Troika card", free: toPurpose("facepay")},
		{says: "preferential travel cards for students, pensioners and other groups are issued by the city's social services and not by the Metro", free: toIntroduction},
		{says: "the city's video surveillance system and its face recognition are run by the city, whose own rules govern them", free: toPurpose("video")},
	}}
}
