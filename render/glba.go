// The section a US financial institution gives its customers under the
// Gramm-Leach-Bliley Act.

package render

import (
	"strconv"

	"github.com/gopolicy/policy"
)

// kindGLBA is the anchor kind of a reason to share (see anchor).
const kindGLBA = "glba"

// glba states the policy's notice under the Gramm-Leach-Bliley Act as the
// model privacy form does: for each reason stated, whether we share and
// whether the customer can limit it; how to limit; when sharing begins
// for a new customer and whether it goes on for a former one; joint
// accounts; and what federal law lets a customer limit.
func (c *composer) glba() *sectionBuilder {
	n, pr := c.p.GLBA, c.pr
	sb := c.section("glba", pr.Sprintf("Sharing of Our Customers' Information"))
	if n.IsZero() {
		return sb
	}
	var items []*Clause
	// declined counts the reasons federal law lets a customer limit that
	// the notice answers "we do not share"; only all three say that
	// there is nothing to limit.
	limitable, declined := false, 0
	for i, s := range n.Sharing {
		if !s.Reason.Valid() || !s.Shares.Valid() {
			continue
		}
		c.from("glba.sharing[" + strconv.Itoa(i) + "]")
		var answer string
		switch {
		case s.Shares == policy.AnswerNo:
			answer = pr.Sprintf("we do not share.")
			if s.Reason.LimitRequired() {
				declined++
			}
		case s.CanLimit == policy.AnswerYes:
			answer = pr.Sprintf("we share, and you can limit this sharing.")
			limitable = true
		case s.CanLimit == policy.AnswerNo:
			answer = pr.Sprintf("we share, and you cannot limit this sharing.")
		default:
			answer = pr.Sprintf("we share.")
		}
		items = append(items, c.item(anchor(kindGLBA, s.Reason.String()), plain(capitalise(pr.Sprintf(s.Reason.Name()))+": "+answer)))
	}
	if len(items) > 0 {
		c.library()
		sb.clause("reasons", plain(pr.Sprintf("As a financial institution, we tell our customers under the Gramm-Leach-Bliley Act for which reasons we can share their nonpublic personal information, whether we do, and whether they can limit it:")), items...)
	}
	switch {
	case limitable && n.LimitHow != "":
		sb.clause("limit", plain(pr.Sprintf("To limit our sharing: %s.", c.fragment(at("glba.limit_how", ""), n.LimitHow))))
	case !limitable && declined == 3:
		c.library()
		sb.clause("limit", plain(pr.Sprintf("We do not share your information for the reasons federal law lets you limit, so there is no sharing for you to limit.")))
	}
	var t text
	if n.WaitDays > 0 {
		c.from("glba.wait_days")
		t.sentence(pr.Sprintf("If you are a new customer, we can begin sharing your information %s from the date we sent you this Policy.", pr.Sprintf("%d days", n.WaitDays)))
	}
	if n.FormerCustomers {
		c.from("glba.former_customers")
		t.sentence(pr.Sprintf("When you are no longer our customer, we continue to share your information as this Policy describes."))
	}
	if n.JointAccounts != "" {
		t.sentence(pr.Sprintf("On a joint account, your choices %s.", c.fragment(at("glba.joint_accounts", ""), n.JointAccounts)))
	}
	if len(t.t) > 0 {
		sb.clause("customers", t.t)
	}
	if len(items) > 0 {
		c.library()
		sb.clause("federal", plain(pr.Sprintf("Federal law gives you the right to limit only sharing for our affiliates' everyday business purposes (information about your creditworthiness), our affiliates' use of your information to market to you, and sharing with nonaffiliates to market to you. State laws and individual companies may give you more rights to limit sharing.")))
	}
	return sb
}
