// Command aiservice renders the privacy policy of an AI service declared in
// policy.go, the full example: six categories of data, ten purposes, four
// legal grounds, retention, recipients, a transfer, rights and security.
//
//	go run ./examples/aiservice              # the policy as text
//	go run ./examples/aiservice -format json # the policy as JSON
//	go run ./examples/aiservice -format html -lang ru > policy.html
package main

import "github.com/gopolicy/policy/examples/internal/cli"

func main() { cli.Main(Policy, Translations()) }
