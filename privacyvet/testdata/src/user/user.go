// Package user is about people: every struct in it is, by its package's
// name, about a person.
package user

// UpdateOptions says what to change in a user's account.
type UpdateOptions struct {
	FullName string // want `FullName looks like personal data \(person's name\)`
	Location string // want `Location looks like personal data \(location\)`
	Website  string
}

// SearchEmailResult is a row of an address search.
type SearchEmailResult struct {
	Email    string // want `Email looks like personal data \(e-mail address\)`
	FullName string // want `FullName looks like personal data \(person's name\)`
}
