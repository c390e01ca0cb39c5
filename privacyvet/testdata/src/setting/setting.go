// Package setting holds the service's own configuration: its fields are
// not matched by name, except in types named after a person.
package setting

import "net"

// Mailer is the service's outgoing mail server.
var Mailer = struct {
	FromEmail string
	User      string
	Passwd    string
}{}

// Database is where the service keeps its data.
type Database struct {
	Name     string
	Username string
	Password string
	// A well-known type is personal data whatever the context.
	Peers []net.IP // want `Peers holds personal data \(IP address: type \[\]net.IP\)`
}

// DefaultUser is about a person, even in a configuration package.
type DefaultUser struct {
	Email string // want `Email looks like personal data \(e-mail address\)`
	Name  string // want `Name looks like personal data \(person's name\)`
}
