package render

import (
	"testing"

	"golang.org/x/text/language"
)

// TestEthicsApprovalAsDeclared checks that a purpose says its research is
// approved by an ethics committee only where it declares so, in both
// languages.
func TestEthicsApprovalAsDeclared(t *testing.T) {
	const (
		en = "The research follows a protocol that an independent research ethics committee or institutional review board has reviewed and approved, and that it oversees."
		ru = "Исследования проводятся по протоколу, который рассмотрел и одобрил независимый комитет по этике; он же осуществляет надзор за их проведением."
	)
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"ethics committee"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"комитет по этике"})

	p.Purposes[0].EthicsApproval = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, []string{"ethics"})
}
