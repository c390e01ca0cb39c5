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
	Consent             Basis = iota + 1 // Art. 6(1)(a): the data subject's consent.
	Contract                             // Art. 6(1)(b): a contract with the data subject, or steps before entering into one.
	LegalObligation                      // Art. 6(1)(c): a legal obligation of the controller.
	VitalInterests                       // Art. 6(1)(d): the vital interests of the data subject or another person.
	PublicTask                           // Art. 6(1)(e): a task in the public interest or official authority.
	LegitimateInterests                  // Art. 6(1)(f): the legitimate interests of the controller or a third party.
)

// The conditions of GDPR Art. 9(2) for special categories of personal data.
const (
	ExplicitConsent           Basis = iota + 11 // Art. 9(2)(a): explicit consent.
	EmploymentLaw                               // Art. 9(2)(b): employment, social security and social protection law.
	VitalInterestsIncapable                     // Art. 9(2)(c): vital interests where the data subject cannot give consent.
	NotForProfitBody                            // Art. 9(2)(d): members of a not-for-profit body.
	MadePublic                                  // Art. 9(2)(e): data manifestly made public by the data subject.
	LegalClaims                                 // Art. 9(2)(f): establishment, exercise or defence of legal claims.
	SubstantialPublicInterest                   // Art. 9(2)(g): substantial public interest on the basis of law.
	HealthCare                                  // Art. 9(2)(h): preventive or occupational medicine and health care.
	PublicHealth                                // Art. 9(2)(i): public health.
	ArchivingResearch                           // Art. 9(2)(j): archiving, scientific or historical research, statistics.
)

// Grounds of Brazil's LGPD that have no GDPR equivalent. Under the GDPR they
// are not grounds, and the GDPR rules say so.
const (
	ResearchBody     Basis = iota + 21 // LGPD Art. 7(IV): studies by a research body.
	ExerciseOfRights                   // LGPD Art. 7(VI), 11(II)(d): the regular exercise of rights in proceedings.
	HealthProtection                   // LGPD Art. 7(VIII): protection of health by health professionals or authorities.
	CreditProtection                   // LGPD Art. 7(X): protection of credit.
	FraudPrevention                    // LGPD Art. 11(II)(g): fraud prevention and the security of the data subject, for sensitive data.
)

type basisInfo struct {
	key  string // stable identifier used in JSON
	name string // English name, the source text for translations
	// citations under each law, indexed by Law.
	cite [numLaws]string
}

var bases = [...]basisInfo{
	Consent: {"consent", "consent", [numLaws]string{
		GDPR: "Art. 6(1)(a)", UKGDPR: "Art. 6(1)(a)", FZ152: "Art. 6(1)(1)", LGPD: "Art. 7(I)"}},
	Contract: {"contract", "performance of a contract", [numLaws]string{
		GDPR: "Art. 6(1)(b)", UKGDPR: "Art. 6(1)(b)", FZ152: "Art. 6(1)(5)", LGPD: "Art. 7(V)"}},
	LegalObligation: {"legal_obligation", "compliance with a legal obligation", [numLaws]string{
		GDPR: "Art. 6(1)(c)", UKGDPR: "Art. 6(1)(c)", FZ152: "Art. 6(1)(2)", LGPD: "Art. 7(II)"}},
	VitalInterests: {"vital_interests", "protection of vital interests", [numLaws]string{
		GDPR: "Art. 6(1)(d)", UKGDPR: "Art. 6(1)(d)", FZ152: "Art. 6(1)(6)", LGPD: "Art. 7(VII)"}},
	PublicTask: {"public_task", "performance of a task in the public interest", [numLaws]string{
		GDPR: "Art. 6(1)(e)", UKGDPR: "Art. 6(1)(e)", FZ152: "Art. 6(1)(4)", LGPD: "Art. 7(III)"}},
	LegitimateInterests: {"legitimate_interests", "legitimate interests", [numLaws]string{
		GDPR: "Art. 6(1)(f)", UKGDPR: "Art. 6(1)(f)", FZ152: "Art. 6(1)(7)", LGPD: "Art. 7(IX)"}},
	ExplicitConsent: {"explicit_consent", "explicit consent", [numLaws]string{
		GDPR: "Art. 9(2)(a)", UKGDPR: "Art. 9(2)(a)", FZ152: "Art. 10(2)(1)", LGPD: "Art. 11(I)"}},
	EmploymentLaw: {"employment_law", "obligations in employment and social security law", [numLaws]string{
		GDPR: "Art. 9(2)(b)", UKGDPR: "Art. 9(2)(b)", LGPD: "Art. 11(II)(a)"}},
	VitalInterestsIncapable: {"vital_interests_incapable", "vital interests of a person incapable of giving consent", [numLaws]string{
		GDPR: "Art. 9(2)(c)", UKGDPR: "Art. 9(2)(c)", LGPD: "Art. 11(II)(e)"}},
	NotForProfitBody: {"not_for_profit_body", "activities of a not-for-profit body", [numLaws]string{
		GDPR: "Art. 9(2)(d)", UKGDPR: "Art. 9(2)(d)"}},
	MadePublic: {"made_public", "data manifestly made public by the data subject", [numLaws]string{
		GDPR: "Art. 9(2)(e)", UKGDPR: "Art. 9(2)(e)"}},
	LegalClaims: {"legal_claims", "establishment, exercise or defence of legal claims", [numLaws]string{
		GDPR: "Art. 9(2)(f)", UKGDPR: "Art. 9(2)(f)", LGPD: "Art. 11(II)(d)"}},
	SubstantialPublicInterest: {"substantial_public_interest", "substantial public interest", [numLaws]string{
		GDPR: "Art. 9(2)(g)", UKGDPR: "Art. 9(2)(g)", LGPD: "Art. 11(II)(b)"}},
	HealthCare: {"health_care", "preventive or occupational medicine and health care", [numLaws]string{
		GDPR: "Art. 9(2)(h)", UKGDPR: "Art. 9(2)(h)", LGPD: "Art. 11(II)(f)"}},
	PublicHealth: {"public_health", "public interest in public health", [numLaws]string{
		GDPR: "Art. 9(2)(i)", UKGDPR: "Art. 9(2)(i)", LGPD: "Art. 11(II)(f)"}},
	ArchivingResearch: {"archiving_research", "archiving, research or statistical purposes", [numLaws]string{
		GDPR: "Art. 9(2)(j)", UKGDPR: "Art. 9(2)(j)", LGPD: "Art. 11(II)(c)"}},
	ResearchBody: {"research_body", "studies by a research body", [numLaws]string{
		LGPD: "Art. 7(IV)"}},
	ExerciseOfRights: {"exercise_of_rights", "exercise of rights in judicial, administrative or arbitration proceedings", [numLaws]string{
		LGPD: "Art. 7(VI)"}},
	HealthProtection: {"health_protection", "protection of health by health professionals or authorities", [numLaws]string{
		LGPD: "Art. 7(VIII)"}},
	CreditProtection: {"credit_protection", "protection of credit", [numLaws]string{
		LGPD: "Art. 7(X)"}},
	FraudPrevention: {"fraud_prevention", "fraud prevention and the security of the data subject", [numLaws]string{
		LGPD: "Art. 11(II)(g)"}},
}

