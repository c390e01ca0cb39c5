package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestExternal checks that the services of others a policy does not cover
// are stated in one sentence, each once, in English and Russian, with the
// policies that govern them named in the terms of 152-FZ where it is
// declared; and nothing where none is declared.
func TestExternal(t *testing.T) {
	p := smallPolicy()
	expectText(t, readText(t, p, language.English), nil, []string{"does not cover the websites"})
	p.External = []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks, policy.ExternalLinkedSites}
	expectText(t, readText(t, p, language.English), []string{
		"This Policy does not cover the following services of others; their own privacy policies govern what they collect: 1.1.1. The websites and apps of others that our services link to. 1.1.2. Social networks, when you interact with us on them or share content from our services to them.",
	}, []string{"1.1.3."})
	expectText(t, readText(t, p, language.Russian), []string{
		"Настоящая Политика не распространяется на перечисленные ниже сервисы других лиц — то, что там собирают, регулируется их собственными политиками конфиденциальности: 1.1.1. Сайты и приложения других лиц, на которые ведут ссылки из наших сервисов. 1.1.2. Социальные сети,",
	}, []string{"websites"})
	p.External = []policy.ExternalService{policy.ExternalConnectedApps}
	expectText(t, readText(t, p, language.English), []string{
		"This Policy does not cover the apps and services of others that you connect to your account or allow to read your data: their own privacy policies govern what they collect.",
	}, nil)
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.Russian), []string{
		"Настоящая Политика не распространяется на приложения и сервисы других лиц, которые вы подключаете к своей учётной записи или которым разрешаете доступ к своим данным: то, что там собирают, регулируется их собственными политиками в отношении обработки персональных данных.",
	}, nil)
}
