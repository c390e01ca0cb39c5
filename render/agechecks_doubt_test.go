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

// TestAgeChecksRecords checks that, where every user's details are
// checked against credit reference and other records, a document is
// stated as what the service asks for when that check fails, in English
// and Russian, and that the way is stated for restricted goods too.
func TestAgeChecksRecords(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 18, AgeChecks: []policy.AgeCheck{policy.AgeCheckRecords, policy.AgeCheckDocument}}
	expectText(t, readText(t, p, language.English),
		[]string{"We check that users are old enough by checking their details against credit reference and other records. " +
			"Where that check does not confirm a user's age, we check it by asking for an identity document."},
		[]string{"doubt"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"Мы проверяем, достигли ли пользователи необходимого возраста, проверяя их данные по сведениям бюро кредитных историй и другим источникам. " +
			"Если такая проверка не подтверждает возраст пользователя, мы проверяем его, запрашивая документ, удостоверяющий личность."}, nil)

	p.Children.AgeChecks = nil
	p.Purposes[0].AgeChecks = []policy.AgeCheck{policy.AgeCheckRecords}
	expectText(t, readText(t, p, language.English),
		[]string{"we check your age by checking your details against credit reference and other records."}, nil)
}
