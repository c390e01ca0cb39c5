package render

import (
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestPremisesVisitors checks that the people a store's cameras record are
// named as data subjects in English and Russian.
func TestPremisesVisitors(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Subjects = []policy.DataSubject{policy.DataSubjectPremisesVisitors}
	expectText(t, readText(t, p, language.English), []string{"Categories of data subjects: visitors to our premises."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"посетители наших помещений"}, nil)
}

// TestSuspensionHarm checks the sentence on suspending an account that
// shows signs of harm, in English and Russian.
func TestSuspensionHarm(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundHarm}, Automated: policy.AnswerNo, Contest: "by talking to us"}
	expectText(t, readText(t, p, language.English), []string{"where we suspect that your use of our services is harming you."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"если подозреваем вред, который вам причиняет использование наших сервисов."}, nil)
}

// TestRecordingNotice checks that a recording people are told of before it
// starts says so, in English and Russian, and only where declared.
func TestRecordingNotice(t *testing.T) {
	const en = "You are told before a recording starts."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.Categories[0].RecordingNotice = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Перед началом записи вас об этом предупреждают."}, []string{en})
}

// TestZones checks the sentences on places the user leaves out of the
// data, in English and Russian.
func TestZones(t *testing.T) {
	const hidden, notRecorded = "You can choose places, such as your home, near which this data is hidden from others.",
		"You can mark areas, such as a neighbour's garden, that are not recorded."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{hidden, notRecorded})
	p.Categories[0].Zones = policy.ZonesHidden
	expectText(t, readText(t, p, language.English), []string{hidden}, []string{notRecorded})
	expectText(t, readText(t, p, language.Russian), []string{"Вы можете выбрать места, например свой дом, рядом с которыми эти данные скрыты от других."}, nil)
	p.Categories[0].Zones = policy.ZonesNotRecorded
	expectText(t, readText(t, p, language.English), []string{notRecorded}, []string{hidden})
	expectText(t, readText(t, p, language.Russian), []string{"Вы можете отметить области, например соседний участок, которые не записываются."}, nil)
}

// TestPrivateNetwork checks the security measure of a dedicated private
// network in English and Russian.
func TestPrivateNetwork(t *testing.T) {
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasurePrivateNetwork}}
	expectText(t, readText(t, p, language.English), []string{"A dedicated private network, rather than the public internet, for sending the data."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Выделенная защищённая сеть вместо интернета для передачи данных."}, nil)
}

// TestAudienceCounterparts checks that data the other party to a deal sees
// is stated so, in English and Russian.
func TestAudienceCounterparts(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].VisibleTo = []policy.Audience{policy.AudienceCounterparts}
	expectText(t, readText(t, p, language.English), []string{"the people you deal with through the service, such as the other party to a booking, an order, a sale or a payment"}, []string{"meetings"})
	expectText(t, readText(t, p, language.Russian), []string{"люди, с которыми вы взаимодействуете через сервис, например другая сторона бронирования, заказа, сделки или платежа"}, nil)
}

// TestEndToEnd checks that data the service holds only end-to-end
// encrypted says so, in English and Russian, and only where declared.
func TestEndToEnd(t *testing.T) {
	const en = "This data is end-to-end encrypted: we store or pass it on, but cannot read it."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.Categories[0].EndToEnd = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Эти данные защищены сквозным шифрованием: мы храним или передаём их, но не можем их прочитать."}, []string{en})
}

// TestVisibilityLink checks that data shared through a link says so, in
// English and Russian.
func TestVisibilityLink(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Visibility = policy.VisibilityLink
	expectText(t, readText(t, p, language.English), []string{"You can share this data through a link; then anyone who has the link can see it, and others may copy or archive it."}, []string{"make this data public"})
	expectText(t, readText(t, p, language.Russian), []string{"Вы можете поделиться этими данными по ссылке; тогда их сможет увидеть любой, у кого есть ссылка"}, nil)
}

// TestHumanDecision checks that a purpose whose decisions a person takes
// after automated flags says so, in English and Russian.
func TestHumanDecision(t *testing.T) {
	const en = "Automated systems may flag cases for us, but a member of our staff takes every decision that affects you."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.Purposes[0].HumanDecision = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Автоматизированные системы могут отмечать случаи для проверки, но каждое решение, которое вас затрагивает, принимает наш сотрудник."}, []string{en})
}

// TestOpenSource checks the security measure of published source code in
// English and Russian.
func TestOpenSource(t *testing.T) {
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasureOpenSource}}
	expectText(t, readText(t, p, language.English), []string{"Published source code, so that anyone can check how our apps handle data."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Открытый исходный код, позволяющий любому проверить, как наши приложения обращаются с данными."}, nil)
}

// TestContactMasking checks the security measure of relayed calls and
// messages in English and Russian.
func TestContactMasking(t *testing.T) {
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasureContactMasking}}
	expectText(t, readText(t, p, language.English), []string{"Calls and messages between you and the people you deal with through our service relayed through it, so that neither side sees the other's phone number."}, []string{"rider"})
	expectText(t, readText(t, p, language.Russian), []string{"Переадресация звонков и сообщений между вами и теми, с кем вы взаимодействуете через наш сервис, так что ни одна из сторон не видит номер телефона другой."}, []string{"пассажир"})
}

