package policy

import (
	"maps"
	"slices"
	"time"

	"golang.org/x/text/language"
)

// UKGDPR is the UK GDPR and the Data Protection Act 2018.
const UKGDPR Law = 2

func init() {
	registerLaw(&lawDescriptor{
		law:      UKGDPR,
		key:      "uk_gdpr",
		name:     "UK GDPR",
		fullName: "UK General Data Protection Regulation and Data Protection Act 2018",
		home:     regions("GB"),
		cite:     ukCitations(),
		transfers: &transferRegime{
			checked:  MakeDate(2026, time.November, 27),
			adequacy: ukAdequacy(),
			// Adequacy regulations under DPA 2018 s. 17A; those the UK kept
			// from the EU have effect as such (Sch. 21 paras. 4, 5).
			terms: adequacyTerms{one: "adequacy regulations for %s", plural: true, cite: "UK GDPR Art. 45, DPA 2018 s. 17A",
				list: "the UK's adequacy regulations"},
			refuse: func(s Safeguard, _ language.Region, _ Date) string {
				switch s {
				case SafeguardStandardClauses:
					return "EU standard contractual clauses need the UK Addendum for transfers under the UK GDPR; declare uk_transfer_agreement"
				case SafeguardANPDClauses:
					return ukOnly(s)
				}
				return ""
			},
		},
		// The Data (Use and Access) Act 2025 replaces the Commissioner with
		// the Information Commission (ss. 117-119). Section 117 is in force
		// (SI 2025/904 reg. 2(r)), but the functions move only when s. 119
		// is brought into force by regulations whose date was not found in
		// the sources checked; SI 2026/386 renames the Commissioner in other
		// acts from that date. Until then the ICO is the authority.
		authority: SupervisoryAuthority{Name: "the Information Commissioner's Office (ICO)", URL: "https://ico.org.uk"},
		rules:     append(gdprRules(UKGDPR, "ukgdpr"), ukRules()...),
		deadline:  ResponseDeadline{Period: Months(1), Extension: Months(2), Article: "Art. 12(3), 12A"},
		rights:    []RightKind{RightAccess, RightRectification, RightErasure, RightRestriction, RightPortability, RightObjection, RightWithdrawConsent, RightComplaint, RightNoAutomatedDecision, RightControllerComplaint},
	})
}

// ukAdequacy returns the UK's adequacy regulations ("data bridges", UK GDPR
// Art. 45 and the transitional provisions of the Data Protection Act 2018,
// Sch. 21).
func ukAdequacy() []AdequacyDecision {
	brexit := MakeDate(2021, time.January, 1)
	out := decisions(eeaStates, brexit, "")
	// Sch. 21, para. 5 deems the EEA states and the Union's institutions
	// adequate, so a transfer to the EU as a whole needs no other ground.
	out = append(out, decisions("EU", brexit, "")...)
	out = append(out, decisions("AD AR CH FO GG GI IL IM JE NZ UY", brexit, "")...)
	// The decisions the UK kept from the EU keep their scope.
	out = append(out,
		AdequacyDecision{Region: region("CA"), Since: brexit, Scope: "organisations subject to PIPEDA"},
		AdequacyDecision{Region: region("JP"), Since: brexit, Scope: "personal information handling business operators subject to the Act on the Protection of Personal Information and the Supplementary Rules"},
		AdequacyDecision{Region: region("KR"), Since: MakeDate(2022, time.December, 19)},
		AdequacyDecision{Region: region("US"), Since: MakeDate(2023, time.October, 12), Certified: true,
			Scope: "organisations certified under the UK Extension to the EU-US Data Privacy Framework",
			Act:   "The Data Protection (Adequacy) (United States of America) Regulations 2023"},
	)
	return sortDecisions(out)
}

// ukCitations are the EU GDPR's citations and the ground the Data (Use and
// Access) Act 2025 added, recognised legitimate interests (Art. 6(1)(ea)).
func ukCitations() map[Basis]string {
	m := maps.Clone(gdprCitations)
	m[BasisRecognisedLegitimateInterests] = "Art. 6(1)(ea)"
	return m
}

