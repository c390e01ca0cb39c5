package policy_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
	"golang.org/x/text/language"
)

func init() { lawCaseSets[policy.USStates] = usStatesCases }

// usStatesCases are the cases of the US state laws' rules; TestLawRules
// runs them.
func usStatesCases() map[policy.Rule][]lawCase {
	sells := func(p *policy.Policy) { p.USStates.Sells = policy.AnswerYes }
	targets := func(p *policy.Policy) { p.USStates.TargetedAdvertising = policy.AnswerYes }
	automated := func(p *policy.Policy) { p.NoAutomatedDecisions = false; p.Purposes[1].Automated = "credit scoring" }
	add := func(k policy.RightKind) func(p *policy.Policy) {
		return func(p *policy.Policy) { p.Rights = append(p.Rights, policy.Right{Kind: k}) }
	}
	both := func(fs ...func(p *policy.Policy)) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			for _, f := range fs {
				f(p)
			}
		}
	}
	appealIn := func(d policy.Period) func(p *policy.Policy) {
		return func(p *policy.Policy) { p.USStates.Appeal.Deadline = d }
	}
	special := func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.SensitivitySpecial }
	biometric := func(p *policy.Policy) { p.Categories[0].Biometric = true }
	ccpaSensitive := func(ks ...policy.CCPACategory) func(p *policy.Policy) {
		return func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySensitive
			p.Categories[0].CCPA = ks
		}
	}
	return map[policy.Rule][]lawCase{
		policy.RuleUSSTATES_notice_rights: {
			{"no portability", func(p *policy.Policy) { removeRight(p, policy.RightPortability) },
				func(p *policy.Policy) { removeRight(p, policy.RightRestriction) }, "rights", policy.SeverityError, "machine-readable"},
			{"sells without opt-out", sells, both(sells, add(policy.RightOptOutOfSale)), "rights", policy.SeverityError, "opt out of the sale"},
			{"targets without opt-out", targets, both(targets, add(policy.RightOptOutOfTargetedAdvertising)), "rights", policy.SeverityError, "targeted advertising"},
			{"automated decisions without opt-out", automated, both(automated, add(policy.RightOptOutOfProfiling)), "rights", policy.SeverityError, "profiling"},
			// Automated decisions on data a federal law governs, which the
			// state laws exempt, call for no opt-out; nor do decisions on
			// the data of people outside the US alone.
			{"automated decisions on data the GLBA governs", automated, both(automated, func(p *policy.Policy) {
				for _, cat := range p.Purposes[1].Categories {
					cat.GovernedBy = policy.SectoralGLBA
				}
			}), "rights", policy.SeverityError, "profiling"},
			{"automated decisions for people in the EU only", automated, both(automated, func(p *policy.Policy) {
				p.Purposes[1].Regions = []language.Region{language.MustParseRegion("DE")}
			}), "rights", policy.SeverityError, "profiling"},
			// Nor do decisions in none of the areas the laws list; a
			// listed area, with or without others, does.
			{"automated decisions outside the listed areas", automated, both(automated, func(p *policy.Policy) {
				p.Purposes[1].DecisionAreas = []policy.DecisionArea{policy.DecisionOther}
			}), "rights", policy.SeverityError, "profiling"},
			{"automated decisions on lending among others", both(automated, func(p *policy.Policy) {
				p.Purposes[1].DecisionAreas = []policy.DecisionArea{policy.DecisionFinancial, policy.DecisionOther}
			}), both(automated, add(policy.RightOptOutOfProfiling)), "rights", policy.SeverityError, "profiling"},
		},
		policy.RuleUSSTATES_notice_appeal: {{"no appeal", func(p *policy.Policy) { p.USStates.Appeal.URL = "" },
			func(p *policy.Policy) {
				p.USStates.Appeal.URL, p.USStates.Appeal.How = "", "by replying to our answer"
			},
			"us_states.appeal.how", policy.SeverityError, "appeal"}},
		policy.RuleUSSTATES_appeal_deadline: {
			{"over 60 days", appealIn(policy.Days(61)), appealIn(policy.Days(45)), "us_states.appeal.deadline", policy.SeverityError, "within 61 days, longer than the 60 days"},
			{"over Colorado's 45 days", appealIn(policy.Days(46)), appealIn(policy.Days(45)), "us_states.appeal.deadline", policy.SeverityWarning, "Colorado"},
			{"three months", appealIn(policy.Months(3)), appealIn(policy.Months(1)), "us_states.appeal.deadline", policy.SeverityError, "3 months"},
		},
		policy.RuleUSSTATES_notice_third_parties: {{"third party without categories",
			func(p *policy.Policy) { p.Recipients[0].Role, p.Recipients[0].Categories = policy.RoleThirdParty, nil },
			func(p *policy.Policy) { p.Recipients[0].Role = policy.RoleThirdParty },
			"recipients[recipient.r0].categories", policy.SeverityError, "categories of personal data"}},
		policy.RuleUSSTATES_notice_sale: {
			{"sale not stated", func(p *policy.Policy) { p.USStates.Sells = 0 }, both(sells, add(policy.RightOptOutOfSale)),
				"us_states.sells", policy.SeverityError, "sells personal data"},
			{"targeted advertising not stated", func(p *policy.Policy) { p.USStates.TargetedAdvertising = 0 }, both(targets, add(policy.RightOptOutOfTargetedAdvertising)),
				"us_states.targeted_advertising", policy.SeverityError, "targeted advertising"},
		},
		policy.RuleUSSTATES_notice_contact: {{"no online contact", func(p *policy.Policy) { p.Controller.Email, p.USStates.Appeal.URL = "", "" },
			func(p *policy.Policy) { p.Controller.Email = "" }, // the appeal form is an online mechanism
			"contact.email", policy.SeverityError, "e-mail address or online form"}},
		policy.RuleUSSTATES_sensitive: {
			{"special category without consent", notRequested(special), both(special, explicit),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			{"biometric data without consent", notRequested(biometric), both(biometric, explicit),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			// Va. Code § 59.1-576(C): protected health information under
			// HIPAA is exempt.
			{"special category, HIPAA governs it", notRequested(special), notRequested(both(special, func(p *policy.Policy) { p.Categories[0].GovernedBy = policy.SectoralHIPAA })),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			// Va. Code § 59.1-582(A): complying with the law, protecting
			// life and preventing fraud need no consent.
			{"special category, exempt as a legal obligation", notRequested(special), both(special, func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisLegalObligation} }),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			// § 59.1-582(A)(5): providing a service the consumer asked
			// for, such as routing calls by the phone's location.
			{"precise geolocation, exempt to provide the service requested", notRequested(ccpaSensitive(policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo)),
				both(ccpaSensitive(policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo), func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisContract} }),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			{"biometric data, exempt to prevent fraud", notRequested(biometric), both(biometric, func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisFraudPrevention} }),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			// A notice under the US laws states no ground: a purpose that
			// may block an account for fraud shows what it serves.
			{"biometric data, blocking for fraud", notRequested(biometric), notRequested(both(biometric, func(p *policy.Policy) {
				p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
					Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Contest: "by writing to us"}
			})), "purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			// CCPA sensitive personal information that is not sensitive
			// data under the Virginia model: an SSN, a driver's licence
			// number, account credentials.
			{"precise geolocation, not government identifiers", notRequested(ccpaSensitive(policy.CCPAGeolocation, policy.CCPASensitivePersonalInfo)),
				ccpaSensitive(policy.CCPAIdentifiers, policy.CCPASensitivePersonalInfo),
				"purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			{"precise location term, not coarse geolocation", notRequested(both(ccpaSensitive(policy.CCPAGeolocation), func(p *policy.Policy) {
				p.Categories[0].Terms.Apple = []string{"NSPrivacyCollectedDataTypePreciseLocation"}
			})), both(ccpaSensitive(policy.CCPAGeolocation), func(p *policy.Policy) {
				p.Categories[0].Terms.Apple = []string{"NSPrivacyCollectedDataTypeCoarseLocation"}
			}), "purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			{"precise location in Fides, not imprecise", notRequested(both(ccpaSensitive(policy.CCPAGeolocation), func(p *policy.Policy) {
				p.Categories[0].Terms.Fides = []string{"user.location.precise"}
			})), both(ccpaSensitive(policy.CCPAGeolocation), func(p *policy.Policy) {
				p.Categories[0].Terms.Fides = []string{"user.location.imprecise"}
			}), "purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
			{"precise location in Play, not CCPA sensitive alone", notRequested(both(ccpaSensitive(policy.CCPASensitivePersonalInfo), func(p *policy.Policy) {
				p.Categories[0].Terms.Play = []string{"PSL_PRECISE_LOCATION"}
			})), ccpaSensitive(policy.CCPASensitivePersonalInfo), "purposes[purpose.p0].bases", policy.SeverityWarning, "consent"},
		},
		policy.RuleUSSTATES_deadline: {{"longer than 45 days", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(46) },
			func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(45), policy.Days(45) },
			"requests.deadline", policy.SeverityError, "within 46 days, longer than the 45 days US state privacy laws gives"}},
	}
}

