package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
)

// realPolicyUs14StateFarm paraphrases, in our own words and as we recall
// them, the privacy notices State Farm published for its customers and
// website visitors in the United States in 2024-2025: the privacy notice
// its insurance companies give their customers under the
// Gramm-Leach-Bliley Act and the state insurance information and privacy
// protection laws (what an insurer collects to underwrite and service
// policies and settle claims, from applications, agents, consumer
// reporting agencies, motor vehicle records and MIB, and whom it shares
// it with), the online privacy notice for statefarm.com and the State
// Farm app, with the Drive Safe & Save telematics programme, and the
// section for California residents and the residents of the other states
// with privacy laws. Customers' policy, claim and application information
// is governed by the Gramm-Leach-Bliley Act, consumer reports by the Fair
// Credit Reporting Act and motor vehicle records by the Driver's Privacy
// Protection Act; the state laws reach only the rest, such as what the
// website and app collect. The headquarters address and the 800 number
// are State Farm's; the web and e-mail addresses are illustrative.
func realPolicyUs14StateFarm() realPolicy {
	identity := &policy.Category{ID: "identity", Name: "Application and identity information",
		Items:       []string{"name, address, phone number and email address", "date of birth, gender and marital status", "Social Security number and driver's license number", "occupation and income"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your State Farm agent",
		Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("state insurance record-keeping laws, for as long as your policy is in force and for years after it ends")}
	policies := &policy.Category{ID: "policies", Name: "Policy, payment and claim information",
		Items:       []string{"your policies, coverages and premiums", "your payment history", "the vehicles, homes and other property you insure", "the claims you make and their handling, with photos and estimates of damage"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "other people involved in a claim, repair shops and adjusters",
		Linked: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.AsRequiredBy("state insurance record-keeping laws")}
	reports := &policy.Category{ID: "consumer-reports", Name: "Consumer reports", Items: []string{"credit history and credit-based insurance scores", "insurance claim histories from claims databases"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "consumer reporting agencies",
		Linked: true, GovernedBy: policy.SectoralFCRA,
		Retention: policy.AsRequiredBy("the Fair Credit Reporting Act and state insurance laws")}
	mvr := &policy.Category{ID: "driving-records", Name: "Motor vehicle records", Items: []string{"your driving record: accidents, violations and license status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "state motor vehicle departments",
		Linked: true, GovernedBy: policy.SectoralDPPA,
		Retention: policy.AsRequiredBy("state insurance record-keeping laws")}
	medical := &policy.Category{ID: "medical", Name: "Medical information", Items: []string{"health information you give when you apply for life or health insurance", "records of injuries and treatment in a claim"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "doctors, hospitals and MIB, Inc.",
		Linked: true, GovernedBy: policy.SectoralGLBA, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Retention: policy.AsRequiredBy("state insurance record-keeping laws")}
	driving := &policy.Category{ID: "drive-safe", Name: "Driving data from Drive Safe & Save", Items: []string{"miles driven and the time of day you drive", "speed, braking, acceleration and cornering", "phone handling while driving", "the location of trips"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, SourceDetail: "the State Farm app, the beacon in your car or your connected car's maker",
		Linked: true, DevicePermission: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as you take part in the programme and as long as needed to calculate and document your discount")}
	calls := &policy.Category{ID: "calls", Name: "Communications with us", Items: []string{"calls, chats and emails with our agents and claims representatives"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true, GovernedBy: policy.SectoralGLBA,
		Retention: policy.ByCriteria("as long as needed to service your policy or claim and as state insurance laws require")}
	online := &policy.Category{ID: "online", Name: "Online activity information", Items: []string{"IP address", "device and browser identifiers and cookie IDs", "the pages you visit and the links you click on our sites and apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	quotes := &policy.Category{ID: "quotes", Name: "Quote requests from people who are not yet customers", Items: []string{"the name, contact details and vehicle or home details you give for a quote"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to give you a quote and follow up on it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	marketingData := &policy.Category{ID: "marketing-data", Name: "Information from data providers", Items: []string{"demographic information such as age range and home ownership", "lists of people who may want insurance"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "data and marketing companies",
		Linked: true, Retention: policy.ByCriteria("as long as it stays useful for our marketing"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits}}

	affiliates := &policy.Recipient{ID: "affiliates", Name: "the State Farm companies, such as State Farm Mutual Automobile Insurance Company, State Farm Fire and Casualty Company and State Farm Life Insurance Company", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, policies, reports, calls}, Purpose: "for their everyday business and to offer you their products"}
	agents := &policy.Recipient{ID: "agents", Name: "State Farm agents, independent contractors who sell and service our policies", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, policies, calls, quotes}, Purpose: "to sell and service your policies and answer your questions"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that perform services for us, such as printing, mailing, data processing and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{identity, policies, driving, calls, online, quotes}}
	claimParties := &policy.Recipient{ID: "claim-parties", Name: "others involved in a claim, such as other insurers, repair shops, medical providers, adjusters and attorneys", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, policies, medical}, Purpose: "to investigate, settle and pay claims"}
	lienholders := &policy.Recipient{ID: "lienholders", Name: "lienholders, mortgage companies and lessors of the property you insure", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, policies}, Purpose: "to tell them that the property they finance is insured"}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "reinsurers", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, policies, medical}, Purpose: "to share the risk of the policies we write"}
	fraud := &policy.Recipient{ID: "insurance-support", Name: "insurance-support organizations that gather information to detect and prevent insurance fraud, and consumer reporting agencies that keep claim histories", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{identity, policies}, Purpose: "to detect and prevent fraud, and they may pass what they receive to other insurers as the law allows"}
	mib := &policy.Recipient{ID: "mib", Name: "MIB, Inc., a membership organization of life and health insurers", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{medical}, Purpose: "you apply for life or health insurance; we may give MIB a brief report of medical conditions, which other member insurers may see when you apply to them"}
	regulators := &policy.Recipient{ID: "regulators", Name: "state insurance departments, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{identity, policies, medical, calls}, Purpose: "they examine us, the law requires a report, or they serve a subpoena or court order on us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising companies that place cookies and pixels on our sites", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{online}, Purpose: "to show you our ads on other sites and apps and measure them"}

	insuranceLaw := policy.Obligation{Act: "the state insurance codes and the rules of the state insurance departments", Region: regionUS}
	underwriting := &policy.Purpose{ID: "underwriting", Name: "Deciding whether to insure you, and at what rate", Categories: []*policy.Category{identity, reports, mvr, medical, policies},
		Recipients: []*policy.Recipient{agents, providers, mib, reinsurers},
		Required:   "you must answer the questions in the application truthfully; without the information we ask for we cannot insure you"}
	servicing := &policy.Purpose{ID: "servicing", Name: "Issuing and servicing your policies, billing you and answering your questions", Categories: []*policy.Category{identity, policies, calls},
		Recipients: []*policy.Recipient{agents, providers, lienholders}}
	claims := &policy.Purpose{ID: "claims", Name: "Investigating, settling and paying claims", Categories: []*policy.Category{identity, policies, medical, calls},
		Recipients: []*policy.Recipient{claimParties, providers, reinsurers}}
	telematics := &policy.Purpose{ID: "drive-safe", Name: "Drive Safe & Save: calculating a discount on your auto policy from how, when and how much you drive", Categories: []*policy.Category{driving, policies},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by leaving the programme, which ends the discount",
		Profiling: true, Recipients: []*policy.Recipient{providers}}
	fraudP := &policy.Purpose{ID: "fraud", Name: "Detecting and preventing insurance fraud", Categories: []*policy.Category{identity, policies, reports},
		Recipients: []*policy.Recipient{fraud}}
	compliance := &policy.Purpose{ID: "compliance", Name: "Complying with insurance laws and answering regulators and legal process", Categories: []*policy.Category{identity, policies, medical, calls},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{insuranceLaw},
		Recipients: []*policy.Recipient{regulators}}
	affiliatesP := &policy.Purpose{ID: "affiliates", Name: "Sharing with the State Farm companies for their everyday business and to offer you their products", Categories: []*policy.Category{identity, policies},
		DirectMarketing: true, Recipients: []*policy.Recipient{affiliates}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Telling you and people who ask for quotes about our products by mail, email, phone and text", Categories: []*policy.Category{identity, quotes, marketingData},
		OptOut: true, OptOutHow: "by telling your agent or calling us, or with the unsubscribe link in each email", Recipients: []*policy.Recipient{agents, providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you our ads on other websites and apps and measuring them", Categories: []*policy.Category{online},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link on statefarm.com or a Global Privacy Control signal",
		Recipients: []*policy.Recipient{adPartners}}
	site := &policy.Purpose{ID: "site", Name: "Running, securing and improving our websites and app", Categories: []*policy.Category{online},
		Recipients: []*policy.Recipient{providers}}

	p := &policy.Policy{
		Title:      "State Farm Privacy Notice",
		Controller: policy.Controller{Contact: policy.Contact{Name: "State Farm Mutual Automobile Insurance Company and its affiliates", Address: "One State Farm Plaza, Bloomington, IL 61710, USA", Phone: "1-800-782-8332"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.July, 1), Updated: policy.MakeDate(2024, time.July, 1),
		URL:   "https://www.statefarm.example/customer-care/privacy-security/privacy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"the insurance policies the State Farm companies issue", "statefarm.com, the State Farm app and our other online services"},
		OtherNotices: []policy.Notice{
			{Covers: "State Farm health insurance, whose protected health information HIPAA governs (its Notice of Privacy Practices)", URL: "https://www.statefarm.example/privacy/hipaa"},
			{Covers: "our employees, agents' staff and job applicants"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{identity, policies, reports, mvr, medical, driving, calls, online, quotes, marketingData},
		Purposes:    []*policy.Purpose{underwriting, servicing, claims, telematics, fraudP, compliance, affiliatesP, marketing, ads, site},
		Recipients:  []*policy.Recipient{affiliates, agents, providers, claimParties, lienholders, reinsurers, fraud, mib, regulators, adPartners},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}},
		Deletion:    []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and secure your session", Party: policy.PartyFirst, Purpose: site, Categories: []*policy.Category{online},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{online}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "by writing to us, for the recorded personal information we hold about you"},
			{Kind: policy.RightRectification, How: "by writing to us; if we do not agree, you may file a statement of why you disagree"},
			{Kind: policy.RightErasure}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDataPoints}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://www.statefarm.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-782-8332"}, TollFreeNumber: "1-800-782-8332"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerNo, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by replying to our answer or calling us within a reasonable time", AttorneyGeneral: true}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureStaffTraining}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureInternalRules, Description: "We keep physical, electronic and procedural safeguards, and only employees and agents who need your information to serve you may use it."}},
		Links:    policy.Links{RequestForm: "https://www.statefarm.example/privacy/request", CookieSettings: "https://www.statefarm.example/privacy/your-privacy-choices"},
		Children: policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "We do not knowingly collect the information of children under 13 online."},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "State Farm Privacy Office", Address: "One State Farm Plaza, Bloomington, IL 61710, USA", Email: "privacy@statefarm.example", Phone: "1-800-782-8332"},
		GLBA:     policy.GLBANotice{Sharing: []policy.GLBASharing{{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerNo}}},
	}
	return realPolicy{"insurer (State Farm)", p, []statement{
		{says: "State Farm Mutual Automobile Insurance Company and its affiliates in Bloomington, Illinois give this notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "State Farm Mutual") && strings.Contains(p.Controller.Address, "Bloomington") && p.Controller.Country == regionUS
		}},
		{says: "the notice applies to the policies our companies issue, and to our websites and app", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "insurance policies") && strings.Contains(p.Scope[1], "app")
		}},
		{says: "we collect what you give in applications and forms: name, address, date of birth, Social Security and driver's license numbers, occupation and income", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceUser) && c.Sensitivity == policy.SensitivitySensitive
		}},
		{says: "your agent gives us what you tell them", typed: func(p *policy.Policy) bool { return strings.Contains(p.Category("identity").SourceDetail, "agent") }},
		{says: "we keep information about your policies, premiums, payments, insured property and claims", typed: func(p *policy.Policy) bool {
			return len(p.Category("policies").Items) == 4 && p.Purpose("servicing").Uses(p.Category("policies"))
		}},
		{says: "we get credit histories, credit-based insurance scores and claim histories from consumer reporting agencies", typed: func(p *policy.Policy) bool {
			c := p.Category("consumer-reports")
			return c.GovernedBy == policy.SectoralFCRA && c.SourceDetail == "consumer reporting agencies" && p.Purpose("underwriting").Uses(c)
		}},
		{says: "we get your driving record from motor vehicle departments", typed: func(p *policy.Policy) bool {
			c := p.Category("driving-records")
			return c.GovernedBy == policy.SectoralDPPA && strings.Contains(c.SourceDetail, "motor vehicle")
		}},
		{says: "for life and health insurance and injury claims we collect medical information from you, doctors, hospitals and MIB", typed: func(p *policy.Policy) bool {
			c := p.Category("medical")
			return c.Sensitivity == policy.SensitivitySpecial && strings.Contains(c.SourceDetail, "MIB") && p.Purpose("claims").Uses(c)
		}},
		{says: "we use this information to decide whether to insure you and at what rate", typed: func(p *policy.Policy) bool {
			u := p.Purpose("underwriting")
			return u.Uses(p.Category("consumer-reports")) && u.Uses(p.Category("driving-records"))
		}},
		{says: "you must answer application questions truthfully, or we cannot insure you", typed: func(p *policy.Policy) bool { return p.Purpose("underwriting").Required != "" }},
		{says: "we may report medical conditions to MIB, whose member insurers may see the report when you apply to them", typed: func(p *policy.Policy) bool {
			m := recipient(p, "mib")
			return m.Conditional && slices.Equal(m.Categories, []*policy.Category{p.Category("medical")}) && slices.Contains(p.Purpose("underwriting").Recipients, m)
		}},
		{says: "you may ask MIB for the information it holds about you and have it corrected", free: toCategory("medical")},
		{says: "we share with others involved in a claim, such as other insurers, repair shops, doctors and attorneys, to settle it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("claims").Recipients, recipient(p, "claim-parties"))
		}},
		{says: "we tell lienholders and mortgage companies that the property they finance is insured", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("servicing").Recipients, recipient(p, "lienholders"))
		}},
		{says: "we share with reinsurers", typed: func(p *policy.Policy) bool { return recipient(p, "reinsurers").Role == policy.RoleThirdParty }},
		{says: "we share with insurance-support organizations to prevent fraud, and they may pass it to other insurers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("fraud").Recipients, recipient(p, "insurance-support")) && strings.Contains(recipient(p, "insurance-support").Purpose, "other insurers")
		}},
		{says: "we share with state insurance departments, law enforcement and courts as the law requires", typed: func(p *policy.Policy) bool {
			c := p.Purpose("compliance")
			return c.HasBasis(policy.BasisLegalObligation) && len(c.Obligations) == 1 && recipient(p, "regulators").Role == policy.RoleAuthority
		}},
		{says: "we may disclose information without your authorization only as the law permits", free: toIntroduction},
		{says: "service providers that print, mail and process data for us must protect it and use it only for us", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we share with the State Farm companies and agents to service your policies and offer you their products", typed: func(p *policy.Policy) bool {
			a := p.Purpose("affiliates")
			return a.DirectMarketing && a.Recipients[0] == recipient(p, "affiliates") && slices.Contains(p.Purpose("servicing").Recipients, recipient(p, "agents"))
		}},
		{says: "we do not sell customer information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && p.CCPA.Sold == policy.AnswerNo && p.USStates.Sells == policy.AnswerNo
		}},
		{says: "we do not share customer information with companies outside State Farm so that they can market to you", typed: func(p *policy.Policy) bool {
			return glbaAnswers(p, policy.GLBANonaffiliatesMarketing, policy.AnswerNo, 0)
		}},
		{says: "we do not use or share medical information for marketing", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("medical").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "because we do not share with others for their marketing, you need not act to limit it", free: toIntroduction},
		{says: "we treat the information of former customers as we treat that of customers", free: toIntroduction},
		{says: "you may ask, in writing, to see the recorded personal information we hold about you", typed: func(p *policy.Policy) bool {
			for _, r := range p.Rights {
				if r.Kind == policy.RightAccess && strings.Contains(r.How, "writing") {
					return true
				}
			}
			return false
		}},
		{says: "you may ask us to correct it, and if we do not, file a statement of why you disagree, which we send to those who receive it", typed: func(p *policy.Policy) bool {
			for _, r := range p.Rights {
				if r.Kind == policy.RightRectification && strings.Contains(r.How, "statement") {
					return true
				}
			}
			return false
		}},
		{says: "we may order an investigative consumer report, and you may ask to be interviewed for it and to receive a copy", free: toPurpose("underwriting")},
		{says: "if we decline or rate you up because of a consumer report, we tell you which agency supplied it and how to get a free copy", free: toPurpose("underwriting")},
		{says: "with Drive Safe & Save, the app or a beacon records how, when and how much you drive, to calculate your discount", typed: func(p *policy.Policy) bool {
			d := p.Purpose("drive-safe")
			return d.RestsOnConsent() && d.Profiling && len(p.Category("drive-safe").Items) == 4
		}},
		{says: "the programme needs the app's location and motion permissions, which you can turn off on your phone", typed: func(p *policy.Policy) bool { return p.Category("drive-safe").DevicePermission }},
		{says: "you may leave Drive Safe & Save at any time, and the discount then ends", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("drive-safe").Withdraw, "discount") }},
		{says: "we may record calls with us", typed: func(p *policy.Policy) bool { return p.Category("calls").RecordingNotice }},
		{says: "we tell you about our products by mail, email, phone and text, and you can ask us to stop", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.OptOut && m.OptOutHow != "" && m.Uses(p.Category("marketing-data"))
		}},
		{says: "online we collect your IP address, device identifiers, cookies and the pages you visit", typed: func(p *policy.Policy) bool {
			c := p.Category("online")
			return c.Tracking && slices.Contains(c.Sources, policy.SourceAutomatic) && slices.Contains(c.CCPA, policy.CCPAInternetActivity)
		}},
		{says: "advertising partners' cookies and pixels show our ads on other sites, which is sharing under the CCPA", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "you opt out of sharing and targeted advertising with the Your Privacy Choices link or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "the state privacy sections do not cover information the Gramm-Leach-Bliley Act, the Fair Credit Reporting Act or the Driver's Privacy Protection Act governs", typed: func(p *policy.Policy) bool {
			return p.Category("identity").GovernedBy == policy.SectoralGLBA && p.Category("consumer-reports").GovernedBy == policy.SectoralFCRA &&
				p.Category("driving-records").GovernedBy == policy.SectoralDPPA && len(p.Category("identity").CCPA) == 0
		}},
		{says: "nor information the state insurance information and privacy protection laws govern", free: toIntroduction},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "residents may ask to know, access, correct, delete and take a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightErasure) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through our online form or toll-free number; we verify them, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && p.CCPA.TollFreeNumber != "" && p.Requests.Agents == policy.AnswerYes && len(p.Requests.Verification) == 2
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we keep information as long as our purposes and state insurance laws require, and keep what the law needs after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("policies").Retention.Kind == policy.RetentionRequiredByLaw && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "we may disclose information on legal process, to protect people and State Farm, and in a sale or merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "we protect information with physical, electronic and procedural safeguards, and only those who need it may use it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && hasMeasure(p, policy.MeasureAccessControl) && hasMeasure(p, policy.MeasureStaffTraining)
		}},
		{says: "State Farm health insurance has its own HIPAA Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "HIPAA") && p.OtherNotices[0].URL != ""
		}},
		{says: "sites we link to follow their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "our websites are not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Scope != "" }},
		{says: "we tell customers of material changes to the notice", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 1 }},
		{says: "customers receive the notice when they buy a policy and again each year where the law requires", free: toIntroduction},
		{says: "questions go to your agent, to 1-800-STATE-FARM or to our Privacy Office", typed: func(p *policy.Policy) bool {
			return p.Contact.Phone == "1-800-782-8332" && strings.Contains(p.Contact.Name, "Privacy")
		}},
	}}
}

