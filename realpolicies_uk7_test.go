package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// The UK acts the uk7 paraphrases cite, each as the law of the United
// Kingdom.
var (
	uk7CRCA      = policy.Obligation{Act: "the Commissioners for Revenue and Customs Act 2005, s. 5 and 9", Region: regionGB}
	uk7TMA       = policy.Obligation{Act: "the Taxes Management Act 1970 and the Income Tax (Pay As You Earn) Regulations 2003", Region: regionGB}
	uk7NIC       = policy.Obligation{Act: "the Social Security Contributions and Benefits Act 1992 and the Social Security Administration Act 1992", Region: regionGB}
	uk7Benefits  = policy.Obligation{Act: "the Social Security Contributions and Benefits Act 1992, Part 9, and the Childcare Payments Act 2014", Region: regionGB}
	uk7Customs   = policy.Obligation{Act: "the Customs and Excise Management Act 1979 and the Taxation (Cross-border Trade) Act 2018", Region: regionGB}
	uk7Penalties = policy.Obligation{Act: "the Finance Act 2009, Sch. 55 and 56", Region: regionGB}
	uk7Gateways  = policy.Obligation{Act: "the Commissioners for Revenue and Customs Act 2005, s. 18(2), and the Digital Economy Act 2017, Part 5", Region: regionGB}
	uk7Exchange  = policy.Obligation{Act: "the Taxation (International and Other Provisions) Act 2010, s. 173, and the International Tax Compliance Regulations 2015", Region: regionGB}
	uk7Stats     = policy.Obligation{Act: "the Statistics and Registration Service Act 2007, s. 45A, and the Digital Economy Act 2017, s. 64", Region: regionGB}
	uk7Equality  = policy.Obligation{Act: "the Equality Act 2010, s. 20 and 149", Region: regionGB}
	uk7MID       = policy.Obligation{Act: "the Road Traffic Act 1988, Part 6, and the Motor Vehicles (Compulsory Insurance) (Information Centre and Compensation Body) Regulations 2003", Region: regionGB}
	uk7TVDealers = policy.Obligation{Act: "the Wireless Telegraphy Act 1967, Part 1 (notification of dealings in television sets)", Region: regionGB}
	uk7WEEE      = policy.Obligation{Act: "the Waste Electrical and Electronic Equipment Regulations 2013 (the take-back duties of distributors)", Region: regionGB}
)

