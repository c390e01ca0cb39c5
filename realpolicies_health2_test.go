package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// periodTracker paraphrases, in our own words and as we recall it, the
// privacy policy of the Flo period and ovulation tracking app, as
// published in 2024: a UK company that runs the app for users worldwide,
// with a US company for users in the US; health data only with explicit
// consent, never sold or used for advertising; an anonymous mode; a
// separate notice for consumer health data under the laws of Washington,
// Nevada and Connecticut. It declares the GDPR, the UK GDPR and the CCPA.
func periodTracker() realPolicy {
	gb := regionGB
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"name", "email address", "password", "year of birth"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	health := &policy.Category{ID: "health", Name: "Cycle and health data", Items: []string{"period dates and cycle length", "symptoms and moods", "sexual activity",
		"pregnancy and contraception", "weight and body temperature", "sleep and water intake"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the phone's health app, if you connect it",
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent}}
	predictions := &policy.Category{ID: "predictions", Name: "Predictions and insights", Items: []string{"predicted period and fertile window", "cycle insights"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{health},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAInferences, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Subscription data", Items: []string{"subscription plan", "purchase date", "app store transaction identifier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the app stores",
		Retention: policy.AsRequiredBy("tax and accounting law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo}}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"device model and operating system", "app version", "advertising identifier, where you allow it", "IP address", "time zone"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the app"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	support := &policy.Category{ID: "support", Name: "Support requests", Items: []string{"what you tell our support team", "your email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}

	hosting := &policy.Recipient{ID: "hosting", Name: "our cloud hosting provider", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, health, predictions, payment, technical, support}}
	analytics := &policy.Recipient{ID: "analytics", Name: "analytics and app-measurement providers", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{technical}, Purpose: "to measure how the app is used and which campaigns bring new users, without health data"}
	helpdesk := &policy.Recipient{ID: "helpdesk", Name: "our customer support platform", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{support}}
	partner := &policy.Recipient{ID: "partner", Name: "a partner you ask us to share with", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{predictions}, Purpose: "to show a partner you invite your cycle phase and predictions (Flo for Partners)"}

	service := &policy.Purpose{ID: "service", Name: "Providing the app and your account", Categories: []*policy.Category{account, payment, technical},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
		Required: "the app needs an email address for an account; in anonymous mode it works without one, but data cannot be restored on a new device"}
	tracking := &policy.Purpose{ID: "tracking", Name: "Tracking your cycle and giving you predictions and health insights", Categories: []*policy.Category{health, predictions},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Withdraw:   "by deleting your data in the app's settings; without it the app cannot track your cycle",
		Recipients: []*policy.Recipient{hosting, partner},
		Required:   "the health data you log is needed for predictions; without it the app can show only general content"}
	research := &policy.Purpose{ID: "research", Name: "Scientific research on de-identified data", Categories: []*policy.Category{health},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "in the app's privacy settings", OptOut: true}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing and improving the app", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how the app is used so that we can fix errors and improve it",
		Recipients: []*policy.Recipient{analytics}, OptOut: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Measuring our marketing campaigns", Categories: []*policy.Category{technical},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt,
		Withdraw: "in the app's privacy settings or by turning off tracking in the phone's settings", Recipients: []*policy.Recipient{analytics}, OptOut: true}
	helping := &policy.Purpose{ID: "support", Name: "Answering your questions", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "helping users who write to us", Recipients: []*policy.Recipient{helpdesk}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting legal obligations", Categories: []*policy.Category{payment},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "UK tax and accounting law", Region: gb}, {Act: "Union and member-state tax law", Region: regionEU}},
		Required:    "the law requires us to keep records of purchases"}
	transfer := func(origin language.Region) policy.Transfer {
		t := policy.Transfer{Origin: origin, Destination: regionUS, Categories: []*policy.Category{account, health, predictions, payment, technical, support},
			Safeguard: policy.SafeguardStandardClauses, Note: "You can ask us for a copy of the clauses at privacy@flo.example."}
		if origin == gb {
			t.Safeguard = policy.SafeguardUKTransferAgreement
		}
		return t
	}

	p := &policy.Policy{
		Controller:      policy.Controller{Contact: policy.Contact{Name: "Flo Health UK Limited", Email: "privacy@flo.example", Address: "London, United Kingdom"}, Country: gb},
		DPO:             &policy.Contact{Name: "Data Protection Officer", Email: "dpo@flo.example"},
		Representatives: []policy.Representative{{Region: regionEU, Contact: policy.Contact{Name: "Flo Health UAB", Address: "Vilnius, Lithuania"}}},
		Version:         "2024", Effective: policy.MakeDate(2024, time.February, 1), Updated: policy.MakeDate(2024, time.February, 1),
		Laws:         []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		OtherNotices: []policy.Notice{{Covers: "consumer health data of residents of Washington, Nevada and Connecticut", URL: "https://flo.example/consumer-health-data"}},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:   []*policy.Category{account, health, predictions, payment, technical, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "card details", Category: payment, Note: "The app stores take payment."},
			{ID: "location", Name: "precise location"},
		},
		Purposes:   []*policy.Purpose{service, tracking, research, improve, marketing, helping, legal},
		Recipients: []*policy.Recipient{hosting, analytics, helpdesk, partner},
		Transfers:  []policy.Transfer{transfer(regionEU), transfer(gb)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Note: "We answer only a legally binding request, check each one and challenge those we think overbroad."},
			{Kind: policy.DisclosureBusinessTransfer, Notice: true},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, health, predictions, technical}, Stages: []policy.Stage{
				{Removal: policy.RemovalLive, Within: policy.Days(30)}, {Removal: policy.RemovalBackups, Within: policy.Days(30)}}},
			{From: policy.EventLastActivity, Categories: []*policy.Category{account, health, predictions}, Stages: []policy.Stage{
				{Removal: policy.RemovalLive, Within: policy.Years(3)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary website cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{technical},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "marketing", Name: "marketing cookies on our website", Party: policy.PartyThird, Provider: analytics, Purpose: marketing, Categories: []*policy.Category{technical},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the app's settings or by writing to privacy@flo.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Months(1),
			Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, SensitiveUse: policy.AnswerNo,
			RequestMethods: []string{"in the app", "email"}, OnlineOnly: true},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest},
			{Kind: policy.MeasurePseudonymisation, Description: "Health data is stored apart from the data that identifies you."},
			{Kind: policy.MeasureCertification, Description: "Our information security management is certified to ISO/IEC 27001."},
			{Kind: policy.MeasureAudits, Description: "An independent reviewer assesses our privacy practices."},
			{Kind: policy.MeasureAccessControl},
		},
		Children: policy.Children{MinimumAge: 13, ConsentAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@flo.example"},
	}
	return realPolicy{"period tracking app (Flo)", p, []statement{
		{says: "Flo Health UK Limited in London is the controller of your data", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionGB }},
		{says: "we have appointed a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "our Lithuanian company is our representative in the EU", typed: func(p *policy.Policy) bool { return p.Representatives[0].Region == regionEU }},
		{says: "we collect the name, email address and year of birth you give when you sign up", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "year of birth")
		}},
		{says: "you may use the app in anonymous mode, without a name, email address or other identifier linked to your health data", free: toCategory("account")},
		{says: "we collect the cycle, symptom, sexual activity, pregnancy and other health data you log", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "you may connect the phone's health app to import data", typed: func(p *policy.Policy) bool { return p.Category("health").SourceDetail != "" }},
		{says: "we compute predictions and insights from what you log", typed: func(p *policy.Policy) bool {
			return p.Category("predictions").DerivedFrom[0] == p.Category("health")
		}},
		{says: "subscriptions are paid through the app stores, which keep the card details", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "we do not collect precise location", typed: func(p *policy.Policy) bool { return p.NotCollected[1].ID == "location" }},
		{says: "we collect device, app and usage data automatically", typed: func(p *policy.Policy) bool {
			return p.Category("technical").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we process health data only with your explicit consent, which you give by ticking a box when you sign up", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tracking")
			return t.HasBasis(policy.BasisExplicitConsent) && t.ConsentMethod == policy.ConsentMethodCheckbox && t.ConsentLogged
		}},
		{says: "you may withdraw consent by deleting your data; the app then cannot track your cycle", typed: func(p *policy.Policy) bool { return p.Purpose("tracking").Withdraw != "" }},
		{says: "we run the app under our contract with you", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "with a separate consent, de-identified data may be used for scientific research with academic partners", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").RestsOnConsent()
		}},
		{says: "we improve the app on our legitimate interest, with analytics providers that receive no health data", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Interest != "" && !slices.Contains(recipient(p, "analytics").Categories, p.Category("health"))
		}},
		{says: "we measure marketing campaigns only with consent, asked through the phone's tracking prompt", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "we keep purchase records as tax law requires", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "we never sell your personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we never use health data for advertising and never share it with third parties without your consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "you may invite a partner to see your cycle phase", typed: func(p *policy.Policy) bool { return recipient(p, "partner").Role == policy.RoleThirdParty }},
		{says: "our hosting, analytics and support providers process data on our behalf", typed: func(p *policy.Policy) bool {
			return recipient(p, "hosting").Role == policy.RoleProcessor && recipient(p, "helpdesk") != nil
		}},
		{says: "data is stored in the US and leaves the EU and the UK under standard contractual clauses and the UK addendum", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Safeguard == policy.SafeguardUKTransferAgreement
		}},
		{says: "you can ask us for a copy of the transfer clauses", typed: func(p *policy.Policy) bool { return p.Transfers[0].Note != "" }},
		{says: "we answer only legally binding requests from authorities and challenge overbroad ones", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Note != ""
		}},
		{says: "if the company is sold, we tell users", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer).Notice }},
		{says: "we may publish aggregated statistics that identify no one", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "when you delete your account, data is erased within 30 days, and from backups within 30 more", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(60)
		}},
		{says: "accounts inactive for three years are deleted", typed: func(p *policy.Policy) bool { return p.Deletion[1].From == policy.EventLastActivity }},
		{says: "our website sets marketing cookies only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "marketing").Consent == policy.CookieConsentOptIn }},
		{says: "you may access, correct, erase, restrict and port your data, object and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know what we collect and are not discriminated against for using their rights", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "we do not sell or share personal information and use sensitive personal information only to provide the app", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "an authorised agent may make a request for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "residents of Washington, Nevada and Connecticut have a separate consumer health data notice", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "we make no decisions with legal effect by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "data is encrypted in transit and at rest, and health data is kept apart from identifiers", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasurePseudonymisation) && hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "our security is certified to ISO 27001 and our privacy practices are reviewed independently", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureAudits)
		}},
		{says: "the app is not for children under 13, and users under 16 need a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 13 && p.Children.ConsentAge == 16
		}},
		{says: "the app gives general information and is not a medical device or a substitute for a doctor", free: toIntroduction},
		{says: "the app's cycle predictions must not be relied on as contraception", free: toPurpose("tracking")},
		{says: "we tell you of material changes by email or in the app", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}

