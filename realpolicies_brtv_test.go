package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// The policies below paraphrase, in our own words and as we recall them,
// the privacy policy under the LGPD of a Brazilian credit bureau (in the
// manner of Serasa Experian) and that of a Brazilian streaming service (in
// the manner of Globoplay, of Grupo Globo), both as published in 2024.

// creditBureauBR paraphrases, in our own words as we recall it, the
// privacy policy of Serasa Experian, the Brazilian credit bureau, as
// published in 2024: its databases of unpaid debts and of the positive
// credit register (Cadastro Positivo, Law No. 12,414/2011 as amended by
// Complementary Law No. 166/2019), from which anyone may opt out, the
// credit score, debt negotiation with creditors (Serasa Limpa Nome), its
// anti-fraud services, the Serasa app and the rights of LGPD Art. 18.
func creditBureauBR() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Identification data", Items: []string{"name", "CPF", "date of birth", "mother's name", "addresses", "phone numbers", "email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourcePublic},
		SourceDetail: "the companies that report to us, public registers and you, when you use our services", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(15), From: policy.EventCollection,
			Criteria: "as long as we hold a credit record on you, and at most as long as the positive credit register may keep one"}}
	negative := &policy.Category{ID: "negative", Name: "Records of unpaid debts", Items: []string{"creditor", "amount and due date of the debt", "protests at notary offices", "bad cheques", "court actions about debts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic},
		SourceDetail: "creditors that report an unpaid debt, notary offices and the courts", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventCollection,
			Law: "the Consumer Defence Code (Law No. 8,078/1990), Art. 43(1), which lets a record of a debt stand for at most five years"}}
	positive := &policy.Category{ID: "positive", Name: "Payment history (Cadastro Positivo)", Items: []string{"loans, financing and credit cards and their instalments", "bills of water, electricity, gas and telephone paid", "dates of payment"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "banks, card issuers, retailers and utility and telephone companies, which the law obliges to report", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(15), From: policy.EventCollection,
			Law: "Law No. 12,414/2011, Art. 14, which lets payment history be kept for at most fifteen years"}}
	score := &policy.Category{ID: "score", Name: "Credit score", Items: []string{"the Serasa Score on a scale of 0 to 1000", "the factors that raise or lower it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{negative, positive, identity}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	consultations := &policy.Category{ID: "consultations", Name: "Records of who consulted your CPF", Items: []string{"the company that consulted", "the date of the consultation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	account := &policy.Category{ID: "account", Name: "Your account in our app and website", Items: []string{"login and password", "the debts you negotiate and the agreements you make", "subscriptions to paid services", "offers you accept"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventAccountClosure,
			Criteria: "the five years in which a consumer may claim damages under the Consumer Defence Code (Art. 27)"}}
	openFinance := &policy.Category{ID: "open-finance", Name: "Data received through Open Finance", Items: []string{"account balances and transactions", "income"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the banks you choose to connect", Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	device := &policy.Category{ID: "device", Name: "Device and access data", Items: []string{"IP address and access times", "device identifiers", "browser and operating system", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}

	consulters := &policy.Recipient{ID: "consulters", Name: "companies that consult our databases before granting credit or doing business", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, negative, score}, Country: regionBR,
		Purpose: "to decide whether to grant you credit or sell to you in instalments; payment history itself is shown only as the law allows"}
	creditors := &policy.Recipient{ID: "creditors", Name: "creditors whose debts you negotiate in Serasa Limpa Nome", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, account}, Country: regionBR, Conditional: true,
		Purpose: "you negotiate a debt, to make the agreement and issue the payment slip"}
	lenders := &policy.Recipient{ID: "lenders", Name: "banks and financial companies whose offers we show", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, score}, Country: regionBR, Conditional: true,
		Purpose: "you ask for an offer of credit or a card in our app"}
	experian := &policy.Recipient{ID: "experian", Name: "the companies of the Experian group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, negative, positive, score, device}, Country: regionGB,
		Purpose: "to host systems, develop models and support our services"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, technology, mailing and customer service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, account, device}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, the Central Bank, Procon and other authorities", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, negative, positive}, Country: regionBR, Conditional: true, Purpose: "the law or an order requires it"}

	bureau := &policy.Purpose{ID: "bureau", Name: "Keeping a database of unpaid debts and answering consultations for credit decisions",
		Categories: []*policy.Category{identity, negative, consultations}, Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{consulters}}
	notify := &policy.Purpose{ID: "notify", Name: "Telling you in writing before a debt is recorded in our database",
		Categories: []*policy.Category{identity, negative}, Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{vendors},
		Obligations: []policy.Obligation{{Act: "the Consumer Defence Code (Law No. 8,078/1990), Art. 43(2)", Region: regionBR}}}
	cadastro := &policy.Purpose{ID: "cadastro-positivo", Name: "Keeping the positive credit register (Cadastro Positivo)",
		Categories: []*policy.Category{identity, positive}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisCreditProtection}, OptOut: true,
		Recipients:  []*policy.Recipient{consulters},
		Obligations: []policy.Obligation{{Act: "Law No. 12,414/2011 (Cadastro Positivo), as amended by Complementary Law No. 166/2019", Region: regionBR}}}
	scoring := &policy.Purpose{ID: "score", Name: "Calculating credit scores", Categories: []*policy.Category{identity, negative, positive, score},
		Bases: []policy.Basis{policy.BasisCreditProtection}, Recipients: []*policy.Recipient{consulters, experian}, Profiling: true, Scoring: true,
		Automated: "the score, which companies use to decide whether and on what terms to give you credit, is calculated by statistical models without a person"}
	limpaNome := &policy.Purpose{ID: "limpa-nome", Name: "Negotiating your debts with creditors (Serasa Limpa Nome)", Categories: []*policy.Category{identity, negative, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{creditors, vendors},
		Required: "we need your CPF to find the debts creditors offer to negotiate and to make the agreement"}
	app := &policy.Purpose{ID: "app", Name: "Running your account, free consultations of your CPF and score, and paid services such as monitoring", Categories: []*policy.Category{identity, account, score, consultations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	offers := &policy.Purpose{ID: "offers", Name: "Showing you offers of credit and cards from partners that suit your profile", Categories: []*policy.Category{identity, score, account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings of the app", Recipients: []*policy.Recipient{lenders}, Profiling: true, DirectMarketing: true}
	openFin := &policy.Purpose{ID: "open-finance", Name: "Using the data of your bank accounts you connect through Open Finance to improve your score and offers", Categories: []*policy.Category{openFinance, score},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's Open Finance area or at your bank",
		ConsentRequiredBy: []policy.Obligation{{Act: "Joint Resolution No. 1/2020 of the National Monetary Council and the Central Bank (Open Finance)", Region: regionBR}}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Confirming identities and preventing fraud, for ourselves and for the companies we serve", Categories: []*policy.Category{identity, device, consultations},
		Bases: []policy.Basis{policy.BasisFraudPrevention, policy.BasisLegitimateInterests}, Interest: "stopping people from taking credit or opening accounts in someone else's name",
		Recipients: []*policy.Recipient{consulters}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news of our services by email, text message and app notifications", Categories: []*policy.Category{identity, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our users about services that help them with their credit", OptOut: true, Recipients: []*policy.Recipient{vendors}}
	logs := &policy.Purpose{ID: "logs", Name: "Keeping records of access to our website and app", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{identity, negative, positive, account},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Credit Bureau S.A.", Address: "São Paulo, SP, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Name: "Ana Souza", Email: "encarregado@bureau.example", Website: "https://bureau.example/privacidade"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:       []policy.Law{policy.LGPD},
		Categories: []*policy.Category{identity, negative, positive, score, consultations, account, openFinance, device},
		NotCollected: []policy.Exclusion{{ID: "sensitive", Name: "sensitive data, such as your origin, health, genetic data, sex life, or political, religious and philosophical beliefs, in our credit databases",
			Class: policy.DataClassSpecial, Note: "Law No. 12,414/2011 (Art. 3(3)) forbids credit databases to hold them, and we do not use them to calculate scores."}},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{bureau, notify, cadastro, scoring, limpaNome, app, offers, openFin, fraud, marketing, logs, claims},
		Recipients: []*policy.Recipient{consulters, creditors, lenders, experian, vendors, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionGB, Recipient: experian, Categories: []*policy.Category{identity, negative, positive, score, device}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{identity, account, device}, Safeguard: policy.SafeguardANPDClauses},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: app, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "free of charge, by consulting your CPF in our app or website"}, {Kind: policy.RightRectification, How: "by asking the creditor that reported the debt, or us"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities, How: "by seeing in the app which companies consulted your CPF"}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking us for the main criteria of your score and for a review"}, {Kind: policy.RightComplaint},
		},
		Requests: policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}},
		Links:    policy.Links{RequestForm: "https://bureau.example/privacidade/solicitacoes"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureIncidentDetection}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Our information security management is certified to ISO/IEC 27001."}},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelInService}, MaterialOnly: true},
		Contact:    policy.Contact{Email: "encarregado@bureau.example"},
	}
	return realPolicy{"credit bureau (Serasa Experian)", p, []statement{
		{says: "a company in São Paulo, with its CNPJ, part of the Experian group, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "our encarregado is named and answers by email and in the privacy portal", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Name != "" && p.DPO.Email != "" && p.DPO.Website != ""
		}},
		{says: "we hold your name, CPF, date of birth, mother's name, addresses, phones and email", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 7
		}},
		{says: "creditors report unpaid debts to us, and we take protests, bad cheques and court actions from public registers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("negative").Sources, policy.SourcePublic) && p.Category("negative").SourceDetail != ""
		}},
		{says: "we hold data about consumers who have never used our services, received from the companies that report to us", free: toIntroduction},
		{says: "we keep a database of unpaid debts on the ground of credit protection (Art. 7(X))", typed: func(p *policy.Policy) bool { return p.Purpose("bureau").HasBasis(policy.BasisCreditProtection) }},
		{says: "we send you a written notice before a debt is recorded, as the Consumer Defence Code requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("notify").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "a debt is removed when it is paid or at the latest five years after it fell due", typed: func(p *policy.Policy) bool {
			return p.Category("negative").Retention.Period == policy.Years(5) && p.Category("negative").Retention.Law != ""
		}},
		{says: "the creditor, not we, must remove a paid debt within five working days", free: toCategory("negative")},
		{says: "banks, retailers and utilities send us your payment history, as the law on the positive credit register requires", typed: func(p *policy.Policy) bool {
			return p.Category("positive").SourceDetail != "" && p.Purpose("cadastro-positivo").RestsOn(policy.BasisLegalObligation, policy.LGPD)
		}},
		{says: "since Complementary Law 166/2019 you are registered in the positive credit register without asking, and we notify you when we open it", free: toPurpose("cadastro-positivo")},
		{says: "you may cancel your registration in the positive credit register at any time, free of charge, in our app or website", typed: func(p *policy.Policy) bool {
			return p.Purpose("cadastro-positivo").OptOut
		}},
		{says: "a cancellation made at one credit bureau reaches every bureau that keeps the positive credit register", free: toPurpose("cadastro-positivo")},
		{says: "payment history is kept for at most fifteen years", typed: func(p *policy.Policy) bool {
			return p.Category("positive").Retention.Period == policy.Years(15)
		}},
		{says: "credit databases hold no sensitive data and no information unrelated to credit", typed: func(p *policy.Policy) bool {
			return len(p.NotCollected) == 1 && p.NotCollected[0].Class == policy.DataClassSpecial
		}},
		{says: "we calculate the Serasa Score, from 0 to 1000, from your debts, payment history and data", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("score").Sources, policy.SourceDerived) && len(p.Category("score").DerivedFrom) == 3
		}},
		{says: "companies use the score to decide on credit, and it is calculated by models without a person", typed: func(p *policy.Policy) bool {
			return p.Purpose("score").Automated != "" && p.Purpose("score").Profiling && p.Purpose("score").Scoring
		}},
		{says: "you may ask for the main criteria of your score and for a review of a decision based on it", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "companies consult our databases before granting credit", typed: func(p *policy.Policy) bool { return recipient(p, "consulters").Purpose != "" }},
		{says: "you can see which companies consulted your CPF", typed: func(p *policy.Policy) bool {
			return p.Category("consultations") != nil && hasRight(p, policy.RightSharingEntities)
		}},
		{says: "you may consult your CPF and your score free of charge", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightAccess) }},
		{says: "in Serasa Limpa Nome we find the debts creditors offer to negotiate and pass your agreement to the creditor", typed: func(p *policy.Policy) bool {
			return p.Purpose("limpa-nome").HasBasis(policy.BasisContract) && recipient(p, "creditors").Conditional
		}},
		{says: "we need your CPF to negotiate a debt", typed: func(p *policy.Policy) bool { return p.Purpose("limpa-nome").Required != "" }},
		{says: "with your consent we show you offers of credit and cards from partners, who receive your data when you ask for one", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").RestsOnConsent() && recipient(p, "lenders").Conditional
		}},
		{says: "with your consent we use the bank data you connect through Open Finance, and you may revoke it", typed: func(p *policy.Policy) bool {
			return p.Purpose("open-finance").Withdraw != "" && p.Category("open-finance").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "we confirm identities and prevent fraud for ourselves and the companies we serve (Art. 11(II)(g))", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisFraudPrevention)
		}},
		{says: "we send news of our services on our legitimate interest, and you may opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && p.Purpose("marketing").Interest != ""
		}},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("logs").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "we keep data to defend ourselves in proceedings (Art. 7(VI))", typed: func(p *policy.Policy) bool { return p.Purpose("claims").HasBasis(policy.BasisExerciseOfRights) }},
		{says: "companies of the Experian group abroad host systems and develop models for us, under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Recipient == recipient(p, "experian") && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "cloud and service providers, some in the United States, process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[1].Destination == regionUS
		}},
		{says: "we give data to courts and authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "you have the rights of Art. 18, including anonymisation, knowing who receives your data and refusing consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightConsentRefusal)
		}},
		{says: "to correct a debt you ask the creditor that reported it, or us", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightRectification && r.How != "" })
		}},
		{says: "you may petition the ANPD", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we confirm who you are and answer within 15 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(15) }},
		{says: "we never ask for your password by phone or message, and warn of scams that use our name", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "we encrypt data, control access, watch for incidents, train staff and are certified to ISO 27001", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "our app and services are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "we announce material changes on our website and in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}