// TestAudienceGroupMembers checks that data the members of a private group
// such as a family circle see is stated so, in English and Russian.
func TestAudienceGroupMembers(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].VisibleTo = []policy.Audience{policy.AudienceGroupMembers}
	expectText(t, readText(t, p, language.English), []string{"This data is visible to the other members of the groups you join, such as your family circle."}, []string{"workspace"})
	expectText(t, readText(t, p, language.Russian), []string{"другие участники групп, в которые вы входите, например вашего семейного круга"}, nil)
}

// TestScoring checks that a purpose producing scores others decide on says
// so, in English and Russian, and that its profiling is not said to have
// no significant effect.
func TestScoring(t *testing.T) {
	const (
		en     = "This purpose produces scores about you, such as a credit score, that others use to take decisions about you."
		noEff  = "which has no legal or similarly significant effect on you"
		plainP = "This purpose involves profiling."
	)
	p := smallPolicy()
	p.Purposes[0].Profiling = true
	expectText(t, readText(t, p, language.English), []string{noEff}, []string{en})
	p.Purposes[0].Scoring = true
	expectText(t, readText(t, p, language.English), []string{en + " " + plainP}, []string{noEff})
	expectText(t, readText(t, p, language.Russian), []string{"на основании которых другие лица принимают решения о вас. Эта цель предполагает профилирование."}, []string{en})
}

// TestDevicePermission checks that data collected only with a permission
// the device asks for says so, in English and Russian, and only where
// declared.
func TestDevicePermission(t *testing.T) {
	const en = "We collect this data only once you allow it in your device's settings, where you can withdraw the permission at any time."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.Categories[0].DevicePermission = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Мы получаем эти данные, только если вы разрешите это в настройках устройства; там же разрешение можно отозвать в любое время."}, []string{en})
}

// TestPostMortemInstructions checks the right to give instructions for
// one's data after death, in English and Russian, with how to exercise it.
func TestPostMortemInstructions(t *testing.T) {
	p := smallPolicy()
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightPostMortemInstructions, How: "by writing to dpo@example.com"})
	expectText(t, readText(t, p, language.English), []string{
		"To give instructions on what becomes of your personal data after your death: whether it is kept, erased or passed on, and to whom. How: by writing to dpo@example.com."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"На дачу указаний о судьбе своих персональных данных после своей смерти: хранить ли их, удалить или передать и кому именно."}, nil)
}

// TestSuspensionContent checks the sentence on moderating content a person
// posts, in English and Russian.
func TestSuspensionContent(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetFeatures},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundIllegalContent, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo}
	expectText(t, readText(t, p, language.English), []string{
		"We may remove content you post or limit what you can do in our services where we suspect illegal content, abuse of the service or a breach of its terms."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы можем удалить размещённые вами материалы или ограничить ваши возможности в наших сервисах, если подозреваем размещение незаконных материалов, злоупотребление сервисом или нарушение его условий."}, nil)
}

// TestSuspensionReasonsOutOfCourt checks that a moderation decision is
// said to come with a statement of reasons, and disputes about the answer
// to an objection to go to a certified out-of-court body (Digital
// Services Act Arts. 17 and 21), only where declared, in English and
// Russian; and that the out-of-court body is not stated without a way to
// object first.
func TestSuspensionReasonsOutOfCourt(t *testing.T) {
	const (
		enReasons = "We tell you of the decision and why, in a statement of reasons."
		enCourt   = "If our answer to your objection does not satisfy you, you may take the dispute to a certified out-of-court dispute settlement body."
	)
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundIllegalContent}, Automated: policy.AnswerNo}
	expectText(t, readText(t, p, language.English), nil, []string{enReasons, "out-of-court"})

	p.Purposes[0].Suspension.Reasons = true
	p.Purposes[0].Suspension.OutOfCourt = true
	expectText(t, readText(t, p, language.English), []string{"where we suspect illegal content. A member of our staff takes this decision. " + enReasons}, []string{"out-of-court"})

	p.Purposes[0].Suspension.ContestURL = "https://example.com/appeal"
	expectText(t, readText(t, p, language.English), []string{enReasons, "https://example.com/appeal. " + enCourt}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"О решении и его причинах мы сообщаем вам в мотивированном уведомлении.",
		"Если наш ответ на ваше возражение вас не устроит, вы можете передать спор в сертифицированный орган внесудебного урегулирования споров.",
	}, []string{"statement of reasons"})
}

// TestSpecialCategoryUnderUSLaw checks that a special category is called
// sensitive personal information where only laws without special
// categories (the CCPA, the US state laws) are declared.
func TestSpecialCategoryUnderUSLaw(t *testing.T) {
	const gdpr, us = "This is a special category of personal data.", "This is sensitive personal information."
	p := smallPolicy()
	p.Categories[0].Sensitivity = policy.SensitivitySpecial
	p.Laws = []policy.Law{policy.GDPR}
	expectText(t, readText(t, p, language.English), []string{gdpr}, []string{us})
	p.Laws = []policy.Law{policy.CCPA, policy.USStates}
	expectText(t, readText(t, p, language.English), []string{us}, []string{gdpr})
	expectText(t, readText(t, p, language.Russian), []string{"Это чувствительные персональные данные."}, nil)
}

// TestPortabilityUnderUSLaw checks that the right to a portable copy under
// US state laws is stated without the GDPR's conditions of consent or
// contract, which those laws do not set.
func TestPortabilityUnderUSLaw(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA, policy.USStates}
	p.Purposes[1].Bases = []policy.Basis{policy.BasisLegalObligation}
	p.Rights = []policy.Right{{Kind: policy.RightPortability}}
	text := readText(t, p, language.English)
	expectText(t, text, []string{"To obtain a copy of the personal data you provided to us in a portable and, where technically feasible, readily usable format"},
		[]string{"on your consent or under a contract", "another controller"})
	expectText(t, readText(t, p, language.Russian), []string{"На получение копии предоставленных вами персональных данных в переносимом"}, nil)
}

