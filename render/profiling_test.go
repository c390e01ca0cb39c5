package render

import (
	"testing"

	"golang.org/x/text/language"
)

// TestHighRiskProfiling checks that a purpose says it involves high-risk
// profiling (FADP Art. 5(h)) only where it declares so.
func TestHighRiskProfiling(t *testing.T) {
	const (
		en = "This purpose involves high-risk profiling"
		ru = "Эта цель предполагает профилирование с высоким риском"
	)
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en, "high-risk"})
	expectText(t, readText(t, p, language.Russian), nil, []string{ru})
	p.Purposes[0].HighRiskProfiling = true
	expectText(t, readText(t, p, language.English), []string{en + ": it links data in a way that allows an assessment of essential aspects of your personality."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru + ": данные связываются так, что позволяют оценить существенные стороны вашей личности."}, nil)
}