// TestUSStatesNoticeValues checks the values and strings of the notice for
// every policy, whether or not it declares the US state laws, so that a
// policy that validates encodes and renders.
func TestUSStatesNoticeValues(t *testing.T) {
	for _, tc := range []struct {
		name       string
		fail, pass func(n *policy.USStatesNotice)
		rule       policy.Rule
		path       string
		severity   policy.Severity
	}{
		{"sells neither yes nor no", func(n *policy.USStatesNotice) { n.Sells = 7 }, func(n *policy.USStatesNotice) { n.Sells = policy.AnswerNo },
			policy.RuleInvalidValue, "us_states.sells", policy.SeverityError},
		{"targeted advertising neither yes nor no", func(n *policy.USStatesNotice) { n.TargetedAdvertising = 3 }, func(n *policy.USStatesNotice) { n.TargetedAdvertising = policy.AnswerYes },
			policy.RuleInvalidValue, "us_states.targeted_advertising", policy.SeverityError},
		{"negative deadline", func(n *policy.USStatesNotice) { n.Appeal.Deadline = policy.Days(-1) }, func(n *policy.USStatesNotice) { n.Appeal.Deadline = policy.Days(1) },
			policy.RuleInvalidValue, "us_states.appeal.deadline", policy.SeverityError},
		{"deadline the JSON form cannot hold", func(n *policy.USStatesNotice) { n.Appeal.Deadline = policy.Days(policy.MaxPeriodUnit + 1) },
			func(n *policy.USStatesNotice) { n.Appeal.Deadline = policy.Days(30) }, policy.RuleOutOfRange, "us_states.appeal.deadline", policy.SeverityError},
		{"relative URL", func(n *policy.USStatesNotice) { n.Appeal.URL = "/appeal" }, func(n *policy.USStatesNotice) { n.Appeal.URL = "https://example.com/appeal" },
			policy.RuleInvalidURL, "us_states.appeal.url", policy.SeverityError},
		{"control character", func(n *policy.USStatesNotice) { n.Appeal.How = "by e-mail\u0007" }, func(n *policy.USStatesNotice) { n.Appeal.How = "by e-mail" },
			policy.RuleControlChar, "us_states.appeal.how", policy.SeverityError},
		{"how as a sentence", func(n *policy.USStatesNotice) { n.Appeal.How = "Reply to our answer." },
			func(n *policy.USStatesNotice) { n.Appeal.How = "by replying to our answer" }, policy.RuleFragmentStop, "us_states.appeal.how", policy.SeverityWarning},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			find := func(change func(n *policy.USStatesNotice)) *policy.Finding {
				p := gen.Policy(10)
				p.Laws = []policy.Law{policy.GDPR} // the checks hold whatever the laws
				change(&p.USStates)
				for _, f := range p.Validate() {
					if f.Rule == tc.rule && f.Path == tc.path {
						return &f
					}
				}
				return nil
			}
			if f := find(tc.fail); f == nil || f.Severity != tc.severity {
				t.Errorf("finding = %v; want a %v %s at %s", f, tc.severity, tc.rule, tc.path)
			}
			if f := find(tc.pass); f != nil {
				t.Errorf("passing variant: %v", f)
			}
		})
	}
}

