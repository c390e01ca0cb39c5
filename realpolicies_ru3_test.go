package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// Two more Russian policies under 152-FZ, paraphrased as the others are:
// a social network and video platform that is an organiser of the
// distribution of information (149-FZ Art. 10.1) and publishes the rules
// of its recommendation technologies (Art. 10.2-2), and a mobile operator
// bound by the secrecy of communications and the storage duties of
// Federal Law No. 126-FZ “On Communications”.

// socialNetwork paraphrases the privacy policy of the VK social network
// (VKontakte, VK Video and the other services signed in to with VK ID),
// as published in 2024: registration by phone number, public and
// restricted profiles, recommendations and targeted advertising, data
// received from partner sites through the pixel and the counter, mini
// apps and sign-in to other sites with VK ID, the storage duties of an
// organiser of the distribution of information, and users from 14.
func socialNetwork() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "email address, if given", "password", "VK ID identifier"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Months(7)), Linked: true}
	profile := &policy.Category{ID: "profile", Name: "Main profile data", Items: []string{"first name and surname", "profile photo"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Months(7)), Linked: true,
		Visibility: policy.VisibilityAlways}
	details := &policy.Category{ID: "details", Name: "Other profile data", Items: []string{"date of birth", "gender", "city", "education and work", "relationship status", "interests"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Months(7)), Linked: true,
		Visibility: policy.VisibilityOptional, VisibleTo: []policy.Audience{policy.AudienceOtherUsers}}
	content := &policy.Category{ID: "content", Name: "Posts and uploaded content", Items: []string{"posts and comments", "photos and videos", "clips and live broadcasts", "likes and reposts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true, Retention: policy.WhileAccountActive(policy.Months(7)), Linked: true,
		Visibility: policy.VisibilityDefault}
	messages := &policy.Category{ID: "messages", Name: "Private messages", Items: []string{"text of messages", "voice messages", "photos, videos and files sent in chats", "calls"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Months(7)), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}}
	activity := &policy.Category{ID: "activity", Name: "Activity in the services", Items: []string{"posts, videos and clips viewed and for how long", "searches", "communities joined", "music listened to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	interests := &policy.Category{ID: "interests", Name: "Inferred interests", Items: []string{"topics of interest", "the audience segments used for advertising"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{details, activity, content},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	technical := &policy.Category{ID: "technical", Name: "Technical data", Items: []string{"IP address", "device and browser", "cookie identifiers", "approximate location from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	partner := &policy.Category{ID: "partner", Name: "Data from partner websites and apps", Items: []string{"pages visited and actions on partner websites", "purchases reported by advertisers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "websites and apps that install the VK pixel or the Top.Mail.Ru counter",
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	traffic := &policy.Category{ID: "traffic", Name: "Information on the facts of communications", Items: []string{"the facts of receiving, sending, delivering and processing messages, calls and files", "the time and size of each message", "the users taking part and their IP addresses"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("Federal Law No. 149-FZ, Art. 10.1(3)(1): one year after the communication ends"), Linked: true}
	stored := &policy.Category{ID: "stored", Name: "Copies of the content of communications", Items: []string{"text messages", "voice messages", "images, sounds and videos sent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Federal Law No. 149-FZ, Art. 10.1(3)(2): six months after the communication ends, even where the user deletes the message"), Linked: true}
	support := &policy.Category{ID: "support", Name: "Requests to support", Items: []string{"the text of the request", "attached screenshots and documents"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}

	hosting := &policy.Recipient{ID: "hosting", Name: "Data centre and SMS delivery contractors", Role: policy.RoleProcessor, Categories: []*policy.Category{account, profile, content, messages},
		Purpose: "to store data and send confirmation codes on VK's instructions", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "Companies of the VK group", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, profile, details},
		Purpose: "to provide their own services to users who sign in to them with VK ID", Country: regionRU}
	sites := &policy.Recipient{ID: "sites", Name: "Websites and apps where the user signs in with VK ID", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, profile},
		Purpose: "to create or open the user's account with them, after the user allows it"}
	miniapps := &policy.Recipient{ID: "miniapps", Name: "Developers of mini apps and games", Role: policy.RoleThirdParty, Categories: []*policy.Category{profile, details},
		Purpose: "to run the mini app or game, with the data the user allows it to access"}
	advertisers := &policy.Recipient{ID: "advertisers", Name: "Advertisers and their agencies", Role: policy.RoleThirdParty, Categories: []*policy.Category{partner},
		Purpose: "to receive aggregated reports on the reach and results of their campaigns"}
	fsb := &policy.Recipient{ID: "authorities", Name: "State bodies conducting operational-search activities or ensuring the security of the Russian Federation", Role: policy.RoleAuthority,
		Categories: []*policy.Category{account, traffic, stored}, Purpose: "in the cases laid down by federal law", Country: regionRU}

	service := &policy.Purpose{ID: "service", Name: "Registering users and providing the social network, messages, video and the other services", Categories: []*policy.Category{account, profile, details, content, messages, technical},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "a phone number, confirmed by a code in a text message, is needed to register; without it no account can be created"}
	vkid := &policy.Purpose{ID: "vkid", Name: "Signing in with VK ID to the group's services and to other websites and apps", Categories: []*policy.Category{account, profile, details},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by removing the connected service in the VK ID settings",
		Recipients: []*policy.Recipient{group, sites, miniapps},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommendations := &policy.Purpose{ID: "recommendations", Name: "Recommending posts, videos, clips, music, communities and friends", Categories: []*policy.Category{details, activity, interests, technical},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Showing advertising chosen for the user's interests and measuring its results", Categories: []*policy.Category{details, activity, interests, technical, partner},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the advertising settings or by writing to VK", OptOut: true, Profiling: true, ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{advertisers},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	safety := &policy.Purpose{ID: "safety", Name: "Protecting users from spam, fraud and hacked accounts, and enforcing the rules of the services", Categories: []*policy.Category{account, content, technical, activity},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundAccountTakeover, policy.SuspensionGroundFraud},
			Contest: "by writing to support from the page of the blocked account"}}
	ori := &policy.Purpose{ID: "ori", Name: "Storing the information an organiser of the distribution of information must keep, and providing it to the authorised state bodies", Categories: []*policy.Category{account, traffic, stored},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fsb},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”, Art. 10.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionTransfer, policy.ActionDestruction},
		Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "Answering requests to support", Categories: []*policy.Category{account, support},
		Bases:    []policy.Basis{policy.BasisContract},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "VK LLC", Email: "privacy@vk.example", Address: "39 Leningradsky Prospekt, bldg. 79, Moscow, 125167, Russia"},
			Country: regionRU, Registration: "OGRN 1027739850962, INN 7743001840"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "dpo@vk.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-12-000000", Notified: policy.MakeDate(2012, time.April, 2)},
		URL:              "https://vk.example/privacy",
		Version:          "2024", Effective: policy.MakeDate(2024, time.May, 20), Updated: policy.MakeDate(2024, time.May, 20),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Constitution of the Russian Federation", Region: regionRU}, {Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU},
			{Act: "Federal Law No. 149-FZ “On Information, Information Technologies and the Protection of Information”", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU}},
		Scope:           []string{"the VKontakte social network at vk.example and its mobile apps", "VK Video, VK Clips and VK Music", "the other services of the VK group that users sign in to with VK ID"},
		Acknowledgement: true,
		Principles:      []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:      []*policy.Category{account, profile, details, content, messages, activity, interests, technical, partner, traffic, stored, support},
		Storage:         []policy.Storage{{Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "biometric personal data", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{service, vkid, recommendations, advertising, safety, ori, helping},
		Recipients: []*policy.Recipient{hosting, group, sites, miniapps, advertisers, fsb},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureAggregate},
		},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, profile, details, content, messages},
				Stages: []policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Months(7)}, {Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note:   "Information that the law requires to be kept is kept for the periods it sets."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{interests, partner}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Links: policy.Links{Recommendations: "https://vk.example/legal/recommendations"},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{technical},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "pixel", Name: "the VK pixel and the Top.Mail.Ru counter on partner websites", Party: policy.PartyFirst, Purpose: advertising, Technology: policy.TechnologyPixel,
				Categories: []*policy.Category{partner, technical}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("in the privacy settings, by writing to privacy@vk.example or through the support form"),
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventDeletionRequest,
			policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 14},
		Changes:  policy.Changes{EffectiveOnPosting: true, Notify: []policy.Channel{policy.ChannelInService}},
		Contact:  policy.Contact{Email: "privacy@vk.example", Address: "39 Leningradsky Prospekt, bldg. 79, Moscow, 125167, Russia", Website: "https://vk.example/support"},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}
	return realPolicy{"social network (VK)", p, []statement{
		{says: "the operator is VK LLC in Moscow, named with its OGRN and INN", typed: func(p *policy.Policy) bool { return p.Controller.Registration != "" && p.Controller.Address != "" }},
		{says: "VK has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "VK is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the policy covers VKontakte, VK Video, Clips and Music and the group's services signed in to with VK ID", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "by using the services the user confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "the legal grounds are the Constitution, the Civil Code, 152-FZ, 149-FZ and the law on advertising, the user agreement and the consents", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 5 && anyBasis(p, policy.BasisContract) && anyBasis(p, policy.BasisConsent)
		}},
		{says: "to register, a user gives a phone number, confirmed by a code in a text message, without which no account can be created", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && slices.Contains(p.Category("account").Items, "phone number")
		}},
		{says: "the first name, surname and profile photo are always visible to everyone", typed: func(p *policy.Policy) bool { return p.Category("profile").Visibility == policy.VisibilityAlways }},
		{says: "the user chooses who sees the date of birth, city, education and the other profile fields", typed: func(p *policy.Policy) bool {
			return p.Category("details").Visibility == policy.VisibilityOptional
		}},
		{says: "posts, photos and videos are public unless the user restricts them in the privacy settings", typed: func(p *policy.Policy) bool {
			return p.Category("content").Visibility == policy.VisibilityDefault
		}},
		{says: "private messages are seen by the users they are sent to", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceOtherUsers)
		}},
		{says: "VK records what the user views, searches for and listens to, and the IP address, device and cookies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("activity").Sources, policy.SourceAutomatic) && slices.Contains(p.Category("technical").Sources, policy.SourceAutomatic)
		}},
		{says: "VK infers the user's interests from the profile, activity and content", typed: func(p *policy.Policy) bool { return len(p.Category("interests").DerivedFrom) == 3 }},
		{says: "partner websites with the VK pixel or the Top.Mail.Ru counter send VK the user's visits and actions", typed: func(p *policy.Policy) bool {
			return p.Category("partner").SourceDetail != "" && cookie(p, "pixel").Technology == policy.TechnologyPixel
		}},
		{says: "VK provides its services under the user agreement", typed: func(p *policy.Policy) bool { return p.Purpose("service").RestsOn(policy.BasisContract, policy.FZ152) }},
		{says: "the feed, videos, clips, music, communities and friends are recommended by recommendation technologies from the user's actions", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && p.Purpose("recommendations").Uses(p.Category("activity"))
		}},
		{says: "the rules for applying the recommendation technologies are published on the website, as Art. 10.2-2 of 149-FZ requires", typed: func(p *policy.Policy) bool {
			return p.Links.Recommendations != ""
		}},
		{says: "advertising is chosen for the user's interests with consent, which can be withdrawn in the advertising settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").RestsOn(policy.BasisConsent, policy.FZ152) && p.Purpose("advertising").Withdraw != ""
		}},
		{says: "advertisers receive only aggregated reports on their campaigns, not data identifying users", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureAggregate) != nil && recipient(p, "advertisers") != nil
		}},
		{says: "the group's companies receive VK ID data to provide their own services", typed: func(p *policy.Policy) bool {
			return recipient(p, "group").Role == policy.RoleThirdParty && p.Purpose("vkid").Recipients[0] == recipient(p, "group")
		}},
		{says: "other websites and apps receive the name, photo and phone number or email when the user signs in with VK ID and allows it", typed: func(p *policy.Policy) bool {
			return p.Purpose("vkid").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "sites").Role == policy.RoleThirdParty
		}},
		{says: "mini apps and games receive the data the user allows them to access", typed: func(p *policy.Policy) bool { return recipient(p, "miniapps").Purpose != "" }},
		{says: "data centres and SMS providers process data on VK's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "hosting").Role == policy.RoleProcessor }},
		{says: "VK protects users from spam, fraud and hacked accounts, and may block an account that breaks the rules, which the user can contest with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("safety").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "as an organiser of the distribution of information, VK stores in Russia the facts of communications for one year and the content of messages for six months", typed: func(p *policy.Policy) bool {
			return p.Purpose("ori").RestsOn(policy.BasisLegalObligation, policy.FZ152) &&
				p.Category("traffic").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("stored").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "that information is provided to the state bodies conducting operational-search activities or ensuring security, in the cases laid down by federal law", typed: func(p *policy.Policy) bool {
			return recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "VK discloses data to courts and authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionRU }},
		{says: "VK does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool { return len(p.NotCollected) == 2 }},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "a deleted page can be restored for seven months, after which its data is destroyed", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].Stages[0].Removal == policy.RemovalTrash && p.Deletion[1].Stages[0].Within == policy.Months(7)
		}},
		{says: "other data is destroyed within 30 days of the purposes being achieved", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventPurposeAchieved && p.Deletion[0].Total() == policy.Days(30)
		}},
		{says: "the website uses session cookies without consent, and advertising cookies and the pixel with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "pixel").Consent == policy.CookieConsentOptIn
		}},
		{says: "the services may be used from the age of 14", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 14 }},
		{says: "users have the rights of Art. 14 to 17, exercised in the settings or by writing to VK", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent)
		}},
		{says: "VK answers requests within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			return p.Requests.Deadline == policy.Days(10) && p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5)
		}},
		{says: "requests are made from the signed-in account or with an identity document", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "VK stops processing when the purposes are achieved, consent is withdrawn, the account is deleted, processing is found unlawful or VK is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "VK protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "a new version takes effect when published, and the user is told in the service", typed: func(p *policy.Policy) bool {
			return p.Changes.EffectiveOnPosting && slices.Contains(p.Changes.Notify, policy.ChannelInService)
		}},
		{says: "questions go to the support form, the email address or VK's address", typed: func(p *policy.Policy) bool { return p.Contact.Website != "" && p.Contact.Email != "" }},
		// Free text.
		{says: "a user who publishes photos of others or other people's data answers for having their consent", typed: func(p *policy.Policy) bool { return othersGive(p, "content") }},
		{says: "VK does not verify the data users give about themselves and assumes it is accurate", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}

