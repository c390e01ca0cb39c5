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
// (Policy.Language): the national railway company, which sells tickets
// for its own trains and as an agent of other carriers, runs the stations
// and the «РЖД Бонус» loyalty programme and helps passengers with reduced
// mobility; a car classifieds site of the Yandex group with substitute
// phone numbers, vehicle history reports, dealers, car loans and
// insurance; and a grocery chain with its own products, delivery from
// its stores, a loyalty programme with a favourite product and refunds
// for anything a customer did not like.

// ru18Accounting is the accounting law's retention of primary documents.
const ru18Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29 (5 лет)"

// ru18Advertising is the advertising law's requirement of the addressee's
// prior consent to advertising sent over telecommunications networks.
const ru18Advertising = "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18"

// ru18Cash is the law on cash registers, under which receipts go to the
// tax service through a fiscal data operator.
const ru18Cash = "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2"

// ru18TransportSecurity is the law on transport security, whose Art. 11
// has carriers pass passengers' data to the automated centralised
// databases of personal data on passengers.
const ru18TransportSecurity = "Федеральный закон от 09.02.2007 № 16-ФЗ «О транспортной безопасности»"

// realPolicyRu18RZD paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data of JSC Russian Railways
// (ОАО «РЖД»), with what its ticket website and app and the rules of its
// «РЖД Бонус» programme say of personal data, as published in 2024-2025
// (its registration numbers, internal numbering and the exact dates of
// its versions are left out, since we do not recall them exactly): an
// account on the website and in the app «РЖД Пассажирам»; tickets sold
// for the company's own high-speed and suburban trains and, as an agent,
// for the trains of other carriers such as the Federal Passenger Company,
// each issued to a passenger named with an identity document; the
// passengers' data sent to the automated centralised databases under the
// transport security law; international trains, whose passengers go to
// the railways of the countries they travel to; reduced fares with the
// documents that give the right to them; assistance to passengers with
// reduced mobility, with their health data on written consent; the
// loyalty programme with its partners; refunds, receipts and insurance
// of the carrier's liability; recorded calls to the contact centre; video
// at stations and on trains; advertising by consent; cookies;
// localisation in Russia and the rights of 152-FZ.
func realPolicyRu18RZD() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные учётной записи",
		Items:       []string{"адрес электронной почты и логин", "номер мобильного телефона", "фамилия, имя и отчество", "пассажиры, сохранённые для следующих покупок"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	passengers := &policy.Category{ID: "passengers", Name: "данные пассажиров",
		Items: []string{"фамилия, имя и отчество", "вид, серия и номер документа, удостоверяющего личность", "дата рождения", "пол", "гражданство",
			"номер телефона или адрес электронной почты пассажира для сообщений об изменениях в движении поездов, если их указали"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.AsRequiredBy(ru18Accounting), Linked: true}
	benefits := &policy.Category{ID: "benefits", Name: "сведения о праве на льготный или детский проезд",
		Items:       []string{"реквизиты свидетельства о рождении ребёнка", "номер студенческого билета или справки об обучении", "реквизиты документа, дающего право на льготу, например пенсионного удостоверения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.AsRequiredBy(ru18Accounting), Linked: true}
	tickets := &policy.Category{ID: "tickets", Name: "заказы и проездные документы",
		Items: []string{"поезд, дата, станции отправления и назначения, вагон и место", "стоимость билета и способ оплаты", "электронная регистрация и отметка о посадке",
			"возвраты и переоформления билетов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru18Accounting), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "платёжные данные", Items: []string{"маскированный номер банковской карты", "сведения об оплате и возврате денег"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "банк, принимающий оплату на сайте и в приложении",
		Retention: policy.AsRequiredBy(ru18Accounting), Linked: true}
	mobility := &policy.Category{ID: "mobility", Name: "сведения о состоянии здоровья маломобильного пассажира",
		Items:       []string{"группа инвалидности или иное ограничение, из-за которого нужна помощь", "нужна ли кресло-коляска, сопровождение или подъёмное устройство", "станции, где нужна помощь при посадке и высадке"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	bonus := &policy.Category{ID: "bonus", Name: "данные участника программы «РЖД Бонус»",
		Items: []string{"номер счёта участника", "фамилия и имя кириллицей и латиницей", "дата рождения и пол", "номер телефона и адрес электронной почты",
			"начисленные и списанные баллы, уровень участника и поездки, за которые начислены баллы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceThirdParty},
		SourceDetail: "партнёры программы, сообщающие об услугах, за которые участнику начисляются баллы",
		Retention:    policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения в Единый контактный центр", Items: []string{"записи телефонных разговоров", "письма и сообщения в чате", "жалобы и предложения пассажиров и ответы на них"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи на вокзалах и в поездах", Items: []string{"изображения людей на вокзалах, платформах и в вагонах, оборудованных камерами"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.AsRequiredBy("требования по обеспечению транспортной безопасности на железнодорожном транспорте, утверждённые Правительством Российской Федерации (30 суток)")}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель устройства и операционная система", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	carriers := &policy.Recipient{ID: "carriers", Name: "перевозчики, билеты на поезда которых продаёт компания, например АО «Федеральная пассажирская компания»", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passengers, benefits, tickets, mobility}, Purpose: "перевозить пассажиров, проверять билеты при посадке и оказывать помощь в пути", Country: regionRU}
	databases := &policy.Recipient{ID: "databases", Name: "уполномоченные органы, формирующие и ведущие автоматизированные централизованные базы персональных данных о пассажирах", Role: policy.RoleAuthority,
		Categories: []*policy.Category{passengers, tickets}, Purpose: "обеспечивать транспортную безопасность, как требует закон", Country: regionRU}
	foreign := &policy.Recipient{ID: "foreign", Name: "железные дороги и пограничные и таможенные органы иностранных государств", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passengers, tickets}, Purpose: "перевозить пассажиров поездов международного сообщения и пропускать их через границу"}
	bank := &policy.Recipient{ID: "bank", Name: "банк-эквайер", Role: policy.RoleThirdParty, Categories: []*policy.Category{tickets, payment},
		Purpose: "принимать оплату билетов и возвращать деньги", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{tickets},
		Purpose: "передавать чеки в ФНС России и направлять пассажиру электронный чек", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "страховые компании, застраховавшие ответственность перевозчика, и страховщики, полисы которых пассажир покупает вместе с билетом", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{passengers, tickets}, Purpose: "наступает страховой случай или пассажир оформляет добровольную страховку при покупке билета", Country: regionRU, Conditional: true}
	partners := &policy.Recipient{ID: "partners", Name: "партнёры программы «РЖД Бонус» — банки, выпускающие совместные с программой карты, и компании, за услуги которых начисляются баллы", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{bonus}, Purpose: "участник пользуется услугами партнёра и хочет получить за них баллы", Country: regionRU, Conditional: true}
	mailers := &policy.Recipient{ID: "mailers", Name: "операторы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account, passengers, bonus}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "регистрация и ведение учётной записи на сайте и в приложении «РЖД Пассажирам»", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "для покупки билета на сайте или в приложении нужна учётная запись с подтверждённым адресом электронной почты или номером телефона; в билетной кассе билет можно купить и без неё",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "tickets", Name: "оформление, переоформление и возврат проездных документов на поезда компании и, как агент, на поезда других перевозчиков",
		Categories: []*policy.Category{account, passengers, tickets, payment},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{carriers, bank},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 10.01.2003 № 18-ФЗ «Устав железнодорожного транспорта Российской Федерации», ст. 82 и 83", Region: regionRU},
			{Act: "Правила перевозок пассажиров, багажа, грузобагажа железнодорожным транспортом, утверждённые Министерством транспорта Российской Федерации", Region: regionRU}},
		Required: "билет на поезд дальнего следования оформляется на пассажира по его документу, удостоверяющему личность; без этих сведений билет не может быть оформлен, а пассажира не допустят к посадке",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	security := &policy.Purpose{ID: "security", Name: "передача данных пассажиров в автоматизированные централизованные базы персональных данных о пассажирах", Categories: []*policy.Category{passengers, tickets},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{databases},
		Obligations: []policy.Obligation{{Act: ru18TransportSecurity + ", ст. 11", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	international := &policy.Purpose{ID: "international", Name: "перевозка пассажиров в поездах международного сообщения", Categories: []*policy.Category{passengers, tickets},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Required: "без данных заграничного паспорта или иного документа для въезда в страну назначения билет на поезд международного сообщения не оформляется",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	reduced := &policy.Purpose{ID: "benefits", Name: "оформление детских и льготных билетов", Categories: []*policy.Category{passengers, benefits},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers},
		Required: "без реквизитов документа, дающего право на скидку или льготу, билет оформляется по полному тарифу, а в поезде проводник может проверить этот документ",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	assistance := &policy.Purpose{ID: "mobility", Name: "помощь маломобильным пассажирам на вокзалах и в поездах через Центр содействия мобильности", Categories: []*policy.Category{passengers, tickets, mobility},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, OptOut: true,
		Withdraw:   "позвонив в Центр содействия мобильности или письменным заявлением; после этого помощь оказывается без предварительной заявки, насколько это возможно",
		Recipients: []*policy.Recipient{carriers},
		Required:   "заявка на помощь добровольна; без неё пассажир с инвалидностью может ехать на общих условиях",
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	programme := &policy.Purpose{ID: "bonus", Name: "участие в программе «РЖД Бонус»: начисление и списание баллов, премиальные билеты и уровни участника", Categories: []*policy.Category{bonus, tickets},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Withdraw:   "в личном кабинете участника или письменным заявлением; после этого счёт участника закрывается, а баллы сгорают",
		Recipients: []*policy.Recipient{partners, mailers},
		Required:   "без регистрации в программе баллы не начисляются; купить билет можно и без участия в ней",
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud},
			Automated: policy.AnswerNo, Contest: "позвонив в Единый контактный центр или написав в службу поддержки программы"}}
	notices := &policy.Purpose{ID: "notices", Name: "направление билетов и сообщений об изменении расписания, отмене и задержке поездов", Categories: []*policy.Category{account, passengers, tickets},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{tickets, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru18Cash, Region: regionRU}, {Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	insurance := &policy.Purpose{ID: "insurance", Name: "обязательное страхование ответственности перевозчика и оформление добровольного страхования пассажиров", Categories: []*policy.Category{passengers, tickets},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisContract}, Recipients: []*policy.Recipient{insurers},
		Required:    "добровольная страховка не обязательна, и билет продаётся без неё; обязательное страхование ответственности перевозчика действует для каждого пассажира",
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 14.06.2012 № 67-ФЗ «Об обязательном страховании гражданской ответственности перевозчика за причинение вреда жизни, здоровью, имуществу пассажиров»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "ответы на звонки, обращения и жалобы пассажиров", Categories: []*policy.Category{account, tickets, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор обращений и жалоб пассажиров и контроль качества работы контактного центра",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение на вокзалах, платформах и в поездах", Categories: []*policy.Category{video},
		Bases:       []policy.Basis{policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: ru18TransportSecurity + ", ст. 8", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка новостей, акций и предложений компании и партнёров программы", Categories: []*policy.Category{account, bonus},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках личного кабинета, по ссылке в письме или позвонив в Единый контактный центр", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru18Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "107174, г. Москва, ул. Новая Басманная, д. 2/1, стр. 1"
	p := &policy.Policy{
		Title:    "политика обработки персональных данных в ОАО «РЖД»",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ОАО «РЖД»", Email: "pd@rzd.example", Phone: "8 800 775-00-00", Address: address},
			Country: regionRU, Registration: "полное наименование — открытое акционерное общество «Российские железные дороги»"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных в ОАО «РЖД»", Email: "pd@rzd.example"},
		URL:         "https://rzd.example/personal-data-policy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 10.01.2003 № 17-ФЗ «О железнодорожном транспорте в Российской Федерации»", Region: regionRU},
			{Act: "Федеральный закон от 10.01.2003 № 18-ФЗ «Устав железнодорожного транспорта Российской Федерации»", Region: regionRU},
			{Act: ru18TransportSecurity, Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "устав ОАО «РЖД» и правила программы «РЖД Бонус»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"сайт продажи билетов и приложение «РЖД Пассажирам»", "билетные кассы и вокзалы компании", "программа лояльности «РЖД Бонус»"},
		OtherNotices: []policy.Notice{{Covers: "работников компании, кандидатов на вакансии и контрагентов"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation,
			policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, passengers, benefits, tickets, payment, mobility, bonus, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полные данные банковских карт", Category: payment, Note: "Номер карты и код пассажир вводит на платёжной странице банка."},
		},
		Purposes:   []*policy.Purpose{signUp, sales, security, international, reduced, assistance, programme, notices, receipts, insurance, support, cctv, marketing, analytics},
		Recipients: []*policy.Recipient{carriers, databases, foreign, bank, ofd, insurers, partners, mailers, metrica},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{passengers, tickets},
			Safeguard: policy.SafeguardContractNecessity,
			Note:      "Данные передаются только для поездов международного сообщения, на которые пассажир купил билет, и только в страны, через которые идёт поезд."}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}, KeptRestricted: true},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{mobility, bonus, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для входа в учётную запись и покупки билета", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "sdk", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("письменным запросом по адресу компании или запросом, подписанным электронной подписью, на pd@rzd.example"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy},
		Children: policy.Children{MinimumAge: 14, ConsentAge: 18,
			Note: "Билет на ребёнка оформляет родитель или другой законный представитель по свидетельству о рождении; дети до 10 лет едут только в сопровождении взрослого."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@rzd.example", Phone: "8 800 775-00-00", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"national railway company (Russian Railways)", p, []statement{
		{says: "the operator is JSC Russian Railways in Moscow, named in full", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "Российские железные дороги") && strings.Contains(p.Controller.Address, "Москва")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the ticket website and the app, the ticket offices and stations, and the «РЖД Бонус» programme", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[2], "РЖД Бонус")
		}},
		{says: "the policy opens by defining the operator, processing, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the company processes data under the Constitution, the Civil Code, the laws on rail transport, the Rail Transport Charter, the transport security law, the consumer protection law, its charter and the programme's rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "the data of employees, job candidates and counterparties is processed under separate documents", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a user opens an account with a confirmed email or phone number to buy tickets online, and may save passengers for later purchases; a ticket office sells without one", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "без неё") && strings.Contains(p.Category("account").Items[3], "пассажиры")
		}},
		{says: "each long-distance ticket is issued to a named passenger with the identity document, date of birth, sex and citizenship, and without them no ticket is issued", typed: func(p *policy.Policy) bool {
			return len(p.Category("passengers").Items) == 6 && p.Purpose("tickets").Uses(p.Category("passengers")) && p.Purpose("tickets").Required != ""
		}},
		{says: "a customer who buys tickets for others confirms having their consent to give their data", typed: func(p *policy.Policy) bool { return othersGive(p, "passengers") }},
		{says: "the passenger may give a phone number or email to be told of changes in the trains' movement", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("passengers").Items[5], "если их указали") && p.Purpose("notices").Uses(p.Category("passengers"))
		}},
		{says: "the company sells tickets for its own trains and, as an agent, for those of other carriers such as the Federal Passenger Company, which receive the passengers' data", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("tickets").Name, "как агент") && recipient(p, "carriers").Role == policy.RoleThirdParty &&
				strings.Contains(recipient(p, "carriers").Name, "Федеральная пассажирская компания")
		}},
		{says: "the Rail Transport Charter and the rules of carriage require tickets to be issued on the identity document", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tickets")
			return t.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(t.Obligations) == 2 && strings.Contains(t.Obligations[0].Act, "Устав")
		}},
		{says: "the passengers' data goes to the automated centralised databases of personal data on passengers under Art. 11 of the transport security law", typed: func(p *policy.Policy) bool {
			s := p.Purpose("security")
			return s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.HasSuffix(s.Obligations[0].Act, "ст. 11") && recipient(p, "databases").Role == policy.RoleAuthority
		}},
		{says: "for an international train the data goes to the foreign railways and the border and customs authorities of the countries the train passes through", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Recipient == recipient(p, "foreign") && t.Note != ""
		}},
		{says: "a ticket for an international train needs the passport or other document for entering the country of destination", typed: func(p *policy.Policy) bool {
			return p.Purpose("international").Required != ""
		}},
		{says: "child and reduced-fare tickets need the birth certificate, the student card or another document giving the right, which the conductor may check; without it the full fare applies", typed: func(p *policy.Policy) bool {
			return len(p.Category("benefits").Items) == 3 && strings.Contains(p.Purpose("benefits").Required, "полному тарифу")
		}},
		{says: "passengers with reduced mobility may ask the Mobility Assistance Centre for help at stations and on trains, stating their disability and the help needed, with written consent", typed: func(p *policy.Policy) bool {
			m := p.Purpose("mobility")
			return p.Category("mobility").Sensitivity == policy.SensitivitySpecial && m.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && m.ConsentMethod == policy.ConsentMethodWritten
		}},
		{says: "asking for assistance is voluntary, the consent can be withdrawn, and the health data is kept only until the trip is over", typed: func(p *policy.Policy) bool {
			return p.Purpose("mobility").Required != "" && p.Purpose("mobility").Withdraw != "" && p.Category("mobility").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "payment is accepted by the acquiring bank, which also makes refunds, and the company does not receive the full card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank") != nil && p.NotCollected[0].Category == p.Category("payment") && p.NotCollected[0].Note != ""
		}},
		{says: "tickets can be exchanged or returned, and refunds go back to the card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("tickets").Name, "возврат") && strings.Contains(p.Category("tickets").Items[3], "возвраты")
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and orders are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil && p.Category("tickets").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "tickets and notices of timetable changes, cancellations and delays are sent by email, SMS and push", typed: func(p *policy.Policy) bool {
			return p.Purpose("notices").RestsOn(policy.BasisContract, policy.FZ152) && slices.Contains(p.Purpose("notices").Recipients, recipient(p, "mailers"))
		}},
		{says: "the carrier's liability to passengers is insured as the law requires, and the insurer receives the passenger's data if an insured event occurs or the passenger buys voluntary insurance", typed: func(p *policy.Policy) bool {
			return p.Purpose("insurance").RestsOn(policy.BasisLegalObligation, policy.FZ152) && p.Purpose("insurance").Required != "" && strings.Contains(p.Purpose("insurance").Obligations[0].Act, "67-ФЗ") && recipient(p, "insurers").Conditional
		}},
		{says: "members of «РЖД Бонус» give their name in Cyrillic and Latin letters, date of birth, sex and contacts, and earn points for trips", typed: func(p *policy.Policy) bool {
			return len(p.Category("bonus").Items) == 5 && p.Purpose("bonus").Uses(p.Category("tickets"))
		}},
		{says: "joining the programme needs consent, which can be withdrawn in the member's account, after which the account is closed and the points are lost", typed: func(p *policy.Policy) bool {
			b := p.Purpose("bonus")
			return b.RestsOn(policy.BasisConsent, policy.FZ152) && strings.Contains(b.Withdraw, "баллы сгорают") && b.ConsentLogged
		}},
		{says: "tickets can be bought without joining the programme", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("bonus").Required, "без участия")
		}},
		{says: "partners such as banks issuing co-branded cards report the services for which points are earned and receive the member's data", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && slices.Contains(p.Category("bonus").Sources, policy.SourceThirdParty) && p.Category("bonus").SourceDetail != ""
		}},
		{says: "a member's account may be blocked for breaking the programme's rules or for fraud, which the member may contest with the contact centre", typed: func(p *policy.Policy) bool {
			s := p.Purpose("bonus").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "calls to the Single Contact Centre are recorded after a warning, to handle complaints and check the quality of its work", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "stations, platforms and trains are under video surveillance, as the transport security requirements ask, and recordings are kept for 30 days", typed: func(p *policy.Policy) bool {
			c := p.Purpose("cctv")
			return c.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(c.Subjects, policy.DataSubjectPremisesVisitors) &&
				strings.Contains(p.Category("video").Retention.Law, "30 суток")
		}},
		{says: "news and offers of the company and its programme's partners are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the account, with the link or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "the website uses the cookies it needs and Yandex Metrica, the app AppMetrica, and a visitor can turn off cookies in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut && cookie(p, "sdk").Technology == policy.TechnologySDK
		}},
		{says: "the policy does not cover the websites of others that the company links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "no decision with legal effects is taken about a passenger by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts, investigators and other state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved, and data a law requires to keep is blocked until its period ends", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Total() == policy.Days(30) && d.KeptRestricted && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "an account can be deleted, after which its data is removed within 30 days, except the orders the accounting law requires to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a passenger has the rights of Art. 14 to 17, exercised by a written or electronically signed request, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "электронной подписью")
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the customer answers for the accuracy of the passengers' data, and a ticket with wrong details may not let the passenger board", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy)
		}},
		{says: "a parent buys a child's ticket with the birth certificate, and children under 10 travel only with an adult", typed: func(p *policy.Policy) bool {
			return p.Children.Note != "" && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the company is itself the carrier on its high-speed and suburban trains, such as Sapsan and Lastochka, and answers as operator for their passengers' data", free: toPurpose("tickets")},
		{says: "the name or document on a ticket already issued cannot be corrected: the ticket is returned and a new one bought", free: toPurpose("tickets")},
	}}
}

