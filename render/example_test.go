package render_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

func examplePolicy() *policy.Policy {
	email := &policy.Category{
		ID: "account.email", Name: "Account data", Items: []string{"email address", "username"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.WhileAccountActive(policy.Days(30)),
	}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Version:    "1.0",
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "account", Name: "Running your account",
			Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisContract},
		}},
		Laws:    []policy.Law{policy.GDPR},
		Changes: policy.Changes{EffectiveOnPosting: true},
	}
}

// Compose decides sections, numbers and wording once; every writer lays
// out the same document.
func ExampleCompose() {
	doc, err := render.Compose(examplePolicy(), render.Options{})
	if err != nil {
		panic(err)
	}
	for _, s := range doc.Sections {
		fmt.Println(s.Number, s.Title, "#"+s.ID)
	}
	// Output:
	// 1. General Provisions #general
	// 2. Categories of Processed Data #categories
	// 3. Purposes of Data Processing #purposes
	// 4. Legal Grounds for Data Processing #grounds
	// 5. Data Retention #retention
	// 6. Your Rights #rights
	// 7. Changes to this Policy #changes
	// 8. Contact #contact
}

func ExampleWriteText() {
	doc, err := render.Compose(examplePolicy(), render.Options{})
	if err != nil {
		panic(err)
	}
	doc.Sections = doc.Sections[1:5] // keep the example short
	if err := render.WriteText(os.Stdout, doc, render.TextOptions{Width: 72}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Privacy Policy
	// ==============
	//
	// Version: 1.0
	// Effective date: 1 March 2025
	//
	// This Privacy Policy explains how Example Ltd (“we”) processes
	// information about our users: what data we process, for what purposes, on
	// what grounds, and how we protect it.
	//
	// At a glance
	//
	// - Account data. Purpose: 3.1.1. Legal ground: performance of a contract
	//   (3.1.1). Retention: while your account is active and for 30 days after
	//   it is closed, then deleted.
	//
	// 2. Categories of Processed Data
	//
	// 2.1. We may process the following categories of data:
	//
	// 2.1.1. Account data: email address and username. Source: provided by
	//        you.
	//
	// 3. Purposes of Data Processing
	//
	// 3.1. We process data for the following purposes:
	//
	// 3.1.1. Running your account. Data used: account data. Legal ground:
	//        performance of a contract (4.1.1).
	//
	// 4. Legal Grounds for Data Processing
	//
	// 4.1. We process personal data on one or more of the following legal
	//      grounds:
	//
	// 4.1.1. The need to perform a contract with you, or to take steps at your
	//        request before entering into one (GDPR Art. 6(1)(b)). Purpose:
	//        3.1.1.
	//
	// 5. Data Retention
	//
	// 5.1. We keep data no longer than the purposes of processing require:
	//
	// 5.1.1. Account data: while your account is active and for 30 days after
	//        it is closed, then deleted.
	//
	// 5.2. When a retention period ends, we delete the data.
}

func ExampleWriteHTML() {
	doc, err := render.Compose(examplePolicy(), render.Options{})
	if err != nil {
		panic(err)
	}
	doc.Intro, doc.Summary = nil, nil        // keep the example short
	doc.Sections = doc.Sections[2:3]         // the purposes
	doc.Title = `Privacy <Policy> & "Terms"` // every string is escaped
	if err := render.WriteHTML(os.Stdout, doc, render.HTMLOptions{Fragment: true}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <article class="privacy-policy" lang="en">
	// <header>
	// <h1>Privacy &lt;Policy&gt; &amp; &#34;Terms&#34;</h1>
	// <p class="meta">Version: 1.0</p>
	// <p class="meta">Effective date: 1 March 2025</p>
	// </header>
	// <nav aria-labelledby="contents">
	// <h2 id="contents">Contents</h2>
	// <ol>
	// <li><a href="#purposes">Purposes of Data Processing</a></li>
	// </ol>
	// </nav>
	// <section id="purposes">
	// <h2>3. Purposes of Data Processing</h2>
	// <div class="clause" id="purposes-list">
	// <p><span class="num">3.1.</span>We process data for the following purposes:</p>
	// <div class="clause" id="purpose:account">
	// <p><span class="num">3.1.1.</span><strong>Running your account</strong>. Data used: account data. Legal ground: performance of a contract (<a href="#basis:contract">4.1.1</a>).</p>
	// </div>
	// </div>
	// </section>
	// </article>
}

func ExampleWriteMarkdown() {
	doc, err := render.Compose(examplePolicy(), render.Options{})
	if err != nil {
		panic(err)
	}
	doc.Intro, doc.Meta = nil, nil
	doc.Sections = doc.Sections[2:3]
	if err := render.WriteMarkdown(os.Stdout, doc); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Privacy Policy
	//
	// ## <a id="summary"></a>At a glance
	//
	// | Data | Purposes | Legal grounds | Retention |
	// | --- | --- | --- | --- |
	// | **Account data** | [3.1.1](<#purpose:account>) | performance of a contract ([3.1.1](<#purpose:account>)) | while your account is active and for 30 days after it is closed, then deleted |
	//
	// ## <a id="purposes"></a>3. Purposes of Data Processing
	//
	// <a id="purposes-list"></a>**3.1.** We process data for the following purposes:
	//
	// <a id="purpose:account"></a>**3.1.1.** **Running your account**. Data used: account data. Legal ground: performance of a contract ([4.1.1](<#basis:contract>)).
}

// A document in another language than the policy's needs the policy's own
// strings translated; the library's wording comes with it.
func ExampleCompose_russian() {
	p := examplePolicy()
	tr := catalog.NewBuilder()
	for en, ru := range map[string]string{
		"Example Ltd":          "ООО «Пример»",
		"Account data":         "Данные учётной записи",
		"email address":        "адрес электронной почты",
		"username":             "имя пользователя",
		"Running your account": "Ведение вашей учётной записи",
	} {
		if err := tr.SetString(language.Russian, en, ru); err != nil {
			panic(err)
		}
	}
	doc, err := render.Compose(p, render.Options{Language: language.Russian, Translations: tr})
	if err != nil {
		panic(err)
	}
	doc.Intro, doc.Summary = nil, nil
	doc.Sections = doc.Sections[4:5]
	if err := render.WriteText(os.Stdout, doc, render.TextOptions{Width: 72}); err != nil {
		fmt.Println(err)
	}

	// Without a translation, Compose says what is missing.
	empty := catalog.NewBuilder()
	_, err = render.Compose(p, render.Options{Language: language.Russian, Translations: empty})
	fmt.Println(strings.Split(err.Error(), "\n")[0])
	// Output:
	// Политика конфиденциальности
	// ===========================
	//
	// Версия: 1.0
	// Дата вступления в силу: 1 марта 2025 г.
	//
	// 5. Сроки хранения данных
	//
	// 5.1. Мы храним данные не дольше, чем этого требуют цели обработки:
	//
	// 5.1.1. Данные учётной записи: пока ваша учётная запись активна и 30 дней
	//        после её закрытия, после чего данные удаляются.
	//
	// 5.2. По истечении срока хранения мы удаляем данные.
	// controller.name: no ru translation of "Example Ltd"; add it to Options.Translations (privacy extract -lang ru lists the strings) [error i18n.translation.missing]
}

// American English respells the library's wording and writes dates month
// first; the policy's own strings stay as they are.
func ExampleCompose_americanEnglish() {
	p := examplePolicy()
	p.Laws = []policy.Law{policy.CCPA}
	p.Categories[0].Name = "Account data (as organised by you)"
	p.SecurityCaveat = true
	p.Security = []policy.Measure{{Kind: policy.MeasureEncryptionInTransit}}
	doc, err := render.Compose(p, render.Options{Language: language.AmericanEnglish})
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Language)
	for _, line := range doc.Meta {
		fmt.Println(line)
	}
	var b strings.Builder
	if err := render.WriteText(&b, doc, render.TextOptions{Width: 1000}); err != nil {
		panic(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "2.1.1.") || strings.Contains(line, "without authori") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// en-US
	// Version: 1.0
	// Effective date: March 1, 2025
	// 2.1.1. Account data (as organised by you): email address and username. Source: provided by you.
	// 7.2. No way of transmitting or storing data is completely secure, so we cannot guarantee that your data will never be accessed without authorization.
}

// A policy written in Russian under 152-FZ alone needs no translations to
// render in Russian. Its general provisions define the terms of Art. 3
// it uses, and its grounds list the acts its processing rests on.
func ExampleCompose_operator() {
	ru := language.MustParseRegion("RU")
	contacts := &policy.Category{ID: "contacts", Name: "Контактные данные", Items: []string{"имя", "номер телефона"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	p := &policy.Policy{
		Language:    language.Russian,
		Laws:        []policy.Law{policy.FZ152},
		Controller:  policy.Controller{Contact: policy.Contact{Name: "ИП Иванов И. И.", Email: "info@example.ru"}, Country: ru, Individual: true},
		Effective:   policy.MakeDate(2025, time.March, 1),
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionDepersonalisation},
		LegalActs:   []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: ru}},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal},
		Categories:  []*policy.Category{contacts},
		Purposes: []*policy.Purpose{{ID: "requests", Name: "Ответы на обращения", Categories: []*policy.Category{contacts},
			Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "письмом на info@example.ru"}},
	}
	doc, err := render.Compose(p, render.Options{})
	if err != nil {
		panic(err)
	}
	for _, s := range doc.Sections {
		for _, cl := range s.Clauses {
			if cl.ID == "general-terms" || cl.ID == "grounds-acts" || cl.ID == "retention-termination" {
				fmt.Println(cl.Number, cl.Text)
				for _, sub := range cl.Clauses {
					fmt.Println(sub.Number, sub.Text)
				}
			}
		}
	}
	// Output:
	// 1.3. В настоящей Политике используются следующие понятия в значениях, установленных статьёй 3 Федерального закона № 152-ФЗ «О персональных данных»:
	// 1.3.1. Оператор — государственный орган, муниципальный орган, юридическое или физическое лицо, самостоятельно или совместно с другими лицами организующие и (или) осуществляющие обработку персональных данных, а также определяющие цели обработки персональных данных, состав персональных данных, подлежащих обработке, действия (операции), совершаемые с персональными данными.
	// 1.3.2. Обезличивание персональных данных — действия, в результате которых становится невозможным без использования дополнительной информации определить принадлежность персональных данных конкретному субъекту персональных данных.
	// 4.1. Мы обрабатываем персональные данные на основании следующих законов и иных актов:
	// 4.1.1. Гражданский кодекс Российской Федерации.
	// 5.3. Мы прекращаем обработку персональных данных в следующих случаях: достижение целей обработки персональных данных или отзыв вами согласия на обработку персональных данных (если иных оснований для обработки нет).
}
