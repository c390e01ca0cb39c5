package policy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
	"golang.org/x/text/language"
)

// lawPolicy returns a policy that declares every law and validates clean
// under all of them; each case below changes one thing in it.
func lawPolicy() *policy.Policy { return gen.Policy(40) }

type lawCase struct {
	name       string
	fail, pass func(p *policy.Policy)
	path       string // of the first finding of the rule
	severity   policy.Severity
	message    string // a substring of its message, where it matters
}

func removeRight(p *policy.Policy, k policy.RightKind) {
	var out []policy.Right
	for _, r := range p.Rights {
		if r.Kind != k {
			out = append(out, r)
		}
	}
	p.Rights = out
}

// gdprCases are the cases of the rules the GDPR and the UK GDPR share.
func gdprCases() map[string][]lawCase {
	cn := language.MustParseRegion("CN")
	return map[string][]lawCase{
		"13.1.a": {{"no contact", func(p *policy.Policy) { p.Controller.Email = "" },
			func(p *policy.Policy) { p.Controller.Email = ""; p.Controller.Address = "1 Main St" }, "controller", policy.Error, "contact details"}},
		"13.1.c": {{"ground of another law", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.ResearchBody} },
			func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.LegitimateInterests} }, "purposes[purpose.p0].bases", policy.Error, "recognises"}},
		"13.1.e": {{"no recipients", func(p *policy.Policy) { p.Recipients = nil },
			func(p *policy.Policy) { p.Recipients = p.Recipients[:1] }, "recipients", policy.Error, ""}},
		"13.1.f": {
			{"no adequacy", func(p *policy.Policy) { p.Transfers[0].Destination = cn; p.Recipients[0].Country = cn },
				func(p *policy.Policy) {
					p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = cn, policy.BindingCorporateRules, cn
				}, "transfers[0].safeguard", policy.Error, "no adequacy decision"},
			{"privacy shield", func(p *policy.Policy) {
				us := language.MustParseRegion("US")
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.PrivacyShield, us
			}, func(p *policy.Policy) {
				us := language.MustParseRegion("US")
				p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.DataPrivacyFramework, us
			}, "transfers[0].safeguard", policy.Error, "2020-07-16"},
			{"recipient abroad", func(p *policy.Policy) { p.Recipients[0].Country = cn },
				func(p *policy.Policy) {
					p.Recipients[0].Country = cn
					p.Transfers = append(p.Transfers, policy.Transfer{Destination: cn, Safeguard: policy.BindingCorporateRules})
				}, "recipients[recipient.r0].country", policy.Error, "no transfer to CN"},
		},
		"13.2.b": {{"no restriction", func(p *policy.Policy) { removeRight(p, policy.Restriction) },
			func(p *policy.Policy) { removeRight(p, policy.NonDiscrimination) }, "rights", policy.Error, "restrict"}},
		"13.2.c": {{"consent without the right", func(p *policy.Policy) { removeRight(p, policy.WithdrawConsent) },
			func(p *policy.Policy) {
				removeRight(p, policy.WithdrawConsent)
				for _, pu := range p.Purposes {
					if pu.HasBasis(policy.Consent) {
						pu.Bases = []policy.Basis{policy.Contract}
					}
				}
			}, "rights", policy.Error, "withdraw"}},
		"13.2.d": {{"no complaint", func(p *policy.Policy) { removeRight(p, policy.Complaint) },
			func(p *policy.Policy) {
				removeRight(p, policy.Portability)
				p.Rights = append(p.Rights, policy.Right{Kind: policy.Portability})
			}, "rights", policy.Error, "complaint"}},
		"13.2.e": {{"no requirement", func(p *policy.Policy) { p.Purposes[0].Required = "" },
			func(p *policy.Policy) { p.Purposes[2].Required = "" }, "purposes[purpose.p0].required", policy.Error, ""}},
		"13.2.f": {{"silent on automation", func(p *policy.Policy) { p.NoAutomatedDecisions = false },
			func(p *policy.Policy) { p.NoAutomatedDecisions = false; p.Purposes[1].Automated = "credit scoring" }, "no_automated_decisions", policy.Error, ""}},
		"14.1.d": {{"third-party data without items", func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.FromThirdParty}, "data brokers", nil
		}, func(p *policy.Policy) {
			c := p.Categories[0]
			c.Sources, c.SourceDetail, c.Items = []policy.Source{policy.FromUser}, "", nil
		}, "categories[category.c0].items", policy.Error, ""}},
		"14.2.f": {{"third-party data without source", func(p *policy.Policy) { p.Categories[0].Sources = []policy.Source{policy.FromPublicSource} },
			func(p *policy.Policy) {
				p.Categories[0].Sources, p.Categories[0].SourceDetail = []policy.Source{policy.FromPublicSource}, "public registers"
			}, "categories[category.c0].source_detail", policy.Error, ""}},
		"8.1": {
			{"too young", func(p *policy.Policy) { p.Children.MinimumAge = 12 },
				func(p *policy.Policy) { p.Children.MinimumAge = 13 }, "children.minimum_age", policy.Error, "below 13"},
			{"not stated", func(p *policy.Policy) { p.Children.MinimumAge = 0 },
				func(p *policy.Policy) { p.Children.MinimumAge = 18 }, "children.minimum_age", policy.Warning, ""},
		},
	}
}

