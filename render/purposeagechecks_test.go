package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestPurposeAgeChecksAsDeclared checks the statement on how a person's
// age is checked before goods restricted by age are supplied: stated for
// the purpose that declares it, in the order declared, each way once, and
// in nothing the policy does not declare.
func TestPurposeAgeChecksAsDeclared(t *testing.T) {
	const (
		en = "Before we sell or hand over to you goods or services that the law allows only from a certain age, we check your age by "
		ru = "Прежде чем продать или передать вам товары или услуги, которые закон разрешает продавать только с определённого возраста, мы проверяем ваш возраст, "
	)
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	expectText(t, readText(t, p, language.English), nil, []string{en})
	expectText(t, readText(t, p, language.Russian), nil, []string{ru})

	p.Purposes[0].AgeChecks = []policy.AgeCheck{policy.AgeCheckDocument, policy.AgeCheckFacialEstimation, policy.AgeCheckDocument}
	expectText(t, readText(t, p, language.English),
		[]string{en + "asking for an identity document and estimating your age from a photo of your face, which we do not use to identify you."},
		[]string{"users are old enough", "identity document and asking for an identity document"})
	expectText(t, readText(t, p, language.Russian),
		[]string{ru + "запрашивая документ, удостоверяющий личность; оценивая ваш возраст по фотографии лица, которую мы не используем для установления вашей личности."},
		[]string{"пользователи необходимого возраста"})

	p.Purposes[0].AgeChecks = []policy.AgeCheck{policy.AgeCheckPaymentCard}
	expectText(t, readText(t, p, language.English), []string{en + "checking a payment card in your name."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru + "проверяя оформленную на ваше имя платёжную карту."}, nil)

	p.Purposes[0].AgeChecks = []policy.AgeCheck{policy.AgeCheckConfirmation}
	expectText(t, readText(t, p, language.English), []string{en + "asking you to confirm that you are old enough."}, []string{"date of birth"})
	expectText(t, readText(t, p, language.Russian), []string{ru + "прося вас подтвердить, что вы достигли необходимого возраста."}, nil)

	// A document is asked for only where the check against records
	// does not confirm the age.
	p.Purposes[0].AgeChecks = []policy.AgeCheck{policy.AgeCheckRecords, policy.AgeCheckDocument}
	expectText(t, readText(t, p, language.English), []string{en + "checking your details against credit reference and other records. Where that check does not confirm your age, we check it by asking for an identity document."},
		[]string{"records and asking"})
	expectText(t, readText(t, p, language.Russian), []string{"Если такая проверка не подтверждает ваш возраст, мы проверяем его, запрашивая документ, удостоверяющий личность."}, nil)

	// Where the customer confirms their age, a document is asked for only
	// where the service doubts it: not from every customer.
	p.Purposes[0].AgeChecks = []policy.AgeCheck{policy.AgeCheckConfirmation, policy.AgeCheckDocument}
	expectText(t, readText(t, p, language.English), []string{en + "asking you to confirm that you are old enough. Where we doubt your age, we may also check it by asking for an identity document."},
		[]string{"enough and asking"})
	expectText(t, readText(t, p, language.Russian), []string{"Если мы сомневаемся в вашем возрасте, мы можем дополнительно проверить его, запрашивая документ, удостоверяющий личность."}, []string{"достигли необходимого возраста; запрашивая"})
}