// TestShineTheLight checks the statement of California's "Shine the
// Light" right, in English and Russian, and only where declared.
func TestShineTheLight(t *testing.T) {
	const en = "you may ask us once a year, free of charge, which categories of personal information we disclosed to third parties for their direct marketing in the preceding calendar year"
	p := ccpaPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.CCPA.ShineTheLight = true
	expectText(t, readText(t, p, language.English), []string{en, "(California Civil Code section 1798.83). To ask, contact us as described in section"}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"раз в год бесплатно запросить у нас, какие категории персональных данных мы раскрыли третьим лицам для их прямого маркетинга"}, []string{en})
}

// TestJournalism checks the statement that a purpose serves journalism and
// is exempt from some rights, in English and Russian, and only where
// declared.
func TestJournalism(t *testing.T) {
	const en = "This processing serves journalism: the law exempts it from some of the rights described in this Policy so far as they would be incompatible with the freedom of expression and information."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.Purposes[1].Journalism = true
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Эта обработка осуществляется в журналистских целях"}, []string{en})
}

// TestLinkedDataAboutOthers checks that data only other users give is said
// to be linked to the identity of the people it is about, not the reader's.
func TestLinkedDataAboutOthers(t *testing.T) {
	const yours, theirs = "This data is linked to your identity.", "This data is linked to the identity of the people it is about."
	p := smallPolicy()
	p.Categories[0].Linked = true
	expectText(t, readText(t, p, language.English), []string{yours}, []string{theirs})
	p.Categories[0].Sources = []policy.Source{policy.SourceOtherUsers}
	expectText(t, readText(t, p, language.English), []string{theirs}, []string{yours})
	expectText(t, readText(t, p, language.Russian), []string{"позволяющими установить личность тех, к кому они относятся"}, nil)
}

// TestPurposeMinimumAge checks the minimum age of one purpose, in English
// and Russian, and only where declared.
func TestPurposeMinimumAge(t *testing.T) {
	const en = "This purpose concerns only people who are 16 years old or over."
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{en})
	p.Purposes[1].MinimumAge = 16
	expectText(t, readText(t, p, language.English), []string{en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Эта цель касается только лиц, достигших возраста 16 лет."}, []string{en})
}

// TestEmploymentGroundUnder152FZ checks that the special-category ground
// of employment law reads as 152-FZ Art. 10(2)(2.3) words it, where
// 152-FZ is declared.
func TestEmploymentGroundUnder152FZ(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Categories[0].Sensitivity = policy.SensitivitySpecial
	p.Purposes[1].Bases = []policy.Basis{policy.BasisContract, policy.BasisEmploymentLaw}
	expectText(t, readText(t, p, language.English), []string{"rocessing in accordance with the law of the Russian Federation on state social assistance, labour law"},
		[]string{"social protection law"})
	expectText(t, readText(t, p, language.Russian), []string{"бработка в соответствии с законодательством Российской Федерации о государственной социальной помощи, трудовым законодательством"},
		[]string{"в сфере трудового законодательства"})
}

// TestSuspensionNonPayment checks that suspending services for unpaid
// bills is stated as a fact, not as a suspicion, alone and beside
// suspected grounds, in English and Russian.
func TestSuspensionNonPayment(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Automated: policy.AnswerNo}
	expectText(t, readText(t, p, language.English), []string{"We may suspend or limit the services you receive from us where you do not pay what you owe us."},
		[]string{"suspect"})
	expectText(t, readText(t, p, language.Russian), []string{"Мы можем приостановить или ограничить оказание вам наших услуг, если вы не оплачиваете задолженность перед нами."}, nil)
	p.Purposes[0].Suspension.Grounds = append(p.Purposes[0].Suspension.Grounds, policy.SuspensionGroundFraud)
	expectText(t, readText(t, p, language.English), []string{"We may suspend or limit the services you receive from us where we suspect fraud, or where you do not pay what you owe us."}, nil)
}

// TestRussianSuspensionGrounds checks that the grounds of a blocking are
// joined by commas in Russian, as one member of their clause, and that a
// ground whose participial phrase closes with a comma keeps it.
func TestRussianSuspensionGrounds(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundSafetyReport, policy.SuspensionGroundTermsBreach}, Automated: policy.AnswerNo}
	expectText(t, readText(t, p, language.Russian), []string{"если подозреваем небезопасное поведение, о котором сообщили другие пользователи, злоупотребление сервисом или нарушение его условий."},
		[]string{"; или"})
	p.Purposes[0].Suspension.Grounds = []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}
	expectText(t, readText(t, p, language.Russian), []string{"доходов, полученных преступным путём, или финансирование терроризма."}, nil)
}

