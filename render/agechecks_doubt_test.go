package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestAgeChecksOnDoubt checks that, where users give their date of birth
// at sign-up, an identity document is stated as something the service
// may ask for when it doubts a user's age, not as something every user
// shows; and that a service that checks age by a document alone still
// says it asks every user for one.
func TestAgeChecksOnDoubt(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckDocument}}
	expectText(t, readText(t, p, language.English),
		[]string{"We check that users are old enough by asking for their date of birth when they sign up. " +
			"Where we doubt a user's age, we may also check it by asking for an identity document."},
		[]string{"when they sign up and asking for an identity document"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"Мы проверяем, достигли ли пользователи необходимого возраста, запрашивая их дату рождения при регистрации. " +
			"Если мы сомневаемся в возрасте пользователя, мы можем дополнительно проверить его, запрашивая документ, удостоверяющий личность."}, nil)

	p.Children.AgeChecks = []policy.AgeCheck{policy.AgeCheckDocument}
	expectText(t, readText(t, p, language.English),
		[]string{"We check that users are old enough by asking for an identity document."}, []string{"doubt"})
}
