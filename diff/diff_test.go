package diff_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
	"github.com/gopolicy/policy/internal/gen"
	"github.com/gopolicy/policy/internal/golden"
	"golang.org/x/text/language"
)

var (
	ru = language.MustParseRegion("RU")
	us = language.MustParseRegion("US")
	eu = language.MustParseRegion("EU")
)

// base returns a policy that states every field, so that each can be
// changed, added and removed.
func base() *policy.Policy {
	p := gen.Policy(20) // purposes p0 (contract), p1 (legal obligation)
	p.Title = "Privacy policy"
	p.Language = language.English
	p.Scope = []string{"the app"}
	p.Introduction = []string{"Welcome."}
	p.Principles = []policy.Principle{policy.PrincipleLawfulness}
	p.Controller.Address = "Old street 1"
	p.Controller.Country = ru
	p.Representatives = []policy.Representative{
		{Region: eu, Contact: policy.Contact{Name: "EU Rep", Email: "rep@generated.example"}},
		{Region: language.MustParseRegion("CH"), Contact: policy.Contact{Name: "CH Rep", Email: "ch-rep@generated.example"}},
		{Region: language.MustParseRegion("GB"), Contact: policy.Contact{Name: "UK Rep", Email: "uk-rep@generated.example"}},
	}
	p.NotCollected = []policy.Exclusion{{ID: "card", Name: "full card numbers"}}
	p.Security = []policy.Measure{{Name: "Encryption", Description: "TLS everywhere."},
		{Kind: policy.MeasureBreachNotification, Breach: policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}}}
	p.Children.Note = "Not for children."
	p.Children.ConsentAge = 18
	p.Children.Restrictions = []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionFilteredChat}
	p.Children.AgeChecks = []policy.AgeCheck{policy.AgeCheckDeclared}
	p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, Notice: policy.Days(30), Note: "We write first."}
	p.Contact = policy.Contact{Email: "questions@generated.example"}
	p.CCPA.OptOutURL = "https://generated.example/opt-out"
	c := p.Categories[0]
	c.Description = "What you type in."
	c.SourceDetail = "sign-up form"
	c.Linked = true
	c.Storage = append(c.Storage, policy.Storage{Subjects: ru, Location: ru})
	c.Secrecy = policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "Strafgesetzbuch (StGB), § 203", Region: language.MustParseRegion("DE")}}}
	c.OnDevice = policy.OnDeviceUntilShared
	pu := p.Purposes[0]
	pu.Description = "Running the service."
	pu.Retention = policy.Keep(policy.Years(1), policy.EventCollection)
	pu.Automated = "fraud scoring"
	p.GLBA = policy.GLBANotice{Sharing: []policy.GLBASharing{
		{Reason: policy.GLBAOwnMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
		{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerNo},
	}, LimitHow: "by calling us", WaitDays: 45}
	p.Purposes[1].Bases = []policy.Basis{policy.BasisConsent}
	p.Purposes[1].Withdraw = "in settings"
	p.Purposes[1].OptOut = true
	p.Recipients[0].Purpose = "hosting"
	p.Recipients[0].Retention = policy.Years(6)
	p.Transfers[0].Note = "Under the adequacy decision."
	p.Transfers[0].Laws = []policy.Law{policy.GDPR}
	p.Rights[0].How = "in the account settings"
	// Automated decisions (pu.Automated) need the right to have them
	// reviewed (FADP Art. 21).
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision})
	// and the right to opt out of profiling (US state privacy laws).
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightOptOutOfProfiling})
	p.Commitments = []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoModelTraining}
	p.Establishments = []policy.Establishment{{Region: language.MustParseRegion("IE"), Contact: policy.Contact{Name: "Generated Ireland"}}}
	p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureLegalProcess, Notice: true, ReportURL: "https://generated.example/transparency"},
		{Kind: policy.DisclosureBusinessTransfer, Notice: true, SamePromises: true}}
	p.Deletion = []policy.Deletion{{From: policy.EventDeletionRequest, Stages: []policy.Stage{
		{Removal: policy.RemovalLive, Within: policy.Days(30)}, {Removal: policy.RemovalBackups, Within: policy.Days(30)}}}}
	p.Cookies = []policy.Cookie{{ID: "sid", Name: "sid", Party: policy.PartyFirst, Purpose: pu, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
		{ID: "analytics", Name: "_ga", Party: policy.PartyThird, Provider: p.Recipients[0], Purpose: p.Purposes[1], Lifetime: policy.Expires(policy.Months(13))}}
	p.Signals = policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes}
	p.Requests = policy.Requests{Verification: []policy.Verification{policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(14), WithoutAccount: "by email",
		Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailSignature}, RepeatAfter: policy.Days(30)}
	p.Termination = []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal}
	p.Redress = []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "FTC"}, Region: us}}
	p.Links = policy.Links{Subprocessors: "https://generated.example/subprocessors"}
	p.Changes.HistoryURL = "https://generated.example/privacy/history"
	p.CustomerData = policy.CustomerData{Customers: "business customers", Data: "the files their staff upload", TermsURL: "https://generated.example/dpa"}
	p.OtherNotices = []policy.Notice{{Covers: "job applicants", URL: "https://generated.example/privacy/applicants"}}
	p.Purposes[1].ConsentMethod, p.Purposes[1].ConsentLogged = policy.ConsentMethodDoubleOptIn, true
	p.Purposes[1].PaidAlternative = policy.PaidAlternative{Offer: "the paid plan", URL: "https://generated.example/plans"}
	p.Purposes[1].ConsentRequiredBy = []policy.Obligation{{Act: "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22", Region: language.MustParseRegion("GB")}}
	p.Purposes[0].TippingOff = []policy.Obligation{{Act: "Proceeds of Crime Act 2002, s. 333A", Region: language.MustParseRegion("GB")}}
	p.Purposes[0].SpecialCondition = policy.DPAConditionStatutory
	p.Categories[0].Sources = append(p.Categories[0].Sources, policy.SourceOtherUsers)
	p.Categories[0].OthersConsent = true
	p.Purposes[0].Regions = []language.Region{language.MustParseRegion("DE"), language.MustParseRegion("GB")}
	return p
}