// TestGovernedBy checks that data a US federal law governs is left out of
// the CCPA table and said to be governed by that law, in the California
// section and in the US state laws' paragraph, in English and Russian,
// and only where declared.
func TestGovernedBy(t *testing.T) {
	const (
		ca = "The CCPA, and the rights it gives you, do not apply to location, which the Gramm-Leach-Bliley Act governs instead (California Civil Code section 1798.145(e))."
		us = "The US state privacy laws, and the rights they give you, do not apply to location, which the Gramm-Leach-Bliley Act governs instead."
	)
	p := ccpaPolicy()
	p.Laws = append(p.Laws, policy.USStates)
	text := readText(t, p, language.English)
	expectText(t, text, []string{"- (G) "}, []string{ca, us, "Gramm-Leach-Bliley"})
	p.Categories[1].GovernedBy = policy.SectoralGLBA
	text = readText(t, p, language.English)
	expectText(t, text, []string{ca, us, "- (A) "}, []string{"- (G) "})
	expectText(t, readText(t, p, language.Russian), []string{
		"В силу статьи 1798.145(e) Гражданского кодекса Калифорнии CCPA и предоставляемые им права не распространяются на следующие данные: ",
		"; в отношении этих данных применяется Закон Грэмма — Лича — Блайли (Gramm-Leach-Bliley Act).",
		"Законы штатов США о защите персональных данных и предоставляемые ими права не распространяются на следующие данные: "}, []string{ca, us})
	// Sensitive data the CCPA exempts is not called its sensitive
	// personal information.
	p.Categories[1].Sensitivity = policy.SensitivitySensitive
	p.Categories[1].GovernedBy = policy.SectoralHIPAA
	text = readText(t, p, language.English)
	expectText(t, text, []string{"This is sensitive data, which the Health Insurance Portability and Accountability Act (HIPAA) governs."}, []string{"This is sensitive personal information."})
	expectText(t, readText(t, p, language.Russian), []string{"Это чувствительные данные, в отношении которых применяется Закон о переносимости"}, nil)
}

// TestSafetyTipsJoined checks that two pieces of advice, one holding a
// comma, are joined by ", and ", not ", as well as", which joins nouns;
// and by a semicolon where one holds ", and" of its own.
func TestSafetyTipsJoined(t *testing.T) {
	p := smallPolicy()
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipKeepSecret}
	text := readText(t, p, language.English)
	expectText(t, text, []string{"To keep your account safe, turn on two-step verification; keep your password and one-time codes secret, and do not let others use your account."}, []string{"as well as keep"})
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipTwoStep, policy.SafetyTipSuspiciousMessages}
	text = readText(t, p, language.English)
	expectText(t, text, []string{"To keep your account safe, turn on two-step verification; do not answer messages that ask for your password or payment details, and report them to us."},
		[]string{"as well as do not", "verification, and do not"})
}

// TestHumanDecisionOnce checks that a purpose whose every decision a person
// takes does not say again, of its suspension, that a person takes it.
func TestHumanDecisionOnce(t *testing.T) {
	const again = "A member of our staff takes this decision."
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerNo, Contest: "by writing to us"}
	expectText(t, readText(t, p, language.English), []string{again}, nil)
	p.Purposes[0].HumanDecision = true
	expectText(t, readText(t, p, language.English), []string{"a member of our staff takes every decision that affects you."}, []string{again})
	expectText(t, readText(t, p, language.Russian), []string{"принимает наш сотрудник."}, []string{"Такое решение принимает наш сотрудник."})
}

// TestAuthorityNameCapitalised checks that a supervisory authority's name
// written in lower case, to read well inside a sentence, is capitalised
// where it starts an item of the list of authorities.
func TestAuthorityNameCapitalised(t *testing.T) {
	p := smallPolicy()
	p.Redress = append(p.Redress, policy.Redress{Kind: policy.RedressSupervisoryAuthority, Region: language.MustParseRegion("PL"),
		Contact: policy.Contact{Name: "the President of the Personal Data Protection Office", Website: "https://uodo.example"}})
	expectText(t, readText(t, p, language.English), []string{". The President of the Personal Data Protection Office, https://uodo.example (competent for us in Poland)."}, []string{". the President"})
}

// TestAlwaysPublicWithConsent checks that data public whenever it is held,
// but only with the person's consent to its dissemination, is not said to
// be "always" public, in English and Russian.
func TestAlwaysPublicWithConsent(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Visibility = policy.VisibilityAlways
	expectText(t, readText(t, p, language.English), []string{"This data is always public"}, []string{"once you consent"})
	p.Categories[0].DisseminationConsent = true
	expectText(t, readText(t, p, language.English), []string{
		"This data is public once you consent to its dissemination: anyone can see it, and others may copy or archive it. You give that consent separately from any other consent;"},
		[]string{"always public", "We make it public only"})
	expectText(t, readText(t, p, language.Russian), []string{"как только вы дадите согласие на их распространение", "Это согласие оформляется отдельно"}, []string{"всегда доступны"})
}

// TestRussianControllerTerms checks that a Russian document under the GDPR
// alone names every role after the controller (контролёр), and one that
// also declares 152-FZ after the operator (оператор), as it names the
// controller.
func TestRussianControllerTerms(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Recipients = []*policy.Recipient{{ID: "mailer", Name: "Mailer", Role: policy.RoleProcessor, Categories: p.Categories},
		{ID: "partner", Name: "Partner", Role: policy.RoleJointController, Categories: p.Categories, Arrangement: "We answer your requests."}}
	p.Rights = []policy.Right{{Kind: policy.RightPortability}}
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{"Контролёром", "по поручению контролёра", "совместный контролёр", "передачу другому контролёру"}, []string{"оператор"})
	p.Laws = []policy.Law{policy.FZ152, policy.GDPR}
	ru = readText(t, p, language.Russian)
	expectText(t, ru, []string{"Оператором", "по поручению оператора", "совместный оператор"}, []string{"контролёр"})
}

