// Command shop is a small online shop whose code is checked against its
// privacy policy: its types carry `privacy` tags (store.go), a
// policy.Guard stands before each use of personal data (newsletter.go),
// and its tests assert the policy with package policytest.
//
//	go run ./examples/shop        # the rendered policy
//
// The published copies in web/ are generated from the policy at build time
// by the line below; TestGenerated fails when they are out of date.
package main

//go:generate go run ./cmd/privacygen render -out web -lang en -formats text,html,json

import (
	"github.com/gopolicy/policy/examples/internal/cli"
	"github.com/gopolicy/policy/examples/shop/privacy"
)

func main() { cli.Main(privacy.Policy, nil) }
