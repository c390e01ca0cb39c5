package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are
// and written, as the operators publish them, in Russian
// (Policy.Language): a marketplace of the Yandex group whose buyers sign
// in with Yandex ID, with the goods of other sellers, its own delivery and
// pickup points, payment in parts, points of Yandex Plus and a service for
// companies; a retail bank of the VTB group and Russian Post that sells
// its loans and cards in post offices and in shops and pays pensions; and
// Sber's real-estate platform with listings checked against the state
// register, mortgage applications to Sberbank, the electronic
// registration of deals and safe settlements.

// ru19Accounting is the accounting law's retention of primary documents.
const ru19Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29 (5 лет)"

// ru19Advertising is the advertising law's requirement of the addressee's
// prior consent to advertising sent over telecommunications networks.
const ru19Advertising = "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18"

// ru19Cash is the law on cash registers, under which receipts go to the
// tax service through a fiscal data operator.
const ru19Cash = "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2"

// ru19Consumers is the consumer protection law, under which a seller
// takes back goods and answers claims.
const ru19Consumers = "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»"

// ru19Recommendations is the article of the information law that asks a
// service using recommendation technologies to publish the rules of
// their use.
const ru19Recommendations = "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации», ст. 10.2-2"

// ru19AML is the anti-money-laundering law.
const ru19AML = "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»"

// ru19Payments is the law on the national payment system.
const ru19Payments = "Федеральный закон от 27.06.2011 № 161-ФЗ «О национальной платёжной системе»"