// realPolicyRu18AutoRu paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data that Yandex.Verticals LLC
// (ООО «Яндекс.Вертикали») publishes for Auto.ru (Авто.ру), the car
// classifieds site of the Yandex group, with what the site's user
// agreement and help pages say of personal data, as published in
// 2024-2025 (its registration numbers and the exact dates of its versions
// are left out, since we do not recall them exactly): sign-in with Yandex
// ID; listings of cars with their VIN, photos and price, published on the
// seller's consent; calls between buyers and sellers through substitute
// numbers, recorded; the chat, checked for fraud; moderation that removes
// listings and blocks accounts; vehicle history reports built from the
// VIN with data of the traffic police, the register of pledges, insurers
// and dealers; dealers and their representatives; applications for car
// loans to partner banks and for insurance to partner insurers; paid
// services for sellers; reviews of cars; recommendations under published
// rules; advertising; cookies; localisation in Russia and the rights of
// 152-FZ.
func realPolicyRu18AutoRu() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные учётной записи",
		Items:       []string{"имя и фотография профиля", "номер телефона", "адрес электронной почты", "идентификатор Яндекс ID"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "ООО «Яндекс», через Яндекс ID которого пользователь входит на сайт",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	listings := &policy.Category{ID: "listings", Name: "объявления",
		Items: []string{"марка, модель, год выпуска, пробег и комплектация автомобиля", "VIN и государственный регистрационный номер", "фотографии и описание автомобиля",
			"цена и место осмотра", "имя продавца, под которым опубликовано объявление"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "звонки через подменные номера",
		Items:       []string{"номера телефонов звонящего и продавца", "дата, время и продолжительность звонка", "запись разговора"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, RecordingNotice: true,
		Retention: policy.Keep(policy.Months(6), policy.EventCollection), Linked: true}
	chats := &policy.Category{ID: "chats", Name: "сообщения в чате", Items: []string{"переписка покупателя и продавца", "отправленные фотографии и файлы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, VisibleTo: []policy.Audience{policy.AudienceCounterparts},
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	history := &policy.Category{ID: "history", Name: "сведения для отчётов об истории автомобиля",
		Items: []string{"число владельцев и сроки владения без их имён", "сведения о дорожно-транспортных происшествиях, ограничениях на регистрационные действия и розыске",
			"сведения о залоге", "пробег по данным сервисов и техосмотров", "прежние объявления о продаже автомобиля"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic, policy.SourceAutomatic},
		SourceDetail: "Госавтоинспекция, реестр уведомлений о залоге движимого имущества, страховые компании, дилеры и сервисные центры",
		Retention:    policy.Keep(policy.Years(3), policy.EventCollection)}
	dealers := &policy.Category{ID: "dealers", Name: "данные представителей дилеров и других компаний — продавцов",
		Items:       []string{"фамилия, имя и отчество", "должность", "рабочие телефон и адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "компания, от имени которой действует представитель",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	loan := &policy.Category{ID: "loan", Name: "заявки на кредит и страхование",
		Items:       []string{"паспортные данные", "место работы и доход", "данные водительского удостоверения и стаж вождения", "решения банков и страховых компаний по заявке"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "банки и страховые компании, рассматривающие заявку",
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	payments := &policy.Category{ID: "payments", Name: "платные услуги и платежи", Items: []string{"купленные услуги продвижения объявлений и отчёты", "сумма, дата и статус платежа"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru18Accounting), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "отзывы об автомобилях", Items: []string{"имя автора", "текст, оценки и фотографии", "автомобиль, которым владеет автор"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	location := &policy.Category{ID: "location", Name: "местоположение", Items: []string{"город или регион, выбранный пользователем", "приблизительное местоположение устройства"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie и рекламный идентификатор", "браузер, модель устройства и операционная система", "просмотренные объявления, поисковые запросы и избранное"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "интересы, определённые по поискам и просмотрам", Items: []string{"марки, модели и цены, которые интересуют пользователя", "показанные рекомендации"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{device, location},
		Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	yandex := &policy.Recipient{ID: "yandex", Name: "ООО «Яндекс» и другие компании группы «Яндекс»", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, listings, chats, device, interests}, Purpose: "обеспечивать вход через Яндекс ID, размещать данные в своих центрах обработки данных и показывать рекламу по поручению компании", Country: regionRU}
	telecom := &policy.Recipient{ID: "telecom", Name: "операторы связи, предоставляющие подменные номера", Role: policy.RoleProcessor, Categories: []*policy.Category{calls},
		Purpose: "соединять покупателя с продавцом через подменный номер и записывать разговор по поручению компании", Country: regionRU}
	dealerRecipients := &policy.Recipient{ID: "dealers", Name: "дилеры и компании, выкупающие автомобили", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, listings},
		Purpose: "пользователь оставляет заявку дилеру, на покупку нового автомобиля, на трейд-ин или на выкуп своего автомобиля", Country: regionRU, Conditional: true}
	banks := &policy.Recipient{ID: "banks", Name: "банки-партнёры, выдающие автокредиты", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, loan},
		Purpose: "пользователь подаёт заявку на автокредит", Country: regionRU, Conditional: true}
	insurers := &policy.Recipient{ID: "insurers", Name: "страховые компании-партнёры", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, loan},
		Purpose: "пользователь рассчитывает и оформляет полис ОСАГО или КАСКО", Country: regionRU, Conditional: true}
	acquirers := &policy.Recipient{ID: "acquirers", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{payments},
		Purpose: "принимать оплату услуг и возвращать деньги", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{payments},
		Purpose: "передавать чеки в ФНС России и направлять пользователю электронный чек", Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "вход на сайт и в приложение через Яндекс ID и ведение личного кабинета", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{yandex},
		Required: "смотреть объявления можно без входа, а для размещения объявления, чата и избранного нужна учётная запись с подтверждённым номером телефона",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "listings", Name: "размещение и показ объявлений о продаже автомобилей", Categories: []*policy.Category{account, listings},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Withdraw: "сняв объявление с публикации или удалив его в личном кабинете",
		Required: "без описания автомобиля, VIN и фотографий объявление не публикуется; номер телефона продавца скрыт за подменным номером",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	connect := &policy.Purpose{ID: "calls", Name: "связь покупателей с продавцами через подменные номера и чат", Categories: []*policy.Category{account, calls, chats},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{telecom},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	moderation := &policy.Purpose{ID: "moderation", Name: "модерация объявлений и защита пользователей от мошенников", Categories: []*policy.Category{account, listings, calls, chats, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита покупателей и продавцов от мошенничества, ложных объявлений и перепродажи чужих автомобилей",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent, policy.SuspensionTargetAccount},
			Grounds:   []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud, policy.SuspensionGroundIllegalContent},
			Automated: policy.AnswerYes, HumanReview: true, Contest: "написав в службу поддержки из личного кабинета"}}
	reports := &policy.Purpose{ID: "history", Name: "подготовка отчётов об истории автомобиля по VIN или государственному номеру", Categories: []*policy.Category{history, listings, payments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "помочь покупателю узнать, не был ли автомобиль в серьёзных авариях, в залоге или в розыске и не скручен ли пробег, до покупки",
		Subjects: []policy.DataSubject{policy.DataSubjectThirdParties, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	business := &policy.Purpose{ID: "dealers", Name: "работа с дилерами и другими компаниями, размещающими объявления", Categories: []*policy.Category{dealers, payments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "исполнение договора с компанией через уполномоченного ею представителя",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	leads := &policy.Purpose{ID: "leads", Name: "передача заявок дилерам и компаниям, выкупающим автомобили", Categories: []*policy.Category{account, listings},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Withdraw: "письменным обращением в службу поддержки", Recipients: []*policy.Recipient{dealerRecipients},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	credit := &policy.Purpose{ID: "credit", Name: "передача заявок на автокредит и страхование в банки и страховые компании — партнёры", Categories: []*policy.Category{account, loan},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Withdraw: "письменным обращением в компанию, в банк или в страховую компанию", Recipients: []*policy.Recipient{banks, insurers},
		Required: "кредит и страховка на сайте добровольны; решение по заявке принимает банк или страховая компания",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	paid := &policy.Purpose{ID: "paid", Name: "оказание платных услуг: продвижение объявлений и продажа отчётов", Categories: []*policy.Category{account, payments},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{acquirers},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{payments},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru18Cash, Region: regionRU}, {Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publishReviews := &policy.Purpose{ID: "reviews", Name: "публикация отзывов об автомобилях", Categories: []*policy.Category{account, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true, Withdraw: "удалив отзыв в личном кабинете",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	recommend := &policy.Purpose{ID: "recommendations", Name: "рекомендации объявлений и подбор автомобилей по интересам", Categories: []*policy.Category{location, device, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показывать пользователю прежде всего автомобили, которые подходят ему по марке, цене и месту", Profiling: true,
		Recipients: []*policy.Recipient{yandex},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", Name: "показ рекламы, в том числе подобранной по интересам", Categories: []*policy.Category{device, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или ограничив рекламный идентификатор в настройках телефона", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{yandex},
		Subjects:   []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	mailing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка новостей, подборок объявлений и предложений сервиса", Categories: []*policy.Category{account, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках личного кабинета или по ссылке в письме", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true,
		ConsentRequiredBy: []policy.Obligation{{Act: ru18Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложений", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{yandex},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения в службу поддержки", Categories: []*policy.Category{account, listings, chats},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "решение вопросов пользователей и разбор жалоб на объявления и продавцов",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}

	address := "119021, г. Москва, ул. Льва Толстого, д. 16"
	p := &policy.Policy{
		Title:    "политика ООО «Яндекс.Вертикали» в отношении обработки персональных данных пользователей сервиса Авто.ру",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Яндекс.Вертикали»", Email: "pd@autoru.example", Address: address},
			Country: regionRU, Registration: "компания группы «Яндекс», оператор сервиса Авто.ру"},
		Responsible: &policy.Contact{Name: "ответственный за организацию обработки персональных данных", Email: "pd@autoru.example"},
		URL:         "https://autoru.example/legal/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.July, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "пользовательское соглашение сервиса Авто.ру и договоры с дилерами"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:    []string{"сайт auto.ru", "мобильные приложения «Авто.ру»", "личный кабинет дилера"},
		External: []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation,
			policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, listings, calls, chats, history, dealers, loan, payments, reviews, location, device, interests},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "данные банковских карт", Category: payments, Note: "Карту пользователь вводит на платёжной странице банка или Yandex Pay."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{signUp, publish, connect, moderation, reports, business, leads, credit, paid, receipts, publishReviews, recommend, advertising, mailing, analytics, support},
		Recipients:  []*policy.Recipient{yandex, telecom, dealerRecipients, banks, insurers, acquirers, ofd},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, listings, chats, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptFraud}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{listings, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для входа и работы сайта", Party: policy.PartyFirst, Purpose: signUp, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: yandex, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "ads", Name: "cookie Рекламной сети Яндекса", Party: policy.PartyThird, Provider: yandex, Purpose: advertising, Categories: []*policy.Category{device, interests},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в личном кабинете, письмом на pd@autoru.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             append(fz152Security(), policy.Measure{Kind: policy.MeasureContactMasking}),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipNeverAsked},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Links:                policy.Links{Recommendations: "https://autoru.example/legal/recommendations"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@autoru.example", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"car classifieds site (Auto.ru)", p, []statement{
		{says: "the operator is Yandex.Verticals LLC in Moscow, a company of the Yandex group that runs Auto.ru", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Яндекс.Вертикали") && strings.Contains(p.Controller.Registration, "Авто.ру") && strings.Contains(p.Controller.Address, "Москва")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website, the apps and the dealers' account", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 && strings.Contains(p.Scope[2], "дилера") }},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDissemination)
		}},
		{says: "the company processes data under the Civil Code, the laws on information and on advertising, the user agreement and its contracts with dealers", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 4
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "users sign in with Yandex ID, whose name, phone and email the company receives from Yandex", typed: func(p *policy.Policy) bool {
			c := p.Category("account")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "Яндекс ID")
		}},
		{says: "listings can be viewed without an account, but placing one, the chat and favourites need an account with a confirmed phone", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "без входа")
		}},
		{says: "a listing states the car, its VIN and registration number, photos, price, place of inspection and the seller's name", typed: func(p *policy.Policy) bool {
			return len(p.Category("listings").Items) == 5 && strings.Contains(p.Category("listings").Items[1], "VIN")
		}},
		{says: "a listing is public and published on the seller's consent to dissemination, which ends when the seller removes it", typed: func(p *policy.Policy) bool {
			c := p.Category("listings")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("listings").RestsOn(policy.BasisConsent, policy.FZ152) && p.Purpose("listings").Withdraw != ""
		}},
		{says: "the seller's phone number is hidden behind a substitute number, through which buyers call", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureContactMasking) && recipient(p, "telecom").Role == policy.RoleProcessor
		}},
		{says: "calls through substitute numbers are recorded after a warning, and the recordings help resolve disputes and detect fraud", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("moderation").Uses(p.Category("calls"))
		}},
		{says: "buyers and sellers write to each other in the chat, which only they see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("chats").VisibleTo, policy.AudienceCounterparts) && p.Purpose("calls").Uses(p.Category("chats"))
		}},
		{says: "listings and messages are checked automatically and by moderators, and listings may be removed and accounts blocked for fraud or breaking the rules, which the user may contest with support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("moderation").Suspension
			return s.Automated == policy.AnswerYes && s.HumanReview && slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Contest != ""
		}},
		{says: "history reports by VIN or number draw on the traffic police, the register of pledges, insurers, dealers and service centres and on earlier listings", typed: func(p *policy.Policy) bool {
			c := p.Category("history")
			return strings.Contains(c.SourceDetail, "Госавтоинспекция") && slices.Contains(c.Sources, policy.SourcePublic) && p.Purpose("history").Uses(p.Category("listings"))
		}},
		{says: "a report gives the number of owners and how long they had the car, but not their names", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("history").Items[0], "без их имён") && !p.Category("history").Linked
		}},
		{says: "reports help a buyer check accidents, pledges, searches and mileage before buying, a legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("history").RestsOn(policy.BasisLegitimateInterests, policy.FZ152) && p.Purpose("history").Interest != ""
		}},
		{says: "dealers and other companies place listings through representatives, whose name, position and work contacts the company records", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("dealers").Subjects, policy.DataSubjectCounterparties) && len(p.Category("dealers").Items) == 3
		}},
		{says: "a request to a dealer, for trade-in or for selling one's car goes to the dealer or buyer with the user's consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("leads").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "dealers").Conditional
		}},
		{says: "with consent an application for a car loan goes to partner banks and one for OSAGO or KASKO insurance to partner insurers, which decide on it", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit")
			return c.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "banks").Conditional && recipient(p, "insurers").Conditional && c.Required != ""
		}},
		{says: "loan and insurance applications contain the passport, work, income and driving licence details", typed: func(p *policy.Policy) bool {
			return len(p.Category("loan").Items) == 4 && strings.Contains(p.Category("loan").Items[2], "водительского")
		}},
		{says: "sellers pay for promoting listings and buyers for reports, and banks and payment services accept the payment", typed: func(p *policy.Policy) bool {
			return p.Purpose("paid").RestsOn(policy.BasisContract, policy.FZ152) && recipient(p, "acquirers") != nil
		}},
		{says: "the company does not receive the bank card details", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Category == p.Category("payments") }},
		{says: "receipts go to the tax service through a fiscal data operator, and payments are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && p.Category("payments").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "reviews of cars are published under the author's name with consent, and the author can delete them", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("reviews").Withdraw != ""
		}},
		{says: "the app uses the device's location, once permitted, to show cars nearby", typed: func(p *policy.Policy) bool { return p.Category("location").DevicePermission }},
		{says: "listings are recommended from searches, views and location, under published rules for recommendation technologies", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && len(p.Category("interests").DerivedFrom) == 2 && p.Links.Recommendations != ""
		}},
		{says: "Yandex shows advertising on the site, also by interests, which a user can limit in the browser or phone settings", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").Profiling && slices.Contains(p.Purpose("advertising").Recipients, recipient(p, "yandex")) && cookie(p, "ads").Consent == policy.CookieConsentOptOut
		}},
		{says: "Yandex and the companies of its group receive data to provide Yandex ID, host the service and show advertising", typed: func(p *policy.Policy) bool {
			return recipient(p, "yandex").Role == policy.RoleProcessor && strings.Contains(recipient(p, "yandex").Purpose, "Яндекс ID")
		}},
		{says: "newsletters and selections of listings are sent only with consent, as the law on advertising requires, and can be turned off in the account or with the link", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "the website uses the cookies it needs, Yandex Metrica to analyse its use and the cookies of the Yandex Advertising Network", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Purpose == p.Purpose("analytics") && cookie(p, "ads") != nil
		}},
		{says: "the policy does not cover the websites of dealers and others that the service links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a user by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "an account can be deleted, after which its data, listings, chats and reviews are removed within 30 days, except what the law requires or fraud checks need", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventAccountClosure && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptFraud)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a user has the rights of Art. 14 to 17, exercised in the account or by writing to the company, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "личном кабинете")
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the service never asks for codes from SMS messages or passwords, and users should give them to no one", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked)
		}},
		{says: "the user answers for the accuracy of the listing and must not publish other people's data without their consent", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "the service is for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the registration number is hidden on the listing's photos automatically, and the VIN is shown only in part", free: toCategory("listings")},
		{says: "buyers should not pay a deposit before seeing the car and its documents", free: toIntroduction},
		{says: "Yandex ID's own data, such as the password and other Yandex services, is governed by Yandex's privacy policy", free: toIntroduction},
	}}
}