func compare(t testing.TB, old, new *policy.Policy) *diff.Report {
	t.Helper()
	r, err := diff.Compare(old, new)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCompareSelf(t *testing.T) {
	if fs := base().Validate(); len(fs) != 0 {
		t.Fatalf("base policy does not validate: %v", fs)
	}
	if r := compare(t, base(), base()); !r.Empty() {
		t.Errorf("diff of a policy with itself: %+v", r.Changes)
	}
	if r := compare(t, nil, nil); !r.Empty() {
		t.Errorf("diff of nil with nil: %+v", r.Changes)
	}
}

type fieldCase struct {
	name     string
	change   func(p *policy.Policy)
	path     string
	kind     diff.Kind
	material bool
	summary  string // a part of the summary
}

// fieldCases change each field in turn: every top-level field and every
// field of a category, purpose, recipient, transfer and right.
var fieldCases = []fieldCase{
	// Top-level fields.
	{"title", func(p *policy.Policy) { p.Title = "Our policy" }, "title", diff.Changed, false, "title changed"},
	{"controller name", func(p *policy.Policy) { p.Controller.Name = "Acquirer Inc" }, "controller.name", diff.Changed, true, "another controller"},
	{"controller email", func(p *policy.Policy) { p.Controller.Email = "legal@generated.example" }, "controller.email", diff.Changed, false, "email changed"},
	{"controller phone", func(p *policy.Policy) { p.Controller.Phone = "+7 495 000 00 00" }, "controller.phone", diff.Added, false, "phone added"},
	{"controller address", func(p *policy.Policy) { p.Controller.Address = "New street 1" }, "controller.address", diff.Changed, false, "address changed"},
	{"controller website", func(p *policy.Policy) { p.Controller.Website = "https://generated.example" }, "controller.website", diff.Added, false, "website added"},
	{"controller registration", func(p *policy.Policy) { p.Controller.Registration = "OGRN 1" }, "controller.registration", diff.Added, false, "registration added"},
	{"controller country", func(p *policy.Policy) { p.Controller.Country = us }, "controller.country", diff.Changed, true, "another country"},
	{"controller individual", func(p *policy.Policy) { p.Controller.Individual = true }, "controller.individual", diff.Added, true, "legal form changed"},
	{"dpo dropped", func(p *policy.Policy) { p.DPO = nil }, "dpo", diff.Removed, true, "data protection officer is no longer named"},
	{"responsible renamed", func(p *policy.Policy) {
		p.Responsible = &policy.Contact{Name: "Anna Ivanova", Email: "responsible@generated.example"}
	}, "responsible.name", diff.Changed, false, "name changed"},
	{"dpo email", func(p *policy.Policy) { p.DPO = &policy.Contact{Name: p.DPO.Name, Email: "officer@generated.example"} }, "dpo.email", diff.Changed, false, "email changed"},
	{"representative dropped", func(p *policy.Policy) { p.Representatives = nil }, "representatives[0]", diff.Removed, true, "representative is no longer named"},
	{"representative contact", func(p *policy.Policy) { p.Representatives[0].Contact.Email = "eu@generated.example" }, "representatives[0].contact.email", diff.Changed, false, "email changed"},
	{"new representative", func(p *policy.Policy) {
		p.Representatives = append(p.Representatives, policy.Representative{Region: language.MustParseRegion("JP"), Contact: policy.Contact{Name: "JP Rep"}})
	}, "representatives[3]", diff.Added, false, `new representative "JP"`},
	{"version", func(p *policy.Policy) { p.Version = "2" }, "version", diff.Changed, false, "version changed"},
	{"effective", func(p *policy.Policy) { p.Effective = policy.MakeDate(2025, time.June, 1) }, "effective", diff.Changed, false, "effective date changed"},
	{"updated", func(p *policy.Policy) { p.Updated = policy.MakeDate(2025, time.May, 1) }, "updated", diff.Changed, false, "last update changed"},
	{"url", func(p *policy.Policy) { p.URL = "https://generated.example/legal/privacy" }, "url", diff.Changed, false, "URL changed"},
	{"language", func(p *policy.Policy) { p.Language = language.Russian }, "language", diff.Changed, false, "language changed"},
	{"laws changed", func(p *policy.Policy) { p.Laws = p.Laws[1:] }, "laws", diff.Changed, true, "laws the policy follows changed"},
	{"scope", func(p *policy.Policy) { p.Scope = append(p.Scope, "the website") }, "scope", diff.Changed, false, "scope changed"},
	{"introduction", func(p *policy.Policy) { p.Introduction = []string{"Hello."} }, "introduction", diff.Changed, false, "introduction changed"},
	{"acknowledgement", func(p *policy.Policy) { p.Acknowledgement = true }, "acknowledgement", diff.Added, false, "acknowledgement that using the services confirms reading the policy added"},
	{"customer data widened", func(p *policy.Policy) { p.CustomerData.Data = "everything customers store" }, "customer_data.data", diff.Changed, true, "leaves other data to the customers"},
	{"customer data for every customer", func(p *policy.Policy) { p.CustomerData.Customers = "" }, "customer_data.customers", diff.Removed, true, "leaves the data of other customers to them"},
	{"customer data dropped", func(p *policy.Policy) { p.CustomerData = policy.CustomerData{} }, "customer_data", diff.Removed, false, "data processed on behalf of customers"},
	{"customer contracts prevail", func(p *policy.Policy) { p.CustomerData.ContractPrevails = true }, "customer_data.contract_prevails", diff.Added, true, "customers' contracts now prevail over the policy"},
	{"customers choose storage", func(p *policy.Policy) { p.CustomerData.ChoosesStorage = true }, "customer_data.chooses_storage", diff.Added, false, "customers' choice of storage region"},
	{"customer requests passed on", func(p *policy.Policy) { p.CustomerData.ForwardsRequests = true }, "customer_data.forwards_requests", diff.Added, false, "passing on of requests about customers' data"},
	{"customer terms moved", func(p *policy.Policy) { p.CustomerData.TermsURL = "https://generated.example/terms" }, "customer_data.terms_url", diff.Changed, false, "terms of the processing for customers"},
	{"other notice added", func(p *policy.Policy) { p.OtherNotices = append(p.OtherNotices, policy.Notice{Covers: "employees"}) },
		"other_notices[1]", diff.Added, true, "a separate notice now applies instead"},
	{"other notice dropped", func(p *policy.Policy) { p.OtherNotices = nil }, "other_notices[0]", diff.Removed, false, "separate notice"},
	{"term defined", func(p *policy.Policy) { p.Definitions = []policy.Definition{policy.DefinitionOperator} },
		"definitions", diff.Added, false, "terms the policy defines"},
	{"legal act named", func(p *policy.Policy) {
		p.LegalActs = append(p.LegalActs, policy.Obligation{Act: "Civil Code of the Russian Federation", Region: language.MustParseRegion("RU")})
	}, "legal_acts[0]", diff.Added, false, "act the processing rests on"},
	{"other notice moved", func(p *policy.Policy) { p.OtherNotices[0].URL = "https://generated.example/jobs/privacy" }, "other_notices[0].url", diff.Changed, false, "address of the separate notice"},
	{"consent method", func(p *policy.Policy) { p.Purposes[1].ConsentMethod = policy.ConsentMethodCheckbox }, "purposes[purpose.p1].consent_method", diff.Changed, false, "how consent is obtained"},
	{"consent no longer recorded", func(p *policy.Policy) { p.Purposes[1].ConsentLogged = false }, "purposes[purpose.p1].consent_logged", diff.Removed, true, "consent is no longer recorded"},
	{"paid alternative dropped", func(p *policy.Policy) { p.Purposes[1].PaidAlternative = policy.PaidAlternative{} }, "purposes[purpose.p1].paid_alternative", diff.Removed, true, "no longer offers a paid alternative to consent"},
	{"paid alternative renamed", func(p *policy.Policy) { p.Purposes[1].PaidAlternative.Offer = "the Plus plan" }, "purposes[purpose.p1].paid_alternative.offer", diff.Changed, false, "paid alternative"},
	{"suspension added", func(p *policy.Policy) {
		p.Purposes[1].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}}
	}, "purposes[purpose.p1].suspension", diff.Added, true, "may now block or suspend"},
	{"law requiring consent named", func(p *policy.Policy) {
		p.Purposes[1].ConsentRequiredBy = append(p.Purposes[1].ConsentRequiredBy, policy.Obligation{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: language.MustParseRegion("RU")})
	}, "purposes[purpose.p1].consent_required_by[1]", diff.Added, false, "law requiring consent"},
	{"law requiring consent dropped", func(p *policy.Policy) { p.Purposes[1].ConsentRequiredBy = nil },
		"purposes[purpose.p1].consent_required_by[0]", diff.Removed, false, "law requiring consent"},
	{"law exempting from consent named", func(p *policy.Policy) {
		p.Purposes[1].ConsentExemptBy = []policy.Obligation{{Act: "Privacy and Electronic Communications Regulations 2003, reg. 22(3)", Region: language.MustParseRegion("GB")}}
	}, "purposes[purpose.p1].consent_exempt_by[0]", diff.Added, true, "may now go ahead without your consent"},
	{"image consent added", func(p *policy.Policy) { p.Purposes[1].ImageConsent = true }, "purposes[purpose.p1].image_consent", diff.Added, false, "consent to the use of a person's image added"},
	{"ethics approval added", func(p *policy.Policy) { p.Purposes[1].EthicsApproval = true }, "purposes[purpose.p1].ethics_approval", diff.Added, false, "ethics committee approval of the research added"},
	{"tipping-off law named", func(p *policy.Policy) {
		p.Purposes[1].TippingOff = append(p.Purposes[1].TippingOff, policy.Obligation{Act: "Proceeds of Crime Act 2002, s. 333A", Region: language.MustParseRegion("GB")})
	}, "purposes[purpose.p1].tipping_off[0]", diff.Added, true, "may now leave out a report about you"},
	{"tipping-off law dropped", func(p *policy.Policy) {
		p.Purposes[0].TippingOff = nil
	}, "purposes[purpose.p0].tipping_off[0]", diff.Removed, false, "law forbidding us to tell you of a report"},
	{"special-category condition named", func(p *policy.Policy) { p.Purposes[1].SpecialCondition = policy.DPAConditionStatutory },
		"purposes[purpose.p1].special_condition", diff.Added, false, "Schedule 1 condition for special categories added"},
	{"special-category condition changed", func(p *policy.Policy) { p.Purposes[0].SpecialCondition = policy.DPAConditionFraud },
		"purposes[purpose.p0].special_condition", diff.Changed, true, "another condition of DPA 2018 Schedule 1"},
	{"special-category condition dropped", func(p *policy.Policy) { p.Purposes[0].SpecialCondition = 0 },
		"purposes[purpose.p0].special_condition", diff.Removed, true, "another condition of DPA 2018 Schedule 1"},
	{"purpose limited to some regions", func(p *policy.Policy) { p.Purposes[1].Regions = []language.Region{language.MustParseRegion("US")} },
		"purposes[purpose.p1].regions", diff.Added, false, "regions the purpose is limited to added"},
	{"purpose no longer limited", func(p *policy.Policy) { p.Purposes[0].Regions = nil },
		"purposes[purpose.p0].regions", diff.Removed, true, "now concerns everyone"},
	{"purpose limited to another region too", func(p *policy.Policy) {
		p.Purposes[0].Regions = append(p.Purposes[0].Regions, language.MustParseRegion("FR"))
	},
		"purposes[purpose.p0].regions", diff.Changed, true, "now concerns people in more regions: FR"},
	{"purpose limited to fewer regions", func(p *policy.Policy) { p.Purposes[0].Regions = p.Purposes[0].Regions[:1] },
		"purposes[purpose.p0].regions", diff.Changed, false, "regions the purpose is limited to changed"},
	{"confirmation of others' consent dropped", func(p *policy.Policy) { p.Categories[0].OthersConsent = false },
		"categories[category.c0].others_consent", diff.Removed, true, "no longer asked to confirm"},
	{"confirmation of others' consent added", func(p *policy.Policy) { p.Categories[1].OthersConsent = true },
		"categories[category.c1].others_consent", diff.Added, false, "confirmation asked of users who give data about others added"},
	{"consent to dissemination added", func(p *policy.Policy) { p.Categories[0].DisseminationConsent = true }, "categories[category.c0].dissemination_consent", diff.Added, false, "consent to dissemination added"},
	{"purpose minimum age", func(p *policy.Policy) { p.Purposes[0].MinimumAge = 18 }, "purposes[purpose.p0].minimum_age", diff.Added, false, "minimum age for the purpose added"},
	{"journalism", func(p *policy.Policy) { p.Purposes[0].Journalism = true }, "purposes[purpose.p0].journalism", diff.Added, true, "exempt as journalism"},
	{"device permission added", func(p *policy.Policy) { p.Categories[0].DevicePermission = true }, "categories[category.c0].device_permission", diff.Added, false, "device permission added"},
	{"exempt from the CCPA", func(p *policy.Policy) { p.Categories[0].GovernedBy = policy.SectoralGLBA }, "categories[category.c0].governed_by", diff.Added, true, "no longer cover this data"},
	{"end-to-end encryption added", func(p *policy.Policy) { p.Categories[0].EndToEnd = true }, "categories[category.c0].end_to_end", diff.Added, false, "end-to-end encryption added"},
	{"zones added", func(p *policy.Policy) { p.Categories[0].Zones = policy.ZonesHidden }, "categories[category.c0].zones", diff.Added, false, "places left out of the data added"},
	{"notice before recording added", func(p *policy.Policy) { p.Categories[0].RecordingNotice = true }, "categories[category.c0].recording_notice", diff.Added, false, "notice before recording added"},
	{"model-generated data stated", func(p *policy.Policy) { p.Categories[0].ModelGenerated = true }, "categories[category.c0].model_generated", diff.Added, false, "statement that a model generates the data added"},
	{"effective on posting", func(p *policy.Policy) { p.Changes.EffectiveOnPosting = true }, "changes.effective_on_posting", diff.Added, true, "takes effect as soon as it is posted"},
	{"principles", func(p *policy.Policy) { p.Principles = append(p.Principles, policy.PrincipleFairness) }, "principles", diff.Changed, false, "principles changed"},
	{"security caveat", func(p *policy.Policy) { p.SecurityCaveat = true }, "security_caveat", diff.Added, false, "caveat that no security is complete added"},
	{"user duties", func(p *policy.Policy) { p.UserDuties = []policy.UserDuty{policy.UserDutyAccuracy} }, "user_duties", diff.Added, true, "you are now asked to answer for: accuracy"},
	{"external services", func(p *policy.Policy) { p.External = []policy.ExternalService{policy.ExternalLinkedSites} }, "external", diff.Added, true, "no longer covers: linked_sites"},
	{"safety tips", func(p *policy.Policy) { p.SafetyTips = []policy.SafetyTip{policy.SafetyTipTwoStep} }, "safety_tips", diff.Added, false, "safety advice added"},
	{"storage moves country", func(p *policy.Policy) { p.Storage[0].Location = us }, "storage[0].location", diff.Changed, true, "stored in another country"},
	{"new storage", func(p *policy.Policy) { p.Storage = append(p.Storage, policy.Storage{Subjects: eu, Location: us}) }, "storage[1]", diff.Added, true, "stored in a new country"},
	{"storage dropped", func(p *policy.Policy) { p.Storage = nil }, "storage[0]", diff.Removed, false, "storage location"},
	{"exclusion dropped", func(p *policy.Policy) { p.NotCollected = nil }, "not_collected[card]", diff.Removed, true, "no longer states that this data is not collected"},
	{"exclusion reworded", func(p *policy.Policy) { p.NotCollected[0].Name = "card numbers" }, "not_collected[card].name", diff.Changed, false, "name changed"},
	{"exclusion note", func(p *policy.Policy) { p.NotCollected[0].Note = "We use a payment provider." }, "not_collected[card].note", diff.Added, false, "note added"},
	{"exclusion category", func(p *policy.Policy) { p.NotCollected[0].Category = p.Categories[3] }, "not_collected[card].category", diff.Added, false, "category added"},
	{"automated decisions start", func(p *policy.Policy) { p.NoAutomatedDecisions = false }, "no_automated_decisions", diff.Removed, true, "no longer states that no decisions are made"},
	{"sale starts", func(p *policy.Policy) { p.CCPA.Sold = policy.AnswerYes }, "ccpa.sold", diff.Changed, true, "starts selling"},
	{"US sale starts", func(p *policy.Policy) { p.USStates.Sells = policy.AnswerYes }, "us_states.sells", diff.Changed, true, "starts selling personal data"},
	{"GLBA notice dropped", func(p *policy.Policy) { p.GLBA = policy.GLBANotice{} }, "glba", diff.Removed, true, "no longer says why it shares"},
	{"GLBA reason added", func(p *policy.Policy) {
		p.GLBA.Sharing = append(p.GLBA.Sharing, policy.GLBASharing{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes})
	}, "glba.sharing[2]", diff.Added, true, "new reason to share"},
	{"GLBA sharing starts", func(p *policy.Policy) {
		p.GLBA.Sharing[1] = policy.GLBASharing{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes}
	}, "glba.sharing[1].shares", diff.Changed, true, "starts sharing"},
	{"GLBA limit withdrawn", func(p *policy.Policy) { p.GLBA.Sharing[0].CanLimit = policy.AnswerNo },
		"glba.sharing[0].can_limit", diff.Changed, true, "can no longer limit"},
	{"GLBA how to limit", func(p *policy.Policy) { p.GLBA.LimitHow = "" }, "glba.limit_how", diff.Removed, true, "no longer says how customers limit sharing"},
	{"GLBA sooner", func(p *policy.Policy) { p.GLBA.WaitDays = 30 }, "glba.wait_days", diff.Changed, true, "shared sooner"},
	{"GLBA later", func(p *policy.Policy) { p.GLBA.WaitDays = 60 }, "glba.wait_days", diff.Changed, false, ""},
	{"GLBA former customers", func(p *policy.Policy) { p.GLBA.FormerCustomers = true }, "glba.former_customers", diff.Added, true, "former customers"},
	{"GLBA joint accounts", func(p *policy.Policy) { p.GLBA.JointAccounts = "apply to everyone on the account" }, "glba.joint_accounts", diff.Added, false, ""},
	{"targeted advertising starts", func(p *policy.Policy) { p.USStates.TargetedAdvertising = policy.AnswerYes },
		"us_states.targeted_advertising", diff.Changed, true, "starts processing personal data for targeted advertising"},
	{"appeal slower", func(p *policy.Policy) { p.USStates.Appeal.Deadline = policy.Days(60) }, "us_states.appeal.deadline", diff.Changed, true, "appeals are answered later"},
	{"appeal faster", func(p *policy.Policy) { p.USStates.Appeal.Deadline = policy.Days(30) }, "us_states.appeal.deadline", diff.Changed, false, "time to answer an appeal changed"},
	{"appeal route", func(p *policy.Policy) { p.USStates.Appeal.How = "by letter" }, "us_states.appeal.how", diff.Added, false, "how to appeal added"},
	{"appeal form", func(p *policy.Policy) { p.USStates.Appeal.URL = "https://generated.example/appeals" }, "us_states.appeal.url", diff.Changed, false, "appeal form changed"},
	{"Attorney General statement", func(p *policy.Policy) { p.USStates.Appeal.AttorneyGeneral = true }, "us_states.appeal.attorney_general", diff.Added, false, ""},
	{"US notice dropped", func(p *policy.Policy) { p.USStates = policy.USStatesNotice{} }, "us_states", diff.Removed, true, ""},
	{"sharing starts", func(p *policy.Policy) { p.CCPA.Shared = policy.AnswerYes }, "ccpa.shared", diff.Changed, true, "starts sharing"},
	{"sale stops", func(p *policy.Policy) { p.CCPA.Sold = 0 }, "ccpa.sold", diff.Removed, false, "sale of personal information removed"},
	{"opt-out url", func(p *policy.Policy) { p.CCPA.OptOutURL = "https://generated.example/dns" }, "ccpa.opt_out_url", diff.Changed, false, "opt-out URL changed"},
	{"shine the light", func(p *policy.Policy) { p.CCPA.ShineTheLight = true }, "ccpa.shine_the_light", diff.Added, false, "direct marketing added"},
	{"request methods", func(p *policy.Policy) { p.CCPA.RequestMethods = p.CCPA.RequestMethods[:1] }, "ccpa.request_methods", diff.Changed, false, "request methods changed"},
	{"security", func(p *policy.Policy) { p.Security[0].Description = "TLS 1.3 everywhere." }, "security[0].description", diff.Changed, false, "description changed"},
	{"security measure added", func(p *policy.Policy) { p.Security = append(p.Security, policy.Measure{Name: "Backups"}) }, "security[2]", diff.Added, false, `new security measure "Backups"`},
	{"younger children", func(p *policy.Policy) { p.Children.MinimumAge = 13 }, "children.minimum_age", diff.Changed, true, "accepts younger children"},
	{"older children", func(p *policy.Policy) { p.Children.MinimumAge = 18 }, "children.minimum_age", diff.Changed, false, "minimum age changed"},
	{"children note", func(p *policy.Policy) { p.Children.Note = "" }, "children.note", diff.Removed, false, "note removed"},
	{"parent requests added", func(p *policy.Policy) { p.Children.ParentRequests = "in the parental controls" }, "children.parent_requests", diff.Added, false, ""},
	{"best interest stated", func(p *policy.Policy) { p.Children.BestInterest = true }, "children.best_interest", diff.Added, false, ""},
	{"age for a region", func(p *policy.Policy) { p.Children.ByRegion = []policy.AgeLimit{{Region: eu, Age: 16}} },
		"children.by_region[0]", diff.Added, true, "minimum age in a region changed"},
	{"breach told later", func(p *policy.Policy) { p.Security[1].Breach.Authority = policy.Days(3) },
		"security[1].breach.authority", diff.Changed, true, "the authority is told of a breach later"},
	{"breach results sooner", func(p *policy.Policy) { p.Security[1].Breach.Results = policy.Days(2) },
		"security[1].breach.results", diff.Changed, false, "time to report the results of a breach investigation changed"},
	{"breach times dropped", func(p *policy.Policy) { p.Security[1].Breach = policy.BreachNotice{} },
		"security[1].breach", diff.Removed, true, "no longer states how soon a breach is reported"},
	{"consent age lowered", func(p *policy.Policy) { p.Children.ConsentAge = 16 }, "children.consent_age", diff.Changed, true, "accepts younger children"},
	{"consent age raised", func(p *policy.Policy) { p.Children.ConsentAge = 21 }, "children.consent_age", diff.Changed, false, "age from which users consent alone changed"},
	{"restriction dropped", func(p *policy.Policy) { p.Children.Restrictions = p.Children.Restrictions[1:] }, "children.restrictions", diff.Changed, true,
		"no longer withholds from younger users: no_personalised_ads"},
	{"restriction added", func(p *policy.Policy) {
		p.Children.Restrictions = append(p.Children.Restrictions, policy.ChildRestrictionPrivateProfile)
	}, "children.restrictions", diff.Changed, false, "restrictions for younger users changed"},
	{"restriction replaced by the messaging limit", func(p *policy.Policy) {
		p.Children.Restrictions = []policy.ChildRestriction{policy.ChildRestrictionLimitedMessaging}
	}, "children.restrictions", diff.Changed, true, "no longer withholds from younger users: no_personalised_ads"},
	{"age check added", func(p *policy.Policy) {
		p.Children.AgeChecks = []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckFacialEstimation}
	}, "children.age_checks", diff.Changed, true, "checks users' age in new ways: facial_estimation"},
	{"age check dropped", func(p *policy.Policy) { p.Children.AgeChecks = nil }, "children.age_checks", diff.Removed, false, "ways of checking users' age removed"},
	{"purpose age check added", func(p *policy.Policy) { p.Purposes[1].AgeChecks = []policy.AgeCheck{policy.AgeCheckDocument} }, "purposes[purpose.p1].age_checks", diff.Added, true,
		"checks people's age in new ways: document"},
	{"vendor list", func(p *policy.Policy) { p.Links.Vendors = "https://generated.example/vendors" }, "links.vendors", diff.Added, false, "link to the vendor list added"},
	{"recommendation rules", func(p *policy.Policy) { p.Links.Recommendations = "https://generated.example/recommendations" }, "links.recommendations", diff.Added, false,
		"link to the rules of the recommendation technologies added"},
	{"changes notify", func(p *policy.Policy) { p.Changes.Notify = []policy.Channel{policy.ChannelInService} }, "changes.notify", diff.Changed, false, "notification channels changed"},
	{"changes notice", func(p *policy.Policy) { p.Changes.Notice = policy.Days(14) }, "changes.notice", diff.Changed, false, "notice period changed"},
	{"changes note", func(p *policy.Policy) { p.Changes.Note = "We tell you." }, "changes.note", diff.Changed, false, "note changed"},
	{"commitment dropped", func(p *policy.Policy) { p.Commitments = p.Commitments[1:] }, "commitments", diff.Changed, true, "no longer promises: no_sale"},
	{"commitment added", func(p *policy.Policy) { p.Commitments = append(p.Commitments, policy.CommitmentNoThirdPartyAds) }, "commitments", diff.Changed, false, "commitments changed"},
	{"establishment added", func(p *policy.Policy) {
		p.Establishments = append(p.Establishments, policy.Establishment{Region: language.MustParseRegion("DE"), Contact: policy.Contact{Name: "GmbH"}})
	}, "establishments[1]", diff.Added, true, "new establishment"},
	{"establishment becomes a controller", func(p *policy.Policy) { p.Establishments[0].ControllerFor = language.MustParseRegion("EU") },
		"establishments[0].controller_for", diff.Added, true, "another controller for some users"},
	{"establishment contact", func(p *policy.Policy) { p.Establishments[0].Contact.Email = "ie@generated.example" }, "establishments[0].contact.email", diff.Added, false, "email added"},
	{"new disclosure", func(p *policy.Policy) {
		p.Disclosures = append(p.Disclosures, policy.Disclosure{Kind: policy.DisclosureProtection})
	}, "disclosures[2]", diff.Added, true, "new circumstance of disclosure"},
	{"disclosure notice dropped", func(p *policy.Policy) { p.Disclosures[0].Notice = false }, "disclosures[0].notice", diff.Removed, true, "no longer told"},
	{"buyer unbound", func(p *policy.Policy) { p.Disclosures[1].SamePromises = false }, "disclosures[1].same_promises", diff.Removed, true, "no longer bound"},
	{"transparency report", func(p *policy.Policy) { p.Disclosures[0].ReportURL = "https://generated.example/tr" }, "disclosures[0].report_url", diff.Changed, false, "transparency report changed"},
	{"deletion dropped", func(p *policy.Policy) { p.Deletion = nil }, "deletion[0]", diff.Removed, true, "no longer states how deletion proceeds"},
	{"deletion slower", func(p *policy.Policy) { p.Deletion[0].Stages[1].Within = policy.Days(90) }, "deletion[0].stages[1].within", diff.Changed, true, "deletion takes longer"},
	{"deletion faster", func(p *policy.Policy) { p.Deletion[0].Stages[1].Within = policy.Days(7) }, "deletion[0].stages[1].within", diff.Changed, false, "changed"},
	{"deletion trash stage", func(p *policy.Policy) {
		p.Deletion[0].Stages = append([]policy.Stage{{Removal: policy.RemovalTrash, Within: policy.Days(30)}}, p.Deletion[0].Stages...)
	}, "deletion[0].stages[0]", diff.Added, false, "new stage of deletion"},
	{"deletion legal hold", func(p *policy.Policy) { p.Deletion[0].LegalHold = true }, "deletion[0].legal_hold", diff.Added, true, "legal hold"},
	{"deletion leaves shared copies", func(p *policy.Policy) { p.Deletion[0].SharedCopies = true }, "deletion[0].shared_copies", diff.Added, true, "stays with others"},
	// Restricting what a deletion keeps limits the service; dropping the
	// restriction is material (TestCompareKeptRestricted).
	{"deletion restricts what it keeps", func(p *policy.Policy) {
		p.Deletion[0].Kept = []policy.KeptReason{policy.KeptLegalClaims}
		p.Deletion[0].KeptRestricted = true
	}, "deletion[0].kept_restricted", diff.Added, false, "restriction of data kept after deletion added"},
	{"deletion keeps data to prevent fraud", func(p *policy.Policy) { p.Deletion[0].Kept = []policy.KeptReason{policy.KeptFraud} }, "deletion[0].kept", diff.Added, true, "outlives deletion"},
	// A limit on how long kept data stays, where none was stated, limits
	// the service; a longer or a dropped one is material.
	{"deletion limits kept data", func(p *policy.Policy) {
		p.Deletion[0].Kept = []policy.KeptReason{policy.KeptFraud}
		p.Deletion[0].KeptFor = policy.Years(7)
	}, "deletion[0].kept_for", diff.Added, false, "time data outlives deletion added"},
	{"new cookie", func(p *policy.Policy) {
		p.Cookies = append(p.Cookies, policy.Cookie{ID: "ads", Name: "ads", Party: policy.PartyThird, ProviderName: "Ads Inc", Lifetime: policy.UntilCleared()})
	}, "cookies[ads]", diff.Added, true, `new cookie "ads"`},
	{"cookie lasts longer", func(p *policy.Policy) { p.Cookies[1].Lifetime = policy.Expires(policy.Years(2)) }, "cookies[analytics].lifetime", diff.Changed, true, "stays longer"},
	{"cookie persists", func(p *policy.Policy) { p.Cookies[0].Lifetime = policy.UntilCleared() }, "cookies[sid].lifetime", diff.Changed, true, "stays longer"},
	{"cookie shorter", func(p *policy.Policy) { p.Cookies[1].Lifetime = policy.SessionOnly() }, "cookies[analytics].lifetime", diff.Changed, false, "lifetime changed"},
	{"cookie third party", func(p *policy.Policy) { p.Cookies[0].Party = policy.PartyThird }, "cookies[sid].party", diff.Changed, true, "now set by a third party"},
	{"cookie no consent", func(p *policy.Policy) { p.Cookies[1].StrictlyNecessary = true }, "cookies[analytics].strictly_necessary", diff.Added, true, "now set without consent"},
	{"cookie opt-out", func(p *policy.Policy) { p.Cookies[1].Consent = policy.CookieConsentOptOut }, "cookies[analytics].consent", diff.Added, true, "now set unless you opt out"},
	{"cookie opt-in", func(p *policy.Policy) { p.Cookies[1].Consent = policy.CookieConsentOptIn }, "cookies[analytics].consent", diff.Added, false, ""},
	{"do not track", func(p *policy.Policy) { p.Signals.DoNotTrack = policy.AnswerYes }, "signals.do_not_track", diff.Changed, false, "Do Not Track changed"},
	{"gpc ignored", func(p *policy.Policy) { p.Signals.GlobalPrivacyControl = policy.AnswerNo }, "signals.global_privacy_control", diff.Changed, true, "no longer honours Global Privacy Control"},
	{"answers later", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(45) }, "requests.deadline", diff.Changed, true, "answered later"},
	{"answers sooner", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(10) }, "requests.deadline", diff.Changed, false, "answer deadline changed"},
	{"offers an incentive", func(p *policy.Policy) {
		p.Incentives = []policy.Incentive{{ID: "rewards", Name: "Rewards", Categories: p.Categories[:1]}}
	}, "incentives[rewards]", diff.Added, true, "new financial incentive"},
	{"counts working days", func(p *policy.Policy) { p.Requests.WorkingDays = true }, "requests.working_days", diff.Added, true, "now counts working days"},
	{"no agents", func(p *policy.Policy) { p.Requests.Agents = policy.AnswerNo }, "requests.agents", diff.Changed, true, "agents are no longer accepted"},
	{"verification", func(p *policy.Policy) {
		p.Requests.Verification = append(p.Requests.Verification, policy.VerificationDocument)
	}, "requests.verification", diff.Changed, false, "ways of verification changed"},
	{"request details added", func(p *policy.Policy) {
		p.Requests.Contents = append(p.Requests.Contents, policy.RequestDetailRelationship)
	}, "requests.contents", diff.Changed, true, "must now also contain: relationship"},
	{"request details dropped", func(p *policy.Policy) { p.Requests.Contents = p.Requests.Contents[:1] }, "requests.contents", diff.Changed, false, "details a request must contain changed"},
	{"repeat later", func(p *policy.Policy) { p.Requests.RepeatAfter = policy.Days(60) }, "requests.repeat_after", diff.Changed, true, "must wait longer"},
	{"repeat sooner", func(p *policy.Policy) { p.Requests.RepeatAfter = policy.Days(10) }, "requests.repeat_after", diff.Changed, false, "changed"},
	{"repeat unrestricted", func(p *policy.Policy) { p.Requests.RepeatAfter = policy.Period{} }, "requests.repeat_after", diff.Removed, false, "removed"},
	{"termination dropped", func(p *policy.Policy) { p.Termination = p.Termination[:1] }, "termination", diff.Changed, true, "no longer ends on: consent_withdrawal"},
	{"termination added", func(p *policy.Policy) {
		p.Termination = append(p.Termination, policy.EventLiquidation)
	}, "termination", diff.Changed, false, "events on which processing ends changed"},
	{"redress dropped", func(p *policy.Policy) { p.Redress = nil }, "redress[0]", diff.Removed, true, "no longer named"},
	{"link", func(p *policy.Policy) { p.Links.Security = "https://generated.example/security" }, "links.security", diff.Added, false, "security overview added"},
	{"material only", func(p *policy.Policy) { p.Changes.MaterialOnly = true }, "changes.material_only", diff.Added, true, "only of material changes"},
	{"history", func(p *policy.Policy) { p.Changes.HistoryURL = "" }, "changes.history_url", diff.Removed, false, "history of the policy removed"},
	{"contact", func(p *policy.Policy) { p.Contact.Email = "help@generated.example" }, "contact.email", diff.Changed, false, "email changed"},
	{"contact name", func(p *policy.Policy) { p.Contact.Name = "Privacy team" }, "contact.name", diff.Added, false, "name added"},
	{"contact phone", func(p *policy.Policy) { p.Contact.Phone = "+7 1" }, "contact.phone", diff.Added, false, "phone added"},
	{"contact address", func(p *policy.Policy) { p.Contact.Address = "Box 1" }, "contact.address", diff.Added, false, "address added"},
	{"contact website", func(p *policy.Policy) { p.Contact.Website = "https://generated.example/help" }, "contact.website", diff.Added, false, "website added"},

	// Categories.
	{"new category", func(p *policy.Policy) {
		p.Categories = append(p.Categories, &policy.Category{ID: "geo", Name: "Location"})
	},
		"categories[geo]", diff.Added, true, `new category "Location"`},
	{"category removed", func(p *policy.Policy) {
		p.Categories = p.Categories[:19]
		p.Purposes[1].Categories = p.Purposes[1].Categories[:9]
		p.Recipients[1].Categories = p.Recipients[1].Categories[:9]
		p.Transfers[1].Categories = p.Transfers[1].Categories[:9]
	}, "categories[category.c19]", diff.Removed, false, `category "Category 19" removed`},
	{"category id", func(p *policy.Policy) { p.Categories[19].ID = "category.last" }, "categories[category.last]", diff.Added, true, "new category"},
	{"category name", func(p *policy.Policy) { p.Categories[0].Name = "Your first data" }, "categories[category.c0].name", diff.Changed, false, "name changed"},
	{"category description", func(p *policy.Policy) { p.Categories[0].Description = "" }, "categories[category.c0].description", diff.Removed, false, "description removed"},
	{"collects more", func(p *policy.Policy) { p.Categories[2].Items = append(p.Categories[2].Items, "date of birth") },
		"categories[category.c2].items", diff.Changed, true, "collects more: date of birth"},
	{"collects less", func(p *policy.Policy) { p.Categories[2].Items = p.Categories[2].Items[1:] },
		"categories[category.c2].items", diff.Changed, false, "items changed"},
	{"more sensitive", func(p *policy.Policy) { p.Categories[2].Sensitivity = policy.SensitivitySpecial },
		"categories[category.c2].sensitivity", diff.Changed, true, "now special category"},
	{"less sensitive", func(p *policy.Policy) { p.Categories[2].Sensitivity = policy.SensitivityNotPersonal },
		"categories[category.c2].sensitivity", diff.Changed, false, "sensitivity changed"},
	{"new source", func(p *policy.Policy) {
		p.Categories[2].Sources = append(p.Categories[2].Sources, policy.SourceThirdParty)
	},
		"categories[category.c2].sources", diff.Changed, true, "new sources: third_party"},
	{"source detail", func(p *policy.Policy) { p.Categories[0].SourceDetail = "the form" }, "categories[category.c0].source_detail", diff.Changed, false, "source detail changed"},
	{"category stored elsewhere", func(p *policy.Policy) { p.Categories[0].Storage[1].Location = us },
		"categories[category.c0].storage[1].location", diff.Changed, true, "stored in another country"},
	{"longer retention", func(p *policy.Policy) {
		p.Categories[0].Retention = policy.Keep(policy.Years(10), policy.EventCollection)
	},
		"categories[category.c0].retention", diff.Changed, true, "kept longer"},
	{"indefinite retention", func(p *policy.Policy) { p.Categories[0].Retention = policy.Retention{Kind: policy.RetentionIndefinite} },
		"categories[category.c0].retention", diff.Changed, true, "kept longer"},
	{"shorter retention", func(p *policy.Policy) {
		p.Categories[1].Retention = policy.Keep(policy.Months(1), policy.EventCollection)
	},
		"categories[category.c1].retention", diff.Changed, false, "retention changed"},
	{"now linked", func(p *policy.Policy) { p.Categories[1].Linked = true }, "categories[category.c1].linked", diff.Added, true, "linked to the user's identity"},
	{"no longer linked", func(p *policy.Policy) { p.Categories[0].Linked = false }, "categories[category.c0].linked", diff.Removed, false, "link to the user removed"},
	{"tracking", func(p *policy.Policy) { p.Categories[1].Tracking = true }, "categories[category.c1].tracking", diff.Added, true, "now used for tracking"},
	{"biometric", func(p *policy.Policy) { p.Categories[1].Biometric = true }, "categories[category.c1].biometric", diff.Added, true, "biometrically"},
	{"criminal", func(p *policy.Policy) { p.Categories[1].Criminal = true }, "categories[category.c1].criminal", diff.Added, true, "criminal convictions"},
	{"criminal authority named", func(p *policy.Policy) {
		p.Purposes[1].Criminal = policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding}
	},
		"purposes[purpose.p1].criminal", diff.Added, false, "authority for criminal-offence data"},
	{"made public", func(p *policy.Policy) { p.Categories[1].Visibility = policy.VisibilityOptional }, "categories[category.c1].visibility", diff.Added, true, "now public if you choose"},
	{"shown to workspace members", func(p *policy.Policy) {
		p.Categories[1].VisibleTo = []policy.Audience{policy.AudienceOtherMembers}
	}, "categories[category.c1].visible_to", diff.Added, true, "visible to more people: other_members"},
	{"shown to administrators", func(p *policy.Policy) {
		p.Categories[1].VisibleTo = []policy.Audience{policy.AudienceAdministrators}
	}, "categories[category.c1].visible_to", diff.Added, true, "visible to more people: administrators"},
	{"public by default", func(p *policy.Policy) { p.Categories[1].Visibility = policy.VisibilityDefault }, "categories[category.c1].visibility", diff.Added, true, "now public unless you choose otherwise"},
	{"kept on the device", func(p *policy.Policy) { p.Categories[1].OnDevice = policy.OnDeviceOnly },
		"categories[category.c1].on_device", diff.Added, false, "processing on the device"},
	{"sent when the user chooses, now never", func(p *policy.Policy) { p.Categories[0].OnDevice = policy.OnDeviceOnly },
		"categories[category.c0].on_device", diff.Changed, false, "processing on the device"},
	{"sent when the user chooses, now when the service is activated", func(p *policy.Policy) { p.Categories[0].OnDevice = policy.OnDeviceUntilActivated },
		"categories[category.c0].on_device", diff.Changed, true, "now leaves the device when the service is activated"},
	{"no longer on the device", func(p *policy.Policy) { p.Categories[0].OnDevice = 0 },
		"categories[category.c0].on_device", diff.Removed, true, "no longer stays on the device"},
	{"secrecy stated", func(p *policy.Policy) { p.Categories[1].Secrecy = policy.Secrecy{Kind: policy.SecrecyMedical} },
		"categories[category.c1].secrecy", diff.Added, false, "duty of secrecy"},
	{"secrecy law dropped", func(p *policy.Policy) {
		p.Categories[0].Secrecy.Laws = append(p.Categories[0].Secrecy.Laws[:0:0], policy.Obligation{Act: "Sozialgesetzbuch Fünftes Buch (SGB V), § 35", Region: language.MustParseRegion("DE")})
	}, "categories[category.c0].secrecy.laws[0]", diff.Removed, true, "no longer names a law laying down its duty of secrecy"},
	{"ccpa category", func(p *policy.Policy) { p.Categories[1].CCPA = append(p.Categories[1].CCPA, policy.CCPAGeolocation) },
		"categories[category.c1].ccpa", diff.Changed, true, "new CCPA categories: geolocation"},
	{"derived from more data", func(p *policy.Policy) { p.Categories[1].DerivedFrom = p.Categories[:1] },
		"categories[category.c1].derived_from", diff.Added, true, "now derived from more data: category.c0"},
	{"category commitment", func(p *policy.Policy) {
		p.Categories[1].Commitments = []policy.Commitment{policy.CommitmentNoAdvertisingUse}
	},
		"categories[category.c1].commitments", diff.Added, false, "commitments for this data added"},
	{"automatic deletion offered", func(p *policy.Policy) {
		p.Categories[1].AutoDelete = []policy.Period{policy.Months(3), policy.Months(18)}
	},
		"categories[category.c1].auto_delete", diff.Added, false, "periods for automatic deletion added"},
	{"category terms", func(p *policy.Policy) { p.Categories[1].Terms.Fides = []string{"user.contact.email"} },
		"categories[category.c1].terms", diff.Added, false, "vocabulary terms"},
	{"purpose terms", func(p *policy.Policy) { p.Purposes[0].Terms.DPV = []string{"dpv:ServiceProvision"} },
		"purposes[purpose.p0].terms", diff.Added, false, "vocabulary terms"},

	// Purposes.
	{"new purpose", func(p *policy.Policy) {
		p.Purposes = append(p.Purposes, &policy.Purpose{ID: "ads", Name: "Advertising", Categories: p.Categories[:1], Bases: []policy.Basis{policy.BasisConsent}})
	}, "purposes[ads]", diff.Added, true, `new purpose "Advertising"`},
	{"purpose removed", func(p *policy.Policy) { p.Purposes = p.Purposes[:1] }, "purposes[purpose.p1]", diff.Removed, false, `purpose "Purpose 1" removed`},
	{"purpose id", func(p *policy.Policy) { p.Purposes[1].ID = "purpose.renamed" }, "purposes[purpose.renamed]", diff.Added, true, "new purpose"},
	{"purpose name", func(p *policy.Policy) { p.Purposes[0].Name = "Service" }, "purposes[purpose.p0].name", diff.Changed, false, "name changed"},
	{"purpose reworded", func(p *policy.Policy) { p.Purposes[0].Description = "Now explained." }, "purposes[purpose.p0].description", diff.Changed, false, "description changed"},
	{"purpose uses more data", func(p *policy.Policy) { p.Purposes[0].Categories = append(p.Purposes[0].Categories, p.Categories[15]) },
		"purposes[purpose.p0].categories", diff.Changed, true, "uses more data: category.c15"},
	{"away from consent", func(p *policy.Policy) { p.Purposes[1].Bases = []policy.Basis{policy.BasisLegitimateInterests} },
		"purposes[purpose.p1].bases", diff.Changed, true, "no longer rests on consent"},
	{"new ground", func(p *policy.Policy) {
		p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisLegitimateInterests)
	},
		"purposes[purpose.p0].bases", diff.Changed, true, "new legal grounds"},
	{"ground dropped", func(p *policy.Policy) { p.Purposes[0].Bases = nil }, "purposes[purpose.p0].bases", diff.Removed, false, "legal grounds removed"},
	{"interest", func(p *policy.Policy) { p.Purposes[0].Interest = "keeping the service safe" }, "purposes[purpose.p0].interest", diff.Changed, false, "legitimate interest changed"},
	{"withdraw", func(p *policy.Policy) { p.Purposes[1].Withdraw = "by email" }, "purposes[purpose.p1].withdraw", diff.Changed, false, "how to withdraw consent changed"},
	{"opt-out removed", func(p *policy.Policy) { p.Purposes[1].OptOut = false }, "purposes[purpose.p1].opt_out", diff.Removed, true, "can no longer opt out"},
	{"way to opt out", func(p *policy.Policy) { p.Purposes[1].OptOutHow = "in the settings" }, "purposes[purpose.p1].opt_out_how", diff.Added, false, "way to opt out added"},
	{"purpose kept longer", func(p *policy.Policy) { p.Purposes[0].Retention = policy.Keep(policy.Years(2), policy.EventCollection) },
		"purposes[purpose.p0].retention", diff.Changed, true, "kept longer"},
	{"new purpose recipient", func(p *policy.Policy) { p.Purposes[0].Recipients = append(p.Purposes[0].Recipients, p.Recipients[1]) },
		"purposes[purpose.p0].recipients", diff.Changed, true, "new recipients: recipient.r1"},
	{"required", func(p *policy.Policy) { p.Purposes[0].Required = "" }, "purposes[purpose.p0].required", diff.Removed, false, "why the data is required removed"},
	{"scores for others", func(p *policy.Policy) { p.Purposes[1].Scoring = true }, "purposes[purpose.p1].scoring", diff.Added, true, "scores others use"},
	{"decisions by a person stated", func(p *policy.Policy) { p.Purposes[1].HumanDecision = true }, "purposes[purpose.p1].human_decision", diff.Added, false, "decisions taken by a person added"},
	{"new automated decisions", func(p *policy.Policy) { p.Purposes[1].Automated = "credit scoring" },
		"purposes[purpose.p1].automated", diff.Added, true, "new automated decision-making"},
	{"profiling", func(p *policy.Policy) { p.Purposes[1].Profiling = true }, "purposes[purpose.p1].profiling", diff.Added, true, "now involves profiling"},
	{"high-risk profiling", func(p *policy.Policy) { p.Purposes[1].HighRiskProfiling = true }, "purposes[purpose.p1].high_risk_profiling", diff.Added, true, "now involves high-risk profiling"},
	{"direct marketing", func(p *policy.Policy) { p.Purposes[1].DirectMarketing = true }, "purposes[purpose.p1].direct_marketing", diff.Added, true, "is now used for direct marketing"},
	{"past purpose", func(p *policy.Policy) { p.Purposes[1].Past = true }, "purposes[purpose.p1].past", diff.Added, false, "past use added"},
	{"service messages", func(p *policy.Policy) { p.Purposes[1].ServiceMessages = true }, "purposes[purpose.p1].service_messages", diff.Added, false, "not marketing added"},
	{"areas of automated decisions stated", func(p *policy.Policy) { p.Purposes[0].DecisionAreas = []policy.DecisionArea{policy.DecisionOther} },
		"purposes[purpose.p0].decision_areas", diff.Added, true, "automated decisions now concern: other"},
	{"automated reworded", func(p *policy.Policy) { p.Purposes[0].Automated = "fraud checks" },
		"purposes[purpose.p0].automated", diff.Changed, false, "automated decision-making changed"},

	// Recipients.
	{"new recipient", func(p *policy.Policy) {
		p.Recipients = append(p.Recipients, &policy.Recipient{ID: "ads.network", Name: "Ad network"})
	},
		"recipients[ads.network]", diff.Added, true, `new recipient "Ad network"`},
	{"recipient removed", func(p *policy.Policy) {
		p.Recipients = p.Recipients[:1]
		p.Purposes[1].Recipients = nil
		p.Transfers[1].Recipient = nil
	}, "recipients[recipient.r1]", diff.Removed, false, `recipient "Recipient 1" removed`},
	{"recipient id", func(p *policy.Policy) { p.Recipients[1].ID = "recipient.cloud" }, "recipients[recipient.cloud]", diff.Added, true, "new recipient"},
	{"recipient's notice", func(p *policy.Policy) { p.Recipients[0].NoticeURL = "https://host.example/privacy" },
		"recipients[recipient.r0].notice_url", diff.Added, false, "recipient's own privacy notice added"},
	{"recipient's own policy", func(p *policy.Policy) { p.Recipients[0].Role, p.Recipients[0].OwnPolicy = policy.RoleThirdParty, true },
		"recipients[recipient.r0].own_policy", diff.Added, true, "now uses your data under its own privacy policy"},
	{"arrangement stated", func(p *policy.Policy) {
		p.Recipients[0].Role, p.Recipients[0].Arrangement = policy.RoleJointController, "We answer your requests."
	}, "recipients[recipient.r0].arrangement", diff.Added, false, "arrangement between the joint controllers added"},
	{"recipient bound", func(p *policy.Policy) {
		p.Recipients[0].Commitments = []policy.Commitment{policy.CommitmentNoModelTraining}
	}, "recipients[recipient.r0].commitments", diff.Added, false, "commitments binding the recipient added"},
	{"recipient keeps longer", func(p *policy.Policy) { p.Recipients[0].Retention = policy.Years(7) },
		"recipients[recipient.r0].retention", diff.Changed, true, "the recipient may keep the data longer"},
	{"recipient keeps shorter", func(p *policy.Policy) { p.Recipients[0].Retention = policy.Years(5) },
		"recipients[recipient.r0].retention", diff.Changed, false, "period the recipient keeps the data changed"},
	{"recipient name", func(p *policy.Policy) { p.Recipients[0].Name = "Cloud host" }, "recipients[recipient.r0].name", diff.Changed, false, "name changed"},
	{"recipient role", func(p *policy.Policy) { p.Recipients[0].Role = policy.RoleThirdParty }, "recipients[recipient.r0].role", diff.Changed, true, "another role"},
	{"recipient gets more", func(p *policy.Policy) {
		p.Recipients[0].Categories = append(p.Recipients[0].Categories, p.Categories[19])
	},
		"recipients[recipient.r0].categories", diff.Changed, true, "receives more data: category.c19"},
	{"recipient purpose", func(p *policy.Policy) { p.Recipients[0].Purpose = "hosting and backups" }, "recipients[recipient.r0].purpose", diff.Changed, false, "purpose changed"},
	{"recipient country", func(p *policy.Policy) { p.Recipients[0].Country = us }, "recipients[recipient.r0].country", diff.Changed, true, "processes data in another country"},
	{"recipient conditional", func(p *policy.Policy) { p.Recipients[0].Conditional = true }, "recipients[recipient.r0].conditional", diff.Added, false, "conditional added"},

	// Transfers.
	{"new transfer", func(p *policy.Policy) {
		p.Transfers = append(p.Transfers, policy.Transfer{Destination: us, Safeguard: policy.SafeguardStandardClauses})
	},
		"transfers[2]", diff.Added, true, `new transfer "US"`},
	{"transfer origin", func(p *policy.Policy) { p.Transfers[0].Origin = eu }, "transfers[0]", diff.Added, true, "new transfer"},
	{"transfer removed", func(p *policy.Policy) { p.Transfers = p.Transfers[1:] }, "transfers[0]", diff.Removed, false, `transfer "DE" removed`},
	{"transfer destination", func(p *policy.Policy) { p.Transfers[1].Destination = us }, "transfers[1]", diff.Added, true, `new transfer "US"`},
	{"transfer recipient", func(p *policy.Policy) { p.Transfers[1].Recipient = nil }, "transfers[1]", diff.Added, true, "new transfer"},
	{"transfer to a chosen destination", func(p *policy.Policy) {
		p.Transfers[1].Destination, p.Transfers[1].ChosenDestination = language.Region{}, policy.ChosenDestinationTravel
	}, "transfers[1]", diff.Added, true, `new transfer "travel"`},
	{"transfers more", func(p *policy.Policy) {
		p.Transfers[0].Categories = append(p.Transfers[0].Categories, p.Categories[12])
	},
		"transfers[0].categories", diff.Changed, true, "transfers more data: category.c12"},
	{"safeguard", func(p *policy.Policy) { p.Transfers[0].Safeguard = policy.SafeguardStandardClauses }, "transfers[0].safeguard", diff.Changed, true, "another safeguard"},
	{"transfer laws", func(p *policy.Policy) { p.Transfers[0].Laws = nil }, "transfers[0].laws", diff.Removed, false, "laws removed"},
	{"transfer note", func(p *policy.Policy) { p.Transfers[0].Note = "" }, "transfers[0].note", diff.Removed, false, "note removed"},
	{"transfer organisation", func(p *policy.Policy) { p.Transfers[0].Organisation = policy.OrganisationEPO },
		"transfers[0].organisation", diff.Added, true, "another international organisation"},
	{"transfer within scope", func(p *policy.Policy) { p.Transfers[0].WithinScope = true },
		"transfers[0].within_scope", diff.Added, false, "within the adequacy decision's scope"},
	{"transfer notified", func(p *policy.Policy) { p.Transfers[0].Notified = policy.MakeDate(2024, time.May, 1) },
		"transfers[0].notified", diff.Changed, false, "date the authority was notified"},
	{"transfer notice given", func(p *policy.Policy) { p.Transfers[0].NoticeGiven = true },
		"transfers[0].notice_given", diff.Added, false, "statement that the authority was notified added"},
	{"transfer risks", func(p *policy.Policy) { p.Transfers[0].Risks = "no adequacy decision" },
		"transfers[0].risks", diff.Added, false, "risks of the transfer"},
	{"categories sold", func(p *policy.Policy) { p.CCPA.SoldCategories = []policy.CCPACategory{policy.CCPAIdentifiers} },
		"ccpa.sold_categories", diff.Added, true, "sells or shares new categories of personal information: identifiers"},
	{"sensitive use beyond 7027(m)", func(p *policy.Policy) { p.CCPA.SensitiveUse = policy.AnswerYes },
		"ccpa.sensitive_use", diff.Added, true, "starts using sensitive personal information"},
	{"toll-free number", func(p *policy.Policy) { p.CCPA.TollFreeNumber = "+1 800 555 0199" },
		"ccpa.toll_free_number", diff.Changed, false, "toll-free number for requests changed"},
	{"children with a parent's consent", func(p *policy.Policy) { p.Children.ParentalConsent = true },
		"children.parental_consent", diff.Added, true, "with a parent's consent"},
	{"children on their school's authorisation", func(p *policy.Policy) { p.Children.SchoolConsent = true },
		"children.school_consent", diff.Added, true, "on their school's authorisation"},
	{"representative exemption", func(p *policy.Policy) { p.RepresentativeExempt = []policy.Law{policy.UKGDPR} },
		"representative_exempt", diff.Added, true, "exemption from naming a representative"},
	// 152-FZ Art. 18.1(1)(2) and 22.
	{"register number", func(p *policy.Policy) { p.OperatorRegister.Number = "77-25-000002" },
		"operator_register.number", diff.Changed, false, "register number changed"},
	{"purpose subjects", func(p *policy.Policy) {
		p.Purposes[0].Subjects = append(p.Purposes[0].Subjects, policy.DataSubjectApplicants)
	}, "purposes[purpose.p0].subjects", diff.Changed, true, "processes data of more people: applicants"},
	{"purpose actions", func(p *policy.Policy) { p.Purposes[0].Actions = p.Purposes[0].Actions[:1] },
		"purposes[purpose.p0].actions", diff.Changed, false, "actions on the data changed"},
	{"purpose method", func(p *policy.Policy) { p.Purposes[0].Method = policy.ProcessingMethodMixed },
		"purposes[purpose.p0].method", diff.Changed, true, "processed by another method"},

	// Rights.
	{"right removed", func(p *policy.Policy) { p.Rights = p.Rights[1:] }, "rights[0]", diff.Removed, true, "no longer states the right to access"},
	{"new right", func(p *policy.Policy) { p.Rights = append(p.Rights, policy.Right{Kind: policy.RightLimitSensitiveUse}) },
		"rights[14]", diff.Added, false, `new right "limit_sensitive_use"`},
	{"right kind", func(p *policy.Policy) { p.Rights[8].Kind = policy.RightOptOutOfSale }, "rights[8]", diff.Removed, true, "no longer states the right not to be discriminated"},
	{"how to exercise", func(p *policy.Policy) { p.Rights[0].How = "by email" }, "rights[0].how", diff.Changed, false, "how to exercise the right changed"},
	{"authorities limited to some jurisdictions", func(p *policy.Policy) {
		p.Disclosures[0].Jurisdictions = []language.Region{language.MustParseRegion("CH")}
	}, "disclosures[0].jurisdictions", diff.Added, false, "jurisdictions whose authorities alone we answer added"},
}

