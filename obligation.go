package policy

import "golang.org/x/text/language"

// An Obligation is a law that lays down what a purpose rests on: the
// legal obligation of a purpose on [BasisLegalObligation], or the task in
// the public interest of one on [BasisPublicTask]. A law's grounds accept
// only their own law: GDPR Art. 6(3) requires Union or member-state law,
// the UK GDPR (Art. 6(3)) domestic law, 152-FZ (Art. 6(1)(2)) a law or an
// international treaty of the Russian Federation, and the LGPD (Art.
// 7(II)) a Brazilian legal or regulatory obligation; an obligation counts
// under a law only where its Region is within that law's area
// ([Law.Domestic]). A purpose that several laws govern names the law of
// each, such as Russian and German accounting law.
type Obligation struct {
	// Act names the law and, where it helps, its provision, such as
	// "Federal Law No. 402-FZ “On Accounting”, Art. 29" or
	// "Handelsgesetzbuch (HGB), § 257", written as the law is cited (a
	// name: the document sets it in a list, and checks no shape).
	Act string
	// Region is the jurisdiction whose law it is: a country, or EU for
	// the law of the Union. A treaty is stated with the region of the
	// party whose obligation it is, such as RU for an international
	// treaty of the Russian Federation.
	Region language.Region
}

// RestsOn reports whether p rests on ground b under law: p states b, law
// cites it ([Basis.Citation]), and, for a legal obligation or a task in
// the public interest, p names no law laying it down or names one of
// law's own area. A purpose on a legal obligation under Russian law only,
// for one, rests on it under 152-FZ but not under the GDPR, and the
// document cites the ground under 152-FZ alone.
func (p *Purpose) RestsOn(b Basis, law Law) bool {
	if p == nil || !p.HasBasis(b) {
		return false
	}
	if _, ok := b.Citation(law); !ok {
		return false
	}
	if (b != BasisLegalObligation && b != BasisPublicTask) || len(p.Obligations) == 0 {
		return true
	}
	for _, o := range p.Obligations {
		if law.Domestic(o.Region) {
			return true
		}
	}
	return false
}
