package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestConsentPlatformPrompt checks the sentence for consent given in the
// device's permission prompt, in English and Russian, and that a purpose
// with another method does not state it. The prompt is named by no
// platform: a purpose that asks for the microphone, or runs on Android,
// has no App Tracking Transparency prompt.
func TestConsentPlatformPrompt(t *testing.T) {
	const (
		en = "You give or refuse your consent in your device's permission prompt."
		ru = "Вы даёте согласие или отказываетесь от него, отвечая на запрос разрешения на вашем устройстве."
	)
	p := smallPolicy()
	p.Purposes[0].ConsentMethod = policy.ConsentMethodPlatformPrompt
	expectText(t, readText(t, p, language.English), []string{en}, []string{"App Tracking Transparency"})
	expectText(t, readText(t, p, language.Russian), []string{ru}, []string{"App Tracking Transparency"})

	p.Purposes[0].ConsentMethod = policy.ConsentMethodCheckbox
	expectText(t, readText(t, p, language.English), nil, []string{"permission prompt"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"запросе разрешения"})
}

// TestChildrenConsentAge checks the age from which users consent alone
// and what younger users are not given, in English and Russian, beside a
// minimum age and alone, and that nothing is stated when neither is
// declared.
func TestChildrenConsentAge(t *testing.T) {
	for _, tt := range []struct {
		name     string
		children policy.Children
		en, ru   []string
		not      []string
	}{
		{"consent age beside a minimum age", policy.Children{MinimumAge: 14, ParentalConsent: true, ConsentAge: 18},
			[]string{"Persons under 14 years of age may use our services only with the consent or authorisation of a parent or guardian. " +
				"Users give consent to the processing of their data alone once they are 18 years old. " +
				"Younger users consent together with a parent or guardian, or a parent or guardian consents for them."},
			[]string{"Пользователи, достигшие возраста 18 лет, дают согласие на обработку своих персональных данных самостоятельно. " +
				"Пользователи младше этого возраста дают согласие вместе с родителем или иным законным представителем, либо согласие за них даёт родитель или иной законный представитель."},
			[]string{"Users under that age", "Minors"}},
		{"restrictions under the consent age", policy.Children{MinimumAge: 13, ParentalConsent: true, ConsentAge: 21, Restrictions: []policy.ChildRestriction{
			policy.ChildRestrictionNoPersonalisedAds, policy.ChildRestrictionNoProfiling, policy.ChildRestrictionFilteredChat}},
			[]string{"once they are 21 years old.", "Users under that age see no personalised advertising, receive no offers or content chosen by profiling them and use chat only through a filter."},
			[]string{"достигшие возраста 21 год,", "Пользователи младше этого возраста не видят персонализированной рекламы; не получают предложений и материалов, подобранных на основе их профилирования; пользуются чатом только через фильтр."},
			nil},
		{"restrictions of minors alone", policy.Children{Restrictions: []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, 99}, Note: "Parents may ask us to delete data."},
			[]string{"Minors have profiles that are not shown to the public. Parents may ask us to delete data."},
			[]string{"Несовершеннолетние пользователи имеют профили, которые не показываются посторонним."},
			[]string{"once they are", "Users under that age"}},
		{"messages only from people followed", policy.Children{MinimumAge: 13, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionPrivateProfile, policy.ChildRestrictionLimitedMessaging}},
			[]string{"Minors have profiles that are not shown to the public and receive direct messages only from people they follow or are already connected with."},
			[]string{"Несовершеннолетние пользователи имеют профили, которые не показываются посторонним; получают личные сообщения только от тех, на кого подписаны или с кем уже связаны."},
			nil},
		{"parental controls", policy.Children{MinimumAge: 13, Restrictions: []policy.ChildRestriction{policy.ChildRestrictionFilteredChat, policy.ChildRestrictionParentalControls}},
			[]string{"Minors use chat only through a filter and can be placed under parental controls, with which a parent or guardian limits what they can do with their account."},
			[]string{"Несовершеннолетние пользователи пользуются чатом только через фильтр; могут быть поставлены под родительский контроль, при котором родитель или иной законный представитель ограничивает их возможности в учётной записи."},
			nil},
		{"nothing declared", policy.Children{MinimumAge: 16}, nil, nil,
			[]string{"once they are", "Younger users", "Users under that age", "Minors", "младше этого возраста", "Несовершеннолетние"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Children = tt.children
			expectText(t, readText(t, p, language.English), tt.en, tt.not)
			expectText(t, readText(t, p, language.Russian), tt.ru, tt.not)
		})
	}
}

