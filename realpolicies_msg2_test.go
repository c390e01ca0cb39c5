package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var regionAE = language.MustParseRegion("AE")

// cloudMessenger paraphrases, in our own words and as we recall it, the
// privacy policy of a cloud messenger in the manner of Telegram, as
// published in 2024: a company in Dubai that keeps cloud chats encrypted
// on its servers, keeps secret chats and Telegram Passport end-to-end
// encrypted, shows no ads based on personal data, deletes an account left
// unused for a self-destruct period, and gives an IP address and phone
// number to judicial authorities only on a valid order in a criminal case.
// It declares the GDPR.
func cloudMessenger() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account data", Items: []string{"phone number", "profile name", "username", "profile photo", "bio"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Months(6), From: policy.EventLastActivity,
			Note: "You can set this self-destruct period to between one and twelve months in the privacy settings; when it ends, the account is deleted with all its messages, media and contacts."}}
	recovery := &policy.Category{ID: "recovery", Name: "Recovery email", Items: []string{"email address for two-step verification"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	cloud := &policy.Category{ID: "cloud", Name: "Cloud chats", Items: []string{"messages", "photos, videos and files", "shared locations"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceChosenContacts}, Retention: policy.WhileAccountActive(policy.Period{})}
	public := &policy.Category{ID: "public", Name: "Public channels and groups", Items: []string{"posts in public channels", "messages in public groups", "public usernames"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Visibility: policy.VisibilityAlways,
		Retention: policy.Until(policy.EventDeletionRequest)}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts", Items: []string{"phone numbers in the address book", "names given to them"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal)}
	nearby := &policy.Category{ID: "nearby", Name: "Location for People Nearby", Items: []string{"approximate location"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceOtherUsers}, Retention: policy.Until(policy.EventConsentWithdrawal)}
	metadata := &policy.Category{ID: "metadata", Name: "Security metadata", Items: []string{"IP addresses", "devices and Telegram apps used", "history of username changes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true, Retention: policy.Keep(policy.Months(12), policy.EventCollection)}
	reports := &policy.Category{ID: "reports", Name: "Reports and support requests", Items: []string{"messages reported to moderators", "what you tell support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, Linked: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	passport := &policy.Category{ID: "passport", Name: "Telegram Passport", Items: []string{"identity documents", "personal details", "proof of address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventDeletionRequest),
		Description: "Passport data is end-to-end encrypted with a password only you know; we store it but cannot read it."}

	sms := &policy.Recipient{ID: "sms", Name: "providers that send verification codes", Role: policy.RoleProcessor, Categories: []*policy.Category{account},
		Purpose: "to send a login code by text message"}
	group := &policy.Recipient{ID: "group", Name: "Telegram Messenger Inc. and other companies of our group", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, cloud, metadata}, Purpose: "to help provide, secure and improve the service"}
	bots := &policy.Recipient{ID: "bots", Name: "developers of third-party bots and mini apps", Role: policy.RoleThirdParty, Categories: []*policy.Category{account},
		Conditional: true, Purpose: "you start a bot or mini app, which receives your public profile and what you send it, under its developer's own policy"}
	passportServices := &policy.Recipient{ID: "passport-services", Name: "services you share your Telegram Passport with", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passport}, Conditional: true, Purpose: "you authorise a service to receive the documents it asks for"}
	payments := &policy.Recipient{ID: "payments", Name: "payment providers", Role: policy.RoleThirdParty, Categories: []*policy.Category{account},
		Conditional: true, Purpose: "you pay a merchant's bot; the provider handles your card under its own terms"}

	service := &policy.Purpose{ID: "service", Name: "Providing the messaging service", Categories: []*policy.Category{account, recovery, cloud, public, passport},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sms, group, bots, passportServices, payments},
		Required: "a phone number is needed to register; without it we cannot open an account"}
	sync := &policy.Purpose{ID: "contacts", Name: "Telling you which of your contacts use Telegram", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off contact sync and deleting synced contacts in the privacy settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	nearbyPurpose := &policy.Purpose{ID: "nearby", Name: "Showing you to people nearby", Categories: []*policy.Category{nearby},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by hiding yourself in People Nearby", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	safety := &policy.Purpose{ID: "safety", Name: "Fighting spam, abuse and fraud", Categories: []*policy.Category{metadata, reports, cloud},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping the service free of spam, phishing and abuse, and accounts safe",
		Recipients: []*policy.Recipient{group}}
	moderation := &policy.Purpose{ID: "moderation", Name: "Moderating public content", Categories: []*policy.Category{public, reports},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "taking down illegal content that is published for everyone to see"}
	support := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{reports, account},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "researching the problem you report and answering you"}

	p := &policy.Policy{
		Controller:      policy.Controller{Contact: policy.Contact{Name: "Telegram FZ-LLC", Address: "Business Central Towers, Dubai, United Arab Emirates", Email: "dpo@telegram.example"}, Country: regionAE},
		Representatives: []policy.Representative{{Region: regionEU, Contact: policy.Contact{Name: "our designated EU representative", Email: "eu-representative@telegram.example"}}},
		Version:         "2024", Effective: policy.MakeDate(2024, time.September, 30), Updated: policy.MakeDate(2024, time.September, 30),
		Laws:        []policy.Law{policy.GDPR},
		Principles:  []policy.Principle{policy.PrincipleMinimisation},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse},
		Categories:  []*policy.Category{account, recovery, cloud, public, contacts, nearby, metadata, reports, passport},
		Storage:     []policy.Storage{{Subjects: regionEU, Location: regionNL}},
		NotCollected: []policy.Exclusion{
			{ID: "secret", Name: "the content of secret chats and calls", Note: "They are end-to-end encrypted and not kept on our servers."},
			{ID: "card", Name: "card details", Note: "Payment providers handle them."},
		},
		Purposes:   []*policy.Purpose{service, sync, nearbyPurpose, safety, moderation, support},
		Recipients: []*policy.Recipient{sms, group, bots, passportServices, payments},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, ReportURL: "https://t.me/transparency",
				Note: "We give your IP address and phone number to a judicial authority only on a valid order that confirms you are a suspect in a criminal case, after a legal analysis of the order."},
		},
		Cookies: []policy.Cookie{
			{ID: "language", Name: "language cookie", Party: policy.PartyFirst, Purpose: service, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
		},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "through @GDPRbot, or with the data export tool of Telegram Desktop"},
			{Kind: policy.RightRectification, How: "by editing your profile in the app"},
			{Kind: policy.RightErasure, How: "by deleting messages, or your account, in the app's settings"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability, How: "with the data export tool of Telegram Desktop"},
			{Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
		},
		Requests:             policy.Requests{Deadline: policy.Months(1)},
		NoAutomatedDecisions: true,
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit},
			{Kind: policy.MeasureEncryptionAtRest, Description: "Cloud chats are stored encrypted, and the keys are kept in data centres in other jurisdictions."},
			{Kind: policy.MeasureEndToEndEncryption, Description: "Secret chats, calls and Telegram Passport are end-to-end encrypted."},
			{Kind: policy.MeasureAccessControl, Description: "Two-step verification protects an account with a password."},
		},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}},
		Contact:  policy.Contact{Email: "dpo@telegram.example", Website: "https://t.me/GDPRbot"},
	}
	return realPolicy{"cloud messenger (Telegram)", p, []statement{
		{says: "Telegram FZ-LLC in Dubai is the controller", typed: func(p *policy.Policy) bool { return p.Controller.Country == regionAE }},
		{says: "Telegram has a representative in the EU under Art. 27", typed: func(p *policy.Policy) bool { return p.Representatives[0].Region == regionEU }},
		{says: "we collect only the data the service needs", typed: func(p *policy.Policy) bool { return slices.Contains(p.Principles, policy.PrincipleMinimisation) }},
		{says: "we do not use your data to target ads and never sell it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoAdvertisingUse) && slices.Contains(p.Commitments, policy.CommitmentNoSale)
		}},
		{says: "you give a phone number, a name and optionally a username, photo and bio", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "username") && p.Purpose("service").Required != ""
		}},
		{says: "an email address can be added to recover a two-step verification password", typed: func(p *policy.Policy) bool { return p.Category("recovery") != nil }},
		{says: "cloud chats are stored on our servers so you can reach them from any device", typed: func(p *policy.Policy) bool {
			return p.Category("cloud") != nil && p.Purpose("service").Uses(p.Category("cloud"))
		}},
		{says: "cloud chats are encrypted, and the keys are held in other data centres in other jurisdictions", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionAtRest)
		}},
		{says: "secret chats and calls are end-to-end encrypted and we cannot read them", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "secret" && hasMeasure(p, policy.MeasureEndToEndEncryption)
		}},
		{says: "what you post in public channels and groups is public and can be found", typed: func(p *policy.Policy) bool {
			return p.Category("public").Visibility == policy.VisibilityAlways
		}},
		{says: "with your permission, your contacts are synced to tell you who uses Telegram; you can stop and delete them", typed: func(p *policy.Policy) bool {
			return p.Purpose("contacts").RestsOnConsent() && p.Purpose("contacts").Withdraw != ""
		}},
		{says: "People Nearby shows your approximate location to users near you only if you turn it on", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("nearby").VisibleTo, policy.AudienceOtherUsers) && p.Purpose("nearby").RestsOnConsent()
		}},
		{says: "a location you send in a chat is treated as a message", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("cloud").Items, "shared locations")
		}},
		{says: "we keep IP addresses, devices and apps used and username changes for up to 12 months for security", typed: func(p *policy.Policy) bool {
			return p.Category("metadata").Retention.Period == policy.Months(12) && p.Purpose("safety").Uses(p.Category("metadata"))
		}},
		{says: "automated tools and moderators check cloud messages for spam and phishing, and moderators review reported messages", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Uses(p.Category("cloud")) && p.Purpose("safety").Uses(p.Category("reports"))
		}},
		{says: "we take down illegal public content", typed: func(p *policy.Policy) bool { return p.Purpose("moderation").Uses(p.Category("public")) }},
		{says: "support uses what you tell it to answer you", typed: func(p *policy.Policy) bool { return p.Purpose("support").Interest != "" }},
		{says: "we provide the service under our terms", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "bots and mini apps are run by third parties, who get your public profile and what you send them", typed: func(p *policy.Policy) bool {
			return recipient(p, "bots").Conditional && recipient(p, "bots").Role == policy.RoleThirdParty
		}},
		{says: "Telegram Passport is end-to-end encrypted, and shared only with services you authorise", typed: func(p *policy.Policy) bool {
			return recipient(p, "passport-services").Conditional && p.Category("passport") != nil
		}},
		{says: "payments go through payment providers; we do not keep card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments") != nil && p.NotCollected[1].ID == "card"
		}},
		{says: "providers send your login code by text message", typed: func(p *policy.Policy) bool { return recipient(p, "sms").Role == policy.RoleProcessor }},
		{says: "companies of our group help provide and secure the service", typed: func(p *policy.Policy) bool { return recipient(p, "group").Role == policy.RoleProcessor }},
		{says: "on a valid order confirming you are a suspect in a criminal case, we may give your IP address and phone number to judicial authorities", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Note != ""
		}},
		{says: "such disclosures are counted in our transparency report", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).ReportURL != ""
		}},
		{says: "the data of users in the EEA and UK is stored in the Netherlands", typed: func(p *policy.Policy) bool { return p.Storage[0].Location == regionNL }},
		{says: "you may access, correct, delete and export your data, object, and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "you can ask for your data through @GDPRbot or export it with Telegram Desktop", typed: func(p *policy.Policy) bool {
			return p.Rights[0].How != "" && p.Contact.Website != ""
		}},
		{says: "an account unused for the self-destruct period, six months by default, is deleted with all its data", typed: func(p *policy.Policy) bool {
			r := p.Category("account").Retention
			return r.From == policy.EventLastActivity && r.Period == policy.Months(6)
		}},
		{says: "deleting your account removes your messages, media and contacts from our servers", typed: func(p *policy.Policy) bool {
			return p.Category("cloud").Retention.Kind == policy.RetentionWhileActive && p.Category("contacts").Retention.Kind != policy.RetentionIndefinite
		}},
		{says: "our website sets only a cookie that remembers your language", typed: func(p *policy.Policy) bool { return cookie(p, "language").StrictlyNecessary }},
		{says: "connections to our servers are encrypted, and two-step verification protects accounts", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureEncryptionInTransit) && hasMeasure(p, policy.MeasureAccessControl)
		}},
		{says: "Telegram is for people aged 16 and over in the EEA", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "we tell you of changes to this policy in the app", typed: func(p *policy.Policy) bool { return p.Changes.Notify[0] == policy.ChannelInService }},
		{says: "we make no decisions about you based solely on automated processing", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "privacy questions go to our data protection officer", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
		// Free text.
		{says: "sponsored messages in large public channels are chosen by the channel's topic, not by who reads them", free: toIntroduction},
		{says: "a message you delete in a private chat can be deleted for both sides", free: toCategory("cloud")},
		{says: "groups and channels you created stay after your account is deleted, with their other admins", free: toIntroduction},
	}}
}