// realPolicyUk7HMRC paraphrases, in our own words and as we recall it,
// the privacy notice of HM Revenue and Customs (HMRC), as published on
// GOV.UK in 2024-2025, read with its personal information charter: the
// non-ministerial department assesses and collects taxes, duties and
// National Insurance contributions, keeps National Insurance records,
// pays Child Benefit and runs Tax-Free Childcare, runs customs and
// excise, and tackles error, avoidance, evasion and fraud. Almost all of
// it rests on HMRC's public tasks under the Commissioners for Revenue
// and Customs Act 2005, which also forbids HMRC to disclose what it holds
// except through the gateways the law opens (s. 18) and makes a wrongful
// disclosure of a person's data a crime (s. 19). It receives data from
// employers, pension providers, banks, online platforms and other tax
// authorities, shares it with other departments, the ONS and other
// countries' tax authorities, charges penalties for late returns
// automatically, recognises callers by Voice ID only with their explicit
// consent, and points to its own notice for its law enforcement
// processing under Part 3 of the Data Protection Act 2018. It declares
// the UK GDPR and the Data Protection Act 2018, in a version that
// predates the Data (Use and Access) Act 2025's changes.
func realPolicyUk7HMRC() realPolicy {
	gb := regionGB
	const stratford = "14 Westfield Avenue, Stratford, London E20 1HZ"
	identity := &policy.Category{ID: "identity", Name: "Who you are",
		Items: []string{"name, address and date of birth", "National Insurance number", "Unique Taxpayer Reference", "phone number and email address",
			"the details of anyone you authorise to deal with us for you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "employers, pension providers and the Department for Work and Pensions",
		Retention:    policy.ByCriteria("as long as you have a tax, National Insurance or benefit record with us, as our records management and retention and disposal policy sets")}
	income := &policy.Category{ID: "income", Name: "Your income, gains, tax and payments",
		Items: []string{"pay and tax your employer reports each payday, and your pensions and taxable benefits", "your Self Assessment and other returns",
			"interest on savings and income from property, shares and selling goods and services online", "your tax code, the tax you pay and your refunds", "debts you owe us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "employers and pension providers through PAYE Real Time Information, banks and building societies, the Department for Work and Pensions, online platforms that report the income of their sellers, and other countries' tax authorities",
		Retention:    policy.ByCriteria("as our published records management and retention and disposal policy sets for each kind of record, counted from the end of the tax year it concerns, and longer while an enquiry, an appeal, a debt or an investigation is open")}
	nirecord := &policy.Category{ID: "nirecord", Name: "Your National Insurance record",
		Items:       []string{"the contributions you pay or are credited with each year", "gaps in your record and voluntary contributions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "employers and the Department for Work and Pensions",
		Retention:    policy.ByCriteria("for your lifetime and after it, since the record decides your State Pension and what a widow, widower or surviving civil partner may inherit")}
	family := &policy.Category{ID: "family", Name: "Your family, for Child Benefit and Tax-Free Childcare",
		Items: []string{"your children's names, dates of birth and birth registration details", "your partner's name, National Insurance number and income",
			"your childcare provider", "the bank account we pay into"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("while you claim, and then as our retention and disposal policy sets for benefit records")}
	trade := &policy.Category{ID: "trade", Name: "Trade, customs and excise",
		Items:       []string{"your EORI number", "import and export declarations", "VAT and excise registrations of sole traders, partners and company officers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "customs agents and freight forwarders who declare goods for you, Border Force and other countries' customs authorities",
		Retention:    policy.ByCriteria("as our retention and disposal policy sets for customs and excise records")}
	risk := &policy.Category{ID: "risk", Name: "Compliance and risk information",
		Items: []string{"our assessments of the risk that a return is wrong", "what we find when we check a return or open an enquiry",
			"what is publicly available about you, such as on the internet and social media", "penalties, reviews and appeals"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived, policy.SourcePublic}, Linked: true,
		DerivedFrom: []*policy.Category{identity, income, trade}, SourceDetail: "the internet and social media, the Land Registry and Companies House",
		Retention: policy.ByCriteria("as long as the case it concerns is open, and then as our retention and disposal policy sets")}
	offences := &policy.Category{ID: "offences", Name: "Suspected offences", Criminal: true,
		Items:       []string{"suspected tax and benefit fraud and evasion", "reports from members of the public", "prosecutions and convictions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceDerived}, Linked: true,
		SourceDetail: "members of the public who report fraud to us, the police and other law enforcement bodies", DerivedFrom: []*policy.Category{risk},
		Retention: policy.ByCriteria("as long as the case and any proceedings last, and then as our retention and disposal policy sets")}
	health := &policy.Category{ID: "health", Name: "Your health and circumstances",
		Items:       []string{"health conditions and disabilities you tell us about when you need extra support", "that you are registered blind, for Blind Person's Allowance"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as you need the support, or the allowance is due")}
	voice := &policy.Category{ID: "voice", Name: "Your Voice ID", Biometric: true,
		Items:       []string{"a voiceprint made from a phrase you say on our phone lines"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Until(policy.EventConsentWithdrawal)}
	contact := &policy.Category{ID: "contact", Name: "Your calls, letters, webchats and complaints",
		Items:       []string{"recordings of calls to our helplines", "letters, forms, webchats and secure messages", "complaints and what we did about them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as we need them to deal with the matter, and then as our retention and disposal policy sets")}
	online := &policy.Category{ID: "online", Name: "Your use of our online services and app",
		Items:       []string{"your Government Gateway or GOV.UK One Login user ID", "IP address, device and browser", "the pages you visit and what you do in your account"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to keep our online services secure and working, and analytics data as long as its cookies last")}

	suppliers := &policy.Recipient{ID: "suppliers", Name: "our suppliers for IT, printing and posting, contact centres and customer research", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{identity, income, family, contact, online}, Purpose: "to run services for us, on our instructions and under contracts that bind them to our security standards"}
	employers := &policy.Recipient{ID: "employers", Name: "your employer or pension provider", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, income}, Purpose: "to tell them the tax code to use for you, so that they deduct the right tax from what they pay you"}
	agents := &policy.Recipient{ID: "agents", Name: "accountants, tax agents and others you authorise to deal with us for you", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, income}, Conditional: true, Purpose: "you authorise them to act for you"}
	dcas := &policy.Recipient{ID: "dcas", Name: "debt collection agencies acting for us", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{identity, income}, Conditional: true, Purpose: "you do not pay what you owe us, nor agree with us how to pay it"}
	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{identity, income}, Purpose: "to check your identity when you sign up to our online services, and to trace people who owe us money and see what they can pay"}
	departments := &policy.Recipient{ID: "departments", Name: "other government departments and public bodies, such as the Department for Work and Pensions, the Home Office, the Student Loans Company and local authorities",
		Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{identity, income, family, nirecord},
		Purpose: "for their own functions where a law allows us to share, such as paying benefits, checking immigration status and collecting student loan repayments"}
	ons := &policy.Recipient{ID: "ons", Name: "the Office for National Statistics", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{identity, income}, Purpose: "to produce official statistics"}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement bodies", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{identity, income, offences}, Purpose: "they ask for data to prevent or detect a crime, and a law allows us to give it"}
	courts := &policy.Recipient{ID: "courts", Name: "the courts and tribunals", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{identity, income, risk, offences}, Purpose: "you appeal to the tax tribunal, or we go to court to collect a debt or to prosecute"}
	overseas := &policy.Recipient{ID: "overseas", Name: "the tax authorities of other countries", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, income, trade},
		Purpose:    "to exchange tax information under the UK's double taxation and tax information exchange agreements, the Common Reporting Standard and the UK's agreement with the United States on FATCA"}

	tax := &policy.Purpose{ID: "tax", Name: "Assessing and collecting taxes, duties and National Insurance contributions, and paying refunds",
		Categories: []*policy.Category{identity, income, nirecord, online}, Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{uk7CRCA, uk7TMA}, Recipients: []*policy.Recipient{suppliers, employers, agents},
		Required: "the law requires you to tell us about income that is taxable and to send the returns we ask for; if you do not, we may charge penalties and work out what you owe from what we know"}
	nic := &policy.Purpose{ID: "nic", Name: "Keeping your National Insurance record, which decides your State Pension and some benefits",
		Categories: []*policy.Category{identity, nirecord}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7NIC},
		Recipients: []*policy.Recipient{departments}}
	benefits := &policy.Purpose{ID: "benefits", Name: "Paying Child Benefit and running Tax-Free Childcare",
		Categories: []*policy.Category{identity, family, income}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7Benefits},
		Recipients: []*policy.Recipient{departments, suppliers},
		Required:   "you must give the details the claim asks for; without them we cannot pay you"}
	customs := &policy.Purpose{ID: "customs", Name: "Running customs, excise and VAT: checking goods that cross the border and registering traders",
		Categories: []*policy.Category{identity, trade}, Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk7Customs},
		Recipients: []*policy.Recipient{departments, overseas},
		Required:   "the law requires a declaration for goods that cross the border and a registration for the trades that need one; goods not declared may be seized"}
	penalties := &policy.Purpose{ID: "penalties", Name: "Charging penalties for returns and payments that are late",
		Categories: []*policy.Category{identity, income}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7Penalties},
		Automated:  "our systems charge a penalty automatically when a return or a payment reaches us late, from the dates alone",
		Recipients: []*policy.Recipient{courts}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Checking that the right tax is paid, and finding and tackling error, avoidance, evasion and fraud",
		Categories: []*policy.Category{identity, income, trade, risk, offences}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7CRCA},
		Criminal: policy.CriminalAuthority{Official: true, Condition: policy.DPAConditionStatutory}, Profiling: true, HumanDecision: true,
		Recipients: []*policy.Recipient{police, courts, overseas}}
	debt := &policy.Purpose{ID: "debt", Name: "Collecting debts owed to us",
		Categories: []*policy.Category{identity, income}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7CRCA, uk7TMA},
		Recipients: []*policy.Recipient{dcas, cras, courts}}
	support := &policy.Purpose{ID: "support", Name: "Giving extra support to customers who need it, and Blind Person's Allowance",
		Categories: []*policy.Category{health, identity, contact}, Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisSubstantialPublicInterest},
		Obligations: []policy.Obligation{uk7CRCA, uk7Equality}, SpecialCondition: policy.DPAConditionStatutory}
	voiceID := &policy.Purpose{ID: "voiceid", Name: "Recognising you by your voice when you call us (Voice ID)",
		Categories: []*policy.Category{voice}, Bases: []policy.Basis{policy.BasisPublicTask, policy.BasisExplicitConsent}, Obligations: []policy.Obligation{uk7CRCA},
		Withdraw: "by asking us on the phone to delete your voiceprint",
		Required: "Voice ID is up to you; without it you pass our security checks by answering questions instead"}
	service := &policy.Purpose{ID: "service", Name: "Answering your calls, letters and webchats, and handling complaints",
		Categories: []*policy.Category{contact, identity, income}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7CRCA},
		Recipients: []*policy.Recipient{suppliers}}
	sharing := &policy.Purpose{ID: "sharing", Name: "Sharing data with other public bodies where a law allows",
		Categories: []*policy.Category{identity, income, family, nirecord}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7Gateways},
		Recipients: []*policy.Recipient{departments}}
	exchange := &policy.Purpose{ID: "exchange", Name: "Exchanging information with other countries' tax authorities",
		Categories: []*policy.Category{identity, income, trade}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk7Exchange},
		Recipients: []*policy.Recipient{overseas}}
	statistics := &policy.Purpose{ID: "statistics", Name: "Producing statistics and research, ourselves and with the Office for National Statistics",
		Categories: []*policy.Category{income, identity}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7Stats},
		Recipients: []*policy.Recipient{ons}}
	signIn := &policy.Purpose{ID: "signin", Name: "Checking your identity when you sign up to our online services, and keeping them secure",
		Categories: []*policy.Category{identity, online}, Bases: []policy.Basis{policy.BasisPublicTask}, Obligations: []policy.Obligation{uk7CRCA},
		Recipients: []*policy.Recipient{cras},
		Required:   "you answer questions about yourself, some checked against credit reference data, or show identity documents; without them we cannot give you online access, but you can still deal with us by phone or post"}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our online services are used, to improve them",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings of our online services", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}}

	p := &policy.Policy{
		Title: "HMRC privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "HM Revenue and Customs", Address: "100 Parliament Street, London SW1A 2BQ"}, Country: gb,
			Registration: "the Commissioners for His Majesty's Revenue and Customs, a non-ministerial department established by the Commissioners for Revenue and Customs Act 2005"},
		DPO:     &policy.Contact{Name: "HMRC Data Protection Officer", Email: "advice.dpa@hmrc.example", Address: stratford},
		Version: "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"our services for the taxes, duties and payments we run, online, by phone and by post", "our online services and the HMRC app"},
		OtherNotices: []policy.Notice{
			{Covers: "our criminal investigations and prosecutions, which are law enforcement processing under Part 3 of the Data Protection Act 2018", URL: "https://www.gov.example/hmrc/law-enforcement-privacy-notice"},
			{Covers: "the Valuation Office Agency, our executive agency", URL: "https://www.gov.example/voa/privacy-notice"},
			{Covers: "our staff and job applicants"}},
		Categories: []*policy.Category{identity, income, nirecord, family, trade, risk, offences, health, voice, contact, online},
		Purposes:   []*policy.Purpose{tax, nic, benefits, customs, penalties, compliance, debt, support, voiceID, service, sharing, exchange, statistics, signIn, analytics},
		Recipients: []*policy.Recipient{suppliers, employers, agents, dcas, cras, departments, ons, police, courts, overseas},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionEU, Recipient: overseas, Categories: []*policy.Category{identity, income, trade}, Safeguard: policy.SafeguardAdequacy},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureAggregate,
			Note: "We publish statistics that identify no one, and let approved researchers use de-identified data in the HMRC Datalab."}},
		Cookies: []policy.Cookie{
			{ID: "essential", Name: "essential cookies", Party: policy.PartyFirst, Purpose: signIn, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "Google Analytics cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "with our online form for a subject access request, or by writing to us"},
			{Kind: policy.RightRectification},
			{Kind: policy.RightErasure},
			{Kind: policy.RightRestriction},
			{Kind: policy.RightPortability},
			{Kind: policy.RightObjection},
			{Kind: policy.RightWithdrawConsent},
			{Kind: policy.RightComplaint},
			{Kind: policy.RightNoAutomatedDecision, How: "by appealing the penalty to us, when an officer who was not involved reviews it, and then to the tax tribunal"},
			{Kind: policy.RightControllerComplaint, How: "by writing to our Data Protection Officer"},
		},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDataPoints, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Redress: []policy.Redress{
			{Kind: policy.RedressDisputeResolution, Region: gb, Contact: policy.Contact{Name: "the Adjudicator's Office", Website: "https://www.gov.example/adjudicators-office"}},
			{Kind: policy.RedressDisputeResolution, Region: gb, Contact: policy.Contact{Name: "the Parliamentary and Health Service Ombudsman, through your MP", Website: "https://www.ombudsman.example"}},
		},
		Security: []policy.Measure{
			{Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureInternalRules, Description: "We follow the government's Security Policy Framework, and our suppliers must meet it too."},
		},
		Links:   policy.Links{RequestForm: "https://www.gov.example/hmrc/subject-access-request", CookieSettings: "https://www.tax.service.gov.example/cookie-settings"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "advice.dpa@hmrc.example", Address: stratford},
	}
	return realPolicy{"tax and customs authority (HMRC)", p, []statement{
		{says: "HM Revenue and Customs, a non-ministerial department with its head office in Parliament Street, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "HM Revenue and Customs" && strings.Contains(p.Controller.Registration, "non-ministerial") && strings.Contains(p.Controller.Address, "Parliament Street")
		}},
		{says: "our Data Protection Officer can be written to at Stratford or by email", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && strings.Contains(p.DPO.Address, "Stratford")
		}},
		{says: "we process personal data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers the taxes, payments and services we run, online, by phone and by post", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "by post")
		}},
		{says: "criminal investigations are law enforcement processing under Part 3 of the Data Protection Act 2018, which has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Part 3") && p.OtherNotices[0].URL != ""
		}},
		{says: "the Valuation Office Agency, our executive agency, has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Valuation Office Agency") && p.OtherNotices[1].URL != ""
		}},
		{says: "we hold your name, address, date of birth, National Insurance number, Unique Taxpayer Reference and contact details", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return slices.Contains(c.Items, "National Insurance number") && slices.Contains(c.Items, "Unique Taxpayer Reference")
		}},
		{says: "employers, pension providers, banks, the DWP, online platforms and other countries' tax authorities tell us about your income", typed: func(p *policy.Policy) bool {
			c := p.Category("income")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "online platforms") && strings.Contains(c.SourceDetail, "tax authorities")
		}},
		{says: "we also use what is publicly available about you, such as on the internet and social media", typed: func(p *policy.Policy) bool {
			c := p.Category("risk")
			return slices.Contains(c.Sources, policy.SourcePublic) && strings.Contains(c.SourceDetail, "social media")
		}},
		{says: "most of what we do is a task in the public interest that the Commissioners for Revenue and Customs Act 2005 gives us", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("tax")
			return pu.RestsOn(policy.BasisPublicTask, policy.UKGDPR) && slices.Contains(pu.Obligations, uk7CRCA)
		}},
		{says: "the law requires you to tell us about taxable income and send the returns we ask for; otherwise we may charge penalties and work out your tax ourselves", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("tax")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(pu.Required, "penalties")
		}},
		{says: "we tell your employer or pension provider your tax code so that they deduct the right tax", typed: func(p *policy.Policy) bool {
			r := recipient(p, "employers")
			return strings.Contains(r.Purpose, "tax code") && slices.Contains(p.Purpose("tax").Recipients, r)
		}},
		{says: "we keep your National Insurance record, which decides your State Pension, for your lifetime and after it", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("nirecord").Retention.Criteria, "lifetime") && p.Purpose("nic").RestsOn(policy.BasisPublicTask, policy.UKGDPR)
		}},
		{says: "we pay Child Benefit and run Tax-Free Childcare with the details of your children and partner that you give us", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("family").Sources, policy.SourceOtherUsers) && slices.Contains(p.Purpose("benefits").Obligations, uk7Benefits)
		}},
		{says: "without the details a claim asks for, we cannot pay you", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("benefits").Required, "cannot pay") }},
		{says: "we run customs and excise, and customs agents who declare goods for you give us your details", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("trade").SourceDetail, "customs agents") && slices.Contains(p.Purpose("customs").Obligations, uk7Customs)
		}},
		{says: "we check returns and tackle error, avoidance, evasion and fraud, assessing the risk each case poses", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("compliance")
			return pu.Profiling && pu.Uses(p.Category("risk")) && slices.Equal(p.Category("risk").DerivedFrom, []*policy.Category{p.Category("identity"), p.Category("income"), p.Category("trade")})
		}},
		{says: "our risk assessments pick cases to look at, but an officer decides whether to open an enquiry", typed: func(p *policy.Policy) bool {
			return p.Purpose("compliance").HumanDecision && p.Purpose("compliance").Automated == ""
		}},
		{says: "our systems charge a penalty automatically when a return or payment is late", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("penalties")
			return strings.Contains(pu.Automated, "automatically") && slices.Contains(pu.Obligations, uk7Penalties)
		}},
		{says: "you can appeal a penalty, have an officer who was not involved review it, and then go to the tax tribunal", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightNoAutomatedDecision && strings.Contains(r.How, "tribunal")
			}) && recipient(p, "courts").Conditional
		}},
		{says: "in our civil work we process data about suspected offences as an official authority", typed: func(p *policy.Policy) bool {
			return p.Category("offences").Criminal && p.Purpose("compliance").Criminal.Official && p.Purpose("compliance").Uses(p.Category("offences"))
		}},
		{says: "members of the public report suspected fraud and evasion to us", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("offences").SourceDetail, "members of the public")
		}},
		{says: "we use health data only where we need it, such as to give extra support or Blind Person's Allowance, as a task of substantial public interest", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("support")
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && pu.RestsOn(policy.BasisSubstantialPublicInterest, policy.UKGDPR) &&
				pu.SpecialCondition == policy.DPAConditionStatutory
		}},
		{says: "we make reasonable adjustments for customers with disabilities, as the Equality Act 2010 requires", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("support").Obligations, uk7Equality)
		}},
		{says: "someone who helps you, such as a relative or a charity, may tell us about your circumstances", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceOtherUsers)
		}},
		{says: "Voice ID recognises you by your voice when you call, only with your explicit consent, and we delete your voiceprint when you ask", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("voiceid")
			return p.Category("voice").Biometric && pu.RestsOn(policy.BasisExplicitConsent, policy.UKGDPR) && pu.Withdraw != "" &&
				p.Category("voice").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "if you do not want Voice ID, you answer security questions instead", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("voiceid").Required, "questions")
		}},
		{says: "we record calls to our helplines and tell you so", typed: func(p *policy.Policy) bool {
			return p.Category("contact").RecordingNotice && p.Purpose("service").Uses(p.Category("contact"))
		}},
		{says: "we share data with other public bodies only where a law opens a gateway for it", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("sharing")
			return pu.RestsOn(policy.BasisPublicTask, policy.UKGDPR) && slices.Equal(pu.Obligations, []policy.Obligation{uk7Gateways})
		}},
		{says: "we share data with the DWP, the Home Office, the Student Loans Company and local authorities for their functions", typed: func(p *policy.Policy) bool {
			r := recipient(p, "departments")
			return r.Role == policy.RoleAuthority && strings.Contains(r.Name, "Student Loans Company") && strings.Contains(r.Purpose, "student loan")
		}},
		{says: "we give the Office for National Statistics data to produce official statistics", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("statistics").Recipients, recipient(p, "ons")) && slices.Contains(p.Purpose("statistics").Obligations, uk7Stats)
		}},
		{says: "we publish statistics that identify no one, and approved researchers use de-identified data in the HMRC Datalab", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureAggregate)
			return d != nil && strings.Contains(d.Note, "Datalab")
		}},
		{says: "we give data to the police and other law enforcement bodies where a law allows, to prevent or detect crime", typed: func(p *policy.Policy) bool {
			r := recipient(p, "police")
			return r.Conditional && r.Role == policy.RoleAuthority && slices.Contains(r.Categories, p.Category("offences"))
		}},
		{says: "we exchange information with other countries' tax authorities under tax treaties, the Common Reporting Standard and FATCA", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("exchange")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && strings.Contains(recipient(p, "overseas").Purpose, "FATCA")
		}},
		{says: "data sent to tax authorities in the EU is covered by the UK's adequacy regulations", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionEU && t.Safeguard == policy.SafeguardAdequacy && t.Recipient == recipient(p, "overseas")
		}},
		{says: "suppliers run IT, printing, contact centres and research for us, only on our instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "suppliers").Role == policy.RoleProcessor && strings.Contains(recipient(p, "suppliers").Purpose, "instructions")
		}},
		{says: "debt collection agencies act for us when a debt is not paid", typed: func(p *policy.Policy) bool {
			r := recipient(p, "dcas")
			return r.Role == policy.RoleProcessor && r.Conditional && slices.Contains(p.Purpose("debt").Recipients, r)
		}},
		{says: "we use credit reference agencies to check your identity when you sign up online and to trace people who owe us money", typed: func(p *policy.Policy) bool {
			r := recipient(p, "cras")
			return slices.Contains(p.Purpose("signin").Recipients, r) && slices.Contains(p.Purpose("debt").Recipients, r)
		}},
		{says: "if you cannot prove your identity online you can still deal with us by phone or post", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("signin").Required, "phone or post")
		}},
		{says: "an accountant or someone else you authorise may deal with us for you", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Conditional && slices.Contains(p.Category("identity").Items, "the details of anyone you authorise to deal with us for you")
		}},
		{says: "essential cookies keep our services working; analytics cookies are set only if you agree", typed: func(p *policy.Policy) bool {
			return cookie(p, "essential").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptIn &&
				strings.HasSuffix(p.Purpose("analytics").ConsentRequiredBy[0].Act, "reg. 6")
		}},
		{says: "we keep records as our records management and retention and disposal policy sets, and longer while an enquiry, appeal, debt or investigation is open", typed: func(p *policy.Policy) bool {
			c := p.Category("income").Retention.Criteria
			return strings.Contains(c, "retention and disposal policy") && strings.Contains(c, "enquiry")
		}},
		{says: "you may see and correct your data, restrict its use, object to processing for our public tasks, and withdraw a consent you gave", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightRestriction) && hasRight(p, policy.RightObjection) &&
				hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "you may have data you gave on your consent, such as your Voice ID, sent to you or another organisation in a portable form", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && p.Purpose("voiceid").RestsOnConsent()
		}},
		{says: "to see your data, make a subject access request with our online form or by post", typed: func(p *policy.Policy) bool {
			return p.Links.RequestForm != "" && slices.ContainsFunc(p.Rights, func(r policy.Right) bool { return r.Kind == policy.RightAccess && strings.Contains(r.How, "form") })
		}},
		{says: "we answer within a month, or within three for complex requests, once we have checked who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && p.Requests.Extension == policy.Months(2) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "if you are unhappy with how we used your data, tell our Data Protection Officer; you can also complain to the ICO", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightControllerComplaint) && hasRight(p, policy.RightComplaint)
		}},
		{says: "you can take a complaint about how we treated you to the Adjudicator's Office, and then through your MP to the Parliamentary and Health Service Ombudsman", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 2 && strings.Contains(p.Redress[0].Contact.Name, "Adjudicator") && strings.Contains(p.Redress[1].Contact.Name, "MP")
		}},
		{says: "we protect data as the government's Security Policy Framework requires, and train our staff", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureStaffTraining) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Kind == policy.MeasureInternalRules && strings.Contains(m.Description, "Security Policy Framework")
			})
		}},
		{says: "we update this notice from time to time and the version on GOV.UK applies", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the law forbids us to disclose what we hold about you except where it allows, and an officer who wrongly discloses your data commits a crime", free: toIntroduction},
		{says: "data sent to tax authorities outside the EU goes under the treaty or agreement that provides for the exchange, which binds the receiving authority to keep it secret and use it only for tax", free: toRecipientPurpose("overseas")},
		{says: "we may use your data to prevent or detect crime even where we did not collect it for that", free: toPurpose("compliance")},
		{says: "we erase data only where we no longer need it for our public tasks and no law requires us to keep it", free: toIntroduction},
		{says: "we may hold back from an answer to an access request what would harm the prevention or detection of crime or the assessment or collection of tax, as the Data Protection Act 2018 allows", free: toIntroduction},
	}}
}

