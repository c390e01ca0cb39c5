// Command saas renders the privacy policy of Tallyboard, an invented
// project-management service sold to teams in the EU, the UK and the
// United States, declared in policy.go under the GDPR, the UK GDPR and the
// CCPA: cookies and browser signals, commitments, conditional
// disclosures, staged deletion, transfers, request handling, security,
// redress and links.
//
//	go run ./examples/saas              # the policy as text
//	go run ./examples/saas -format json # the policy as JSON
//	go run ./examples/saas -format html -lang ru > policy.html
package main

import "github.com/gopolicy/policy/examples/internal/cli"

func main() { cli.Main(Policy, Translations()) }
