package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestRetentionCriteriaWording checks that a retention given by criteria
// states what happens to the data before the criteria, never after them,
// so that free-text criteria, which may say what happens on their own
// terms, end the sentence: in English and Russian, for deletion and
// anonymisation, and in the words of 152-FZ where it is declared.
func TestRetentionCriteriaWording(t *testing.T) {
	const crit = "until you delete them; closing your account leaves them in place"
	for _, tt := range []struct {
		name      string
		laws      []policy.Law
		anonymise bool
		en, ru    string
	}{
		{
			name: "deleted",
			en:   "Email: deleted at the end of a period determined by these criteria: " + crit + ".",
			ru:   "Email: данные удаляются по истечении срока, определяемого по следующим критериям: " + crit + ".",
		},
		{
			name:      "anonymised",
			anonymise: true,
			en:        "Email: anonymised at the end of a period determined by these criteria: " + crit + ".",
			ru:        "Email: данные обезличиваются по истечении срока, определяемого по следующим критериям: " + crit + ".",
		},
		{
			name: "under 152-FZ",
			laws: []policy.Law{policy.FZ152},
			en:   "Email: destroyed at the end of a period determined by these criteria: " + crit + ".",
			ru:   "Email: данные уничтожаются по истечении срока, определяемого по следующим критериям: " + crit + ".",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			r := policy.ByCriteria(crit)
			r.Anonymise = tt.anonymise
			p.Categories[0].Retention = r
			not := []string{crit + ", then", "for as long as determined", "place, после чего", "в течение срока, определяемого"}
			expectText(t, readText(t, p, language.English), []string{tt.en}, not)
			expectText(t, readText(t, p, language.Russian), []string{tt.ru}, not)
		})
	}
}