// Commencement of the Data (Use and Access) Act 2025 (Royal Assent 19 June
// 2025) by the Data (Use and Access) Act 2025 (Commencement No. 6 and
// Transitional and Saving Provisions) Regulations 2026 (SI 2026/82).
// Checked against the text of reg. 2 as published (ss. 70, 76, 77, 80
// and 85 among the provisions in force on 5 February 2026); the date of
// s. 103, 19 June 2026, against the ICO's and practitioners' reports of
// the same Regulations, not against the regulation's own text.
var (
	// duaaMain is when ss. 70 and 80 (Art. 6(1)(ea) and Annex 1, Arts.
	// 22A-22D) came into force: SI 2026/82 reg. 2.
	duaaMain = MakeDate(2026, time.February, 5)
	// duaaComplaints is when s. 103 (DPA 2018 s. 164A, complaints to the
	// controller) came into force, under SI 2026/82.
	duaaComplaints = MakeDate(2026, time.June, 19)
)

// ComplaintTimetable reports whether the policy is under DPA 2018 s.
// 164A, which obliges a controller to acknowledge a complaint within 30
// days and to tell the complainant its outcome without undue delay: it
// declares the UK GDPR and takes effect on or after 19 June 2026, when
// the section came into force. A document states the timetable with the
// right to complain to the controller only then.
func (p *Policy) ComplaintTimetable() bool {
	return slices.Contains(p.Laws, UKGDPR) && !p.Effective.Before(duaaComplaints)
}

// ukRules are the rules of the UK GDPR and the DPA 2018 that the EU GDPR
// lacks, added by the Data (Use and Access) Act 2025. Each applies to a
// policy that takes effect on or after its commencement.
func ukRules() []Requirement {
	rule := ruleFor(UKGDPR, "ukgdpr")
	return []Requirement{
		rule("6.1.ea", "Art. 6(1)(ea), Annex 1", "recognised legitimate interests: only from its commencement (5 February 2026), naming the Annex 1 condition relied on",
			func(c *lawCheck) {
				for i, pu := range c.p.Purposes {
					if pu == nil || !c.rests(i, BasisRecognisedLegitimateInterests) {
						continue
					}
					switch path := elem("purposes", pu.ID, i); {
					case c.p.Effective.Before(duaaMain):
						c.add(SeverityError, path+".bases", "purpose %q rests on recognised legitimate interests, a ground only from %s; the policy takes effect on %s", pu.ID, duaaMain, c.p.Effective)
					case pu.Interest == "":
						c.add(SeverityError, path+".interest", "purpose %q rests on recognised legitimate interests but does not say which condition of Annex 1 it relies on (interest)", pu.ID)
					}
				}
			}),
		rule("22B.22C", "Art. 22B, 22C", "for significant decisions based solely on automated processing: the safeguards (to make representations, obtain human intervention and contest the decision), and special categories only on explicit consent or a substantial public interest",
			func(c *lawCheck) {
				if c.p.Effective.Before(duaaMain) {
					return // Art. 22 applied, checked by ukgdpr.22.2 and the rule on Art. 13(2)(f)
				}
				for i, pu := range c.p.Purposes {
					if pu == nil || pu.Automated == "" || !c.uses(i, factSpecial) {
						continue
					}
					if !c.rests(i, BasisExplicitConsent, BasisSubstantialPublicInterest) {
						for _, cat := range pu.Categories {
							if cat != nil && cat.Sensitivity == SensitivitySpecial {
								c.add(SeverityError, elem("purposes", pu.ID, i)+".bases", "purpose %q makes automated decisions on special categories of data (%q) without explicit consent or a substantial public interest", pu.ID, cat.ID)
								break
							}
						}
					}
				}
				for _, pu := range c.p.Purposes {
					if pu != nil && pu.Automated != "" && !hasRight(c.p, RightNoAutomatedDecision) {
						c.add(SeverityError, "rights", "purpose %q makes automated decisions but the policy does not state the safeguards: to make representations, obtain human intervention and contest the decision (no_automated_decision)", pu.ID)
						break
					}
				}
			}),
		rule("164A", "DPA 2018 s. 164A", "the right to complain to the controller, which must offer a way to do so, for a policy in effect from 19 June 2026",
			func(c *lawCheck) {
				if !c.p.Effective.Before(duaaComplaints) && !hasRight(c.p, RightControllerComplaint) {
					c.add(SeverityError, "rights", "the policy does not say how to complain to the controller (controller_complaint), which the controller must offer from %s", duaaComplaints)
				}
			}),
	}
}
