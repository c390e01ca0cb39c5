package policy

import (
	"fmt"
	"strings"
)

// A Basis is a legal ground for processing personal data: one of the six
// grounds of GDPR Art. 6(1) or, for special categories of data, one of the
// ten conditions of GDPR Art. 9(2). Other laws name equivalent grounds under
// their own numbering; [Basis.Citation] gives it.
//
// The zero Basis is not a ground; the validator reports it.
type Basis uint8

// The grounds of GDPR Art. 6(1).
const (
	BasisConsent             Basis = iota + 1 // Art. 6(1)(a): the data subject's consent.
	BasisContract                             // Art. 6(1)(b): a contract with the data subject, or steps before entering into one.
	BasisLegalObligation                      // Art. 6(1)(c): a legal obligation of the controller.
	BasisVitalInterests                       // Art. 6(1)(d): the vital interests of the data subject or another person.
	BasisPublicTask                           // Art. 6(1)(e): a task in the public interest or official authority.
	BasisLegitimateInterests                  // Art. 6(1)(f): the legitimate interests of the controller or a third party.
)

// The conditions of GDPR Art. 9(2) for special categories of personal data.
const (
	BasisExplicitConsent           Basis = iota + 11 // Art. 9(2)(a): explicit consent.
	BasisEmploymentLaw                               // Art. 9(2)(b): employment, social security and social protection law.
	BasisVitalInterestsIncapable                     // Art. 9(2)(c): vital interests where the data subject cannot give consent.
	BasisNotForProfitBody                            // Art. 9(2)(d): members of a not-for-profit body.
	BasisMadePublic                                  // Art. 9(2)(e): data manifestly made public by the data subject.
	BasisLegalClaims                                 // Art. 9(2)(f): establishment, exercise or defence of legal claims.
	BasisSubstantialPublicInterest                   // Art. 9(2)(g): substantial public interest on the basis of law.
	BasisHealthCare                                  // Art. 9(2)(h): preventive or occupational medicine and health care.
	BasisPublicHealth                                // Art. 9(2)(i): public health.
	BasisArchivingResearch                           // Art. 9(2)(j): archiving, scientific or historical research, statistics.
)

// Grounds of Brazil's LGPD that have no GDPR equivalent. Under the GDPR they
// are not grounds, and the GDPR rules say so.
const (
	BasisResearchBody     Basis = iota + 21 // LGPD Art. 7(IV): studies by a research body.
	BasisExerciseOfRights                   // LGPD Art. 7(VI), 11(II)(d): the regular exercise of rights in proceedings.
	BasisHealthProtection                   // LGPD Art. 7(VIII): protection of health by health professionals or authorities.
	BasisCreditProtection                   // LGPD Art. 7(X): protection of credit.
	BasisFraudPrevention                    // LGPD Art. 11(II)(g): fraud prevention and the security of the data subject, for sensitive data.
)

// Grounds of the UK GDPR that the EU GDPR lacks.
const (
	// BasisRecognisedLegitimateInterests is UK GDPR Art. 6(1)(ea), added by the
	// Data (Use and Access) Act 2025: a recognised legitimate interest of
	// Annex 1 (disclosure for a public task, national security and
	// defence, emergencies, crime, safeguarding), which needs no balancing
	// test. Under other laws it is not a ground.
	BasisRecognisedLegitimateInterests Basis = iota + 26
)

type basisInfo struct {
	key  string // stable identifier used in JSON
	name string // English name, the source text for translations
}

