// Command clipai renders the privacy policy of clipai.pro declared in
// policy.go, the minimal example: a website that collects no personal data.
//
//	go run ./examples/clipai
package main

import "github.com/gopolicy/policy/examples/internal/cli"

func main() { cli.Main(Policy, nil) }