// realPolicyUk7Aviva paraphrases, in our own words and as we recall it,
// the privacy policy of Aviva for its UK general insurance, as published
// in 2024-2025: Aviva Insurance Limited, of Perth, insures cars, homes,
// travel and other risks, sold directly, on MyAviva and through brokers
// and price comparison websites. It quotes and prices cover with
// automated underwriting from what the customer tells it and what the
// insurance industry's databases hold (the Claims and Underwriting
// Exchange, the Motor Insurance Database, the DVLA's driver records, the
// credit reference agencies), processes health data and criminal
// convictions on the insurance condition of DPA 2018 Schedule 1, records
// car insurance on the Motor Insurance Database as the law requires,
// handles claims by and against the people it insures, shares data with
// reinsurers, fraud prevention agencies and its regulators, supports
// customers in vulnerable circumstances under the FCA's Consumer Duty,
// markets with consent, and sends data to service providers in India
// under the UK's transfer agreement. Life, pensions and health insurance
// have their own Aviva companies and notices. It declares the UK GDPR
// and the Data Protection Act 2018, in a version that predates the Data
// (Use and Access) Act 2025's changes.
func realPolicyUk7Aviva() realPolicy {
	gb := regionGB
	const perth = "Pitheavlis, Perth PH2 0NH"
	contact := &policy.Category{ID: "contact", Name: "Your details",
		Items: []string{"name, address and date of birth", "email address and phone number", "occupation and marital status", "your MyAviva login",
			"your marketing preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the broker or price comparison website you came to us through",
		Retention:    policy.ByCriteria("as long as you have a policy with us, and then as long as a claim could be brought under it and our regulators require")}
	cover := &policy.Category{ID: "cover", Name: "What you ask us to insure",
		Items: []string{"your car: its registration, model, value, modifications and where it is kept overnight", "your home: its construction, security and the value of its contents",
			"your trip: where you are going and when", "your past claims and years of no claims discount"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "brokers and price comparison websites, and vehicle and property databases that give the details of a car or a home from its registration or address",
		Retention:    policy.ByCriteria("as long as you have a policy with us, and then as long as a claim could be brought under it; a quote you do not take up for a limited period, to give the same quote again and to detect fraud")}
	others := &policy.Category{ID: "others", Name: "The other people you insure",
		Items:       []string{"the names, dates of birth and relationship to you of named drivers, joint policyholders and travellers", "their driving history, claims and convictions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as they are insured under your policy, and then as long as a claim could be brought")}
	licence := &policy.Category{ID: "licence", Name: "Driving licence and penalty points", Criminal: true,
		Items:       []string{"driving licence number", "penalty points, endorsements and disqualifications", "the entitlements your licence gives you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "the Driver and Vehicle Licensing Agency, through the insurance industry's access to driving licence records",
		Retention:    policy.ByCriteria("as long as you have a policy with us, and then as long as a claim could be brought")}
	convictions := &policy.Category{ID: "convictions", Name: "Criminal convictions", Criminal: true,
		Items:       []string{"unspent criminal convictions of you and the others you insure", "prosecutions pending against you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as you have a policy with us, and then as long as a claim could be brought")}
	health := &policy.Category{ID: "health", Name: "Health information",
		Items:       []string{"medical conditions you declare for travel insurance", "injuries and treatment in a claim", "medical conditions that affect your driving"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "doctors and medical experts who report on an injury, and the solicitors of people who claim against you",
		Retention:    policy.ByCriteria("as long as the policy or the claim it concerns, and then as long as a claim could be brought; claims for injuries to children can be brought for many years")}
	claims := &policy.Category{ID: "claims", Name: "Claims",
		Items: []string{"what happened, with photos, dashcam footage and reports", "the damage and the cost of repairing it",
			"the names and details of other people involved and of witnesses", "reports from loss adjusters, engineers and repairers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, Linked: true,
		SourceDetail: "other people involved, witnesses, loss adjusters, repairers, other insurers and the police",
		Retention:    policy.ByCriteria("as long as the claim is open, and then as long as a claim or a complaint about it could be brought")}
	industry := &policy.Category{ID: "industry", Name: "Insurance industry, credit and fraud databases",
		Items: []string{"claims you made with any insurer, from the Claims and Underwriting Exchange", "the cars insured in your name, from the Motor Insurance Database",
			"your credit history, county court judgments and the electoral register", "fraud markers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic}, Linked: true,
		SourceDetail: "the Claims and Underwriting Exchange, the Motor Insurance Database, the credit reference agencies, the Insurance Fraud Register and Cifas, and the electoral register",
		Retention:    policy.ByCriteria("as long as we use it to quote or price your cover or handle your claim")}
	risk := &policy.Category{ID: "risk", Name: "How we rate your risk",
		Items:       []string{"the risk scores our underwriting gives you", "the price and the terms we offer you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Linked: true,
		DerivedFrom: []*policy.Category{contact, cover, licence, industry},
		Retention:   policy.ByCriteria("as long as the quote or the policy it was worked out for")}
	payment := &policy.Category{ID: "payment", Name: "Payments",
		Items:       []string{"bank account details for a Direct Debit", "card details", "your premiums, instalments and what we pay on claims"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy("the Companies Act 2006 and the FCA's record-keeping rules")}
	calls := &policy.Category{ID: "calls", Name: "Your calls, messages and complaints",
		Items:       []string{"recordings of calls with us", "emails, webchats and letters", "complaints and what we did about them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as we need them to deal with what you asked, and then as long as a complaint about it could be made")}
	support := &policy.Category{ID: "support", Name: "Circumstances that need extra care",
		Items:       []string{"health conditions, bereavement or money worries you tell us about", "the support you ask for, such as a carer who speaks for you"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as you need the support, or until you ask us to remove it")}
	online := &policy.Category{ID: "online", Name: "How you use our website and MyAviva",
		Items:       []string{"IP address, device and browser", "the pages you visit and the quotes you start", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts, and then for a short period")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and advertising identifiers", "the ads you see and click on other websites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collects it lasts")}

	group := &policy.Recipient{ID: "group", Name: "other Aviva companies", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, cover, claims, payment, calls}, Purpose: "to run systems and services for us, such as IT and customer service"}
	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, contact centres, printing and mailing, some of them in India", Role: policy.RoleProcessor,
		Categories: []*policy.Category{contact, cover, claims, payment, calls}, Purpose: "to run services for us on our instructions"}
	brokers := &policy.Recipient{ID: "brokers", Name: "brokers, price comparison websites and other intermediaries", Role: policy.RoleThirdParty, Country: gb, OwnPolicy: true,
		Categories: []*policy.Category{contact, cover, others, risk}, Purpose: "to arrange and administer the policy you buy through them"}
	claimsTeam := &policy.Recipient{ID: "claims", Name: "loss adjusters, engineers, repairers, solicitors, medical experts and other claims service providers", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{contact, cover, claims, health}, Purpose: "to assess, manage and settle claims for us"}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "reinsurers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, cover, claims, health}, Purpose: "to share the risk of the policies we write, and to assess large claims"}
	cue := &policy.Recipient{ID: "cue", Name: "the Claims and Underwriting Exchange and other insurance industry databases", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, cover, claims}, Purpose: "to record claims, so that insurers can check what they are told and prevent fraud"}
	mib := &policy.Recipient{ID: "mib", Name: "the Motor Insurers' Bureau, which runs the Motor Insurance Database", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, cover, others}, NoticeURL: "https://www.mib.example/privacy",
		Purpose: "to record that your car is insured, so that the police and the DVLA can check it and people injured by an uninsured driver can be compensated"}
	cras := &policy.Recipient{ID: "cras", Name: "credit reference agencies", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact}, Purpose: "to check your identity and credit history when you ask for a quote or pay by instalments",
		NoticeURL: "https://www.experian.example/crain"}
	fpas := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies and databases, such as Cifas, the Insurance Fraud Bureau and the Insurance Fraud Register", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{contact, cover, claims, industry}, Purpose: "to prevent and detect fraud across the insurance industry", Retention: policy.Years(6)}
	regulators := &policy.Recipient{ID: "regulators", Name: "the Financial Conduct Authority, the Prudential Regulation Authority, the Financial Ombudsman Service and the Financial Services Compensation Scheme",
		Role: policy.RoleAuthority, Country: gb, Categories: []*policy.Category{contact, cover, claims, calls},
		Purpose: "to supervise us, to decide complaints you take to the Ombudsman, and to protect you if we cannot pay a claim"}
	police := &policy.Recipient{ID: "police", Name: "the police and other law enforcement bodies", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{contact, claims, convictions}, Purpose: "they ask for data to prevent or detect a crime, or the law requires us to give it"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and apps, and to measure them"}

	quotes := &policy.Purpose{ID: "quotes", Name: "Giving you a quote, and deciding whether to insure you, on what terms and at what price",
		Categories: []*policy.Category{contact, cover, others, licence, convictions, health, industry, risk},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisSubstantialPublicInterest}, SpecialCondition: policy.DPAConditionInsurance,
		Criminal: policy.CriminalAuthority{Condition: policy.DPAConditionInsurance},
		Automated: "our underwriting systems decide whether we can offer you cover, on what terms and at what price, from what you tell us and what the industry databases, " +
			"the DVLA and the credit reference agencies hold about you, your car or your home",
		DecisionAreas: []policy.DecisionArea{policy.DecisionInsurance},
		Recipients:    []*policy.Recipient{brokers, cras, cue, group},
		Required: "you must take reasonable care to answer our questions fully and accurately, as the Consumer Insurance (Disclosure and Representations) Act 2012 requires; " +
			"if you do not, we may refuse a claim, change your cover or cancel your policy"}
	policyP := &policy.Purpose{ID: "policy", Name: "Running your policy: your documents, changes, renewals and payments",
		Categories: []*policy.Category{contact, cover, others, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{brokers, group, suppliers, reinsurers}, ServiceMessages: true,
		Required: "we need your details and a way to pay to keep your policy going; without them we cannot"}
	claimsP := &policy.Purpose{ID: "claims", Name: "Handling claims you make, and claims others make against you",
		Categories: []*policy.Category{contact, cover, claims, health, others},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests, policy.BasisSubstantialPublicInterest, policy.BasisLegalClaims},
		Interest:   "handling claims made against the people we insure, including the claims of people who are not our customers", SpecialCondition: policy.DPAConditionInsurance,
		Recipients: []*policy.Recipient{claimsTeam, cue, reinsurers, group},
		Required:   "we need to know what happened, and about any injury, to handle a claim; without it we may not be able to pay it"}
	midP := &policy.Purpose{ID: "mid", Name: "Recording car insurance on the Motor Insurance Database",
		Categories: []*policy.Category{contact, cover, others}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk7MID},
		Recipients: []*policy.Recipient{mib}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing and detecting fraud",
		Categories: []*policy.Category{contact, cover, claims, industry, convictions, licence, health},
		Bases:      []policy.Basis{policy.BasisLegitimateInterests, policy.BasisSubstantialPublicInterest}, SpecialCondition: policy.DPAConditionFraud,
		Interest: "protecting our customers and ourselves from fraud, which raises everyone's premiums", Criminal: policy.CriminalAuthority{Condition: policy.DPAConditionFraud},
		Recipients: []*policy.Recipient{fpas, cue, police}}
	vulnerable := &policy.Purpose{ID: "support", Name: "Supporting customers in vulnerable circumstances",
		Categories: []*policy.Category{support, contact}, Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisSubstantialPublicInterest},
		Obligations: []policy.Obligation{uk6Consumer}, SpecialCondition: policy.DPAConditionEconomicWellBeing,
		Required: "telling us is up to you; without it we cannot adapt how we deal with you"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you about Aviva products and offers by email and text message",
		Categories: []*policy.Category{contact, cover}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in MyAviva, with the unsubscribe link in every email, or by calling us", ConsentRequiredBy: []policy.Obligation{uk3PECR("22")},
		Recipients: []*policy.Recipient{suppliers}}
	calling := &policy.Purpose{ID: "marketing.post", DirectMarketing: true, Name: "Telling you about Aviva products and offers by phone and post",
		Categories: []*policy.Category{contact, cover}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox,
		Withdraw: "in MyAviva or by calling us", Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings on our website", Profiling: true, ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and MyAviva are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	pricing := &policy.Purpose{ID: "pricing", Name: "Studying our customers' data to design products, set prices and manage our risks",
		Categories: []*policy.Category{cover, claims, risk, industry}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "pricing our insurance fairly and accurately, and keeping our business sound", Profiling: true}
	service := &policy.Purpose{ID: "service", Name: "Answering your calls and messages, handling complaints, and training our people",
		Categories: []*policy.Category{contact, calls}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "resolving our customers' questions and complaints, and checking the quality of our service with recorded calls", Recipients: []*policy.Recipient{suppliers, regulators},
		Required: "we need enough detail to find your policy or claim; without it we cannot help"}
	regulatory := &policy.Purpose{ID: "regulatory", Name: "Meeting the rules of our regulators and keeping our records",
		Categories: []*policy.Category{contact, cover, claims, payment, calls}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk6Records},
		Recipients: []*policy.Recipient{regulators, police}}

	p := &policy.Policy{
		Title: "Aviva privacy policy",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Aviva Insurance Limited", Address: perth}, Country: gb,
			Registration: "registered in Scotland under company number 2116, authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dataprt@aviva.example", Address: perth},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"car, home, travel and other general insurance from Aviva, bought from us, on MyAviva or through a broker or price comparison website"},
		OtherNotices: []policy.Notice{
			{Covers: "life insurance, pensions and investments from Aviva Life & Pensions UK Limited", URL: "https://www.aviva.example/life/privacy"},
			{Covers: "health insurance from Aviva Health UK Limited", URL: "https://www.aviva.example/health/privacy"},
			{Covers: "our employees and job applicants"}},
		External:   []policy.ExternalService{policy.ExternalLinkedSites},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Categories: []*policy.Category{contact, cover, others, licence, convictions, health, claims, industry, risk, payment, calls, support, online, tracking},
		Purposes:   []*policy.Purpose{quotes, policyP, claimsP, midP, fraud, vulnerable, marketing, calling, ads, analytics, pricing, service, regulatory},
		Recipients: []*policy.Recipient{group, suppliers, brokers, claimsTeam, reinsurers, cue, mib, cras, fpas, regulators, police, adPartners},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionIN, Recipient: suppliers, Categories: []*policy.Category{contact, cover, claims, payment, calls},
				Safeguard: policy.SafeguardUKTransferAgreement, Note: "Write to our Data Protection Officer for a copy of these safeguards."},
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: policyP, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Rights: append(gdprRights("in MyAviva or by writing to our Data Protection Officer"),
			policy.Right{Kind: policy.RightNoAutomatedDecision, How: "by asking us to have a person review a decision our systems made about your cover or price, and telling us your view"}),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDataPoints, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2),
			WithoutAccount: "by writing to our Data Protection Officer"},
		Redress: []policy.Redress{{Kind: policy.RedressDisputeResolution, Region: gb,
			Contact: policy.Contact{Name: "the Financial Ombudsman Service", Website: "https://www.financial-ombudsman.example"}}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining}},
		Links:    policy.Links{CookieSettings: "https://www.aviva.example/cookie-settings"},
		Children: policy.Children{MinimumAge: 18, Scope: "our insurance policies",
			Note: "Children may be covered by a policy that a parent or guardian holds, who gives us their details."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "dataprt@aviva.example", Address: perth},
	}
	return realPolicy{"general insurer (Aviva)", p, []statement{
		{says: "Aviva Insurance Limited, registered in Scotland with its office in Perth, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Aviva Insurance Limited" && strings.Contains(p.Controller.Registration, "Scotland") && strings.Contains(p.Controller.Address, "Perth")
		}},
		{says: "we are authorised by the Prudential Regulation Authority and regulated by it and the Financial Conduct Authority", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Prudential Regulation Authority") && strings.Contains(p.Controller.Registration, "Financial Conduct Authority")
		}},
		{says: "our Data Protection Officer can be written to by email or at our Perth office", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address == p.Controller.Address
		}},
		{says: "we process your data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this policy covers our car, home, travel and other general insurance, however you buy it", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "price comparison website")
		}},
		{says: "life, pensions and health insurance come from other Aviva companies with their own notices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Aviva Life & Pensions") && strings.Contains(p.OtherNotices[1].Covers, "Aviva Health") && p.OtherNotices[1].URL != ""
		}},
		{says: "we collect your name, address, date of birth, contact details, occupation and marital status", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("contact").Items, "occupation and marital status")
		}},
		{says: "if you come to us through a broker or comparison website, they give us your details", typed: func(p *policy.Policy) bool {
			c := p.Category("contact")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "price comparison")
		}},
		{says: "we look up the details of your car or home from its registration or address", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("cover").SourceDetail, "registration or address")
		}},
		{says: "you give us the details of named drivers, joint policyholders and travellers, and must be entitled to and tell them about this policy", typed: func(p *policy.Policy) bool {
			return othersGive(p, "others") && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "you must tell us if your details change, and keep them accurate", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "we check your driving licence, penalty points and disqualifications with the DVLA", typed: func(p *policy.Policy) bool {
			c := p.Category("licence")
			return c.Criminal && strings.Contains(c.SourceDetail, "Driver and Vehicle Licensing Agency")
		}},
		{says: "we ask about unspent criminal convictions, and use them on the insurance condition of the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return p.Category("convictions").Criminal && p.Purpose("quotes").Criminal.Condition == policy.DPAConditionInsurance
		}},
		{says: "we use health information, such as medical conditions for travel insurance or injuries in a claim, where it is needed for an insurance purpose", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("quotes").SpecialCondition == policy.DPAConditionInsurance &&
				p.Purpose("claims").SpecialCondition == policy.DPAConditionInsurance && p.Purpose("quotes").RestsOn(policy.BasisSubstantialPublicInterest, policy.UKGDPR)
		}},
		{says: "we check your claims history on the Claims and Underwriting Exchange and your car on the Motor Insurance Database", typed: func(p *policy.Policy) bool {
			c := p.Category("industry")
			return strings.Contains(c.SourceDetail, "Claims and Underwriting Exchange") && strings.Contains(c.SourceDetail, "Motor Insurance Database")
		}},
		{says: "we search credit reference agencies when you ask for a quote or pay by instalments", typed: func(p *policy.Policy) bool {
			r := recipient(p, "cras")
			return strings.Contains(r.Purpose, "instalments") && slices.Contains(p.Purpose("quotes").Recipients, r) && r.NoticeURL != ""
		}},
		{says: "our systems decide automatically whether to offer cover and at what price, from what you tell us and what the databases hold", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("quotes")
			return strings.Contains(pu.Automated, "price") && slices.Equal(pu.DecisionAreas, []policy.DecisionArea{policy.DecisionInsurance}) && pu.RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "you can ask a person to review an automated decision about your cover or price, and give your view", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Rights, func(r policy.Right) bool {
				return r.Kind == policy.RightNoAutomatedDecision && strings.Contains(r.How, "person")
			})
		}},
		{says: "you must answer our questions with reasonable care; if you do not, we may refuse a claim or cancel your policy", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("quotes").Required, "Consumer Insurance (Disclosure and Representations) Act 2012")
		}},
		{says: "you must be 18 or over to take out a policy; children may be covered by a parent's", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.Scope == "our insurance policies" && strings.Contains(p.Children.Note, "parent")
		}},
		{says: "we run your policy, renewals and payments under our contract, and send you documents whatever your marketing choices", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("policy")
			return pu.RestsOn(policy.BasisContract, policy.UKGDPR) && pu.ServiceMessages && !pu.DirectMarketing
		}},
		{says: "brokers and comparison websites that arrange your policy use your data under their own notices", typed: func(p *policy.Policy) bool {
			return recipient(p, "brokers").OwnPolicy && recipient(p, "brokers").Role == policy.RoleThirdParty
		}},
		{says: "we handle claims you make and claims others make against you, including the data of people who are not our customers", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("claims")
			return pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && strings.Contains(pu.Interest, "not our customers") && slices.Contains(p.Category("claims").Sources, policy.SourceOtherUsers)
		}},
		{says: "we may use special category data to establish, exercise or defend legal claims", typed: func(p *policy.Policy) bool {
			return p.Purpose("claims").RestsOn(policy.BasisLegalClaims, policy.UKGDPR)
		}},
		{says: "loss adjusters, engineers, repairers, solicitors and medical experts handle claims for us", typed: func(p *policy.Policy) bool {
			r := recipient(p, "claims")
			return r.Role == policy.RoleProcessor && slices.Contains(r.Categories, p.Category("health")) && strings.Contains(r.Name, "medical experts")
		}},
		{says: "we share data with reinsurers, who share the risk of our policies", typed: func(p *policy.Policy) bool {
			return recipient(p, "reinsurers").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("policy").Recipients, recipient(p, "reinsurers"))
		}},
		{says: "we record claims on the Claims and Underwriting Exchange, which other insurers check", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("claims").Recipients, recipient(p, "cue"))
		}},
		{says: "the law requires us to record your car insurance on the Motor Insurance Database, which the police and the DVLA check", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("mid")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk7MID) && strings.Contains(recipient(p, "mib").Purpose, "police")
		}},
		{says: "the Motor Insurers' Bureau explains in its own notice how it uses the data", typed: func(p *policy.Policy) bool { return recipient(p, "mib").NoticeURL != "" }},
		{says: "we share data with fraud prevention agencies such as Cifas and the Insurance Fraud Register, which may keep it for up to six years", typed: func(p *policy.Policy) bool {
			r := recipient(p, "fpas")
			return r.Retention == policy.Years(6) && strings.Contains(r.Name, "Insurance Fraud Register") && slices.Contains(p.Purpose("fraud").Recipients, r)
		}},
		{says: "we use data, including convictions, to prevent and detect fraud, in our legitimate interests and on the Act's condition for preventing fraud", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("fraud")
			return pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && pu.Criminal.Condition == policy.DPAConditionFraud && pu.SpecialCondition == policy.DPAConditionFraud
		}},
		{says: "we support customers in vulnerable circumstances, as the FCA's Consumer Duty asks, with the health or other details they choose to give", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("support")
			return slices.Contains(pu.Obligations, uk6Consumer) && pu.SpecialCondition == policy.DPAConditionEconomicWellBeing && p.Category("support").Sensitivity == policy.SensitivitySpecial
		}},
		{says: "a carer or someone else may tell us about your circumstances", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").Sources, policy.SourceOtherUsers)
		}},
		{says: "we market Aviva products by email, text, phone and post only if you agreed, and you can change your mind in MyAviva", typed: func(p *policy.Policy) bool {
			m, c := p.Purpose("marketing"), p.Purpose("marketing.post")
			return m.RestsOnConsent() && m.DirectMarketing && strings.Contains(m.Withdraw, "MyAviva") && strings.HasSuffix(m.ConsentRequiredBy[0].Act, "reg. 22") &&
				c.RestsOnConsent() && c.DirectMarketing && strings.Contains(c.Withdraw, "MyAviva")
		}},
		{says: "advertising and performance cookies are set only with your consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && cookie(p, "necessary").StrictlyNecessary
		}},
		{says: "we study our customers' data to design products and set prices", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("pricing")
			return pu.Profiling && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR) && pu.Uses(p.Category("risk"))
		}},
		{says: "we record calls, and use them to train our people and resolve complaints", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && strings.Contains(p.Purpose("service").Interest, "recorded calls")
		}},
		{says: "we share data with our regulators, the Financial Ombudsman Service and the Financial Services Compensation Scheme", typed: func(p *policy.Policy) bool {
			r := recipient(p, "regulators")
			return r.Role == policy.RoleAuthority && strings.Contains(r.Name, "Financial Ombudsman Service") && strings.Contains(r.Name, "Compensation Scheme")
		}},
		{says: "we keep records as our regulators' rules require", typed: func(p *policy.Policy) bool {
			return p.Purpose("regulatory").RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(p.Purpose("regulatory").Obligations, uk6Records)
		}},
		{says: "service providers, some of them in India, work for us under the UK's transfer agreement, of which you can ask for a copy", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionIN && t.Safeguard == policy.SafeguardUKTransferAgreement && t.Note != ""
		}},
		{says: "we keep your data while you have a policy and then as long as a claim could be brought under it", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("cover").Retention.Criteria, "as long as a claim could be brought")
		}},
		{says: "we keep a quote you do not take up for a limited period", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("cover").Retention.Criteria, "a quote you do not take up")
		}},
		{says: "if we sell or reorganise part of our business, your data may pass to the new owner", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may access, correct, erase and port your data, restrict or object to its use and withdraw consent, in MyAviva or by writing to us", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightObjection) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we answer within a month, and may ask you to prove who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "you can complain to the ICO, and take a complaint about our service to the Financial Ombudsman Service", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightComplaint) && strings.Contains(p.Redress[0].Contact.Name, "Financial Ombudsman")
		}},
		{says: "we protect your data with encryption, access controls and staff training", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		// Free text.
		{says: "a quotation search by a credit reference agency leaves a footprint that only you can see, and does not affect your credit score", free: toRecipientPurpose("cras")},
		{says: "if you give us false information or make a fraudulent claim, we may cancel your policy, refuse the claim and record the fraud with the agencies, which may lead other firms to refuse you", free: toPurpose("fraud")},
	}}
}

