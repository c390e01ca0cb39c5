package render

import (
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestPracticesStated checks, for each group of declarations, that the
// document states what is declared, in the words given, and that the same
// policy without the declaration says none of it: a practice that is not
// stated is never turned into a yes or a no.
func TestPracticesStated(t *testing.T) {
	for _, tt := range []struct {
		name    string
		declare func(p *policy.Policy)
		want    []string
		not     []string // also absent where declared
	}{
		{
			name: "cookies",
			declare: func(p *policy.Policy) {
				ads := &policy.Recipient{ID: "ads", Name: "Ad Network", Role: policy.RoleThirdParty, Categories: p.Categories}
				p.Recipients = []*policy.Recipient{ads}
				p.Cookies = []policy.Cookie{
					{ID: "sid", Name: "sid", Party: policy.PartyFirst, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
					{ID: "ga", Name: "_ga_*", Party: policy.PartyThird, Provider: ads, Purpose: p.Purposes[0],
						Categories: p.Categories, Lifetime: policy.Expires(policy.Months(13)), Note: "Counts visits.", Consent: policy.CookieConsentOptIn},
					{ID: "px", Name: "px", Technology: policy.TechnologyPixel, Party: policy.PartyThird, ProviderName: "Pixel Co", Lifetime: policy.UntilCleared(),
						Consent: policy.CookieConsentOptIn},
					{ID: "ls", Name: "prefs", Technology: policy.TechnologyLocalStorage, Consent: policy.CookieConsentOptIn},
				}
				p.Links.CookieSettings = "https://acme.example/cookies"
			},
			want: []string{
				"Cookies and Similar Technologies",
				"Those that are strictly necessary to provide the service you ask for are set without your consent. The others are set only with your consent",
				"- sid. Set by: us (first party). Lifetime: until the end of the browser session. Consent: not needed, as this is strictly necessary to provide the service you ask for.",
				"- _ga_*. Set by: Ad Network (third party). Purpose: Newsletter (3.1.1); data: email. Counts visits. Lifetime: 13 months. Consent: needed.",
				"- px (pixel or web beacon). Set by: Pixel Co (third party). Lifetime: until you clear it. Consent: needed.",
				"- prefs (local storage). Set by: not stated. Lifetime: not stated. Consent: needed.",
				"You can change your choices at any time in the cookie settings at https://acme.example/cookies.",
			},
			not: []string{"Do Not Track", "Global Privacy Control"},
		},
		{
			name: "only cookies that need consent",
			declare: func(p *policy.Policy) {
				p.Cookies = []policy.Cookie{{ID: "ga", Name: "_ga", Party: policy.PartyFirst, Purpose: p.Purposes[0], Lifetime: policy.Expires(policy.Years(1)),
					Consent: policy.CookieConsentOptIn}}
			},
			want: []string{"They are set only with your consent, which you can withdraw at any time."},
			not:  []string{"We set the others", "strictly necessary"},
		},
		{
			name: "do not track honoured, opt-out signals not",
			declare: func(p *policy.Policy) {
				p.Signals = policy.Signals{DoNotTrack: policy.AnswerYes, GlobalPrivacyControl: policy.AnswerNo}
			},
			want: []string{
				"We honour the Do Not Track signal of your browser.",
				"We do not treat a Global Privacy Control signal, or another opt-out preference signal, as a request to opt out",
			},
			not: []string{"We do not respond to the Do Not Track", "We treat a Global Privacy Control", "Set by"},
		},
		{
			name: "do not track ignored, opt-out signals honoured",
			declare: func(p *policy.Policy) {
				p.Signals = policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes}
			},
			want: []string{
				"We do not respond to the Do Not Track signal of your browser.",
				"We treat a Global Privacy Control signal, or another opt-out preference signal, from your browser as a request to opt out of the sale and sharing of your personal information.",
			},
			not: []string{"We honour the Do Not Track"},
		},
		{
			name: "commitments",
			declare: func(p *policy.Policy) {
				p.Commitments = []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoThirdPartyAds, policy.CommitmentModelTrainingOptIn}
			},
			want: []string{"Our commitments:", "We do not sell your personal data.", "We do not show third-party advertising.",
				"We use your content to train machine-learning models only with your permission."},
			not: []string{"cross-context", "We do not use your content"},
		},
		{
			name: "conditional disclosures",
			declare: func(p *policy.Policy) {
				p.Disclosures = []policy.Disclosure{
					{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://acme.example/transparency"},
					{Kind: policy.DisclosureBusinessTransfer, SamePromises: true},
					{Kind: policy.DisclosureProtection},
				}
				p.Links.Subprocessors = "https://acme.example/subprocessors"
			},
			want: []string{
				"We may also disclose data, but only in the following circumstances:",
				"To public authorities, only on valid legal process such as a court order or another binding demand. We tell you before we disclose your data, unless the law forbids it. Our transparency report on requests from authorities is published at https://acme.example/transparency.",
				"To a buyer or successor in a merger, acquisition or sale of assets. The buyer or successor is bound by the promises of this Policy.",
				"Where necessary to protect the life or safety of a person, or our rights against fraud or abuse.",
				"The current list of our subprocessors is published at https://acme.example/subprocessors.",
			},
			// Notice is not stated for the business transfer.
			not: []string{"We tell you before your data is transferred."},
		},
		{
			name: "financial incentive",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.CCPA}
				p.Incentives = []policy.Incentive{{ID: "rewards", Name: "Rewards club", Summary: "members earn a point for every dollar spent",
					Categories: p.Categories, OptIn: "by signing up in the app", Withdraw: "in the account settings",
					Value: "We estimate a member's data at $5 a year, the cost of the rewards."}}
			},
			want: []string{
				"We offer these financial incentives for personal information; joining is voluntary:",
				"Rewards club. Members earn a point for every dollar spent. Personal information it uses: email. You can join by signing up in the app. You can leave at any time in the account settings. We estimate a member's data at $5 a year, the cost of the rewards.",
			},
		},
		{
			name:    "data the user can make public",
			declare: func(p *policy.Policy) { p.Categories[0].Visibility = policy.VisibilityOptional },
			want:    []string{"You can choose to make this data public; then anyone can see it, and others may copy or archive it."},
		},
		{
			name: "de-identified data",
			declare: func(p *policy.Policy) {
				p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureAggregate}}
				p.Commitments = []policy.Commitment{policy.CommitmentNoReidentification}
			},
			want: []string{
				"In aggregated or de-identified form that cannot reasonably identify you, such as statistics.",
				"We keep and use de-identified data only in de-identified form and do not try to re-identify it.",
			},
		},
		{
			name: "staged deletion",
			declare: func(p *policy.Policy) {
				p.Deletion = []policy.Deletion{
					{From: policy.EventTrashed, LegalHold: true, Stages: []policy.Stage{
						{Removal: policy.RemovalTrash, Within: policy.Days(30)},
						{Removal: policy.RemovalLive, Within: policy.Days(30)},
						{Removal: policy.RemovalBackups, Within: policy.Days(35)},
					}},
					{From: policy.EventCancellation, Categories: p.Categories, Stages: []policy.Stage{{Removal: policy.RemovalAnonymised}}},
				}
			},
			want: []string{
				"After you move data to the trash, we remove your data in stages. In all, removal takes no longer than 95 days. " +
					"Data subject to a legal hold is kept until the hold ends; the stages then run from the end of the hold. " +
					"Each stage is counted from the end of the one before:",
				"It stays in the trash, where it can be restored, for up to 30 days.",
				"It is removed from our live systems within 30 days.",
				"It is removed from our backups within 35 days.",
				"After cancellation of the subscription, we remove the following data: email. It is then anonymised.",
			},
			not: []string{"In all, removal takes no longer than 0", "following data in stages"},
		},
		{
			name: "retention by criteria and legal hold",
			declare: func(p *policy.Policy) {
				p.Categories[0].Retention = policy.ByCriteria("as long as a dispute about the account is open")
				p.Purposes[0].Retention = policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(1), From: policy.EventCollection,
					Criteria: "the time a complaint can take", LegalHold: true}
			},
			want: []string{
				"Email: deleted at the end of a period determined by these criteria: as long as a dispute about the account is open.",
				"for 1 year after collection, then deleted. We determine the period by these criteria: the time a complaint can take. Data subject to a legal hold, such as for a pending lawsuit or investigation, is kept until the hold ends.",
			},
		},
		{
			name: "retention until an event",
			declare: func(p *policy.Policy) {
				p.Categories[0].Retention = policy.Until(policy.EventPurposeAchieved)
			},
			want: []string{"Email: until the achievement of the purpose, then deleted."},
		},
		{
			name: "changes",
			declare: func(p *policy.Policy) {
				p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelHomePage}, MaterialOnly: true,
					Notice: policy.Days(30), HistoryURL: "https://github.com/acme/policy"}
			},
			want: []string{
				"We announce material changes by email or by a notice on our home page at least 30 days before they take effect.",
				"A new version with material changes takes effect on the date it states; other changes take effect when they are posted.",
				"Earlier versions of this Policy and the history of its changes are published at https://github.com/acme/policy.",
			},
			not: []string{"We announce changes"},
		},
		{
			name: "changes on every channel",
			declare: func(p *policy.Policy) {
				p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelBlog}, AllChannels: true}
			},
			want: []string{"We announce changes by email and by a post on our blog."},
			not:  []string{"material"},
		},
		{
			name: "requests",
			declare: func(p *policy.Policy) {
				p.Requests = policy.Requests{
					Verification:       []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument},
					VerificationDetail: "we compare two details", Agents: policy.AnswerNo,
					Deadline: policy.Days(30), Extension: policy.Days(30), WithoutAccount: "by e-mail to our privacy team",
				}
				p.CustomerData = policy.CustomerData{Data: "the files our customers upload"}
				p.Laws = []policy.Law{policy.GDPR}
				p.Links.RequestForm = "https://acme.example/request"
			},
			want: []string{
				"When you make a request, we verify your identity by asking you to sign in to your account or by asking for an identity document. We compare two details.",
				"We do not accept requests made by an agent on your behalf.",
				"We answer a request within 30 days of receiving it.",
				"Where a request is complex or we receive many requests, we may take up to 30 days longer, and we tell you why.",
				"You can also make a request with our form at https://acme.example/request.",
				"If you have no account with us, or we received your data from one of our customers, you can make a request by e-mail to our privacy team.",
			},
			// The policy's own deadline replaces the law's.
			not: []string{"Under the GDPR (Art. 12(3))", "You may authorise an agent"},
		},
		{
			name: "a deadline the law lets the controller defer",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.FADP}
			},
			want: []string{"we answer within 30 days of receiving a request; if we cannot, we tell you within that time when we will."},
		},
		{
			name: "deadline in working days",
			declare: func(p *policy.Policy) {
				p.Requests = policy.Requests{Deadline: policy.Days(10), Extension: policy.Days(1), WorkingDays: true}
			},
			want: []string{
				"We answer a request within 10 working days of receiving it.",
				"we may take up to 1 working day longer",
			},
		},
		{
			name: "law deadlines",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.GDPR, policy.FZ152, policy.LGPD}
				p.Requests.Agents = policy.AnswerYes
			},
			want: []string{
				"You may authorise an agent to make a request on your behalf, with your signed permission.",
				"Under the GDPR (Art. 12(3)), we answer within 1 month of receiving a request, and may extend this by 2 months where necessary, telling you why.",
				"Under Federal Law No. 152-FZ (Art. 14(3), 20(1)), we answer within 10 working days of receiving a request, and may extend this by 5 working days where necessary, telling you why.",
				"Under the LGPD (Art. 19(II)), we answer within 15 days of receiving a request.",
			},
		},
		{
			name: "security kinds",
			declare: func(p *policy.Policy) {
				p.Security = []policy.Measure{
					{Kind: policy.MeasureEncryptionAtRest, Description: "AES-256."},
					{Kind: policy.MeasureCertification, Name: "ISO/IEC 27001"},
				}
				p.Links.Security = "https://acme.example/security"
			},
			want: []string{"Encryption at rest. AES-256.", "ISO/IEC 27001. 6.2. More about how we protect data is published at https://acme.example/security."},
			not:  []string{"Security certification"},
		},
		{
			name: "redress, establishments and the representative exemption",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.GDPR}
				p.Redress = []policy.Redress{
					{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Federal Trade Commission", Website: "https://ftc.gov"}, Region: language.MustParseRegion("US")},
					{Kind: policy.RedressArbitration, Contact: policy.Contact{Email: "cases@arbitration.example"}},
				}
				p.Establishments = []policy.Establishment{{Region: language.MustParseRegion("NL"), Contact: policy.Contact{Name: "Acme B.V.", Email: "nl@acme.example"}}}
				p.RepresentativeExempt = []policy.Law{policy.GDPR}
			},
			want: []string{
				"You may also take a complaint to:",
				"A regulator with jurisdiction over us: Federal Trade Commission, https://ftc.gov (competent for us in the United States).",
				"An arbitration body: cases@arbitration.example.",
				"Our establishment in the Netherlands is Acme B.V., reachable at nl@acme.example.",
				"Under GDPR Art. 27(2), we are not required to designate a representative.",
			},
		},
		{
			name: "transfers",
			declare: func(p *policy.Policy) {
				p.Transfers = []policy.Transfer{
					{Origin: language.MustParseRegion("GB"), Destination: language.MustParseRegion("CA"), Safeguard: policy.SafeguardAdequacy, WithinScope: true},
					{Organisation: policy.OrganisationEPO, Safeguard: policy.SafeguardAdequacy, Notified: policy.MakeDate(2025, time.March, 3)},
					{Destination: language.MustParseRegion("IN"), Safeguard: policy.SafeguardExplicitConsent, Risks: "no independent authority oversees it"},
				}
			},
			want: []string{
				"Canada: personal data, on the basis of an adequacy decision. The data is transferred from the United Kingdom. The recipient falls within the scope of the adequacy decision for the destination.",
				"The European Patent Organisation: personal data, on the basis of an adequacy decision. We notified the supervisory authority of our intention to make this transfer on 3 March 2025.",
				"India: personal data, on the basis of your explicit consent. Before you consent, we inform you of the possible risks of the transfer: no independent authority oversees it.",
			},
		},
		{
			name: "profiling and past purposes",
			declare: func(p *policy.Policy) {
				p.Purposes[0].Profiling = true
				p.Purposes[1].Past = true
			},
			want: []string{
				"This purpose involves profiling, which has no legal or similarly significant effect on you.",
				"We no longer pursue this purpose: we state it because we processed data for it in the preceding 12 months, and we are removing that data.",
			},
		},
		{
			name: "profiling beside automated decisions",
			declare: func(p *policy.Policy) {
				p.Purposes[0].Automated = "our systems may block an order that looks fraudulent"
				p.Purposes[0].Profiling = true
			},
			want: []string{
				"Automated decision-making: our systems may block an order that looks fraudulent.",
				"Apart from the automated decisions above, this purpose involves profiling, which has no legal or similarly significant effect on you.",
			},
			not: []string{"This purpose involves profiling"},
		},
		{
			name: "exclusions of a class, with exceptions",
			declare: func(p *policy.Policy) {
				bank := &policy.Category{ID: "bank", Name: "Bank details", Sensitivity: policy.SensitivitySensitive}
				p.Categories = append(p.Categories, bank)
				p.NotCollected = []policy.Exclusion{
					{ID: "sensitive", Class: policy.DataClassSensitive, Except: []*policy.Category{bank}},
					{ID: "bio", Name: "face scans", Class: policy.DataClassBiometric},
				}
			},
			want: []string{"We do not collect sensitive personal data. Exception: bank details. We do not collect face scans."},
			not:  []string{"biometric data"},
		},
		{
			name: "California",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.CCPA}
				p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo}
				p.CCPA = policy.CCPANotice{Sold: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInferences},
					SensitiveUse: policy.AnswerYes, LimitURL: "https://acme.example/limit", TollFreeNumber: "1-800-555-0100", OnlineOnly: true}
			},
			want: []string{
				"In the preceding 12 months, we sold or shared these categories of personal information: (A) identifiers and (K) inferences drawn to create a profile.",
				"You have the right to limit that use: use the “Limit the Use of My Sensitive Personal Information” link at https://acme.example/limit.",
				"Our toll-free number for requests is 1-800-555-0100.",
				"As we operate exclusively online, you can submit a request to know, delete or correct your personal information by email to privacy@acme.example.",
				"(L) Sensitive personal information. Our data: email.",
			},
		},
		{
			// A method names the address: the email route of a business
			// online only is not stated a second time.
			name: "California, online only, with request methods",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.CCPA}
				p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers}
				p.CCPA = policy.CCPANotice{Sold: policy.AnswerNo, OnlineOnly: true, RequestMethods: []string{"the privacy settings of your account", "email to privacy@acme.example"}}
			},
			want: []string{"You can submit a request to know, delete or correct your personal information by any of these methods: the privacy settings of your account or email to privacy@acme.example."},
			not:  []string{"As we operate exclusively online", "e-mail"},
		},
		{
			name: "California, online only, with request methods without the address",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.CCPA}
				p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers}
				p.CCPA = policy.CCPANotice{Sold: policy.AnswerNo, OnlineOnly: true, RequestMethods: []string{"the privacy settings of your account"}}
			},
			want: []string{"As we operate exclusively online, you can submit a request to know, delete or correct your personal information by email to privacy@acme.example."},
		},
		{
			// Without an email address anywhere in the policy, the
			// document must not promise an email route it cannot name;
			// Validate reports the missing address (ccpa.130.a.1).
			name: "California, online only, without an email address",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.CCPA}
				p.Contact.Email, p.Controller.Email = "", ""
				p.Contact.Website = "https://acme.example/privacy"
				p.Categories[0].CCPA = []policy.CCPACategory{policy.CCPAIdentifiers}
				p.CCPA = policy.CCPANotice{Sold: policy.AnswerNo, OnlineOnly: true, RequestMethods: []string{"the privacy request form"}}
			},
			// One method is not called "any of these methods".
			want: []string{"You can submit a request to know, delete or correct your personal information by this method: the privacy request form."},
			not:  []string{"As we operate exclusively online", "by email", "any of these methods"},
		},
		{
			name: "sensitive information used only as allowed",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.CCPA}
				p.CCPA.SensitiveUse = policy.AnswerNo
				p.Categories[0].CCPA = append(p.Categories[0].CCPA, policy.CCPASensitivePersonalInfo)
			},
			want: []string{"We use and disclose sensitive personal information only for the purposes California law allows"},
			not:  []string{"You have the right to limit that use"},
		},
		{
			name:    "parental consent",
			declare: func(p *policy.Policy) { p.Children = policy.Children{MinimumAge: 13, ParentalConsent: true} },
			want:    []string{"Persons under 13 years of age may use our services only with the consent or authorisation of a parent or guardian."},
			not:     []string{"not intended for persons under"},
		},
		{
			name: "new rights and grounds",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.UKGDPR}
				// DPA 2018 s. 164A's timetable, from 19 June 2026.
				p.Effective = policy.MakeDate(2026, time.July, 1)
				p.Rights = []policy.Right{{Kind: policy.RightKnow}, {Kind: policy.RightControllerComplaint}}
				p.Purposes[1].Bases = []policy.Basis{policy.BasisRecognisedLegitimateInterests}
			},
			want: []string{
				"To know what personal information we collect, use and disclose.",
				"To complain to us about how we use your personal data, before or instead of complaining to a supervisory authority; we acknowledge a complaint within 30 days and tell you its outcome without undue delay.",
				"The need to pursue a recognised legitimate interest, such as responding to an emergency, preventing crime or safeguarding vulnerable people (UK GDPR Art. 6(1)(ea)).",
			},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			unstated := readText(t, p, language.English)
			tt.declare(p)
			expectText(t, readText(t, p, language.English), tt.want, tt.not)
			for _, w := range tt.want {
				if strings.Contains(unstated, w) {
					t.Errorf("the policy without the declaration states %q", w)
				}
			}
			// Every language the library has states it through the
			// catalog: the Russian document has no English sentence of
			// the library's.
			ru := readText(t, p, language.Russian)
			for _, w := range tt.want {
				if strings.Contains(ru, w) {
					t.Errorf("Russian document states %q in English", w)
				}
			}
		})
	}
}

