package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestGLBA checks the section a financial institution gives under the
// Gramm-Leach-Bliley Act: each reason stated with its answers, how to
// limit, the wait for new customers, former customers, joint accounts and
// what federal law lets a customer limit, in both languages; and that a
// policy stating nothing of it has no such section.
func TestGLBA(t *testing.T) {
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"Gramm-Leach-Bliley", "Sharing of Our Customers' Information"})
	p.GLBA = policy.GLBANotice{
		Sharing: []policy.GLBASharing{
			{Reason: policy.GLBAEverydayBusiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
			{Reason: policy.GLBAJointMarketing, Shares: policy.AnswerNo},
			{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerYes, CanLimit: policy.AnswerYes},
		},
		LimitHow: "call 1-888-555-0100 or visit our website", WaitDays: 45, FormerCustomers: true,
		JointAccounts: "apply to everyone on your account unless you tell us otherwise",
	}
	en := readText(t, p, language.English)
	expectText(t, en, []string{
		"Sharing of Our Customers' Information",
		"For our everyday business purposes, such as to process your transactions, maintain your accounts, respond to court orders and legal investigations, or report to credit bureaus: we share, and you cannot limit this sharing.",
		"For joint marketing with other financial companies: we do not share.",
		"For nonaffiliates to market to you: we share, and you can limit this sharing.",
		"To limit our sharing: call 1-888-555-0100 or visit our website.",
		"If you are a new customer, we can begin sharing your information 45 days from the date we sent you this Policy.",
		"When you are no longer our customer, we continue to share your information as this Policy describes.",
		"On a joint account, your choices apply to everyone on your account unless you tell us otherwise.",
		"State laws and individual companies may give you more rights to limit sharing.",
	}, []string{"there is no sharing for you to limit"})
	expectText(t, readText(t, p, language.Russian), []string{
		"Для совместного маркетинга с другими финансовыми компаниями: не передаём.",
		"Как ограничить передачу: call 1-888-555-0100 or visit our website.",
		"через 45 дней после направления вам настоящей Политики",
	}, nil)

	// An institution that answers "we do not share" for one reason a
	// customer could limit says nothing of the others; one that answers
	// so for all three says there is nothing to limit.
	nothing := "We do not share your information for the reasons federal law lets you limit, so there is no sharing for you to limit."
	p.GLBA = policy.GLBANotice{Sharing: []policy.GLBASharing{
		{Reason: policy.GLBAEverydayBusiness, Shares: policy.AnswerYes, CanLimit: policy.AnswerNo},
		{Reason: policy.GLBANonaffiliatesMarketing, Shares: policy.AnswerNo},
	}}
	expectText(t, readText(t, p, language.English), nil, []string{nothing, "To limit our sharing"})
	p.GLBA.Sharing = append(p.GLBA.Sharing, policy.GLBASharing{Reason: policy.GLBAAffiliatesMarketing, Shares: policy.AnswerNo},
		policy.GLBASharing{Reason: policy.GLBAAffiliatesCreditworthiness, Shares: policy.AnswerNo})
	expectText(t, readText(t, p, language.English), []string{nothing}, []string{"To limit our sharing"})
}