// TestUSStatesJSON checks that the notice round-trips through the JSON
// form under its documented names, and that the decoder rejects an
// unknown field inside it with its path.
func TestUSStatesJSON(t *testing.T) {
	p := gen.Policy(2)
	p.USStates = policy.USStatesNotice{Sells: policy.AnswerYes, TargetedAdvertising: policy.AnswerNo,
		Appeal: policy.Appeal{How: "by replying to our answer", URL: "https://generated.example/appeal", Deadline: policy.Days(45), AttorneyGeneral: true}}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"us_states": {`, `"sells": "yes"`, `"targeted_advertising": "no"`, `"how": "by replying to our answer"`,
		`"url": "https://generated.example/appeal"`, `"deadline": "P45D"`, `"attorney_general": true`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("encoding lacks %s", want)
		}
	}
	q, err := policy.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p.USStates, q.USStates); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	bad := strings.Replace(buf.String(), `"attorney_general": true`, `"attorney_general": true, "governor": true`, 1)
	if _, err := policy.Decode(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "us_states.appeal") || !strings.Contains(err.Error(), "governor") {
		t.Errorf("Decode with an unknown field = %v; want an error naming us_states.appeal and governor", err)
	}
	p.USStates = policy.USStatesNotice{}
	buf.Reset()
	if err := policy.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "us_states") {
		t.Error("an empty notice is encoded")
	}
}

// TestUSStatesClone checks that a clone's notice is equal to the
// original's and independent of it.
func TestUSStatesClone(t *testing.T) {
	p := gen.Policy(2)
	q := p.Clone()
	if q.USStates != p.USStates {
		t.Fatalf("clone's notice = %+v, want %+v", q.USStates, p.USStates)
	}
	q.USStates.Appeal.How = "by letter"
	if p.USStates.Appeal.How == "by letter" {
		t.Error("the clone shares the original's appeal")
	}
}

// TestUSStatesDescriptor checks what the descriptor gives the rest of the
// library: the rights, the time to answer and the authority.
func TestUSStatesDescriptor(t *testing.T) {
	d, ok := policy.USStates.ResponseDeadline()
	if !ok || d.Period != policy.Days(45) || d.Extension != policy.Days(45) || d.WorkingDays {
		t.Errorf("ResponseDeadline() = %+v, %v; want 45 + 45 days", d, ok)
	}
	var kinds []policy.RightKind
	for _, r := range policy.RightsFor(policy.USStates) {
		kinds = append(kinds, r.Kind)
	}
	want := []policy.RightKind{policy.RightAccess, policy.RightRectification, policy.RightErasure, policy.RightPortability,
		policy.RightOptOutOfSale, policy.RightOptOutOfTargetedAdvertising, policy.RightOptOutOfProfiling}
	if diff := cmp.Diff(want, kinds); diff != "" {
		t.Errorf("RightsFor(USStates) (-want +got):\n%s", diff)
	}
	if a := policy.USStates.Authority(); !strings.Contains(a.Name, "Attorney General") || a.URL != "" {
		t.Errorf("Authority() = %+v", a)
	}
	if policy.USStates.HasGrounds() {
		t.Error("the US state laws cite legal grounds")
	}
	p := gen.Policy(10)
	p.Laws = []policy.Law{policy.USStates}
	p.USStates.Appeal = policy.Appeal{}
	if err := p.Validate().Err(); !errors.Is(err, policy.RuleUSSTATES_notice_appeal) {
		t.Errorf("a policy without an appeal: Validate = %v", err)
	}
}

// A service subject to the privacy laws of Virginia, Colorado and the
// other states declares them together, says whether it sells personal
// data or targets advertising, and how consumers appeal a refusal.
func ExampleUSStatesNotice() {
	p := gen.Policy(10)
	p.Laws = []policy.Law{policy.USStates}
	p.Rights = policy.RightsFor(policy.USStates)
	p.USStates = policy.USStatesNotice{
		Sells:               policy.AnswerNo,
		TargetedAdvertising: policy.AnswerYes,
	}
	for _, f := range p.Validate() {
		fmt.Println(f.Rule, f.Path)
	}
	p.USStates.Appeal = policy.Appeal{
		How:             "by replying to our answer with the word APPEAL",
		Deadline:        policy.Days(45),
		AttorneyGeneral: true,
	}
	fmt.Println(len(p.Validate()), "findings")
	// Output:
	// usstates.notice.appeal us_states.appeal.how
	// 0 findings
}

// notRequested applies f, then rests the first purpose on legitimate
// interests, a ground none of the exemptions of Va. Code § 59.1-582(A)
// covers, as the base policy's contract is (a service the consumer
// requested).
func notRequested(f func(*policy.Policy)) func(*policy.Policy) {
	return func(p *policy.Policy) {
		f(p)
		p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	}
}