// Each law's citations of these grounds are in its descriptor (law_*.go).
var bases = [...]basisInfo{
	BasisConsent:                   {"consent", "consent"},
	BasisContract:                  {"contract", "performance of a contract"},
	BasisLegalObligation:           {"legal_obligation", "compliance with a legal obligation"},
	BasisVitalInterests:            {"vital_interests", "protection of vital interests"},
	BasisPublicTask:                {"public_task", "performance of a task in the public interest"},
	BasisLegitimateInterests:       {"legitimate_interests", "legitimate interests"},
	BasisExplicitConsent:           {"explicit_consent", "explicit consent"},
	BasisEmploymentLaw:             {"employment_law", "obligations in employment and social security law"},
	BasisVitalInterestsIncapable:   {"vital_interests_incapable", "vital interests of a person incapable of giving consent"},
	BasisNotForProfitBody:          {"not_for_profit_body", "activities of a not-for-profit body"},
	BasisMadePublic:                {"made_public", "data manifestly made public by the data subject"},
	BasisLegalClaims:               {"legal_claims", "establishment, exercise or defence of legal claims"},
	BasisSubstantialPublicInterest: {"substantial_public_interest", "substantial public interest"},
	BasisHealthCare:                {"health_care", "preventive or occupational medicine and health care"},
	BasisPublicHealth:              {"public_health", "public interest in public health"},
	BasisArchivingResearch:         {"archiving_research", "archiving, research or statistical purposes"},
	BasisResearchBody:              {"research_body", "studies by a research body"},
	BasisExerciseOfRights:          {"exercise_of_rights", "exercise of rights in judicial, administrative or arbitration proceedings"},
	BasisHealthProtection:          {"health_protection", "protection of health by health professionals or authorities"},
	BasisCreditProtection:          {"credit_protection", "protection of credit"},
	BasisFraudPrevention:           {"fraud_prevention", "fraud prevention and the security of the data subject"},

	BasisRecognisedLegitimateInterests: {"recognised_legitimate_interests", "recognised legitimate interests"},
}

// Bases returns every defined Basis in canonical order: the Art. 6(1) grounds
// (a) to (f), the Art. 9(2) conditions (a) to (j), the LGPD grounds GDPR
// lacks, then the UK GDPR's recognised legitimate interests.
func Bases() []Basis {
	out := make([]Basis, 0, 22)
	for b := range bases {
		if bases[b].key != "" {
			out = append(out, Basis(b))
		}
	}
	return out
}

// Valid reports whether b is one of the defined grounds.
func (b Basis) Valid() bool { return int(b) < len(bases) && bases[b].key != "" }

// Special reports whether b is a condition for processing special
// categories of personal data: a GDPR Art. 9(2) condition, or a ground of
// LGPD Art. 11 that GDPR lacks.
func (b Basis) Special() bool {
	return b.Valid() && (b >= BasisExplicitConsent && b <= BasisArchivingResearch || b == BasisFraudPrevention)
}

// IsConsent reports whether b rests on the data subject's consent, which the
// data subject may withdraw at any time (GDPR Art. 7(3)).
func (b Basis) IsConsent() bool { return b == BasisConsent || b == BasisExplicitConsent }

// Name returns the English name of the ground, such as "legitimate
// interests". Renderers translate it; it is also the key for translations.
func (b Basis) Name() string {
	if !b.Valid() {
		return ""
	}
	return bases[b].name
}

// String returns the stable identifier of b used in JSON, such as
// "legitimate_interests", or "Basis(N)" for an undefined value.
func (b Basis) String() string {
	if !b.Valid() {
		return fmt.Sprintf("Basis(%d)", uint8(b))
	}
	return bases[b].key
}

// Citation returns where law provides for the ground, in that law's own
// numbering, such as "Art. 6(1)(f)" for [GDPR] or "Art. 6(1)(7)" for [FZ152].
// It reports false when the law has no equivalent ground (the CCPA, for one,
// does not list legal grounds; the FADP cites only some, see [FADP]).
func (b Basis) Citation(law Law) (string, bool) {
	d := law.descriptor()
	if !b.Valid() || d == nil {
		return "", false
	}
	c, ok := d.cite[b]
	return c, ok && c != ""
}

// SensitiveCitation returns where law provides for b again for sensitive
// or special-category data, where it does so apart from the provision
// Citation gives, such as "Art. 11(II)(a)" for a legal obligation under
// the LGPD, whose Art. 11(II) repeats for sensitive data grounds of
// Art. 7. ok is false where the law has no such provision for b.
func (b Basis) SensitiveCitation(law Law) (cite string, ok bool) {
	d := law.descriptor()
	if !b.Valid() || d == nil {
		return "", false
	}
	c := d.specialCite[b]
	return c, c != ""
}

// MarshalText implements [encoding.TextMarshaler].
func (b Basis) MarshalText() ([]byte, error) {
	if !b.Valid() {
		return nil, fmt.Errorf("policy: invalid legal basis %d", uint8(b))
	}
	return []byte(bases[b].key), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (b *Basis) UnmarshalText(text []byte) error {
	for i := range bases {
		if bases[i].key != "" && bases[i].key == string(text) {
			*b = Basis(i)
			return nil
		}
	}
	return fmt.Errorf("unknown legal basis %q (want one of %s)", text, keysOf(Bases()))
}

func keysOf[T fmt.Stringer](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = v.String()
	}
	return strings.Join(s, ", ")
}
