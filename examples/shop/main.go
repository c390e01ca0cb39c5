// Command shop is a small online shop whose code is checked against its
// privacy policy: its types carry `privacy` tags (store.go), a
// policy.Guard stands before each use of personal data (newsletter.go),
// and its tests assert the policy with package policytest.
//
//	go run ./examples/shop        # the rendered policy
package main

import "github.com/gopolicy/policy/examples/internal/cli"

func main() { cli.Main(Policy, nil) }