// TestRecipientNoticeAndRetention checks that a recipient's clause states
// how long the recipient keeps the data and where its own privacy notice
// is published, in English and Russian, and neither when not declared.
func TestRecipientNoticeAndRetention(t *testing.T) {
	withRecipient := func(notice string, keep policy.Period) *policy.Policy {
		p := smallPolicy()
		fpa := &policy.Recipient{ID: "fpas", Name: "fraud prevention agencies", Role: policy.RoleThirdParty, Categories: p.Categories,
			NoticeURL: notice, Retention: keep}
		p.Recipients = []*policy.Recipient{fpa}
		p.Purposes[1].Recipients = []*policy.Recipient{fpa}
		return p
	}
	p := withRecipient("https://fpa.example/notice", policy.Years(6))
	expectText(t, readText(t, p, language.English), []string{
		"These recipients keep the data for up to 6 years. How these recipients use the data is explained in their own privacy notices, published at https://fpa.example/notice.",
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Наибольший срок хранения данных получателем: 6 лет. Как получатель использует данные, объясняется в его собственном уведомлении о конфиденциальности, опубликованном по адресу https://fpa.example/notice.",
	}, nil)
	d := mustCompose(t, p, Options{})
	if !linksTo(d, "https://fpa.example/notice") {
		t.Error("the recipient's notice is not a link")
	}

	p = withRecipient("", policy.Period{})
	expectText(t, readText(t, p, language.English), []string{"Fraud prevention agencies (third parties)."}, []string{"keeps the data", "own privacy notice"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"Наибольший срок", "собственном уведомлении"})
}

// linksTo reports whether a clause of d links to href.
func linksTo(d *Document, href string) bool {
	var walk func([]*Clause) bool
	walk = func(cs []*Clause) bool {
		for _, cl := range cs {
			for _, sp := range cl.Text {
				if sp.Kind == Link && sp.Href == href {
					return true
				}
			}
			if walk(cl.Clauses) {
				return true
			}
		}
		return false
	}
	for _, s := range d.Sections {
		if walk(s.Clauses) {
			return true
		}
	}
	return false
}

// TestBreachNotice checks that a security measure states how soon a
// breach and the results of its investigation are reported, in English
// and Russian, in hours where the period is at most three days (as GDPR
// Art. 33(1) and 152-FZ Art. 21(3.1) state it), and nothing of the kind
// when not declared.
func TestBreachNotice(t *testing.T) {
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasureBreachNotification, Breach: policy.BreachNotice{Authority: policy.Days(1), Results: policy.Days(3)}}}
	expectText(t, readText(t, p, language.English), []string{
		"We notify the supervisory authority of a personal data breach within 24 hours of discovering it. " +
			"We report the results of the investigation of the breach to the authority within 72 hours of discovering it.",
	}, []string{"1 day", "3 days"})
	expectText(t, readText(t, p, language.Russian), []string{
		"Срок уведомления уполномоченного органа об инциденте с персональными данными с момента его выявления: 24 часа. " +
			"Срок сообщения уполномоченному органу о результатах внутреннего расследования инцидента с момента его выявления: 72 часа.",
	}, []string{"1 день", "3 дня"})

	for _, tt := range []struct {
		n      policy.Period
		en, ru string
	}{
		{policy.Days(2), "within 48 hours of discovering it.", "с момента его выявления: 48 часов."},
		{policy.Days(3), "within 72 hours of discovering it.", "с момента его выявления: 72 часа."},
		{policy.Days(4), "within 4 days of discovering it.", "с момента его выявления: 4 дня."},
		{policy.Months(1), "within 1 month of discovering it.", "с момента его выявления: 1 месяц."},
		{policy.Period{Months: 1, Days: 1}, "within 1 month and 1 day of discovering it.", "с момента его выявления: 1 месяц и 1 день."},
	} {
		p.Security[0].Breach = policy.BreachNotice{Authority: tt.n}
		expectText(t, readText(t, p, language.English), []string{tt.en}, []string{"results of the investigation"})
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}

	p.Security[0].Breach = policy.BreachNotice{}
	expectText(t, readText(t, p, language.English), nil, []string{"of discovering it"})
	expectText(t, readText(t, p, language.Russian), nil, []string{"с момента его выявления"})
}