// realPolicyRu18VkusVill paraphrases, in our own words and as we recall
// it, the policy on the processing of personal data of JSC VkusVill (АО
// «ВкусВилл»), which runs the VkusVill grocery stores selling mostly its
// own products, the app and website with delivery from stores and dark
// stores, and the loyalty programme, as published in 2024-2025 (its
// registration numbers, its exact address and the exact dates of its
// versions are left out, since we do not recall them exactly): the
// loyalty card registered by phone number, with bonuses, levels and a
// favourite product chosen each month at a greater discount; personal
// offers from purchases; delivery with the address, floor and intercom,
// by its own couriers and partner delivery services; payment in the app
// with a saved card; refunds for any product the customer did not like;
// ratings and reviews of products, which shape the range; surveys and
// tastings; prize draws; recorded calls; video in stores; advertising by
// consent; cookies; localisation in Russia and the rights of 152-FZ.
func realPolicyRu18VkusVill() realPolicy {
	all := policy.Actions()
	member := &policy.Category{ID: "member", Name: "данные участника программы лояльности",
		Items: []string{"номер мобильного телефона", "имя", "дата рождения, если участник её указал", "адрес электронной почты, если участник его указал",
			"номер пластиковой или виртуальной карты", "выбранный «Любимый продукт», начисленные и списанные бонусы и уровень участника"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "покупки", Items: []string{"купленные продукты, их цены и скидки", "магазин или способ получения заказа, дата и время покупки", "электронные чеки", "возвраты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru18Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "данные для доставки",
		Items:       []string{"адрес, подъезд, этаж, квартира и код домофона", "имя и телефон получателя", "комментарий курьеру", "выбранный интервал доставки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "платёжные данные", Items: []string{"маскированный номер и токен сохранённой банковской карты", "статус оплаты и возврата"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "банк, принимающий оплату в приложении и на сайте",
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	feedback := &policy.Category{ID: "feedback", Name: "оценки, отзывы и ответы на опросы",
		Items:       []string{"оценки купленных продуктов", "текст отзыва и фотографии", "имя, под которым публикуется отзыв", "ответы на опросы и анкеты дегустаций"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityOptional, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	segments := &policy.Category{ID: "segments", Name: "предпочтения, определённые по покупкам и оценкам", Items: []string{"продукты и категории, которые покупатель выбирает чаще всего", "как часто и в каких магазинах он покупает"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{purchases, feedback},
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	winners := &policy.Category{ID: "winners", Name: "данные победителей розыгрышей", Items: []string{"фамилия, имя и отчество", "паспортные данные", "ИНН", "приз и его стоимость"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, ст. 23 (4 года)"), Linked: true}
	support := &policy.Category{ID: "support", Name: "обращения на горячую линию", Items: []string{"записи телефонных разговоров", "переписка в чате приложения", "жалобы на продукты, магазины и доставку"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи в магазинах", Items: []string{"изображения людей в торговых залах и у касс"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "местоположение устройства", Items: []string{"приблизительное местоположение телефона, чтобы показать ближайшие магазины и зону доставки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель устройства, операционная система и рекламный идентификатор", "токен push-уведомлений", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	couriers := &policy.Recipient{ID: "couriers", Name: "партнёрские службы доставки", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery},
		Purpose: "доставлять заказы по поручению компании, когда их везут не курьеры компании", Country: regionRU}
	bank := &policy.Recipient{ID: "bank", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment, purchases},
		Purpose: "принимать оплату заказов, сохранять карту по просьбе покупателя и возвращать деньги", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{winners},
		Purpose: "сообщать о доходах победителей, для которых компания — налоговый агент", Country: regionRU}
	it := &policy.Recipient{ID: "it", Name: "поставщики центров обработки данных и информационных систем, расположенных в России", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, purchases, delivery, feedback, segments}, Purpose: "размещать и сопровождать информационные системы компании по её поручению", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{member, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	programme := &policy.Purpose{ID: "programme", Name: "участие в программе лояльности: бонусы, уровни участника и «Любимый продукт»", Categories: []*policy.Category{member, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{it, mailers},
		Required: "карта регистрируется по номеру телефона, подтверждённому кодом из SMS-сообщения; покупать можно и без карты, но без скидки и бонусов",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud},
			Automated: policy.AnswerNo, Contest: "написав в чат приложения или позвонив на горячую линию"}}
	offers := &policy.Purpose{ID: "offers", Name: "подбор персональных скидок и предложений по покупкам участника", Categories: []*policy.Category{member, purchases, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках приложения или позвонив на горячую линию", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{it},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	orders := &policy.Purpose{ID: "delivery", Name: "приём, сборка и доставка заказов из приложения и с сайта, самовывоз из магазина", Categories: []*policy.Category{member, purchases, delivery, payment, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, bank},
		Required: "без адреса и телефона получателя заказ нельзя доставить",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru18Cash, Region: regionRU}, {Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	refunds := &policy.Purpose{ID: "refunds", Name: "возврат денег за продукты, которые не понравились, и рассмотрение претензий", Categories: []*policy.Category{member, purchases, payment, support},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bank},
		Obligations: []policy.Obligation{{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 18 и 22", Region: regionRU}},
		Required:    "деньги за продукт возвращаются по карте участника или по чеку; без них покупку нельзя найти",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	ratings := &policy.Purpose{ID: "feedback", Name: "сбор оценок и отзывов о продуктах, опросы и дегустации для улучшения ассортимента", Categories: []*policy.Category{member, purchases, feedback},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Withdraw: "удалив отзыв в приложении или написав в чат приложения",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	draws := &policy.Purpose{ID: "draws", Name: "проведение розыгрышей и вручение призов", Categories: []*policy.Category{member, winners},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fns},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 226 и 230 (обязанности налогового агента)", Region: regionRU}},
		Required:    "победитель приза стоимостью более 4 000 рублей сообщает паспортные данные и ИНН; без них приз не может быть вручён",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	hotline := &policy.Purpose{ID: "support", Name: "ответы на обращения и жалобы покупателей", Categories: []*policy.Category{member, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор жалоб на продукты, магазины и доставку и контроль качества работы горячей линии",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в магазинах", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность покупателей и сотрудников и защита товаров от хищений",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, новостей о новинках и акциях в SMS-сообщениях, письмах и push-уведомлениях", Categories: []*policy.Category{member, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках приложения, по ссылке в письме или позвонив на горячую линию", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru18Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:    "политика АО «ВкусВилл» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "АО «ВкусВилл»", Email: "pd@vkusvill.example", Address: "г. Москва"},
			Country: regionRU},
		Responsible: &policy.Contact{Name: "ответственный за организацию обработки персональных данных", Email: "pd@vkusvill.example"},
		URL:         "https://vkusvill.example/legal/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.June, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU}, {Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники»", Region: regionRU},
			{Act: "правила программы лояльности «ВкусВилл» и условия доставки"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:        []string{"магазины «ВкусВилл»", "приложение «ВкусВилл» и сайт vkusvill.ru", "программа лояльности «ВкусВилл»"},
		OtherNotices: []policy.Notice{{Covers: "работников компании, кандидатов на вакансии и поставщиков"}},
		Principles:   []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories:   []*policy.Category{member, purchases, delivery, payment, feedback, segments, winners, support, video, location, device},
		Storage:      []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полный номер и код банковской карты", Category: payment, Note: "Их покупатель вводит на платёжной странице банка."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Видеозаписи в магазинах не используются для установления личности."},
		},
		Purposes:    []*policy.Purpose{programme, offers, orders, receipts, refunds, ratings, draws, hotline, cctv, marketing, analytics},
		Recipients:  []*policy.Recipient{couriers, bank, ofd, fns, it, mailers, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{member, feedback, segments, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для работы сайта, например корзина и выбранный адрес", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("письмом на pd@vkusvill.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://vkusvill.example/legal/recommendations"},
		Children:             policy.Children{MinimumAge: 14, ConsentAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@vkusvill.example"},
	}
	ru14Breach(p)
	return realPolicy{"grocery chain (VkusVill)", p, []statement{
		{says: "the operator is JSC VkusVill in Moscow", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "ВкусВилл") && strings.Contains(p.Controller.Address, "Москва")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the stores, the app and website, and the loyalty programme", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the policy opens by defining the operator, processing, blocking and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 7 && slices.Contains(p.Definitions, policy.DefinitionBlocking)
		}},
		{says: "the company processes data under the Civil and Tax Codes, the consumer protection law, the laws on advertising and cash registers, the programme's rules and the terms of delivery", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "the data of employees, job candidates and suppliers is processed under separate documents", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "the loyalty card is registered by a phone number confirmed by a code, and a customer can buy without it at the regular price", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").RestsOn(policy.BasisContract, policy.FZ152) && strings.Contains(p.Purpose("programme").Required, "без карты")
		}},
		{says: "a member gives a name and, if wanted, the date of birth and email, and the company records the card, bonuses, level and chosen favourite product", typed: func(p *policy.Policy) bool {
			return len(p.Category("member").Items) == 6 && strings.Contains(p.Category("member").Items[5], "Любимый продукт")
		}},
		{says: "purchases with the card, receipts and returns are recorded and kept as the accounting law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Uses(p.Category("purchases")) && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "with consent the company picks personal discounts and offers from the member's purchases, and the consent can be withdrawn in the app", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.RestsOn(policy.BasisConsent, policy.FZ152) && o.Withdraw != "" && len(p.Category("segments").DerivedFrom) == 2
		}},
		{says: "the card may be blocked for breaking the rules or for fraud, which the member can contest in the app's chat or by calling", typed: func(p *policy.Policy) bool {
			s := p.Purpose("programme").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Automated == policy.AnswerNo && s.Contest != ""
		}},
		{says: "orders are delivered with the address, entrance, floor, flat and intercom code, and can be picked up in a store", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("delivery").Items[0], "домофона") && p.Purpose("delivery").Required != ""
		}},
		{says: "an order may be delivered to someone else, whose name and phone the customer gives with that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "orders are delivered by the company's couriers or partner delivery services acting on its instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("delivery").Recipients, recipient(p, "couriers"))
		}},
		{says: "the app shows nearby stores and the delivery zone from the phone's location, once permitted", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("delivery").Uses(p.Category("location"))
		}},
		{says: "payment in the app goes through a bank, which may save the card at the customer's request, and the company keeps only the masked number and a token", typed: func(p *policy.Policy) bool {
			return recipient(p, "bank") != nil && strings.Contains(p.Category("payment").Items[0], "токен") && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "receipts go to the tax service through a fiscal data operator", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil
		}},
		{says: "the company refunds any product the customer did not like, found by the card or the receipt, and handles claims under the consumer protection law", typed: func(p *policy.Policy) bool {
			r := p.Purpose("refunds")
			return r.RestsOn(policy.BasisLegalObligation, policy.FZ152) && r.RestsOn(policy.BasisContract, policy.FZ152) && r.Required != ""
		}},
		{says: "customers rate purchased products and write reviews, which the company uses to improve its range, and with consent a review is published under the author's name", typed: func(p *policy.Policy) bool {
			c := p.Category("feedback")
			return c.Visibility == policy.VisibilityOptional && c.DisseminationConsent && p.Purpose("feedback").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "customers may take part in surveys and tastings, and their answers are recorded", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("feedback").Items[3], "дегустаций")
		}},
		{says: "winners of prizes worth more than 4,000 roubles give their passport and INN, which go to the tax service", typed: func(p *policy.Policy) bool {
			return p.Purpose("draws").Required != "" && recipient(p, "fns").Role == policy.RoleAuthority && p.Category("winners").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "calls to the hotline are recorded after a warning, to handle complaints and check the hotline's work", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the stores are under video surveillance, kept 30 days and not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30) &&
				p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "advertising and news of new products are sent only with consent, as the law on advertising requires, and can be turned off in the app, with the link or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "the website uses the cookies it needs, such as for the basket and address, and Yandex Metrica, and the app AppMetrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut && strings.Contains(recipient(p, "metrica").Name, "AppMetrica")
		}},
		{says: "the company's information systems are hosted by data centre providers in Russia on its instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "it").Role == policy.RoleProcessor && recipient(p, "it").Country == regionRU
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool { return p.Deletion[0].Total() == policy.Days(30) }},
		{says: "a member may leave the programme by withdrawing consent, after which the member's data is destroyed within 30 days, except the purchases the law requires to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventConsentWithdrawal && d.Keeps(policy.KeptLegalObligation) && d.Categories[0] == p.Category("member")
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a customer has the rights of Art. 14 to 17, exercised by writing to the company, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureCertifiedTools) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the customer answers for the accuracy of the data given", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "the programme is open from 14, and a minor under 18 joins with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a member chooses the favourite product anew each month, and it gets the greater discount for that month", free: toPurpose("programme")},
		{says: "a customer may ask for the refund in the app, without bringing the product back", free: toPurpose("refunds")},
	}}
}
