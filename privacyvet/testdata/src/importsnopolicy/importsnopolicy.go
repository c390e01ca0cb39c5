// Package importsnopolicy imports SDKs; without a policy nothing is
// reported.
package importsnopolicy

import (
	_ "github.com/openai/openai-go"
	_ "github.com/stripe/stripe-go/v76/customer"
)

// Account without a policy still gets its fields and tag syntax checked,
// but not its categories.
type Account struct {
	Email string `privacy:"no.such.category"`
	Phone string // want `Phone looks like personal data \(phone number\)`
}