// encryptedMessenger paraphrases, in our own words and as we recall it,
// the privacy policy for the European Region of an end-to-end encrypted
// messenger owned by a large group, in the manner of WhatsApp, as
// published in 2024: WhatsApp Ireland Limited is the controller for users
// in the EU and the UK; messages and calls are end-to-end encrypted and
// not kept once delivered; it collects the phone number, contacts with
// permission, and usage, log and device data; businesses may use
// third-party providers, including Meta, to manage their chats; and it
// shares data with the other Meta companies. It declares the GDPR and the
// UK GDPR.
func encryptedMessenger() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"mobile phone number", "profile name", "profile photo", "about"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.WhileAccountActive(policy.Period{})}
	messages := &policy.Category{ID: "messages", Name: "Messages waiting for delivery", Items: []string{"end-to-end encrypted messages, photos, videos and voice messages", "encrypted media you forward"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Until(policy.EventPurposeAchieved)}
	status := &policy.Category{ID: "status", Name: "Status updates", Items: []string{"status text, photos and videos"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Keep(policy.Days(1), policy.EventCollection)}
	contacts := &policy.Category{ID: "contacts", Name: "Contacts", Items: []string{"phone numbers in your address book", "names of your contacts"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventConsentWithdrawal)}
	usage := &policy.Category{ID: "usage", Name: "Usage and log information", Items: []string{"features used and how", "time, frequency and duration of activity", "diagnostic, crash and performance logs", "last seen and online status"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the service")}
	device := &policy.Category{ID: "device", Name: "Device and connection information", Items: []string{"hardware model and operating system", "battery level and signal strength", "app version", "mobile network and ISP", "IP address", "device identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the service")}
	location := &policy.Category{ID: "location", Name: "Location information", Items: []string{"general location from the IP address and phone code", "precise location you share"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide, secure and improve the service")}
	fromOthers := &policy.Category{ID: "others", Name: "Information others provide about you", Items: []string{"your phone number in another user's address book", "messages and reports about you"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, Linked: true,
		Retention: policy.ByCriteria("as long as needed to provide and secure the service")}
	support := &policy.Category{ID: "support", Name: "Support communications", Items: []string{"what you tell us when you contact support"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true, Retention: policy.Until(policy.EventPurposeAchieved)}

	metaCompanies := &policy.Recipient{ID: "meta", Name: "the other Meta companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, device, location}, Country: regionUS,
		Purpose: "to run our infrastructure and to keep WhatsApp and the other Meta products safe and secure"}
	providers := &policy.Recipient{ID: "providers", Name: "service providers", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, usage, device, support}, Purpose: "to help us operate, provide, support and market our service"}
	businesses := &policy.Recipient{ID: "businesses", Name: "businesses you message", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, messages},
		Conditional: true, Purpose: "you message a business, which may use a third-party service provider, including Meta, to store and manage the chat"}

	service := &policy.Purpose{ID: "service", Name: "Providing the messaging service", Categories: []*policy.Category{account, messages, status, usage, device, location, fromOthers},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{metaCompanies, providers, businesses},
		Required: "a mobile phone number is needed to create an account; without it you cannot use WhatsApp"}
	contactSync := &policy.Purpose{ID: "contacts", Name: "Connecting you with your contacts", Categories: []*policy.Category{contacts},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "by turning off contact access in your phone's settings", ConsentMethod: policy.ConsentMethodPlatformPrompt}
	safety := &policy.Purpose{ID: "safety", Name: "Safety, security and integrity", Categories: []*policy.Category{account, usage, device, location, fromOthers},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "finding and stopping spam, abuse and harmful conduct on WhatsApp and the other Meta products",
		Recipients: []*policy.Recipient{metaCompanies}}
	enforcement := &policy.Purpose{ID: "enforcement", Name: "Enforcing our terms against spam and abuse", Categories: []*policy.Category{account, usage, device, fromOthers},
		Bases:     []policy.Basis{policy.BasisContract},
		Automated: "our systems automatically ban an account they find sending bulk or automated messages, which you can ask us to review"}
	improve := &policy.Purpose{ID: "improve", Name: "Improving the service", Categories: []*policy.Category{usage, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "understanding how people use WhatsApp so that we can improve it", Recipients: []*policy.Recipient{providers}}
	helping := &policy.Purpose{ID: "support", Name: "Answering support requests", Categories: []*policy.Category{support, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{providers},
		Required: "you choose what to tell us; without enough detail we may not be able to help"}
	legal := &policy.Purpose{ID: "legal", Name: "Answering lawful requests", Categories: []*policy.Category{account, usage, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Obligations: []policy.Obligation{
			{Act: "Irish and EU law that requires us to answer valid legal requests", Region: regionIE},
			{Act: "UK law that requires us to answer valid legal requests", Region: regionGB},
		}}

	transferred := []*policy.Category{account, usage, device, location, contacts, support}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "WhatsApp Ireland Limited", Address: "Merrion Road, Dublin 4, Ireland"}, Country: regionIE},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Website: "https://www.whatsapp.example/contact/dpo"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.April, 11), Updated: policy.MakeDate(2024, time.April, 11),
		Laws:        []policy.Law{policy.GDPR, policy.UKGDPR},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds},
		Categories:  []*policy.Category{account, messages, status, contacts, usage, device, location, fromOthers, support},
		NotCollected: []policy.Exclusion{
			{ID: "content", Name: "the content of your messages and calls", Note: "They are end-to-end encrypted; neither we nor Meta can read or hear them."},
		},
		Purposes:   []*policy.Purpose{service, contactSync, safety, enforcement, improve, helping, legal},
		Recipients: []*policy.Recipient{metaCompanies, providers, businesses},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: transferred, Safeguard: policy.SafeguardStandardClauses,
				Note: "The European Commission publishes the clauses, and we send a copy on request through our contact form."},
			{Origin: regionEU, Destination: regionUS, Recipient: metaCompanies, Categories: transferred, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: transferred, Safeguard: policy.SafeguardUKTransferAgreement,
				Note: "The UK Information Commissioner publishes the addendum, and we send a copy on request through our contact form."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureBusinessTransfer},
		},
		Deletion: []policy.Deletion{{From: policy.EventAccountClosure, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(90)}},
			LegalHold: true, SharedCopies: true}},
		Rights: []policy.Right{
			{Kind: policy.RightAccess, How: "with the Request Account Info feature in the app's settings"},
			{Kind: policy.RightRectification, How: "by changing your profile in the app"},
			{Kind: policy.RightErasure, How: "with the Delete My Account feature in the app's settings"},
			{Kind: policy.RightRestriction}, {Kind: policy.RightPortability, How: "with the Request Account Info feature in the app's settings"},
			{Kind: policy.RightObjection}, {Kind: policy.RightWithdrawConsent}, {Kind: policy.RightComplaint},
			{Kind: policy.RightNoAutomatedDecision, How: "by asking for a review of a ban in the app"},
		},
		Requests: policy.Requests{Deadline: policy.Months(1)},
		Redress: []policy.Redress{
			{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Name: "Data Protection Commission", Website: "https://www.dataprotection.ie"}, Region: regionIE},
		},
		Security: []policy.Measure{
			{Kind: policy.MeasureEndToEndEncryption, Description: "Messages, calls and status updates are end-to-end encrypted by default."},
			{Kind: policy.MeasureEncryptionInTransit},
		},
		Children: policy.Children{MinimumAge: 13},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Name: "WhatsApp Ireland Limited", Address: "Merrion Road, Dublin 4, Ireland", Website: "https://www.whatsapp.example/contact"},
	}
	return realPolicy{"encrypted messenger (WhatsApp)", p, []statement{
		{says: "WhatsApp Ireland Limited is the controller for users in the European Region, including the UK", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionIE && p.Subject(policy.UKGDPR)
		}},
		{says: "our data protection officer can be reached through a form", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Website != "" }},
		{says: "you give your mobile phone number to create an account, and a profile name, photo and about", typed: func(p *policy.Policy) bool {
			return p.Purpose("service").Required != "" && slices.Contains(p.Category("account").Items, "about")
		}},
		{says: "messages and calls are end-to-end encrypted, so we cannot read or hear them", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].ID == "content" && hasMeasure(p, policy.MeasureEndToEndEncryption)
		}},
		{says: "we do not keep your messages once they are delivered", typed: func(p *policy.Policy) bool {
			return p.Category("messages").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "media that is forwarded may be kept encrypted on our servers for a time to deliver it faster", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").Items, "encrypted media you forward")
		}},
		{says: "status updates are end-to-end encrypted and disappear after 24 hours", typed: func(p *policy.Policy) bool {
			return p.Category("status").Retention.Period == policy.Days(1)
		}},
		{says: "with your permission, we regularly access the phone numbers in your address book", typed: func(p *policy.Policy) bool {
			return p.Purpose("contacts").RestsOnConsent()
		}},
		{says: "other users who have your number may upload it with their contacts", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("others").Sources, policy.SourceOtherUsers)
		}},
		{says: "we collect usage and log information, such as features used, activity times and diagnostic logs", typed: func(p *policy.Policy) bool {
			return p.Category("usage").Sources[0] == policy.SourceAutomatic
		}},
		{says: "we collect device and connection information, including IP address and device identifiers", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("device").Items, "IP address")
		}},
		{says: "we estimate your general location from your IP address and phone code, and use precise location only when you share it", typed: func(p *policy.Policy) bool {
			return p.Category("location") != nil
		}},
		{says: "what you tell support is used to help you", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "we provide the service under our terms", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we use data to keep WhatsApp and other Meta products safe and secure, on legitimate interests", typed: func(p *policy.Policy) bool {
			return p.Purpose("safety").Interest != ""
		}},
		{says: "our systems ban accounts that send spam automatically, and you can ask for a review", typed: func(p *policy.Policy) bool {
			return p.Purpose("enforcement").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "we use usage data to improve the service", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Interest != "" }},
		{says: "we process data to meet legal obligations", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "the other Meta companies process data for us to run infrastructure and for safety and security", typed: func(p *policy.Policy) bool {
			return recipient(p, "meta").Role == policy.RoleProcessor
		}},
		{says: "service providers help us operate and support the service", typed: func(p *policy.Policy) bool { return recipient(p, "providers").Role == policy.RoleProcessor }},
		{says: "a business you message may use a third-party provider, including Meta, to manage the chat", typed: func(p *policy.Policy) bool {
			return recipient(p, "businesses").Conditional
		}},
		{says: "people you message see your messages and your profile", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("messages").VisibleTo, policy.AudienceChosenContacts)
		}},
		{says: "we do not sell your data and show no third-party banner ads", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoThirdPartyAds)
		}},
		{says: "data goes to the US under standard contractual clauses, the Data Privacy Framework and the UK addendum", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 3 && p.Transfers[2].Origin == regionGB
		}},
		{says: "we share data in response to valid legal requests, to protect people, and in a merger", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess) != nil && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may access, correct, delete and port your data, object, restrict and withdraw consent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightRestriction)
		}},
		{says: "the Request Account Info feature gives you a report of your data", typed: func(p *policy.Policy) bool { return p.Rights[0].How != "" }},
		{says: "you may complain to the Irish Data Protection Commission, our lead authority, or your local authority", typed: func(p *policy.Policy) bool {
			return p.Redress[0].Kind == policy.RedressSupervisoryAuthority && hasRight(p, policy.RightComplaint)
		}},
		{says: "deleting your account removes your data from our servers within 90 days", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Stages[0].Within == policy.Days(90)
		}},
		{says: "messages you sent and group data stay with others after you delete your account", typed: func(p *policy.Policy) bool { return p.Deletion[0].SharedCopies }},
		{says: "we may keep data longer when a legal hold or investigation requires it", typed: func(p *policy.Policy) bool { return p.Deletion[0].LegalHold }},
		{says: "we keep account data while the account exists", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "you must be at least 13 to use WhatsApp", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 13 }},
		{says: "we tell you of material changes before they take effect", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly }},
		{says: "questions go to WhatsApp Ireland Limited by form or post", typed: func(p *policy.Policy) bool { return p.Contact.Address != "" }},
		// Free text.
		{says: "an undelivered message is kept encrypted for up to 30 days, then deleted", free: func(p *policy.Policy, text string) {
			p.Category("messages").Retention.Note = text
		}},
		{says: "channels are public and their messages are not end-to-end encrypted", free: toIntroduction},
		{says: "the other Meta companies do not use your WhatsApp data to improve their products or ads in the European Region", free: toRecipientPurpose("meta")},
	}}
}