func lawCases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	for id, cs := range gdprCases() {
		cases[policy.Rule("gdpr."+id)] = cs
		cases[policy.Rule("ukgdpr."+id)] = cs
	}
	us := language.MustParseRegion("US")
	cases["gdpr.13.1.f"] = append(cases["gdpr.13.1.f"], lawCase{"UK agreement under the GDPR",
		func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.UKTransferAgreement, us
			p.Transfers[0].Laws = []policy.Law{policy.GDPR}
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.StandardClauses, us
			p.Transfers[0].Laws = []policy.Law{policy.GDPR}
		}, "transfers[0].safeguard", policy.Error, "UK GDPR only"})
	cases["ukgdpr.13.1.f"] = append(cases["ukgdpr.13.1.f"], lawCase{"EU clauses under the UK GDPR",
		func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.StandardClauses, us
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.UKTransferAgreement, us
		}, "transfers[0].safeguard", policy.Error, "UK Addendum"})

	ru := language.MustParseRegion("RU")
	cases["ccpa.110.c.1"] = []lawCase{{"unmapped", func(p *policy.Policy) { p.Categories[3].CCPA = nil },
		func(p *policy.Policy) {
			p.Categories[3].CCPA = []policy.CCPACategory{policy.CommercialInfo, policy.Inferences}
		}, "categories[category.c3].ccpa", policy.Error, "A-K"}}
	cases["ccpa.110.c.2"] = []lawCase{{"no sources", func(p *policy.Policy) { p.Categories[3].Sources = nil },
		func(p *policy.Policy) { p.Categories[3].Sources = []policy.Source{policy.Automatic} }, "categories[category.c3].sources", policy.Error, ""}}
	cases["ccpa.110.c.4"] = []lawCase{{"recipient without categories", func(p *policy.Policy) { p.Recipients[1].Categories = nil },
		func(p *policy.Policy) { p.Recipients[1].Categories = nil; p.Recipients[1].Role = policy.Authority }, "recipients[recipient.r1].categories", policy.Error, ""}}
	cases["ccpa.115.120"] = []lawCase{{"sale not stated", func(p *policy.Policy) { p.CCPA.Sold = 0 },
		func(p *policy.Policy) { p.CCPA.Sold = policy.Yes }, "ccpa.sold", policy.Error, "sold"}}
	cases["ccpa.135"] = []lawCase{{"no opt-out link", func(p *policy.Policy) { p.CCPA.Shared = policy.Yes },
		func(p *policy.Policy) {
			p.CCPA.Shared, p.CCPA.OptOutURL = policy.Yes, "https://generated.example/do-not-sell"
		}, "ccpa.opt_out_url", policy.Error, "Do Not Sell"}}
	cases["ccpa.rights"] = []lawCase{
		{"no non-discrimination", func(p *policy.Policy) { removeRight(p, policy.NonDiscrimination) },
			func(p *policy.Policy) { removeRight(p, policy.Restriction) }, "rights", policy.Error, "discriminated"},
		{"sells without opt-out right", func(p *policy.Policy) { p.CCPA.Sold = policy.Yes },
			func(p *policy.Policy) {
				p.CCPA.Sold = policy.Yes
				p.Rights = append(p.Rights, policy.Right{Kind: policy.OptOutOfSale})
			}, "rights", policy.Error, "opt out"},
		{"sensitive without limit right", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.Sensitive
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.ExplicitConsent)
			p.Purposes[0].Withdraw = "in settings"
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.Sensitive
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.ExplicitConsent)
			p.Rights = append(p.Rights, policy.Right{Kind: policy.LimitSensitiveUse})
		}, "rights", policy.Error, "sensitive"},
	}
	cases["ccpa.130.a.1"] = []lawCase{{"one method", func(p *policy.Policy) { p.CCPA.RequestMethods = p.CCPA.RequestMethods[:1] },
		func(p *policy.Policy) { p.CCPA.RequestMethods = append(p.CCPA.RequestMethods, "toll-free number") }, "ccpa.request_methods", policy.Error, "two or more"}}
	cases["ccpa.7011.e.4"] = []lawCase{{"no date", func(p *policy.Policy) { p.Updated = policy.Date{} },
		func(p *policy.Policy) { p.Updated = p.Effective }, "updated", policy.Error, ""}}

	cases["152fz.6.1"] = []lawCase{{"ground of another law", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.CreditProtection} },
		func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.Consent}
			p.Purposes[0].Withdraw = "in settings"
		}, "purposes[purpose.p0].bases", policy.Error, ""}}
	explicit := func(p *policy.Policy) {
		p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.ExplicitConsent)
		p.Purposes[0].Withdraw = "in settings"
	}
	cases["152fz.10"] = []lawCase{{"special without written consent", func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.Special
		p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.HealthCare)
	}, func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.Special; explicit(p) }, "purposes[purpose.p0].bases", policy.Error, "written consent"}}
	cases["152fz.11"] = []lawCase{{"biometric without written consent", func(p *policy.Policy) { p.Categories[0].Biometric = true },
		func(p *policy.Policy) { p.Categories[0].Biometric = true; explicit(p) }, "purposes[purpose.p0].bases", policy.Error, "biometric"}}
	cases["152fz.12"] = []lawCase{{"clauses to a country without protection", func(p *policy.Policy) {
		p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.StandardClauses, us
	}, func(p *policy.Policy) {
		p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.ContractNecessity, us
	}, "transfers[0].safeguard", policy.Error, "written consent"}}
	cases["152fz.18.5"] = []lawCase{{"not localised", func(p *policy.Policy) { p.Storage = nil },
		func(p *policy.Policy) {
			p.Storage = nil
			for _, c := range p.Categories {
				c.Storage = []policy.Storage{{Location: ru}}
			}
		}, "categories[category.c0].storage", policy.Error, "Russia"}}
	cases["152fz.18.1"] = []lawCase{{"not published", func(p *policy.Policy) { p.URL = "" },
		func(p *policy.Policy) { p.URL = "https://generated.example/legal/privacy" }, "url", policy.Error, ""}}
	cases["152fz.22.1"] = []lawCase{{"no responsible person", func(p *policy.Policy) { p.DPO = nil },
		func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Anna", Address: "Moscow"} }, "dpo", policy.Error, ""}}

	cases["lgpd.7"] = []lawCase{{"ground LGPD lacks", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.MadePublic} },
		func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.CreditProtection} }, "purposes[purpose.p0].bases", policy.Error, ""}}
	cases["lgpd.11"] = []lawCase{{"sensitive on an Art. 7 ground", func(p *policy.Policy) {
		p.Categories[0].Sensitivity = policy.Sensitive
	}, func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.Sensitive; explicit(p) }, "purposes[purpose.p0].bases", policy.Error, "sensitive"}}
	cases["lgpd.9"] = []lawCase{{"no portability", func(p *policy.Policy) { removeRight(p, policy.Portability) },
		func(p *policy.Policy) { removeRight(p, policy.Restriction) }, "rights", policy.Error, "machine-readable"}}
	cases["lgpd.41"] = []lawCase{{"no encarregado", func(p *policy.Policy) { p.DPO = nil },
		func(p *policy.Policy) { p.DPO = &policy.Contact{Name: "Ana", Address: "São Paulo"} }, "dpo", policy.Error, ""}}
	return cases
}