// TestWorkingDaysRussian checks a deadline the policy counts in working
// days, in Russian.
func TestWorkingDaysRussian(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Requests = policy.Requests{Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true}
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы отвечаем на запрос не позднее чем через 10 рабочих дней после его получения.",
		"Этот срок может быть продлён не более чем на 5 рабочих дней, если мы направим вам мотивированное уведомление",
	}, []string{"10 дней", "working"})
}

// TestPracticesRussian checks the Russian wording of declarations whose
// grammar depends on the numbers and places they state.
func TestPracticesRussian(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152, policy.CCPA}
	p.Deletion = []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{
		{Removal: policy.RemovalLive, Within: policy.Months(1)}, {Removal: policy.RemovalBackups, Within: policy.Days(21)}}}}
	p.Transfers = []policy.Transfer{{Origin: language.MustParseRegion("EU"), Destination: language.MustParseRegion("US"), Safeguard: policy.SafeguardStandardClauses}}
	p.Children = policy.Children{MinimumAge: 14, ParentalConsent: true}
	expectText(t, readText(t, p, language.Russian), []string{
		"После получения вашего запроса на удаление мы поэтапно уничтожаем ваши данные. Общий срок уничтожения не превышает 1 месяц и 21 день. Срок каждого этапа отсчитывается от окончания предыдущего:",
		"Данные удаляются из наших рабочих систем не позднее чем через 1 месяц.",
		"Данные удаляются из резервных копий не позднее чем через 21 день.",
		"Данные передаются с территории Европейского союза.",
		"В соответствии с положениями Федерального закона № 152-ФЗ (ч. 3 ст. 14, ч. 1 ст. 20) мы отвечаем на запрос не позднее чем через 10 рабочих дней после его получения и при необходимости можем продлить этот срок на 5 рабочих дней, сообщив вам причину.",
		"В соответствии с положениями CCPA (разд. 1798.130(a)(2)(A) Гражданского кодекса Калифорнии) мы отвечаем на запрос не позднее чем через 45 дней",
		"Лица младше 14 лет могут пользоваться нашими сервисами только с согласия или разрешения родителя или иного законного представителя.",
	}, nil)
}