// TestRetentionPeriodLaw checks that the law that sets a fixed period of
// retention is stated, in English and Russian, not dropped.
func TestRetentionPeriodLaw(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Retention = policy.Keep(policy.Years(10), policy.EventCollection)
	p.Categories[0].Retention.Law = "Central Bank Circular No. 3,978/2020, Art. 67"
	expectText(t, readText(t, p, language.English), []string{"for 10 years after collection, then deleted. This period is set by Central Bank Circular No. 3,978/2020, Art. 67."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Этот срок установлен законодательством: Central Bank Circular No. 3,978/2020, Art. 67."}, nil)
}

// TestLGPDOwnWording checks the wording of the LGPD where it differs from the
// GDPR's: portability without the conditions of GDPR Art. 20(1) (LGPD Art.
// 18(V)), a legal or regulatory obligation (Art. 7(II)) and fraud
// prevention only in identification and authentication (Art.
// 11(II)(g)), in English and Russian.
func TestLGPDOwnWording(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.LGPD}
	p.Purposes[0].Bases = []policy.Basis{policy.BasisLegalObligation, policy.BasisFraudPrevention}
	p.Purposes[0].Obligations = []policy.Obligation{{Act: "Central Bank Resolution No. 4,893/2021", Region: language.MustParseRegion("BR")}}
	p.Rights = []policy.Right{{Kind: policy.RightPortability}}
	en := readText(t, p, language.English)
	expectText(t, en, []string{
		"To the portability of your data to another provider of a service or product, on your express request",
		"legal or regulatory obligations imposed on us",
		"in identifying you and authenticating your registration in electronic systems",
	}, []string{"by automated means on your consent or under a contract"})
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{"На перенос своих данных другому поставщику услуг или товаров", "законом или нормативными актами", "при вашей идентификации и аутентификации"}, []string{"автоматизированными средствами"})
	// Under the LGPD and the CCPA, neither of which sets the GDPR's
	// conditions, the right is stated without them.
	p.Laws = []policy.Law{policy.LGPD, policy.CCPA}
	expectText(t, readText(t, p, language.English), []string{"machine-readable format"}, []string{"by automated means on your consent or under a contract"})
}

// TestWithdrawalUnderFADP checks that the right to withdraw consent, which
// the FADP grants too (Art. 30(2)(b)), is not marked as the GDPR's alone
// in a document under both.
func TestWithdrawalUnderFADP(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP, policy.GDPR}
	p.Rights = []policy.Right{{Kind: policy.RightWithdrawConsent}, {Kind: policy.RightRestriction}}
	text := readText(t, p, language.English)
	expectText(t, text, []string{"To restrict the processing of your data (under the GDPR)"}, []string{"withdrawal (under the GDPR)"})
}

// TestDerivedFromOwnedName checks that data derived from categories whose
// names say whose data they are, or are clauses, is not said to be
// derived from "your your …" or "your what …".
func TestDerivedFromOwnedName(t *testing.T) {
	p := smallPolicy()
	src := &policy.Category{ID: "purchases", Name: "What you buy", Items: []string{"products"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	p.Categories = append(p.Categories, src)
	p.Categories[0].DerivedFrom = []*policy.Category{src}
	p.Categories[0].Sources = append(p.Categories[0].Sources, policy.SourceDerived)
	p.Purposes[0].Categories = append(p.Purposes[0].Categories, src)
	expectText(t, readText(t, p, language.English), []string{"derived from what you buy."}, []string{"your what", "We derive it"})
	src.Name = "Your searches"
	expectText(t, readText(t, p, language.English), []string{"derived from your searches."}, []string{"your your"})
	src.Name = "Searches"
	expectText(t, readText(t, p, language.English), []string{"derived from your searches."}, []string{"derived from other data we hold"})
}

// TestControllerComplaintTimetable checks that the right to complain to
// the controller promises DPA 2018 s. 164A's timetable only for a policy
// under the UK GDPR in effect from 19 June 2026, in English and Russian.
func TestControllerComplaintTimetable(t *testing.T) {
	const timetable = "we acknowledge a complaint within 30 days"
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	p.Rights = []policy.Right{{Kind: policy.RightControllerComplaint}}
	p.Effective = policy.MakeDate(2025, time.March, 1)
	expectText(t, readText(t, p, language.English), []string{"To complain to us about how we use your personal data, before or instead of complaining to a supervisory authority."}, []string{timetable})
	expectText(t, readText(t, p, language.Russian), []string{"до обращения в надзорный орган или вместо него."}, []string{"в течение 30 дней"})
	p.Effective = policy.MakeDate(2026, time.June, 19)
	expectText(t, readText(t, p, language.English), []string{timetable}, nil)
	p.Laws = []policy.Law{policy.GDPR}
	expectText(t, readText(t, p, language.English), nil, []string{timetable})
}

// TestTollFreeNumberOnce checks that the CCPA section does not state the
// toll-free number again where a request method already gives it,
// however its digits are grouped.
func TestTollFreeNumberOnce(t *testing.T) {
	const own = "Our toll-free number for requests is"
	p := ccpaPolicy()
	p.CCPA.TollFreeNumber = "+1 800 555 0100"
	p.CCPA.RequestMethods = []string{"our web form"}
	expectText(t, readText(t, p, language.English), []string{own + " +1 800 555 0100."}, nil)
	p.CCPA.RequestMethods = []string{"our web form", "calling 1-800-555-0100"}
	expectText(t, readText(t, p, language.English), []string{"calling 1-800-555-0100"}, []string{own})
}

// TestNamesCapitalisedAtItemStart checks that category and purpose names
// written in lower case, as a policy written in Russian writes them to
// read well inside its sentences, start their items with a capital,
// while inside a sentence they keep their case; and that the way to
// contest a blocking follows a colon in Russian, where a gerund phrase
// («позвонив …») after «можно» would need a comma a noun phrase must not
// have.
func TestNamesCapitalisedAtItemStart(t *testing.T) {
	p := smallPolicy()
	p.Language = language.Russian
	p.Title = "политика в отношении обработки персональных данных"
	p.Categories[0].Name = "данные абонента"
	p.Purposes[0].Name = "оказание услуг связи"
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Automated: policy.AnswerNo, Contest: "позвонив в контактный центр"}
	text := readText(t, p, language.Russian)
	if !strings.HasPrefix(text, "Политика в отношении обработки персональных данных") {
		t.Errorf("the title starts in lower case: %.80q", text)
	}
	expectText(t, text, []string{"Данные абонента", "Оказание услуг связи", "Как оспорить решение: позвонив в контактный центр."},
		[]string{". данные абонента", ". оказание услуг связи", "можно позвонив"})
}

// TestAlternativesOfAlternatives checks that a list of things a purpose
// may block, one of them two alternatives itself, sets that one off: by a
// comma before the last "or" in English, by «либо» in Russian.
func TestAlternativesOfAlternatives(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetOrder},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerNo, Contest: "by writing to us"}
	expectText(t, readText(t, p, language.English), []string{"We may suspend a payment or transfer, or cancel an order where we suspect fraud."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"приостановить платёж или перевод либо отменить заказ"}, nil)
}

