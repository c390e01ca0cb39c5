package render

import (
	"testing"

	"github.com/gopolicy/policy"

	"golang.org/x/text/language"
)

// TestPurposeRegions: a purpose limited to some regions' data subjects
// says so, in the document's language, and a purpose for everyone says
// nothing of regions.
func TestPurposeRegions(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Regions = []language.Region{language.MustParseRegion("US"), language.MustParseRegion("CA")}
	expectText(t, readText(t, p, language.English), []string{"This purpose concerns only people in the United States and Canada."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"Эта цель касается только лиц, находящихся на территории США и Канады."}, []string{"United States"})

	p.Purposes[0].Regions = nil
	expectText(t, readText(t, p, language.English), nil, []string{"concerns only"})
}

// TestOthersConsent: data other users give about a person names them as
// its source, and what the user who gives it confirms, in both languages;
// without OthersConsent the document asserts no such confirmation.
func TestOthersConsent(t *testing.T) {
	p := smallPolicy()
	cat := p.Categories[0]
	cat.Sources = append(cat.Sources, policy.SourceOtherUsers)
	cat.OthersConsent = true
	expectText(t, readText(t, p, language.English), []string{"provided by other users",
		"A user who gives us such data about another person confirms having that person's consent or another right to give it, and answers for it."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{"другие пользователи",
		"Пользователь, передающий нам такие данные о другом лице, подтверждает, что получил согласие этого лица"}, []string{"provided by", "consent"})

	cat.OthersConsent = false
	expectText(t, readText(t, p, language.English), []string{"provided by other users"}, []string{"confirms having"})
}

// TestRightUnderItsLaw: a right only some of the declared laws grant
// (policy.RightsFor) names them, in both languages; where every declared
// law grants it, or the policy declares one law, it names none.
func TestRightUnderItsLaw(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.CCPA}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNonDiscrimination}, policy.Right{Kind: policy.RightKnow})
	en := readText(t, p, language.English)
	expectText(t, en, []string{"Not to be discriminated against for exercising your privacy rights (under the CCPA).",
		"To know what personal information we collect, use and disclose (under the CCPA)."}, []string{"erased (under"})
	expectText(t, readText(t, p, language.Russian), []string{"(по нормам CCPA)."}, nil)

	p.Laws = []policy.Law{policy.GDPR, policy.CCPA, policy.USStates}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightOptOutOfSale}, policy.Right{Kind: policy.RightRestriction})
	expectText(t, readText(t, p, language.English), []string{
		"To opt out of the sale or sharing of your personal information (under the CCPA and US state privacy laws).",
		"To restrict the processing of your data (under the GDPR)."}, nil)

	p.Laws = []policy.Law{policy.CCPA}
	expectText(t, readText(t, p, language.English), nil, []string{"(under the CCPA)"})
}

// TestSafetyTips: the advice a policy gives on keeping an account safe
// reads as one sentence, the promise of never asking for a password as
// another, in both languages; a policy without tips says neither.
func TestSafetyTips(t *testing.T) {
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"To keep your account safe", "never ask"})
	p.SafetyTips = []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipStrongPassword, policy.SafetyTipSignOut}
	expectText(t, readText(t, p, language.English), []string{
		"To keep your account safe, use a strong password that you use for no other service and sign out of shared or public devices. We never ask for your password or a one-time code by phone, email or message."}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Чтобы защитить свою учётную запись, используйте надёжный пароль, который вы не используете в других сервисах; выходите из учётной записи на общих и общедоступных устройствах. Мы никогда не запрашиваем ваш пароль или одноразовый код по телефону, электронной почте или в сообщениях."}, nil)
}