// TestPracticeLinks checks that the addresses the policy declares become
// links of the document, each where it belongs.
func TestPracticeLinks(t *testing.T) {
	p := fullPolicy()
	d := mustCompose(t, p, Options{})
	links := linkSections(d)
	for href, section := range map[string]string{
		p.Links.Subprocessors:        "recipients",
		p.Links.Vendors:              "recipients",
		p.Disclosures[0].ReportURL:   "recipients",
		p.Links.CookieSettings:       "cookies",
		p.Links.RequestForm:          "rights",
		p.Links.Security:             "security",
		p.Changes.HistoryURL:         "changes",
		p.CCPA.LimitURL:              "california",
		p.Redress[0].Contact.Website: "rights",
	} {
		if got, ok := links[href]; !ok {
			t.Errorf("%s is not a link of the document", href)
		} else if got != section {
			t.Errorf("%s is linked in section %q, want %q", href, got, section)
		}
	}
}

// TestDeferrableDeadlineRussian checks the FADP's deadline, which a
// controller may defer by saying when it will answer, in Russian.
func TestDeferrableDeadlineRussian(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP}
	expectText(t, readText(t, p, language.Russian), []string{
		"мы отвечаем на запрос не позднее чем через 30 дней после его получения; если мы не успеваем, то в этот срок сообщаем, когда ответим.",
	}, nil)
}