// TestCompareJurisdictions checks that the authorities a service answers
// reaching further is material: a jurisdiction added to the limit, or the
// limit dropped; and that narrowing it is not.
func TestCompareJurisdictions(t *testing.T) {
	limit := func(codes ...string) *policy.Policy {
		p := base()
		for _, c := range codes {
			p.Disclosures[0].Jurisdictions = append(p.Disclosures[0].Jurisdictions, language.MustParseRegion(c))
		}
		return p
	}
	for _, tt := range []struct {
		name          string
		before, after *policy.Policy
		kind          diff.Kind
		material      bool
		summary       string
	}{
		{"jurisdiction added", limit("CH"), limit("CH", "DE"), diff.Changed, true, "now answers the authorities of more jurisdictions"},
		{"limit dropped", limit("CH"), limit(), diff.Removed, true, "no longer only those of the jurisdictions it named"},
		{"jurisdiction removed", limit("CH", "DE"), limit("CH"), diff.Changed, false, ""},
	} {
		r := compare(t, tt.before, tt.after)
		i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "disclosures[0].jurisdictions" })
		if i < 0 {
			t.Errorf("%s: no change at disclosures[0].jurisdictions: %+v", tt.name, r.Changes)
			continue
		}
		if c := r.Changes[i]; c.Kind != tt.kind || c.Material != tt.material || !strings.Contains(c.Summary, tt.summary) {
			t.Errorf("%s: change = %+v; want %s, material %v, summary with %q", tt.name, c, tt.kind, tt.material, tt.summary)
		}
	}
}

