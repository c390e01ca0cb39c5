package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestAutoDelete checks that a category states the periods after which
// the user can choose to have its data deleted automatically, in English
// and Russian: the unit named once where every period is a number of the
// same unit, each period in full otherwise, each valid period once and in
// the order declared; and nothing where no valid period is declared.
func TestAutoDelete(t *testing.T) {
	m := policy.Months
	for _, tt := range []struct {
		name    string
		periods []policy.Period
		en, ru  string
	}{
		{name: "none declared"},
		{name: "invalid only", periods: []policy.Period{{}, policy.Days(-1)}},
		{name: "one", periods: []policy.Period{m(3)},
			en: "You can choose to have this data deleted automatically after 3 months.",
			ru: "Вы можете включить автоматическое удаление этих данных через 3 месяца."},
		{name: "Alexa", periods: []policy.Period{m(3), m(18)},
			en: "You can choose to have this data deleted automatically after 3 or 18 months.",
			ru: "Вы можете включить автоматическое удаление этих данных через 3 или 18 месяцев."},
		{name: "Google, one repeated", periods: []policy.Period{m(3), m(18), m(3), m(36)},
			en: "You can choose to have this data deleted automatically after 3, 18 or 36 months.",
			ru: "Вы можете включить автоматическое удаление этих данных через 3, 18 или 36 месяцев."},
		{name: "last one of a plural form", periods: []policy.Period{m(3), m(21)},
			en: "after 3 or 21 months.",
			ru: "через 3 или 21 месяц."},
		{name: "years", periods: []policy.Period{policy.Years(1), policy.Years(2)},
			en: "after 1 or 2 years.",
			ru: "через 1 или 2 года."},
		{name: "mixed units", periods: []policy.Period{policy.Days(30), m(3), policy.Years(1)},
			en: "after 30 days, 3 months or 1 year.",
			ru: "через 30 дней, 3 месяца или 1 год."},
		{name: "a period of two units", periods: []policy.Period{m(3), {Years: 1, Months: 6}},
			en: "after 3 months or 1 year and 6 months.",
			ru: "через 3 месяца или 1 год и 6 месяцев."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Categories[0].AutoDelete = tt.periods
			if tt.en == "" {
				expectText(t, readText(t, p, language.English), nil, []string{"deleted automatically"})
				expectText(t, readText(t, p, language.Russian), nil, []string{"автоматическое удаление"})
				return
			}
			expectText(t, readText(t, p, language.English), []string{tt.en}, nil)
			expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
		})
	}
}