// realPolicyRu19YandexMarket paraphrases, in our own words and as we
// recall it, the policy on the processing of personal data of Yandex
// Market LLC (ООО «Яндекс Маркет»), which runs the marketplace
// market.yandex.ru and its app, as published in 2024-2025 (its OGRN and
// the exact dates of its versions are left out, since we do not recall
// them exactly): buyers sign in with Yandex ID, which Yandex LLC runs;
// orders of the company's own goods and of other sellers', who receive
// what they need to assemble, hand over and take back the order and are
// bound by their own policies; delivery by couriers and to pickup points
// and parcel lockers run by partners, found by the device's location
// where the buyer allows it; messages on the order's status; payment by
// card, in parts with «Сплит» or on credit from partner banks; receipts
// through a fiscal data operator; returns under the consumer protection
// law; points of Yandex Plus; reviews, questions and photos published
// with the author's name; recommendations under published rules;
// «Маркет для бизнеса» for companies; checks of orders and accounts
// against fraud; recorded support calls; advertising by consent; Yandex
// Metrica and AppMetrica; data kept in Yandex's data centres in Russia;
// and the rights of 152-FZ.
func realPolicyRu19YandexMarket() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные Яндекс ID",
		Items:       []string{"идентификатор Яндекс ID", "имя и фамилия", "номер телефона", "адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "ООО «Яндекс» при входе покупателя на Маркет с Яндекс ID",
		Retention:    policy.WhileAccountActive(policy.Days(30)), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "заказы и платежи",
		Items:       []string{"состав, стоимость и статус заказов", "история покупок, отмен и возвратов", "способ оплаты и последние четыре цифры карты", "начисленные и списанные баллы Плюса"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "банки и платёжные сервисы, принимающие оплату",
		Retention: policy.AsRequiredBy(ru19Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "данные для доставки",
		Items:       []string{"адрес доставки или выбранный пункт выдачи", "имя и номер телефона получателя", "комментарий для курьера", "код получения заказа"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	location := &policy.Category{ID: "location", Name: "геолокация устройства", Items: []string{"приблизительное или точное местоположение устройства"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Until(policy.EventPurposeAchieved)}
	reviews := &policy.Category{ID: "reviews", Name: "отзывы, вопросы и фотографии",
		Items:       []string{"имя и фотография профиля автора", "текст отзыва или вопроса и оценка товара", "фотографии и видео, которые приложил автор", "отметка о том, что автор купил товар на Маркете"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	business := &policy.Category{ID: "business", Name: "данные представителей организаций — покупателей «Маркета для бизнеса»",
		Items:       []string{"фамилия, имя и отчество", "должность", "рабочий телефон и адрес электронной почты", "сведения о доверенности"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	support := &policy.Category{ID: "support", Name: "обращения в службу поддержки", Items: []string{"переписка в чате поддержки", "записи телефонных разговоров", "фотографии товара, приложенные к претензии"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items: []string{"IP-адрес", "идентификаторы cookie и рекламный идентификатор устройства", "модель устройства, операционная система и версия приложения",
			"просмотренные товары, поисковые запросы и действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "интересы покупателя", Items: []string{"категории товаров, которые интересуют покупателя", "предполагаемый размер одежды и обуви"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device},
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}

	yandex := &policy.Recipient{ID: "yandex", Name: "ООО «Яндекс»", Role: policy.RoleProcessor, Categories: []*policy.Category{account, orders, delivery, support, device},
		Purpose: "вести Яндекс ID, хранить данные в своих центрах обработки данных и обслуживать инфраструктуру Маркета по его поручению", Country: regionRU}
	sellers := &policy.Recipient{ID: "sellers", Name: "продавцы — компании и индивидуальные предприниматели, товары которых продаются на Маркете", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, delivery}, OwnPolicy: true, Country: regionRU, Commitments: []policy.Commitment{policy.CommitmentNoAdvertisingUse},
		Purpose: "собирать и передавать заказ, выдавать документы на товар, принимать возвраты и отвечать на претензии покупателя"}
	couriers := &policy.Recipient{ID: "couriers", Name: "службы доставки, курьеры и партнёры, в пунктах выдачи и постаматах которых покупатель получает заказ", Role: policy.RoleProcessor,
		Categories: []*policy.Category{delivery}, Purpose: "доставлять и выдавать заказы по поручению Маркета", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders},
		Purpose: "принимать оплату заказов и возвращать деньги", Country: regionRU}
	credit := &policy.Recipient{ID: "credit", Name: "сервис оплаты частями «Сплит» и банки-партнёры, выдающие кредит на покупку", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders},
		Purpose: "покупатель выбирает оплату частями или в кредит", Country: regionRU, Conditional: true}
	plus := &policy.Recipient{ID: "plus", Name: "ООО «Яндекс» как оператор подписки Яндекс Плюс", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, orders},
		Purpose: "начислять покупателю баллы Плюса за покупки и списывать их в оплату заказов", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "операторы рассылки SMS-сообщений и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account, delivery}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	accountPurpose := &policy.Purpose{ID: "account", Name: "вход на Маркет с Яндекс ID и ведение личного кабинета покупателя", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{yandex},
		Required: "без Яндекс ID с подтверждённым номером телефона нельзя оформить заказ",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "orders", Name: "оформление, оплата и доставка заказов, в том числе товаров других продавцов", Categories: []*policy.Category{account, orders, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{yandex, sellers, couriers, payments},
		Required: "без имени и номера телефона получателя и адреса доставки или пункта выдачи заказ нельзя доставить",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	status := &policy.Purpose{ID: "status", ServiceMessages: true, Name: "сообщения о статусе заказа, доставке, возврате и изменении условий сервиса", Categories: []*policy.Category{account, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	nearby := &policy.Purpose{ID: "location", Name: "подбор ближайших пунктов выдачи и адреса доставки по геолокации устройства", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив доступ приложения к геолокации в настройках устройства", ConsentMethod: policy.ConsentMethodPlatformPrompt, OptOut: true,
		Required: "без доступа к геолокации покупатель выбирает адрес или пункт выдачи на карте сам",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача кассовых чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru19Cash, Region: regionRU}, {Act: ru19Accounting, Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	returns := &policy.Purpose{ID: "returns", Name: "приём возвратов и рассмотрение претензий о товарах", Categories: []*policy.Category{account, orders, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sellers, couriers},
		Obligations: []policy.Obligation{{Act: ru19Consumers + ", ст. 18–26.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	split := &policy.Purpose{ID: "split", Name: "оплата заказа частями или в кредит", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от оплаты частями до оформления заказа или обратившись в сервис, предоставивший рассрочку", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{credit}, OptOut: true,
		Required: "оплата частями или в кредит не обязательна; заказ можно оплатить картой или при получении",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	plusPurpose := &policy.Purpose{ID: "plus", Name: "начисление и списание баллов Плюса", Categories: []*policy.Category{account, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{plus},
		Required: "баллы начисляются только покупателю, который вошёл с Яндекс ID",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "reviews", Name: "публикация отзывов, вопросов и фотографий покупателей на страницах товаров", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "удалив отзыв в личном кабинете", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent},
			Contest: "написав в службу поддержки", Reasons: true}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "подбор товаров и персональных предложений с помощью рекомендательных технологий", Categories: []*policy.Category{orders, device, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показывать покупателю товары, которые могут его заинтересовать", Profiling: true, OptOut: true,
		OptOutHow: "отключив персональные рекомендации в настройках личного кабинета",
		Subjects:  []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	forBusiness := &policy.Purpose{ID: "business", Name: "заключение и исполнение договоров с организациями и индивидуальными предпринимателями — покупателями «Маркета для бизнеса»",
		Categories: []*policy.Category{business, orders}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, couriers},
		Required: "без данных представителя и доверенности организация не может покупать с закрывающими документами",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	fraud := &policy.Purpose{ID: "fraud", Name: "предотвращение мошенничества и злоупотреблений, проверка заказов и учётных записей", Categories: []*policy.Category{account, orders, delivery, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита покупателей, продавцов и Маркета от мошеннических заказов, перепродажи по акциям и злоупотребления промокодами",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetOrder, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "написав в службу поддержки"}}
	helping := &policy.Purpose{ID: "support", Name: "ответы на обращения и претензии покупателей", Categories: []*policy.Category{account, orders, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор обращений покупателей и контроль качества работы службы поддержки", Recipients: []*policy.Recipient{sellers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, скидок и промокодов Маркета и его партнёров", Categories: []*policy.Category{account, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках уведомлений личного кабинета или по ссылке в письме", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru19Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectMessageRecipients}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения и улучшение Маркета", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера или отключив сбор статистики в настройках приложения", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "121099, г. Москва, Новинский бульвар, д. 8, помещ. 9.03"
	p := &policy.Policy{
		Title:    "политика ООО «Яндекс Маркет» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Яндекс Маркет»", Email: "pd@market.yandex.example", Address: address},
			Country: regionRU, Registration: "общество с ограниченной ответственностью «Яндекс Маркет»"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@market.yandex.example"},
		URL:         "https://market.yandex.example/legal/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: ru19Consumers, Region: regionRU},
			{Act: "Правила продажи товаров по договору розничной купли-продажи, утверждённые постановлением Правительства Российской Федерации от 31.12.2020 № 2463", Region: regionRU},
			{Act: ru19Cash, Region: regionRU},
			{Act: ru19Advertising, Region: regionRU},
			{Act: ru19Recommendations, Region: regionRU},
			{Act: "устав ООО «Яндекс Маркет» и договоры с пользователями"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionDissemination, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:           []string{"сайт market.yandex.ru и мобильное приложение «Яндекс Маркет»", "пункты выдачи заказов Маркета", "сервис «Маркет для бизнеса»"},
		OtherNotices:    []policy.Notice{{Covers: "продавцов и партнёров, работающих с Маркетом", URL: "https://partner.market.yandex.example/legal"}, {Covers: "работников компании и кандидатов на вакансии"}},
		External:        []policy.ExternalService{policy.ExternalLinkedSites},
		Acknowledgement: true,
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, orders, delivery, location, reviews, business, support, device, interests},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полные реквизиты банковской карты", Category: orders, Note: "Их получает банк или платёжный сервис, принимающий оплату."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{accountPurpose, sales, status, nearby, receipts, returns, split, plusPurpose, publish, recommend, forBusiness, fraud, helping, marketing, analytics},
		Recipients:  []*policy.Recipient{yandex, sellers, couriers, payments, credit, plus, ofd, messaging, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, delivery, interests}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для работы сайта, например корзина и выбранный регион", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в разделе «Помощь» на сайте, через службу поддержки или письмом на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipPayOnPlatform},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Links:                policy.Links{Recommendations: "https://market.yandex.example/legal/recommendations"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@market.yandex.example", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"marketplace (Yandex Market)", p, []statement{
		{says: "the operator is Yandex Market LLC, at Novinsky Boulevard in Moscow", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "ООО «Яндекс Маркет»" && strings.Contains(p.Controller.Address, "Москва") && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website and the app, the Market's pickup points and Market for business", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the sellers and partners of the Market, and the company's employees and job candidates, are covered by separate documents", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && p.OtherNotices[0].URL != ""
		}},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDepersonalisation)
		}},
		{says: "the company processes data under the Civil Code, the consumer protection law and the rules for distance selling, the laws on cash registers, advertising and information, its charter and its contracts", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "by using the Market the user confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "buyers sign in with Yandex ID, which Yandex LLC runs, and the Market receives from it the name, phone number and email address", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Яндекс ID") && len(c.Items) == 4
		}},
		{says: "an order needs a Yandex ID with a confirmed phone number", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("account").Required, "Яндекс ID") }},
		{says: "for an order the Market records its contents, payment, the delivery address or pickup point and the recipient's name and phone", typed: func(p *policy.Policy) bool {
			s := p.Purpose("orders")
			return s.Uses(p.Category("orders")) && s.Uses(p.Category("delivery")) && s.Required != ""
		}},
		{says: "an order may be sent to another person, whose name and phone the buyer gives with that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "goods of other sellers are sold on the Market, and the seller receives the buyer's name, phone, address and order to assemble it, hand over documents and take returns", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.Role == policy.RoleThirdParty && slices.Contains(r.Categories, p.Category("delivery")) && slices.Contains(p.Purpose("orders").Recipients, r)
		}},
		{says: "each seller processes the data it receives under its own policy", typed: func(p *policy.Policy) bool { return recipient(p, "sellers").OwnPolicy }},
		{says: "a seller may not use the buyer's data to advertise its goods", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "sellers").Commitments, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "couriers, delivery services and partners running pickup points and parcel lockers deliver and hand over orders on the Market's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && strings.Contains(recipient(p, "couriers").Name, "постамат")
		}},
		{says: "with the buyer's permission the app uses the device's location to suggest the nearest pickup points and the delivery address, and the buyer can pick them on the map instead", typed: func(p *policy.Policy) bool {
			l := p.Purpose("location")
			return p.Category("location").DevicePermission && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Required != ""
		}},
		{says: "the Market sends messages about the order's status, delivery and returns, which are not advertising", typed: func(p *policy.Policy) bool {
			s := p.Purpose("status")
			return s.ServiceMessages && !s.DirectMarketing
		}},
		{says: "banks and payment services accept payment and make refunds, and the Market does not receive the full card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("orders")
		}},
		{says: "a buyer who chooses to pay in parts with Split or on credit agrees to the data going to that service or partner bank, and may pay otherwise", typed: func(p *policy.Policy) bool {
			s := p.Purpose("split")
			return s.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "credit").Conditional && s.Required != ""
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and orders are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "returns and claims are handled under the consumer protection law, with the seller where the goods are the seller's", typed: func(p *policy.Policy) bool {
			r := p.Purpose("returns")
			return r.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(r.Recipients, recipient(p, "sellers"))
		}},
		{says: "Yandex Plus points are awarded for purchases and spent on orders, through Yandex LLC, which runs Plus", typed: func(p *policy.Policy) bool {
			return p.Purpose("plus").Uses(p.Category("orders")) && recipient(p, "plus").Role == policy.RoleThirdParty
		}},
		{says: "reviews, questions and photos are published with the author's name and photo, with consent to their dissemination, and marked when the author bought the goods on the Market", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && strings.Contains(c.Items[3], "купил")
		}},
		{says: "an author can delete a review, which ends its publication", typed: func(p *policy.Policy) bool {
			return p.Purpose("reviews").Withdraw != "" && p.Category("reviews").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "moderators reject reviews that break the rules or the law, tell the author why, and the author can contest it through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && s.Reasons && s.Contest != ""
		}},
		{says: "goods are recommended from purchases, searches and browsing, under published rules for the recommendation technologies, and a buyer can turn personal recommendations off", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recommendations")
			return r.Profiling && r.OptOutHow != "" && len(p.Category("interests").DerivedFrom) == 2 && p.Links.Recommendations != ""
		}},
		{says: "companies and entrepreneurs buy through representatives, whose name, position, contacts and power of attorney the Market records", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("business").Subjects, policy.DataSubjectCounterparties) && len(p.Category("business").Items) == 4
		}},
		{says: "the Market checks orders and accounts for fraud and the abuse of promotions, and may cancel an order or block an account, which the buyer can contest through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetOrder) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "support chats and calls are kept, and calls recorded after a warning, to resolve claims and check the support's work", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "advertising, discounts and promo codes are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the settings or with the link in an email", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "the website uses the cookies it needs, such as for the basket and the region, and Yandex Metrica and AppMetrica, which a visitor can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "Yandex LLC runs Yandex ID and stores the data in its data centres on the Market's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "yandex").Role == policy.RoleProcessor && recipient(p, "yandex").Country == regionRU
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the Market does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a buyer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a buyer may delete the Market's data, and what the accounting law requires is kept", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a buyer has the rights of Art. 14 to 17, exercised through support or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureIncidentDetection) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the Market never asks for a code from an SMS or card details in chats or calls, and buyers should pay only on the Market itself", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipPayOnPlatform)
		}},
		{says: "the buyer answers for the accuracy of the data and tells the recipient of an order that the data was given", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "the policy does not cover the websites of others that the Market links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "orders are placed by adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "an order is handed over at a pickup point or by a courier only against the code the buyer receives in the app or by SMS", free: toPurpose("orders")},
	}}
}

