package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// an online marketplace that runs its own warehouses and pickup points and
// whose sellers are a second group of data subjects, and a classifieds
// site whose users talk in chats and through substitute phone numbers and
// can sell with delivery and a safe deal.

var (
	regionBY = language.MustParseRegion("BY")
	regionKG = language.MustParseRegion("KG")
)

// pickupMarketplace paraphrases the privacy policy of Wildberries
// (Wildberries LLC), as published in 2024: buyers' accounts signed in to
// with a phone number, orders delivered to the marketplace's own pickup
// points and those run by its partners, returns, payment through the
// group's bank, sellers who receive the data of the orders they deliver
// themselves, reviews, recommendations, advertising mailings with
// consent, Yandex Metrica, orders from the marketplace's sites in other
// countries, storage in Russia, and sellers and their representatives
// as a second group of data subjects.
func pickupMarketplace() realPolicy {
	all := policy.Actions()
	accounting := "Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"
	buyer := &policy.Category{ID: "buyer", Name: "Buyer account data", Items: []string{"phone number", "first name and surname", "email address, if given", "gender and date of birth, if given", "photo, if given"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery data", Items: []string{"the chosen pickup point or delivery address", "the recipient's name and phone number", "the code that hands over the order"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "Orders, returns and receipts", Items: []string{"goods ordered, received, refused and returned", "amounts and dates", "electronic receipts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(accounting), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "Payment data", Items: []string{"masked card number and card token", "payments and refunds", "the balance of the wallet"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the bank that accepts the payment",
		Retention: policy.AsRequiredBy(accounting), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews and questions", Items: []string{"the text, rating, photos and videos of a review", "questions about goods", "the buyer's first name shown beside them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}}
	device := &policy.Category{ID: "device", Name: "Technical data", Items: []string{"IP address", "cookie and device identifiers", "goods viewed, searched for and put in the basket"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	calls := &policy.Category{ID: "calls", Name: "Requests to support", Items: []string{"chats with support", "complaints and claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	seller := &policy.Category{ID: "seller", Name: "Seller data", Items: []string{"surname, first name and patronymic of the seller or its representative", "passport details of an individual entrepreneur or self-employed seller", "INN and OGRNIP", "bank details", "phone number and email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourcePublic}, SourceDetail: "the unified state registers of legal entities and individual entrepreneurs",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}

	sellers := &policy.Recipient{ID: "sellers", Name: "sellers on the marketplace", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery, orders, reviews},
		Purpose: "to deliver the orders they ship themselves, to accept returns and to answer reviews and warranty claims", Country: regionRU}
	pickup := &policy.Recipient{ID: "pickup", Name: "partners who run pickup points and couriers", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery, orders},
		Purpose: "to hand over orders and accept returns on the marketplace's instructions", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "Wildberries Bank and the other banks and payment systems", Role: policy.RoleThirdParty, Categories: []*policy.Category{buyer, payment},
		Purpose: "to accept payments, make refunds and keep the wallet", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "the fiscal data operator", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "to pass receipts to the Federal Tax Service and send the buyer the electronic receipt", Country: regionRU}
	abroad := &policy.Recipient{ID: "abroad", Name: "the marketplace's group companies abroad", Role: policy.RoleThirdParty, Categories: []*policy.Category{buyer, delivery, orders},
		Purpose: "to deliver orders placed on the marketplace's sites in those countries"}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	sms := &policy.Recipient{ID: "sms", Name: "providers that send text messages and push notifications", Role: policy.RoleProcessor, Categories: []*policy.Category{buyer}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "Registering buyers and keeping their accounts", Categories: []*policy.Category{buyer},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sms},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an account needs a phone number confirmed by a code"}
	sale := &policy.Purpose{ID: "sale", Name: "Accepting, paying for and delivering orders to pickup points", Categories: []*policy.Category{buyer, delivery, orders, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, pickup, bank},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "Issuing receipts and keeping accounts", Categories: []*policy.Category{orders, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 54-FZ “On the Use of Cash Registers”, Art. 1.2", Region: regionRU}, {Act: "Federal Law No. 402-FZ “On Accounting”", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionUse, policy.ActionTransfer},
		Method: policy.ProcessingMethodAutomated}
	returns := &policy.Purpose{ID: "returns", Name: "Accepting returns and claims", Categories: []*policy.Category{buyer, orders, calls},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sellers, pickup},
		Obligations: []policy.Obligation{{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”, Art. 18 and 26.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	reviewing := &policy.Purpose{ID: "reviews", Name: "Publishing reviews and questions", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers}, ImageConsent: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending goods", Categories: []*policy.Category{orders, device},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending advertising mailings", Categories: []*policy.Category{buyer, orders},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the notification settings of the personal account or by writing to support", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{sms},
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the abuse of the marketplace", Categories: []*policy.Category{buyer, orders, device},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "by writing to support"}}
	sellerPurpose := &policy.Purpose{ID: "sellers", Name: "Concluding and performing contracts with sellers", Categories: []*policy.Category{seller},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bank},
		Obligations: []policy.Obligation{{Act: "the Tax Code of the Russian Federation", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "a seller is registered only with the details the tax and accounting laws require"}
	crossBorder := &policy.Purpose{ID: "abroad", Name: "Delivering orders placed on the marketplace's sites in other countries", Categories: []*policy.Category{buyer, delivery, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{abroad},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "Answering requests to support", Categories: []*policy.Category{buyer, orders, calls},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}

	address := "Koledino Industrial Park 6, building 1, Koledino, Podolsk, Moscow Region, 142181, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Wildberries LLC", Email: "privacy@wildberries.example", Address: address},
			Country: regionRU, Registration: "OGRN 1067746062449, INN 7721546864"},
		Responsible:      &policy.Contact{Email: "pd@wildberries.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-16-000000"},
		URL:              "https://wildberries.example/services/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.February, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Law of the Russian Federation No. 2300-1 “On the Protection of Consumer Rights”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU},
			{Act: "the offer for buyers and the offer for sellers on the marketplace"}},
		Scope:      []string{"the marketplace's website and apps", "its pickup points", "the sellers' portal"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{buyer, delivery, orders, payment, reviews, device, calls, seller},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "The bank keeps them."},
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{account, sale, receipts, returns, reviewing, recommend, marketing, fraud, sellerPurpose, crossBorder, support},
		Recipients: []*policy.Recipient{sellers, pickup, bank, ofd, abroad, metrica, sms},
		Transfers: []policy.Transfer{
			{Destination: regionBY, Recipient: abroad, Categories: []*policy.Category{buyer, delivery, orders}, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.March, 1)},
			{Destination: regionKZ, Recipient: abroad, Categories: []*policy.Category{buyer, delivery, orders}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.March, 1)},
			{Destination: regionAM, Recipient: abroad, Categories: []*policy.Category{buyer, delivery, orders}, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2023, time.March, 1)},
			{Destination: regionKG, Recipient: abroad, Categories: []*policy.Category{buyer, delivery, orders}, Safeguard: policy.SafeguardContractNecessity, Notified: policy.MakeDate(2023, time.March, 1)},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{buyer, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Orders and receipts are kept for the periods the accounting and tax laws set."},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and basket cookies", Party: policy.PartyFirst, Purpose: sale, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: recommend,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the personal account or by writing to pd@wildberries.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "pd@wildberries.example", Address: address},
	}
	return realPolicy{"online marketplace with pickup points (Wildberries)", p, []statement{
		{says: "the operator is Wildberries LLC, named with its OGRN and INN and entered in Roskomnadzor's register", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != "" && p.OperatorRegister.Number != ""
		}},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the website, the apps, the pickup points and the sellers' portal", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the marketplace processes data under the Civil Code, the consumer protection law, the law on advertising and its offers to buyers and sellers", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 4
		}},
		{says: "a buyer signs in with a phone number confirmed by a code sent in a text message", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != "" && recipient(p, "sms") != nil
		}},
		{says: "a buyer may add a name, email, gender, date of birth and photo to the account", typed: func(p *policy.Policy) bool { return len(p.Category("buyer").Items) == 5 }},
		{says: "orders are delivered to the pickup point the buyer chooses, or by courier, and handed over on a code", typed: func(p *policy.Policy) bool {
			return p.Purpose("sale").Uses(p.Category("delivery"))
		}},
		{says: "a buyer may name another person to receive the order and confirms having that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "pickup points run by partners hand over orders and accept returns on the marketplace's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "pickup").Role == policy.RoleProcessor
		}},
		{says: "sellers who deliver orders themselves receive the recipient's name, phone number and address, as operators in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "sellers").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "sellers").Categories, p.Category("delivery"))
		}},
		{says: "payments, refunds and the wallet go through Wildberries Bank and other banks, which are operators in their own right", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank").Role == policy.RoleThirdParty && p.Purpose("sale").Recipients[2] == recipient(p, "bank")
		}},
		{says: "the marketplace never receives full card numbers", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payment") }},
		{says: "electronic receipts are issued as the law on cash registers requires and pass through a fiscal data operator", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "returns and claims are handled as the consumer protection law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("returns").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "orders and payments are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "reviews, with their photos and the buyer's first name, are published for everyone, and photos of other people need their consent", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").ImageConsent
		}},
		{says: "goods are recommended from what the buyer views and buys", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "advertising mailings are sent only with the buyer's consent, as Art. 18 of the law on advertising requires, and stop when it is withdrawn in the settings", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "the marketplace detects fraud and may cancel orders or block accounts, which the buyer can contest with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != ""
		}},
		{says: "sellers, their representatives and self-employed sellers give their names, passport details, INN and bank details to conclude the contract", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("sellers").Subjects, policy.DataSubjectCounterparties) && p.Purpose("sellers").Uses(p.Category("seller"))
		}},
		{says: "seller details are checked against the state registers of legal entities and entrepreneurs", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("seller").Sources, policy.SourcePublic)
		}},
		{says: "seller data is kept for five years after the contract ends", typed: func(p *policy.Policy) bool {
			return p.Category("seller").Retention.Period == policy.Years(5)
		}},
		{says: "orders placed on the marketplace's sites in Belarus, Kazakhstan, Armenia and Kyrgyzstan go to its companies there, after notifying Roskomnadzor", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 4 && !p.Transfers[0].Notified.IsZero()
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "the site uses session cookies and Yandex Metrica, and cookies can be turned off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Provider == recipient(p, "metrica")
		}},
		{says: "technical data is kept for a year", typed: func(p *policy.Policy) bool { return p.Category("device").Retention.Period == policy.Years(1) }},
		{says: "the marketplace does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Total() == policy.Days(30) }},
		{says: "a deleted account's data is destroyed, except orders and receipts the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Note != ""
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "data is disclosed to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "buyers must be adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "users have the rights of Art. 14 to 17 and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Deadline == policy.Days(10)
		}},
		{says: "the marketplace protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertifiedTools) }},
		{says: "a new version takes effect when it is published on the site", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "at a pickup point the order is handed over on a code, or on a QR code shown in the app", free: toPurpose("sale")},
	}}
}