// TestCompareCategoryPromises checks the changes that only a policy
// already stating them can show: a category's commitment dropped, a
// recipient's commitment dropped and a region's minimum age lowered.
func TestCompareCategoryPromises(t *testing.T) {
	before := base()
	before.Categories[1].Commitments = []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse}
	before.Recipients[0].Commitments = []policy.Commitment{policy.CommitmentNoModelTraining, policy.CommitmentNoSale}
	before.Children.ByRegion = []policy.AgeLimit{{Region: eu, Age: 16}}
	after := base()
	after.Categories[1].Commitments = []policy.Commitment{policy.CommitmentNoSale}
	after.Recipients[0].Commitments = []policy.Commitment{policy.CommitmentNoSale}
	after.Children.ByRegion = []policy.AgeLimit{{Region: eu, Age: 13}}
	r := compare(t, before, after)
	want := map[string]string{
		"categories[category.c1].commitments":  "no longer promises for this data: no_advertising_use",
		"children.by_region[0].age":            "accepts younger children",
		"recipients[recipient.r0].commitments": "the recipient is no longer bound to: no_model_training",
	}
	for _, c := range r.Changes {
		if w, ok := want[c.Path]; ok {
			if !c.Material || !strings.Contains(c.Summary, w) {
				t.Errorf("change at %s = %+v; want material, summary with %q", c.Path, c, w)
			}
			delete(want, c.Path)
		}
	}
	for path := range want {
		t.Errorf("no change at %s: %+v", path, r.Changes)
	}
}

