package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestSpecialConditionAsDeclared checks the statement of the condition of
// DPA 2018 Schedule 1 on which a purpose processes special categories of
// personal data, in English and in Russian, and that nothing is said
// where the policy states none.
func TestSpecialConditionAsDeclared(t *testing.T) {
	const (
		en = "Condition for processing special categories of personal data in the United Kingdom: the exercise of a function conferred by an enactment or rule of law (Data Protection Act 2018, Schedule 1, Part 2, paragraph 6)."
		ru = "Условие обработки специальных категорий персональных данных в Соединённом Королевстве: осуществление функции, возложенной законом или иной нормой права (пункт 6 части 2 приложения 1 к Закону о защите данных 2018 года)."
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	expectText(t, readText(t, p, language.English), nil, []string{"Condition for processing special categories"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"Условие обработки специальных категорий"})

	p.Purposes[0].SpecialCondition = policy.DPAConditionStatutory
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)
}

// TestEqualityConditionAsDeclared checks the condition of equality of
// opportunity or treatment (Part 2, paragraph 8), on which equality
// monitoring rests, in English and Russian.
func TestEqualityConditionAsDeclared(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	p.Purposes[0].SpecialCondition = policy.DPAConditionEquality
	expectText(t, readText(t, p, language.English), []string{"Condition for processing special categories of personal data in the United Kingdom: equality of opportunity or treatment (Data Protection Act 2018, Schedule 1, Part 2, paragraph 8)."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Условие обработки специальных категорий персональных данных в Соединённом Королевстве: обеспечение равенства возможностей или равного обращения (пункт 8 части 2 приложения 1 к Закону о защите данных 2018 года)."}, nil)
}
