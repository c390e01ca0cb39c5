package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestAgeChecks checks the sentence on how users' age is checked, in
// English and Russian, in the order the policy lists the ways, beside a
// minimum age, from its declaration; and that a policy stating no way
// says nothing of checking age.
func TestAgeChecks(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13, AgeChecks: []policy.AgeCheck{policy.AgeCheckDeclared, policy.AgeCheckInferred,
		policy.AgeCheckFacialEstimation, policy.AgeCheckDocument, policy.AgeCheckPaymentCard, 99}}
	en := "Our services are not intended for persons under 13 years of age. We check that users are old enough by asking for their date of birth when they sign up, as well as " +
		"estimating their age from their activity, their content and reports from other users. Where we doubt a user's age, we may also check it by " +
		"estimating their age from a photo of their face, which we do not use to identify them; asking for an identity document; and checking a payment card in their name."
	ru := "Мы проверяем, достигли ли пользователи необходимого возраста, запрашивая их дату рождения при регистрации; " +
		"оценивая их возраст по их активности, публикуемым материалам и жалобам других пользователей. Если мы сомневаемся в возрасте пользователя, мы можем дополнительно проверить его, " +
		"оценивая их возраст по фотографии лица, которую мы не используем для установления их личности; запрашивая документ, удостоверяющий личность; " +
		"проверяя оформленную на их имя платёжную карту."
	for _, layout := range []Layout{LayoutSections, LayoutCategories} {
		expectText(t, layoutText(t, p, language.English, layout), []string{en}, nil)
		expectText(t, layoutText(t, p, language.Russian, layout), []string{ru}, nil)
	}
	d := mustCompose(t, p, Options{})
	found := false
	for _, s := range d.Sections {
		for _, cl := range s.Clauses {
			for _, src := range cl.Sources {
				found = found || src.Path() == "children.age_checks"
			}
		}
	}
	if !found {
		t.Errorf("no clause names children.age_checks as its source")
	}

	p.Children.AgeChecks = []policy.AgeCheck{policy.AgeCheckParent}
	expectText(t, readText(t, p, language.English), []string{"We check that users are old enough by asking a parent or guardian to confirm the user's age."}, nil)
	expectText(t, readText(t, p, language.Russian),
		[]string{"Мы проверяем, достигли ли пользователи необходимого возраста, запрашивая подтверждение возраста у родителя или законного представителя."}, nil)

	p.Children.AgeChecks = nil
	expectText(t, readText(t, p, language.English), nil, []string{"old enough"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"необходимого возраста"})
}

// TestSuspensionUnderage checks the ground for blocking an account whose
// holder is suspected to be under the minimum age, in English and
// Russian, instead of a breach of the terms.
func TestSuspensionUnderage(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13}
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnderage}, Contest: "by proving your age"}
	expectText(t, readText(t, p, language.English), []string{"where we suspect that you are under the minimum age for our services."},
		[]string{"breach of its terms"})
	expectText(t, readText(t, p, language.Russian), []string{"если подозреваем недостижение вами минимального возраста для использования наших сервисов."}, nil)
}