func TestCompareFields(t *testing.T) {
	for _, tt := range fieldCases {
		t.Run(tt.name, func(t *testing.T) {
			after := base()
			tt.change(after)
			r := compare(t, base(), after)
			i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == tt.path && c.Kind == tt.kind })
			if i < 0 {
				t.Fatalf("no %s change at %s: %+v", tt.kind, tt.path, r.Changes)
			}
			got := r.Changes[i]
			if got.Material != tt.material || !strings.Contains(got.Summary, tt.summary) {
				t.Errorf("change = %+v; want material %v, summary with %q", got, tt.material, tt.summary)
			}
			if len(r.Changes) == 1 && r.Material() != tt.material {
				t.Errorf("Report.Material() = %v; changes %+v", r.Material(), r.Changes)
			}
			if got.Kind != diff.Changed || strings.HasSuffix(diff.Pattern(got.Path), "[]") {
				return
			}
			if !strings.Contains(got.Detail, "->") && !strings.Contains(got.Detail, "added ") && !strings.Contains(got.Detail, "removed ") {
				t.Errorf("detail %q does not give the values", got.Detail)
			}
		})
	}
}

// TestCompareFieldsCoverSchema checks that fieldCases change every
// top-level field and every field of a category, purpose, recipient,
// transfer and right of the encoding.
func TestCompareFieldsCoverSchema(t *testing.T) {
	tested := map[string]bool{}
	for _, tt := range fieldCases {
		tested[diff.Pattern(tt.path)] = true
	}
	// A change to an element's key is reported at the element.
	keys := map[string]string{
		"categories[].id": "categories[]", "purposes[].id": "purposes[]", "recipients[].id": "recipients[]",
		"transfers[].destination": "transfers[]", "transfers[].chosen_destination": "transfers[]", "transfers[].recipient": "transfers[]", "transfers[].origin": "transfers[]", "rights[].kind": "rights[]",
	}
	for _, p := range diff.SchemaPaths(t) {
		top := !strings.ContainsAny(p, ".[")
		var elem bool
		for _, l := range []string{"categories[].", "purposes[].", "recipients[].", "transfers[].", "rights[]."} {
			rest, ok := strings.CutPrefix(p, l)
			elem = elem || ok && !strings.ContainsAny(rest, ".[")
		}
		if !top && !elem {
			continue
		}
		if tested[p] || keys[p] != "" && tested[keys[p]] {
			continue
		}
		// A top-level object or list of objects is tested through its fields.
		if slices.ContainsFunc(diff.SchemaPaths(t), func(q string) bool { return strings.HasPrefix(q, p+".") || strings.HasPrefix(q, p+"[]") }) &&
			slices.ContainsFunc(fieldCases, func(c fieldCase) bool { return strings.HasPrefix(diff.Pattern(c.path), p) }) {
			continue
		}
		t.Errorf("no case in fieldCases changes %s", p)
	}
}