// realPolicyUs14Kaiser paraphrases, in our own words and as we recall it,
// the Kaiser Permanente Website and Mobile Application Privacy Statement
// as published in 2024-2025: what kp.org and the Kaiser Permanente apps
// collect from members and visitors, with the cookies and web beacons of
// the sites, the location and camera the apps use with permission, and
// the proxy access members give to family members and caregivers. The
// health information members see and send on the sites (their medical
// record, messages to their doctors, appointments, prescriptions and
// bills) is protected health information, which the Notice of Privacy
// Practices governs under HIPAA; the statement points to it and covers
// the rest. Kaiser Foundation Health Plan, Inc. and the other Kaiser
// Permanente entities are non-profit corporations and HIPAA covered
// entities, which the CCPA does not reach (1798.140(d) defines a business
// as one organised for profit); the statement, as we recall it, gives no
// section under any US state comprehensive privacy law, and Washington
// members have a separate consumer health data notice. The headquarters
// address and the Member Services number are Kaiser Permanente's; the
// web and e-mail addresses are illustrative.
func realPolicyUs14Kaiser() realPolicy {
	hipaa := []policy.Obligation{{Act: "the HIPAA Privacy Rule, 45 CFR Parts 160 and 164", Region: regionUS}}
	account := &policy.Category{ID: "account", Name: "Registration information", Items: []string{"name and date of birth", "medical record number", "email address and phone number", "user ID, password and security questions"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{})}
	health := &policy.Category{ID: "health", Name: "Your health information on kp.org and in the apps", Items: []string{"your medical record, test results and immunizations", "secure messages with your doctors and care team", "appointments, video visits and e-visits, with the photos you send", "prescriptions you refill", "your bills and payments"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "your doctors, hospitals and pharmacies at Kaiser Permanente",
		Linked: true, GovernedBy: policy.SectoralHIPAA, Secrecy: policy.Secrecy{Kind: policy.SecrecyMedical, Laws: hipaa},
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.AsRequiredBy("HIPAA and state medical record laws, as the Notice of Privacy Practices says")}
	forms := &policy.Category{ID: "forms", Name: "What you send us in forms and emails", Items: []string{"your questions and contact details when you ask about our health plans", "survey answers and feedback"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to answer you and follow up")}
	usage := &policy.Category{ID: "usage", Name: "Information collected automatically", Items: []string{"IP address", "browser, operating system and device type", "the pages you visit, and when", "the site that sent you to us"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("as long as needed to run, secure and improve our sites and apps")}
	device := &policy.Category{ID: "device", Name: "App and device information", Items: []string{"device identifier and model", "app version and crash reports", "the token we use to send push notifications"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as you use the app")}
	location := &policy.Category{ID: "location", Name: "Your device's location", Items: []string{"your device's precise location, if you allow it"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.ByCriteria("only as long as needed to show you facilities near you")}

	kp := &policy.Recipient{ID: "kp", Name: "the Kaiser Permanente entities: Kaiser Foundation Health Plan and its regional health plans, Kaiser Foundation Hospitals and the Permanente Medical Groups", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, health}, Purpose: "to give you care and coverage together, as the Notice of Privacy Practices allows"}
	providers := &policy.Recipient{ID: "providers", Name: "companies that host, run and analyse our sites and apps and send our emails for us under contracts that protect the information", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, health, forms, usage, device}}
	authorities := &policy.Recipient{ID: "authorities", Name: "government agencies, law enforcement and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, forms, usage}, Purpose: "the law requires it or they serve a subpoena or court order on us"}

	service := &policy.Purpose{ID: "service", Name: "Letting members manage their care online: viewing records, messaging doctors, scheduling, refilling prescriptions and paying bills", Categories: []*policy.Category{account, health, device},
		Recipients: []*policy.Recipient{kp, providers},
		Required:   "to register you must give your name, date of birth and medical record number so that we can confirm you are a member; without them you can use only our public pages"}
	proxy := &policy.Purpose{ID: "proxy", Name: "Letting a family member or caregiver you choose act for you on kp.org", Categories: []*policy.Category{account, health},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten, Withdraw: "by cancelling the proxy access on kp.org or with Member Services"}
	answer := &policy.Purpose{ID: "inquiries", Name: "Answering your questions and requests, and sending information about our plans you ask for", Categories: []*policy.Category{forms},
		Recipients: []*policy.Recipient{providers}}
	emails := &policy.Purpose{ID: "emails", Name: "Sending you health and wellness newsletters and reminders by email and push notification", Categories: []*policy.Category{account, device},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, in your kp.org preferences, or by turning notifications off in the app", Recipients: []*policy.Recipient{providers}}
	locate := &policy.Purpose{ID: "facilities", Name: "Showing you Kaiser Permanente facilities near you", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodPlatformPrompt, Withdraw: "by turning off location access for the app in your device's settings"}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding how our sites and apps are used, fixing problems and improving them", Categories: []*policy.Category{usage, device},
		Recipients: []*policy.Recipient{providers}}
	security := &policy.Purpose{ID: "security", Name: "Protecting our sites, apps and your account from unauthorized access", Categories: []*policy.Category{account, usage, device},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised, policy.SuspensionGroundTermsBreach},
			Contest: "by calling the kp.org website support line"}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law and legal process", Categories: []*policy.Category{account, forms, usage},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "federal and state law, and subpoenas and court orders", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Kaiser Permanente Website and Mobile Application Privacy Statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Kaiser Foundation Health Plan, Inc., for the Kaiser Permanente entities", Address: "One Kaiser Plaza, Oakland, CA 94612, USA", Phone: "1-800-464-4000"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.September, 1), Updated: policy.MakeDate(2024, time.September, 1),
		URL:   "https://healthy.kaiserpermanente.example/privacy",
		Scope: []string{"kp.org and the other Kaiser Permanente websites that link to this statement", "the Kaiser Permanente mobile apps"},
		OtherNotices: []policy.Notice{
			{Covers: "the protected health information of our members and patients, which HIPAA governs (our Notice of Privacy Practices), including what you see and send on kp.org and in the apps", URL: "https://healthy.kaiserpermanente.example/notice-of-privacy-practices"},
			{Covers: "consumer health data under Washington's My Health My Data Act (the Kaiser Permanente Washington Consumer Health Data Privacy Notice)", URL: "https://wa.kaiserpermanente.example/consumer-health-data"},
		},
		External:    []policy.ExternalService{policy.ExternalLinkedSites},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Categories:  []*policy.Category{account, health, forms, usage, device, location},
		NotCollected: []policy.Exclusion{{ID: "biometric", Name: "your fingerprint or face, when you sign in to the app with them", Class: policy.DataClassBiometric,
			Note: "Your device checks them, and the app learns only whether they matched."}},
		Purposes:    []*policy.Purpose{service, proxy, answer, emails, locate, improve, security, legal},
		Recipients:  []*policy.Recipient{kp, providers, authorities},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureAggregate}},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookies that keep you signed in to kp.org", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true, Note: "Without them you cannot sign in to the member pages."},
			{ID: "preferences", Name: "persistent cookies that remember your region and preferences", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage},
				Lifetime: policy.Expires(policy.Years(1))},
			{ID: "beacons", Name: "web beacons in our pages and emails", Technology: policy.TechnologyPixel, Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{usage},
				Lifetime: policy.SessionOnly(), Note: "They tell us whether a page was viewed or an email opened."},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo},
		Rights:  []policy.Right{{Kind: policy.RightRectification, How: "in your kp.org profile and preferences"}},
		Security: []policy.Measure{{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureAccessControl, Description: "You sign in to the member pages with your user ID and password, and we sign you out after a period without activity."},
			{Kind: policy.MeasureInternalRules, Description: "We keep administrative, physical and technical safeguards that HIPAA requires for health information."}},
		SecurityCaveat: true,
		SafetyTips:     []policy.SafetyTip{policy.SafetyTipKeepSecret, policy.SafetyTipSignOut},
		Links:          policy.Links{Security: "https://healthy.kaiserpermanente.example/security"},
		Children:       policy.Children{MinimumAge: 13, Scope: "our websites and apps", Note: "A parent or guardian may act for a child through proxy access; for teenagers, state law limits what a parent can see."},
		Changes:        policy.Changes{EffectiveOnPosting: true},
		Contact:        policy.Contact{Name: "Kaiser Permanente Member Services", Phone: "1-800-464-4000", Email: "webmanager@kaiserpermanente.example"},
	}
	return realPolicy{"health plan and provider (Kaiser Permanente)", p, []statement{
		{says: "Kaiser Foundation Health Plan in Oakland speaks for the Kaiser Permanente entities", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Kaiser Foundation Health Plan") && strings.Contains(p.Controller.Address, "Oakland")
		}},
		{says: "Kaiser Permanente is the health plans, the hospitals and the Permanente Medical Groups, which work together", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "kp").Name, "Permanente Medical Groups") && slices.Contains(p.Purpose("service").Recipients, recipient(p, "kp"))
		}},
		{says: "the statement covers kp.org, our other websites and our mobile apps", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 && strings.Contains(p.Scope[1], "apps") }},
		{says: "health information you see and send on the sites is protected health information, governed by our Notice of Privacy Practices", typed: func(p *policy.Policy) bool {
			c := p.Category("health")
			return c.GovernedBy == policy.SectoralHIPAA && strings.Contains(p.OtherNotices[0].Covers, "Notice of Privacy Practices") && p.OtherNotices[0].URL != ""
		}},
		{says: "where this statement and the Notice of Privacy Practices differ on health information, the Notice prevails", free: toCategory("health")},
		{says: "HIPAA requires us to keep health information confidential", typed: func(p *policy.Policy) bool {
			s := p.Category("health").Secrecy
			return s.Kind == policy.SecrecyMedical && strings.Contains(s.Laws[0].Act, "HIPAA")
		}},
		{says: "Washington residents have a separate consumer health data notice", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "Washington") && p.OtherNotices[1].URL != ""
		}},
		{says: "the terms of use of our sites and apps also apply", free: toIntroduction},
		{says: "to register we ask for your name, date of birth, medical record number, email and a user ID and password", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4 && p.Purpose("service").Required != ""
		}},
		{says: "members use the site to view records and test results, message doctors, schedule visits, refill prescriptions and pay bills", typed: func(p *policy.Policy) bool {
			return len(p.Category("health").Items) == 5 && p.Purpose("service").Uses(p.Category("health"))
		}},
		{says: "the health information comes from you and from our doctors, hospitals and pharmacies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("health").Sources, policy.SourceThirdParty) && p.Category("health").SourceDetail != ""
		}},
		{says: "you may let a family member or caregiver act for you on kp.org, and cancel that access", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("proxy")
			return pr.RestsOnConsent() && pr.Withdraw != "" && slices.Contains(p.Category("health").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "parents may act for their children through proxy access, and state law limits what they see of a teenager's record", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Children.Note, "proxy access") && strings.Contains(p.Children.Note, "teenagers") && p.Purpose("proxy") != nil
		}},
		{says: "our sites are not meant for children under 13 to use on their own", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 && p.Children.Scope != "" }},
		{says: "when you ask about our plans or fill in a form, we use what you give to answer you", typed: func(p *policy.Policy) bool { return p.Purpose("inquiries").Uses(p.Category("forms")) }},
		{says: "we collect your IP address, browser, pages visited and referring site automatically", typed: func(p *policy.Policy) bool {
			c := p.Category("usage")
			return len(c.Items) == 4 && slices.Contains(c.Sources, policy.SourceAutomatic)
		}},
		{says: "the app collects device identifiers and crash reports, and uses a token for push notifications", typed: func(p *policy.Policy) bool { return len(p.Category("device").Items) == 3 }},
		{says: "if you allow it, the app uses your location to find facilities near you", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("facilities").ConsentMethod == policy.ConsentMethodPlatformPrompt
		}},
		{says: "if you sign in with your fingerprint or face, your device checks it and we do not receive it", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassBiometric
		}},
		{says: "session cookies are needed to sign in, and the member pages do not work without them", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "session").Lifetime.Expiry == policy.ExpirySession
		}},
		{says: "persistent cookies remember your region and preferences", typed: func(p *policy.Policy) bool { return cookie(p, "preferences").Lifetime.Expiry == policy.ExpiryPeriod }},
		{says: "web beacons tell us whether pages were viewed and emails opened", typed: func(p *policy.Policy) bool { return cookie(p, "beacons").Technology == policy.TechnologyPixel }},
		{says: "you can set your browser to refuse cookies, but then you cannot sign in", free: toIntroduction},
		{says: "we do not respond to Do Not Track signals", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "we use what we collect to run, secure and improve our sites", typed: func(p *policy.Policy) bool {
			return p.Purpose("improve").Uses(p.Category("usage")) && p.Purpose("security").Uses(p.Category("usage"))
		}},
		{says: "we send newsletters and reminders by email and push notification, and you can stop them", typed: func(p *policy.Policy) bool {
			return p.Purpose("emails").OptOut && strings.Contains(p.Purpose("emails").OptOutHow, "unsubscribe")
		}},
		{says: "we may suspend access to an account that someone uses without authorization or against the terms", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised)
		}},
		{says: "companies that run our sites and send our emails act for us under contracts that protect the information", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we do not sell the personal information we collect on our sites", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "we disclose information when the law requires, and to protect our members, our sites and others", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil && p.Purpose("legal").HasBasis(policy.BasisLegalObligation)
		}},
		{says: "we may use aggregated information that identifies no one", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "you can update your registration information in your profile", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightRectification) && strings.Contains(p.Rights[0].How, "profile")
		}},
		{says: "members have the rights to their health information the Notice of Privacy Practices describes: to see and copy it, amend it, get an accounting of disclosures and ask for restrictions", free: toCategory("health")},
		{says: "ordinary email is not secure; send health questions through secure messaging on kp.org", free: toCategory("forms")},
		{says: "connections to the member pages are encrypted", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "we sign you out after a period without activity", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool {
				return m.Kind == policy.MeasureAccessControl && strings.Contains(m.Description, "sign you out")
			})
		}},
		{says: "we keep the safeguards HIPAA requires", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureInternalRules) }},
		{says: "no transmission over the internet is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "keep your password secret and sign out when you use a shared computer", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) && slices.Contains(p.SafetyTips, policy.SafetyTipSignOut)
		}},
		{says: "sites we link to have their own privacy policies, for which we are not responsible", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "we may change the statement, and changes take effect when posted with a new date", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting && !p.Updated.IsZero() }},
		{says: "questions about the sites go to the web manager, and about your care or coverage to Member Services", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone == "1-800-464-4000"
		}},
		{says: "questions about your health information go to the privacy official the Notice of Privacy Practices names", free: toCategory("health")},
	}}
}

