package policy

import (
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
		cite:     gdprCitations,
		transfers: &transferRegime{
			checked:  MakeDate(2026, time.November, 27),
			adequacy: ukAdequacy(),
			refuse: func(s Safeguard, _ language.Region, _ Date) string {
				switch s {
				case StandardClauses:
					return "EU standard contractual clauses need the UK Addendum for transfers under the UK GDPR; declare uk_transfer_agreement"
				case SafeguardANPDClauses:
					return ukOnly(s)
				}
				return ""
			},
		},
		authority: SupervisoryAuthority{Name: "the Information Commissioner's Office (ICO)", URL: "https://ico.org.uk"},
		rules:     gdprRules(UKGDPR, "ukgdpr"),
	})
}

// ukAdequacy returns the UK's adequacy regulations ("data bridges", UK GDPR
// Art. 45 and the transitional provisions of the Data Protection Act 2018,
// Sch. 21).
func ukAdequacy() []AdequacyDecision {
	brexit := MakeDate(2021, time.January, 1)
	out := decisions(eeaStates, brexit, "")
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
