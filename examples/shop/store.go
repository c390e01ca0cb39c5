package main

// The shop's own types. Each field holding personal data names its
// category in a `privacy` tag; policytest.CheckTags fails the tests when a
// tag names a category the policy does not declare.

// Customer is a customer account.
type Customer struct {
	ID        int64
	Email     string    `privacy:"account.email"`
	Name      string    `privacy:"account.name"`
	Addresses []Address // shipping addresses
	Payment   *PaymentMethod
	Orders    []Order
	Referrer  *Customer // who recommended the shop: a recursive type
}

// Address is a shipping address.
type Address struct {
	Street   string `privacy:"shipping.address"`
	City     string `privacy:"shipping.address"`
	Postcode string `privacy:"shipping.address"`
	Country  string `privacy:"shipping.address"`
}

// PaymentMethod is what the payment provider returns for a saved card.
type PaymentMethod struct {
	Token string `privacy:"payment.token"`
	Last4 string `privacy:"payment.token"`
}

// Order is a placed order.
type Order struct {
	ID    int64  `privacy:"orders"`
	Items []Item `privacy:"orders"`
	Total int64  `privacy:"orders"`
}

// Item is a line of an order.
type Item struct {
	SKU      string `privacy:"-" privacyreason:"a product code, not data about a person"`
	Quantity int
}
