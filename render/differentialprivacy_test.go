package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestDifferentialPrivacy checks that the measure is stated in the
// security section, in English and Russian.
func TestDifferentialPrivacy(t *testing.T) {
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasureDifferentialPrivacy}}
	expectText(t, readText(t, p, language.English), []string{"Differential privacy in statistics about users, so that they reveal nothing about any one person."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Дифференциальная приватность в статистике о пользователях, при которой она ничего не раскрывает о конкретном человеке."}, nil)
}