// TestLawRules runs a failing and a passing case for every law rule that
// has a check of its own. The coverage table in docs/coverage.md names these
// subtests.
func TestLawRules(t *testing.T) {
	if fs := lawPolicy().Validate(); len(fs) != 0 {
		t.Fatalf("the base policy has findings:\n%v", fs)
	}
	cases := lawCases()
	for _, law := range policy.Laws() {
		for _, r := range policy.Rules(law) {
			if r.CoveredBy != "" || strings.HasPrefix(r.Element, "scope:") {
				continue // covered by a model rule, or a scope rule (TestOutOfScope)
			}
			for _, tc := range cases[r.ID] {
				t.Run(string(r.ID)+"/"+strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
					p := lawPolicy()
					tc.fail(p)
					fs := p.Validate()
					var got *policy.Finding
					for i := range fs {
						if fs[i].Rule == r.ID {
							got = &fs[i]
							break
						}
					}
					if got == nil {
						t.Fatalf("no %s finding; got:\n%v", r.ID, fs)
					}
					if got.Path != tc.path || got.Severity != tc.severity || !strings.Contains(got.Message, tc.message) || !strings.Contains(got.Message, r.Article) {
						t.Errorf("finding = %+v; want path %q, severity %v, message with %q and %q", *got, tc.path, tc.severity, tc.message, r.Article)
					}
					if !errors.Is(fs, r.ID) {
						t.Errorf("errors.Is(findings, %s) = false", r.ID)
					}
					p = lawPolicy()
					tc.pass(p)
					for _, f := range p.Validate() {
						if f.Rule == r.ID {
							t.Errorf("passing variant: %v", f)
						}
					}
				})
			}
		}
	}
}