// TestSafetyTipsOnUse checks that advice on using the service safely,
// unlike advice on the account, is given in sentences of its own, in
// English and Russian.
func TestSafetyTipsOnUse(t *testing.T) {
	p := smallPolicy()
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipCheckAIOutput, policy.SafetyTipTwoStep, policy.SafetyTipNoSensitiveInput, policy.SafetyTipWipeDevice, policy.SafetyTipPayOnPlatform}
	expectText(t, readText(t, p, language.English), []string{
		"To keep your account safe, turn on two-step verification. Check what our AI features produce before you rely on it, as it can be wrong. Do not enter sensitive information about yourself or others in our AI features. Before you hand in a device for repair, return or trade-in, or sell it, back up and delete your data on it and remove it from your account. Pay other users only through our services, never outside them.",
	}, []string{"safe, check what", "turn on two-step verification and"})
	expectText(t, readText(t, p, language.Russian), []string{
		"Проверяйте то, что создают наши функции искусственного интеллекта, прежде чем на это полагаться: результат может быть ошибочным.",
		"Оплачивайте услуги других пользователей только через наши сервисы и никогда в обход них.",
	}, []string{"AI features"})
}

// TestUserDutiesAndSecurityCaveat checks what a policy asks of its users
// about the data they give, and the caveat that no security is complete:
// each stated only where declared, once, in English and Russian.
func TestUserDutiesAndSecurityCaveat(t *testing.T) {
	const (
		accuracy = "You are responsible for the accuracy of the data you give us about yourself: please tell us when it changes, and we will correct it."
		others   = "Where you give us data about other people, you must be entitled to give it to us and tell them of it and of this Policy."
		caveat   = "No way of transmitting or storing data is completely secure, so we cannot guarantee that your data will never be accessed without authorisation."
	)
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}}
	expectText(t, readText(t, p, language.English), nil, []string{accuracy, others, caveat})
	p.UserDuties = []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed, policy.UserDutyAccuracy}
	p.SecurityCaveat = true
	text := readText(t, p, language.English)
	expectText(t, text, []string{accuracy + " " + others, "with the following measures: 7.1.1. Encryption", caveat}, nil)
	if strings.Count(text, accuracy) != 1 {
		t.Errorf("the duty of accuracy is stated %d times", strings.Count(text, accuracy))
	}
	expectText(t, readText(t, p, language.Russian), []string{
		"Вы отвечаете за достоверность сведений о себе, которые вы нам предоставляете",
		"Ни один способ передачи или хранения данных не обеспечивает полной защиты",
	}, []string{"accuracy", "No way"})
}

// TestFADPGrounds checks the grounds under the FADP alone, in its words:
// a contract concluded or performed (Art. 31(2)(a)), not terminated, and
// an overriding interest (Art. 31(1)), not processing that "does not
// violate" the person's rights; and that Russian cites two of its
// articles each in its own form.
func TestFADPGrounds(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP}
	p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	p.Purposes[0].Interest = "telling customers about our products"
	text := readText(t, p, language.English)
	expectText(t, text, []string{
		"An overriding private interest of ours or of a third party, or an overriding public interest (FADP Art. 31(1)).",
		"The need to conclude or perform a contract with you (FADP Art. 31(2)(a)).",
	}, []string{"does not violate", "or terminate"})
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{"Преобладающий частный интерес — наш или третьих лиц — либо преобладающий публичный интерес", "Необходимость заключения или исполнения договора с вами"}, nil)
	p.Categories[0].Sensitivity = policy.SensitivitySpecial
	p.Purposes[1].Bases = []policy.Basis{policy.BasisExplicitConsent}
	expectText(t, readText(t, p, language.Russian), []string{"п. 7 ст. 6, п. 1 ст. 31 FADP"}, []string{"ст. 6(7)"})
}

