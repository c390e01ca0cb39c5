// Package tags holds privacy tags, checked with and without a policy.
package tags

// User is tagged throughout; some tags are wrong.
type User struct {
	Email    string `privacy:"account.email"`
	Name     string `privacy:"account.name,account.email"`
	Typo     string `privacy:"acount.email"`                 // want `privacy tag names "acount.email", which the policy does not declare \(did you mean "account.email"\?\)`
	Unknown  string `privacy:"health.records"`               // want `privacy tag names "health.records", which the policy does not declare$`
	Second   string `privacy:"account.name,shiping.address"` // want `names "shiping.address", which the policy does not declare \(did you mean "shipping.address"\?\)`
	Card     string `privacy:"payment.card_number"`          // want `privacy tag names "payment.card_number", which the policy declares as not collected`
	Spaced   string `privacy:"account.email, account.name"`  // want `malformed privacy tag "account.email, account.name"`
	Empty    string `privacy:""`                             // want `malformed privacy tag ""`
	Twice    string `privacy:"account.email,account.email"`  // want `privacy tag "account.email,account.email" names "account.email" twice`
	Mixed    string `privacy:"-,account.email"`              // want `malformed privacy tag "-,account.email"`
	SKU      string `privacy:"-" privacyreason:"a product code"`
	Note     string `privacy:"-"`                               // want `privacy:"-" without a reason`
	Blank    string `privacy:"-" privacyreason:"  "`            // want `privacy:"-" without a reason`
	Stray    string `privacyreason:"why"`                       // want `privacyreason tag without privacy:"-"`
	Both     string `privacy:"account.email" privacyreason:"x"` // want `privacyreason tag on a field with categories`
	JSONOnly string `json:"json_only"`
}
