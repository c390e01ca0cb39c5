package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// privateSearch paraphrases, in our own words and as we recall it, the
// privacy policy of a privacy-focused search engine in the manner of
// DuckDuckGo, as published in 2024: a US company that keeps no search
// history and builds no profiles, shows ads by the keyword of a search
// alone through Microsoft's ad network, and offers apps whose tracker
// blocking runs on the device, an email forwarding service that keeps a
// message only until it is delivered, and an end-to-end encrypted sync.
// It declares the GDPR and the CCPA.
func privateSearch() realPolicy {
	searches := &policy.Category{ID: "searches", Name: "Search queries", Items: []string{"the words you search for", "approximate location derived from the IP address, for local results"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, From: policy.EventPurposeAchieved, Anonymise: true}, CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}
	email := &policy.Category{ID: "email", Name: "Email Protection account", Items: []string{"your @duck.com address", "the address we forward your email to"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	forwarded := &policy.Category{ID: "forwarded", Name: "Forwarded email", Items: []string{"messages sent to your @duck.com address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "the people who write to your @duck.com address",
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true, CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	trackers := &policy.Category{ID: "trackers", Name: "App Tracking Protection activity", Items: []string{"tracking attempts blocked in other apps"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, OnDevice: policy.OnDeviceOnly}
	sync := &policy.Category{ID: "sync", Name: "Synced browser data", Items: []string{"bookmarks", "saved passwords", "settings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventDeletionRequest), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords}}
	feedback := &policy.Category{ID: "feedback", Name: "Feedback and support messages", Items: []string{"what you write to us", "your email address if you give it"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers}}
	crashes := &policy.Category{ID: "crashes", Name: "Crash reports", Items: []string{"app version", "device model", "what the app was doing when it crashed"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection),
		CCPA: []policy.CCPACategory{policy.CCPAInternetActivity}}

	microsoft := &policy.Recipient{ID: "microsoft", Name: "Microsoft Advertising", Role: policy.RoleThirdParty, Categories: []*policy.Category{searches}, Country: regionUS,
		Purpose: "to choose an ad for the words of a search, without a profile of you and without linking a click on an ad to you"}
	hosting := &policy.Recipient{ID: "hosting", Name: "hosting and email delivery providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{searches, email, forwarded, sync, feedback}, Country: regionUS}

	search := &policy.Purpose{ID: "search", Name: "Answering your searches", Categories: []*policy.Category{searches},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "giving you the results you ask for, without knowing who you are", Recipients: []*policy.Recipient{hosting}}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "Showing ads that match the words of a search", Categories: []*policy.Category{searches},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "funding a free search engine with ads that need no profile of the user", Recipients: []*policy.Recipient{microsoft},
		OptOut: true, OptOutHow: "by turning ads off in the settings"}
	mail := &policy.Purpose{ID: "email", Name: "Forwarding email with trackers removed", Categories: []*policy.Category{email, forwarded},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting}, Required: "we need the address to forward your email to"}
	blocking := &policy.Purpose{ID: "tracking-protection", Name: "Blocking trackers in other apps", Categories: []*policy.Category{trackers},
		Bases: []policy.Basis{policy.BasisContract}}
	syncing := &policy.Purpose{ID: "sync", Name: "Syncing and backing up your browser data", Categories: []*policy.Category{sync},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
		Required: "sync is optional; without it your browser data stays on your device"}
	support := &policy.Purpose{ID: "support", Name: "Reading feedback and crash reports", Categories: []*policy.Category{feedback, crashes},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off crash reporting in the app settings",
		Recipients: []*policy.Recipient{hosting}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Duck Duck Go, Inc.", Email: "privacy@duckduckgo.example", Address: "Paoli, Pennsylvania, USA"}, Country: regionUS},
		Version:    "2024", Effective: policy.MakeDate(2024, time.March, 1), Updated: policy.MakeDate(2024, time.March, 1),
		Laws:        []policy.Law{policy.GDPR, policy.CCPA},
		Principles:  []policy.Principle{policy.PrincipleMinimisation},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing, policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{searches, email, forwarded, trackers, sync, feedback, crashes},
		NotCollected: []policy.Exclusion{
			{ID: "history", Name: "your search history", Category: searches, Note: "A search is not saved with anything that could tie it to you."},
			{ID: "ip", Name: "IP addresses or unique identifiers alongside searches", Category: searches},
			{ID: "profiles", Name: "profiles of the people who search", Class: policy.DataClassTracking},
			{ID: "mail", Name: "copies of forwarded email once it is delivered", Category: forwarded},
		},
		Purposes:   []*policy.Purpose{search, ads, mail, blocking, syncing, support},
		Recipients: []*policy.Recipient{microsoft, hosting},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{searches, email, forwarded, sync, feedback, crashes}, Safeguard: policy.SafeguardDataPrivacyFramework},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Note: "We keep no search history, so we have none to give."},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "settings", Name: "settings cookies", Party: policy.PartyFirst, Purpose: search, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
		},
		Signals: policy.Signals{GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("by writing to privacy@duckduckgo.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo, RequestMethods: []string{"email to privacy@duckduckgo.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureEndToEndEncryption, Description: "Synced data is encrypted on your devices, with a key we do not have, before it reaches our servers."},
		},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelBlog}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@duckduckgo.example"},
	}
	return realPolicy{"private search engine (DuckDuckGo)", p, []statement{
		{says: "Duck Duck Go, Inc. in Pennsylvania is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS && p.Controller.Name != "" }},
		{says: "we follow the GDPR and, for Californians, the CCPA", typed: func(p *policy.Policy) bool { return p.Subject(policy.GDPR) && p.Subject(policy.CCPA) }},
		{says: "our privacy policy is simple: we do not collect or share your personal information", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Principles, policy.PrincipleMinimisation) && slices.Contains(p.Commitments, policy.CommitmentNoSharing)
		}},
		{says: "we do not save your search history", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("searches") }},
		{says: "we do not log IP addresses or unique identifiers with searches", typed: func(p *policy.Policy) bool { return p.NotCollected[1].ID == "ip" }},
		{says: "we build no profiles of the people who search", typed: func(p *policy.Policy) bool { return p.NotCollected[2].Class == policy.DataClassTracking }},
		{says: "the search term is used only to answer the search and then discarded", typed: func(p *policy.Policy) bool {
			return p.Category("searches").Retention.From == policy.EventPurposeAchieved && !p.Category("searches").Linked
		}},
		{says: "we use the IP address to find an approximate location for local results and then throw it away", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("searches").Items, "approximate location derived from the IP address, for local results")
		}},
		{says: "we keep searches only in anonymous aggregate counts, with nothing that identifies anyone", typed: func(p *policy.Policy) bool {
			return p.Category("searches").Retention.Anonymise && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we do not try to tie anonymous counts back to people", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification)
		}},
		{says: "we avoid search leakage: the sites you click on do not learn what you searched for", free: toPurpose("search")},
		{says: "ads are chosen by the words of a search alone, not by a profile", typed: func(p *policy.Policy) bool {
			return p.Purpose("ads").DirectMarketing && p.Purpose("ads").Interest != ""
		}},
		{says: "ads come through Microsoft Advertising, which does not link a click on an ad to a profile", typed: func(p *policy.Policy) bool {
			return recipient(p, "microsoft").Purpose != ""
		}},
		{says: "you can turn ads off in the settings", typed: func(p *policy.Policy) bool {
			a := p.Purpose("ads")
			return a.OptOut && a.OptOutHow != ""
		}},
		{says: "we earn commissions from some affiliate links, such as to Amazon and eBay, without sharing anything about you", free: toPurpose("ads")},
		{says: "settings are kept in a cookie or in the address, not in an account", typed: func(p *policy.Policy) bool { return cookie(p, "settings").StrictlyNecessary }},
		{says: "we use no tracking cookies", typed: func(p *policy.Policy) bool {
			return len(p.Cookies) == 1 && cookie(p, "settings").Party == policy.PartyFirst
		}},
		{says: "App Tracking Protection blocks trackers in other apps and keeps its record on your device", typed: func(p *policy.Policy) bool {
			return p.Category("trackers").OnDevice == policy.OnDeviceOnly
		}},
		{says: "Email Protection stores your @duck.com address and the address we forward to", typed: func(p *policy.Policy) bool {
			return p.Purpose("email").Required != "" && len(p.Category("email").Items) == 2
		}},
		{says: "forwarded email is kept only until it is delivered and then deleted", typed: func(p *policy.Policy) bool {
			return p.Category("forwarded").Retention.From == policy.EventPurposeAchieved && p.NotCollected[3].Category == p.Category("forwarded")
		}},
		{says: "Email Protection removes trackers from the email it forwards", free: toPurpose("email")},
		{says: "sync and backup is end-to-end encrypted, so we cannot read what is synced", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEndToEndEncryption) && slices.Contains(p.Purpose("sync").Categories, p.Category("sync"))
		}},
		{says: "sync is optional, and synced data is deleted when you turn it off", typed: func(p *policy.Policy) bool {
			return p.Purpose("sync").Required != "" && p.Category("sync").Retention.From == policy.EventDeletionRequest
		}},
		{says: "feedback and crash reports are sent only if you choose", typed: func(p *policy.Policy) bool {
			return p.Purpose("support").RestsOnConsent()
		}},
		{says: "service providers host the services and deliver email for us", typed: func(p *policy.Policy) bool { return recipient(p, "hosting").Role == policy.RoleProcessor }},
		{says: "we do not sell or share personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo }},
		{says: "we honour Global Privacy Control", typed: func(p *policy.Policy) bool { return p.Signals.GlobalPrivacyControl == policy.AnswerYes }},
		{says: "data from the EU is processed in the US under the Data Privacy Framework", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework
		}},
		{says: "we answer legal process, but keep no search history to give", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess).Note != "" }},
		{says: "you may access, correct, erase and port your data, object and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know and delete their data without discrimination", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination)
		}},
		{says: "for most of our services we hold nothing that identifies you, so there is nothing to give you", free: toIntroduction},
		{says: "we protect data with encryption and access controls", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionInTransit) }},
		{says: "accounts are not for children under 13", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we announce material changes on our blog", typed: func(p *policy.Policy) bool {
			return p.Changes.MaterialOnly && p.Changes.Notify[0] == policy.ChannelBlog
		}},
		{says: "write to us with questions", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}