// TestOptOutHow checks that how to opt out of a purpose is stated with the
// opt-out, in English and Russian, and that without it the opt-out is
// stated alone.
func TestOptOutHow(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	p.Purposes[0].Interest = "telling customers about our products"
	p.Purposes[0].Withdraw = ""
	p.Purposes[0].OptOut = true
	expectText(t, readText(t, p, language.English), []string{"You can object to this processing or opt out of it at any time."}, nil)
	p.Purposes[0].OptOutHow = "with the unsubscribe link in each email"
	expectText(t, readText(t, p, language.English), []string{"You can object to this processing or opt out of it at any time: with the unsubscribe link in each email."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Вы можете в любой момент возразить против такой обработки или отказаться от неё: with the unsubscribe link in each email."}, nil)
	p.Laws = []policy.Law{policy.CCPA}
	p.Purposes[0].Bases = nil
	expectText(t, readText(t, p, language.English), []string{"You can opt out of this processing at any time: with the unsubscribe link in each email."}, nil)
}

// TestDecisionAreas checks that the areas a purpose's automated
// decisions concern are named after them in English and Russian, that
// decisions only outside the areas the US state laws list are said to
// concern none of them, and that without areas nothing is added.
func TestDecisionAreas(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Automated = "we set your credit limit automatically"
	expectText(t, readText(t, p, language.English), []string{"Automated decision-making: we set your credit limit automatically."}, []string{"These decisions"})
	p.Purposes[0].DecisionAreas = []policy.DecisionArea{policy.DecisionFinancial, policy.DecisionInsurance, policy.DecisionOther}
	expectText(t, readText(t, p, language.English), []string{"Automated decision-making: we set your credit limit automatically. These decisions concern financial or lending services, insurance cover and other matters."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Эти решения касаются финансовых или кредитных услуг, страхования и других вопросов."}, nil)
	p.Purposes[0].DecisionAreas = []policy.DecisionArea{policy.DecisionOther}
	expectText(t, readText(t, p, language.English), []string{"These decisions do not concern financial or lending services, housing, insurance, education, criminal justice, employment, health care or access to essential goods or services."}, []string{"other matters"})
	expectText(t, readText(t, p, language.Russian), []string{"Эти решения не касаются финансовых или кредитных услуг, жилья,"}, nil)
}

// TestSelfNoun checks that an English document titled a notice or a
// statement calls itself so in the library's own sentences, that the
// service's own text is left as written, and that other languages keep
// their word.
func TestSelfNoun(t *testing.T) {
	for title, want := range map[string]string{
		"":                                 "",
		"Privacy Policy":                   "",
		"Privacy Notice":                   "Notice",
		"Privacy notice for customers":     "Notice",
		"Global Privacy Statement":         "Statement",
		"Cookie Policy and Privacy Notice": "",
		"Noticeboard rules":                "",
	} {
		if got := selfNoun(title); got != want {
			t.Errorf("selfNoun(%q) = %q; want %q", title, got, want)
		}
	}
	p := smallPolicy()
	p.Introduction = []string{"Read this Policy with care."}
	en := readText(t, p, language.English)
	expectText(t, en, []string{"Changes to this Policy"}, []string{"this Notice"})
	p.Title = "Privacy Notice"
	en = readText(t, p, language.English)
	expectText(t, en, []string{"Read this Policy with care.", "Changes to this Notice"}, nil)
	if n := strings.Count(en, "this Policy") + strings.Count(en, "This Policy"); n != 1 {
		t.Errorf("the English text says “this Policy” %d times besides the service's own; want none:\n%s", n-1, en)
	}
	expectText(t, readText(t, p, language.Russian), []string{"о настоящем Уведомлении", "6. Изменение Уведомления"}, []string{"this Notice", "Политик"})
}

// TestConsentAgeMoot checks that a consent age no user is below, the
// minimum age itself without a parent's consent, states no consent with
// a parent and no restrictions for younger users, and that with a
// parent's consent it does.
func TestConsentAgeMoot(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 16, ConsentAge: 16, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoPersonalisedAds}}
	younger := []string{"Younger users consent", "Users under that age"}
	expectText(t, readText(t, p, language.English), []string{"Our services are not intended for persons under 16 years of age. Users give consent to the processing of their data alone once they are 16 years old."}, younger)
	expectText(t, readText(t, p, language.Russian), nil, []string{"Пользователи младше", "вместе с родителем"})
	p.Children.ParentalConsent = true
	expectText(t, readText(t, p, language.English), younger, nil)
}

// TestSummaryNameCapitalised checks that the summary starts each row with
// the category's name capitalised, as the categories section does, where
// the policy writes it in lower case.
func TestSummaryNameCapitalised(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Name = "email address"
	expectText(t, readText(t, p, language.English), []string{"At a glance - Email address. Purposes:", "2.1.1. Email address:"}, []string{"- email address."})
}

// TestRecipientOwnPolicy checks that a recipient whose own privacy policy
// governs the data says so where no address of that policy is given, and
// that the address, where given, says it instead.
func TestRecipientOwnPolicy(t *testing.T) {
	p := smallPolicy()
	r := &policy.Recipient{ID: "sellers", Name: "the sellers you buy from", Role: policy.RoleThirdParty, Categories: p.Categories[:1], OwnPolicy: true}
	p.Recipients = []*policy.Recipient{r}
	p.Purposes[0].Recipients = p.Recipients
	own := "These recipients use the data under their own privacy policies, which govern what they do with it."
	expectText(t, readText(t, p, language.English), []string{own}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Получатель обрабатывает данные в соответствии со своей политикой"}, nil)
	r.NoticeURL = "https://mailer.example/privacy"
	expectText(t, readText(t, p, language.English), []string{"explained in their own privacy notices, published at https://mailer.example/privacy."}, []string{own})
}

// TestChildrenBestInterest checks that children's best interest is stated
// in the children section in both languages, that it keeps the section
// titled "Children" for a service of adults only, and that a restriction
// of direct marketing is stated with the others.
func TestChildrenBestInterest(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 12, BestInterest: true, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionNoMarketing}}
	expectText(t, readText(t, p, language.English), []string{"We process the personal data of children and adolescents in their best interest.", "Minors receive no direct marketing."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Персональные данные детей и подростков мы обрабатываем в их наилучших интересах.", "Несовершеннолетние пользователи не получают рекламных рассылок и звонков."}, nil)
	p.Children = policy.Children{MinimumAge: 18}
	expectText(t, readText(t, p, language.English), []string{"Age Restrictions"}, []string{"best interest"})
	p.Children.BestInterest = true
	expectText(t, readText(t, p, language.English), []string{"Children", "best interest"}, []string{"Age Restrictions"})
}

// TestServiceMessages checks that a purpose's service messages are said
// not to be marketing, in both languages.
func TestServiceMessages(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].ServiceMessages = true
	expectText(t, readText(t, p, language.English), []string{"The messages this purpose sends are not marketing: we send them even if you have opted out of marketing."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"не являются рекламой"}, nil)
}

// TestSelfNounRussian checks that a Russian document titled a notice or a
// statement calls itself so, in the case each sentence asks, and that one
// titled a policy keeps «Политика».
func TestSelfNounRussian(t *testing.T) {
	p := smallPolicy()
	p.Title = "Уведомление о конфиденциальности"
	p.Acknowledgement = true
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{"Настоящее Уведомление объясняет", "с настоящим Уведомлением", "Изменение Уведомления", "о настоящем Уведомлении"}, []string{"Политик"})
	p.Title = "Privacy Statement"
	expectText(t, readText(t, p, language.Russian), []string{"Настоящее Заявление объясняет", "Изменение Заявления"}, []string{"Политик"})
	p.Title = "Политика обработки персональных данных"
	expectText(t, readText(t, p, language.Russian), []string{"Настоящая Политика объясняет", "Изменение Политики"}, []string{"Уведомлени"})
}

// TestProcessorRussianLGPD checks that a Russian document under the LGPD
// names a processor as acting on the controller's behalf, in the terms it
// uses for the controller, not 152-FZ's operator.
func TestProcessorRussianLGPD(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.LGPD}
	r := &policy.Recipient{ID: "cloud", Name: "cloud providers", Role: policy.RoleProcessor, Categories: p.Categories[:1]}
	p.Recipients = []*policy.Recipient{r}
	p.Purposes[0].Recipients = p.Recipients
	expectText(t, readText(t, p, language.Russian), []string{"(лицо, осуществляющее обработку по поручению контролёра)", "Контролёром ваших данных"}, []string{"по поручению оператора"})
}

