package policy

import (
	"slices"

	"golang.org/x/text/language"
)

// grounds checks the legal grounds of each purpose: a ground wherever
// personal data is used, an Art. 9(2) condition for special categories, the
// interest pursued for legitimate interests, and the way to withdraw
// consent.
func (v *validator) grounds() {
	v.legalActs()
	needGround := groundsApply(v.p.Laws)
	// Special categories need a condition where a law asks one, or where
	// no law is declared.
	needSpecial := len(v.p.Laws) == 0 || slices.ContainsFunc(v.p.Laws, Law.HasSpecialConditions)
	ownSpecial := ownSpecialGrounds(v.p.Laws)
	for i, pu := range v.p.Purposes {
		if pu == nil {
			continue
		}
		path := func() string { return elem("purposes", pu.ID, i) }
		needGround, needSpecial := needGround, needSpecial
		if needGround && len(pu.Regions) > 0 {
			// A purpose limited to some regions' data subjects needs a
			// ground only where a law with grounds reaches them, such as
			// marketing to members in the US under a policy that declares
			// the GDPR for its members in the EU.
			needGround = slices.ContainsFunc(v.p.Laws, func(l Law) bool { return l.HasGrounds() && pu.AppliesUnder(l) })
			needSpecial = slices.ContainsFunc(v.p.Laws, func(l Law) bool { return l.HasSpecialConditions() && pu.AppliesUnder(l) })
		}
		personal := v.purposeFacts[i]&factPersonal != 0
		special := v.purposeFacts[i]&factSpecial != 0
		hasSpecialBasis, hasConsent := false, false
		for _, b := range pu.Bases {
			if b.Valid() { // an undefined ground is reported by values
				hasSpecialBasis = hasSpecialBasis || b.Special() || ownSpecial.has(b)
				hasConsent = hasConsent || b.IsConsent()
			}
		}
		if personal && len(pu.Bases) == 0 && needGround {
			v.add(SeverityError, RuleMissingBasis, path()+".bases", "purpose %q uses personal data but states no legal ground", clip(pu.ID))
		}
		if pu.HasBasis(BasisLegitimateInterests) && pu.Interest == "" {
			v.add(SeverityError, RuleMissingInterest, path()+".interest", "purpose %q rests on legitimate interests but does not say what the interest is (GDPR Art. 13(1)(d))", clip(pu.ID))
		}
		if special && !hasSpecialBasis && needGround && needSpecial {
			v.add(SeverityError, RuleMissingSpecialBasis, path()+".bases", "purpose %q uses a special category of data but states no Art. 9(2) condition", clip(pu.ID))
		}
		if hasConsent && pu.Withdraw == "" {
			v.add(SeverityError, RuleMissingWithdrawal, path()+".withdraw", "purpose %q rests on consent but does not say how to withdraw it (GDPR Art. 7(3), 13(2)(c))", clip(pu.ID))
		}
		v.obligations(i, pu)
		v.criminalAuthority(i, pu)
		v.specialCondition(i, pu)
	}
}

// specialCondition checks the condition of DPA 2018 Schedule 1 a purpose
// states for special categories: a known condition of Part 1 or Part 2,
// the only parts that serve them (s. 10(2), (3)).
func (v *validator) specialCondition(i int, pu *Purpose) {
	d := pu.SpecialCondition
	if d == 0 {
		return
	}
	path := elem("purposes", pu.ID, i) + ".special_condition"
	if !d.Valid() {
		v.add(SeverityError, RuleInvalidValue, path, "%s is not a known condition of DPA 2018 Schedule 1", d)
		return
	}
	if part, para := d.Paragraph(); part == 3 {
		v.add(SeverityError, RuleInvalidValue, path, "%s (DPA 2018 Sch. 1, Part 3, para. %d) serves only data relating to criminal convictions and offences; special categories need a condition of Part 1 or Part 2 (s. 10(2), (3))", d, para)
	}
}

// legalActs checks the acts the processing as a whole rests on: each is
// named once, with a valid region where one is given.
func (v *validator) legalActs() {
	seen := make(map[Obligation]bool, len(v.p.LegalActs))
	for i, o := range v.p.LegalActs {
		path := func() string { return index("legal_acts", i) }
		at := textAt{"legal_acts", func() string { return path() + "." }}
		switch {
		case o.Act == "":
			v.add(SeverityError, RuleMissingName, path()+".act", "the act the processing rests on is not named")
		case seen[o]:
			v.add(SeverityError, RuleDuplicateEntry, path()+".act", "%q is listed twice; name each act once", clip(o.Act))
		}
		seen[o] = true
		v.text(at, "act", o.Act)
		if o.Region != (language.Region{}) && !regionOK(o.Region) {
			v.region(path()+".region", o.Region) // built only for a finding
		}
	}
}

// ownSpecialGrounds returns the grounds other than the conditions of
// GDPR Art. 9(2) that meet the condition for special categories of every
// declared law with legal grounds, where each of them lists such grounds
// of its own: under the LGPD alone, a legal obligation (Art. 11(II)(a)),
// the regular exercise of rights (d) or the protection of health (f).
// Where a law without such a list is declared too, such as the GDPR, it
// returns none, as its condition must then be stated (and each law's own
// rule, such as lgpd.11, judges the grounds under it).
func ownSpecialGrounds(laws []Law) basisSet {
	var own basisSet
	first := true
	for _, law := range laws {
		if !law.HasGrounds() {
			continue
		}
		d := law.descriptor()
		if d == nil || len(d.specialCite) == 0 {
			return 0
		}
		var s basisSet
		for b := range d.specialCite {
			s = s.with(b)
		}
		if first {
			own, first = s, false
		} else {
			own &= s
		}
	}
	return own
}

// groundsApply reports whether processing needs a legal ground under the
// declared laws: under any law that has grounds of processing, and when
// no law is declared. The CCPA has none: a notice under it alone says
// what is collected and why, but rests processing on no ground.
func groundsApply(laws []Law) bool {
	if len(laws) == 0 {
		return true
	}
	return slices.ContainsFunc(laws, Law.HasGrounds)
}

// obligations checks the laws a purpose names for its legal obligation or
// public task: each names the act and the region whose law it is. Whether
// the act is one the grounds of a declared law accept is each law's
// obligation rule (obligationRule).
func (v *validator) obligations(i int, pu *Purpose) {
	for j, o := range pu.Obligations {
		path := func() string { return elem("purposes", pu.ID, i) + index(".obligations", j) }
		at := textAt{"purposes.obligations", func() string { return path() + "." }}
		if o.Act == "" {
			v.add(SeverityError, RuleMissingName, path()+".act", "the law laying down the obligation is not named")
		}
		v.text(at, "act", o.Act)
		if !regionOK(o.Region) {
			v.region(path()+".region", o.Region) // built only for a finding
		}
	}
}
