package policy_test

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

func init() { lawCaseSets[policy.FZ152] = fz152Cases }

// fz152Cases are the cases of the FZ152 rules; TestLawRules runs them.
func fz152Cases() map[policy.Rule][]lawCase {
	cases := map[policy.Rule][]lawCase{}
	ru := language.MustParseRegion("RU")
	us := language.MustParseRegion("US")
	cases["152fz.6.1"] = []lawCase{{"ground of another law", func(p *policy.Policy) { p.Purposes[0].Bases = []policy.Basis{policy.BasisCreditProtection} },
		func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
			p.Purposes[0].Withdraw = "in settings"
		}, "purposes[purpose.p0].bases", policy.SeverityError, ""}}
	cases["152fz.10.3"] = criminalCases()["152fz.10.3"]
	cases["152fz.6.1.2"] = obligationCases(accountingRU, accountingDE, policy.SeverityError)
	cases["152fz.10"] = []lawCase{
		{"special without written consent", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisMadePublic)
		}, func(p *policy.Policy) { p.Categories[0].Sensitivity = policy.SensitivitySpecial; explicit(p) }, "purposes[purpose.p0].bases", policy.SeverityError, "written consent"},
		{"health care by a medical professional", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisSubstantialPublicInterest)
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisHealthCare)
		}, "purposes[purpose.p0].bases", policy.SeverityError, "Art. 10(2)"},
		{"labour law", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisArchivingResearch)
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			p.Purposes[0].Bases = append(p.Purposes[0].Bases, policy.BasisEmploymentLaw)
		}, "purposes[purpose.p0].bases", policy.SeverityError, "no condition"},
		{"written consent by a ticked box", func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			explicit(p)
			p.Purposes[0].ConsentMethod = policy.ConsentMethodCheckbox
		}, func(p *policy.Policy) {
			p.Categories[0].Sensitivity = policy.SensitivitySpecial
			explicit(p)
			p.Purposes[0].ConsentMethod = policy.ConsentMethodWritten
		}, "purposes[purpose.p0].consent_method", policy.SeverityError, "Art. 9(4)"},
	}
	// Art. 9(1): silence or inaction gives no consent, so a cookie set
	// unless the user opts out cannot serve a purpose on consent alone.
	onConsent := func(p *policy.Policy, c policy.CookieConsent) {
		p.Purposes[0].Bases, p.Purposes[0].Withdraw = []policy.Basis{policy.BasisConsent}, "in settings"
		addCookie(p, p.Purposes[0], false)
		p.Cookies[len(p.Cookies)-1].Consent = c
	}
	cases["152fz.9.1"] = []lawCase{{"opt-out cookie for a purpose on consent",
		func(p *policy.Policy) { onConsent(p, policy.CookieConsentOptOut) },
		func(p *policy.Policy) { onConsent(p, policy.CookieConsentOptIn) }, "cookies[c].consent", policy.SeverityWarning, "silence or inaction"}}
	// Art. 10.1: data made public rests on a separate consent to its
	// dissemination; not stating it is a warning, and data public by
	// default cannot rest on it (Art. 10.1(8)), an error.
	cases["152fz.10.1"] = []lawCase{
		// A link the person shares reaches whom the person chooses: no
		// dissemination by the operator.
		{"public by choice, not by a shared link", func(p *policy.Policy) { p.Categories[0].Visibility = policy.VisibilityOptional },
			func(p *policy.Policy) { p.Categories[0].Visibility = policy.VisibilityLink }, "categories[category.c0].dissemination_consent", policy.SeverityWarning, "separate consent"},
		{"public by choice without consent to dissemination", func(p *policy.Policy) { p.Categories[0].Visibility = policy.VisibilityOptional },
			func(p *policy.Policy) {
				p.Categories[0].Visibility = policy.VisibilityOptional
				p.Categories[0].DisseminationConsent = true
			}, "categories[category.c0].dissemination_consent", policy.SeverityWarning, "separate consent"},
		{"always public without consent to dissemination", func(p *policy.Policy) { p.Categories[0].Visibility = policy.VisibilityAlways },
			func(p *policy.Policy) {
				p.Categories[0].Visibility = policy.VisibilityAlways
				p.Categories[0].DisseminationConsent = true
			}, "categories[category.c0].dissemination_consent", policy.SeverityWarning, "Art. 10.1(1)"},
		{"public by default on consent to dissemination", func(p *policy.Policy) {
			p.Categories[0].Visibility = policy.VisibilityDefault
			p.Categories[0].DisseminationConsent = true
		}, func(p *policy.Policy) {
			p.Categories[0].Visibility = policy.VisibilityOptional
			p.Categories[0].DisseminationConsent = true
		}, "categories[category.c0].visibility", policy.SeverityError, "silence or inaction"},
		{"public in a purpose for Russia's data subjects", func(p *policy.Policy) {
			p.Categories[0].Visibility = policy.VisibilityOptional
			p.Purposes[0].Regions = []language.Region{regionOf("RU")}
		}, func(p *policy.Policy) {
			p.Categories[0].Visibility = policy.VisibilityOptional
			p.Purposes[0].Regions = []language.Region{regionOf("BR"), regionOf("DE")}
		}, "categories[category.c0].dissemination_consent", policy.SeverityWarning, "separate consent"},
	}
	cases["152fz.15"] = []lawCase{{"direct marketing on legitimate interests", func(p *policy.Policy) {
		p.Purposes[0].DirectMarketing = true
		p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
		p.Purposes[0].Interest = "telling customers about offers"
	}, func(p *policy.Policy) {
		p.Purposes[0].DirectMarketing = true
		p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
		p.Purposes[0].Withdraw = "in settings"
	}, "purposes[purpose.p0].bases", policy.SeverityError, "prior consent"}}
	cases["152fz.11"] = []lawCase{{"biometric without written consent", func(p *policy.Policy) { p.Categories[0].Biometric = true },
		func(p *policy.Policy) { p.Categories[0].Biometric = true; explicit(p) }, "purposes[purpose.p0].bases", policy.SeverityError, "biometric"},
		// Art. 11(2): a federal law, such as the law on transport
		// security, may provide for processing without consent.
		{"biometric on an obligation under a foreign law", func(p *policy.Policy) {
			p.Categories[0].Biometric = true
			p.Purposes[0].Bases = []policy.Basis{policy.BasisLegalObligation}
			p.Purposes[0].Obligations = []policy.Obligation{{Act: "Transport Security Act", Region: language.MustParseRegion("DE")}}
		}, func(p *policy.Policy) {
			p.Categories[0].Biometric = true
			p.Purposes[0].Bases = []policy.Basis{policy.BasisLegalObligation}
			p.Purposes[0].Obligations = []policy.Obligation{{Act: "Federal Law No. 16-FZ “On Transport Security”", Region: language.MustParseRegion("RU")}}
		}, "purposes[purpose.p0].bases", policy.SeverityError, "Art. 11(2)"}}
	cases["152fz.12"] = []lawCase{
		{"clauses to a country without protection", func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardStandardClauses, us
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardContractNecessity, us
		}, "transfers[0].safeguard", policy.SeverityError, "notified"},
		{"clauses before 1 March 2023", func(p *policy.Policy) {
			effective(p, policy.MakeDate(2022, 6, 1))
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardStandardClauses, us
		}, func(p *policy.Policy) {
			effective(p, policy.MakeDate(2022, 6, 1))
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardExplicitConsent, us
		}, "transfers[0].safeguard", policy.SeverityError, "written consent"},
		// Art. 12(3) requires the notification, not that the policy
		// state its date: a warning, as 152fz.22 for the register number.
		{"day of notification not stated", func(p *policy.Policy) { p.Transfers[0].Notified = policy.Date{} },
			func(p *policy.Policy) {
				p.Transfers[0].Notified = policy.Date{}
				effective(p, policy.MakeDate(2023, 2, 28))
			}, "transfers[0].notified", policy.SeverityWarning, "separately from the notification of processing"},
		{"notice neither dated nor stated", func(p *policy.Policy) { p.Transfers[0].Notified = policy.Date{} },
			func(p *policy.Policy) { p.Transfers[0].Notified, p.Transfers[0].NoticeGiven = policy.Date{}, true },
			"transfers[0].notified", policy.SeverityWarning, "separately from the notification of processing"},
		{"notified after the policy took effect", func(p *policy.Policy) { p.Transfers[0].Notified = policy.MakeDate(2025, 1, 2) },
			func(p *policy.Policy) { p.Transfers[0].Notified = policy.MakeDate(2025, 1, 1) }, "transfers[0].notified", policy.SeverityError, "must precede"},
		{"before the notification was considered", func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardContractNecessity, us
			p.Transfers[0].Notified = policy.MakeDate(2024, 12, 20) // Friday; considered by 3 January
		}, func(p *policy.Policy) {
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardContractNecessity, us
			p.Transfers[0].Notified = policy.MakeDate(2024, 12, 13) // Friday; considered by 27 December
		}, "transfers[0].notified", policy.SeverityError, "10 working days, 2025-01-03"},
	}
	cases["152fz.18.5"] = []lawCase{{"not localised", func(p *policy.Policy) { p.Storage = nil },
		func(p *policy.Policy) {
			p.Storage = nil
			for _, c := range p.Categories {
				c.Storage = []policy.Storage{{Location: ru}}
			}
		}, "categories[category.c0].storage", policy.SeverityError, "Russia"}}
	cases["152fz.18.1"] = []lawCase{{"not published", func(p *policy.Policy) { p.URL = "" },
		func(p *policy.Policy) { p.URL = "https://generated.example/legal/privacy" }, "url", policy.SeverityError, ""},
		{"no security measures", func(p *policy.Policy) { p.Security = nil },
			func(p *policy.Policy) { p.Security = []policy.Measure{{Name: "Internal rules on data processing"}} }, "security", policy.SeverityError, "protection of personal data"}}
	cases["152fz.18.1.1.2"] = []lawCase{
		{"no data subjects", func(p *policy.Policy) { p.Purposes[1].Subjects = nil },
			func(p *policy.Policy) {
				p.Purposes[1].Subjects = []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}
			},
			"purposes[purpose.p1].subjects", policy.SeverityError, "categories of data subjects"},
		{"no method", func(p *policy.Policy) { p.Purposes[0].Method = 0 },
			func(p *policy.Policy) { p.Purposes[0].Method = policy.ProcessingMethodMixed }, "purposes[purpose.p0].method", policy.SeverityError, "automation tools"},
		{"a purpose without personal data needs neither", func(p *policy.Policy) {
			p.Purposes[0].Subjects, p.Purposes[0].Method = nil, 0
		}, func(p *policy.Policy) {
			p.Purposes[0].Subjects, p.Purposes[0].Method = nil, 0
			for _, c := range p.Purposes[0].Categories {
				c.Sensitivity = policy.SensitivityNotPersonal
			}
		}, "purposes[purpose.p0].subjects", policy.SeverityError, "purpose \"purpose.p0\""},
	}
	cases["152fz.3.3"] = []lawCase{{"no actions", func(p *policy.Policy) { p.Purposes[2].Actions = nil },
		func(p *policy.Policy) { p.Purposes[2].Actions = policy.Actions() }, "purposes[purpose.p2].actions", policy.SeverityError, "actions performed"}}
	cases["152fz.21"] = []lawCase{
		{"no deletion", func(p *policy.Policy) { p.Deletion = nil },
			func(p *policy.Policy) {
				p.Deletion = []policy.Deletion{{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalBackups, Within: policy.Days(30)}}}}
			}, "deletion", policy.SeverityError, "destroyed"},
		{"a purpose's data not covered", func(p *policy.Policy) {
			p.Deletion[0].Categories = p.Purposes[0].Categories
		}, func(p *policy.Policy) {
			p.Deletion[0].Categories = p.Purposes[0].Categories
			p.Deletion = append(p.Deletion, policy.Deletion{From: policy.EventPurposeAchieved, Categories: p.Categories[10:],
				Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}})
		}, "purposes[purpose.p1].categories", policy.SeverityError, "category.c10"},
		{"longer than 30 days", func(p *policy.Policy) {
			p.Deletion[0].From = policy.EventConsentWithdrawal
			p.Deletion[0].Stages = append(p.Deletion[0].Stages, policy.Stage{Removal: policy.RemovalBackups, Within: policy.Days(1)})
		}, func(p *policy.Policy) {
			p.Deletion[0].From = policy.EventConsentWithdrawal
			p.Deletion[0].Stages = []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(10)}, {Removal: policy.RemovalBackups, Within: policy.Days(20)}}
		}, "deletion[0].stages", policy.SeverityError, "31 days after withdrawal of consent"},
	}
	cases["152fz.14.17"] = []lawCase{
		{"no rights", func(p *policy.Policy) { p.Rights = nil },
			func(p *policy.Policy) {
				p.Rights = nil
				for _, k := range []policy.RightKind{policy.RightAccess, policy.RightRectification, policy.RightRestriction, policy.RightErasure,
					policy.RightComplaint, policy.RightWithdrawConsent, policy.RightObjection, policy.RightPortability, policy.RightNonDiscrimination} {
					p.Rights = append(p.Rights, policy.Right{Kind: k})
				}
			}, "rights", policy.SeverityError, "information about the processing"},
		{"blocking", func(p *policy.Policy) { removeRight(p, policy.RightRestriction) },
			func(p *policy.Policy) { removeRight(p, policy.RightPortability) }, "rights", policy.SeverityError, "blocked"},
		{"appeal to Roskomnadzor or a court", func(p *policy.Policy) { removeRight(p, policy.RightComplaint) },
			func(p *policy.Policy) { removeRight(p, policy.RightObjection) }, "rights", policy.SeverityError, "Roskomnadzor or a court"},
		// The law's Authority names Roskomnadzor in every document under
		// 152-FZ; it does not state the right of Art. 17(1).
		{"authority named, right not stated", func(p *policy.Policy) { removeRight(p, policy.RightComplaint) },
			func(p *policy.Policy) {}, "rights", policy.SeverityError, "naming the supervisory authority"},
		{"withdrawal of consent", func(p *policy.Policy) { removeRight(p, policy.RightWithdrawConsent) },
			func(p *policy.Policy) {
				removeRight(p, policy.RightWithdrawConsent)
				for _, pu := range p.Purposes {
					if pu.HasBasis(policy.BasisConsent) {
						pu.Bases, pu.Withdraw = []policy.Basis{policy.BasisContract}, ""
					}
				}
			}, "rights", policy.SeverityError, "Art. 9(2)"},
	}
	cases["152fz.22"] = []lawCase{
		{"no register number", func(p *policy.Policy) { p.OperatorRegister = policy.OperatorRegister{} },
			func(p *policy.Policy) { p.OperatorRegister = policy.OperatorRegister{Exempt: true} }, "operator_register", policy.SeverityWarning, "register of operators"},
		{"number and exemption", func(p *policy.Policy) { p.OperatorRegister.Exempt = true },
			func(p *policy.Policy) { p.OperatorRegister = policy.OperatorRegister{Number: "77-25-000002"} }, "operator_register.exempt", policy.SeverityWarning, "77-25-000001"},
		{"notified after the policy took effect", func(p *policy.Policy) { p.OperatorRegister.Notified = policy.MakeDate(2025, 1, 2) },
			func(p *policy.Policy) { p.OperatorRegister.Notified = policy.MakeDate(2025, 1, 1) }, "operator_register.notified", policy.SeverityWarning, "precedes processing"},
	}
	cases["152fz.22.1"] = []lawCase{{"no responsible person", func(p *policy.Policy) { p.Responsible = nil },
		func(p *policy.Policy) { p.Responsible = &policy.Contact{Name: "Anna", Address: "Moscow"} }, "responsible", policy.SeverityError, "not the GDPR's data protection officer"},
		// Art. 22.1(1) obliges an operator that is a legal entity.
		{"an individual entrepreneur appoints no one", func(p *policy.Policy) { p.Responsible = nil },
			func(p *policy.Policy) { p.Responsible, p.Controller.Individual = nil, true }, "responsible", policy.SeverityError, "legal entity"}}

	cases["152fz.21.3.1"] = []lawCase{
		{"a breach told in 72 hours", func(p *policy.Policy) { breach(p, policy.Hours(72), policy.Hours(72)) },
			func(p *policy.Policy) { breach(p, policy.Hours(24), policy.Hours(72)) }, "security[0].breach.authority", policy.SeverityError, "within 72 hours, longer than the 24 hours"},
		{"results told in 5 days", func(p *policy.Policy) { breach(p, policy.Days(1), policy.Days(5)) },
			func(p *policy.Policy) { breach(p, policy.Days(1), policy.Days(3)) }, "security[0].breach.results", policy.SeverityError, "results of investigating a breach within 5 days, longer than the 72 hours"},
	}
	cases["152fz.14.3"] = []lawCase{
		{"longer than 10 working days", func(p *policy.Policy) { p.Requests.Deadline = policy.Days(15) },
			func(p *policy.Policy) { p.Requests.Deadline = policy.Days(14) }, "requests.deadline", policy.SeverityError, "longer than the 10 working days"},
		{"longer than 10 working days, counted in working days", func(p *policy.Policy) { p.Requests.Deadline, p.Requests.WorkingDays = policy.Days(11), true },
			func(p *policy.Policy) { p.Requests.Deadline, p.Requests.WorkingDays = policy.Days(10), true }, "requests.deadline", policy.SeverityError, "within 11 working days, longer than the 10 working days"},
		{"extension too long in working days", func(p *policy.Policy) {
			p.Requests.Deadline, p.Requests.Extension, p.Requests.WorkingDays = policy.Days(10), policy.Days(6), true
		}, func(p *policy.Policy) {
			p.Requests.Deadline, p.Requests.Extension, p.Requests.WorkingDays = policy.Days(10), policy.Days(5), true
		}, "requests.extension", policy.SeverityError, "16 working days in all"},
		{"extension too long", func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(14), policy.Days(8) },
			func(p *policy.Policy) { p.Requests.Deadline, p.Requests.Extension = policy.Days(14), policy.Days(7) }, "requests.extension", policy.SeverityError, "22 days in all to answer, longer than the 15 working days"},
	}
	return cases
}
