package policy

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// testPolicy returns a complete policy with no findings; each validator test
// changes one thing in it.
func testPolicy() *Policy {
	email := &Category{
		ID: "account.email", Name: "Account data", Items: []string{"email address"},
		Description: "Used to sign in.", Sensitivity: SensitivityPersonal, Sources: []Source{SourceUser, SourceThirdParty}, SourceDetail: "single sign-on providers",
		Linked: true, Tracking: false,
		Storage:   []Storage{{Subjects: language.MustParseRegion("RU"), Location: language.MustParseRegion("RU")}},
		Retention: Retention{Kind: RetentionWhileActive, Period: Days(30), From: EventAccountClosure, Criteria: "longer while a dispute is open", LegalHold: true},
		Terms:     Terms{Fides: []string{"user.contact.email"}, DPV: []string{"dpv-pd:EmailAddress"}, Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress"}, Play: []string{"PSL_EMAIL"}},
	}
	health := &Category{
		ID: "health", Name: "Health data", Items: []string{"allergies"},
		Sensitivity: SensitivitySpecial, Sources: []Source{SourceUser}, Retention: Keep(Years(1), EventCollection),
	}
	stats := &Category{ID: "stats", Name: "Statistics", Sensitivity: SensitivityNotPersonal, Sources: []Source{SourceAutomatic}, Tracking: true}
	mailer := &Recipient{ID: "mailer", Name: "Email delivery service", Role: RoleProcessor, Categories: []*Category{email}, Purpose: "sending mail", Country: language.MustParseRegion("DE")}
	account := &Purpose{ID: "account", Name: "Running the account", Categories: []*Category{email, stats}, Bases: []Basis{BasisContract}, Recipients: []*Recipient{mailer},
		Required: "an email address is needed to open an account", Terms: Terms{Fides: []string{"essential.service"}}}
	marketing := &Purpose{ID: "marketing", Name: "Marketing", Categories: []*Category{email}, Bases: []Basis{BasisConsent}, Withdraw: "unsubscribe link", Past: true,
		ConsentMethod: ConsentMethodDoubleOptIn, ConsentLogged: true,
		PaidAlternative: PaidAlternative{Offer: "a paid plan without marketing", URL: "https://example.com/plans"}}
	return &Policy{
		Title:           "Privacy Notice",
		Controller:      Controller{Contact: Contact{Name: "Example Ltd", Email: "privacy@example.com", Phone: "+44 20 0000 0000", Address: "1 Example St, London", Website: "https://example.com"}, Registration: "Company No. 00000000"},
		DPO:             &Contact{Name: "Jane Doe", Email: "dpo@example.com"},
		Responsible:     &Contact{Name: "Anna Ivanova", Email: "responsible@example.com"},
		Representatives: []Representative{{Region: language.MustParseRegion("EU"), Contact: Contact{Name: "Rep GmbH", Email: "rep@example.de"}}},
		Establishments:  []Establishment{{Region: language.MustParseRegion("IE"), Contact: Contact{Name: "Example Ireland Ltd", Email: "ie@example.com", Address: "1 Quay, Dublin"}}},
		Commitments:     []Commitment{CommitmentNoSale, CommitmentNoSharing, CommitmentNoThirdPartyAds, CommitmentNoModelTraining},
		Language:        language.BritishEnglish,
		Scope:           []string{"example.com"},
		CustomerData: CustomerData{Customers: "business customers", Data: "the content their members store in the service",
			TermsURL: "https://example.com/dpa"},
		LegalActs:    []Obligation{{Act: "Civil Code of the Russian Federation", Region: region("RU")}, {Act: "the company's charter"}},
		OtherNotices: []Notice{{Covers: "employees and job applicants", URL: "https://example.com/privacy/staff"}, {Covers: "consumer health data"}},
		Introduction: []string{"Hello."},
		Version:      "1", Effective: MakeDate(2025, time.March, 22), Updated: MakeDate(2025, time.February, 20),
		URL:        "https://example.com/privacy",
		Laws:       []Law{GDPR},
		Principles: []Principle{PrincipleLawfulness},
		Categories: []*Category{email, health, stats},
		NotCollected: []Exclusion{{ID: "card.number", Name: "full bank card details", Category: email},
			{ID: "special", Name: "special categories of data", Class: DataClassSpecial, Except: []*Category{health}, Note: "Except what you tell us for diet advice."}},
		Purposes: []*Purpose{
			account,
			marketing,
			{ID: "fraud", Name: "Fraud prevention", Categories: []*Category{email}, Bases: []Basis{BasisLegitimateInterests}, Interest: "keeping accounts safe", Profiling: true,
				Retention: ByCriteria("as long as a case is open")},
			{ID: "diet", Name: "Diet advice", Description: "Meal plans.", Categories: []*Category{health}, Bases: []Basis{BasisConsent, BasisExplicitConsent}, Withdraw: "in settings",
				OptOut: true, Retention: Keep(Months(6), EventConsentWithdrawal).ThenAnonymise(), Automated: "meal plans are generated automatically"},
		},
		Recipients: []*Recipient{mailer},
		Transfers:  []Transfer{{Origin: language.MustParseRegion("GB"), Destination: language.MustParseRegion("US"), Recipient: mailer, Categories: []*Category{email}, Safeguard: SafeguardStandardClauses, Note: "Copies on request."}},
		Disclosures: []Disclosure{
			{Kind: DisclosureLegalProcess, Notice: true, ReportURL: "https://example.com/transparency", Note: "We push back on overbroad requests."},
			{Kind: DisclosureBusinessTransfer, Notice: true, SamePromises: true},
		},
		Deletion: []Deletion{{From: EventDeletionRequest, Categories: []*Category{email},
			Stages:    []Stage{{RemovalTrash, Days(30)}, {RemovalLive, Days(30)}, {RemovalBackups, Days(30)}},
			LegalHold: true, Note: "Restore deleted items from the trash."}},
		Cookies: []Cookie{
			{ID: "session", Name: "sid", Party: PartyFirst, Purpose: account, Categories: []*Category{stats}, Lifetime: SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "_ga*", Technology: TechnologyCookie, Party: PartyThird, ProviderName: "Analytics Inc", Purpose: marketing,
				Lifetime: Expires(Months(13)), Note: "Set only after you agree."},
			{ID: "ads", Name: "px", Technology: TechnologyPixel, Party: PartyThird, Provider: mailer, Purpose: marketing, Lifetime: UntilCleared()},
		},
		Signals: Signals{DoNotTrack: AnswerNo, GlobalPrivacyControl: AnswerYes},
		Rights: []Right{{Kind: RightAccess, How: "in settings"}, {Kind: RightErasure}, {Kind: RightRectification}, {Kind: RightRestriction},
			{Kind: RightObjection}, {Kind: RightPortability}, {Kind: RightWithdrawConsent}, {Kind: RightComplaint}, {Kind: RightKnow}},
		Requests: Requests{Verification: []Verification{VerificationSignedIn, VerificationDataPoints}, VerificationDetail: "Two data points are matched against the account.",
			Agents: AnswerYes, Deadline: Months(1), Extension: Months(2), WithoutAccount: "by email to privacy@example.com"},
		Redress:  []Redress{{Kind: RedressRegulator, Contact: Contact{Name: "Federal Trade Commission", Website: "https://www.ftc.gov"}, Region: language.MustParseRegion("US")}},
		Security: []Measure{{Name: "Encryption", Description: "TLS everywhere."}, {Kind: MeasureEncryptionAtRest, Description: "AES-256 on every disk."}},
		Links: Links{Subprocessors: "https://example.com/subprocessors", Security: "https://example.com/security",
			CookieSettings: "https://example.com/cookies", RequestForm: "https://example.com/privacy-request"},
		Children: Children{MinimumAge: 16, Note: "Parents may ask us to delete data."},
		Changes: Changes{Notify: []Channel{ChannelEmail, ChannelBlog}, MaterialOnly: true, Notice: Days(30),
			HistoryURL: "https://github.com/example/policies/commits/main", Note: "Old versions are archived."},
		Contact: Contact{Email: "questions@example.com"},
	}
}

func TestValidateCleanPolicy(t *testing.T) {
	if fs := testPolicy().Validate(); len(fs) != 0 {
		t.Fatalf("Validate() on the complete policy = %v, want no findings", fs)
	}
}

func TestValidateRules(t *testing.T) {
	region := language.MustParseRegion
	tests := []struct {
		rule Rule
		// fail breaks the rule; pass changes the policy near the rule's
		// boundary without breaking it.
		fail, pass func(p *Policy)
		path       string
		severity   Severity
	}{
		{RuleNil, func(p *Policy) { p.Categories = append(p.Categories, nil) },
			func(p *Policy) { p.Categories = p.Categories[:3] }, "categories[3]", SeverityError},
		{RuleMissingID, func(p *Policy) { p.Purposes[1].ID = "" },
			func(p *Policy) { p.Purposes[1].ID = "m" }, "purposes[1].id", SeverityError},
		{RuleInvalidID, func(p *Policy) { p.Categories[0].ID = "Account Email" },
			func(p *Policy) { p.Categories[0].ID = "account.e-mail_2" }, "categories[0].id", SeverityError},
		{RuleInvalidID, func(p *Policy) { p.Categories[0].ID = "x\n# We sell your data" },
			func(p *Policy) { p.Categories[0].ID = "x.we_sell-your.data" }, "categories[0].id", SeverityError},
		{RuleInvalidID, func(p *Policy) { p.Purposes[0].ID = strings.Repeat("a", MaxIDLength+1) },
			func(p *Policy) { p.Purposes[0].ID = strings.Repeat("a", MaxIDLength) }, "purposes[0].id", SeverityError},
		{RuleDuplicateID, func(p *Policy) { p.Purposes[1].ID = "account" },
			func(p *Policy) { p.Purposes[1].ID = "account.marketing" }, "purposes[1].id", SeverityError},
		{RuleMissingName, func(p *Policy) { p.Categories[0].Name = "" },
			func(p *Policy) { p.Categories[0].Name = "E" }, "categories[account.email].name", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Categories[0].Sources[0] = 42 },
			func(p *Policy) { p.Categories[0].Sources[0] = SourceThirdParty }, "categories[account.email].sources[0]", SeverityError},
		{RuleInvalidValue, func(p *Policy) {
			p.Purposes[3].Retention.Kind = RetentionWhileActive
			p.Purposes[3].Retention.From = 99
		},
			func(p *Policy) { p.Purposes[3].Retention.Kind = RetentionWhileActive }, "purposes[diet].retention.from", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Categories[1].Retention = Keep(Years(200000), EventCollection) },
			func(p *Policy) { p.Categories[1].Retention = Keep(Years(MaxPeriodUnit), EventCollection) }, "categories[health].retention.period", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Categories[0].Retention = WhileAccountActive(Days(100001)) },
			func(p *Policy) { p.Categories[0].Retention = WhileAccountActive(Days(MaxPeriodUnit)) }, "categories[account.email].retention.period", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Changes.Notice = Months(MaxPeriodUnit + 1) },
			func(p *Policy) { p.Changes.Notice = Months(MaxPeriodUnit) }, "changes.notice", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Children.MinimumAge = 1 << 40 },
			func(p *Policy) { p.Children.MinimumAge = MaxMinimumAge }, "children.minimum_age", SeverityError},
		{RuleMissingSensitivity, func(p *Policy) { p.Categories[2].Sensitivity = 0 },
			func(p *Policy) {
				p.Categories[2].Sensitivity = SensitivityPersonal
				p.Categories[2].Retention = Keep(Days(1), EventCollection)
			}, "categories[stats].sensitivity", SeverityError},
		{RuleLinkedNotPersonal, func(p *Policy) { p.Categories[2].Linked = true },
			func(p *Policy) { p.Categories[1].Linked = true }, "categories[stats].linked", SeverityError},
		{RuleMissingSource, func(p *Policy) { p.Categories[0].Sources = nil },
			func(p *Policy) { p.Categories[2].Sources = nil }, "categories[account.email].sources", SeverityWarning},
		{RuleUndeclaredCategory, func(p *Policy) {
			p.Purposes[0].Categories = append(p.Purposes[0].Categories, &Category{ID: "ghost"})
		}, func(p *Policy) { p.Purposes[0].Categories = append(p.Purposes[0].Categories, p.Categories[1]) }, "purposes[account].categories[2]", SeverityError},
		{RuleUndeclaredRecipient, func(p *Policy) {
			p.Purposes[0].Recipients = []*Recipient{{ID: "mailer", Name: "copy", Role: RoleProcessor}}
		}, func(p *Policy) { p.Purposes[0].Recipients = nil }, "purposes[account].recipients[0]", SeverityError},
		{RuleUnusedCategory, func(p *Policy) { p.Purposes = p.Purposes[:3] },
			func(p *Policy) { p.Purposes[3].Categories = []*Category{p.Categories[1], p.Categories[2]} }, "categories[health]", SeverityError},
		{RuleExcludedCategory, func(p *Policy) { p.NotCollected[0].ID = "health" },
			func(p *Policy) { p.NotCollected[0].ID = "biometrics" }, "not_collected[health].id", SeverityError},
		{RuleMissingBasis, func(p *Policy) { p.Purposes[0].Bases = nil },
			func(p *Policy) { p.Purposes[0].Categories = p.Purposes[0].Categories[1:]; p.Purposes[0].Bases = nil }, "purposes[account].bases", SeverityError},
		{RuleMissingInterest, func(p *Policy) { p.Purposes[2].Interest = "" },
			func(p *Policy) { p.Purposes[2].Interest = ""; p.Purposes[2].Bases = []Basis{BasisLegalObligation} }, "purposes[fraud].interest", SeverityError},
		{RuleMissingSpecialBasis, func(p *Policy) { p.Purposes[3].Bases = []Basis{BasisConsent} },
			func(p *Policy) { p.Purposes[3].Bases = []Basis{BasisHealthCare, BasisContract} }, "purposes[diet].bases", SeverityError},
		{RuleMissingWithdrawal, func(p *Policy) { p.Purposes[1].Withdraw = "" },
			func(p *Policy) { p.Purposes[1].Withdraw = ""; p.Purposes[1].Bases = []Basis{BasisContract} }, "purposes[marketing].withdraw", SeverityError},
		{RuleMissingController, func(p *Policy) { p.Controller.Name = "" },
			func(p *Policy) { p.Controller.Name = "X" }, "controller.name", SeverityError},
		{RuleMissingContact, func(p *Policy) { p.Controller.Email = ""; p.Controller.Address = "" },
			func(p *Policy) { p.Controller.Email = "" }, "controller", SeverityError},
		{RuleInvalidEmail, func(p *Policy) { p.Controller.Email = "privacy at example.com" },
			func(p *Policy) { p.Controller.Email = "a.b+c@example.co.uk" }, "controller.email", SeverityError},
		{RuleInvalidEmail, func(p *Policy) { p.Controller.Email = "privacy@example.com?bcc=attacker%40evil.example" },
			func(p *Policy) { p.Controller.Email = "privacy@example.com" }, "controller.email", SeverityError},
		{RuleMissingContact, func(p *Policy) { p.DPO.Email = "" },
			func(p *Policy) { p.DPO.Email = ""; p.DPO.Website = "https://example.com/dpo-contact-form" }, "dpo", SeverityError},
		{RuleInvalidEmail, func(p *Policy) { p.DPO.Email = "Jane Doe <dpo@example.com>" },
			func(p *Policy) { p.DPO.Email = "jane.doe@пример.рф" }, "dpo.email", SeverityError},
		{RuleInvalidEmail, func(p *Policy) { p.Contact.Email = "a&cc=x@example.com" },
			func(p *Policy) { p.Contact.Email = "a+cc=x@example.com" }, "contact.email", SeverityError},
		{RuleInvalidEmail, func(p *Policy) { p.Contact.Email = "q@[192.0.2.1]" },
			func(p *Policy) { p.Contact.Email = "q@mail-1.example" }, "contact.email", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.URL = "example.com/privacy" },
			func(p *Policy) { p.URL = "http://example.com/p?x=1" }, "url", SeverityError},
		{RuleMissingRetention, func(p *Policy) { p.Categories[0].Retention = Retention{} },
			func(p *Policy) {
				p.Categories[0].Retention = Retention{}
				for _, pu := range p.Purposes[:3] {
					pu.Retention = Keep(Years(1), EventCollection)
				}
			}, "categories[account.email].retention", SeverityError},
		{RuleInvalidRetention, func(p *Policy) { p.Categories[1].Retention = Retention{Kind: RetentionKeepFor, From: EventCollection} },
			func(p *Policy) { p.Categories[1].Retention = AsRequiredBy("Tax Code") }, "categories[health].retention.period", SeverityError},
		// Negative hours, in a rule whose period is only a note: Encode
		// refuses any negative part.
		{RuleInvalidRetention, func(p *Policy) {
			p.Categories[1].Retention = Retention{Kind: RetentionRequiredByLaw, Law: "the Tax Code", Period: Period{Years: 5, Hours: -48}}
		},
			func(p *Policy) {
				p.Categories[1].Retention = Retention{Kind: RetentionRequiredByLaw, Law: "the Tax Code", Period: Period{Years: 5, Hours: 48}}
			}, "categories[health].retention.period", SeverityError},
		{RuleInvalidRetention, func(p *Policy) { p.Categories[1].Retention = Keep(Days(-1), EventPurposeAchieved) },
			func(p *Policy) { p.Categories[1].Retention = Until(EventPurposeAchieved) }, "categories[health].retention.period", SeverityError},
		{RuleIndefinite, func(p *Policy) { p.Categories[1].Retention = Indefinitely() },
			func(p *Policy) { p.Categories[1].Retention = WhileAccountActive(Period{}) }, "categories[health].retention", SeverityWarning},
		{RuleInvalidRegion, func(p *Policy) { p.Categories[0].Storage[0].Location = region("ZZ") },
			func(p *Policy) { p.Categories[0].Storage[0].Location = region("EU") }, "categories[account.email].storage[0].location", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Purposes[0].Regions = []language.Region{region("US"), region("ZZ")} },
			func(p *Policy) { p.Purposes[0].Regions = []language.Region{region("US"), region("EU")} }, "purposes[account].regions[1]", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Purposes[0].Regions = []language.Region{{}} },
			func(p *Policy) { p.Purposes[0].Regions = nil }, "purposes[account].regions[0]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Purposes[0].Regions = []language.Region{region("US"), region("US")} },
			func(p *Policy) { p.Purposes[0].Regions = []language.Region{region("US"), region("CA")} }, "purposes[account].regions[1]", SeverityError},
		{RuleMissingSafeguard, func(p *Policy) { p.Transfers[0].Safeguard = 0 },
			func(p *Policy) { p.Transfers[0].Safeguard = SafeguardAdequacy }, "transfers[0].safeguard", SeverityError},
		// The CCPA and the US state laws restrict no transfer abroad: a
		// transfer under them alone needs no safeguard, one under them
		// and the GDPR does, and so does one under no declared law.
		{RuleMissingSafeguard, func(p *Policy) { p.Laws, p.Transfers[0].Safeguard = []Law{CCPA, GDPR}, 0 },
			func(p *Policy) { p.Laws, p.Transfers[0].Safeguard = []Law{CCPA, USStates}, 0 }, "transfers[0].safeguard", SeverityError},
		{RuleMissingSafeguard, func(p *Policy) { p.Laws, p.Transfers[0].Safeguard = nil, 0 },
			func(p *Policy) {
				p.Laws, p.Transfers[0].Safeguard, p.Transfers[0].Laws = []Law{GDPR, CCPA}, 0, []Law{CCPA}
			}, "transfers[0].safeguard", SeverityError},
		// A transfer's notification date under any law, so that what
		// validates also encodes.
		{RuleInvalidValue, func(p *Policy) { p.RepresentativeExempt = []Law{GDPR, Law(99)} },
			func(p *Policy) { p.RepresentativeExempt = []Law{GDPR, UKGDPR} }, "representative_exempt[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.RepresentativeExempt = []Law{GDPR, GDPR} },
			func(p *Policy) { p.RepresentativeExempt = []Law{GDPR} }, "representative_exempt[1]", SeverityError},
		{RuleInvalidDate, func(p *Policy) { p.Transfers[0].Notified = Date{3158064, time.June, 15} },
			func(p *Policy) { p.Transfers[0].Notified = MakeDate(2024, time.June, 15) }, "transfers[0].notified", SeverityError},
		{RuleInvalidDate, func(p *Policy) { p.Updated = MakeDate(2025, time.February, 30) },
			func(p *Policy) { p.Updated = MakeDate(2024, time.February, 29) }, "updated", SeverityError},
		{RuleMissingDate, func(p *Policy) { p.Effective = Date{} },
			func(p *Policy) { p.Effective = p.Updated }, "effective", SeverityWarning},
		{RuleDateOrder, func(p *Policy) { p.Changes.Notice = Period{} },
			func(p *Policy) { p.Changes.Notice = Period{}; p.Effective = p.Updated }, "effective", SeverityError},
		{RuleDateOrder, func(p *Policy) { p.Effective = MakeDate(2025, time.March, 21) },
			func(p *Policy) { p.Effective = MakeDate(2025, time.April, 1) }, "effective", SeverityError},
		{RuleInvalidUTF8, func(p *Policy) { p.Categories[0].Name = "Account\xe2 data" },
			func(p *Policy) { p.Categories[0].Name = "Account – data" }, "categories[account.email].name", SeverityError},
		{RuleInvalidUTF8, func(p *Policy) { p.Categories[0].Items[0] = "\xed\xa0\x80" }, // a surrogate
			func(p *Policy) { p.Categories[0].Items[0] = "\U0001F600" }, "categories[account.email].items[0]", SeverityError},
		{RuleControlChar, func(p *Policy) { p.Title = "Privacy\x1b[2J" },
			func(p *Policy) { p.Title = "Privacy [2J" }, "title", SeverityError},
		{RuleControlChar, func(p *Policy) { p.Introduction[0] = "Hello.\n# We sell your data" },
			func(p *Policy) { p.Introduction[0] = "Hello. # We sell your data" }, "introduction[0]", SeverityError},
		{RuleControlChar, func(p *Policy) { p.Purposes[0].Description = "C1 \u009b31m" },
			func(p *Policy) { p.Purposes[0].Description = "C1 \u00a931m" }, "purposes[account].description", SeverityError},
		{RuleBidiControl, func(p *Policy) { p.Controller.Name = "Example\u202eLtd" },
			func(p *Policy) { p.Controller.Name = "Example Ltd \u05d0\u05d1" }, "controller.name", SeverityError},
		{RuleBidiControl, func(p *Policy) { p.Recipients[0].Name = "mail\u2066er" },
			func(p *Policy) { p.Recipients[0].Name = "mail\u2060er" }, "recipients[mailer].name", SeverityError},
		{RuleFragmentStop, func(p *Policy) { p.Purposes[2].Interest = "keeping accounts safe." },
			func(p *Policy) { p.Purposes[2].Interest = "keeping accounts safe (see Art. 6)" }, "purposes[fraud].interest", SeverityWarning},
		{RuleFragmentStop, func(p *Policy) { p.Categories[0].Items[0] = "username." },
			func(p *Policy) { p.Categories[0].Items[0] = "username…" }, "categories[account.email].items[0]", SeverityWarning},
		{RuleFragmentStop, func(p *Policy) { p.Recipients[0].Purpose = "sending mail." },
			func(p *Policy) { p.Recipients[0].Name = "Mailer, Inc." }, "recipients[mailer].purpose", SeverityWarning},
		{RuleSentenceStop, func(p *Policy) { p.Categories[0].Description = "What you sign in with" },
			func(p *Policy) { p.Categories[0].Description = "What do you sign in with?" }, "categories[account.email].description", SeverityWarning},
		{RuleSentenceStop, func(p *Policy) { p.Introduction[0] = "Read this \"carefully\"" },
			func(p *Policy) { p.Introduction[0] = "Read this (carefully.)" }, "introduction[0]", SeverityWarning},
		{RuleSentenceStop, func(p *Policy) { p.Requests.VerificationDetail = "we match two details" },
			func(p *Policy) { p.Requests.VerificationDetail = "We match two details!" }, "requests.verification_detail", SeverityWarning},
		{RuleMissingName, func(p *Policy) { p.Responsible.Name = "" },
			func(p *Policy) { p.Responsible.Name = "Anna" }, "responsible.name", SeverityWarning},
		{RuleMissingContact, func(p *Policy) { p.Responsible.Email = "" },
			func(p *Policy) { p.Responsible.Email = ""; p.Responsible.Address = "Moscow" }, "responsible", SeverityError},
		{RuleInvalidEmail, func(p *Policy) { p.Responsible.Email = "Anna <r@example.com>" },
			func(p *Policy) { p.Responsible.Email = "r@example.com" }, "responsible.email", SeverityError},
		{RuleSurroundingSpace, func(p *Policy) { p.Purposes[0].Name = " Running the account " },
			func(p *Policy) { p.Purposes[0].Name = "Running  the account" }, "purposes[account].name", SeverityError},
		{RuleSurroundingSpace, func(p *Policy) { p.Introduction[0] = "\u00a0Hello." },
			func(p *Policy) { p.Introduction[0] = "Hello.\u00a0World." }, "introduction[0]", SeverityError},
		{RuleInvalidRetention, func(p *Policy) { p.Purposes[2].Retention.Criteria = "" },
			func(p *Policy) { p.Purposes[2].Retention = ByCriteria("until the case is closed") }, "purposes[fraud].retention.criteria", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Links.Subprocessors = "javascript:alert(1)" },
			func(p *Policy) { p.Links.Subprocessors = "http://example.com/sub" }, "links.subprocessors", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Changes.HistoryURL = "ftp://example.com/history" },
			func(p *Policy) { p.Changes.HistoryURL = "" }, "changes.history_url", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Disclosures[0].ReportURL = "/transparency" },
			func(p *Policy) { p.Disclosures[0].ReportURL = "https://transparency.example.com" }, "disclosures[0].report_url", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Commitments[0] = 0 },
			func(p *Policy) { p.Commitments[0] = CommitmentModelTrainingOptIn; p.Commitments[3] = CommitmentNoSale }, "commitments[0]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Transfers[0].Organisation = 7 },
			func(p *Policy) { p.Transfers[0].Organisation = OrganisationEPO }, "transfers[0].organisation", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Categories[0].Zones = 9 },
			func(p *Policy) { p.Categories[0].Zones = ZonesNotRecorded }, "categories[account.email].zones", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Categories[0].Commitments = []Commitment{42} },
			func(p *Policy) { p.Categories[0].Commitments = []Commitment{CommitmentNoAdvertisingUse} }, "categories[account.email].commitments[0]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Categories[0].Commitments = []Commitment{CommitmentNoThirdPartyAds} },
			func(p *Policy) { p.Categories[0].Commitments = []Commitment{CommitmentNoDisclosureWithoutConsent} }, "categories[account.email].commitments[0]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Categories[1].Commitments = []Commitment{CommitmentNoSale, CommitmentNoSale} },
			func(p *Policy) {
				p.Categories[1].Commitments = []Commitment{CommitmentNoSale, CommitmentNoAdvertisingUse}
			}, "categories[health].commitments[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Recipients[0].Commitments = []Commitment{42} },
			func(p *Policy) { p.Recipients[0].Commitments = []Commitment{CommitmentNoModelTraining} }, "recipients[mailer].commitments[0]", SeverityError},
		{RuleInvalidValue, func(p *Policy) {
			p.Recipients[0].Commitments = []Commitment{CommitmentNoSale, CommitmentModelTrainingOptIn}
		}, func(p *Policy) {
			p.Recipients[0].Commitments = []Commitment{CommitmentNoSale, CommitmentNoReidentification}
		}, "recipients[mailer].commitments[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Recipients[0].Commitments = []Commitment{CommitmentNoThirdPartyAds} },
			func(p *Policy) { p.Recipients[0].Commitments = []Commitment{CommitmentNoAdvertisingUse} }, "recipients[mailer].commitments[0]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Recipients[0].Commitments = []Commitment{CommitmentNoDisclosureWithoutConsent} },
			func(p *Policy) { p.Recipients[0].Commitments = []Commitment{CommitmentNoSharing} }, "recipients[mailer].commitments[0]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) {
			p.Recipients[0].Commitments = []Commitment{CommitmentNoModelTraining, CommitmentNoSale, CommitmentNoModelTraining}
		}, func(p *Policy) {
			p.Recipients[0].Commitments = []Commitment{CommitmentNoModelTraining, CommitmentNoSale, CommitmentNoAdvertisingUse}
		}, "recipients[mailer].commitments[2]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Categories[0].VisibleTo = []Audience{AudienceOtherMembers, 42} },
			func(p *Policy) {
				p.Categories[0].VisibleTo = []Audience{AudienceOtherMembers, AudienceConnectedOrganisations}
			}, "categories[account.email].visible_to[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Categories[1].Secrecy = Secrecy{Kind: 42} },
			func(p *Policy) { p.Categories[1].Secrecy = Secrecy{Kind: SecrecyMedical} }, "categories[health].secrecy.kind", SeverityError},
		{RuleInvalidValue, func(p *Policy) {
			p.Categories[1].Secrecy = Secrecy{Laws: []Obligation{{Act: "Strafgesetzbuch (StGB), § 203", Region: region("DE")}}}
		},
			func(p *Policy) {
				p.Categories[1].Secrecy = Secrecy{Kind: SecrecyMedical, Laws: []Obligation{{Act: "Strafgesetzbuch (StGB), § 203", Region: region("DE")}}}
			}, "categories[health].secrecy.kind", SeverityError},
		{RuleMissingName, func(p *Policy) {
			p.Categories[1].Secrecy = Secrecy{Kind: SecrecyMedical, Laws: []Obligation{{Region: region("DE")}}}
		},
			func(p *Policy) {
				p.Categories[1].Secrecy = Secrecy{Kind: SecrecyMedical, Laws: []Obligation{{Act: "StGB, § 203", Region: region("DE")}}}
			},
			"categories[health].secrecy.laws[0].act", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Categories[0].VisibleTo = []Audience{AudienceJointHolders, AudienceJointHolders} },
			func(p *Policy) { p.Categories[0].VisibleTo = []Audience{AudienceJointHolders, AudienceOtherUsers} }, "categories[account.email].visible_to[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("EU"), Age: 0}} },
			func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("EU"), Age: 1}} }, "children.by_region[0].age", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("DE"), Age: MaxMinimumAge + 1}} },
			func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("DE"), Age: MaxMinimumAge}} }, "children.by_region[0].age", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.UserDuties = []UserDuty{UserDutyAccuracy, 7} },
			func(p *Policy) { p.UserDuties = []UserDuty{UserDutyAccuracy, UserDutyOthersInformed} }, "user_duties[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.UserDuties = []UserDuty{UserDutyAccuracy, UserDutyAccuracy} },
			func(p *Policy) { p.UserDuties = []UserDuty{UserDutyAccuracy} }, "user_duties[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.External = []ExternalService{ExternalLinkedSites, 9} },
			func(p *Policy) { p.External = []ExternalService{ExternalLinkedSites, ExternalSocialNetworks} }, "external[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.External = []ExternalService{ExternalConnectedApps, ExternalConnectedApps} },
			func(p *Policy) { p.External = []ExternalService{ExternalConnectedApps} }, "external[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.SafetyTips = []SafetyTip{SafetyTipSignOut, 42} },
			func(p *Policy) { p.SafetyTips = []SafetyTip{SafetyTipSignOut, SafetyTipNeverAsked} }, "safety_tips[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.SafetyTips = []SafetyTip{SafetyTipSignOut, SafetyTipSignOut} },
			func(p *Policy) { p.SafetyTips = []SafetyTip{SafetyTipSignOut} }, "safety_tips[1]", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Children.AgeChecks = []AgeCheck{AgeCheckDeclared, 42} },
			func(p *Policy) { p.Children.AgeChecks = []AgeCheck{AgeCheckDeclared, AgeCheckDocument} }, "children.age_checks[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Children.AgeChecks = []AgeCheck{AgeCheckInferred, AgeCheckInferred} },
			func(p *Policy) { p.Children.AgeChecks = []AgeCheck{AgeCheckInferred, AgeCheckFacialEstimation} }, "children.age_checks[1]", SeverityError},
		{RuleAgeMissing, func(p *Policy) { p.Children = Children{AgeChecks: []AgeCheck{AgeCheckDeclared}} },
			func(p *Policy) {
				p.Children = Children{ByRegion: []AgeLimit{{Region: region("EU"), Age: 16}}, AgeChecks: []AgeCheck{AgeCheckDeclared}}
			}, "children.age_checks", SeverityWarning},
		{RuleAgeMissing, func(p *Policy) {
			p.Children = Children{}
			p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundUnderage}, Contest: "by proving your age"}
		},
			func(p *Policy) {
				p.Children = Children{MinimumAge: 13}
				p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundUnderage}, Contest: "by proving your age"}
			}, "purposes[fraud].suspension.grounds", SeverityWarning},
		{RuleDuplicateEntry, func(p *Policy) {
			p.Rights = append(p.Rights, Right{Kind: RightObjection, How: "in the settings"}, Right{Kind: RightObjection, How: "in the settings"})
		}, func(p *Policy) {
			p.Rights = append(p.Rights, Right{Kind: RightObjection, How: "in the settings"}, Right{Kind: RightObjection, How: "by unsubscribing"})
		}, "rights[" + itoa(len(testPolicy().Rights)+1) + "]", SeverityError},
		{RuleAgeMoot, func(p *Policy) {
			p.Children = Children{MinimumAge: 16, ByRegion: []AgeLimit{{Region: region("GB"), Age: 13}}}
			p.Purposes[2].MinimumAge = 13
		},
			func(p *Policy) {
				p.Children = Children{MinimumAge: 16, ByRegion: []AgeLimit{{Region: region("GB"), Age: 13}}}
				p.Purposes[2].MinimumAge = 14
			}, "purposes[fraud].minimum_age", SeverityWarning},
		{RuleAgeMoot, func(p *Policy) {
			p.Children = Children{MinimumAge: 18}
			p.Purposes[2].MinimumAge = 18
		},
			func(p *Policy) {
				// No age stated for the service: the purpose's is its own.
				p.Children = Children{ByRegion: []AgeLimit{{Region: region("GB"), Age: 18}}}
				p.Purposes[2].MinimumAge = 18
			}, "purposes[fraud].minimum_age", SeverityWarning},
		{RuleOthersConsentSource, func(p *Policy) { p.Categories[0].OthersConsent = true },
			func(p *Policy) {
				p.Categories[0].OthersConsent = true
				p.Categories[0].Sources = append(p.Categories[0].Sources, SourceOtherUsers)
			}, "categories[account.email].others_consent", SeverityError},
		{RuleArrangementRole, func(p *Policy) { p.Recipients[0].Arrangement = "We answer your requests." },
			func(p *Policy) {
				p.Recipients[0].Role, p.Recipients[0].Arrangement = RoleJointController, "We answer your requests."
			}, "recipients[mailer].arrangement", SeverityError},
		{RuleOwnPolicyRole, func(p *Policy) { p.Recipients[0].OwnPolicy = true },
			func(p *Policy) { p.Recipients[0].Role, p.Recipients[0].OwnPolicy = RoleThirdParty, true }, "recipients[mailer].own_policy", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Recipients[0].NoticeURL = "mailer.example/privacy" },
			func(p *Policy) { p.Recipients[0].NoticeURL = "https://mailer.example/privacy" }, "recipients[mailer].notice_url", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Recipients[0].Retention = Years(-1) },
			func(p *Policy) { p.Recipients[0].Retention = Years(6) }, "recipients[mailer].retention", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Recipients[0].Retention = Days(MaxPeriodUnit + 1) },
			func(p *Policy) { p.Recipients[0].Retention = Days(MaxPeriodUnit) }, "recipients[mailer].retention", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Children.ConsentAge = MaxMinimumAge + 1 },
			func(p *Policy) { p.Children.ConsentAge = MaxMinimumAge }, "children.consent_age", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Children.ConsentAge = -1 },
			func(p *Policy) { p.Children.ConsentAge = 18 }, "children.consent_age", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Children.ConsentAge = 14 },
			func(p *Policy) { p.Children.ConsentAge = 18 }, "children.consent_age", SeverityWarning},
		// A consent age equal to the minimum age leaves no one to consent
		// with a parent, unless younger people use the service with a
		// parent's consent or somewhere from a lower age.
		{RuleOutOfRange, func(p *Policy) { p.Children.ConsentAge = 16 },
			func(p *Policy) { p.Children.ConsentAge, p.Children.ParentalConsent = 16, true }, "children.consent_age", SeverityWarning},
		{RuleOutOfRange, func(p *Policy) { p.Children.ConsentAge = 16 },
			func(p *Policy) {
				p.Children.ConsentAge = 16
				p.Children.ByRegion = []AgeLimit{{Region: language.MustParseRegion("NL"), Age: 13}}
			}, "children.consent_age", SeverityWarning},
		{RuleInvalidValue, func(p *Policy) { p.Children.Restrictions = []ChildRestriction{ChildRestrictionFilteredChat, 42} },
			func(p *Policy) {
				p.Children.Restrictions = []ChildRestriction{ChildRestrictionFilteredChat, ChildRestrictionPrivateProfile}
			}, "children.restrictions[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) {
			p.Children.Restrictions = []ChildRestriction{ChildRestrictionNoProfiling, ChildRestrictionNoProfiling}
		},
			func(p *Policy) {
				p.Children.Restrictions = []ChildRestriction{ChildRestrictionNoProfiling, ChildRestrictionNoPersonalisedAds}
			}, "children.restrictions[1]", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("ZZ"), Age: 16}} },
			func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("EU"), Age: 16}} }, "children.by_region[0].region", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Age: 16}} },
			func(p *Policy) { p.Children.ByRegion = []AgeLimit{{Region: region("IT"), Age: 14}} }, "children.by_region[0].region", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) {
			p.Children.ByRegion = []AgeLimit{{Region: region("DE"), Age: 16}, {Region: region("DE"), Age: 14}}
		},
			func(p *Policy) {
				p.Children.ByRegion = []AgeLimit{{Region: region("DE"), Age: 16}, {Region: region("IT"), Age: 14}}
			}, "children.by_region[1].region", SeverityError},
		{RuleUndeclaredCategory, func(p *Policy) { p.Categories[1].DerivedFrom = []*Category{{ID: "ghost", Name: "Ghost"}} },
			func(p *Policy) { p.Categories[1].DerivedFrom = p.Categories[:1] }, "categories[health].derived_from[0]", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Links.Vendors = "javascript:alert(1)" },
			func(p *Policy) { p.Links.Vendors = "https://example.com/vendors" }, "links.vendors", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Links.Recommendations = "ftp://example.com/recommendations" },
			func(p *Policy) { p.Links.Recommendations = "https://example.com/recommendations" }, "links.recommendations", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Cookies[0].Party = 0 },
			func(p *Policy) { p.Cookies[0].Party = PartyFirst; p.Cookies[0].Technology = TechnologyLocalStorage }, "cookies[session].party", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Signals.GlobalPrivacyControl = 7 },
			func(p *Policy) { p.Signals.GlobalPrivacyControl = 0 }, "signals.global_privacy_control", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Requests.Deadline = Days(-5) },
			func(p *Policy) { p.Requests.Deadline = Days(45) }, "requests.deadline", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Security[1].Breach.Results = Days(-3) },
			func(p *Policy) { p.Security[1].Breach.Results = Days(3) }, "security[1].breach.results", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Security[1].Breach.Authority = Years(MaxPeriodUnit + 1) },
			func(p *Policy) { p.Security[1].Breach.Authority = Days(1) }, "security[1].breach.authority", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Security[1].Kind = 200 },
			func(p *Policy) { p.Security[1].Kind = MeasureBreachNotification; p.Security[1].Description = "" }, "security[1].kind", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Deletion[0].Stages[1].Removal = 0 },
			func(p *Policy) {
				p.Deletion[0].Stages[1].Removal = RemovalAnonymised
				p.Deletion[0].Stages = p.Deletion[0].Stages[:2]
			}, "deletion[0].stages[1].removal", SeverityError},
		{RuleOutOfRange, func(p *Policy) { p.Cookies[1].Lifetime = Expires(Days(MaxPeriodUnit + 1)) },
			func(p *Policy) { p.Cookies[1].Lifetime = Expires(Days(MaxPeriodUnit)) }, "cookies[analytics].lifetime.period", SeverityError},
		{RuleMissingName, func(p *Policy) { p.Redress[0].Contact.Name = "" },
			func(p *Policy) { p.Redress[0].Contact = Contact{Name: "FTC"} }, "redress[0].contact.name", SeverityError},
		{RuleMissingName, func(p *Policy) { p.Security = append(p.Security, Measure{}) },
			func(p *Policy) { p.Security = append(p.Security, Measure{Kind: MeasureAudits}) }, "security[2]", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Transfers[0].Origin = region("ZZ") },
			func(p *Policy) { p.Transfers[0].Origin = region("CH") }, "transfers[0].origin", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Establishments[0].ControllerFor = region("ZZ") },
			func(p *Policy) { p.Establishments[0].ControllerFor = region("EU") }, "establishments[0].controller_for", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) {
			p.Establishments[0].ControllerFor = region("EU")
			p.Establishments = append(p.Establishments, Establishment{Region: region("DE"), Contact: Contact{Name: "Example GmbH"}, ControllerFor: region("EU")})
		},
			func(p *Policy) {
				p.Establishments[0].ControllerFor = region("EU")
				p.Establishments = append(p.Establishments, Establishment{Region: region("DE"), Contact: Contact{Name: "Example GmbH"}, ControllerFor: region("CH")})
			}, "establishments[1].controller_for", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Establishments[0].Region = language.Region{} },
			func(p *Policy) { p.Establishments[0].Region = region("EU") }, "establishments[0].region", SeverityError},
		{RuleUndeclaredCategory, func(p *Policy) { p.Deletion[0].Categories = []*Category{{ID: "ghost"}} },
			func(p *Policy) { p.Deletion[0].Categories = nil }, "deletion[0].categories[0]", SeverityError},
		{RuleUndeclaredRecipient, func(p *Policy) {
			p.Cookies[2].Provider = &Recipient{ID: "pixels", Name: "Pixels Inc", Role: RoleThirdParty}
		},
			func(p *Policy) { p.Cookies[2].Provider = nil; p.Cookies[2].ProviderName = "Pixels Inc" }, "cookies[ads].provider", SeverityError},
		{RuleUndeclaredPurpose, func(p *Policy) { p.Cookies[0].Purpose = &Purpose{ID: "account", Name: "copy"} },
			func(p *Policy) { p.Cookies[0].Purpose = p.Purposes[0] }, "cookies[session].purpose", SeverityError},
		{RuleDuplicateID, func(p *Policy) { p.Cookies[1].ID = "session" },
			func(p *Policy) { p.Cookies[1].ID = "session.analytics" }, "cookies[1].id", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Commitments = append(p.Commitments, CommitmentNoSale) },
			func(p *Policy) { p.Commitments = append(p.Commitments[:0:0], CommitmentNoSale) }, "commitments[4]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Disclosures[1].Kind = DisclosureLegalProcess; p.Disclosures[1].SamePromises = false },
			func(p *Policy) { p.Disclosures[1] = Disclosure{Kind: DisclosureProtection} }, "disclosures[1].kind", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Deletion = append(p.Deletion, p.Deletion[0]) },
			func(p *Policy) { d := p.Deletion[0]; d.From = EventTrashed; p.Deletion = append(p.Deletion, d) }, "deletion[1].from", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Changes.Notify = append(p.Changes.Notify, ChannelEmail) },
			func(p *Policy) { p.Changes.Notify = append(p.Changes.Notify, ChannelHomePage) }, "changes.notify[2]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Redress = append(p.Redress, p.Redress[0]) },
			func(p *Policy) { r := p.Redress[0]; r.Region = region("GB"); p.Redress = append(p.Redress, r) }, "redress[1]", SeverityError},
		// Two bodies of one kind for one region: a second tier.
		{RuleDuplicateEntry, func(p *Policy) { p.Redress = append(p.Redress, p.Redress[0]) },
			func(p *Policy) { r := p.Redress[0]; r.Contact.Name = "The Ombudsman"; p.Redress = append(p.Redress, r) }, "redress[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Establishments = append(p.Establishments, p.Establishments[0]) },
			func(p *Policy) {
				e := p.Establishments[0]
				e.Region = region("DE")
				p.Establishments = append(p.Establishments, e)
			}, "establishments[1].region", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) {
			p.Establishments[0].ControllerFor = region("EU")
			p.Establishments = append(p.Establishments, p.Establishments[0])
		},
			func(p *Policy) {
				p.Establishments[0].ControllerFor = region("EU")
				e := p.Establishments[0]
				e.ControllerFor = region("GB")
				p.Establishments = append(p.Establishments, e)
			}, "establishments[1].region", SeverityError},
		{RuleConsentEvent, func(p *Policy) {
			p.Purposes[3].Bases = []Basis{BasisLegitimateInterests}
			p.Purposes[3].Interest = "advice"
		},
			func(p *Policy) { p.Purposes[3].Bases = []Basis{BasisExplicitConsent} }, "purposes[diet].retention.from", SeverityWarning},
		{RuleConsentEvent, func(p *Policy) {
			p.Categories[0].Retention = Keep(Years(1), EventConsentExpiry)
			p.Purposes[1].Categories = []*Category{p.Categories[2]} // no purpose on consent uses the email
		},
			func(p *Policy) { p.Categories[0].Retention = Keep(Years(1), EventConsentExpiry) }, "categories[account.email].retention.from", SeverityWarning},
		{RuleAutoDeleteMoot, func(p *Policy) {
			p.Categories[1].Retention = Keep(Months(18), EventCollection)
			p.Categories[1].AutoDelete = []Period{Months(3), Months(18)}
		},
			func(p *Policy) {
				p.Categories[1].Retention = Keep(Years(2), EventCollection)
				p.Categories[1].AutoDelete = []Period{Months(3), Months(18)}
			}, "categories[health].auto_delete[1]", SeverityWarning},
		{RuleInvalidValue, func(p *Policy) { p.Categories[1].OnDevice = 9 },
			func(p *Policy) { p.Categories[1].OnDevice = OnDeviceUntilShared }, "categories[health].on_device", SeverityError},
		{RuleOnDeviceConflict, func(p *Policy) { p.Categories[0].OnDevice = OnDeviceOnly },
			func(p *Policy) { p.Categories[0].OnDevice = OnDeviceUntilShared }, "categories[account.email].storage", SeverityError},
		{RuleOnDeviceConflict, func(p *Policy) { p.Categories[2].OnDevice = OnDeviceOnly },
			func(p *Policy) { p.Categories[2].OnDevice = OnDeviceOnly; p.Categories[2].Tracking = false }, "categories[stats].tracking", SeverityError},
		{RuleOnDeviceConflict, func(p *Policy) { p.Categories[0].OnDevice = OnDeviceOnly; p.Categories[0].Storage = nil },
			func(p *Policy) {
				p.Categories[0].OnDevice = OnDeviceOnly
				p.Categories[0].Storage = nil
				p.Recipients[0].Categories = nil
				p.Transfers[0].Categories = nil
			}, "recipients[mailer].categories[0]", SeverityError},
		{RuleOnDeviceConflict, func(p *Policy) {
			p.Categories[0].OnDevice = OnDeviceOnly
			p.Categories[0].Storage = nil
			p.Recipients[0].Categories = nil
		},
			func(p *Policy) {
				p.Categories[0].OnDevice = OnDeviceUntilShared
				p.Recipients[0].Categories = nil
			}, "transfers[0].categories[0]", SeverityError},
		{RuleExcludedClass, func(p *Policy) { p.NotCollected[1].Except = nil },
			func(p *Policy) { p.NotCollected[1].Except = nil; p.NotCollected[1].Class = DataClassBiometric }, "not_collected[special].class", SeverityError},
		{RuleExcludedClass, func(p *Policy) { p.NotCollected[1].Class = DataClassBiometric; p.Categories[0].Biometric = true },
			func(p *Policy) {
				p.NotCollected[1].Class = DataClassBiometric
				p.NotCollected[1].Except = p.Categories[:1]
				p.Categories[0].Biometric = true
			},
			"not_collected[special].class", SeverityError},
		{RuleCommitmentConflict, func(p *Policy) { p.CCPA.Sold = AnswerYes },
			func(p *Policy) { p.CCPA.Sold = AnswerNo; p.CCPA.Shared = AnswerNo }, "commitments[0]", SeverityError},
		{RuleCommitmentConflict, func(p *Policy) { p.Purposes[0].HumanDecision = true; p.Purposes[0].Automated = "credit scoring" },
			func(p *Policy) { p.Purposes[0].HumanDecision = true }, "purposes[account].human_decision", SeverityWarning},
		{RuleCommitmentConflict, func(p *Policy) { p.Categories[0].EndToEnd = true },
			func(p *Policy) { p.Categories[1].EndToEnd = true }, "purposes[fraud].categories[0]", SeverityWarning},
		{RuleCommitmentConflict, func(p *Policy) { p.Commitments = append(p.Commitments, CommitmentModelTrainingOptIn) },
			func(p *Policy) { p.Commitments[3] = CommitmentModelTrainingOptIn }, "commitments[4]", SeverityError},
		{RuleDisclosureField, func(p *Policy) { p.Disclosures[0].SamePromises = true },
			func(p *Policy) { p.Disclosures[0].Notice = false }, "disclosures[0].same_promises", SeverityError},
		{RuleDisclosureField, func(p *Policy) { p.Disclosures[1].ReportURL = "https://example.com/report" },
			func(p *Policy) { p.Disclosures[1].Notice = false }, "disclosures[1].report_url", SeverityError},
		{RuleDisclosureField, func(p *Policy) { p.Disclosures[1].Jurisdictions = []language.Region{region("CH")} },
			func(p *Policy) { p.Disclosures[0].Jurisdictions = []language.Region{region("CH")} }, "disclosures[1].jurisdictions", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Disclosures[0].Jurisdictions = []language.Region{region("CH"), region("CH")} },
			func(p *Policy) { p.Disclosures[0].Jurisdictions = []language.Region{region("CH"), region("EU")} }, "disclosures[0].jurisdictions[1]", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Disclosures[0].Jurisdictions = []language.Region{{}} },
			func(p *Policy) { p.Disclosures[0].Jurisdictions = []language.Region{region("DE")} }, "disclosures[0].jurisdictions[0]", SeverityError},
		{RuleInvalidDeletion, func(p *Policy) { p.Deletion[0].From = 0 },
			func(p *Policy) { p.Deletion[0].From = EventCancellation }, "deletion[0].from", SeverityError},
		{RuleInvalidDeletion, func(p *Policy) { p.Deletion[0].Stages = nil },
			func(p *Policy) { p.Deletion[0].Stages = p.Deletion[0].Stages[2:] }, "deletion[0].stages", SeverityWarning},
		{RuleInvalidDeletion, func(p *Policy) {
			p.Deletion[0].Stages[0], p.Deletion[0].Stages[1] = p.Deletion[0].Stages[1], p.Deletion[0].Stages[0]
		},
			func(p *Policy) { p.Deletion[0].Stages = p.Deletion[0].Stages[1:] }, "deletion[0].stages[1].removal", SeverityError},
		{RuleInvalidDeletion, func(p *Policy) { p.Deletion[0].Stages[2].Within = Period{} },
			func(p *Policy) { p.Deletion[0].Stages[2].Within = Days(1) }, "deletion[0].stages[2].within", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptFraud, 9} },
			func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptFraud, KeptAbuse} }, "deletion[0].kept[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptAbuse, KeptAbuse} },
			func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptAbuse, KeptLegalClaims} }, "deletion[0].kept[1]", SeverityError},
		{RuleInvalidDeletion, func(p *Policy) { p.Deletion[0].KeptRestricted = true },
			func(p *Policy) {
				p.Deletion[0].KeptRestricted = true
				p.Deletion[0].Kept = []KeptReason{KeptLegalClaims}
			}, "deletion[0].kept_restricted", SeverityError},
		{RuleInvalidDeletion, func(p *Policy) { p.Deletion[0].KeptFor = Years(7) },
			func(p *Policy) { p.Deletion[0].KeptFor = Years(7); p.Deletion[0].Kept = []KeptReason{KeptFraud} }, "deletion[0].kept_for", SeverityError},
		{RuleInvalidDeletion, func(p *Policy) {
			p.Deletion[0].Kept = []KeptReason{KeptFraud}
			p.Deletion[0].KeptFor = Period{Years: 1, Days: -1}
		},
			func(p *Policy) {
				p.Deletion[0].Kept = []KeptReason{KeptFraud}
				p.Deletion[0].KeptFor = Period{Years: 1, Days: 1}
			}, "deletion[0].kept_for", SeverityError},
		{RuleOutOfRange, func(p *Policy) {
			p.Deletion[0].Kept = []KeptReason{KeptFraud}
			p.Deletion[0].KeptFor = Years(MaxPeriodUnit + 1)
		},
			func(p *Policy) {
				p.Deletion[0].Kept = []KeptReason{KeptFraud}
				p.Deletion[0].KeptFor = Years(MaxPeriodUnit)
			}, "deletion[0].kept_for", SeverityError},
		{RuleKeptLaw, func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptLegalObligation} },
			func(p *Policy) {
				p.Deletion[0].Kept = []KeptReason{KeptLegalObligation}
				p.Categories[0].Retention = Retention{Kind: RetentionRequiredByLaw, Law: "the Tax Code", Period: Years(5)}
			}, "deletion[0].kept", SeverityWarning},
		// A retention by criteria that names the law setting it.
		{RuleKeptLaw, func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptLegalObligation} },
			func(p *Policy) {
				p.Deletion[0].Kept = []KeptReason{KeptLegalObligation}
				p.Categories[0].Retention = Retention{Kind: RetentionCriteria, Criteria: "as long as tax law requires", Law: "federal and state tax law"}
			}, "deletion[0].kept", SeverityWarning},
		{RuleKeptLaw, func(p *Policy) { p.Deletion[0].Kept = []KeptReason{KeptFraud, KeptLegalObligation} },
			func(p *Policy) {
				p.Deletion[0].Kept = []KeptReason{KeptFraud, KeptLegalObligation}
				p.Purposes[2].Bases = append(p.Purposes[2].Bases, BasisLegalObligation)
			}, "deletion[0].kept", SeverityWarning},
		{RuleCookieProvider, func(p *Policy) { p.Cookies[1].ProviderName = "" },
			func(p *Policy) { p.Cookies[1].ProviderName = ""; p.Cookies[1].Provider = p.Recipients[0] }, "cookies[analytics].provider", SeverityError},
		{RuleCookieProvider, func(p *Policy) { p.Cookies[0].ProviderName = "Us Inc" },
			func(p *Policy) { p.Cookies[0].Party = PartyThird; p.Cookies[0].ProviderName = "Hosting Inc" }, "cookies[session].provider", SeverityError},
		{RuleCookieProvider, func(p *Policy) { p.Cookies[2].ProviderName = "Mailer" },
			func(p *Policy) { p.Cookies[2].Note = "Mailer" }, "cookies[ads].provider_name", SeverityError},
		{RuleCookieLifetime, func(p *Policy) { p.Cookies[0].Lifetime = Lifetime{} },
			func(p *Policy) { p.Cookies[0].Lifetime = Expires(Years(1)) }, "cookies[session].lifetime", SeverityWarning},
		{RuleCookieLifetime, func(p *Policy) { p.Cookies[1].Lifetime = Lifetime{Expiry: ExpiryPeriod} },
			func(p *Policy) { p.Cookies[1].Lifetime = UntilCleared() }, "cookies[analytics].lifetime.period", SeverityError},
		{RuleCookieLifetime, func(p *Policy) { p.Cookies[0].Lifetime.Period = Days(1) },
			func(p *Policy) { p.Cookies[0].Lifetime = SessionOnly() }, "cookies[session].lifetime.period", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Requests.WorkingDays = true; p.Requests.Deadline = Months(1) },
			func(p *Policy) {
				p.Requests.WorkingDays = true
				p.Requests.Deadline, p.Requests.Extension = Days(10), Days(5)
			}, "requests.working_days", SeverityError},
		{RuleIncentiveLaw, func(p *Policy) { p.Laws = nil; p.Incentives = []Incentive{{ID: "rewards", Name: "Rewards"}} },
			func(p *Policy) { p.Laws = nil }, "incentives", SeverityWarning},
		{RuleRequestExtension, func(p *Policy) { p.Requests.Deadline = Period{} },
			func(p *Policy) { p.Requests.Extension = Period{} }, "requests.extension", SeverityError},
		{RuleTransferOrigin, func(p *Policy) { p.Transfers[0].Origin = region("US") },
			func(p *Policy) { p.Transfers[0].Origin = region("EU") }, "transfers[0].origin", SeverityError},
		{RuleChosenDestination, func(p *Policy) { p.Transfers[0].ChosenDestination = ChosenDestinationTravel },
			func(p *Policy) {
				p.Transfers[0].ChosenDestination, p.Transfers[0].Destination = ChosenDestinationTravel, language.Region{}
				p.Transfers[0].Safeguard, p.Transfers[0].Note = SafeguardContractNecessity, ""
			}, "transfers[0].destination", SeverityError},
		{RuleChosenDestination, func(p *Policy) {
			p.Transfers[0].ChosenDestination, p.Transfers[0].Destination = ChosenDestinationBooking, language.Region{}
		}, func(p *Policy) {
			p.Transfers[0].ChosenDestination, p.Transfers[0].Destination = ChosenDestinationBooking, language.Region{}
			p.Transfers[0].Safeguard, p.Transfers[0].Note = SafeguardContractNecessity, ""
		}, "transfers[0].safeguard", SeverityError},
		{RuleChangesChannel, func(p *Policy) { p.Changes.Notify = nil },
			func(p *Policy) { p.Changes.Notify = nil; p.Changes.MaterialOnly = false }, "changes.notify", SeverityWarning},

		// What the policy leaves to others, and how consent is given.
		{RuleMissingName, func(p *Policy) { p.CustomerData.Data = "" },
			func(p *Policy) { p.CustomerData = CustomerData{} }, "customer_data.data", SeverityError},
		{RuleMissingName, func(p *Policy) { p.CustomerData = CustomerData{ContractPrevails: true, ChoosesStorage: true} },
			func(p *Policy) {
				p.CustomerData = CustomerData{Data: "the files members upload", ContractPrevails: true, ChoosesStorage: true}
			}, "customer_data.data", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.CustomerData.TermsURL = "dpa.pdf" },
			func(p *Policy) { p.CustomerData.TermsURL = "" }, "customer_data.terms_url", SeverityError},
		{RuleFragmentStop, func(p *Policy) { p.CustomerData.Data = "what members store." },
			func(p *Policy) { p.CustomerData.Data = "what members store, such as files, issues etc" }, "customer_data.data", SeverityWarning},
		{RuleInvalidValue, func(p *Policy) { p.Definitions = []Definition{DefinitionOperator, Definition(99)} },
			func(p *Policy) { p.Definitions = []Definition{DefinitionOperator, DefinitionProcessing} }, "definitions[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Definitions = []Definition{DefinitionOperator, DefinitionOperator} },
			func(p *Policy) { p.Definitions = []Definition{DefinitionOperator} }, "definitions[1]", SeverityError},
		{RuleMissingName, func(p *Policy) { p.LegalActs[1].Act = "" },
			func(p *Policy) { p.LegalActs[1].Act = "Federal Law No. 38-FZ “On Advertising”" }, "legal_acts[1].act", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.LegalActs[1] = p.LegalActs[0] },
			func(p *Policy) { p.LegalActs[1].Region = region("BY") }, "legal_acts[1].act", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.LegalActs[0].Region = region("ZZ") },
			func(p *Policy) { p.LegalActs[0].Region = region("EU") }, "legal_acts[0].region", SeverityError},
		{RuleControlChar, func(p *Policy) { p.LegalActs[0].Act = "Civil Code\x1b[2J" },
			func(p *Policy) { p.LegalActs[0].Act = "Civil Code (Part One)" }, "legal_acts[0].act", SeverityError},
		{RuleMissingName, func(p *Policy) { p.OtherNotices[1].Covers = "" },
			func(p *Policy) { p.OtherNotices[1].Covers = "Washington consumers" }, "other_notices[1].covers", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.OtherNotices[1].Covers = p.OtherNotices[0].Covers },
			func(p *Policy) { p.OtherNotices[1].Covers = "employees" }, "other_notices[1].covers", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.OtherNotices[0].URL = "javascript:alert(1)" },
			func(p *Policy) { p.OtherNotices[1].URL = "http://example.com/health" }, "other_notices[0].url", SeverityError},
		{RuleControlChar, func(p *Policy) { p.OtherNotices[0].Covers = "employees\n# and we sell data" },
			func(p *Policy) { p.OtherNotices[0].Covers = "employees # and applicants" }, "other_notices[0].covers", SeverityError},
		{RuleConsentDetail, func(p *Policy) {
			p.Purposes[1].Bases = []Basis{BasisLegitimateInterests}
			p.Purposes[1].Interest = "marketing"
		},
			func(p *Policy) {
				p.Purposes[1].Bases = []Basis{BasisLegitimateInterests, BasisConsent}
				p.Purposes[1].Interest = "marketing"
			},
			"purposes[marketing].consent_method", SeverityError},
		{RuleNoAutomatedConflict, func(p *Policy) {
			p.NoAutomatedDecisions, p.Purposes[0].Automated = true, "credit limits set by a model"
		},
			func(p *Policy) { p.Purposes[0].Automated = "credit limits set by a model" }, "purposes[account].automated", SeverityError},
		{RuleNoAutomatedConflict, func(p *Policy) {
			noAutomated(p)
			p.Purposes[0].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Automated: AnswerYes}
		},
			func(p *Policy) {
				noAutomated(p)
				p.Purposes[0].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Automated: AnswerNo}
			}, "purposes[account].suspension.automated", SeverityWarning},
		{RuleGLBALimit, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBANonaffiliatesMarketing, Shares: AnswerYes, CanLimit: AnswerNo}}}
		}, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAJointMarketing, Shares: AnswerYes, CanLimit: AnswerNo}}}
		}, "glba.sharing[0].can_limit", SeverityError},
		{RuleGLBALimit, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAOwnMarketing, Shares: AnswerNo, CanLimit: AnswerYes}}, LimitHow: "by calling us"}
		}, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAOwnMarketing, Shares: AnswerNo}}}
		}, "glba.sharing[0].can_limit", SeverityError},
		{RuleGLBALimit, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAEverydayBusiness, Shares: AnswerYes}}}
		}, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAEverydayBusiness, Shares: AnswerYes, CanLimit: AnswerNo}}}
		}, "glba.sharing[0].can_limit", SeverityError},
		{RuleGLBALimitHow, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAAffiliatesMarketing, Shares: AnswerYes, CanLimit: AnswerYes}}}
		}, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAAffiliatesMarketing, Shares: AnswerYes, CanLimit: AnswerYes}}, LimitHow: "by calling 1-888-555-0100"}
		}, "glba.limit_how", SeverityError},
		{RuleGLBAWait, func(p *Policy) { p.GLBA = GLBANotice{FormerCustomers: true, WaitDays: 10} },
			func(p *Policy) { p.GLBA = GLBANotice{FormerCustomers: true, WaitDays: 45} }, "glba.wait_days", SeverityWarning},
		{RuleDuplicateEntry, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAOwnMarketing, Shares: AnswerNo}, {Reason: GLBAOwnMarketing, Shares: AnswerNo}}}
		}, func(p *Policy) {
			p.GLBA = GLBANotice{Sharing: []GLBASharing{{Reason: GLBAOwnMarketing, Shares: AnswerNo}, {Reason: GLBAJointMarketing, Shares: AnswerNo}}}
		}, "glba.sharing[1].reason", SeverityError},
		{RuleServiceMessages, func(p *Policy) { p.Purposes[0].ServiceMessages, p.Purposes[0].DirectMarketing = true, true },
			func(p *Policy) { p.Purposes[0].ServiceMessages = true }, "purposes[account].service_messages", SeverityError},
		{RuleDecisionAreas, func(p *Policy) { p.Purposes[2].DecisionAreas = []DecisionArea{DecisionOther} },
			func(p *Policy) { p.Purposes[3].DecisionAreas = []DecisionArea{DecisionHealthCare} }, "purposes[fraud].decision_areas", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Purposes[3].DecisionAreas = []DecisionArea{DecisionHealthCare, 10} },
			func(p *Policy) { p.Purposes[3].DecisionAreas = []DecisionArea{DecisionHealthCare, DecisionOther} }, "purposes[diet].decision_areas[1]", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Purposes[3].DecisionAreas = []DecisionArea{DecisionOther, DecisionOther} },
			func(p *Policy) { p.Purposes[3].DecisionAreas = []DecisionArea{DecisionOther} }, "purposes[diet].decision_areas[1]", SeverityError},
		{RuleOptOutHow, func(p *Policy) { p.Purposes[2].OptOutHow = "in the settings" },
			func(p *Policy) { p.Purposes[2].OptOutHow, p.Purposes[2].OptOut = "in the settings", true }, "purposes[fraud].opt_out_how", SeverityError},
		{RuleConsentDetail, func(p *Policy) { p.Purposes[2].PaidAlternative = PaidAlternative{Offer: "a subscription"} },
			func(p *Policy) { p.Purposes[3].PaidAlternative = PaidAlternative{Offer: "a subscription"} }, "purposes[fraud].paid_alternative", SeverityError},
		{RuleConsentDetail, func(p *Policy) { p.Purposes[0].ConsentLogged = true },
			func(p *Policy) { p.Purposes[3].ConsentLogged = true }, "purposes[account].consent_logged", SeverityError},
		{RuleConsentDetail, func(p *Policy) { p.Purposes[0].ConsentRequiredBy = []Obligation{pecr} },
			func(p *Policy) { p.Purposes[3].ConsentRequiredBy = []Obligation{pecr} }, "purposes[account].consent_required_by", SeverityError},
		{RuleMissingName, func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{{Region: region("GB")}} },
			func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{pecr} }, "purposes[marketing].consent_required_by[0].act", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{{Act: pecr.Act}} },
			func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{{Act: pecr.Act, Region: region("EU")}} }, "purposes[marketing].consent_required_by[0].region", SeverityError},
		{RuleInvalidRegion, func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{{Act: pecr.Act, Region: region("XA")}} },
			func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{{Act: pecr.Act, Region: region("GB")}} }, "purposes[marketing].consent_required_by[0].region", SeverityError},
		{RuleDuplicateEntry, func(p *Policy) { p.Purposes[1].ConsentRequiredBy = []Obligation{pecr, pecr} },
			func(p *Policy) {
				p.Purposes[1].ConsentRequiredBy = []Obligation{pecr, {Act: pecr.Act, Region: region("IE")}}
			}, "purposes[marketing].consent_required_by[1].act", SeverityError},
		{RuleControlChar, func(p *Policy) {
			p.Purposes[1].ConsentRequiredBy = []Obligation{{Act: "PECR\n# reg. 22", Region: region("GB")}}
		},
			func(p *Policy) {
				p.Purposes[1].ConsentRequiredBy = []Obligation{{Act: "PECR # reg. 22", Region: region("GB")}}
			}, "purposes[marketing].consent_required_by[0].act", SeverityError},
		{RuleInvalidValue, func(p *Policy) { p.Purposes[1].ConsentMethod = 9 },
			func(p *Policy) { p.Purposes[1].ConsentMethod = ConsentMethodWritten }, "purposes[marketing].consent_method", SeverityError},
		{RuleMissingName, func(p *Policy) { p.Purposes[1].PaidAlternative.Offer = "" },
			func(p *Policy) { p.Purposes[1].PaidAlternative = PaidAlternative{} }, "purposes[marketing].paid_alternative.offer", SeverityError},
		{RuleInvalidURL, func(p *Policy) { p.Purposes[1].PaidAlternative.URL = "/plans" },
			func(p *Policy) { p.Purposes[1].PaidAlternative.URL = "" }, "purposes[marketing].paid_alternative.url", SeverityError},
		{RuleTextLanguage, func(p *Policy) { p.Language = language.Russian },
			func(p *Policy) { p.Language = language.English }, "customer_data.data", SeverityWarning},
		{RuleFragmentStop, func(p *Policy) { p.Purposes[1].PaidAlternative.Offer = "a paid plan." },
			func(p *Policy) { p.Purposes[1].PaidAlternative.Offer = "the Plus plan" }, "purposes[marketing].paid_alternative.offer", SeverityWarning},

		// What a purpose may block or suspend, and when a new version takes
		// effect.
		{RuleSuspensionIncomplete, func(p *Policy) {
			p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Contest: "by writing to us"}
		},
			func(p *Policy) {
				p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Contest: "by writing to us"}
			}, "purposes[fraud].suspension.grounds", SeverityError},
		{RuleSuspensionContest, func(p *Policy) {
			p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud},
				Automated: AnswerYes, HumanReview: true}
		},
			func(p *Policy) {
				p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetAccount}, Grounds: []SuspensionGround{SuspensionGroundFraud},
					Automated: AnswerYes, HumanReview: true, ContestURL: "https://example.com/appeal"}
			}, "purposes[fraud].suspension.contest", SeverityError},
		{RuleSuspensionContest, func(p *Policy) {
			p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetContent}, Grounds: []SuspensionGround{SuspensionGroundIllegalContent},
				Automated: AnswerNo, Reasons: true, OutOfCourt: true}
		},
			func(p *Policy) {
				p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetContent}, Grounds: []SuspensionGround{SuspensionGroundIllegalContent},
					Automated: AnswerNo, Reasons: true, OutOfCourt: true, Contest: "with the form in the app"}
			}, "purposes[fraud].suspension.out_of_court", SeverityError},
		{RuleInvalidValue, func(p *Policy) {
			p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{10}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Contest: "by writing to us"}
		},
			func(p *Policy) {
				p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetOrder}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Contest: "by writing to us"}
			}, "purposes[fraud].suspension.targets[0]", SeverityError},
		{RuleFragmentStop, func(p *Policy) {
			p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetCard}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Contest: "by calling us."}
		},
			func(p *Policy) {
				p.Purposes[2].Suspension = Suspension{Targets: []SuspensionTarget{SuspensionTargetCard}, Grounds: []SuspensionGround{SuspensionGroundFraud}, Contest: "by calling us"}
			}, "purposes[fraud].suspension.contest", SeverityWarning},
		// A promise not to disclose data to third parties without consent,
		// and the recipients that receive it all the same.
		{RuleCommitmentConflict, func(p *Policy) {
			p.Commitments = append(p.Commitments, CommitmentNoDisclosureWithoutConsent)
			p.Recipients[0].Role = RoleThirdParty
		},
			func(p *Policy) {
				p.Commitments = append(p.Commitments, CommitmentNoDisclosureWithoutConsent)
				p.Recipients[0].Role = RoleThirdParty
				p.Purposes[1].Recipients = p.Recipients[:1] // marketing rests on consent
			}, "recipients[mailer]", SeverityWarning},
		{RuleCommitmentConflict, func(p *Policy) {
			p.Categories[0].Commitments = []Commitment{CommitmentNoDisclosureWithoutConsent}
			p.Recipients[0].Role = RoleJointController
			p.Recipients[0].Arrangement = "We answer your requests."
		},
			func(p *Policy) {
				p.Categories[0].Commitments = []Commitment{CommitmentNoDisclosureWithoutConsent}
				p.Recipients[0].Role = RoleJointController
				p.Recipients[0].Arrangement = "We answer your requests."
				p.Transfers[0].ChosenDestination = ChosenDestinationTravel
			}, "recipients[mailer].categories[0]", SeverityWarning},
		{RuleCommitmentConflict, func(p *Policy) {
			p.Categories[0].Commitments = []Commitment{CommitmentNoDisclosureWithoutConsent}
			p.Recipients[0].Role = RoleThirdParty
		},
			func(p *Policy) {
				p.Categories[1].Commitments = []Commitment{CommitmentNoDisclosureWithoutConsent}
				p.Recipients[0].Role = RoleThirdParty
			}, "recipients[mailer].categories[0]", SeverityWarning},
		{RuleChangesEffect, func(p *Policy) { p.Changes.EffectiveOnPosting = true; p.Changes.MaterialOnly = false },
			func(p *Policy) { p.Changes.EffectiveOnPosting = true }, "changes.effective_on_posting", SeverityError},
		{RuleConditionalEvent, func(p *Policy) {
			p.Recipients[0].Conditional, p.Recipients[0].Purpose = true, "to recover overdue debts"
		},
			func(p *Policy) {
				p.Recipients[0].Conditional, p.Recipients[0].Purpose = true, "a debt stays unpaid after reminders"
			}, "recipients[mailer].purpose", SeverityWarning},
	}
	for _, tt := range tests {
		t.Run(string(tt.rule), func(t *testing.T) {
			p := testPolicy()
			tt.fail(p)
			fs := p.Validate()
			var got *Finding
			for i := range fs {
				if fs[i].Rule == tt.rule {
					got = &fs[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s finding; got %v", tt.rule, fs)
			}
			if got.Path != tt.path || got.Severity != tt.severity || got.Message == "" {
				t.Errorf("finding = %+v, want path %q, severity %v and a message", *got, tt.path, tt.severity)
			}
			if !errors.Is(fs, tt.rule) {
				t.Errorf("errors.Is(findings, %s) = false", tt.rule)
			}

			p = testPolicy()
			tt.pass(p)
			for _, f := range p.Validate() {
				if f.Rule == tt.rule {
					t.Errorf("passing variant: unexpected finding %v", f)
				}
			}
		})
	}
}

func TestValidateAllRulesTested(t *testing.T) {
	// Every Rule constant declared in validate.go must appear in the table
	// above; this keeps new rules from landing untested.
	src := readFile(t, "validate.go")
	test := readFile(t, "validate_test.go")
	for _, line := range strings.Split(src, "\n") {
		name, _, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || !strings.HasPrefix(name, "Rule") || !strings.Contains(line, "Rule = ") {
			continue
		}
		if !strings.Contains(test, "{"+name+",") {
			t.Errorf("rule %s has no case in TestValidateRules", name)
		}
	}
}

func TestValidateDoesNotMutate(t *testing.T) {
	p := testPolicy()
	p.Categories[0].Retention = Retention{}
	p.Purposes = append(p.Purposes, nil)
	before := *p
	cats := append([]*Category(nil), p.Categories...)
	first := *p.Categories[0]
	p.Validate()
	if diff := cmp.Diff(first, *p.Categories[0], cmp.AllowUnexported(language.Region{})); diff != "" {
		t.Errorf("Validate changed a category (-before +after):\n%s", diff)
	}
	if len(p.Categories) != len(before.Categories) || len(p.Purposes) != len(before.Purposes) {
		t.Errorf("Validate changed list lengths")
	}
	for i := range cats {
		if cats[i] != p.Categories[i] {
			t.Errorf("Validate replaced category %d", i)
		}
	}
}

func TestFindingsErr(t *testing.T) {
	if err := (Findings{{Rule: RuleIndefinite, Severity: SeverityWarning}}).Err(); err != nil {
		t.Errorf("warnings only: Err() = %v, want nil", err)
	}
	fs := Findings{
		{Path: "effective", Rule: RuleDateOrder, Severity: SeverityError, Message: "too late"},
		{Path: "x", Rule: RuleIndefinite, Severity: SeverityWarning, Message: "forever"},
	}
	err := fs.Err()
	if err == nil {
		t.Fatal("Err() = nil with an error finding")
	}
	want := "effective: too late [error date.order]\nx: forever [warning retention.indefinite]"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	var f Finding
	if !errors.As(err, &f) || f.Rule != RuleDateOrder {
		t.Errorf("errors.As(err, *Finding) = %v, %+v", errors.As(err, &f), f)
	}
	var all Findings
	if !errors.As(err, &all) || len(all) != 2 {
		t.Errorf("errors.As(err, *Findings) = %v", all)
	}
	if errors.Is(err, RuleMissingBasis) {
		t.Errorf("errors.Is matched a rule with no finding")
	}
	if got := fs.BySeverity(SeverityWarning); len(got) != 1 || got[0].Rule != RuleIndefinite {
		t.Errorf("BySeverity(Warning) = %v", got)
	}
}

// pecr is the law that requires consent to marketing by email and text
// message in the United Kingdom.
var pecr = Obligation{Act: "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22", Region: region("GB")}

// noAutomated makes p state that it makes no automated decisions, as its
// purposes then do not.
func noAutomated(p *Policy) {
	p.NoAutomatedDecisions = true
	for _, pu := range p.Purposes {
		pu.Automated, pu.DecisionAreas, pu.HumanDecision = "", nil, false
	}
}