// TestLawRulesComplete fails for a law rule without test cases and for a
// rule covered by a model rule that does not exist.
func TestLawRulesComplete(t *testing.T) {
	cases := lawCases()
	for _, law := range policy.Laws() {
		rules := policy.Rules(law)
		if len(rules) == 0 {
			t.Errorf("%s has no rules", law)
		}
		for _, r := range rules {
			if r.Law != law || r.Article == "" || r.Element == "" {
				t.Errorf("rule %+v is incomplete", r)
			}
			if r.CoveredBy != "" {
				if !strings.Contains(string(readFile(t, "validate.go")), `Rule = "`+string(r.CoveredBy)+`"`) {
					t.Errorf("%s is covered by %s, which is not a model rule", r.ID, r.CoveredBy)
				}
				continue
			}
			if len(cases[r.ID]) == 0 && !strings.HasPrefix(r.Element, "scope:") {
				t.Errorf("rule %s has no test case", r.ID)
			}
		}
	}
	for id := range cases {
		found := false
		for _, law := range policy.Laws() {
			for _, r := range policy.Rules(law) {
				found = found || r.ID == id
			}
		}
		if !found {
			t.Errorf("test cases for %s, which is no rule", id)
		}
	}
}

// TestOutOfScope shows that a policy without personal data is out of the
// scope of every law's personal-data rules, and gets the warnings a lawyer
// would still want: no errors.
func TestOutOfScope(t *testing.T) {
	lang := &policy.Category{ID: "lang", Name: "Browser language", Sensitivity: policy.NotPersonal, Sources: []policy.Source{policy.Automatic}}
	chat := &policy.Category{ID: "chat", Name: "Chat messages", Sensitivity: policy.NotPersonal, Sources: []policy.Source{policy.FromUser}}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Site", Email: "hi@site.example"}},
		Effective:  policy.MakeDate(2025, 1, 1),
		URL:        "https://site.example/privacy",
		Laws:       policy.Laws(),
		Categories: []*policy.Category{lang, chat},
		Purposes:   []*policy.Purpose{{ID: "ui", Name: "Showing the site in your language", Categories: []*policy.Category{lang, chat}}},
	}
	fs := p.Validate()
	if err := fs.Err(); err != nil {
		t.Errorf("errors for a policy without personal data:\n%v", err)
	}
	got := map[policy.Rule]int{}
	for _, f := range fs {
		got[f.Rule]++
	}
	want := map[policy.Rule]int{"gdpr.2": 2, "ukgdpr.2": 2, "ccpa.140.v": 2, "152fz.3": 2, "lgpd.5": 2}
	if len(got) != len(want) {
		t.Errorf("findings = %v", fs)
	}
	for r, n := range want {
		if got[r] != n {
			t.Errorf("%d %s warnings, want %d: %v", got[r], r, n, fs)
		}
	}
}

// TestScopeRulesQuietInScope checks the scope rules say nothing about a
// policy with personal data.
func TestScopeRulesQuietInScope(t *testing.T) {
	for _, f := range lawPolicy().Validate() {
		t.Errorf("unexpected finding %v", f)
	}
}