// realPolicyUs14Expedia paraphrases, in our own words and as we recall
// it, the Expedia Group Privacy Statement as shown on expedia.com in the
// United States in 2024-2025, with its section for the residents of
// California and the other US states with privacy laws: bookings of
// hotels, flights, cars, vacation rentals and activities that the travel
// providers fulfil, the details of the other travellers a customer books
// for, the Secure Flight data airlines must pass to the TSA, special
// requests that may reveal health or religion, the One Key loyalty
// programme and its OneKeyCash, reviews, recorded calls and chats with
// customer service, and the advertising cookies its sites carry. The
// statement's sections for travellers in the EEA and the UK are left out:
// this paraphrase declares only the US laws. The controller's address is
// Expedia Group's headquarters; the toll-free number, the web and the
// e-mail addresses are illustrative.
func realPolicyUs14Expedia() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name, email address and phone number", "password", "your saved travellers and payment cards", "your One Key tier and OneKeyCash balance"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPACommercialInfo}}
	booking := &policy.Category{ID: "booking", Name: "Booking information", Items: []string{"the names of everyone travelling", "your itinerary: where and when you stay, fly or drive", "loyalty numbers with airlines and hotels", "the price and what you paid"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as needed to complete and support the booking, and then as tax and accounting laws require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	secureFlight := &policy.Category{ID: "secure-flight", Name: "Flight passenger information", Items: []string{"full name as on your ID, date of birth and gender", "passport details for international flights", "Known Traveler Number and Redress Number, if you have one"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Linked: true,
		Retention: policy.ByCriteria("as long as the booking and the records the airlines and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProtectedTraits, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card number, expiry date and security code", "billing address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as you keep the card in your account, and for a booking as long as payment rules and the law require"),
		CCPA:      []policy.CCPACategory{policy.CCPACustomerRecords, policy.CCPASensitivePersonalInfo}}
	requests := &policy.Category{ID: "special-requests", Name: "Special requests", Items: []string{"accessibility needs, such as a wheelchair or an accessible room", "dietary or religious requests you pass to a provider"},
		Description: "What you ask for may reveal your health or religion; we pass it only to the provider that has to meet it.",
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as the booking it is for"),
		CCPA:      []policy.CCPACategory{policy.CCPASensitivePersonalInfo}}
	reviews := &policy.Category{ID: "reviews", Name: "Reviews", Items: []string{"your ratings, reviews and photos of places you stayed", "the first name and city shown with them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.ByCriteria("as long as the review stays useful to other travellers, or until you ask us to remove it"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	contacts := &policy.Category{ID: "communications", Name: "Communications with us and with providers", Items: []string{"calls, chats and emails with customer service, including with our virtual agent", "messages you exchange with hotels and property owners through our sites"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, RecordingNotice: true,
		Retention: policy.ByCriteria("as long as needed to resolve your request and train our staff"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}
	social := &policy.Category{ID: "social", Name: "Information from social networks", Items: []string{"your name, email address and profile picture, if you sign in with a social network"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the social network you sign in with",
		Linked: true, Retention: policy.WhileAccountActive(policy.Period{}), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	device := &policy.Category{ID: "device", Name: "Device and browsing information", Items: []string{"IP address", "device and advertising identifiers, cookie IDs", "browser, language and operating system", "your searches and the pages you view"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Tracking: true,
		Retention: policy.ByCriteria("as long as needed to run and secure our sites, personalise them and measure our advertising"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	location := &policy.Category{ID: "location", Name: "Location", Items: []string{"your device's precise location, if you allow it in the app", "your approximate location from your IP address"},
		Sensitivity: policy.SensitivitySensitive, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, DevicePermission: true,
		Retention: policy.ByCriteria("as long as needed to show you nearby options and prevent fraud"),
		CCPA:      []policy.CCPACategory{policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo}}
	partnerData := &policy.Category{ID: "partner-data", Name: "Information from partners", Items: []string{"bookings you make through our partners' sites", "information from fraud prevention and identity services", "demographic and interest information from marketing partners"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "business partners, such as the airlines and card issuers we work with, fraud prevention services and marketing partners",
		Linked: true, Retention: policy.ByCriteria("as long as needed for the purpose we received it for"),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACommercialInfo}}
	inferences := &policy.Category{ID: "inferences", Name: "Travel preferences we infer", Items: []string{"the kinds of trips, places and prices you prefer"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{booking, device}, Linked: true,
		Retention: policy.ByCriteria("until we replace them with newer ones"), CCPA: []policy.CCPACategory{policy.CCPAInferences}}

	suppliers := &policy.Recipient{ID: "suppliers", Name: "travel providers, such as the hotels, property owners, airlines, car rental companies and activity providers you book", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{booking, secureFlight, payment, requests, contacts}, Purpose: "to fulfil your booking, under their own privacy policies"}
	group := &policy.Recipient{ID: "group", Name: "the Expedia Group companies, such as Hotels.com, Vrbo, Orbitz and Travelocity", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{account, booking, device, inferences}, Purpose: "to provide and improve their services, prevent fraud and, where the law allows, market them to you"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers for payment processing, customer service, hosting, fraud prevention, analytics and marketing", Role: policy.RoleProcessor, Country: regionUS,
		Categories: []*policy.Category{account, booking, payment, contacts, device, location}}
	partners := &policy.Recipient{ID: "partners", Name: "business partners, such as the airlines, card issuers and other companies whose sites offer our bookings under their brand", Role: policy.RoleThirdParty, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, booking}, Purpose: "you book through a partner's site, or join a partner's programme or offer through us"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising and social media companies whose cookies and pixels are on our sites", Role: policy.RoleThirdParty, Country: regionUS,
		Categories: []*policy.Category{device, inferences}, Purpose: "to show you our ads and others' travel ads on other sites and apps, and to measure them"}
	tsa := &policy.Recipient{ID: "tsa", Name: "the Transportation Security Administration, through the airlines", Role: policy.RoleAuthority, Country: regionUS,
		Categories: []*policy.Category{secureFlight}, Purpose: "to screen passengers against watch lists under the Secure Flight programme"}
	authorities := &policy.Recipient{ID: "authorities", Name: "law enforcement, government agencies and courts", Role: policy.RoleAuthority, Country: regionUS, Conditional: true,
		Categories: []*policy.Category{account, booking, payment, contacts}, Purpose: "the law requires it, or they serve a subpoena, court order or other legal process on us"}

	bookingP := &policy.Purpose{ID: "booking", Name: "Making, managing and supporting your bookings", Categories: []*policy.Category{account, booking, payment, requests, contacts},
		Recipients: []*policy.Recipient{suppliers, providers},
		Required:   "we need the travellers' names, your contact details and a way to pay to book; without them we cannot complete the booking"}
	flights := &policy.Purpose{ID: "secure-flight", Name: "Passing flight passengers' details to the airlines for the TSA's Secure Flight screening", Categories: []*policy.Category{secureFlight},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{suppliers, tsa},
		Obligations: []policy.Obligation{{Act: "the TSA's Secure Flight rule, 49 CFR Part 1560", Region: regionUS}},
		Required:    "without the full name, date of birth and gender the airline cannot issue a ticket"}
	accountP := &policy.Purpose{ID: "account", Name: "Creating and running your account, and signing you in with a social network if you choose", Categories: []*policy.Category{account, social},
		Recipients: []*policy.Recipient{providers}}
	oneKey := &policy.Purpose{ID: "one-key", Name: "Running One Key: crediting OneKeyCash, keeping your tier and giving member prices", Categories: []*policy.Category{account, booking},
		Recipients: []*policy.Recipient{group, providers}}
	support := &policy.Purpose{ID: "support", Name: "Answering you through customer service and our virtual agent, and training our staff", Categories: []*policy.Category{account, booking, contacts},
		Recipients: []*policy.Recipient{providers, suppliers}}
	personalise := &policy.Purpose{ID: "personalise", Name: "Personalising what you see on our sites: search results, recommendations and prices for members", Categories: []*policy.Category{booking, device, location, inferences},
		Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Sending you offers and travel ideas by email, text and push notification", Categories: []*policy.Category{account, inferences},
		OptOut: true, OptOutHow: "with the unsubscribe link in each email, by replying STOP to a text, in your account's communication preferences, or in your device's notification settings", Recipients: []*policy.Recipient{providers}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing you ads for our services and others' on other sites and apps, and measuring them", Categories: []*policy.Category{device, inferences},
		Profiling: true, OptOut: true, OptOutHow: "with the Your Privacy Choices link on our sites, in our cookie settings or with a Global Privacy Control signal",
		Recipients: []*policy.Recipient{adPartners}}
	reviewsP := &policy.Purpose{ID: "reviews", Name: "Publishing your reviews for other travellers", Categories: []*policy.Category{reviews}}
	fraud := &policy.Purpose{ID: "fraud", Name: "Preventing fraud and keeping our sites and customers secure", Categories: []*policy.Category{account, payment, device, location, partnerData},
		Recipients: []*policy.Recipient{providers},
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach},
			Contest: "by contacting customer service"}}
	improve := &policy.Purpose{ID: "improve", Name: "Analysing how our sites are used, running surveys and improving our services", Categories: []*policy.Category{device, booking, partnerData},
		Recipients: []*policy.Recipient{providers, group}}
	partnerP := &policy.Purpose{ID: "partners", Name: "Bookings through our partners and partner programmes you join", Categories: []*policy.Category{account, booking, partnerData},
		Recipients: []*policy.Recipient{partners}}
	legal := &policy.Purpose{ID: "legal", Name: "Complying with the law, answering legal process and enforcing our terms", Categories: []*policy.Category{account, booking, payment, contacts},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{{Act: "federal and state tax, consumer protection and sanctions laws", Region: regionUS}},
		Recipients: []*policy.Recipient{authorities}}

	p := &policy.Policy{
		Title:      "Expedia Group Privacy Statement",
		Controller: policy.Controller{Contact: policy.Contact{Name: "Expedia, Inc.", Address: "1111 Expedia Group Way W, Seattle, WA 98119, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.December, 1), Updated: policy.MakeDate(2024, time.December, 1),
		URL:   "https://www.expedia.example/lp/lg-privacypolicy",
		Laws:  []policy.Law{policy.CCPA, policy.USStates},
		Scope: []string{"expedia.com, the Expedia app and our call centers", "the other Expedia Group brands' sites that link to this statement"},
		OtherNotices: []policy.Notice{
			{Covers: "cookies and similar technologies on our sites (our Cookie Statement)", URL: "https://www.expedia.example/lp/lg-cookie-statement"},
			{Covers: "travellers in the European Economic Area and the United Kingdom, whose rights and legal bases a section of their own sets out"},
			{Covers: "our partners and property owners who list on our sites"},
		},
		External:   []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Categories: []*policy.Category{account, booking, secureFlight, payment, requests, reviews, contacts, social, device, location, partnerData, inferences},
		Storage:    []policy.Storage{{Location: regionUS}},
		Purposes:   []*policy.Purpose{bookingP, flights, accountP, oneKey, support, personalise, marketing, ads, reviewsP, fraud, improve, partnerP, legal},
		Recipients: []*policy.Recipient{suppliers, group, providers, partners, adPartners, tsa, authorities},
		// The statement names no safeguard for bookings abroad, and neither
		// the CCPA nor the other states' laws ask for one.
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationBooking, Recipient: suppliers, Categories: []*policy.Category{booking, secureFlight, payment, requests}}},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureProtection}, {Kind: policy.DisclosureBusinessTransfer}, {Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{{From: policy.EventDeletionRequest, Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud, policy.KeptLegalClaims}}},
		Cookies: []policy.Cookie{
			{ID: "necessary", Name: "cookies that keep you signed in and remember your search and cart", Party: policy.PartyFirst, Purpose: bookingP, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "analytics cookies", Party: policy.PartyFirst, Purpose: improve, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "advertising", Name: "advertising cookies and pixels", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: adPartners, Purpose: ads,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightAccess, How: "with the privacy request form or in your account"}, {Kind: policy.RightRectification, How: "in your account"},
			{Kind: policy.RightErasure, How: "with the privacy request form"}, {Kind: policy.RightPortability},
			{Kind: policy.RightOptOutOfSale, How: "with the Your Privacy Choices link or a Global Privacy Control signal"},
			{Kind: policy.RightOptOutOfTargetedAdvertising, How: "with the same link"},
			{Kind: policy.RightNonDiscrimination}},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes,
			Deadline: policy.Days(45), Extension: policy.Days(45)},
		CCPA: policy.CCPANotice{Sold: policy.AnswerYes, Shared: policy.AnswerYes,
			SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity, policy.CCPAInferences},
			OptOutURL:      "https://www.expedia.example/privacy/your-privacy-choices", SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo,
			RequestMethods: []string{"our online privacy request form", "1-800-555-0142"}, TollFreeNumber: "1-800-555-0142"},
		USStates: policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerYes,
			Appeal: policy.Appeal{How: "by following the link in our answer to your request", AttorneyGeneral: true}},
		Incentives: []policy.Incentive{{ID: "one-key", Name: "One Key",
			Summary:    "Members earn OneKeyCash on eligible bookings, which they spend on later ones, and get member prices and more perks at higher tiers.",
			Categories: []*policy.Category{account, booking}, OptIn: "by creating an account, which makes you a member", Withdraw: "by closing your account",
			Value: "We value members' information by what we spend on OneKeyCash and member prices, which is reasonably related to the value it has to us."}},
		Security:       []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl}, {Kind: policy.MeasureInternalRules, Description: "We keep administrative, technical and physical safeguards."}},
		SecurityCaveat: true,
		SafetyTips:     []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipPayOnPlatform},
		Links:          policy.Links{RequestForm: "https://www.expedia.example/privacy/request", CookieSettings: "https://www.expedia.example/privacy/your-privacy-choices"},
		Children:       policy.Children{MinimumAge: 16, Note: "An adult books for a child who travels and gives us the child's details."},
		Changes:        policy.Changes{Notify: []policy.Channel{policy.ChannelHomePage, policy.ChannelEmail}, MaterialOnly: true},
		Contact:        policy.Contact{Name: "Expedia Group Privacy Office", Address: "1111 Expedia Group Way W, Seattle, WA 98119, USA", Email: "privacy@expedia.example"},
	}
	return realPolicy{"travel booking (Expedia)", p, []statement{
		{says: "Expedia, Inc. in Seattle is responsible for the information this statement covers", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "Expedia, Inc." && strings.Contains(p.Controller.Address, "Seattle")
		}},
		{says: "the statement covers expedia.com, the app, our call centers and the other Expedia Group brands' sites that link to it", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 2 && strings.Contains(p.Scope[0], "call centers")
		}},
		{says: "cookies are explained in our Cookie Statement", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[0].Covers, "Cookie Statement") && p.OtherNotices[0].URL != ""
		}},
		{says: "partners and property owners have their own notice", typed: func(p *policy.Policy) bool { return strings.Contains(p.OtherNotices[2].Covers, "property owners") }},
		{says: "we collect your name, contact details, password and saved travellers when you create an account", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 4 && p.Purpose("account").Uses(p.Category("account"))
		}},
		{says: "to book we collect the travellers' names, the itinerary and payment details", typed: func(p *policy.Policy) bool {
			return p.Purpose("booking").Uses(p.Category("payment")) && p.Purpose("booking").Required != ""
		}},
		{says: "when you book for others you give us their details and must have their permission", typed: func(p *policy.Policy) bool { return othersGive(p, "booking") && othersGive(p, "secure-flight") }},
		{says: "for flights we collect full name, date of birth, gender, passport details and Known Traveler and Redress numbers", typed: func(p *policy.Policy) bool {
			return len(p.Category("secure-flight").Items) == 3 && slices.Contains(p.Category("secure-flight").CCPA, policy.CCPASensitivePersonalInfo)
		}},
		{says: "the TSA's Secure Flight programme requires the airline to receive them, and without them no ticket is issued", typed: func(p *policy.Policy) bool {
			f := p.Purpose("secure-flight")
			return f.HasBasis(policy.BasisLegalObligation) && strings.Contains(f.Obligations[0].Act, "1560") && f.Required != "" && recipient(p, "tsa").Role == policy.RoleAuthority
		}},
		{says: "special requests may reveal your health or religion, and go only to the provider that meets them", typed: func(p *policy.Policy) bool {
			c := p.Category("special-requests")
			return c.Sensitivity == policy.SensitivitySpecial && c.Description != "" && slices.Contains(recipient(p, "suppliers").Categories, c)
		}},
		{says: "we share your booking with the hotel, airline, car rental company or activity provider, which uses it under its own privacy policy", typed: func(p *policy.Policy) bool {
			s := recipient(p, "suppliers")
			return s.Role == policy.RoleThirdParty && strings.Contains(s.Purpose, "own privacy policies") && slices.Contains(p.Purpose("booking").Recipients, s)
		}},
		{says: "providers may be in other countries, where you choose to travel", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 1 && p.Transfers[0].ChosenDestination == policy.ChosenDestinationBooking
		}},
		{says: "we store information in the United States", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionUS }},
		{says: "One Key members earn OneKeyCash and member prices, a financial incentive whose value we explain", typed: func(p *policy.Policy) bool {
			i := p.Incentives[0]
			return i.Value != "" && i.OptIn != "" && i.Withdraw != "" && p.Purpose("one-key") != nil
		}},
		{says: "the Expedia Group brands share members' information to run One Key across them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("one-key").Recipients, recipient(p, "group"))
		}},
		{says: "you may sign in with a social network, which then gives us your name, email and picture", typed: func(p *policy.Policy) bool {
			return p.Category("social").SourceDetail != "" && slices.Contains(p.External, policy.ExternalSocialNetworks)
		}},
		{says: "reviews you post are public, with your first name and city", typed: func(p *policy.Policy) bool {
			return p.Category("reviews").Visibility == policy.VisibilityAlways && p.Purpose("reviews").Uses(p.Category("reviews"))
		}},
		{says: "we record calls and keep chats with customer service and our virtual agent, and messages you exchange with properties", typed: func(p *policy.Policy) bool {
			return p.Category("communications").RecordingNotice && len(p.Category("communications").Items) == 2
		}},
		{says: "we collect IP address, device and advertising identifiers, searches and pages viewed automatically", typed: func(p *policy.Policy) bool {
			c := p.Category("device")
			return c.Tracking && len(c.Items) == 4
		}},
		{says: "with your permission the app uses your precise location; otherwise we estimate it from your IP address", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && len(p.Category("location").Items) == 2
		}},
		{says: "we receive information from partners, fraud prevention services and marketing partners", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("partner-data").SourceDetail, "fraud") && p.Purpose("fraud").Uses(p.Category("partner-data"))
		}},
		{says: "we personalise search results, recommendations and member prices from your bookings and browsing", typed: func(p *policy.Policy) bool {
			return p.Purpose("personalise").Profiling && len(p.Category("inferences").DerivedFrom) == 2
		}},
		{says: "we send offers by email, text and push, and you can stop each", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").OptOut && strings.Contains(p.Purpose("marketing").OptOutHow, "STOP")
		}},
		{says: "even if you opt out of marketing, we still send messages about your bookings and account", free: toPurpose("marketing")},
		{says: "we prevent fraud and may cancel bookings or close accounts we suspect", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud)
		}},
		{says: "service providers act for us and may use the information only for the services they provide", typed: func(p *policy.Policy) bool {
			return recipient(p, "providers").Role == policy.RoleProcessor
		}},
		{says: "we share with the other Expedia Group companies to provide and improve services and, as the law allows, market them", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleThirdParty && slices.Contains(p.Purpose("improve").Recipients, recipient(p, "group"))
		}},
		{says: "if you book through a partner's site or join a partner programme, we share with that partner", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && p.Purpose("partners").Recipients[0] == recipient(p, "partners")
		}},
		{says: "we may disclose information on legal process, to protect people and our rights, in a sale of the business, and in aggregate form", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "advertising partners' cookies and pixels show ads on other sites, which the law may treat as a sale or sharing", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerYes && p.CCPA.Shared == policy.AnswerYes && cookie(p, "advertising").Provider == recipient(p, "advertising")
		}},
		{says: "we sold or shared identifiers, internet activity and inferences in the past 12 months", typed: func(p *policy.Policy) bool { return len(p.CCPA.SoldCategories) == 3 }},
		{says: "you opt out of sale, sharing and targeted advertising with the Your Privacy Choices link, cookie settings or Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.OptOutURL != "" && hasRight(p, policy.RightOptOutOfTargetedAdvertising) && p.Signals.GlobalPrivacyControl == policy.AnswerYes && p.Links.CookieSettings != ""
		}},
		{says: "we do not respond to Do Not Track", typed: func(p *policy.Policy) bool { return p.Signals.DoNotTrack == policy.AnswerNo }},
		{says: "a browser opt-out applies only to that browser and device", free: toPurpose("ads")},
		{says: "we use sensitive personal information only for the purposes the law allows without a right to limit", typed: func(p *policy.Policy) bool {
			return p.CCPA.SensitiveUse == policy.AnswerNo && !hasRight(p, policy.RightLimitSensitiveUse)
		}},
		{says: "we do not sell or share the information of consumers we know are under 16", typed: func(p *policy.Policy) bool { return p.CCPA.Under16 == policy.AnswerNo }},
		{says: "residents may know, access, correct, delete and get a copy of their information, without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightRectification) && hasRight(p, policy.RightPortability) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "requests go through the online form or by phone; we verify you by sign-in or email, and an authorised agent may ask for you", typed: func(p *policy.Policy) bool {
			return len(p.CCPA.RequestMethods) == 2 && slices.Contains(p.Requests.Verification, policy.VerificationEmail) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we answer within 45 days and may take 45 more", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(45) && p.Requests.Extension == policy.Days(45)
		}},
		{says: "you may appeal a refusal through the link in our answer, and then complain to your Attorney General", typed: func(p *policy.Policy) bool {
			return p.USStates.Appeal.How != "" && p.USStates.Appeal.AttorneyGeneral
		}},
		{says: "we keep information as long as needed for our purposes and as the law requires, and keep some after a deletion request", typed: func(p *policy.Policy) bool {
			return p.Category("booking").Retention.Kind == policy.RetentionCriteria && p.Deletion[0].Keeps(policy.KeptLegalObligation)
		}},
		{says: "travel providers keep booking information under their own retention rules", free: toCategory("booking")},
		{says: "we protect information with administrative, technical and physical safeguards and encryption", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureInternalRules)
		}},
		{says: "no system is completely secure", typed: func(p *policy.Policy) bool { return p.SecurityCaveat }},
		{says: "we will never ask for your password by email or phone, and you should never pay a property outside our sites", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipPayOnPlatform)
		}},
		{says: "our services are not for children; adults book for children travelling", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 && p.Children.Note != "" }},
		{says: "sites we link to and social networks follow their own policies", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "travellers in the EEA and the UK have a section of their own", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.OtherNotices[1].Covers, "European Economic Area")
		}},
		{says: "we post changes with a new date and tell you of material ones", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && slices.Contains(p.Changes.Notify, policy.ChannelHomePage)
		}},
		{says: "questions go to our Privacy Office by email or post", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" && p.Contact.Address != "" }},
	}}
}
