package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// a real-estate classifieds site whose listings come from owners and
// agents and whose calls go through substitute numbers and are recorded,
// and a sports retailer with a loyalty programme, an online shop, stores
// and delivery.

// realEstateClassifieds paraphrases, in our own words as we recall it, the
// policy on the processing of personal data of Cian, the Russian real-estate
// classifieds site, as published in 2024-2025: listings placed by owners
// and by agents and agencies, calls through substitute numbers that are
// recorded and whose recordings go to the advertiser, checks of ownership
// against the state register of real estate, mortgage applications sent to
// partner banks with consent, moderation and fraud prevention, advertising
// by consent, cookies and Yandex Metrica, localisation in Russia and the
// rights of 152-FZ.
func realEstateClassifieds() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "name", "email address", "profile photo", "for agents, the agency's name and the agent's professional details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	listings := &policy.Category{ID: "listings", Name: "Listings", Items: []string{"the address, description, photos and price of the property", "the advertiser's name and whether they are an owner or an agent", "the substitute phone number shown in the listing"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}}
	ownership := &policy.Category{ID: "ownership", Name: "Ownership check data", Items: []string{"the cadastral number of the property", "the owner's surname and initials as the register records them", "the result of the check"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic},
		SourceDetail: "an extract from the Unified State Register of Real Estate (EGRN) kept by Rosreestr",
		Retention:    policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	calls := &policy.Category{ID: "calls", RecordingNotice: true, Name: "Calls through substitute numbers", Items: []string{"the caller's number and the number called", "the time and length of a call", "recordings of calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the telecom operator that provides the substitute numbers",
		Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	chats := &policy.Category{ID: "chats", Name: "Messages in chats", Items: []string{"messages and files sent to advertisers in chats"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts}}
	mortgage := &policy.Category{ID: "mortgage", Name: "Mortgage application data", Items: []string{"surname, first name and patronymic", "date of birth", "passport details", "employment and income", "the property and the loan sought"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	payments := &policy.Category{ID: "payments", Name: "Payments for paid services", Items: []string{"the services bought for listings", "the amounts paid and the invoices", "for legal entities and entrepreneurs, their details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical and usage data", Items: []string{"IP address", "cookie and device identifiers", "approximate location", "searches, saved searches, listings viewed and favourites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Requests and complaints", Items: []string{"requests to support", "complaints about listings and the documents attached to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}

	telecom := &policy.Recipient{ID: "telecom", Name: "telecom operators that provide substitute numbers", Role: policy.RoleProcessor, Categories: []*policy.Category{calls},
		Purpose: "to connect calls through substitute numbers and record them", Country: regionRU}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "the advertiser whose listing was called or written to", Role: policy.RoleThirdParty, Categories: []*policy.Category{calls, chats},
		Purpose: "so that the owner, agent or agency can answer the person interested and check the quality of their own calls", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "partner banks", Role: policy.RoleThirdParty, Categories: []*policy.Category{mortgage},
		Purpose: "the user sends a mortgage application and chooses the bank to consider it", Country: regionRU, Conditional: true}
	rosreestr := &policy.Recipient{ID: "registry", Name: "providers of extracts from the state register of real estate", Role: policy.RoleProcessor, Categories: []*policy.Category{ownership},
		Purpose: "to obtain the extract that confirms who owns the property", Country: regionRU}
	payers := &policy.Recipient{ID: "payments", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{payments},
		Purpose: "to accept payments for paid services", Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising partners and advertising networks", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show advertising on Cian and elsewhere and measure it", Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	hosting := &policy.Recipient{ID: "hosting", Name: "data centres and hosting providers in Russia", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, listings, calls, chats, device, support}, Country: regionRU}

	service := &policy.Purpose{ID: "service", Name: "Registering users and publishing their listings", Categories: []*policy.Category{account, listings},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting}, ImageConsent: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an account, and so a listing, needs a phone number confirmed by a code"}
	calling := &policy.Purpose{ID: "calls", Name: "Connecting calls and chats between users and advertisers", Categories: []*policy.Category{account, calls, chats},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{telecom, advertisers},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	quality := &policy.Purpose{ID: "quality", Name: "Recording calls to check the quality of service and settle disputes", Categories: []*policy.Category{calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "checking that listings are genuine, settling disputes between users and advertisers and billing advertisers for calls",
		Recipients: []*policy.Recipient{advertisers},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	checks := &policy.Purpose{ID: "ownership", Name: "Checking that the advertiser owns the property", Categories: []*policy.Category{listings, ownership},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to support, after which the mark of a checked owner is removed", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{rosreestr},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	moderation := &policy.Purpose{ID: "moderation", Name: "Moderating listings and preventing fraud", Categories: []*policy.Category{account, listings, calls, chats, device, support},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by writing to support", HumanReview: true}}
	mortgages := &policy.Purpose{ID: "mortgage", Name: "Sending mortgage applications to partner banks", Categories: []*policy.Category{mortgage},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to Cian; the banks that already received the application keep it under their own rules",
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{banks},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "a bank cannot consider an application without the applicant's passport details and income"}
	billing := &policy.Purpose{ID: "billing", Name: "Selling paid services to advertisers and keeping accounts", Categories: []*policy.Category{account, payments},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{payers},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}, {Act: "the Tax Code of the Russian Federation", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending listings and sending alerts on saved searches", Categories: []*policy.Category{device, listings},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising chosen for the user's interests", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off cookies in the browser or writing to Cian", Profiling: true,
		ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{ads},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	mailings := &policy.Purpose{ID: "mailings", DirectMarketing: true, Name: "Sending news and offers of Cian and its partners", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the notification settings or with the link in each email", OptOut: true,
		ConsentMethod:     policy.ConsentMethodCheckbox,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "Answering requests and complaints", Categories: []*policy.Category{account, support},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Cian LLC", Email: "privacy@cian.example", Address: "Moscow, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Email: "pd@cian.example"},
		URL:         "https://cian.example/legal/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the user agreement of Cian"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionDissemination, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"the cian.ru website", "the Cian mobile apps", "the services for agents and agencies"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, listings, ownership, calls, chats, mortgage, payments, device, support},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:    []*policy.Purpose{service, calling, quality, checks, moderation, mortgages, billing, recommend, advertising, mailings, helping},
		Recipients:  []*policy.Recipient{telecom, advertisers, banks, rosreestr, payers, ads, metrica, hosting},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, listings, chats}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Payments and invoices are kept for the periods the accounting and tax laws set."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{ownership, mortgage}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: recommend,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "ads", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("by writing to pd@cian.example or to the company's address"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "pd@cian.example"},
	}
	return realPolicy{"real-estate classifieds (Cian)", p, []statement{
		{says: "the operator is Cian LLC in Moscow", typed: func(p *policy.Policy) bool { return p.Controller.Name != "" && p.Controller.Country == regionRU }},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the website, the apps and the services for agents", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "Cian processes data under the Civil Code, the law on information, the law on advertising and its user agreement", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 4
		}},
		{says: "the policy defines the terms of the law it uses, such as operator, processing, dissemination and depersonalisation", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Definitions, policy.DefinitionDepersonalisation)
		}},
		{says: "a user registers with a phone number confirmed by a code, and agents add their agency and professional details", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && len(p.Category("account").Items) == 5
		}},
		{says: "listings, with the address, photos, price and the advertiser's name, are public", typed: func(p *policy.Policy) bool {
			return p.Category("listings").Visibility == policy.VisibilityAlways
		}},
		{says: "an advertiser may publish photos showing people only with their consent", typed: func(p *policy.Policy) bool { return p.Purpose("service").ImageConsent }},
		{says: "an agent who places a listing for an owner confirms having the owner's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "listings") }},
		{says: "listings show a substitute number instead of the advertiser's own", typed: func(p *policy.Policy) bool {
			return p.Purpose("calls").Uses(p.Category("calls")) && recipient(p, "telecom").Role == policy.RoleProcessor
		}},
		{says: "calls through substitute numbers are recorded, and the recordings are kept for six months", typed: func(p *policy.Policy) bool {
			return p.Category("calls").Retention.Period == policy.Months(6)
		}},
		{says: "recordings are used to check quality, settle disputes and bill advertisers for calls, in Cian's legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("quality").RestsOn(policy.BasisLegitimateInterests, policy.FZ152) && p.Purpose("quality").Interest != ""
		}},
		{says: "the advertiser whose listing was called receives the caller's number and the recording", typed: func(p *policy.Policy) bool {
			return recipient(p, "advertisers").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "advertisers").Categories, p.Category("calls"))
		}},
		{says: "messages in chats are seen only by the user and the advertiser", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("chats").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "with the owner's consent Cian checks ownership against the state register of real estate and marks the listing", typed: func(p *policy.Policy) bool {
			c := p.Category("ownership")
			return slices.Contains(c.Sources, policy.SourcePublic) && c.SourceDetail != "" && p.Purpose("ownership").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "listings are moderated automatically and by staff", typed: func(p *policy.Policy) bool {
			return p.Purpose("moderation").Method == policy.ProcessingMethodMixed
		}},
		{says: "Cian may block an account for fraud or a breach of the rules, and a blocked user can write to support for a review by staff", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != "" && s.HumanReview
		}},
		{says: "with the user's consent a mortgage application, with passport details and income, goes to the partner banks the user chooses", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mortgage")
			return m.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "banks").Conditional && m.ConsentLogged
		}},
		{says: "a bank cannot consider an application without passport details and income", typed: func(p *policy.Policy) bool { return p.Purpose("mortgage").Required != "" }},
		{says: "agents and agencies pay for services, and payments are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("payments").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("billing").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "listings are recommended, and alerts sent, from the user's searches, views and favourites", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "advertising is chosen for the user's interests with consent, with advertising partners", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && a.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "ads") != nil
		}},
		{says: "news and offers are sent only with consent, as the law on advertising requires, and stop with the link in each email", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mailings")
			return m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "support answers requests and complaints about listings", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "the site uses session cookies, Yandex Metrica and advertising cookies, which can be turned off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Provider == recipient(p, "metrica") && cookie(p, "ads") != nil
		}},
		{says: "technical data is kept for a year", typed: func(p *policy.Policy) bool { return p.Category("device").Retention.Period == policy.Years(1) }},
		{says: "data is hosted in data centres in Russia", typed: func(p *policy.Policy) bool { return recipient(p, "hosting").Country == regionRU }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "Cian does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "Cian discloses data to authorities on lawful requests and publishes statistics only in aggregate", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "when an account is deleted its data is destroyed within 30 days, except payments the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Note != ""
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent being withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventPurposeAchieved && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "users must be adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "users have the rights of Art. 14 to 17 and may withdraw consent, by writing to Cian", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "Cian protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a caller hears a warning before a call is recorded", typed: func(p *policy.Policy) bool { return p.Category("calls").RecordingNotice }},
		{says: "a user who gets an advertiser's contact details may use them only to ask about the property", free: toPurpose("calls")},
	}}
}