// Bases returns every defined Basis in canonical order: the Art. 6(1) grounds
// (a) to (f), the Art. 9(2) conditions (a) to (j), then the LGPD grounds
// GDPR lacks.
func Bases() []Basis {
	out := make([]Basis, 0, 21)
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
	return b.Valid() && (b >= ExplicitConsent && b <= ArchivingResearch || b == FraudPrevention)
}

// IsConsent reports whether b rests on the data subject's consent, which the
// data subject may withdraw at any time (GDPR Art. 7(3)).
func (b Basis) IsConsent() bool { return b == Consent || b == ExplicitConsent }

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
// does not list legal grounds).
func (b Basis) Citation(law Law) (string, bool) {
	if !b.Valid() || !law.Valid() {
		return "", false
	}
	c := bases[b].cite[law]
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

// A Law is a data-protection law a service declares itself subject to.
// Rules and wording specific to a law hang off its value.
type Law uint8

// The laws the library knows.
const (
	GDPR   Law = iota + 1 // Regulation (EU) 2016/679, the General Data Protection Regulation.
	UKGDPR                // The UK GDPR and the Data Protection Act 2018.
	FZ152                 // Federal Law of the Russian Federation No. 152-FZ "On Personal Data".
	LGPD                  // Lei Geral de Proteção de Dados, Brazil's Law No. 13,709/2018.
	CCPA                  // The California Consumer Privacy Act as amended by the CPRA.
	numLaws
)

var lawEnum = enum{"Law",
	[]string{"", "gdpr", "uk_gdpr", "152-fz", "lgpd", "ccpa"},
	[]string{"", "GDPR", "UK GDPR", "Federal Law No. 152-FZ", "LGPD", "CCPA"}}

// Laws returns every defined Law in declaration order.
func Laws() []Law { return []Law{GDPR, UKGDPR, FZ152, LGPD, CCPA} }

// Valid reports whether l is one of the defined laws.
func (l Law) Valid() bool { return lawEnum.valid(uint8(l)) }

// Name returns the short English name of the law, such as "GDPR".
func (l Law) Name() string { return lawEnum.name(uint8(l)) }

// String returns the stable identifier of l used in JSON, such as "gdpr".
func (l Law) String() string { return lawEnum.str(uint8(l)) }

// MarshalText implements [encoding.TextMarshaler].
func (l Law) MarshalText() ([]byte, error) { return lawEnum.marshal(uint8(l)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (l *Law) UnmarshalText(b []byte) error {
	v, err := lawEnum.unmarshal(b)
	*l = Law(v)
	return err
}