// TestIncentiveRussian checks the notice of financial incentive in
// Russian.
func TestIncentiveRussian(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA}
	p.Incentives = []policy.Incentive{{ID: "rewards", Name: "Rewards club", Categories: p.Categories, OptIn: "by signing up", Withdraw: "in settings"}}
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы предлагаем следующие финансовые стимулы за предоставление персональных данных; участие добровольно:",
		"Присоединиться можно",
		"Выйти можно в любой момент",
	}, nil)
}

// linkSections returns the ID of the section each link of d is in, by
// the link's address.
func linkSections(d *Document) map[string]string {
	links := map[string]string{}
	for _, s := range d.Sections {
		var walk func([]*Clause)
		walk = func(cs []*Clause) {
			for _, cl := range cs {
				for _, sp := range cl.Text {
					if sp.Kind == Link {
						links[sp.Href] = s.ID
					}
				}
				walk(cl.Clauses)
			}
		}
		walk(s.Clauses)
	}
	return links
}

// TestLegalProcessBesideNamedAuthorities checks that where the policy
// names public authorities among its recipients, which receive data as
// their entries say, the disclosure on legal process concerns the other
// authorities, so that the two do not contradict each other.
func TestLegalProcessBesideNamedAuthorities(t *testing.T) {
	p := smallPolicy()
	p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}}
	expectText(t, readText(t, p, language.English), []string{"To public authorities, only on valid legal process"}, []string{"other public authorities"})
	p.Recipients = append(p.Recipients, &policy.Recipient{ID: "tax", Name: "the tax authority", Role: policy.RoleAuthority, Categories: p.Categories[:1]})
	expectText(t, readText(t, p, language.English), []string{"To public authorities other than those named above, only on valid legal process"}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Иным государственным органам, помимо указанных выше, — только по запросу, направленному в порядке, установленном законом"}, nil)
}