// TestMaterialWithoutNaming compares a new version that starts selling
// data, moves storage to another country and drops its data protection
// officer: three material changes.
func TestMaterialWithoutNaming(t *testing.T) {
	after := base()
	after.CCPA.Sold = policy.AnswerYes
	after.Storage[0].Location = us
	after.DPO = nil
	r := compare(t, base(), after)
	var got []string
	for _, c := range r.Changes {
		if c.Material {
			got = append(got, c.Path)
		}
	}
	want := []string{"dpo", "storage[0].location", "ccpa.sold"}
	if !slices.Equal(got, want) {
		t.Errorf("material changes at %v; want %v", got, want)
	}
}

func TestDPOAdded(t *testing.T) {
	before := base()
	before.DPO = nil
	r := compare(t, before, base())
	if len(r.Changes) != 1 || r.Changes[0].Path != "dpo" || r.Changes[0].Kind != diff.Added || r.Changes[0].Material {
		t.Errorf("changes = %+v; want one editorial addition at dpo", r.Changes)
	}
}

// An object that appears is material when one of its fields would be.
func TestPresenceClassedByFields(t *testing.T) {
	before := base()
	before.CCPA = policy.CCPANotice{}
	after := base()
	after.CCPA.Sold = policy.AnswerYes
	r := compare(t, before, after)
	if len(r.Changes) != 1 || r.Changes[0].Path != "ccpa" || !r.Changes[0].Material || !strings.Contains(r.Changes[0].Summary, "starts selling") {
		t.Errorf("changes = %+v; want a material addition at ccpa", r.Changes)
	}
	r = compare(t, before, base())
	if len(r.Changes) != 1 || r.Changes[0].Material {
		t.Errorf("changes = %+v; want an editorial addition at ccpa", r.Changes)
	}
}

