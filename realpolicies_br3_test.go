package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The policies below paraphrase, in our own words and as we recall them,
// the privacy policy under the LGPD of a Brazilian mobile operator (in the
// manner of Vivo, of Telefônica Brasil) and the privacy notice of the
// Brazilian federal government's login and services portal (in the manner
// of gov.br), both as published in 2024.

var regionES = language.MustParseRegion("ES")

// mobileOperatorBR paraphrases the privacy policy of a Brazilian mobile
// operator, in the manner of Vivo (Telefônica Brasil), as published in
// 2024: call and connection records kept for the periods that ANATEL's
// regulations and the laws on criminal investigations set, credit checks
// with credit bureaus before a post-paid plan, facial biometrics to stop
// lines being opened in someone else's name, the secrecy of
// communications, offers by text message and calls with the national
// do-not-call list, and the Spanish parent company as a recipient.
func mobileOperatorBR() realPolicy {
	customer := &policy.Category{ID: "customer", Name: "Registration data", Items: []string{"name", "CPF", "identity document", "date of birth", "mother's name", "billing address", "email address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	billing := &policy.Category{ID: "billing", Name: "Contract and billing data", Items: []string{"plan and services taken", "invoices and payments", "bank or card details for automatic debit", "debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Law: "ANATEL's General Regulation on the Rights of Consumers of Telecommunications Services (Resolution No. 632/2014) and tax law"}}
	records := &policy.Category{ID: "records", Name: "Call and connection records", Items: []string{"numbers calling and called", "date, time and duration of calls and messages", "the cell used at the start and end of a call", "IP addresses assigned and times of connection", "data used"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Secrecy: policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{
			{Act: "the Federal Constitution, Art. 5(XII), and Law No. 9,472/1997 (General Telecommunications Law), Art. 3(V)", Region: regionBR}}},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "Law No. 12,850/2013, Art. 17 (five years for call records) and Law No. 12,965/2014 (Marco Civil da Internet), Art. 13 (one year for connection records)"}}
	location := &policy.Category{ID: "location", Name: "Network location", Items: []string{"the cells and antennas your phone connects to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Device and line identifiers", Items: []string{"IMEI", "IMSI and SIM card number", "device model", "operating system"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	digital := &policy.Category{ID: "digital", Name: "Use of our website and app", Items: []string{"pages and screens visited", "cookies and advertising identifiers", "IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true, Retention: policy.Keep(policy.Months(6), policy.EventCollection)}
	service := &policy.Category{ID: "service", Name: "Customer service records", Items: []string{"recordings of calls to the call centre", "protocol numbers", "chats and complaints"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(2), From: policy.EventCollection,
			Law: "ANATEL Resolution No. 632/2014, which requires call centre recordings to be kept and given to the customer on request"}}
	credit := &policy.Category{ID: "credit", Name: "Credit information", Items: []string{"credit score", "records of unpaid debts", "positive credit history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "credit bureaus such as Serasa, SPC and Boa Vista", Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	face := &policy.Category{ID: "face", Name: "Facial biometrics", Items: []string{"a photo of your face compared with your identity document"}, Biometric: true,
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd)}

	stores := &policy.Recipient{ID: "stores", Name: "Authorised dealers, franchised stores and call centres", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, billing, service, face}, Country: regionBR, Purpose: "to sell our plans, open lines and serve customers on our behalf"}
	vendors := &policy.Recipient{ID: "vendors", Name: "Technology, cloud, billing and payment providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{customer, billing, records, device, digital, service}, Country: regionBR}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "Credit bureaus", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, billing, credit}, Country: regionBR,
		Purpose: "to check your credit before a post-paid plan, to record unpaid debts and to feed the positive credit register"}
	carriers := &policy.Recipient{ID: "carriers", Name: "Other operators and the number portability entity", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, records}, Country: regionBR,
		Purpose: "to connect calls between networks, bill roaming and carry your number to another operator"}
	group := &policy.Recipient{ID: "group", Name: "Telefónica, S.A. and the companies of its group", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer, billing}, Country: regionES,
		Purpose: "for the group's consolidated management, audits and corporate controls"}
	partners := &policy.Recipient{ID: "partners", Name: "Partners whose services come with our plans", Role: policy.RoleThirdParty, Categories: []*policy.Category{customer}, Country: regionBR, Conditional: true,
		Purpose: "you take a streaming, insurance or other partner service with your plan, to activate it"}
	authorities := &policy.Recipient{ID: "authorities", Name: "ANATEL, courts, the police and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{customer, billing, records, location, service}, Country: regionBR, Conditional: true,
		Purpose: "the law, an ANATEL regulation or a court order requires it"}

	telecom := &policy.Purpose{ID: "telecom", Name: "Providing mobile, internet and TV services, billing and serving you", Categories: []*policy.Category{customer, billing, records, location, device, service},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{stores, vendors, carriers, partners},
		Required: "a line cannot be activated without your name, CPF and address, which ANATEL requires for every line, pre-paid or post-paid"}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Meeting ANATEL's regulations and orders of courts and authorities", Categories: []*policy.Category{customer, billing, records, location, service},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{
			{Act: "ANATEL Resolution No. 632/2014 and the regulation of the Personal Mobile Service: registering pre-paid lines and keeping billing and call centre records", Region: regionBR},
			{Act: "Law No. 12,850/2013, Art. 17: keeping call records for five years for investigations", Region: regionBR},
			{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 13: keeping connection records for one year", Region: regionBR}}}
	creditCheck := &policy.Purpose{ID: "credit", Name: "Checking credit before post-paid plans and device instalments, and collecting debts", Categories: []*policy.Category{customer, billing, credit},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{bureaus},
		Automated: "a credit score may decide whether we offer you a post-paid plan or instalments"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming your identity with facial biometrics to stop fraud in opening lines and swapping SIM cards", Categories: []*policy.Category{customer, face, device},
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "stopping lines being opened or SIM cards swapped in someone else's name",
		Recipients: []*policy.Recipient{stores, vendors}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Offering you our plans, products and services by text message, email and calls", Categories: []*policy.Category{customer, billing, digital},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering customers the plans and services that suit how they use their line", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Analytics and advertising on our website and app", Categories: []*policy.Category{digital},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the website or the privacy settings of the app", ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{vendors}}
	insights := &policy.Purpose{ID: "insights", Name: "Producing anonymised statistics on how people move, for businesses and public bodies", Categories: []*policy.Category{records, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering businesses and public bodies statistics on the flow of people between places, from network data anonymised before anyone sees it"}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{customer, billing, service, records},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}
	group2 := &policy.Purpose{ID: "group", Name: "Reporting to our parent company", Categories: []*policy.Category{customer, billing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "managing the group's business and meeting its corporate and audit duties", Recipients: []*policy.Recipient{group}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Mobile Operator Brasil S.A.", Email: "privacidade@operator.example", Address: "Av. Engenheiro Luiz Carlos Berrini, São Paulo, SP, Brazil"},
			Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:     &policy.Contact{Name: "Paula Ribeiro", Email: "encarregado@operator.example", Website: "https://operator.example/privacidade"},
		Version: "2024", Effective: policy.MakeDate(2024, time.December, 1), Updated: policy.MakeDate(2024, time.December, 1),
		Laws:        []policy.Law{policy.LGPD},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{customer, billing, records, location, device, digital, service, credit, face},
		NotCollected: []policy.Exclusion{{ID: "content", Name: "the content of your calls and messages", Category: records,
			Note: "Only a court may order an interception, under Law No. 9,296/1996."}},
		Storage:    []policy.Storage{{Location: regionBR}},
		Purposes:   []*policy.Purpose{telecom, regulatory, creditCheck, fraud, marketing, advertising, insights, claims, group2},
		Recipients: []*policy.Recipient{stores, vendors, bureaus, carriers, group, partners, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionES, Recipient: group, Categories: []*policy.Category{customer, billing}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: telecom, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "analytics and advertising cookies", Party: policy.PartyThird, Purpose: advertising, Categories: []*policy.Category{digital},
				Provider: vendors, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy centre on our website or in the app"}, {Kind: policy.RightRectification, How: "in the app, at a store or through the call centre"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, in the app or by replying to the message; to calls, also by registering on the national do-not-call list"},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking the encarregado to have a person review a credit decision"}, {Kind: policy.RightComplaint},
		},
		Redress:  []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "ANATEL", Phone: "1331", Website: "https://www.gov.br/anatel"}, Region: regionBR}},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:    policy.Links{RequestForm: "https://operator.example/privacidade/solicitacoes", CookieSettings: "https://operator.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureLeastPrivilege},
			{Kind: policy.MeasureCertification, Description: "Our information security management is certified under ISO/IEC 27001."}, {Kind: policy.MeasureIncidentDetection}},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage}},
		Contact:  policy.Contact{Email: "privacidade@operator.example", Phone: "*8486"},
	}
	return realPolicy{"Brazilian mobile operator (Vivo)", p, []statement{
		{says: "a company in São Paulo, with its CNPJ, is the controller of its customers' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "our encarregado is named and answers by email and through the privacy centre", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Name != "" && p.DPO.Website != ""
		}},
		{says: "we collect your name, CPF, identity document, date of birth, mother's name, address, email and phone when you take a plan", typed: func(p *policy.Policy) bool {
			return len(p.Category("customer").Items) == 8
		}},
		{says: "ANATEL requires us to register every line, pre-paid too, so a line needs your name, CPF and address", typed: func(p *policy.Policy) bool {
			return p.Purpose("telecom").Required != ""
		}},
		{says: "we keep your plan, invoices, payments and debts", typed: func(p *policy.Policy) bool { return p.Category("billing") != nil }},
		{says: "our network records the numbers you call and that call you, when and for how long, the cell used, and your data connections", typed: func(p *policy.Policy) bool {
			return p.Category("records").Sources[0] == policy.SourceAutomatic && len(p.Category("records").Items) == 5
		}},
		{says: "the network knows which cells your phone connects to, and so roughly where it is", typed: func(p *policy.Policy) bool { return p.Category("location") != nil }},
		{says: "we record the IMEI, the SIM card and the model of your phone", typed: func(p *policy.Policy) bool { return len(p.Category("device").Items) == 4 }},
		{says: "calls to the call centre are recorded and given a protocol number", typed: func(p *policy.Policy) bool { return p.Category("service").Retention.Law != "" }},
		{says: "credit bureaus tell us your score and unpaid debts", typed: func(p *policy.Policy) bool { return p.Category("credit").SourceDetail != "" }},
		{says: "at a store or in the app we may compare a photo of your face with your identity document", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && p.Category("face").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we never see or keep the content of your calls and messages, which only a court may order intercepted", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("records")
		}},
		{says: "call records are covered by the secrecy of communications under the Constitution and the General Telecommunications Law", typed: func(p *policy.Policy) bool {
			return p.Category("records").Secrecy.Kind == policy.SecrecyCommunications
		}},
		{says: "providing and billing the services rests on our contract with you (Art. 7(V))", typed: func(p *policy.Policy) bool {
			return p.Purpose("telecom").HasBasis(policy.BasisContract)
		}},
		{says: "we keep records and answer authorities as ANATEL's regulations, the law on criminal organisations and the Marco Civil require (Art. 7(II))", typed: func(p *policy.Policy) bool {
			return p.Purpose("regulatory").RestsOn(policy.BasisLegalObligation, policy.LGPD) && len(p.Purpose("regulatory").Obligations) == 3
		}},
		{says: "we keep call records for five years and connection records for one", typed: func(p *policy.Policy) bool {
			return p.Category("records").Retention.Period == policy.Years(5) && p.Category("records").Retention.Law != ""
		}},
		{says: "we check your credit before a post-paid plan or instalments, on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").HasBasis(policy.BasisCreditProtection)
		}},
		{says: "we report unpaid debts to credit bureaus and feed the positive credit register", typed: func(p *policy.Policy) bool { return recipient(p, "bureaus").Purpose != "" }},
		{says: "a credit score may decide what we offer you, and you may ask for a review (Art. 20)", typed: func(p *policy.Policy) bool {
			return p.Purpose("credit").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "facial biometrics serve to prevent fraud in opening lines and swapping SIM cards (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisFraudPrevention)
		}},
		{says: "we offer our plans by text message, email and calls in our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("marketing")
			return pu.OptOut && pu.Interest != "" && pu.Profiling
		}},
		{says: "analytics and advertising cookies are set with your consent, which you may withdraw in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "we anonymise network data on how people move between cells and offer the aggregated statistics to businesses and public bodies", typed: func(p *policy.Policy) bool {
			return p.Purpose("insights").Interest != "" && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "dealers, franchised stores and call centres serve you on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "stores").Role == policy.RoleProcessor }},
		{says: "technology, cloud, billing and payment providers process data on our behalf", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "other operators receive call data to connect calls and bill roaming, and the portability entity to carry your number", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Purpose != ""
		}},
		{says: "partners receive your data to activate services bundled with your plan", typed: func(p *policy.Policy) bool { return recipient(p, "partners").Conditional }},
		{says: "our Spanish parent company receives data for the group's management, under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Destination == regionES && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to ANATEL, courts, police and prosecutors when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "we do not sell personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we keep registration data while you are a customer and five years after, the time for consumer claims", typed: func(p *policy.Policy) bool {
			return p.Category("customer").Retention.Criteria != ""
		}},
		{says: "you may confirm processing, access, correct, anonymise, delete and port your data and learn with whom we share it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may refuse or revoke consent, object, and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "you may stop sales calls by registering on the national do-not-call list", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightObjection && r.How != "" })
		}},
		{says: "you may also complain to ANATEL", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 1 && p.Redress[0].Kind == policy.RedressRegulator
		}},
		{says: "requests go through the privacy centre, and we confirm who you are and answer within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "our information security is ISO/IEC 27001 certified, with encryption, access controls and monitoring", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureIncidentDetection)
		}},
		{says: "plans are contracted by adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we publish changes to this policy on our website", typed: func(p *policy.Policy) bool { return slices.Contains(p.Changes.Notify, policy.ChannelHomePage) }},
		// Free text.
		{says: "a line used by a child is registered in the name of the parent who contracts it, and the parent answers for its use", free: toChildren},
	}}
}

