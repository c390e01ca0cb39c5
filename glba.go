package policy

// A GLBANotice is what a US financial institution tells its customers
// under the Gramm-Leach-Bliley Act (15 U.S.C. 6802, 6803; Regulation P,
// 12 CFR 1016), in the terms of the model privacy form (12 CFR 1016,
// appendix): for each reason it may share a customer's nonpublic personal
// information, whether it does and whether the customer can limit it,
// and how. The zero value states none.
//
// A reason not listed in Sharing is not stated. Federal law lets a
// customer limit sharing for three reasons only
// ([GLBAReason.LimitRequired]); a document states that, and that state
// laws and the institution may give more.
type GLBANotice struct {
	// Sharing answers the model form's table, one entry for each reason
	// stated.
	Sharing []GLBASharing
	// LimitHow says how a customer limits the sharing they can limit,
	// such as "call 1-888-555-0100, visit our website or mail the form
	// below"; required where a reason can be limited.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	LimitHow string
	// WaitDays is how many days after the notice is sent the institution
	// may begin to share a new customer's information for a reason the
	// customer can limit, such as 45; zero means not stated. A customer
	// must have a reasonable opportunity to limit first (12 CFR
	// 1016.10(a)(3), whose example is 30 days).
	WaitDays int
	// FormerCustomers reports that the institution goes on sharing a
	// former customer's information as the notice describes.
	FormerCustomers bool
	// JointAccounts says how a choice to limit sharing applies to an
	// account held jointly, such as "apply to everyone on your account
	// unless you tell us otherwise"; empty means not stated.
	// Shape: a fragment, set inside the document's own sentence (no final
	// stop; lower case unless it starts with a name).
	JointAccounts string
}

// IsZero reports whether n states nothing.
func (n GLBANotice) IsZero() bool {
	return len(n.Sharing) == 0 && n.LimitHow == "" && n.WaitDays == 0 && !n.FormerCustomers && n.JointAccounts == ""
}

// A GLBASharing is one row of the model privacy form's table: a reason
// to share, whether the institution shares for it, and whether the
// customer can limit that sharing.
type GLBASharing struct {
	Reason GLBAReason
	// Shares answers "Does the institution share?"; AnswerYes or
	// AnswerNo.
	Shares Answer
	// CanLimit answers "Can you limit this sharing?" where the
	// institution shares; zero where it does not.
	CanLimit Answer
}

// A GLBAReason is a reason a financial institution may share a
// customer's nonpublic personal information, as the rows of the model
// privacy form name them.
type GLBAReason uint8

// Reasons to share.
const (
	// GLBAEverydayBusiness: for the institution's everyday business
	// purposes, such as processing transactions, maintaining accounts,
	// responding to court orders and reporting to credit bureaus.
	GLBAEverydayBusiness GLBAReason = iota + 1
	// GLBAOwnMarketing: for the institution's marketing, to offer its
	// products and services to the customer.
	GLBAOwnMarketing
	// GLBAJointMarketing: for joint marketing with other financial
	// companies (15 U.S.C. 6802(b)(2)).
	GLBAJointMarketing
	// GLBAAffiliatesTransactions: for the affiliates' everyday business
	// purposes, information about the customer's transactions and
	// experiences.
	GLBAAffiliatesTransactions
	// GLBAAffiliatesCreditworthiness: for the affiliates' everyday
	// business purposes, information about the customer's
	// creditworthiness, which the customer may limit (Fair Credit
	// Reporting Act, 15 U.S.C. 1681a(d)(2)(A)(iii)).
	GLBAAffiliatesCreditworthiness
	// GLBAAffiliatesMarketing: for the affiliates to market to the
	// customer, which the customer may limit (15 U.S.C. 1681s-3).
	GLBAAffiliatesMarketing
	// GLBANonaffiliatesMarketing: for nonaffiliates to market to the
	// customer, which the customer may limit (15 U.S.C. 6802(b)).
	GLBANonaffiliatesMarketing
)

var glbaReasonEnum = enum{"GLBAReason",
	[]string{"", "everyday_business", "own_marketing", "joint_marketing", "affiliates_transactions", "affiliates_creditworthiness", "affiliates_marketing", "nonaffiliates_marketing"},
	[]string{"",
		"for our everyday business purposes, such as to process your transactions, maintain your accounts, respond to court orders and legal investigations, or report to credit bureaus",
		"for our marketing purposes, to offer our products and services to you",
		"for joint marketing with other financial companies",
		"for our affiliates' everyday business purposes, information about your transactions and experiences",
		"for our affiliates' everyday business purposes, information about your creditworthiness",
		"for our affiliates to market to you",
		"for nonaffiliates to market to you"}}

// Valid reports whether r is a defined reason.
func (r GLBAReason) Valid() bool { return glbaReasonEnum.valid(uint8(r)) }

// Name returns the English name of r, a phrase that completes "We share
// your information ...".
func (r GLBAReason) Name() string { return glbaReasonEnum.name(uint8(r)) }

// String returns the stable identifier of r used in JSON.
func (r GLBAReason) String() string { return glbaReasonEnum.str(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r GLBAReason) MarshalText() ([]byte, error) { return glbaReasonEnum.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *GLBAReason) UnmarshalText(b []byte) error {
	v, err := glbaReasonEnum.unmarshal(b)
	*r = GLBAReason(v)
	return err
}

// LimitRequired reports whether federal law gives the customer the right
// to limit sharing for r where the institution shares for it: the
// affiliates' everyday business purposes with information about
// creditworthiness, the affiliates' marketing, and nonaffiliates'
// marketing.
func (r GLBAReason) LimitRequired() bool {
	switch r {
	case GLBAAffiliatesCreditworthiness, GLBAAffiliatesMarketing, GLBANonaffiliatesMarketing:
		return true
	}
	return false
}
