package main

import (
	"errors"
	"fmt"

	"github.com/gopolicy/policy"
)

// ErrUndeclared is returned for a use of data the privacy policy does not
// declare.
var ErrUndeclared = errors.New("use of personal data not declared in the privacy policy")

// A Mailer sends email.
type Mailer interface {
	Send(to, subject, body string) error
}

// Newsletter sends the shop's newsletter and, on request, its profiling
// digest, each guarded by the policy.
type Newsletter struct {
	Guard  *policy.Guard
	Mailer Mailer
}

// Send mails the newsletter to c.
func (n *Newsletter) Send(c *Customer, subject, body string) error {
	if !n.Guard.Permits("account.email", "marketing") {
		return fmt.Errorf("newsletter to customer %d: %w", c.ID, ErrUndeclared)
	}
	return n.Mailer.Send(c.Email, subject, body)
}

// SendRecommendations mails product recommendations built from c's order
// history. The shop's policy does not declare order history for
// marketing, so the guard refuses: a developer who adds this feature
// must first change the policy, and the document with it.
func (n *Newsletter) SendRecommendations(c *Customer) error {
	if !n.Guard.Permits("orders", "marketing") {
		return fmt.Errorf("recommendations to customer %d: %w", c.ID, ErrUndeclared)
	}
	return n.Mailer.Send(c.Email, "You may also like", "…")
}