// govPortalBR paraphrases the privacy notice of the Brazilian federal
// government's login account and services portal, in the manner of
// gov.br, as published in 2024: processing by the public administration
// to carry out public policies and its legal duties (LGPD Art. 7(III),
// Art. 23), account levels confirmed against federal databases and with
// facial biometrics, sharing between public bodies under the federal
// rules on data sharing, state-owned companies that run the systems, and
// requests through the federal ombudsman platform.
func govPortalBR() realPolicy {
	publicPolicy := []policy.Obligation{
		{Act: "Decree No. 8,936/2016 (Digital Citizenship Platform) and Law No. 14,129/2021 (Digital Government Law)", Region: regionBR},
		{Act: "Decree No. 10,046/2019 on the governance of data sharing in the federal public administration and the Citizen Base Register", Region: regionBR},
	}
	identity := &policy.Category{ID: "identity", Name: "Identity data", Items: []string{"CPF", "full name", "date of birth", "mother's name", "sex"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the CPF register of the Federal Revenue Service",
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	contacts := &policy.Category{ID: "contacts", Name: "Contact details", Items: []string{"email address", "mobile phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	account := &policy.Category{ID: "account", Name: "Account and reliability level", Items: []string{"password", "two-step verification settings", "account level (bronze, silver or gold) and how it was reached", "authorisations given to services"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	face := &policy.Category{ID: "face", Name: "Facial biometrics", Items: []string{"a photo of your face taken in the app"}, Biometric: true,
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	validation := &policy.Category{ID: "validation", Name: "Data used to confirm your identity", Items: []string{"the result of comparing your face with the photos in the electoral and driving licence databases", "confirmation from your bank that you are its customer", "the digital certificate you sign in with"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, SourceDetail: "the Superior Electoral Court, the National Traffic Secretariat and accredited banks",
		DerivedFrom: []*policy.Category{face}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	logs := &policy.Category{ID: "logs", Name: "Access records", Items: []string{"IP address, date and time of each sign-in", "the services you signed in to", "device and browser"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection, Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15"}}
	usage := &policy.Category{ID: "usage", Name: "Use of the portal", Items: []string{"pages visited", "searches", "ratings of services"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	operators := &policy.Recipient{ID: "operators", Name: "SERPRO and Dataprev, the federal state-owned companies that run the systems", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contacts, account, face, validation, logs, usage}, Country: regionBR, Purpose: "to host and run the login and the portal on the Ministry's instructions"}
	bodies := &policy.Recipient{ID: "bodies", Name: "Federal public bodies and entities whose services you use", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, contacts, account}, Country: regionBR, Purpose: "to identify you in the service you sign in to and provide it"}
	checkers := &policy.Recipient{ID: "checkers", Name: "The Superior Electoral Court, the National Traffic Secretariat and accredited banks", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, face}, Country: regionBR, Purpose: "to confirm that you are who you say you are, against their own records"}
	states := &policy.Recipient{ID: "states", Name: "States, municipalities and other public entities that use the gov.br login", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contacts, account}, Country: regionBR, Conditional: true, Purpose: "you sign in to one of their services with your gov.br account, to identify you there"}
	control := &policy.Recipient{ID: "control", Name: "Control bodies, courts and the Public Prosecutor's Office", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, logs}, Country: regionBR, Conditional: true,
		Purpose: "the law or a court order requires it"}

	login := &policy.Purpose{ID: "login", Name: "Identifying and authenticating citizens who use digital public services", Categories: []*policy.Category{identity, contacts, account, logs},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicPolicy[:1], Recipients: []*policy.Recipient{operators, bodies, states},
		Required: "an account needs a CPF; services that need more assurance open only to silver or gold accounts"}
	levels := &policy.Purpose{ID: "levels", Name: "Confirming your identity to raise the account's level", Categories: []*policy.Category{identity, face, validation},
		Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisSubstantialPublicInterest}, Obligations: publicPolicy, Recipients: []*policy.Recipient{operators, checkers},
		Automated: "the account's level is raised or not by the automated comparison of your face with the official databases"}
	sharing := &policy.Purpose{ID: "sharing", Name: "Sharing registration data between public bodies to carry out public policies", Categories: []*policy.Category{identity, contacts},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicPolicy[1:], Recipients: []*policy.Recipient{bodies},
		Retention: policy.AsRequiredBy("Law No. 8,159/1991 on public archives and the retention schedules of each body")}
	security := &policy.Purpose{ID: "security", Name: "Keeping accounts secure and preventing fraud", Categories: []*policy.Category{account, logs},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, and the federal information security rules of the Institutional Security Office", Region: regionBR}},
		Recipients: []*policy.Recipient{operators, control}}
	improve := &policy.Purpose{ID: "improve", Name: "Improving the portal and producing statistics on digital services", Categories: []*policy.Category{usage, logs},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicPolicy[:1], Recipients: []*policy.Recipient{operators}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring the audience of the portal", Categories: []*policy.Category{usage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of the portal", ConsentMethod: policy.ConsentMethodConsentTool}
	notices := &policy.Purpose{ID: "notices", Name: "Sending you notices about your account and the services you asked for", Categories: []*policy.Category{contacts, account},
		Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: publicPolicy[:1], Recipients: []*policy.Recipient{operators}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "the Ministry of Management and Innovation in Public Services (Secretariat of Digital Government)", Address: "Esplanada dos Ministérios, Bloco K, Brasília, DF, Brazil",
			Website: "https://www.gov.br/governodigital"}, Country: regionBR},
		DPO:     &policy.Contact{Name: "Ana Lima", Email: "encarregado@gestao.example", Website: "https://falabr.example"},
		Version: "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws:            []policy.Law{policy.LGPD},
		Acknowledgement: true,
		Commitments:     []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		Categories:      []*policy.Category{identity, contacts, account, face, validation, logs, usage},
		NotCollected:    []policy.Exclusion{{ID: "template", Name: "a biometric template kept by the portal", Category: face, Note: "The photo is compared with the official databases and is not kept as a template."}},
		Storage:         []policy.Storage{{Location: regionBR}},
		Purposes:        []*policy.Purpose{login, levels, sharing, security, improve, analytics, notices},
		Recipients:      []*policy.Recipient{operators, bodies, checkers, states, control},
		Disclosures:     []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and login cookies", Party: policy.PartyFirst, Purpose: login, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in your account at contas.gov.br or through Fala.BR"}, {Kind: policy.RightRectification, How: "in your account; your name and date of birth are corrected in the CPF register of the Federal Revenue Service"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightPortability}, {Kind: policy.RightSharingEntities, How: "in your account, which lists the services you authorised"},
			{Kind: policy.RightObjection}, {Kind: policy.RightNoAutomatedDecision, How: "by raising the level another way, or by asking through Fala.BR for a review"},
			{Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent, How: "in the cookie settings"}, {Kind: policy.RightErasure},
			{Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}},
		Links:    policy.Links{RequestForm: "https://falabr.example", CookieSettings: "https://www.gov.example/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureAudits}, {Kind: policy.MeasureIncidentDetection},
			{Kind: policy.MeasureBreachNotification}},
		Children: policy.Children{ParentalConsent: true},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelInService}},
		Contact:  policy.Contact{Website: "https://falabr.example"},
	}
	return realPolicy{"federal government login and services portal (gov.br)", p, []statement{
		{says: "the Union, through the Ministry of Management and its Secretariat of Digital Government, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Name != ""
		}},
		{says: "the Ministry's encarregado is named and answers through Fala.BR", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Name != "" && p.DPO.Website != "" }},
		{says: "an account starts from your CPF, and we confirm your name, date of birth and mother's name in the Federal Revenue's register", typed: func(p *policy.Policy) bool {
			return p.Category("identity").SourceDetail != "" && slices.Contains(p.Category("identity").Sources, policy.SourceThirdParty)
		}},
		{says: "we collect your email and mobile number to recover the account and send notices", typed: func(p *policy.Policy) bool { return len(p.Category("contacts").Items) == 2 }},
		{says: "we keep your password, two-step verification, the account's level and the services you authorised", typed: func(p *policy.Policy) bool { return len(p.Category("account").Items) == 4 }},
		{says: "to raise the account to gold you may photograph your face, which we compare with the electoral and driving licence databases", typed: func(p *policy.Policy) bool {
			return p.Category("face").Biometric && slices.Contains(p.Category("validation").DerivedFrom, p.Category("face"))
		}},
		{says: "the level may also be raised through an accredited bank or a digital certificate", typed: func(p *policy.Policy) bool { return p.Category("validation").SourceDetail != "" }},
		{says: "we record the IP address, date and time of each sign-in and the services used", typed: func(p *policy.Policy) bool { return p.Category("logs").Sources[0] == policy.SourceAutomatic }},
		{says: "we keep access records for six months, as the Marco Civil requires", typed: func(p *policy.Policy) bool { return p.Category("logs").Retention.Period == policy.Months(6) }},
		{says: "identifying and authenticating citizens is the carrying out of public policies and of the legal duties of the public administration (Art. 7(III), Art. 23)", typed: func(p *policy.Policy) bool {
			return p.Purpose("login").RestsOn(policy.BasisPublicTask, policy.LGPD) && len(p.Purpose("login").Obligations) == 1
		}},
		{says: "the Digital Government Law and the decree on the digital citizenship platform give the portal its task", typed: func(p *policy.Policy) bool {
			return p.Purpose("login").Obligations[0].Region == regionBR
		}},
		{says: "a CPF is needed for an account, and some services need a silver or gold account", typed: func(p *policy.Policy) bool { return p.Purpose("login").Required != "" }},
		{says: "facial biometrics are processed for the public policy of identifying citizens (Art. 11(II)(b))", typed: func(p *policy.Policy) bool {
			return p.Purpose("levels").HasBasis(policy.BasisSubstantialPublicInterest)
		}},
		{says: "an automated comparison decides the account's level; you may raise it another way or ask for a review", typed: func(p *policy.Policy) bool {
			return p.Purpose("levels").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "public bodies share registration data with each other to carry out public policies, under the decree on data sharing (Art. 26)", typed: func(p *policy.Policy) bool {
			return p.Purpose("sharing").Obligations[0].Act != "" && recipient(p, "bodies").Role == policy.RoleAuthority
		}},
		{says: "the services you sign in to receive your name, CPF, contacts and level", typed: func(p *policy.Policy) bool { return recipient(p, "bodies").Purpose != "" }},
		{says: "states and municipalities that use the login receive your data only when you sign in to them", typed: func(p *policy.Policy) bool { return recipient(p, "states").Conditional }},
		{says: "SERPRO and Dataprev run the systems on our instructions", typed: func(p *policy.Policy) bool { return recipient(p, "operators").Role == policy.RoleProcessor }},
		{says: "the electoral court, the traffic secretariat and banks confirm your identity against their records", typed: func(p *policy.Policy) bool { return recipient(p, "checkers").Purpose != "" }},
		{says: "we keep accounts secure and prevent fraud under the Marco Civil and the federal information security rules", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "we use data to improve the portal and produce statistics", typed: func(p *policy.Policy) bool { return p.Purpose("improve") != nil }},
		{says: "we send notices about your account and requests", typed: func(p *policy.Policy) bool { return p.Purpose("notices") != nil }},
		{says: "control bodies, courts and prosecutors receive data when the law requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "control").Conditional
		}},
		{says: "we publish aggregated statistics that identify no one", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "data is stored in Brazil, in the state companies' data centres, and not transferred abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && p.Storage[0].Location == regionBR
		}},
		{says: "data is never sold nor used for advertising", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "the portal keeps no biometric template; the photo is only compared", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("face") }},
		{says: "records of public services are kept as the public archives law and the bodies' retention schedules require", typed: func(p *policy.Policy) bool {
			return p.Purpose("sharing").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "by using the login you confirm that you have read this notice", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "account data is kept while the account exists", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "session cookies are needed; audience measurement cookies need your consent, which you may refuse or withdraw in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").RestsOnConsent() && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightConsentRefusal)
		}},
		{says: "you may confirm processing, access, correct, anonymise, port your data and learn which bodies receive it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may object and petition the ANPD", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightObjection) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests go through Fala.BR, signed in with gov.br, and are answered within 15 days", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && p.Requests.Deadline == policy.Days(15)
		}},
		{says: "we protect data with encryption, access control, audits and monitoring, and report incidents to the ANPD and those affected", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureBreachNotification) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "a child's account is used through the parent or guardian", typed: func(p *policy.Policy) bool { return p.Children.ParentalConsent }},
		{says: "we publish changes on the portal and tell you when you sign in", typed: func(p *policy.Policy) bool { return len(p.Changes.Notify) == 2 }},
		// Free text.
		{says: "an account cannot be deleted, since the public administration must keep a record of how citizens used public services", free: toCategory("account")},
	}}
}