// classifieds paraphrases the privacy policy of Avito (KEH eCommerce
// LLC), as published in 2024: listings and profiles, chats between buyers
// and sellers, calls through substitute phone numbers, Avito Delivery
// with its delivery services and the safe deal with its payment partner,
// identity verification through Gosuslugi, moderation of listings and
// fraud prevention, recommendations and advertising, data received from
// partners, and storage in Russia.
func classifieds() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "name", "email address", "profile photo", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	listings := &policy.Category{ID: "listings", Name: "Listings and profile", Items: []string{"the text, photos and price of a listing", "the address or area of the goods", "the seller's name, rating and reviews"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		Visibility: policy.VisibilityAlways, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}}
	chats := &policy.Category{ID: "chats", Name: "Messages in chats", Items: []string{"messages, photos and files sent in chats"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceCounterparts}}
	calls := &policy.Category{ID: "calls", RecordingNotice: true, Name: "Calls through substitute numbers", Items: []string{"the numbers of the caller and the person called", "the time and length of a call", "recordings of calls, where the users were warned"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the telecom operator that provides the substitute numbers",
		Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	deals := &policy.Category{ID: "deals", Name: "Delivery and safe deal data", Items: []string{"the recipient's name and phone number", "the chosen pickup point or delivery address", "the state of the delivery", "payments held and paid out"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "delivery services and the payment partner",
		Retention: policy.AsRequiredBy("Federal Law No. 402-FZ “On Accounting”, Art. 29 (5 years)"), Linked: true}
	identity := &policy.Category{ID: "identity", Name: "Identity verification data", Items: []string{"surname, first name and patronymic", "date of birth", "passport details", "the confirmation that the account on Gosuslugi is verified"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the Unified Identification and Authentication System (Gosuslugi), with the user's consent",
		Retention: policy.WhileAccountActive(policy.Years(1)), Linked: true}
	device := &policy.Category{ID: "device", Name: "Technical and usage data", Items: []string{"IP address", "cookie and device identifiers", "approximate location", "searches, listings viewed and favourites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	partnerData := &policy.Category{ID: "partners", Name: "Data from partners", Items: []string{"advertising identifiers and the audience segments of advertising partners", "data from a car's history report", "sign-in data from VK ID, Sber ID or T-ID"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "advertising partners, partners who provide car history reports and the services the user signs in with",
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "Requests to support", Items: []string{"requests, complaints and the documents attached to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}

	telecom := &policy.Recipient{ID: "telecom", Name: "telecom operators", Role: policy.RoleProcessor, Categories: []*policy.Category{calls},
		Purpose: "to connect calls through substitute numbers so that users need not show their own", Country: regionRU}
	couriers := &policy.Recipient{ID: "delivery", Name: "delivery services such as Russian Post, Boxberry, CDEK and 5Post", Role: policy.RoleThirdParty, Categories: []*policy.Category{deals},
		Purpose: "to deliver goods sold with Avito Delivery", Country: regionRU}
	payer := &policy.Recipient{ID: "payer", Name: "the bank that is the payment partner of the safe deal", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, deals},
		Purpose: "to hold the buyer's payment until the goods are received and pay it to the seller", Country: regionRU}
	counterpart := &policy.Recipient{ID: "users", Name: "the other party to a deal", Role: policy.RoleThirdParty, Categories: []*policy.Category{deals},
		Purpose: "so that the seller can send the goods and the buyer can receive them", Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "advertising partners and advertising networks", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "to show advertising on Avito and measure it", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "the companies of the Avito group", Role: policy.RoleProcessor, Categories: []*policy.Category{account, listings, device, support},
		Purpose: "to run the services of the group on Avito's instructions", Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	service := &policy.Purpose{ID: "service", Name: "Registering users and publishing their listings", Categories: []*policy.Category{account, listings},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group}, ImageConsent: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "an account needs a phone number confirmed by a code"}
	messaging := &policy.Purpose{ID: "chats", Name: "Letting buyers and sellers talk in chats and by phone", Categories: []*policy.Category{account, chats, calls},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{telecom},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	delivery := &policy.Purpose{ID: "delivery", Name: "Selling with Avito Delivery and the safe deal", Categories: []*policy.Category{account, deals},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, payer, counterpart},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	verify := &policy.Purpose{ID: "verification", Name: "Verifying users' identity", Categories: []*policy.Category{identity},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to support, after which the mark of a verified user is removed",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	moderation := &policy.Purpose{ID: "moderation", Name: "Moderating listings and preventing fraud", Categories: []*policy.Category{account, listings, chats, calls, device},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetPayment},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundAccountTakeover},
			Contest: "by writing to support", HumanReview: true}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "Recommending listings", Categories: []*policy.Category{device, listings},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising chosen for the user's interests", Categories: []*policy.Category{device, partnerData},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the privacy settings of the profile or by turning off cookies", Profiling: true,
		ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{ads},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	mailings := &policy.Purpose{ID: "mailings", Name: "Sending news and offers", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the notification settings or with the link in each email", OptOut: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "Answering requests and resolving disputes between users", Categories: []*policy.Category{account, chats, deals, support},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}

	address := "7 Lesnaya Street, floor 15, Moscow, 125196, Russia"
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "KEH eCommerce LLC", Email: "privacy@avito.example", Address: address},
			Country: regionRU, Registration: "OGRN 1077746365113, INN 7710668349"},
		Responsible:      &policy.Contact{Email: "pd@avito.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-13-000000"},
		URL:              "https://avito.example/legal/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.April, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "the terms of use of Avito"}},
		Scope:      []string{"the Avito website and apps", "Avito Delivery and the safe deal"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, listings, chats, calls, deals, identity, device, partnerData, support},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data or biometric personal data", Class: policy.DataClassSpecial},
		},
		Purposes:    []*policy.Purpose{service, messaging, delivery, verify, moderation, recommend, advertising, mailings, helping},
		Recipients:  []*policy.Recipient{telecom, couriers, payer, counterpart, ads, group, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, listings}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Data of deals and payments is kept for the periods the accounting and tax laws set."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{identity, partnerData}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica", Party: policy.PartyThird, Provider: metrica, Purpose: recommend,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1))},
		},
		Rights:   fz152Rights("in the profile settings or by writing to pd@avito.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "pd@avito.example", Address: address},
	}
	return realPolicy{"classifieds site (Avito)", p, []statement{
		{says: "the operator is KEH eCommerce LLC in Moscow, named with its OGRN and INN", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" }},
		{says: "the operator is entered in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "questions about personal data go to the person responsible for processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy covers the website, the apps, Avito Delivery and the safe deal", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "a user registers with a phone number confirmed by a code and may add a name, email and photo", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && len(p.Category("account").Items) == 5
		}},
		{says: "listings, with their photos, price and area, and the seller's name, rating and reviews are public", typed: func(p *policy.Policy) bool {
			return p.Category("listings").Visibility == policy.VisibilityAlways
		}},
		{says: "a user may publish photos of other people only with their consent", typed: func(p *policy.Policy) bool { return p.Purpose("service").ImageConsent }},
		{says: "a user who publishes another person's data in a listing confirms having that person's consent and answers for it", typed: func(p *policy.Policy) bool { return othersGive(p, "listings") }},
		{says: "reviews about a user are written by other users", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("listings").Sources, policy.SourceOtherUsers)
		}},
		{says: "messages in chats are seen only by the users in the chat", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("chats").VisibleTo, policy.AudienceCounterparts)
		}},
		{says: "calls go through substitute numbers provided by telecom operators, so users need not show their own numbers", typed: func(p *policy.Policy) bool {
			return recipient(p, "telecom").Role == policy.RoleProcessor && p.Purpose("chats").Uses(p.Category("calls"))
		}},
		{says: "calls may be recorded after a warning, and the recordings are kept for six months", typed: func(p *policy.Policy) bool {
			return p.Category("calls").Retention.Period == policy.Months(6) && p.Category("calls").RecordingNotice
		}},
		{says: "with Avito Delivery the recipient's name, phone and pickup point go to the delivery service and to the other party", typed: func(p *policy.Policy) bool {
			return recipient(p, "delivery") != nil && recipient(p, "users").Role == policy.RoleThirdParty
		}},
		{says: "with the safe deal the payment partner holds the buyer's money until the goods are received", typed: func(p *policy.Policy) bool {
			return recipient(p, "payer").Role == policy.RoleThirdParty && recipient(p, "payer").Purpose != ""
		}},
		{says: "data of deals and payments is kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("deals").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "a user may verify their identity through Gosuslugi, with consent, and gets a mark of a verified user", typed: func(p *policy.Policy) bool {
			return p.Purpose("verification").RestsOn(policy.BasisConsent, policy.FZ152) && p.Category("identity").SourceDetail != ""
		}},
		{says: "listings are moderated automatically and by staff before and after they are published", typed: func(p *policy.Policy) bool {
			return p.Purpose("moderation").Method == policy.ProcessingMethodMixed
		}},
		{says: "Avito checks chats, calls and behaviour to detect fraud, and may block an account or stop a safe deal payment", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetPayment) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "a blocked user can write to support, and staff review the decision", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return s.Contest != "" && s.HumanReview
		}},
		{says: "listings are recommended from the user's searches, views and favourites", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "advertising is chosen for the user's interests with consent, with advertising partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "ads") != nil
		}},
		{says: "Avito receives data from advertising partners, car history partners and sign-in services", typed: func(p *policy.Policy) bool {
			return p.Category("partners").Sources[0] == policy.SourceThirdParty && p.Category("partners").SourceDetail != ""
		}},
		{says: "news and offers are sent only with consent and stop with the link in each email", typed: func(p *policy.Policy) bool {
			return p.Purpose("mailings").RestsOn(policy.BasisConsent, policy.FZ152) && len(p.Purpose("mailings").ConsentRequiredBy) == 1
		}},
		{says: "support answers requests and helps resolve disputes between users", typed: func(p *policy.Policy) bool { return p.Purpose("support") != nil }},
		{says: "the companies of the Avito group process data on Avito's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "the site uses session cookies, Yandex Metrica and advertising cookies", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "ads").Provider == recipient(p, "ads")
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "Avito does not process special categories or biometric data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "Avito discloses data to authorities on lawful requests and shares statistics only in aggregate", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "when an account is deleted its data is destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Note != ""
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].From == policy.EventPurposeAchieved }},
		{says: "processing stops when the purpose is achieved, consent is withdrawn or processing is found unlawful", typed: func(p *policy.Policy) bool { return len(p.Termination) == 3 }},
		{says: "users must be adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "users have the rights of Art. 14 to 17, exercised in the settings or by writing", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure)
		}},
		{says: "requests are answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool { return p.Requests.Extension == policy.Days(5) }},
		{says: "Avito protects data with the measures of Art. 18.1 and 19", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAccessControl) }},
		{says: "a new version takes effect when it is published", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "users who get another user's data through a deal may use it only for that deal", free: toPurpose("delivery")},
	}}
}