// realPolicyRu19PochtaBank paraphrases, in our own words and as we recall
// it, the policy of JSC Pochta Bank (АО «Почта Банк»), a retail bank of
// the VTB group in which Russian Post holds a share, on the processing of
// personal data, as published in 2024-2025 (its OGRN and the exact dates
// of its versions are left out, since we do not recall them exactly):
// customers served in the bank's client centres and at its counters in
// post offices, where Russian Post's staff take applications as the
// bank's agents; loans for purchases taken out in partner shops; cash
// loans and credit cards decided by the bank's scoring; pensions and
// social payments credited to the bank's cards, for which the Social
// Fund of Russia sends the bank what it pays; identification under the
// anti-money-laundering law; foreign tax residents; credit histories;
// biometrics in the Unified Biometric System; notices of each operation
// under the law on the national payment system, and the suspension of
// operations that look made without the customer's consent; insurance
// of partner insurers; the companies of the VTB group; the recovery of
// overdue debts; recorded calls; advertising by consent; cookies;
// localisation in Russia; the financial ombudsman and the Bank of Russia;
// and the rights of 152-FZ.
func realPolicyRu19PochtaBank() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Федеральный закон от 02.12.1990 № 395-1 «О банках и банковской деятельности», ст. 26", Region: regionRU}}}
	aml := ru19AML + ", п. 4 ст. 7: 5 лет со дня прекращения отношений с клиентом"
	identity := &policy.Category{ID: "identity", Name: "идентификационные данные",
		Items: []string{"фамилия, имя и отчество, в том числе прежние", "дата и место рождения", "гражданство", "реквизиты паспорта или иного документа, удостоверяющего личность",
			"адрес регистрации и места жительства", "ИНН и СНИЛС"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "государственные информационные системы, в которых банк проверяет действительность паспорта, и Единая система идентификации и аутентификации (Госуслуги), когда клиент подтверждает в ней свои данные",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"номер мобильного телефона", "адрес электронной почты", "почтовый адрес"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "сведения о занятости и доходах",
		Items:       []string{"место работы и должность", "ежемесячный доход и его источник, в том числе пенсия", "расходы и обязательства перед другими кредиторами", "семейное положение и число иждивенцев"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Социальный фонд России, из которого заёмщик передаёт выписку через Госуслуги",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	pension := &policy.Category{ID: "pension", Name: "сведения о пенсиях и социальных выплатах",
		Items:       []string{"вид пенсии или выплаты", "суммы и даты зачислений", "СНИЛС получателя"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "Социальный фонд России, перечисляющий пенсию на счёт клиента в банке",
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	operations := &policy.Category{ID: "operations", Name: "счета, карты и операции",
		Items:       []string{"номера счетов и карт", "остатки и лимиты", "платежи, переводы и покупки", "кредиты, вклады и их погашение"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	others := &policy.Category{ID: "others", Name: "данные поручителей, созаёмщиков и контактных лиц", Items: []string{"фамилия, имя и отчество", "номер телефона", "кем лицо приходится заёмщику"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	purchase := &policy.Category{ID: "purchase", Name: "сведения о покупке в кредит", Items: []string{"магазин-партнёр, в котором оформлен кредит", "приобретаемый товар или услуга и их цена", "первоначальный взнос"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "торговые организации — партнёры банка",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "кредитная история", Items: []string{"кредитный отчёт", "индивидуальный кредитный рейтинг"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "бюро кредитных историй",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	tax := &policy.Category{ID: "tax", Name: "сведения о налоговом резидентстве",
		Items:       []string{"государства, налоговым резидентом которых является клиент", "иностранный идентификационный номер налогоплательщика"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, гл. 20.1"), Linked: true}
	biometric := &policy.Category{ID: "biometric", Name: "биометрические персональные данные", Items: []string{"изображение лица", "запись голоса"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "телефонные разговоры и переписка", Items: []string{"записи разговоров с контактным центром", "сообщения в чате приложения «Почта Банк Онлайн»"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "данные сайта и приложения",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель, идентификаторы и операционная система устройства", "действия в приложении и на сайте"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	post := &policy.Recipient{ID: "post", Name: "АО «Почта России»", Role: policy.RoleProcessor, Categories: []*policy.Category{identity, contact, finance},
		Purpose: "принимать в отделениях почтовой связи заявки на продукты банка, проверять документы клиентов и выдавать карты по поручению банка как его агент", Country: regionRU}
	shops := &policy.Recipient{ID: "shops", Name: "торговые организации — партнёры банка", Role: policy.RoleProcessor, Categories: []*policy.Category{identity, contact, finance, purchase},
		Purpose: "принимать в своих магазинах заявки на кредит для оплаты покупки и передавать их в банк по его поручению", Country: regionRU}
	sfr := &policy.Recipient{ID: "sfr", Name: "Социальный фонд России", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, pension, operations},
		Purpose: "перечислять пенсии и социальные выплаты на счёт, который выбрал клиент, и получать от банка сведения о зачислении и о возврате выплат", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "операторы связи и рассылки SMS-сообщений и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "бюро кредитных историй", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "оператор Единой биометрической системы", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "размещать биометрические образцы в Единой биометрической системе, чтобы клиента можно было удалённо идентифицировать", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "Федеральная служба по финансовому мониторингу (Росфинмониторинг)", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations}, Country: regionRU}
	cbr := &policy.Recipient{ID: "cbr", Name: "Банк России", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, device},
		Purpose: "вносить в свою базу данных сведения о переводах без согласия клиента и о попытках таких переводов и осуществлять надзор за банком", Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, tax},
		Purpose: "сообщать об открытии и закрытии счетов и о клиентах — налоговых резидентах иностранных государств, как требует Налоговый кодекс", Country: regionRU}
	asv := &policy.Recipient{ID: "asv", Name: "государственная корпорация «Агентство по страхованию вкладов»", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "наступает страховой случай и Агентство выплачивает вкладчикам возмещение по реестру обязательств банка", Country: regionRU, Conditional: true}
	nspk := &policy.Recipient{ID: "nspk", Name: "АО «Национальная система платёжных карт» — оператор платёжной системы «Мир» и Системы быстрых платежей", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, operations}, Purpose: "проводить платежи по картам и переводы по номеру телефона между банками", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "страховые компании — партнёры банка", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact},
		Purpose: "клиент оформляет страховку через банк", Country: regionRU, Conditional: true, OwnPolicy: true}
	group := &policy.Recipient{ID: "group", Name: "Банк ВТБ (ПАО) и другие компании Группы ВТБ", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "предлагать клиенту свои продукты и услуги", Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "коллекторские агентства, внесённые в государственный реестр", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "задолженность просрочена и банк поручает агентству её взыскание или уступает ему право требования", Country: regionRU, Conditional: true}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "открытие и обслуживание счетов, карт и вкладов, переводы и платежи", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{post, messaging, nspk},
		Required: "без идентификационных данных и номера телефона банк не может открыть счёт или заключить договор",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	loans := &policy.Purpose{ID: "loans", Name: "предоставление кредитов наличными и кредитных карт", Categories: []*policy.Category{identity, contact, finance, operations, others},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{post},
		Required: "без сведений о занятости и доходах банк не может рассмотреть заявку на кредит",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	pos := &policy.Purpose{ID: "pos", Name: "кредитование покупок в магазинах — партнёрах банка", Categories: []*policy.Category{identity, contact, finance, purchase},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{shops},
		Required: "без анкеты заёмщика и сведений о покупке кредит в магазине не оформляется; покупку можно оплатить иначе",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	pensions := &policy.Purpose{ID: "pensions", Name: "зачисление пенсий и социальных выплат на счета клиентов", Categories: []*policy.Category{identity, pension, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sfr},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 28.12.2013 № 400-ФЗ «О страховых пенсиях», ст. 26", Region: regionRU}},
		Required:    "пенсия зачисляется на счёт в банке по заявлению, которое пенсионер подаёт в Социальный фонд; её можно получать и в другом банке или через почту",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	notices := &policy.Purpose{ID: "notices", ServiceMessages: true, Name: "уведомления об операциях по счетам и картам и о платежах по кредиту", Categories: []*policy.Category{contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{messaging},
		Obligations: []policy.Obligation{{Act: ru19Payments + ", ч. 4 ст. 9", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	kyc := &policy.Purpose{ID: "kyc", Name: "идентификация клиентов, их представителей и выгодоприобретателей, противодействие отмыванию доходов и финансированию терроризма",
		Categories: []*policy.Category{identity, operations},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: ru19AML + ", ст. 7", Region: regionRU}},
		TippingOff:  []policy.Obligation{{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ, п. 6 ст. 7", Region: regionRU}},
		Required:    "закон не позволяет банку обслуживать клиента, которого он не идентифицировал",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering},
			Contest: "представив в банк запрошенные документы или обратившись в межведомственную комиссию при Банке России"}}
	taxres := &policy.Purpose{ID: "taxres", Name: "выявление клиентов — налоговых резидентов иностранных государств и передача сведений о них в ФНС России", Categories: []*policy.Category{identity, operations, tax},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fns},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 86 и гл. 20.1", Region: regionRU}},
		Required:    "клиенту, не сообщившему сведения о своём налоговом резидентстве, банк вправе отказать в заключении договора",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	scoring := &policy.Purpose{ID: "scoring", Name: "оценка кредитоспособности и передача сведений в бюро кредитных историй", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "письменным заявлением в клиентском центре банка; сведения, уже переданные в бюро, остаются в кредитной истории",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations:   []policy.Obligation{{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях», ст. 5 и 6", Region: regionRU}},
		Automated:     "решение о выдаче кредита, в том числе в магазине-партнёре, и о его сумме может быть принято скоринговой моделью банка без участия сотрудника; клиент вправе возразить и потребовать, чтобы заявку рассмотрел сотрудник",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial},
		Subjects:      []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "сбор биометрических персональных данных и их размещение в Единой биометрической системе", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "в клиентском центре банка или на портале Госуслуг", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Required: "сдавать биометрические данные не обязательно; клиенту, который отказался, банк оказывает все услуги иными способами",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "выявление операций без согласия клиента и защита клиентов от мошенников", Categories: []*policy.Category{identity, operations, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cbr},
		Obligations: []policy.Obligation{{Act: ru19Payments + ", ст. 8 и 27", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Automated: policy.AnswerYes,
			Contest: "позвонив в контактный центр банка или подтвердив операцию в приложении"}}
	deposits := &policy.Purpose{ID: "deposits", Name: "ведение реестра обязательств банка перед вкладчиками для страхования вкладов", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{asv},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 23.12.2003 № 177-ФЗ «О страховании вкладов в банках Российской Федерации»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "возврат просроченной задолженности", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 03.07.2016 № 230-ФЗ «О защите прав и законных интересов физических лиц при осуществлении деятельности по возврату просроченной задолженности»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "оформление страхования через банк", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "письменным заявлением в банк или страховую компанию", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{insurers}, OptOut: true,
		Required: "страхование добровольно, и решение о кредите от него не зависит; от полиса можно отказаться в течение 30 дней",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	groupOffers := &policy.Purpose{ID: "group", Name: "передача данных компаниям Группы ВТБ для предложения их продуктов", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "заявлением в клиентском центре банка или в приложении", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "ответы на звонки и обращения и подтверждение распоряжений клиента", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "контроль качества обслуживания и подтверждение того, какие распоряжения давал клиент",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "рассылка рекламы продуктов банка и его партнёров", Categories: []*policy.Category{contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках приложения, позвонив в контактный центр или в клиентском центре банка", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru19Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "107061, г. Москва, Преображенская площадь, д. 8"
	p := &policy.Policy{
		Title:    "политика АО «Почта Банк» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "АО «Почта Банк»", Email: "pd@pochtabank.example", Phone: "8 800 550-07-70", Address: address},
			Country: regionRU, Registration: "акционерное общество «Почта Банк», универсальная лицензия Банка России на осуществление банковских операций № 650"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@pochtabank.example"},
		URL:         "https://pochtabank.example/personal-data-policy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 02.12.1990 № 395-1 «О банках и банковской деятельности»", Region: regionRU},
			{Act: ru19AML, Region: regionRU},
			{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях»", Region: regionRU},
			{Act: "Федеральный закон от 21.12.2013 № 353-ФЗ «О потребительском кредите (займе)»", Region: regionRU},
			{Act: ru19Payments, Region: regionRU},
			{Act: "лицензия и устав банка"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope: []string{"клиентские центры банка и его стойки в отделениях почтовой связи", "точки оформления кредитов в магазинах-партнёрах",
			"сайт pochtabank.ru и приложение «Почта Банк Онлайн»", "контактный центр банка"},
		OtherNotices: []policy.Notice{{Covers: "работников банка и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, finance, pension, operations, others, purchase, credit, tax, biometric, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
		},
		Purposes:    []*policy.Purpose{account, loans, pos, pensions, notices, kyc, taxres, scoring, biometrics, fraud, deposits, debts, insurance, groupOffers, support, advertising, analytics},
		Recipients:  []*policy.Recipient{post, shops, sfr, messaging, bureaus, ebs, rfm, cbr, fns, asv, nspk, insurers, group, collectors, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptRestricted: true},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{biometric, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentExpiry, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "сессионные cookie и cookie безопасности", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в клиентском центре банка с паспортом или письменным запросом по адресу банка, подписанным собственноручно или электронной подписью"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Банк России (интернет-приёмная)", Website: "https://cbr.example/reception"}}},
		Security: append(fz152Security(),
			policy.Measure{Name: "защита информации в финансовых организациях по национальному стандарту ГОСТ Р 57580.1-2017, как требует Банк России"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Children: policy.Children{MinimumAge: 14, ConsentAge: 18,
			Note: "Кредиты и кредитные карты предоставляются только совершеннолетним; дебетовую карту несовершеннолетний с 14 лет получает с согласия родителя."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@pochtabank.example", Phone: "8 800 550-07-70", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"retail bank (Pochta Bank)", p, []statement{
		{says: "the operator is JSC Pochta Bank in Moscow, named with its universal banking licence No. 650", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "№ 650") && strings.Contains(p.Controller.Address, "Москва")
		}},
		{says: "the bank has appointed a person responsible for organising the processing of personal data, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, blocking, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the bank processes data under the Constitution, the Civil and Tax Codes, the laws on banks, money laundering, credit histories, consumer credit and the payment system, its licence and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 9
		}},
		{says: "the policy covers the client centres and the counters in post offices, the points of sale in partner shops, the website and app, and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the data of the bank's employees and job candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "to identify a customer the bank collects the name and earlier names, date and place of birth, citizenship, identity document, address, INN and SNILS, and checks them in state systems and Gosuslugi", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 6 && strings.Contains(c.SourceDetail, "Госуслуги") && p.Purpose("kyc").Uses(c)
		}},
		{says: "the bank identifies customers, representatives and beneficiaries, reports to Rosfinmonitoring as the anti-money-laundering law requires, does not tell the customer of a report, and serves no one it cannot identify", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.RestsOn(policy.BasisLegalObligation, policy.FZ152) && k.Required != "" && len(k.TippingOff) == 1 && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "the bank may refuse an operation or suspend remote banking under that law, and the customer can give the documents asked for or apply to the commission at the Bank of Russia", typed: func(p *policy.Policy) bool {
			s := p.Purpose("kyc").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && s.Contest != ""
		}},
		{says: "identification data and operations are kept for five years after the relationship ends", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations, pensions credited, purchases on credit and credit histories are banking secrecy", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"operations", "pension", "purchase", "credit"} {
				if p.Category(id).Secrecy.Kind != policy.SecrecyBanking {
					return false
				}
			}
			return true
		}},
		{says: "in post offices Russian Post's staff take applications, check documents and hand over cards as the bank's agents", typed: func(p *policy.Policy) bool {
			r := recipient(p, "post")
			return r.Role == policy.RoleProcessor && strings.Contains(r.Purpose, "агент")
		}},
		{says: "accounts, cards and deposits are opened under the contract with the customer, which needs identification data and a phone number", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("account").Required != ""
		}},
		{says: "for a cash loan or credit card the customer states employment, income, other debts and family", typed: func(p *policy.Policy) bool {
			return p.Purpose("loans").Uses(p.Category("finance")) && len(p.Category("finance").Items) == 4
		}},
		{says: "a customer who gives the data of a guarantor, a co-borrower or a contact person confirms having that person's consent", typed: func(p *policy.Policy) bool {
			return othersGive(p, "others") && p.Purpose("loans").Uses(p.Category("others"))
		}},
		{says: "in partner shops the shop's staff take a loan application for the purchase and pass it to the bank on its instructions, with the goods, price and down payment", typed: func(p *policy.Policy) bool {
			return recipient(p, "shops").Role == policy.RoleProcessor && p.Purpose("pos").Uses(p.Category("purchase")) && len(p.Category("purchase").Items) == 3
		}},
		{says: "pensions and social payments are credited to a customer's account on the application the pensioner makes to the Social Fund, which sends the bank what it pays", typed: func(p *policy.Policy) bool {
			return recipient(p, "sfr").Role == policy.RoleAuthority && p.Purpose("pensions").Required != "" && strings.Contains(p.Category("pension").SourceDetail, "Социальный фонд")
		}},
		{says: "the bank tells the customer of each operation and of loan payments by SMS or push, as the law on the payment system requires", typed: func(p *policy.Policy) bool {
			n := p.Purpose("notices")
			return n.ServiceMessages && n.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(n.Obligations[0].Act, "ст. 9")
		}},
		{says: "the bank asks for tax residency and reports foreign tax residents and accounts opened and closed to the Federal Tax Service", typed: func(p *policy.Policy) bool {
			t := p.Purpose("taxres")
			return t.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(t.Obligations[0].Act, "ст. 86") && slices.Contains(recipient(p, "fns").Categories, p.Category("tax"))
		}},
		{says: "with written consent the bank requests the credit report, and it reports loans to credit history bureaus as the law requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.ConsentMethod == policy.ConsentMethodWritten && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && s.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "bureaus") != nil
		}},
		{says: "a decision on a loan, in a shop too, and its amount may be taken by the bank's scoring model alone, and the customer may object and have an employee consider it", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && slices.Contains(p.Purpose("scoring").DecisionAreas, policy.DecisionFinancial) && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording for the Unified Biometric System, which is voluntary, and the consent can be withdrawn in a client centre or on Gosuslugi", typed: func(p *policy.Policy) bool {
			b := p.Purpose("biometrics")
			return p.Category("biometric").Biometric && b.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && b.Required != "" && recipient(p, "ebs") != nil && strings.Contains(b.Withdraw, "Госуслуг")
		}},
		{says: "the bank checks operations for signs that they are made without consent, suspends them or blocks the card automatically, reports them to the Bank of Russia, and the customer confirms or contests them by phone or in the app", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised) && s.Contest != "" && recipient(p, "cbr").Role == policy.RoleAuthority
		}},
		{says: "card payments and transfers by phone number go through the National Payment Card System", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Recipients, recipient(p, "nspk"))
		}},
		{says: "the bank keeps a register of its obligations to depositors, which goes to the Deposit Insurance Agency if an insured event occurs", typed: func(p *policy.Policy) bool {
			return p.Purpose("deposits").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "asv").Conditional
		}},
		{says: "overdue debts are recovered by the bank and by registered collection agencies, within the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional
		}},
		{says: "insurance through the bank is voluntary, with the customer's consent to the partner insurer receiving the data, which it then uses under its own rules", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional && recipient(p, "insurers").OwnPolicy
		}},
		{says: "with the customer's consent the bank passes data to VTB and the other companies of the VTB group to offer their products", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && strings.Contains(recipient(p, "group").Name, "ВТБ")
		}},
		{says: "calls are recorded after a warning, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the app, by phone or in a client centre", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && len(a.ConsentRequiredBy) == 1 && a.Withdraw != "" && a.ConsentLogged
		}},
		{says: "the website uses session cookies and Yandex Metrica, which the visitor can forbid in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the bank does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts, investigators and other authorities only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved, and data a law requires to keep is blocked until its period ends", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Total() == policy.Days(30) && d.KeptRestricted && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent expires or is withdrawn, processing is found unlawful or the bank is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 6
		}},
		{says: "a customer has the rights of Art. 14 to 17, exercised in a client centre or by a signed written request, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "электронной подписью")
		}},
		{says: "a complaint about the bank may also go to the Bank of Russia through its internet reception", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 1 && p.Redress[0].Kind == policy.RedressRegulator
		}},
		{says: "a request states the identity document, the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the standard GOST R 57580.1-2017, and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "57580") }) &&
				slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the bank never asks for SMS codes or card details by phone, the customer keeps them secret, and should hang up on calls in the bank's name that ask for them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "loans are for adults, and a minor from 14 may have a debit card with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the bank entrusts processing to others only under a contract that binds them to confidentiality and to the security measures of Art. 19", free: toIntroduction},
	}}
}

// realPolicyRu19DomClick paraphrases, in our own words and as we recall
// it, the policy on the processing of personal data of Domclick LLC (ООО
// «ДомКлик»), the company of the Sber group that runs the real-estate and
// mortgage platform domclick.ru and its app, as published in 2024-2025
// (its OGRN, its address in detail and the exact dates of its versions are
// left out, since we do not recall them exactly): users sign in with a
// phone number or Sber ID; owners, estate agents and developers publish
// listings, which the platform checks against the Unified State Register
// of Real Estate and marks as checked, and buyers reach the sellers by
// substitute phone numbers; a mortgage application, with the borrower's
// income, family and the property, goes to Sberbank, which decides on
// the loan; valuation by partner appraisers; the electronic registration
// of a deal with Rosreestr, signed with an electronic signature that a
// certification centre issues, and payment through Sberbank's safe
// settlement service; insurance; messages on the application and the
// deal; recommendations; checks of listings and accounts; recorded calls;
// advertising by consent; the companies of the Sber group by consent;
// cookies; localisation in Russia; and the rights of 152-FZ.
func realPolicyRu19DomClick() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные учётной записи",
		Items:       []string{"номер телефона", "имя и фамилия", "адрес электронной почты", "статус пользователя: собственник, агент или застройщик"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "ПАО Сбербанк при входе пользователя со Сбер ID",
		Retention:    policy.WhileAccountActive(policy.Days(30)), Linked: true}
	listings := &policy.Category{ID: "listings", Name: "объявления",
		Items:       []string{"адрес и характеристики объекта", "фотографии и описание", "цена", "имя продавца или агента и его статус"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Visibility: policy.VisibilityAlways, DisseminationConsent: true, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	property := &policy.Category{ID: "property", Name: "сведения об объекте недвижимости и правах на него",
		Items:       []string{"кадастровый номер", "правообладатели и их доли", "обременения и аресты", "выписка из Единого государственного реестра недвижимости"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "Росреестр, из которого платформа получает выписки из ЕГРН",
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	application := &policy.Category{ID: "application", Name: "анкета заявки на ипотеку",
		Items: []string{"фамилия, имя и отчество, дата и место рождения", "реквизиты паспорта и СНИЛС", "место работы, должность и доход", "семейное положение",
			"сведения о созаёмщиках и поручителях", "выбранная ипотечная программа и сумма кредита"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	family := &policy.Category{ID: "family", Name: "сведения о детях заёмщика для семейной ипотеки", Items: []string{"фамилия, имя, отчество и дата рождения ребёнка", "реквизиты свидетельства о рождении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	deal := &policy.Category{ID: "deal", Name: "сведения о сделке",
		Items:       []string{"договор купли-продажи или участия в долевом строительстве", "стороны сделки и их представители", "сумма и порядок расчётов", "заявления и документы для регистрации"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	signature := &policy.Category{ID: "signature", Name: "данные сертификата электронной подписи", Items: []string{"фамилия, имя и отчество владельца сертификата", "СНИЛС и ИНН", "серийный номер и срок действия сертификата"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Федеральный закон от 06.04.2011 № 63-ФЗ «Об электронной подписи», ст. 13 и 15"), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "звонки и обращения", Items: []string{"записи разговоров с менеджерами и службой поддержки", "переписка в чате поддержки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель устройства и операционная система", "поисковые запросы, просмотренные и сохранённые объявления"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	sber := &policy.Recipient{ID: "sber", Name: "ПАО Сбербанк", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, application, family, property, deal},
		Purpose: "рассматривать заявку на ипотеку, принимать решение о кредите и выдавать его, а также проводить расчёты по сделке", Country: regionRU, OwnPolicy: true}
	rosreestr := &policy.Recipient{ID: "rosreestr", Name: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{property, deal, signature}, Purpose: "регистрировать переход права собственности и ипотеку в электронном виде", Country: regionRU}
	ca := &policy.Recipient{ID: "ca", Name: "аккредитованный удостоверяющий центр", Role: policy.RoleThirdParty, Categories: []*policy.Category{signature, application},
		Purpose: "выдавать участникам сделки сертификат электронной подписи для подписания документов", Country: regionRU}
	appraisers := &policy.Recipient{ID: "appraisers", Name: "оценочные компании — партнёры платформы", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, property},
		Purpose: "клиент заказывает оценку объекта для ипотеки", Country: regionRU, Conditional: true}
	insurers := &policy.Recipient{ID: "insurers", Name: "ООО СК «Сбербанк страхование» и другие страховые компании", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, application, property},
		Purpose: "клиент оформляет страхование объекта, жизни или титула на платформе", Country: regionRU, Conditional: true}
	sellers := &policy.Recipient{ID: "sellers", Name: "собственники, агенты и застройщики, разместившие объявления", Role: policy.RoleThirdParty, Categories: []*policy.Category{account},
		Purpose: "связаться с пользователем, который откликнулся на объявление или оставил заявку на объект", Country: regionRU, OwnPolicy: true}
	telephony := &policy.Recipient{ID: "telephony", Name: "операторы связи, предоставляющие подменные номера", Role: policy.RoleProcessor, Categories: []*policy.Category{account},
		Purpose: "соединять покупателя с продавцом через подменный номер, не раскрывая настоящего номера продавца, по поручению платформы", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "ПАО Сбербанк и другие компании Группы Сбер", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, device},
		Purpose: "предлагать пользователю свои продукты и услуги", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account}, Country: regionRU}
	analyticsTools := &policy.Recipient{ID: "analytics", Name: "поставщики сервисов веб-аналитики", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	accountPurpose := &policy.Purpose{ID: "account", Name: "регистрация и ведение личного кабинета пользователя", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging},
		Required: "без номера телефона, подтверждённого кодом, или Сбер ID нельзя создать личный кабинет; искать объявления можно и без него",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "listings", Name: "размещение объявлений о продаже и аренде недвижимости", Categories: []*policy.Category{account, listings},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "сняв объявление с публикации в личном кабинете", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Required: "без данных объекта и продавца объявление не публикуется",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach}, Contest: "написав в службу поддержки", Reasons: true}}
	check := &policy.Purpose{ID: "check", Name: "проверка объявлений и собственников по сведениям Единого государственного реестра недвижимости", Categories: []*policy.Category{account, listings, property},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от проверки в личном кабинете", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Required: "проверка не обязательна; объявление без неё публикуется без отметки «Проверено»",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	contactSeller := &policy.Purpose{ID: "contact", Name: "связь покупателей и арендаторов с продавцами и агентами", Categories: []*policy.Category{account, calls},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, telephony},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	mortgage := &policy.Purpose{ID: "mortgage", Name: "подготовка и передача заявки на ипотеку в ПАО Сбербанк и сопровождение её рассмотрения", Categories: []*policy.Category{account, application, family, property},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отозвав заявку в личном кабинете или письменным заявлением", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{sber},
		Required:   "без анкеты и согласия на её передачу банку заявка на ипотеку не рассматривается; для семейной ипотеки нужны и сведения о детях",
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	valuation := &policy.Purpose{ID: "valuation", Name: "заказ оценки объекта недвижимости", Categories: []*policy.Category{account, property},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{appraisers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	dealPurpose := &policy.Purpose{ID: "deal", Name: "сопровождение сделки: подготовка документов, электронная регистрация в Росреестре и безопасные расчёты", Categories: []*policy.Category{account, deal, property, signature},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{rosreestr, ca, sber},
		Required: "без данных сторон и документов сделку нельзя зарегистрировать; её можно зарегистрировать и самостоятельно в МФЦ",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "оформление страхования на платформе", Categories: []*policy.Category{account, application, property},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{insurers},
		Required: "страхование жизни и титула добровольно; страхование заложенной недвижимости требует закон об ипотеке",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	status := &policy.Purpose{ID: "status", ServiceMessages: true, Name: "сообщения о статусе заявки, объявления и сделки", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommend := &policy.Purpose{ID: "recommendations", Name: "подбор объектов с помощью рекомендательных технологий", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показывать пользователю объекты, похожие на те, которые он искал и сохранял", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения и консультации по ипотеке и сделкам", Categories: []*policy.Category{account, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор обращений и контроль качества консультаций",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	groupOffers := &policy.Purpose{ID: "group", Name: "передача данных компаниям Группы Сбер для предложения их продуктов", Categories: []*policy.Category{account, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках личного кабинета или письмом в службу поддержки", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы и подборок объектов", Categories: []*policy.Category{account, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках уведомлений или по ссылке в письме", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru19Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectMessageRecipients}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{analyticsTools},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:    "политика ООО «ДомКлик» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «ДомКлик»", Email: "pd@domclick.example", Address: "г. Москва"},
			Country: regionRU, Registration: "общество с ограниченной ответственностью «ДомКлик», компания Группы Сбер"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@domclick.example"},
		URL:         "https://domclick.example/legal/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 13.07.2015 № 218-ФЗ «О государственной регистрации недвижимости»", Region: regionRU},
			{Act: "Федеральный закон от 06.04.2011 № 63-ФЗ «Об электронной подписи»", Region: regionRU},
			{Act: ru19Advertising, Region: regionRU},
			{Act: "устав ООО «ДомКлик» и договоры с пользователями"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:        []string{"сайт domclick.ru и мобильное приложение «ДомКлик»", "сервисы электронной регистрации сделок и безопасных расчётов"},
		OtherNotices: []policy.Notice{{Covers: "работников компании и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, listings, property, application, family, deal, signature, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{accountPurpose, publish, check, contactSeller, mortgage, valuation, dealPurpose, insurance, status, recommend, support, groupOffers, marketing, analytics},
		Recipients:  []*policy.Recipient{sber, rosreestr, ca, appraisers, insurers, sellers, telephony, group, messaging, analyticsTools},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{listings, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для работы сайта и входа в личный кабинет", Party: policy.PartyFirst, Purpose: accountPurpose, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "cookie сервисов веб-аналитики", Party: policy.PartyThird, Provider: analyticsTools, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("письмом на pd@domclick.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security: append(fz152Security(),
			policy.Measure{Kind: policy.MeasureContactMasking}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipPayOnPlatform},
		Children:   policy.Children{MinimumAge: 18},
		Changes:    policy.Changes{EffectiveOnPosting: true},
		Contact:    policy.Contact{Email: "pd@domclick.example"},
	}
	ru14Breach(p)
	return realPolicy{"real-estate and mortgage platform (Domclick)", p, []statement{
		{says: "the operator is Domclick LLC in Moscow, a company of the Sber group", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "ООО «ДомКлик»" && strings.Contains(p.Controller.Registration, "Сбер") && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website and the app and the services for the electronic registration of deals and safe settlements", typed: func(p *policy.Policy) bool { return len(p.Scope) == 2 }},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDissemination)
		}},
		{says: "the company processes data under the Civil Code, the laws on the registration of real estate, electronic signatures and advertising, its charter and its contracts", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 5
		}},
		{says: "the data of employees and job candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a user signs in with a phone number confirmed by a code or with Sber ID, and may search listings without an account", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("account").SourceDetail, "Сбер ID") && strings.Contains(p.Purpose("account").Required, "без него")
		}},
		{says: "a user states being an owner, an agent or a developer", typed: func(p *policy.Policy) bool { return strings.Contains(p.Category("account").Items[3], "агент") }},
		{says: "a listing shows the property's address, features, photos, price and the seller's name and status, published with consent to its dissemination", typed: func(p *policy.Policy) bool {
			c := p.Category("listings")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && len(c.Items) == 4
		}},
		{says: "an estate agent who publishes a listing for an owner confirms having the owner's authority to do so and to give the owner's data", typed: func(p *policy.Policy) bool {
			return othersGive(p, "listings")
		}},
		{says: "a seller can take a listing down, which ends its publication", typed: func(p *policy.Policy) bool {
			return p.Purpose("listings").Withdraw != "" && p.Category("listings").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "listings that break the rules or look fraudulent are blocked with the account that placed them, the reason is given, and the user can contest it through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("listings").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Reasons && s.Contest != ""
		}},
		{says: "with the owner's consent the platform checks the listing and the owner against the Unified State Register of Real Estate and marks the listing as checked", typed: func(p *policy.Policy) bool {
			c := p.Purpose("check")
			return c.RestsOn(policy.BasisConsent, policy.FZ152) && c.Uses(p.Category("property")) && strings.Contains(p.Category("property").SourceDetail, "ЕГРН")
		}},
		{says: "the check is voluntary, and an unchecked listing is published without the mark", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("check").Required, "без отметки")
		}},
		{says: "buyers call sellers through substitute numbers provided by telecom operators, so that the seller's own number is not shown", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking) && recipient(p, "telephony").Role == policy.RoleProcessor
		}},
		{says: "when a user answers a listing, the seller, agent or developer receives the contact and uses it under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("contact").Recipients, r)
		}},
		{says: "for a mortgage the user fills in an application with identity, SNILS, employment, income, family, co-borrowers and the programme, which with consent goes to Sberbank", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mortgage")
			return len(p.Category("application").Items) == 6 && m.RestsOn(policy.BasisConsent, policy.FZ152) && slices.Contains(m.Recipients, recipient(p, "sber"))
		}},
		{says: "the data of co-borrowers and guarantors is given with their consent", typed: func(p *policy.Policy) bool { return othersGive(p, "application") }},
		{says: "for the family mortgage the borrower gives the children's names, dates of birth and birth certificates", typed: func(p *policy.Policy) bool {
			return othersGive(p, "family") && p.Purpose("mortgage").Uses(p.Category("family")) && strings.Contains(p.Purpose("mortgage").Required, "детях")
		}},
		{says: "Sberbank decides on the loan and uses the application under its own policy, so the platform takes no decision about the user", typed: func(p *policy.Policy) bool {
			return recipient(p, "sber").OwnPolicy && p.NoAutomatedDecisions
		}},
		{says: "a user may order a valuation of the property from a partner appraiser", typed: func(p *policy.Policy) bool {
			return recipient(p, "appraisers").Conditional && slices.Contains(p.Purpose("valuation").Recipients, recipient(p, "appraisers"))
		}},
		{says: "the platform prepares the deal's documents and sends them to Rosreestr for electronic registration", typed: func(p *policy.Policy) bool {
			return recipient(p, "rosreestr").Role == policy.RoleAuthority && slices.Contains(p.Purpose("deal").Recipients, recipient(p, "rosreestr"))
		}},
		{says: "the parties sign with an electronic signature issued by an accredited certification centre, whose certificate data is kept as the signature law requires", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "ca").Categories, p.Category("signature")) && p.Category("signature").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "the buyer pays through Sberbank's safe settlement service, which releases the money to the seller after registration", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("deal").Recipients, recipient(p, "sber")) && slices.Contains(recipient(p, "sber").Categories, p.Category("deal"))
		}},
		{says: "a deal can also be registered without the platform, at an MFC", typed: func(p *policy.Policy) bool { return strings.Contains(p.Purpose("deal").Required, "МФЦ") }},
		{says: "insurance of the property, life and title can be taken out on the platform with Sberbank Insurance and other insurers; only the pledged property's insurance is required by law", typed: func(p *policy.Policy) bool {
			return recipient(p, "insurers").Conditional && strings.Contains(recipient(p, "insurers").Name, "Сбербанк страхование") && p.Purpose("insurance").Required != ""
		}},
		{says: "the platform sends messages about the status of the application, the listing and the deal", typed: func(p *policy.Policy) bool { return p.Purpose("status").ServiceMessages }},
		{says: "properties are recommended from searches and saved listings", typed: func(p *policy.Policy) bool { return p.Purpose("recommendations").Profiling }},
		{says: "calls with managers and support are recorded after a warning, to resolve requests and check the quality of advice", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "with consent the data goes to Sberbank and the other companies of the Sber group to offer their products", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "advertising and selections of properties are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the settings or with the link in an email", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "the website uses the cookies it needs and web analytics cookies, which the visitor can forbid in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "analytics").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassSpecial && p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a user has the rights of Art. 14 to 17, exercised by writing to the company, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureIncidentDetection) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the platform never asks for codes from SMS messages, and money for a deal should be paid only through the safe settlement service", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipPayOnPlatform)
		}},
		{says: "the platform is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "photos in a listing must not show people or documents with personal data", free: toCategory("listings")},
	}}
}
