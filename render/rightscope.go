// The rights whose scope depends on what the policy declares: the
// objection, data portability and the withdrawal of consent.

package render

import (
	"slices"
	"strings"

	"github.com/gopolicy/policy"
)

// objection states the right to object (GDPR and UK GDPR Art. 21) by
// what the policy declares: the right covers processing on a task in the
// public interest or on legitimate interests (Art. 21(1)) and, at any
// time, processing for direct marketing (Art. 21(2)), and the document
// names only those the policy's purposes declare, taking as sources the
// grounds of each purpose on those grounds and the field that marks each
// purpose of direct marketing. Where the policy declares none, the right
// is stated as the law grants it, for processing of those kinds, without
// saying that any takes place.
func (c *composer) objection() string {
	var task, interests, marketing bool
	for _, pu := range c.p.Purposes {
		if pu == nil {
			continue
		}
		path := c.path(pu, "purposes", pu.ID)
		if pu.HasBasis(policy.BasisPublicTask) || pu.HasBasis(policy.BasisLegitimateInterests) {
			c.fromAt(at(path, ".bases"))
		}
		task = task || pu.HasBasis(policy.BasisPublicTask)
		interests = interests || pu.HasBasis(policy.BasisLegitimateInterests)
		if f := marketingField(pu); f != "" {
			c.fromAt(at(path, f))
			marketing = true
		}
	}
	if c.fadpAlone() {
		// FADP Art. 30(2)(b): processing against the person's express
		// objection breaches their personality unless justified,
		// whatever its ground; the FADP ties the objection to none.
		if marketing {
			return c.pr.Sprintf("to object to the processing of your data, and at any time to its use for direct marketing")
		}
		return c.pr.Sprintf("to object to the processing of your data")
	}
	switch {
	case task && interests && marketing:
		return c.word("to object to processing based on a task in the public interest or on legitimate interests, and at any time to direct marketing")
	case task && interests:
		return c.word("to object to processing based on a task in the public interest or on legitimate interests")
	case task && marketing:
		return c.word("to object to processing based on a task in the public interest, and at any time to direct marketing")
	case task:
		return c.word("to object to processing based on a task in the public interest")
	case interests && marketing:
		return c.word("to object to processing based on legitimate interests, and at any time to direct marketing")
	case interests:
		return c.word("to object to processing based on legitimate interests")
	case marketing:
		return c.word("to object at any time to processing of your data for direct marketing")
	default:
		return c.word("to object to processing of your data where it is based on a task in the public interest or on legitimate interests, and at any time to its use for direct marketing")
	}
}

// marketingTerms are the terms of standard vocabularies that mark a
// purpose as marketing or advertising, which is direct marketing in the
// sense of GDPR Art. 21(2); a Fides key also matches its subkeys, such
// as "marketing.communications.email".
var marketingTerms = map[policy.Vocabulary][]string{
	policy.VocabularyDPV:   {"dpv:Marketing", "dpv:DirectMarketing", "dpv:Advertising", "dpv:PersonalisedAdvertising"},
	policy.VocabularyFides: {"marketing"},
	policy.VocabularyApple: {"NSPrivacyCollectedDataTypePurposeDeveloperAdvertising", "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising"},
	policy.VocabularyPlay:  {"PSL_ADVERTISING"},
}

// marketingField returns the field of pu that marks it as a purpose of
// direct marketing: ".direct_marketing" where the purpose declares it,
// ".terms" where its terms include a marketing term ([marketingTerms]);
// it is empty where pu is not marked so.
func marketingField(pu *policy.Purpose) string {
	if pu.DirectMarketing {
		return ".direct_marketing"
	}
	for v, terms := range marketingTerms {
		for _, t := range pu.Terms.Of(v) {
			for _, m := range terms {
				if t == m || v == policy.VocabularyFides && strings.HasPrefix(t, m+".") {
					return ".terms"
				}
			}
		}
	}
	return ""
}

// portability states the right to data portability (GDPR and UK GDPR
// Art. 20(1), FADP Art. 28(1)), which covers only data the user
// provided, processed by automated means on consent or a contract: the
// document says so where some purpose of the policy rests on another
// ground, taking each such purpose's grounds as a
// source, and as the law grants it otherwise.
func (c *composer) portability() string {
	if c.groundless() {
		return c.usPortability()
	}
	// The conditions are those of GDPR Art. 20(1) and FADP Art. 28(1);
	// a policy under other laws alone, such as the LGPD with the CCPA,
	// states the right without them.
	if len(c.p.Laws) > 0 && !slices.ContainsFunc(c.p.Laws, portabilityConditions) {
		return c.word(policy.RightPortability.Name())
	}
	limited := false
	for _, pu := range c.p.Purposes {
		if pu == nil || len(pu.Bases) == 0 {
			continue
		}
		for _, b := range pu.Bases {
			if b != policy.BasisConsent && b != policy.BasisExplicitConsent && b != policy.BasisContract {
				c.fromAt(at(c.path(pu, "purposes", pu.ID), ".bases"))
				limited = true
				break
			}
		}
	}
	if !limited {
		return c.word(policy.RightPortability.Name())
	}
	return c.word("to receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured, commonly used and machine-readable format and have it transmitted to another controller")
}

// usPortability states the right to a portable copy as the US state laws
// grant it: of the data the consumer provided, whatever the processing
// rests on (Va. Code § 59.1-577(A)(4)); the CCPA's right to know gives it
// in a portable format too (1798.130(a)(2)(B)).
func (c *composer) usPortability() string {
	return c.pr.Sprintf("to obtain a copy of the personal data you provided to us in a portable and, where technically feasible, readily usable format that lets you transmit it to another business without hindrance")
}

// portabilityConditions reports whether law grants data portability only
// for data processed by automated means on consent or a contract (GDPR
// and UK GDPR Art. 20(1), FADP Art. 28(1)).
func portabilityConditions(law policy.Law) bool {
	return law == policy.GDPR || law == policy.UKGDPR || law == policy.FADP
}

// withdrawal states the right to withdraw consent (GDPR Art. 7(3)),
// taking the grounds of each purpose on consent as a source: as the law
// grants it where some purpose rests on consent; otherwise for any
// consent the user gives, such as to cookies, without saying that a
// purpose rests on it. Under laws that rest processing on no grounds
// (the CCPA and the US state laws alone), it is stated without Art.
// 7(3)'s words on the lawfulness of earlier processing.
func (c *composer) withdrawal() string {
	found := false
	for _, pu := range c.p.Purposes {
		if pu != nil && pu.RestsOnConsent() {
			c.fromAt(at(c.path(pu, "purposes", pu.ID), ".bases"))
			found = true
		}
	}
	switch groundless := c.groundless(); {
	case found && groundless:
		return c.word("to withdraw your consent at any time")
	case found:
		return c.word(policy.RightWithdrawConsent.Name())
	case groundless:
		return c.word("to withdraw any consent you give us at any time")
	}
	return c.word("to withdraw any consent you give us at any time, without affecting the lawfulness of processing based on it before its withdrawal")
}

// fadpAlone reports whether the FADP is the only declared law that rests
// processing on grounds, so that the document speaks the FADP's terms
// where they differ from the other laws' with grounds.
func (c *composer) fadpAlone() bool {
	fadp := false
	for _, l := range c.p.Laws {
		switch {
		case l == policy.FADP:
			fadp = true
		case l.HasGrounds():
			return false
		}
	}
	return fadp
}