// streamingServiceBR paraphrases, in our own words as we recall it, the
// privacy policy of Globoplay, the streaming service of Grupo Globo, as
// published in 2024: the Globo account that signs a person in to every
// Globo product, subscriptions sold directly, in app stores and by
// telecom operators, the add-on channels of partners, the regional
// programming of the affiliate stations by location, viewing history and
// recommendations, advertising in free content and in the plan with ads,
// profiles for children, and the rights of LGPD Art. 18.
func streamingServiceBR() realPolicy {
	account := &policy.Category{ID: "account", Name: "Globo account data", Items: []string{"name", "email address", "date of birth", "gender", "phone number", "CPF", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Google, Apple or Facebook, when you sign in with them", Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	profiles := &policy.Category{ID: "profiles", Name: "Profiles", Items: []string{"profile name and avatar", "whether a profile is for children"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers}}
	subscription := &policy.Category{ID: "subscription", Name: "Subscription and payment data", Items: []string{"plan and add-on channels", "billing address", "payment method and the last digits of the card", "invoices and payment history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "app stores and telecom operators that sell you the subscription", Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd,
			Law: "the National Tax Code (Law No. 5,172/1966), Art. 173, for invoices"}}
	viewing := &policy.Category{ID: "viewing", Name: "Viewing history", Items: []string{"titles watched and how far", "searches", "My List and ratings", "live channels watched"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{}),
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers}}
	device := &policy.Category{ID: "device", Name: "Device and access data", Items: []string{"IP address and access times", "device model and identifiers", "operating system and app version", "advertising identifier", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventCollection,
			Law: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15, for access records of applications"}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"city and state, from your IP address or, with your permission, from your device's location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Keep(policy.Months(6), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "Interests we infer", Items: []string{"genres and programmes you are likely to enjoy", "audience segments for advertising"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{viewing, device}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	support := &policy.Category{ID: "support", Name: "Customer service records", Items: []string{"chats, calls and emails with our service", "protocol numbers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}

	group := &policy.Recipient{ID: "group", Name: "the companies of Grupo Globo", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, viewing, interests}, Country: regionBR,
		Purpose: "your Globo account signs you in to all Globo products, such as g1, ge, gshow and Cartola, which share it to serve you and to offer you their products"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers", Role: policy.RoleProcessor, Categories: []*policy.Category{account, subscription}, Country: regionBR, Purpose: "to charge your subscription"}
	stores := &policy.Recipient{ID: "stores", Name: "app stores that sell our subscription", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, subscription}, Country: regionUS, Conditional: true,
		Purpose: "you subscribe through them, to bill you and activate your plan"}
	telcos := &policy.Recipient{ID: "telcos", Name: "telecom operators that sell our subscription with their plans", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, subscription}, Country: regionBR, Conditional: true,
		Purpose: "you subscribe through them, to bill you and activate your plan"}
	channels := &policy.Recipient{ID: "channels", Name: "partners whose channels and services you add to your plan", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, subscription}, Country: regionBR, Conditional: true,
		Purpose: "you subscribe to a combo or an add-on channel, to activate it"}
	adPartners := &policy.Recipient{ID: "ad-partners", Name: "advertising technology and measurement partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{device, interests}, Country: regionUS}
	measurement := &policy.Recipient{ID: "measurement", Name: "audience measurement companies", Role: policy.RoleProcessor, Categories: []*policy.Category{device, viewing}, Country: regionBR,
		Purpose: "to measure the audience of our programmes"}
	vendors := &policy.Recipient{ID: "vendors", Name: "cloud, content delivery, customer service and technology providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profiles, viewing, device, support}, Country: regionUS}
	authorities := &policy.Recipient{ID: "authorities", Name: "courts, Procon and other authorities", Role: policy.RoleAuthority, Categories: []*policy.Category{account, device, subscription}, Country: regionBR, Conditional: true,
		Purpose: "the law or an order requires it"}

	service := &policy.Purpose{ID: "service", Name: "Running your Globo account, your subscription and the streaming of our programmes", Categories: []*policy.Category{account, profiles, subscription, viewing, device, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, payments, stores, telcos, channels, vendors},
		Required: "we cannot create a Globo account without your name, email and date of birth, nor charge a subscription without payment details"}
	regional := &policy.Purpose{ID: "regional", Name: "Showing the live programming and news of the Globo affiliate in your region", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors}}
	recommendations := &policy.Purpose{ID: "recommendations", Name: "Recommending programmes for each profile", Categories: []*policy.Category{viewing, profiles, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping you find programmes you will enjoy", Profiling: true, Recipients: []*policy.Recipient{vendors}}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising in free content and in plans with ads, chosen by your interests, and measuring it", Categories: []*policy.Category{device, interests, location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings of our websites and in your device's advertising settings", ConsentMethod: policy.ConsentMethodConsentTool,
		Profiling: true, Recipients: []*policy.Recipient{adPartners}}
	audience := &policy.Purpose{ID: "audience", Name: "Measuring audiences and improving our programmes and products", Categories: []*policy.Category{viewing, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "knowing what our audience watches to plan our programming", Recipients: []*policy.Recipient{measurement}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you news of programmes and offers of Globo products by email, push and WhatsApp", Categories: []*policy.Category{account, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling our audience about programmes and products of the group", OptOut: true, Recipients: []*policy.Recipient{group, vendors}}
	security := &policy.Purpose{ID: "security", Name: "Protecting accounts, preventing fraud and piracy, and limiting simultaneous screens", Categories: []*policy.Category{account, device, location},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping accounts safe and our content from unauthorised use", Recipients: []*policy.Recipient{vendors}}
	logs := &policy.Purpose{ID: "logs", Name: "Keeping records of access to our websites and apps", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "Law No. 12,965/2014 (Marco Civil da Internet), Art. 15", Region: regionBR}}}
	claims := &policy.Purpose{ID: "claims", Name: "Defending our rights in judicial, administrative and arbitration proceedings", Categories: []*policy.Category{account, subscription, support},
		Bases: []policy.Basis{policy.BasisExerciseOfRights}, Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Media Group S.A.", Address: "Rio de Janeiro, RJ, Brazil"}, Registration: "CNPJ 00.000.000/0001-00", Country: regionBR},
		DPO:        &policy.Contact{Email: "encarregado@media.example", Website: "https://media.example/privacidade"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.October, 1), Updated: policy.MakeDate(2024, time.October, 1),
		Laws:       []policy.Law{policy.LGPD},
		Scope:      []string{"Globoplay and the other Globo products you use with your Globo account, on the web, in apps and on TVs"},
		Categories: []*policy.Category{account, profiles, subscription, viewing, device, location, interests, support},
		NotCollected: []policy.Exclusion{{ID: "card.number", Name: "full card numbers", Category: subscription,
			Note: "The payment provider or the app store keeps them."}},
		Storage:    []policy.Storage{{Location: regionBR}, {Location: regionUS}},
		Purposes:   []*policy.Purpose{service, regional, recommendations, advertising, audience, marketing, security, logs, claims},
		Recipients: []*policy.Recipient{group, payments, stores, telcos, channels, adPartners, measurement, vendors, authorities},
		Transfers: []policy.Transfer{
			{Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, profiles, viewing, device, support}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{device, interests}, Safeguard: policy.SafeguardANPDClauses},
			{Destination: regionUS, Recipient: stores, Categories: []*policy.Category{account, subscription}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: service, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "audience measurement cookies", Party: policy.PartyFirst, Purpose: audience, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Purpose: advertising, Categories: []*policy.Category{device},
				Provider: adPartners, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "in the privacy area of your Globo account"}, {Kind: policy.RightRectification, How: "in your Globo account"},
			{Kind: policy.RightAnonymisation}, {Kind: policy.RightErasure, How: "by deleting your Globo account, which removes it from every Globo product"}, {Kind: policy.RightPortability},
			{Kind: policy.RightSharingEntities}, {Kind: policy.RightConsentRefusal}, {Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightObjection, How: "to offers, by the link in each message or in your account's notification settings"}, {Kind: policy.RightComplaint},
		},
		NoAutomatedDecisions: true,
		Requests:             policy.Requests{Deadline: policy.Days(15), Verification: []policy.Verification{policy.VerificationSignedIn}},
		Links:                policy.Links{RequestForm: "https://media.example/privacidade/solicitacoes", CookieSettings: "https://media.example/privacidade/cookies"},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureIncidentDetection},
			{Kind: policy.MeasureCertification, Description: "Card payments are processed to the PCI DSS standard."}},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true,
			Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionParentalControls},
			Note:         "Children watch in a children's profile that the account holder creates, which shows only programmes rated for children."},
		Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact: policy.Contact{Email: "encarregado@media.example"},
	}
	return realPolicy{"streaming service (Globoplay)", p, []statement{
		{says: "Globo, a company in Rio de Janeiro with its CNPJ, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionBR && p.Controller.Registration != ""
		}},
		{says: "the policy covers Globoplay and every Globo product you use with your Globo account", typed: func(p *policy.Policy) bool { return len(p.Scope) == 1 }},
		{says: "our encarregado answers by email and in the privacy portal", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" && p.DPO.Website != "" }},
		{says: "to create a Globo account we ask your name, email, date of birth, gender, phone, CPF and a password", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 7
		}},
		{says: "you may sign in with Google, Apple or Facebook, which send us your name and email", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Sources, policy.SourceThirdParty)
		}},
		{says: "one Globo account signs you in to g1, ge, gshow, Cartola and our other products, which share it", typed: func(p *policy.Policy) bool { return recipient(p, "group").Purpose != "" }},
		{says: "the account is needed to watch and a subscription needs payment details", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "we keep your plan, add-ons, billing address, payment method and invoices", typed: func(p *policy.Policy) bool { return p.Category("subscription") != nil }},
		{says: "we never hold full card numbers: the payment provider or app store does", typed: func(p *policy.Policy) bool { return len(p.NotCollected) == 1 }},
		{says: "if you subscribe through an app store or a telecom operator, it bills you and tells us your plan", typed: func(p *policy.Policy) bool {
			return recipient(p, "stores").Conditional && recipient(p, "telcos").Conditional && slices.Contains(p.Category("subscription").Sources, policy.SourceThirdParty)
		}},
		{says: "partners whose channels you add to your plan receive what they need to activate them", typed: func(p *policy.Policy) bool { return recipient(p, "channels").Conditional }},
		{says: "we record what you watch and how far, your searches, My List and ratings", typed: func(p *policy.Policy) bool { return len(p.Category("viewing").Items) == 4 }},
		{says: "an account has several profiles, and everyone on the account sees the profiles and what each watched", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("profiles").VisibleTo, policy.AudienceSharedAccountUsers)
		}},
		{says: "we record your IP address, device, app version and advertising identifier", typed: func(p *policy.Policy) bool { return p.Category("device").Tracking }},
		{says: "we use your location to show the live programming of the affiliate in your region", typed: func(p *policy.Policy) bool {
			return p.Purpose("regional").Uses(p.Category("location"))
		}},
		{says: "live TV is available only in Brazil, and we check your location for the rights we hold", free: toPurpose("regional")},
		{says: "we recommend programmes to each profile from its viewing history, on our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").Interest != ""
		}},
		{says: "free content and the plan with ads show advertising chosen by your interests, with partners that measure it", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").DirectMarketing && p.Purpose("advertising").Profiling
		}},
		{says: "you can turn off advertising cookies in the cookie settings and limit ad tracking on your device", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Withdraw != "" && cookie(p, "advertising").Consent == policy.CookieConsentOptIn
		}},
		{says: "subscribers to plans without ads see no advertising in Globoplay", free: toPurpose("advertising")},
		{says: "audience measurement companies measure what is watched", typed: func(p *policy.Policy) bool { return recipient(p, "measurement").Role == policy.RoleProcessor }},
		{says: "we use what our audience watches, in aggregate, to plan programmes", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "we send news and offers of Globo products by email, push and WhatsApp, and you can opt out", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && hasRight(p, policy.RightObjection)
		}},
		{says: "we protect accounts, fight fraud and piracy and limit how many screens watch at once", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").HasBasis(policy.BasisLegitimateInterests)
		}},
		{says: "sharing an account outside the household breaks our terms of use", free: toPurpose("security")},
		{says: "we keep access records for six months, as the Marco Civil da Internet requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("logs").RestsOn(policy.BasisLegalObligation, policy.LGPD) && p.Category("device").Retention.Period == policy.Months(6)
		}},
		{says: "we keep invoices as tax law requires", typed: func(p *policy.Policy) bool { return p.Category("subscription").Retention.Law != "" }},
		{says: "we keep your account data while the account is active", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "cloud, delivery and service providers, some in the United States, process data for us under the ANPD's standard clauses", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Transfers[0].Safeguard == policy.SafeguardANPDClauses
		}},
		{says: "we give data to courts and authorities when the law or an order requires", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && recipient(p, "authorities").Conditional
		}},
		{says: "data may pass to a buyer if the business is sold", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "the account holder must be an adult; children watch in a children's profile the holder creates, with programmes rated for them", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent && p.Children.Note != ""
		}},
		{says: "children's profiles show no advertising chosen by interests", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionNoPersonalisedAds)
		}},
		{says: "a PIN can lock adult profiles and keep children from leaving their profile", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "you have the rights of Art. 18 and exercise them in the privacy area of your account", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAnonymisation) && hasRight(p, policy.RightSharingEntities) && p.Links.RequestForm != ""
		}},
		{says: "deleting your Globo account removes it from every Globo product", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightErasure && r.How != "" })
		}},
		{says: "you may petition the ANPD", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "we answer within 15 days", typed: func(p *policy.Policy) bool { return p.Requests.Deadline == policy.Days(15) }},
		{says: "we encrypt data in transit, control access and watch for incidents", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "we announce material changes on our website and by email", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
	}}
}
