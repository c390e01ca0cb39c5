// Command privacyvet reports personal data in Go code that the privacy
// policy does not account for: struct fields that look like personal data
// and have no privacy tag, tags naming categories the policy does not
// declare, suppressions without a reason, and imports of SDKs whose
// provider the policy does not declare as a recipient.
//
// Run it alone:
//
//	privacyvet -policy=privacy.json ./...
//
// or under go vet, with an absolute policy path (go vet runs the tool in
// each package's directory):
//
//	go vet -vettool=$(which privacyvet) -policy=$PWD/privacy.json ./...
//
// Without -policy it checks untagged fields, the syntax of tags and the
// reasons of suppressions only. See package
// github.com/gopolicy/policy/privacyvet for the rules.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/gopolicy/policy/privacyvet"
)

func main() { singlechecker.Main(privacyvet.New(privacyvet.Config{})) }