// TestObjectionFADP checks that under the FADP alone the right to object
// is stated for the processing of the person's data whatever its ground
// (Art. 30(2)(b)), and with the GDPR declared too, as the GDPR ties it.
func TestObjectionFADP(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP}
	p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	p.Purposes[0].Interest = "telling customers about new products"
	p.Rights = []policy.Right{{Kind: policy.RightObjection}}
	expectText(t, readText(t, p, language.English), []string{"To object to the processing of your data.", "Legal ground: overriding interest (", "Our overriding interest: telling customers about new products."}, []string{"based on legitimate interests", "legitimate interest"})
	expectText(t, readText(t, p, language.Russian), []string{"На возражение против обработки своих данных."}, nil)
	p.Laws = []policy.Law{policy.FADP, policy.GDPR}
	expectText(t, readText(t, p, language.English), []string{"To object to processing based on legitimate interests.", "Our legitimate interest:"}, []string{"overriding interest ("})
}

// TestParentRequestsOutsideUS checks that a parent's requests are stated
// as the rights of the US children's privacy rule only where a US law is
// declared, and elsewhere as the child's own rights.
func TestParentRequestsOutsideUS(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13, ParentRequests: "by writing to privacy@acme.example"}
	p.Laws = []policy.Law{policy.FADP}
	expectText(t, readText(t, p, language.English), []string{"A parent or guardian may exercise their child's rights over the personal data we hold about the child."}, []string{"refuse its further collection"})
	p.Laws = []policy.Law{policy.GDPR, policy.CCPA}
	expectText(t, readText(t, p, language.English), []string{"have it deleted and refuse its further collection or use."}, nil)
}

// TestChildrenScope checks that a minimum age that applies to part of the
// services, such as a health plan's websites, is stated for that part.
func TestChildrenScope(t *testing.T) {
	p := smallPolicy()
	p.Children = policy.Children{MinimumAge: 13, Scope: "our websites and apps"}
	expectText(t, readText(t, p, language.English), []string{"Our websites and apps are not intended for persons under 13 years of age."}, []string{"Our services are not intended"})
	p.Children.Scope = "наши сайты и приложения"
	p.Language = language.Russian
	expectText(t, readText(t, p, language.Russian), []string{"Наши сайты и приложения не предназначены для лиц младше 13 лет."}, []string{"Наши сервисы"})
}