func TestCompareReordered(t *testing.T) {
	after := base()
	after.Categories = slices.Clone(after.Categories)
	slices.Reverse(after.Categories)
	slices.Reverse(after.Rights)
	slices.Reverse(after.Transfers)
	r := compare(t, base(), after)
	if !r.Empty() {
		t.Errorf("reordering declarations reported as %+v", r.Changes)
	}
}

func TestCompareInvalid(t *testing.T) {
	bad := base()
	bad.Categories[0].Sensitivity = 99
	if _, err := diff.Compare(base(), bad); err == nil || !strings.Contains(err.Error(), "new version") {
		t.Errorf("Compare with an undefined value: %v", err)
	}
	fs := diff.Check(base(), bad)
	if len(fs) != 1 || fs[0].Rule != policy.RuleInvalidValue {
		t.Errorf("Check with an undefined value = %v", fs)
	}
}

func TestCheck(t *testing.T) {
	before := base()
	before.Version = "1"
	after := base()
	after.Version = "1"
	after.Purposes[1].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	fs := diff.Check(before, after)
	if len(fs) != 1 || fs[0].Rule != diff.RuleUnannounced || fs[0].Path != "purposes[purpose.p1].bases" ||
		!strings.Contains(fs[0].Message, `the version is still "1"`) || !strings.Contains(fs[0].Message, "not after the previous one") {
		t.Fatalf("Check = %v", fs)
	}
	after.Version = "2"
	after.Effective = policy.MakeDate(2025, time.June, 1)
	if fs := diff.Check(before, after); fs != nil {
		t.Errorf("Check of an announced change = %v", fs)
	}
	editorial := base()
	editorial.Categories[0].Name = "Renamed"
	if fs := diff.Check(before, editorial); fs != nil {
		t.Errorf("Check of an editorial change = %v", fs)
	}
}

func TestOutput(t *testing.T) {
	after := base()
	after.Version = "2"
	after.Categories[0].Retention = policy.Keep(policy.Years(10), policy.EventCollection)
	after.Categories[1].Name = "Renamed"
	after.Categories[2].Items = append(after.Categories[2].Items[1:], "date of birth")
	after.Purposes = append(after.Purposes, &policy.Purpose{ID: "ads", Name: "Advertising", Categories: after.Categories[:1], Bases: []policy.Basis{policy.BasisConsent}})
	after.CCPA.Sold = policy.AnswerYes
	after.DPO = nil
	r := compare(t, base(), after)
	var text, js bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "report.txt", text.Bytes(), *update)
	golden.Check(t, "report.json", js.Bytes(), *update)
	// Stable across runs: go-cmp's own report is not, ours must be.
	for range 20 {
		var again bytes.Buffer
		_ = compare(t, base(), after).WriteJSON(&again)
		if !bytes.Equal(again.Bytes(), js.Bytes()) {
			t.Fatal("JSON report differs between runs")
		}
	}
	var empty bytes.Buffer
	_ = compare(t, base(), base()).WriteJSON(&empty)
	if strings.TrimSpace(empty.String()) != "{\n  \"changes\": []\n}" {
		t.Errorf("empty report = %q", empty.String())
	}
}