// sportsRetailer paraphrases, in our own words as we recall it, the policy
// on the processing of personal data of Sportmaster, the Russian sports
// retailer, as published in 2024-2025: the club programme with its card
// levels and bonus points, the online shop and the app, delivery by
// couriers and pickup in stores, payment and instalment partners,
// receipts through the fiscal data operator, returns under the consumer
// protection law, recorded calls to the contact centre, video
// surveillance in stores, advertising by SMS, email and push on consent,
// cookies and Yandex Metrica, localisation in Russia and the rights of
// 152-FZ.
func sportsRetailer() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	member := &policy.Category{ID: "member", Name: "Club programme member data", Items: []string{"phone number", "surname and first name", "date of birth", "gender", "email address", "city", "the number of the club card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	bonuses := &policy.Category{ID: "bonuses", Name: "Bonus account", Items: []string{"the card level", "bonus points earned, spent and expired", "personal offers and promo codes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceDerived},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "Purchases and receipts", Items: []string{"what was bought, when and in which store or online", "the amount and the way of payment", "returns and warranty claims", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the delivery address or the chosen store or pickup point", "the recipient's name and phone number", "the state of the delivery"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews of products", Items: []string{"the text, rating and photos of a review", "the name shown with it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityOptional}
	calls := &policy.Category{ID: "calls", Name: "Calls and messages to the contact centre", Items: []string{"recordings of calls", "chat messages", "complaints and requests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "Video surveillance in stores", Items: []string{"images recorded by cameras in the sales area and at the checkouts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie and device identifiers", "push token", "location, if allowed, to find the nearest store", "pages, products viewed and the basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	bonuses.DerivedFrom = []*policy.Category{purchases}

	couriers := &policy.Recipient{ID: "couriers", Name: "delivery services and couriers", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery},
		Purpose: "to bring the order to the address or the pickup point and call the recipient", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "banks and payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "to accept payments online and make refunds", Country: regionRU}
	instalments := &policy.Recipient{ID: "instalments", Name: "partners that offer payment in instalments", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, purchases},
		Purpose: "the customer chooses to pay in instalments at checkout", Country: regionRU, Conditional: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "to pass receipts to the Federal Tax Service and send the customer the electronic receipt", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "providers that send SMS, email and push messages", Role: policy.RoleProcessor, Categories: []*policy.Category{member}, Country: regionRU}
	it := &policy.Recipient{ID: "it", Name: "IT and contact-centre service providers", Role: policy.RoleProcessor, Categories: []*policy.Category{member, bonuses, purchases, calls}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising platforms", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show Sportmaster's advertising on other sites and measure it", Country: regionRU}
	police := &policy.Recipient{ID: "police", Name: "law enforcement bodies", Role: policy.RoleAuthority, Categories: []*policy.Category{video}, Country: regionRU,
		Conditional: true, Purpose: "they ask for recordings to investigate an offence"}

	club := &policy.Purpose{ID: "club", Name: "Running the club programme", Categories: []*policy.Category{member, bonuses, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{it, mailers},
		Automated: "the card level and the share of a purchase returned in bonus points are set automatically from the sum of purchases",
		Subjects:  []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "joining the programme needs a phone number confirmed by a code; without it no bonus points can be earned",
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by calling the contact centre or writing to the company"}}
	orders := &policy.Purpose{ID: "orders", Name: "Selling goods online and in stores and delivering orders", Categories: []*policy.Category{member, purchases, delivery, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, payments, instalments, it},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an order for delivery needs a phone number and an address; a purchase in a store needs no personal data"}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts, handling returns and keeping accounts", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”, Art. 18 and 25", Region: regionRU},
			{Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	service := &policy.Purpose{ID: "service", Name: "Answering calls, complaints and reviews and checking the quality of service", Categories: []*policy.Category{member, purchases, calls, reviews},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "resolving customers' complaints, training the contact centre's staff and improving goods and service",
		Recipients: []*policy.Recipient{it},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	publishing := &policy.Purpose{ID: "reviews", Name: "Publishing reviews of products", Categories: []*policy.Category{member, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by deleting the review in the profile or writing to the company", ConsentMethod: policy.ConsentMethodCheckbox,
		ImageConsent: true,
		Subjects:     []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	safety := &policy.Purpose{ID: "video", Name: "Keeping stores, customers and staff safe", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "preventing theft and other offences in stores and protecting customers and staff",
		Recipients: []*policy.Recipient{police},
		Subjects:   []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising and personal offers by SMS, email, push and messengers", Categories: []*policy.Category{member, bonuses, purchases},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the app's profile, with the link in each email, by replying to an SMS or by calling the contact centre", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU},
			{Act: "Federal Law No. 126-FZ “On Communications”, Art. 44.1", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used and showing advertising", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning cookies off in the browser's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica, ads}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller:  policy.Controller{Contact: policy.Contact{Name: "Sportmaster LLC", Email: "privacy@sportmaster.example", Address: "Moscow, Russia"}, Country: regionRU},
		Responsible: &policy.Contact{Email: "pd@sportmaster.example"},
		URL:         "https://sportmaster.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "Federal Law No. 126-FZ “On Communications”", Region: regionRU},
			{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”", Region: regionRU},
			{Act: "the rules of the club programme and the terms of sale on the website"}},
		Scope:      []string{"the sportmaster.ru website", "the Sportmaster mobile app", "the Sportmaster stores", "the club programme"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, bonuses, purchases, delivery, reviews, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: purchases, Note: "The bank or payment provider receives them on its own page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric, Note: "Video recordings in stores are not used to identify anyone."},
			{ID: "giftcard", Name: "personal data of gift card holders", Note: "A gift card is a bearer card and is not linked to a person."},
		},
		Purposes:    []*policy.Purpose{club, orders, receipts, service, publishing, safety, marketing, analytics},
		Recipients:  []*policy.Recipient{couriers, payments, instalments, ofd, mailers, it, metrica, ads, police},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{member, bonuses, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Purchases and receipts are kept for the periods the accounting and tax laws set."},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and basket cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "appmetrica", Name: "AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Technology: policy.TechnologySDK,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "pixels", Name: "advertising pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: analytics,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the app's profile, by calling the contact centre or by writing to pd@sportmaster.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "pd@sportmaster.example"},
	}
	return realPolicy{"sports retailer (Sportmaster)", p, []statement{
		{says: "the operator is Sportmaster LLC in Moscow", typed: func(p *policy.Policy) bool { return p.Controller.Name != "" && p.Controller.Country == regionRU }},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the website, the app, the stores and the club programme", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the company processes data under the Civil Code, the consumer protection law, the laws on advertising, communications and cash registers, and the programme's rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "a customer joins the club programme with a phone number confirmed by a code, in the app, on the website or at a checkout", typed: func(p *policy.Policy) bool {
			return p.Purpose("club").Required != ""
		}},
		{says: "a member gives a name, date of birth, gender, email and city, and gets a club card number", typed: func(p *policy.Policy) bool { return len(p.Category("member").Items) == 7 }},
		{says: "purchases in stores and online are linked to the club card, and bonus points are earned and spent on them", typed: func(p *policy.Policy) bool {
			return p.Purpose("club").Uses(p.Category("purchases")) && slices.Contains(p.Category("bonuses").DerivedFrom, p.Category("purchases"))
		}},
		{says: "the card level and the share returned in bonus points are set automatically from the sum of purchases", typed: func(p *policy.Policy) bool {
			return p.Purpose("club").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the company may block a club account where bonus points are abused or the rules broken, and the member can contest it", typed: func(p *policy.Policy) bool {
			s := p.Purpose("club").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "for an online order the customer gives the delivery address or chooses a store or pickup point", typed: func(p *policy.Policy) bool {
			return p.Purpose("orders").Uses(p.Category("delivery")) && p.Purpose("orders").Required != ""
		}},
		{says: "a customer may name someone else as the recipient, having that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "couriers and delivery services receive the recipient's name, phone and address", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor
		}},
		{says: "online payments go through banks and payment providers, and the company never receives card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments") != nil && p.NotCollected[0].Category == p.Category("purchases")
		}},
		{says: "a customer who pays in instalments has the order passed to the instalment partner", typed: func(p *policy.Policy) bool {
			return recipient(p, "instalments").Conditional && recipient(p, "instalments").Role == policy.RoleThirdParty
		}},
		{says: "receipts are issued as the law on cash registers requires, through a fiscal data operator", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "returns and warranty claims are handled as the consumer protection law requires", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("receipts").Obligations) == 3
		}},
		{says: "purchases and receipts are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "calls to the contact centre are recorded and kept for a year, to resolve complaints and check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Interest != "" && p.Category("calls").Retention.Period == policy.Years(1)
		}},
		{says: "reviews of products are published with the name the customer chooses, and photos of people only with their consent", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityOptional && p.Purpose("reviews").ImageConsent
		}},
		{says: "stores are under video surveillance for safety, and recordings are kept for 30 days", typed: func(p *policy.Policy) bool {
			return p.Purpose("video").Interest != "" && p.Category("video").Retention.Period == policy.Days(30) &&
				slices.Contains(p.Purpose("video").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "recordings are given to law enforcement bodies at their request", typed: func(p *policy.Policy) bool {
			return recipient(p, "police").Role == policy.RoleAuthority && recipient(p, "police").Conditional
		}},
		{says: "video recordings are not used to identify people and are not biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "advertising and personal offers are sent by SMS, email, push and messengers only with consent, chosen from purchases", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.Profiling && m.RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "that consent is required by the laws on advertising and on communications", typed: func(p *policy.Policy) bool { return len(p.Purpose("marketing").ConsentRequiredBy) == 2 }},
		{says: "consent to advertising can be withdrawn in the app, by the link in an email, by replying to an SMS or by calling", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Withdraw != "" && p.Purpose("marketing").ConsentLogged
		}},
		{says: "messages are sent through SMS, email and push providers on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "mailers").Role == policy.RoleProcessor
		}},
		{says: "the website uses session and basket cookies, Yandex Metrica and advertising pixels, and the app AppMetrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK && cookie(p, "pixels").Provider == recipient(p, "ads")
		}},
		{says: "cookies can be turned off in the browser", typed: func(p *policy.Policy) bool { return p.Purpose("analytics").Withdraw != "" }},
		{says: "with permission the app uses the phone's location to find the nearest store", typed: func(p *policy.Policy) bool { return p.Purpose("orders").Uses(p.Category("device")) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "a gift card is a bearer card that holds no personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[3].ID == "giftcard" }},
		{says: "the company does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "a member who leaves the programme has the data destroyed within 30 days, except purchases the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Note != ""
		}},
		{says: "other data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Total() == policy.Days(30) }},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "data is disclosed to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "customers have the rights of Art. 14 to 17, exercised in the app, by phone or by writing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10) && p.Requests.Extension == policy.Days(5)
		}},
		{says: "complaints go to Roskomnadzor or a court", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "the company protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "the club programme is open to adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "bonus points have no cash value, cannot be exchanged for money and expire if not used", free: toPurpose("club")},
		{says: "members receive extra bonus points on their birthday, for which the date of birth is used", free: toCategory("member")},
	}}
}