// mobileOperator paraphrases the policy on the processing of personal
// data of a large Russian mobile operator (MTS or MegaFon), as published
// in 2024: the conclusion of a contract with an identity document and
// the confirmation of subscriber data through Gosuslugi, the secrecy of
// communications, the storage of information on communications and of
// their content under Federal Law No. 374-FZ, scoring for banks with the
// subscriber's consent, the Unified Biometric System, advertising by
// consent and roaming abroad.
func mobileOperator() realPolicy {
	all := policy.Actions()
	subscriber := &policy.Category{ID: "subscriber", Name: "Subscriber data", Items: []string{"surname, first name and patronymic", "date and place of birth", "details of the identity document", "registration address", "subscriber number and SIM card number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "the Unified Identification and Authentication System (Gosuslugi), when the subscriber concludes the contract remotely or confirms the data of a number",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "Contact details", Items: []string{"contact phone number", "email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	traffic := &policy.Category{ID: "traffic", Name: "Information on the communication services provided", Items: []string{"numbers called and calling", "date, time and duration of calls, messages and sessions", "volume of data transferred", "the base stations the device connected to", "IMEI of the device"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("Federal Law No. 126-FZ “On Communications”, Art. 64(1)(1): three years"), Linked: true,
		Commitments: []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}}
	content := &policy.Category{ID: "content", Name: "Content of communications", Items: []string{"voice of calls", "text messages", "images, sounds, video and other messages"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Federal Law No. 126-FZ “On Communications”, Art. 64(1)(2), and Government Decree No. 445 of 12 April 2018: up to six months"), Linked: true,
		Commitments: []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}}
	billing := &policy.Category{ID: "billing", Name: "Billing data", Items: []string{"charges and the balance of the personal account", "payments and their method", "tariff and services connected"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "banks and payment agents that accept payments",
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	score := &policy.Category{ID: "score", Name: "Scoring results", Items: []string{"a score of the likelihood that the subscriber repays a loan or is a fraudster", "a confirmation that the number belongs to the person"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{subscriber, traffic, billing},
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	biometric := &policy.Category{ID: "biometric", Name: "Biometric personal data", Items: []string{"facial image", "voice recording"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	web := &policy.Category{ID: "web", Name: "Technical data of the website and the app", Items: []string{"IP address", "cookie identifiers", "device identifiers", "actions in the app and on the website"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	dealers := &policy.Recipient{ID: "dealers", Name: "Dealers and contact centres that conclude contracts and serve subscribers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{subscriber, contact, billing}, Purpose: "to conclude contracts and answer subscribers on the operator's instructions", Country: regionRU}
	esia := &policy.Recipient{ID: "esia", Name: "The operator of the Unified Identification and Authentication System (Ministry of Digital Development)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber}, Purpose: "to confirm the subscriber's identity and the data of the numbers registered to the subscriber", Country: regionRU}
	authorities := &policy.Recipient{ID: "authorities", Name: "State bodies conducting operational-search activities or ensuring the security of the Russian Federation", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, traffic, content}, Purpose: "in the cases laid down by federal law", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "Banks and microfinance organisations", Role: policy.RoleThirdParty, Categories: []*policy.Category{score},
		Purpose: "to assess a loan application or check a customer, with the subscriber's consent", Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "The operator of the Unified Biometric System", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, biometric},
		Purpose: "to place the biometric samples in the Unified Biometric System", Country: regionRU}
	roaming := &policy.Recipient{ID: "roaming", Name: "Foreign operators that serve the subscriber in roaming", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, traffic},
		Purpose: "to connect calls and data sessions and to settle their charges"}
	metrica := &policy.Recipient{ID: "metrica", Name: "Yandex LLC (Yandex Metrica and AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{web}, Country: regionRU}

	contract := &policy.Purpose{ID: "contract", Name: "Concluding and performing the contract for communication services, including billing and settlements", Categories: []*policy.Category{subscriber, contact, traffic, billing},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dealers, esia},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 126-FZ “On Communications”, Art. 44 and 53", Region: regionRU},
			{Act: "the Rules for the provision of telephone communication services, approved by Government Decree No. 2606 of 31 December 2021", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Required: "the contract is concluded only on an identity document, and a number whose subscriber data is not confirmed is suspended"}
	sorm := &policy.Purpose{ID: "sorm", Name: "Storing information on communications and their content, and providing it to the authorised state bodies", Categories: []*policy.Category{subscriber, traffic, content},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 126-FZ “On Communications”, Art. 64 (as amended by Federal Law No. 374-FZ of 6 July 2016)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers, policy.DataSubjectThirdParties},
		Actions:     []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionTransfer, policy.ActionDestruction}, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "Detecting and blocking fraudulent calls and messages", Categories: []*policy.Category{traffic},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Federal Law No. 126-FZ “On Communications”, Art. 46(1)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Contest: "by calling the contact centre or at a shop"}}
	scoring := &policy.Purpose{ID: "scoring", Name: "Calculating scores and confirming data for banks at the subscriber's request", Categories: []*policy.Category{subscriber, traffic, billing, score},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by writing to the operator or in the personal account", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Profiling: true, Recipients: []*policy.Recipient{banks},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "Collecting biometric data in shops and placing it in the Unified Biometric System", Categories: []*policy.Category{subscriber, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "through the Gosuslugi portal", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, OptOut: true,
		Recipients: []*policy.Recipient{ebs},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Required: "giving biometric data is voluntary, and a subscriber who refuses is served in every other way"}
	roam := &policy.Purpose{ID: "roaming", Name: "Providing communication services in roaming abroad", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{roaming},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Sending advertising of the operator's and its partners' services", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the personal account, by an USSD command or by calling the contact centre", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	directory := &policy.Purpose{ID: "directory", Name: "Giving reference information about the subscriber", Categories: []*policy.Category{subscriber},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by a written application", ConsentMethod: policy.ConsentMethodWritten,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "Analysing how the website and the app are used", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie banner or in the browser's settings", OptOut: true, ConsentMethod: policy.ConsentMethodConsentTool,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Mobile TeleSystems PJSC", Email: "pd@mts.example", Phone: "8 800 250-08-90", Address: "4 Marksistskaya St., Moscow, 109147, Russia"},
			Country: regionRU, Registration: "OGRN 1027700149124, INN 7740000076, licences to provide communication services"},
		Responsible:      &policy.Contact{Name: "the person responsible for organising the processing of personal data", Email: "dpo@mts.example"},
		OperatorRegister: policy.OperatorRegister{Number: "77-10-000000", Notified: policy.MakeDate(2010, time.March, 1)},
		URL:              "https://mts.example/personal-data",
		Version:          "2024", Effective: policy.MakeDate(2024, time.August, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyOthersInformed},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "the Constitution of the Russian Federation", Region: regionRU}, {Act: "the Civil Code of the Russian Federation", Region: regionRU},
			{Act: "Federal Law No. 152-FZ “On Personal Data”", Region: regionRU}, {Act: "Federal Law No. 126-FZ “On Communications”", Region: regionRU},
			{Act: "Federal Law No. 572-FZ on identification with biometric personal data", Region: regionRU},
			{Act: "Federal Law No. 38-FZ “On Advertising”", Region: regionRU}, {Act: "the Rules for the provision of telephone communication services", Region: regionRU}},
		Scope:      []string{"subscribers of the operator's communication services", "the website mts.example, the personal account and the mobile app", "the operator's shops"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{subscriber, contact, traffic, content, billing, score, biometric, web},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "bank card details", Category: billing, Note: "The bank takes them on its own payment page."},
			{ID: "special", Name: "special categories of personal data", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{contract, sorm, fraud, scoring, biometrics, roam, advertising, directory, analytics},
		Recipients: []*policy.Recipient{dealers, esia, authorities, banks, ebs, roaming, metrica},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: roaming, Categories: []*policy.Category{subscriber, traffic}, Safeguard: policy.SafeguardContractNecessity,
			Notified: policy.MakeDate(2023, time.February, 28)}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}, Note: "Destruction is recorded in an act and in an extract from the log of events in the information system."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{score, biometric, web}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and security cookies", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{web},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Yandex Metrica cookies and AppMetrica", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("by writing to pd@mts.example, in the personal account or at a shop"),
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal,
			policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature}},
		Security: fz152Security(),
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true, Note: "A number used by a child is registered to a parent, who may state the child as its user."},
		Changes:  policy.Changes{EffectiveOnPosting: true},
		Contact:  policy.Contact{Email: "pd@mts.example", Phone: "8 800 250-08-90", Address: "4 Marksistskaya St., Moscow, 109147, Russia"},
	}
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}
	return realPolicy{"mobile operator (MTS)", p, []statement{
		{says: "the operator is a public joint-stock company in Moscow holding licences for communication services, named with its OGRN and INN", typed: func(p *policy.Policy) bool {
			return p.Controller.Registration != ""
		}},
		{says: "the operator has appointed a person responsible for organising the processing", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the operator is in Roskomnadzor's register of operators", typed: func(p *policy.Policy) bool { return p.OperatorRegister.Number != "" }},
		{says: "the legal grounds are the Constitution, the Civil Code, 152-FZ, the law on communications, the law on biometric identification, the law on advertising and the rules for telephone services", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "the policy covers subscribers, the website, the personal account, the app and the shops", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "to conclude the contract the operator collects the name, date and place of birth, identity document and address", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").Uses(p.Category("subscriber")) && p.Purpose("contract").Required != ""
		}},
		{says: "the law on communications requires the subscriber to be identified and the SIM card registered to the person", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(p.Purpose("contract").Obligations) == 2
		}},
		{says: "identity and the data of numbers are confirmed through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Category("subscriber").SourceDetail != "" && recipient(p, "esia").Role == policy.RoleAuthority
		}},
		{says: "a number whose subscriber data is not confirmed is suspended", typed: func(p *policy.Policy) bool { return p.Purpose("contract").Required != "" }},
		{says: "the operator records the numbers, time, duration and volume of calls, messages and sessions, the base stations used and the device's IMEI", typed: func(p *policy.Policy) bool {
			return len(p.Category("traffic").Items) == 5 && slices.Contains(p.Category("traffic").Sources, policy.SourceAutomatic)
		}},
		{says: "information on communications and their content are a secret of communications and are given to others only with the subscriber's consent or as federal law provides", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("traffic").Commitments, policy.CommitmentNoDisclosureWithoutConsent) &&
				slices.Contains(p.Category("content").Commitments, policy.CommitmentNoDisclosureWithoutConsent) && hasDisclosure(p, policy.DisclosureLegalProcess) != nil
		}},
		{says: "information on the facts of communications is kept for three years", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "the content of calls and messages is kept for up to six months, as Federal Law No. 374-FZ requires", typed: func(p *policy.Policy) bool {
			return p.Category("content").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("sorm").Uses(p.Category("content"))
		}},
		{says: "that information is provided to the bodies conducting operational-search activities or ensuring security, in the cases laid down by federal law", typed: func(p *policy.Policy) bool {
			return p.Purpose("sorm").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "billing data is kept for three years", typed: func(p *policy.Policy) bool { return p.Category("billing").Retention.Period == policy.Years(3) }},
		{says: "subscriber data is kept for three years after the contract ends", typed: func(p *policy.Policy) bool {
			r := p.Category("subscriber").Retention
			return r.From == policy.EventContractEnd && r.Period == policy.Years(3)
		}},
		{says: "payments by card go through the bank, and the operator does not receive the card details", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("billing") }},
		{says: "the operator blocks calls and messages with signs of fraud, which the subscriber can contest", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "with the subscriber's consent, given to the bank, the operator calculates a score from the subscriber's data and gives the bank only the score", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").RestsOn(policy.BasisConsent, policy.FZ152) && len(p.Category("score").DerivedFrom) == 3 &&
				slices.Equal(recipient(p, "banks").Categories, []*policy.Category{p.Category("score")})
		}},
		{says: "consent to scoring is recorded and can be withdrawn", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").ConsentLogged && p.Purpose("scoring").Withdraw != ""
		}},
		{says: "with written consent the operator collects a facial image and a voice recording in its shops and places them in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			return p.Category("biometric").Biometric && p.Purpose("biometrics").RestsOn(policy.BasisExplicitConsent, policy.FZ152) && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and consent is withdrawn through Gosuslugi", typed: func(p *policy.Policy) bool {
			return p.Purpose("biometrics").Required != "" && p.Purpose("biometrics").Withdraw != ""
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, and can be refused in the personal account, by an USSD command or by calling", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOn(policy.BasisConsent, policy.FZ152) && p.Purpose("advertising").OptOut
		}},
		{says: "offers are chosen from the tariff, the services connected and the charges", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && p.Purpose("advertising").Uses(p.Category("billing"))
		}},
		{says: "information about the subscriber is given by the reference service only with the subscriber's written consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("directory").ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "dealers and contact centres process data on the operator's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "dealers").Role == policy.RoleProcessor }},
		{says: "in roaming, foreign operators receive the data needed to provide the service, including in countries without adequate protection", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity && t.Recipient == recipient(p, "roaming")
		}},
		{says: "the operator notified Roskomnadzor of its cross-border transfers", typed: func(p *policy.Policy) bool { return !p.Transfers[0].Notified.IsZero() }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool { return p.Storage[0].Subjects == regionRU }},
		{says: "the website and the app use session cookies without consent and Yandex Metrica with consent", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptIn
		}},
		{says: "for each purpose the policy lists the subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn, which is recorded in an act", typed: func(p *policy.Policy) bool {
			return len(p.Deletion) == 2 && p.Deletion[0].Note != ""
		}},
		{says: "the operator stops processing when the purpose is achieved, the contract ends, consent is withdrawn, processing is found unlawful or the operator is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "subscribers have the rights of Art. 14 to 17", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightObjection)
		}},
		{says: "requests are answered within 10 working days, extendable by 5, and are made at a shop with a passport or in the personal account", typed: func(p *policy.Policy) bool {
			return p.Requests.WorkingDays && p.Requests.Extension == policy.Days(5) && len(p.Requests.Verification) == 2
		}},
		{says: "a written request states the identity document, the contract and a signature", typed: func(p *policy.Policy) bool { return len(p.Requests.Contents) == 3 }},
		{says: "the operator protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && hasMeasure(p, policy.MeasureBreachNotification)
		}},
		{says: "contracts are concluded with adults, and a child uses a number registered to a parent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "a new version takes effect when published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the operator does not listen to calls or read messages, and the content of communications is recorded only by the equipment the law requires", free: toCategory("content")},
		{says: "a subscriber who lets someone else use a number answers for giving the operator that user's data with the user's consent", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyOthersInformed) }},
	}}
}
