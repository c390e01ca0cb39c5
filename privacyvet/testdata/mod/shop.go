// Package shop is a small module for the examples and the go vet test.
package shop

// Customer is a customer account.
type Customer struct {
	ID    int64
	Email string `privacy:"account.email"`
	Name  string `privacy:"acount.name"`
	Phone string
	Notes string `privacy:"-"`
	SKU   string `privacy:"-" privacyreason:"a product code"`
}
