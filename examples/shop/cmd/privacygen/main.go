// Command privacygen writes the shop's published privacy policy; the shop
// runs it with go generate (see the go:generate line in ../../main.go).
package main

import (
	"github.com/gopolicy/policy/examples/shop/privacy"
	"github.com/gopolicy/policy/generate"
)

func main() { generate.Main(privacy.Policy, nil) }