// realPolicyUk7Currys paraphrases, in our own words and as we recall it,
// the privacy notice of Currys Group Limited, as published in 2024-2025:
// the electricals retailer of Acton sells in its stores, on its website
// and in its app, delivers and installs large appliances with its own
// Team Knowhow crews and takes away the old ones, as the WEEE
// Regulations make retailers offer, repairs devices, sells Care & Repair
// plans from its partners, trades in and recycles old devices, and, as a
// credit broker, introduces customers who pay on credit to its lender.
// When it sells a television, the Wireless Telegraphy Act 1967 makes it
// tell TV Licensing who bought it. Its free membership, Currys Perks,
// gives members prices and rewards chosen from what they buy. It emails
// its customers under the soft opt-in of PECR reg. 22(3), sets analytics
// and advertising cookies only with consent (reg. 6), publishes product
// reviews, records its stores on CCTV and contacts buyers of a recalled
// product. iD Mobile, the group's mobile network, has its own notice. It
// declares the UK GDPR and the Data Protection Act 2018, in a version
// that predates the Data (Use and Access) Act 2025's changes.
func realPolicyUk7Currys() realPolicy {
	gb := regionGB
	const portalWay = "1 Portal Way, London W3 6RS"
	account := &policy.Category{ID: "account", Name: "Your details and account",
		Items:       []string{"name", "email address and phone number", "billing and delivery addresses", "password", "your Currys Perks membership", "your contact preferences"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	purchases := &policy.Category{ID: "purchases", Name: "What you buy",
		Items:       []string{"what you buy in our stores, online and in our app", "returns and refunds", "guarantees and Care & Repair plans", "the Perks rewards you use"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you have an account, a guarantee or a plan with us, and then as long as tax law and possible claims require")}
	payment := &policy.Category{ID: "payment", Name: "Payment details",
		Items:       []string{"card type and last four digits", "gift card numbers and balances"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment service providers", Linked: true,
		Retention: policy.AsRequiredBy("the Companies Act 2006 and VAT law")}
	delivery := &policy.Category{ID: "delivery", Name: "Delivery and installation details",
		Items:       []string{"the address and the delivery or installation slot", "how to reach the room, such as stairs, parking and access", "the old appliance we take away", "your signature on delivery"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we need to deliver and install your order and answer questions about it")}
	devices := &policy.Category{ID: "devices", Name: "Devices you bring us to repair or trade in",
		Items:       []string{"the make, model, serial number or IMEI of the device", "the fault you describe", "the data stored on the device, which our technicians may see while they repair it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("the device's details as long as the repair or trade-in and its guarantee; the data on a traded-in device is wiped before it is reused or recycled")}
	credit := &policy.Category{ID: "credit", Name: "Credit applications",
		Items:       []string{"your employment, income and outgoings", "how long you have lived at your address", "the bank account you pay from", "the lender's decision"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "the lender, which tells us its decision", Linked: true,
		Retention: policy.ByCriteria("as long as we need it to pass your application to the lender and answer questions about it")}
	tv := &policy.Category{ID: "tv", Name: "Television sales",
		Items:       []string{"the name and address of the buyer of a television", "the date of the sale and the kind of television"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to notify TV Licensing and keep a record of having done so")}
	service := &policy.Category{ID: "service", Name: "Your contact with our customer services",
		Items:       []string{"calls, chats, emails and social media messages with us", "recordings of calls", "complaints and what we did about them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as we need to resolve the matter, and then as long as a claim about it could be brought")}
	reviews := &policy.Category{ID: "reviews", Name: "Ratings and reviews",
		Items:       []string{"the rating and review you write", "the nickname and location you choose to show"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, Linked: true,
		Retention: policy.ByCriteria("as long as the product is on sale, unless you ask us to remove your review")}
	online := &policy.Category{ID: "online", Name: "How you use our website, app and emails",
		Items:       []string{"IP address", "device and browser type", "the pages and products you view and what you search for", "whether you open our emails and click their links"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as we need it to run and improve our website and app")}
	tracking := &policy.Category{ID: "tracking", Name: "Advertising cookie data",
		Items:       []string{"cookie and mobile advertising identifiers", "the ads you see and click on other websites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.ByCriteria("as long as the cookie that collected it lasts")}
	insight := &policy.Category{ID: "insight", Name: "What we learn from your shopping",
		Items:       []string{"the kinds of products you own and may want next", "when a product you bought may need replacing or a plan renewing"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, online}, Linked: true,
		Retention: policy.ByCriteria("we work it out afresh from your recent shopping, and delete it when you close your account")}
	cctv := &policy.Category{ID: "cctv", Name: "CCTV footage",
		Items:       []string{"images recorded in and around our stores and warehouses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("a short period, unless the footage is needed to investigate an incident or a crime")}

	suppliers := &policy.Recipient{ID: "suppliers", Name: "service providers for IT, hosting, customer service, email and text messages", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, purchases, service, online}}
	couriers := &policy.Recipient{ID: "couriers", Name: "delivery companies for smaller items", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{account, delivery}, Purpose: "to deliver orders that our own crews do not"}
	psps := &policy.Recipient{ID: "psps", Name: "payment service providers, card schemes and fraud screening services", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, payment}, Purpose: "to take your payments and make refunds, and to screen orders for fraud"}
	lender := &policy.Recipient{ID: "lender", Name: "Creation Consumer Finance Ltd, our lender", Role: policy.RoleThirdParty, Country: gb,
		Categories: []*policy.Category{account, credit, purchases}, NoticeURL: "https://www.creation.example/privacy",
		Purpose: "to decide, as the lender, whether to lend to you, with its own credit and fraud checks"}
	plans := &policy.Recipient{ID: "plans", Name: "the providers and insurers of our Care & Repair plans", Role: policy.RoleThirdParty, Country: gb, OwnPolicy: true,
		Categories: []*policy.Category{account, purchases, devices}, Purpose: "to run your plan and settle the claims you make under it"}
	makers := &policy.Recipient{ID: "manufacturers", Name: "product manufacturers", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases, devices}, Purpose: "to register a product's guarantee when you ask us to, to repair it under that guarantee, and to reach you if it is recalled"}
	tvl := &policy.Recipient{ID: "tvlicensing", Name: "TV Licensing, which collects the licence fee for the BBC", Role: policy.RoleAuthority, Country: gb,
		Categories: []*policy.Category{tv}, Purpose: "to check that the home where a television is used has a licence"}
	recyclers := &policy.Recipient{ID: "recyclers", Name: "recycling and data-wiping partners", Role: policy.RoleProcessor, Country: gb,
		Categories: []*policy.Category{devices}, Purpose: "to wipe and recycle the devices and appliances you trade in or hand back"}
	reviewHost := &policy.Recipient{ID: "reviewhost", Name: "the provider that hosts our ratings and reviews", Role: policy.RoleProcessor,
		Categories: []*policy.Category{reviews}}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media partners", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{tracking}, Purpose: "to show our ads on other websites and apps, and to measure them"}
	police := &policy.Recipient{ID: "police", Name: "the police and other authorities", Role: policy.RoleAuthority, Country: gb, Conditional: true,
		Categories: []*policy.Category{account, purchases, cctv}, Purpose: "the law requires us to disclose data, or they ask for it to prevent or detect a crime"}

	orders := &policy.Purpose{ID: "orders", Name: "Selling to you in our stores, online and in our app, and handling returns and refunds",
		Categories: []*policy.Category{account, purchases, payment}, Bases: []policy.Basis{policy.BasisContract},
		Recipients: []*policy.Recipient{suppliers, psps}, ServiceMessages: true,
		Required: "we need your name, contact details and a means of payment to take an order; without them we cannot"}
	install := &policy.Purpose{ID: "delivery", Name: "Delivering and installing what you buy, and taking away your old appliance",
		Categories: []*policy.Category{account, delivery}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk7WEEE},
		Recipients: []*policy.Recipient{couriers, recyclers},
		Required:   "we need your address and how to reach the room an appliance goes in; without them we may not be able to deliver or install it"}
	repair := &policy.Purpose{ID: "repair", Name: "Repairing your devices, and handling guarantees and Care & Repair claims",
		Categories: []*policy.Category{account, devices, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{makers, plans},
		Required: "we need to know the device and its fault; a repair may need us to reset the device, which deletes what is on it"}
	tradeIn := &policy.Purpose{ID: "tradein", Name: "Trading in and recycling your old devices",
		Categories: []*policy.Category{account, devices}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{recyclers},
		Required: "we need the device's details to value it and pay you"}
	creditP := &policy.Purpose{ID: "credit", Name: "Introducing you to our lender when you apply to pay on credit",
		Categories: []*policy.Category{account, credit, purchases}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{lender},
		Required: "the lender needs the details its application asks for; without them it cannot consider lending to you", MinimumAge: 18}
	tvP := &policy.Purpose{ID: "tvlicensing", Name: "Telling TV Licensing when you buy a television",
		Categories: []*policy.Category{tv}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk7TVDealers},
		Recipients: []*policy.Recipient{tvl},
		Required:   "the law requires us to take the name and address of anyone who buys a television, and to pass them to TV Licensing; we cannot sell you a television without them"}
	perks := &policy.Purpose{ID: "perks", Name: "Running Currys Perks: your member prices, rewards and offers",
		Categories: []*policy.Category{account, purchases, insight}, Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Required: "member prices and rewards chosen for you are what Perks is; to join you give your name and email address"}
	personalise := &policy.Purpose{ID: "personalise", Name: "Recommending products and tailoring what you see on our website and in our app",
		Categories: []*policy.Category{online, purchases, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "showing our customers the products and offers most relevant to them", Profiling: true, OptOut: true, OptOutHow: "by asking our customer services"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Emailing and texting our customers about products, services and offers like those they bought",
		Categories: []*policy.Category{account, insight}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "telling our customers about products and offers like those they already bought", Profiling: true, OptOut: true,
		OptOutHow: "when you give us your details, in your account's preferences or with the unsubscribe link in every message", ConsentExemptBy: []policy.Obligation{uk3PECR("22(3)")},
		Recipients: []*policy.Recipient{suppliers}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing you our ads on other websites and apps, and measuring them",
		Categories: []*policy.Category{tracking}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings of our website and app", Profiling: true, ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{adPartners}}
	analytics := &policy.Purpose{ID: "analytics", Name: "Measuring how our website and app are used",
		Categories: []*policy.Category{online}, Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodConsentTool,
		Withdraw: "in the cookie settings", ConsentRequiredBy: []policy.Obligation{uk3PECR("6")}, Recipients: []*policy.Recipient{suppliers}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing the ratings and reviews you write",
		Categories: []*policy.Category{reviews}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "helping other customers choose, and learning what our customers think of our products", Recipients: []*policy.Recipient{reviewHost}}
	help := &policy.Purpose{ID: "service", Name: "Answering your questions and complaints, and training our colleagues",
		Categories: []*policy.Category{account, purchases, service}, Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests},
		Interest: "resolving our customers' problems and checking the quality of our service with recorded calls", Recipients: []*policy.Recipient{suppliers},
		Required: "we need enough detail to find your order, repair or plan; without it we cannot help"}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and the misuse of accounts, returns and promotions",
		Categories: []*policy.Category{account, purchases, payment, online}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "protecting our customers and our business from fraud and theft", Recipients: []*policy.Recipient{psps, police},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Contest: "by calling our customer services"}}
	safety := &policy.Purpose{ID: "cctv", Name: "Keeping our stores, customers and colleagues safe",
		Categories: []*policy.Category{cctv}, Bases: []policy.Basis{policy.BasisLegitimateInterests},
		Interest: "preventing and detecting crime and protecting our customers and colleagues", Recipients: []*policy.Recipient{police}}
	recall := &policy.Purpose{ID: "recall", Name: "Telling you if a product you bought is recalled or needs a safety repair",
		Categories: []*policy.Category{account, purchases}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk6ProductSafety},
		Recipients: []*policy.Recipient{makers}}
	records := &policy.Purpose{ID: "records", Name: "Keeping our accounts and meeting our other legal obligations",
		Categories: []*policy.Category{purchases, payment}, Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{uk5Accounts},
		Recipients: []*policy.Recipient{police}}

	p := &policy.Policy{
		Title: "Currys privacy notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Currys Group Limited", Address: portalWay}, Country: gb,
			Registration: "registered in England and Wales, and authorised and regulated by the Financial Conduct Authority as a credit broker, not a lender"},
		DPO:     &policy.Contact{Name: "Data Protection Officer", Email: "dpo@currys.example", Address: portalWay},
		Version: "2024", Effective: policy.MakeDate(2024, time.November, 1), Updated: policy.MakeDate(2024, time.November, 1),
		Laws:  []policy.Law{policy.UKGDPR},
		Scope: []string{"Currys stores, currys.co.uk, the Currys app, Team Knowhow and Currys Perks"},
		OtherNotices: []policy.Notice{
			{Covers: "iD Mobile, the group's mobile network", URL: "https://www.idmobile.example/privacy"},
			{Covers: "our colleagues and job applicants"}},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		SafetyTips: []policy.SafetyTip{policy.SafetyTipWipeDevice},
		Categories: []*policy.Category{account, purchases, payment, delivery, devices, credit, tv, service, reviews, online, tracking, insight, cctv},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "your full card number", Category: payment, Note: "Our payment service providers hold it."},
		},
		Purposes:   []*policy.Purpose{orders, install, repair, tradeIn, creditP, tvP, perks, personalise, marketing, ads, analytics, reviewsP, help, fraud, safety, recall, records},
		Recipients: []*policy.Recipient{suppliers, couriers, psps, lender, plans, makers, tvl, recyclers, reviewHost, adPartners, police},
		Transfers: []policy.Transfer{
			{Origin: gb, Destination: regionUS, Recipient: adPartners, Categories: []*policy.Category{tracking}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureBusinessTransfer}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "strictly necessary cookies", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "performance cookies", Party: policy.PartyFirst, Purpose: analytics, Categories: []*policy.Category{online},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "advertising", Name: "targeting cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{tracking},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		NoAutomatedDecisions: true,
		Rights:               gdprRights("in your account or by writing to our Data Protection Officer"),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Months(1), Extension: policy.Months(2)},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureStaffTraining},
			{Kind: policy.MeasureCertification, Description: "Card payments are handled to the PCI DSS standard."},
			{Kind: policy.MeasureLeastPrivilege, Description: "Our technicians look at the data on a device you bring us only as far as the repair needs."}},
		Links:   policy.Links{CookieSettings: "https://www.currys.example/cookie-settings"},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "dpo@currys.example", Address: portalWay},
	}
	return realPolicy{"electricals retailer (Currys)", p, []statement{
		{says: "Currys Group Limited, of Portal Way in Acton and registered in England and Wales, is the controller", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Currys Group Limited" && strings.Contains(p.Controller.Address, "Portal Way") && strings.Contains(p.Controller.Registration, "England and Wales")
		}},
		{says: "our Data Protection Officer can be reached by email or at our head office", typed: func(p *policy.Policy) bool {
			return p.DPO != nil && p.DPO.Email != "" && p.DPO.Address == p.Controller.Address
		}},
		{says: "we process your data under the UK GDPR and the Data Protection Act 2018", typed: func(p *policy.Policy) bool {
			return slices.Equal(p.Laws, []policy.Law{policy.UKGDPR})
		}},
		{says: "this notice covers our stores, website and app, Team Knowhow and Currys Perks", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 1 && strings.Contains(p.Scope[0], "Team Knowhow")
		}},
		{says: "iD Mobile has its own notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "iD Mobile") && p.OtherNotices[0].URL != ""
		}},
		{says: "when you buy or open an account we collect your name, contact details, addresses and password", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Items, "password") && slices.Equal(c.Sources, []policy.Source{policy.SourceUser})
		}},
		{says: "we need your name, contact details and a means of payment to take an order", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("orders")
			return pu.Required != "" && pu.RestsOn(policy.BasisContract, policy.UKGDPR)
		}},
		{says: "order confirmations and delivery updates are sent whatever your marketing choices", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("orders")
			return pu.ServiceMessages && !pu.DirectMarketing
		}},
		{says: "payment providers take your payments; we never hold your full card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "psps").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "our crews need to know how to reach the room an appliance goes in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("delivery").Items, "how to reach the room, such as stairs, parking and access") && strings.Contains(p.Purpose("delivery").Required, "room")
		}},
		{says: "when we deliver a new appliance we take away your old one, as the WEEE Regulations require", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("delivery")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk7WEEE) && slices.Contains(pu.Recipients, recipient(p, "recyclers"))
		}},
		{says: "delivery companies deliver smaller items for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("delivery").Recipients, recipient(p, "couriers"))
		}},
		{says: "when we repair a device, our technicians may see the data on it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("devices").Items, "the data stored on the device, which our technicians may see while they repair it") && p.Purpose("repair").Uses(p.Category("devices"))
		}},
		{says: "a repair may need us to reset your device, which deletes what is on it", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("repair").Required, "reset")
		}},
		{says: "our technicians look at the data on a device only as far as the repair needs", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Kind == policy.MeasureLeastPrivilege && strings.Contains(m.Description, "technicians")
			})
		}},
		{says: "back up and delete your data before you hand in a device for repair or trade-in", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipWipeDevice)
		}},
		{says: "devices you trade in are wiped by our partners before they are reused or recycled", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("devices").Retention.Criteria, "wiped") && recipient(p, "recyclers").Role == policy.RoleProcessor
		}},
		{says: "manufacturers receive your details to register a guarantee you ask for, to repair under it, and for recalls", typed: func(p *policy.Policy) bool {
			r := recipient(p, "manufacturers")
			return strings.Contains(r.Purpose, "guarantee") && slices.Contains(p.Purpose("recall").Recipients, r)
		}},
		{says: "Care & Repair plans are run by their providers and insurers under their own notices", typed: func(p *policy.Policy) bool {
			return recipient(p, "plans").OwnPolicy && slices.Contains(p.Purpose("repair").Recipients, recipient(p, "plans"))
		}},
		{says: "we are a credit broker, not a lender, and are authorised by the FCA", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "credit broker, not a lender")
		}},
		{says: "when you apply to pay on credit, we pass your application to Creation, which decides with its own checks under its own notice", typed: func(p *policy.Policy) bool {
			r := recipient(p, "lender")
			return r.Role == policy.RoleThirdParty && r.NoticeURL != "" && strings.Contains(r.Purpose, "its own credit") && slices.Contains(p.Purpose("credit").Recipients, r)
		}},
		{says: "you must be 18 or over to apply for credit", typed: func(p *policy.Policy) bool { return p.Purpose("credit").MinimumAge == 18 }},
		{says: "the law requires us to tell TV Licensing the name and address of anyone who buys a television", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("tvlicensing")
			return pu.RestsOn(policy.BasisLegalObligation, policy.UKGDPR) && slices.Contains(pu.Obligations, uk7TVDealers) && recipient(p, "tvlicensing").Role == policy.RoleAuthority
		}},
		{says: "we cannot sell you a television without your name and address", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("tvlicensing").Required, "cannot sell")
		}},
		{says: "Currys Perks gives members prices and rewards chosen from what they buy", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("perks")
			return pu.Profiling && pu.RestsOn(policy.BasisContract, policy.UKGDPR) && pu.Uses(p.Category("insight"))
		}},
		{says: "we work out what you own and may want next from your shopping and browsing", typed: func(p *policy.Policy) bool {
			c := p.Category("insight")
			return slices.Equal(c.Sources, []policy.Source{policy.SourceDerived}) && len(c.DerivedFrom) == 2
		}},
		{says: "we recommend products in our legitimate interests, and you can ask us to stop", typed: func(p *policy.Policy) bool {
			pu := p.Purpose("personalise")
			return pu.Profiling && pu.OptOut && pu.RestsOn(policy.BasisLegitimateInterests, policy.UKGDPR)
		}},
		{says: "we email and text our customers about products like those they bought, as PECR allows, unless they opt out", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.OptOut && strings.HasSuffix(m.ConsentExemptBy[0].Act, "22(3)") && !m.RestsOnConsent()
		}},
		{says: "you can opt out when you give us your details, in your account or with the link in every message", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").OptOutHow, "unsubscribe")
		}},
		{says: "targeting and performance cookies are set only with your consent, which you can change in the cookie settings", typed: func(p *policy.Policy) bool {
			return cookie(p, "advertising").Consent == policy.CookieConsentOptIn && cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Links.CookieSettings != ""
		}},
		{says: "advertising partners in the US receive cookie data under the UK Extension to the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "ratings and reviews are published with the nickname you choose, through the provider that hosts them", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && slices.Contains(p.Purpose("reviews").Recipients, recipient(p, "reviewhost"))
		}},
		{says: "we record calls to train colleagues and resolve complaints", typed: func(p *policy.Policy) bool {
			return p.Category("service").RecordingNotice && p.Purpose("service").Uses(p.Category("service"))
		}},
		{says: "we screen orders for fraud and may cancel one we suspect, which you can query with customer services", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contestable()
		}},
		{says: "our stores have CCTV, and we give footage to the police when needed", typed: func(p *policy.Policy) bool {
			return p.Purpose("cctv").Interest != "" && recipient(p, "police").Conditional && slices.Contains(recipient(p, "police").Categories, p.Category("cctv"))
		}},
		{says: "if a product you bought is recalled, we contact you, as product safety law requires", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("recall").Obligations, uk6ProductSafety)
		}},
		{says: "we keep order and payment records as company and VAT law require", typed: func(p *policy.Policy) bool {
			return p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw && slices.Contains(p.Purpose("records").Obligations, uk5Accounts)
		}},
		{says: "we keep your account data while your account is open", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "if we sell or reorganise our business, your data may pass to the buyer", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil }},
		{says: "you may access, correct, erase and port your data, restrict or object to its use, and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "we answer requests within a month, and may ask you to prove who you are", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Months(1) && slices.Contains(p.Requests.Verification, policy.VerificationDocument)
		}},
		{says: "you can complain to the ICO", typed: func(p *policy.Policy) bool { return hasRight(p, policy.RightComplaint) }},
		{says: "card payments are handled to the PCI DSS standard, and our systems are protected by encryption and access controls", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertification) && hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		// Free text.
		{says: "the lender's search leaves a footprint on your credit file that other lenders may see", free: toRecipientPurpose("lender")},
	}}
}