// geneticTesting paraphrases, in our own words and as we recall it, the
// privacy statement of the 23andMe genetic testing service, as published
// in 2024: a US company that analyses saliva samples in a contracted
// laboratory, asks separate consent for research and for storing the
// sample, and keeps genetic data apart from the data that identifies the
// customer. It declares the CCPA, the GDPR and the UK GDPR.
func geneticTesting() realPolicy {
	account := &policy.Category{ID: "registration", Name: "Registration data", Items: []string{"name", "email address", "date of birth", "sex", "shipping and billing address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProtectedTraits}}
	sample := &policy.Category{ID: "sample", Name: "Saliva sample", Items: []string{"saliva sample and the DNA extracted from it"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved), CCPA: []policy.CCPACategory{policy.CCPABiometricInfo, policy.CCPASensitivePersonalInfo}}
	genetic := &policy.Category{ID: "genetic", Name: "Genetic information", Items: []string{"genotype data", "ancestry and health reports"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{sample}, Linked: true,
		Retention:   policy.WhileAccountActive(policy.Period{}),
		CCPA:        []policy.CCPACategory{policy.CCPASensitivePersonalInfo, policy.CCPABiometricInfo},
		Commitments: []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}}
	selfReported := &policy.Category{ID: "self_reported", Name: "Self-reported information", Items: []string{"answers to surveys on health, traits and family history", "ethnicity"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	relatives := &policy.Category{ID: "relatives", Name: "DNA Relatives profile", Items: []string{"display name", "shared DNA with matches", "ancestry composition", "profile photo"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceDerived}, DerivedFrom: []*policy.Category{genetic}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	lab := &policy.Category{ID: "lab", Name: "Laboratory records", Items: []string{"genotype data", "date of birth", "sex", "sample barcode"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{sample},
		Retention: policy.AsRequiredBy("the Clinical Laboratory Improvement Amendments (CLIA) and state laboratory law"), CCPA: []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	web := &policy.Category{ID: "web", Name: "Web behaviour information", Items: []string{"IP address", "browser and device", "pages viewed", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to run, secure and improve the service"), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}

	labs := &policy.Recipient{ID: "lab", Name: "our contracted CLIA-certified laboratory", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{sample, lab}, Purpose: "to extract and genotype DNA from your sample, which reaches it with a barcode and no name"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers such as hosting, payment and shipping", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, genetic, selfReported, web}}
	matches := &policy.Recipient{ID: "matches", Name: "genetic relatives who also take part in DNA Relatives", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{relatives}, Purpose: "to find and contact relatives through the service"}
	researchers := &policy.Recipient{ID: "research", Name: "research collaborators", Role: policy.RoleThirdParty, Conditional: true,
		Categories: []*policy.Category{genetic, selfReported}, Purpose: "you have consented to research; they receive de-identified or summary data, and individual-level data only with a further consent"}
	ads := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{web}, Purpose: "to measure our advertising, without genetic or self-reported data"}

	testing := &policy.Purpose{ID: "testing", Name: "Analysing your sample and giving you your reports", Categories: []*policy.Category{account, sample, genetic, lab},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Withdraw:   "by deleting your account; data the laboratory must keep is not affected",
		Recipients: []*policy.Recipient{labs, providers},
		Required:   "without a sample and your date of birth and sex the laboratory cannot process your test"}
	research := &policy.Purpose{ID: "research", Name: "Research under an ethics-board approved protocol", Categories: []*policy.Category{genetic, selfReported},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Withdraw:   "by changing your research consent in the account settings; data already used in studies cannot be withdrawn from them",
		Recipients: []*policy.Recipient{researchers}, OptOut: true, EthicsApproval: true,
		Required: "taking part in research is voluntary; you receive your reports either way"}
	biobank := &policy.Purpose{ID: "biobank", Name: "Storing your sample for future analysis", Categories: []*policy.Category{sample},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Withdraw: "in the account settings, after which the sample is destroyed", OptOut: true,
		Retention: policy.Keep(policy.Years(10), policy.EventCollection)}
	relativesPurpose := &policy.Purpose{ID: "relatives", Name: "Finding genetic relatives (DNA Relatives)", Categories: []*policy.Category{relatives},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodCheckbox, Withdraw: "in the DNA Relatives settings", OptOut: true,
		Recipients: []*policy.Recipient{matches}}
	improve := &policy.Purpose{ID: "improve", Name: "Running, securing and improving the service", Categories: []*policy.Category{account, web},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the service secure and learning how it is used", Recipients: []*policy.Recipient{providers}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing and measuring advertising", Categories: []*policy.Category{account, web},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings or with the unsubscribe link in every email", Recipients: []*policy.Recipient{ads}, OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting the laboratory's legal obligations", Categories: []*policy.Category{lab},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Clinical Laboratory Improvement Amendments, 42 C.F.R. Part 493", Region: regionUS}},
		Required:    "the laboratory must keep test records"}
	transfer := func(origin language.Region, s policy.Safeguard) policy.Transfer {
		return policy.Transfer{Origin: origin, Destination: regionUS, Categories: []*policy.Category{account, sample, genetic, selfReported, relatives, lab, web}, Safeguard: s}
	}

	p := &policy.Policy{
		Controller:      policy.Controller{Contact: policy.Contact{Name: "23andMe, Inc.", Email: "privacy@23andme.example", Address: "South San Francisco, California, USA"}, Country: regionUS},
		Representatives: []policy.Representative{{Region: regionEU, Contact: policy.Contact{Name: "23andMe's EU representative", Email: "eurep@23andme.example"}}, {Region: regionGB, Contact: policy.Contact{Name: "23andMe's UK representative", Email: "ukrep@23andme.example"}}},
		Version:         "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:         []policy.Law{policy.CCPA, policy.GDPR, policy.UKGDPR},
		OtherNotices: []policy.Notice{{Covers: "consumer health data of residents of Washington and Nevada", URL: "https://23andme.example/consumer-health-data"}},
		Commitments:  []policy.Commitment{policy.CommitmentNoSale},
		Categories:   []*policy.Category{account, sample, genetic, selfReported, relatives, lab, web},
		Purposes:     []*policy.Purpose{testing, research, biobank, relativesPurpose, improve, marketing, legal},
		Recipients:   []*policy.Recipient{labs, providers, matches, researchers, ads},
		Transfers:    []policy.Transfer{transfer(regionEU, policy.SafeguardDataPrivacyFramework), transfer(regionGB, policy.SafeguardDataPrivacyFramework)},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://23andme.example/transparency-report",
				Note: "We resist requests for genetic data from law enforcement and give it only when legally compelled."},
			{Kind: policy.DisclosureBusinessTransfer, SamePromises: true},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, genetic, selfReported, relatives, sample}, Stages: []policy.Stage{
				{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "The laboratory keeps the records CLIA requires, and data already used in research stays in those studies."},
		},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "necessary cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{web}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: ads, Purpose: marketing, Categories: []*policy.Category{web},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in the account settings or by writing to privacy@23andme.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightOptOutOfSale}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(30),
			Agents: policy.AnswerYes},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SensitiveUse: policy.AnswerNo, OptOutURL: "https://23andme.example/do-not-share", SoldCategories: []policy.CCPACategory{policy.CCPAInternetActivity},
			RequestMethods: []string{"account settings", "email"}, OnlineOnly: true},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes, DoNotTrack: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasurePseudonymisation, Description: "Genetic data is stored apart from names and contact details, and samples reach the laboratory with a barcode only."},
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureAudits}, {Kind: policy.MeasureBreachNotification},
		},
		Links:    policy.Links{Security: "https://23andme.example/security"},
		Children: policy.Children{MinimumAge: 18},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@23andme.example"},
	}
	return realPolicy{"genetic testing service (23andMe)", p, []statement{
		{says: "23andMe, Inc. in California is responsible for your data", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS }},
		{says: "we have representatives in the EU and the UK", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "we collect registration data: name, email, date of birth, sex and addresses", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("registration").Items, "sex")
		}},
		{says: "you send us a saliva sample, from which DNA is extracted", typed: func(p *policy.Policy) bool { return p.Category("sample") != nil }},
		{says: "we derive your genetic information from the sample", typed: func(p *policy.Policy) bool {
			return p.Category("genetic").DerivedFrom[0] == p.Category("sample")
		}},
		{says: "you may answer surveys about your health, traits and family history", typed: func(p *policy.Policy) bool {
			return p.Category("self_reported").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "we collect web behaviour data through cookies", typed: func(p *policy.Policy) bool { return p.Category("web").Sources[0] == policy.SourceAutomatic }},
		{says: "we process genetic data to give you your reports, with your explicit consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("testing").HasBasis(policy.BasisExplicitConsent)
		}},
		{says: "the laboratory needs your date of birth and sex to process the sample", typed: func(p *policy.Policy) bool { return p.Purpose("testing").Required != "" }},
		{says: "your sample is analysed by a contracted CLIA-certified laboratory that receives it with a barcode and no name", typed: func(p *policy.Policy) bool {
			return recipient(p, "lab").Role == policy.RoleProcessor && hasMeasure(p, policy.MeasurePseudonymisation)
		}},
		{says: "the laboratory keeps genetic data, date of birth and sex as CLIA requires", typed: func(p *policy.Policy) bool {
			return p.Category("lab").Retention.Law != "" && p.Purpose("legal").Obligations[0].Region == regionUS
		}},
		{says: "unless you consent to storage, the sample is destroyed after analysis", typed: func(p *policy.Policy) bool {
			return p.Category("sample").Retention == policy.Until(policy.EventPurposeAchieved)
		}},
		{says: "with your consent, we store your sample for up to ten years for further analysis and research, and destroy it if you withdraw", typed: func(p *policy.Policy) bool {
			b := p.Purpose("biobank")
			return b.RestsOnConsent() && b.Retention.Period == policy.Years(10)
		}},
		{says: "you choose whether to take part in research, under a consent document reviewed by an ethics board", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "research collaborators receive de-identified or summary data, and individual-level data only with separate consent", typed: func(p *policy.Policy) bool {
			return recipient(p, "research").Conditional
		}},
		{says: "withdrawing from research stops future use, but not studies already under way or published", typed: func(p *policy.Policy) bool {
			return p.Purpose("research").Withdraw != ""
		}},
		{says: "an independent ethics board reviews and oversees the research programme", typed: func(p *policy.Policy) bool { return p.Purpose("research").EthicsApproval }},
		{says: "if you join DNA Relatives, relatives who also joined see your profile and shared DNA", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("relatives").VisibleTo, policy.AudienceOtherUsers) && p.Purpose("relatives").RestsOnConsent()
		}},
		{says: "genetic results may reveal unexpected facts about you and your relatives", free: toIntroduction},
		{says: "we never share genetic data with employers, insurers or public databases without your explicit consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("genetic").Commitments, policy.CommitmentNoDisclosureWithoutConsent)
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "we share web behaviour data with advertising partners, and you may opt out", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfSale)
		}},
		{says: "we honour the Global Privacy Control signal as an opt-out, but do not respond to Do Not Track", typed: func(p *policy.Policy) bool {
			return p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Signals.DoNotTrack == policy.AnswerNo
		}},
		{says: "we run, secure and improve the service on our legitimate interests", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "marketing emails and advertising cookies rest on your consent", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").RestsOnConsent() }},
		{says: "service providers for hosting, payment and shipping process data for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "data is processed in the US; transfers from the EU and the UK rest on the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we give law enforcement genetic data only when legally compelled, tell the customer, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "a buyer of the business must keep these promises", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer).SamePromises }},
		{says: "you may delete your account, which deletes your data within 30 days, except what the laboratory and research keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Category("lab").Retention.Law != ""
		}},
		{says: "we set advertising cookies only with consent", typed: func(p *policy.Policy) bool { return cookie(p, "advertising").Consent == policy.CookieConsentOptIn }},
		{says: "you may access, download, correct and delete your data, and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "we use sensitive personal information only for the purposes California law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "an authorised agent may make a request for you", typed: func(p *policy.Policy) bool { return p.Requests.Agents == policy.AnswerYes }},
		{says: "residents of Washington and Nevada have a separate consumer health data notice", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "no decision is made about you by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "genetic data is stored apart from identifying data, encrypted, and audited", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureAudits) }},
		{says: "we tell you of a breach of your data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureBreachNotification) }},
		{says: "you must be 18 to use the service", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18
		}},
		{says: "a sample must be your own or given by someone for whom you have legal authority", free: toPurpose("testing")},
		{says: "we ask your consent before any material change to how genetic data is used, and tell you of other changes by email", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && p.Changes.Notify[0] == policy.ChannelEmail
		}},
		{says: "questions go to the privacy address", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
