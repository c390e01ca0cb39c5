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
			adequacy: ukAdequacy(),
			refuse: func(s Safeguard, dest language.Region) string {
				if why := dpfOutsideUS(s, dest); why != "" {
					return why
				}
				if s == StandardClauses {
					return "EU standard contractual clauses need the UK Addendum for transfers under the UK GDPR; declare uk_transfer_agreement"
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
	out = append(out, decisions("AD AR CA CH FO GG GI IL IM JE JP NZ UY", brexit, "")...)
	out = append(out,
		AdequacyDecision{region("KR"), MakeDate(2022, time.December, 19), ""},
		AdequacyDecision{region("US"), MakeDate(2023, time.October, 12), "organisations certified under the UK Extension to the Data Privacy Framework"},
	)
	return sortDecisions(out)
}