// BenchmarkCompare compares two policies of 1,000 categories that differ
// in two places.
func BenchmarkCompare(b *testing.B) {
	before, after := gen.Policy(1000), gen.Policy(1000)
	after.Categories[500].Retention = policy.Keep(policy.Years(10), policy.EventCollection)
	after.Purposes[50].Bases = []policy.Basis{policy.BasisConsent}
	b.ReportAllocs()
	for b.Loop() {
		r, err := diff.Compare(before, after)
		if err != nil || len(r.Changes) != 2 {
			b.Fatal(err, r.Changes)
		}
	}
}

// TestSuspensionMateriality checks the judges of a purpose's blocking or
// suspension: more targets or grounds, an automated decision, a shorter
// time to contest and a route to contest taken away are material; the
// opposite changes are not.
func TestSuspensionMateriality(t *testing.T) {
	before := func() *policy.Policy {
		p := base()
		p.Purposes[1].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerNo,
			Contest: "by writing to support", ContestWithin: policy.Days(30), HumanReview: true, Reasons: true, OutOfCourt: true}
		return p
	}
	for _, tt := range []struct {
		name     string
		change   func(s *policy.Suspension)
		material bool
	}{
		{"target added", func(s *policy.Suspension) { s.Targets = append(s.Targets, policy.SuspensionTargetCard) }, true},
		{"ground added", func(s *policy.Suspension) { s.Grounds = append(s.Grounds, policy.SuspensionGroundTermsBreach) }, true},
		{"safety reports added", func(s *policy.Suspension) { s.Grounds = append(s.Grounds, policy.SuspensionGroundSafetyReport) }, true},
		{"safety reports instead", func(s *policy.Suspension) { s.Grounds = []policy.SuspensionGround{policy.SuspensionGroundSafetyReport} }, true},
		{"ground dropped", func(s *policy.Suspension) { s.Grounds = []policy.SuspensionGround{policy.SuspensionGroundUnauthorised} }, true},
		{"now automated", func(s *policy.Suspension) { s.Automated = policy.AnswerYes }, true},
		{"less time", func(s *policy.Suspension) { s.ContestWithin = policy.Days(14) }, true},
		{"more time", func(s *policy.Suspension) { s.ContestWithin = policy.Days(60) }, false},
		{"no time limit", func(s *policy.Suspension) { s.ContestWithin = policy.Period{} }, false},
		{"route dropped", func(s *policy.Suspension) { s.Contest = ""; s.ContestURL = "https://generated.example/appeal" }, true},
		{"form added", func(s *policy.Suspension) { s.ContestURL = "https://generated.example/appeal" }, false},
		{"no human review", func(s *policy.Suspension) { s.HumanReview = false }, true},
		{"no statement of reasons", func(s *policy.Suspension) { s.Reasons = false }, true},
		{"no out-of-court body", func(s *policy.Suspension) { s.OutOfCourt = false }, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := before()
			tt.change(&b.Purposes[1].Suspension)
			r := compare(t, before(), b)
			if len(r.Changes) == 0 {
				t.Fatal("no change reported")
			}
			if r.Material() != tt.material {
				t.Errorf("Material() = %v, want %v; changes %+v", r.Material(), tt.material, r.Changes)
			}
		})
	}
}

// Dropping the ethics committee's approval of research takes away a
// safeguard of the research, which is material.
func TestEthicsApprovalDropped(t *testing.T) {
	before := base()
	before.Purposes[1].EthicsApproval = true
	r := compare(t, before, base())
	if len(r.Changes) != 1 || r.Changes[0].Path != "purposes[purpose.p1].ethics_approval" || r.Changes[0].Kind != diff.Removed || !r.Changes[0].Material {
		t.Errorf("changes = %+v; want one material removal at purposes[purpose.p1].ethics_approval", r.Changes)
	}
}

// TestCompareKeptRestricted checks that a deletion no longer restricting
// the data it keeps is a material change.
func TestCompareKeptRestricted(t *testing.T) {
	before := base()
	before.Deletion[0].Kept = []policy.KeptReason{policy.KeptLegalObligation}
	before.Deletion[0].KeptRestricted = true
	after := base()
	after.Deletion[0].Kept = []policy.KeptReason{policy.KeptLegalObligation}
	r := compare(t, before, after)
	i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "deletion[0].kept_restricted" })
	if i < 0 {
		t.Fatalf("no change at deletion[0].kept_restricted: %+v", r.Changes)
	}
	if c := r.Changes[i]; c.Kind != diff.Removed || !c.Material || !strings.Contains(c.Summary, "no longer restricted") {
		t.Errorf("change = %+v; want a material removal saying the data is no longer restricted", c)
	}
}

// TestCompareKeptFor checks how long data outlives a deletion: longer or
// no longer limited is material, shorter is not.
func TestCompareKeptFor(t *testing.T) {
	kept := func(p policy.Period) *policy.Policy {
		q := base()
		q.Deletion[0].Kept = []policy.KeptReason{policy.KeptAbuse}
		q.Deletion[0].KeptFor = p
		return q
	}
	for _, tt := range []struct {
		name          string
		before, after *policy.Policy
		kind          diff.Kind
		material      bool
	}{
		{"longer", kept(policy.Years(1)), kept(policy.Years(3)), diff.Changed, true},
		{"limit dropped", kept(policy.Years(1)), kept(policy.Period{}), diff.Removed, true},
		{"shorter", kept(policy.Years(3)), kept(policy.Months(6)), diff.Changed, false},
	} {
		r := compare(t, tt.before, tt.after)
		i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "deletion[0].kept_for" })
		if i < 0 {
			t.Errorf("%s: no change at deletion[0].kept_for: %+v", tt.name, r.Changes)
			continue
		}
		if c := r.Changes[i]; c.Kind != tt.kind || c.Material != tt.material {
			t.Errorf("%s: change = %+v; want %s, material %v", tt.name, c, tt.kind, tt.material)
		}
	}
}

// TestCompareRecordingNotice checks that dropping the notice before a
// recording is material.
func TestCompareRecordingNotice(t *testing.T) {
	before := base()
	before.Categories[0].RecordingNotice = true
	r := compare(t, before, base())
	i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "categories[category.c0].recording_notice" })
	if i < 0 {
		t.Fatalf("no change at categories[category.c0].recording_notice: %+v", r.Changes)
	}
	if c := r.Changes[i]; c.Kind != diff.Removed || !c.Material || !strings.Contains(c.Summary, "no longer told") {
		t.Errorf("change = %+v; want removed, material, saying people are no longer told", c)
	}
}

// TestCompareDevicePermission checks that collecting data without the
// device permission it needed before is a material change.
func TestCompareDevicePermission(t *testing.T) {
	before := base()
	before.Categories[0].DevicePermission = true
	r := compare(t, before, base())
	i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "categories[category.c0].device_permission" })
	if i < 0 {
		t.Fatalf("no change at categories[category.c0].device_permission: %+v", r.Changes)
	}
	if c := r.Changes[i]; c.Kind != diff.Removed || !c.Material || !strings.Contains(c.Summary, "no longer collected only with a permission") {
		t.Errorf("change = %+v; want removed, material, saying the permission is no longer asked", c)
	}
}

// TestCompareGovernedBy checks that data a US federal law governed
// coming under the CCPA again is not a material change, and that a change
// of the law is.
func TestCompareGovernedBy(t *testing.T) {
	before := base()
	before.Categories[0].GovernedBy = policy.SectoralHIPAA
	for _, tc := range []struct {
		next     policy.SectoralLaw
		kind     diff.Kind
		material bool
	}{
		{0, diff.Removed, false},
		{policy.SectoralGLBA, diff.Changed, true},
	} {
		after := base()
		after.Categories[0].GovernedBy = tc.next
		r := compare(t, before, after)
		i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "categories[category.c0].governed_by" })
		if i < 0 {
			t.Fatalf("governed_by hipaa -> %v: no change at categories[category.c0].governed_by: %+v", tc.next, r.Changes)
		}
		if c := r.Changes[i]; c.Kind != tc.kind || c.Material != tc.material {
			t.Errorf("governed_by hipaa -> %v: change = %+v; want %s, material %v", tc.next, c, tc.kind, tc.material)
		}
	}
}

// TestCompareDecisionAreas checks that automated decisions reaching a
// new area of life are a material change, and that dropping an area, or
// no longer stating any, is not.
func TestCompareDecisionAreas(t *testing.T) {
	before := base()
	before.Purposes[0].DecisionAreas = []policy.DecisionArea{policy.DecisionHousing, policy.DecisionOther}
	for _, tc := range []struct {
		next     []policy.DecisionArea
		kind     diff.Kind
		material bool
		why      string
	}{
		{[]policy.DecisionArea{policy.DecisionFinancial, policy.DecisionHousing, policy.DecisionOther}, diff.Changed, true, "automated decisions now concern: financial"},
		{[]policy.DecisionArea{policy.DecisionOther}, diff.Changed, false, ""},
		{nil, diff.Removed, false, ""},
	} {
		after := base()
		after.Purposes[0].DecisionAreas = tc.next
		r := compare(t, before, after)
		i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "purposes[purpose.p0].decision_areas" })
		if i < 0 {
			t.Fatalf("decision areas -> %v: no change at purposes[purpose.p0].decision_areas: %+v", tc.next, r.Changes)
		}
		c := r.Changes[i]
		if c.Kind != tc.kind || c.Material != tc.material || !strings.Contains(c.Summary, tc.why) {
			t.Errorf("decision areas -> %v: change = %+v; want %s, material %v, why containing %q", tc.next, c, tc.kind, tc.material, tc.why)
		}
	}
}

// TestCompareVisibilityRank checks that data becoming more public is
// material in the order of Visibility.Rank: a shared link is less public
// than optional publication.
func TestCompareVisibilityRank(t *testing.T) {
	vis := func(v policy.Visibility) *policy.Policy {
		q := base()
		q.Categories[0].Visibility = v
		return q
	}
	for _, tt := range []struct {
		name          string
		before, after policy.Visibility
		material      bool
	}{
		{"link to optional", policy.VisibilityLink, policy.VisibilityOptional, true},
		{"optional to link", policy.VisibilityOptional, policy.VisibilityLink, false},
		{"always to link", policy.VisibilityAlways, policy.VisibilityLink, false},
	} {
		r := compare(t, vis(tt.before), vis(tt.after))
		i := slices.IndexFunc(r.Changes, func(c diff.Change) bool { return c.Path == "categories[category.c0].visibility" })
		if i < 0 {
			t.Errorf("%s: no change at categories[category.c0].visibility: %+v", tt.name, r.Changes)
			continue
		}
		if c := r.Changes[i]; c.Material != tt.material {
			t.Errorf("%s: change = %+v; want material %v", tt.name, c, tt.material)
		}
	}
}