// encyclopedia paraphrases, in our own words and as we recall it, the
// privacy policy of the Wikimedia Foundation, the non-profit that runs a
// free online encyclopedia, as published in 2024: no real name is needed
// to read, edit or open an account; contributions and their histories
// are public for good; the IP addresses of editors are kept for 90 days
// and seen by trusted volunteers who investigate abuse; logged-out
// editors get a temporary account; donors are covered by a notice of
// their own; all data is processed in the US; nothing is sold and there
// are no ads. A US non-profit, it declares the GDPR and the UK GDPR.
func encyclopedia() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"username", "password", "email address, if you give one"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Indefinitely(), Linked: true}
	contributions := &policy.Category{ID: "contributions", Name: "Public contributions", Items: []string{"edits and their time", "talk page posts", "uploads", "the username or temporary account name they are made under"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Indefinitely(), Linked: true, Visibility: policy.VisibilityAlways}
	editors := &policy.Category{ID: "editors", Name: "IP addresses and browser details of editors", Items: []string{"IP address", "user agent"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection), Linked: true}
	readers := &policy.Category{ID: "readers", Name: "Reading data", Items: []string{"IP address", "user agent", "pages read", "referring page", "approximate location derived from the IP address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Days(90), From: policy.EventCollection, Anonymise: true}}
	donors := &policy.Category{ID: "donors", Name: "Donor information", Items: []string{"name", "email address", "postal address", "amount and date of the donation"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "payment processors",
		Retention: policy.AsRequiredBy("US tax law"), Linked: true}
	surveys := &policy.Category{ID: "surveys", Name: "Survey answers", Items: []string{"your answers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Days(90), policy.EventPurposeAchieved)}

	volunteers := &policy.Recipient{ID: "volunteers", Name: "trusted volunteers with CheckUser and similar rights", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{editors},
		Purpose:    "to investigate vandalism, harassment and abuse of the projects, under our policy on access to non-public data and a confidentiality agreement"}
	vendors := &policy.Recipient{ID: "vendors", Name: "service providers and contractors", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, readers, editors, donors, surveys}, Country: regionUS}
	processors := &policy.Recipient{ID: "payments", Name: "payment processors", Role: policy.RoleThirdParty, Categories: []*policy.Category{donors},
		Purpose: "to take donations"}
	researchers := &policy.Recipient{ID: "researchers", Name: "researchers under a non-disclosure agreement", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{readers}, Conditional: true, Purpose: "we approve a research project and the researchers sign a non-disclosure agreement"}

	projects := &policy.Purpose{ID: "projects", Name: "Running the projects and your account", Categories: []*policy.Category{account, contributions, readers},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors},
		Required: "reading and editing need no account; an account needs a username and a password, and without them we cannot open one"}
	abuse := &policy.Purpose{ID: "abuse", Name: "Fighting vandalism, harassment and abuse", Categories: []*policy.Category{editors, contributions},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the projects accurate and their contributors safe", Recipients: []*policy.Recipient{volunteers, vendors}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving the projects", Categories: []*policy.Category{readers, surveys},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how people use the projects so that we can improve them", Recipients: []*policy.Recipient{researchers, vendors}}
	fundraising := &policy.Purpose{ID: "donations", Name: "Taking and acknowledging donations", Categories: []*policy.Category{donors},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{processors, vendors}, Required: "a donation needs payment details"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Wikimedia Foundation, Inc.", Email: "privacy@wikimedia.example", Address: "San Francisco, California, USA"}, Country: regionUS},
		Representatives: []policy.Representative{
			{Region: regionEU, Contact: policy.Contact{Name: "VeraSafe Ireland Ltd", Email: "wikimedia-eu@verasafe.example"}},
			{Region: regionGB, Contact: policy.Contact{Name: "VeraSafe United Kingdom Ltd", Email: "wikimedia-uk@verasafe.example"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR},
		Principles:  []policy.Principle{policy.PrincipleMinimisation},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds},
		OtherNotices: []policy.Notice{
			{Covers: "donors", URL: "https://foundation.wikimedia.example/donor-privacy-policy"},
		},
		Categories: []*policy.Category{account, contributions, editors, readers, donors, surveys},
		NotCollected: []policy.Exclusion{
			{ID: "name", Name: "your real name", Category: account, Note: "Neither reading, editing nor an account needs it."},
		},
		Purposes:   []*policy.Purpose{projects, abuse, improve, fundraising},
		Recipients: []*policy.Recipient{volunteers, vendors, processors, researchers},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, contributions, editors, readers, donors, surveys}, Safeguard: policy.SafeguardStandardClauses,
				Note: "You may ask us for a copy of the clauses at privacy@wikimedia.example."},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, contributions, editors, readers, donors, surveys}, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "You may ask us for a copy of the agreement at privacy@wikimedia.example."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://wikimediafoundation.example/transparency"},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer, SamePromises: true},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session and login cookies", Party: policy.PartyFirst, Purpose: projects, Categories: []*policy.Category{account}, Lifetime: policy.Expires(policy.Days(365)), StrictlyNecessary: true},
			{ID: "temporary", Name: "temporary account cookie", Party: policy.PartyFirst, Purpose: projects, Categories: []*policy.Category{contributions}, Lifetime: policy.Expires(policy.Days(90)), StrictlyNecessary: true},
		},
		Rights:               gdprRights("by writing to privacy@wikimedia.example"),
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit, Description: "Every page is served over HTTPS."},
			{Kind: policy.MeasureAccessControl, Description: "Only staff, contractors and volunteers who need non-public data may see it, and they sign confidentiality agreements."},
		},
		Links:    policy.Links{},
		Children: policy.Children{},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true, Notice: policy.Days(30)},
		Contact:  policy.Contact{Email: "privacy@wikimedia.example"},
	}
	return realPolicy{"online encyclopedia (Wikimedia Foundation)", p, []statement{
		{says: "the Wikimedia Foundation, a non-profit in San Francisco, is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionUS }},
		{says: "we have representatives in the EU and the UK", typed: func(p *policy.Policy) bool { return len(p.Representatives) == 2 }},
		{says: "we believe you should not have to give personal information to take part in the free knowledge movement", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Principles, policy.PrincipleMinimisation)
		}},
		{says: "you may read and edit without an account, and an account needs no real name", typed: func(p *policy.Policy) bool { return p.NotCollected[0].ID == "name" }},
		{says: "an account needs only a username and a password; an email address is optional", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 3 && p.Purpose("projects").Required != ""
		}},
		{says: "your contributions and their histories are public and kept for good", typed: func(p *policy.Policy) bool {
			return p.Category("contributions").Visibility == policy.VisibilityAlways && p.Category("contributions").Retention.Kind == policy.RetentionIndefinite
		}},
		{says: "contributions are freely licensed and may be copied elsewhere, so we cannot delete every copy", free: toCategory("contributions")},
		{says: "accounts cannot be deleted, but may be renamed or left", free: toCategory("account")},
		{says: "a logged-out edit creates a temporary account whose name is shown instead of the IP address", typed: func(p *policy.Policy) bool {
			return cookie(p, "temporary") != nil && slices.Contains(p.Category("contributions").Items, "the username or temporary account name they are made under")
		}},
		{says: "the temporary account ends after 90 days", typed: func(p *policy.Policy) bool { return cookie(p, "temporary").Lifetime.Period == policy.Days(90) }},
		{says: "we keep editors' IP addresses and user agents for 90 days", typed: func(p *policy.Policy) bool {
			return p.Category("editors").Retention.Period == policy.Days(90)
		}},
		{says: "trusted volunteers with CheckUser rights may see editors' IP addresses to fight abuse, under our access policy and a confidentiality agreement", typed: func(p *policy.Policy) bool {
			return recipient(p, "volunteers").Purpose != "" && slices.Contains(recipient(p, "volunteers").Categories, p.Category("editors"))
		}},
		{says: "volunteers with access to non-public data must be of age and are elected or appointed by the community", free: toRecipientPurpose("volunteers")},
		{says: "we collect reading data automatically and keep it for at most 90 days", typed: func(p *policy.Policy) bool {
			return p.Category("readers").Sources[0] == policy.SourceAutomatic && p.Category("readers").Retention.Period == policy.Days(90)
		}},
		{says: "after 90 days we delete, aggregate or de-identify non-public data", typed: func(p *policy.Policy) bool {
			return p.Category("readers").Retention.Anonymise && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "we derive an approximate location from the IP address", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("readers").Items, "approximate location derived from the IP address")
		}},
		{says: "we run the projects and accounts as our users ask", typed: func(p *policy.Policy) bool { return p.Purpose("projects").HasBasis(policy.BasisContract) }},
		{says: "we use non-public data to fight vandalism and harassment", typed: func(p *policy.Policy) bool { return p.Purpose("abuse").Interest != "" }},
		{says: "we study how the projects are used to improve them", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "researchers may receive non-public data only under a non-disclosure agreement", typed: func(p *policy.Policy) bool { return recipient(p, "researchers").Conditional }},
		{says: "surveys are optional", typed: func(p *policy.Policy) bool { return len(p.Category("surveys").Items) == 1 }},
		{says: "donor data is covered by our donor privacy policy", typed: func(p *policy.Policy) bool { return p.OtherNotices[0].Covers == "donors" }},
		{says: "payment processors take donations", typed: func(p *policy.Policy) bool { return recipient(p, "payments").Purpose != "" }},
		{says: "we never sell or rent your data and show no ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoSale) && slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds)
		}},
		{says: "service providers and contractors help us under confidentiality obligations", typed: func(p *policy.Policy) bool { return recipient(p, "vendors").Role == policy.RoleProcessor }},
		{says: "we disclose data on valid legal process, tell the user where we may, and publish a transparency report", typed: func(p *policy.Policy) bool {
			d := hasDisclosure(p, policy.DisclosureLegalProcess)
			return d.Notice && d.ReportURL != ""
		}},
		{says: "we disclose data to protect people from imminent harm", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureProtection) != nil }},
		{says: "if the Foundation were transferred, the new organisation would keep the same promises", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer).SamePromises
		}},
		{says: "our servers are in the US, and data from the EU and the UK goes there under standard clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardStandardClauses && p.Transfers[1].Origin == regionGB
		}},
		{says: "we use session cookies to keep you logged in, and no third-party advertising cookies", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && len(p.Cookies) == 2
		}},
		{says: "you may access, correct, erase, restrict and port your data, object and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightErasure) && hasRight(p, policy.RightComplaint)
		}},
		{says: "the community may hide or delete contributions under its own policies", free: toIntroduction},
		{says: "we protect data with HTTPS and access limited to those who need it", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "children are welcome to read and edit and should think before sharing personal information", free: toChildren},
		{says: "we give at least 30 days' notice of substantial changes and ask the community for comments", typed: func(p *policy.Policy) bool {
			return p.Changes.Notice == policy.Days(30) && p.Changes.MaterialOnly
		}},
		{says: "write to us with questions", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
