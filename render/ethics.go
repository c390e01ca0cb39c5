package render

import (
	"slices"

	"github.com/gopolicy/policy"
)

// ethicsApprovalText states that the research pu, declared at path,
// carries out follows a protocol an independent ethics committee has
// approved and oversees.
func (c *composer) ethicsApprovalText(t *text, path string, pu *policy.Purpose) {
	if !pu.EthicsApproval {
		return
	}
	c.fromAt(at(path, ".ethics_approval"))
	t.sentence(c.pr.Sprintf("The research follows a protocol that an independent research ethics committee or institutional review board has reviewed and approved, and that it oversees."))
}

// purposeAgeChecksText states how the service checks that a person is old
// enough before it supplies goods or services that the law restricts by
// age for the purpose pu, declared at path, in the order the policy lists
// the ways. Where the person's details are checked against records, a
// way that asks for something more (a document, a photo, a card or a
// parent) is the one the service turns to where that check does not
// confirm the age, as [policy.AgeCheckRecords] documents; where the
// person confirms their age or it is read from their account, it is the
// one the service turns to where it doubts that age, as at a delivery of
// alcohol: the document does not claim that every customer shows an
// identity document.
func (c *composer) purposeAgeChecksText(t *text, path string, pu *policy.Purpose) {
	records := slices.Contains(pu.AgeChecks, policy.AgeCheckRecords)
	stated := slices.Contains(pu.AgeChecks, policy.AgeCheckConfirmation) || slices.Contains(pu.AgeChecks, policy.AgeCheckDeclared)
	ways, fallback := splitAgeChecks(pu.AgeChecks, records || stated, func(a policy.AgeCheck) string { return purposeAgeCheckText(c.pr, a) })
	if len(ways) == 0 {
		return
	}
	c.fromAt(at(path, ".age_checks"))
	t.sentence(c.pr.Sprintf("Before we sell or hand over to you goods or services that the law allows only from a certain age, we check your age by %s.", c.list(ways)))
	switch {
	case len(fallback) > 0 && records:
		t.sentence(c.pr.Sprintf("Where that check does not confirm your age, we check it by %s.", c.list(fallback)))
	case len(fallback) > 0:
		t.sentence(c.pr.Sprintf("Where we doubt your age, we may also check it by %s.", c.list(fallback)))
	}
}

// purposeAgeCheckText is the phrase, after "by", that states way a of
// checking the age of the person goods are supplied to, in pr's
// language; "" for an undefined one.
func purposeAgeCheckText(pr *wording, a policy.AgeCheck) string {
	switch a {
	case policy.AgeCheckDeclared:
		return pr.Sprintf("referring to the date of birth in your account")
	case policy.AgeCheckInferred:
		return pr.Sprintf("estimating your age from your activity")
	case policy.AgeCheckFacialEstimation:
		return pr.Sprintf("estimating your age from a photo of your face, which we do not use to identify you")
	case policy.AgeCheckDocument:
		return pr.Sprintf("asking for an identity document")
	case policy.AgeCheckPaymentCard:
		return pr.Sprintf("checking a payment card in your name")
	case policy.AgeCheckParent:
		return pr.Sprintf("asking a parent or guardian to confirm your age")
	case policy.AgeCheckRecords:
		return pr.Sprintf("checking your details against credit reference and other records")
	case policy.AgeCheckConfirmation:
		return pr.Sprintf("asking you to confirm that you are old enough")
	}
	return ""
}
