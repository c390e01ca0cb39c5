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
// (Policy.Language): a mobile operator that also connects home internet
// and television, with the secrecy of communications, the storage of
// communications under Federal Law No. 374-FZ, visits of its installers,
// its television service's viewing history and an advertising platform
// that sends partners' advertising to subscribers who agreed to it
// without handing their numbers to the advertisers; a hypermarket chain's
// loyalty card, joined by consent, with personal offers, cards for
// business customers and delivery from the stores; and an online cinema
// with a film database, signed in to with Yandex ID, whose users publish
// ratings and reviews and buy cinema tickets.

// ru16Comms is the law on communications the Beeline policy cites for
// most of its obligations.
const ru16Comms = "Федеральный закон от 07.07.2003 № 126-ФЗ «О связи»"

// ru16Accounting is the accounting law's retention of primary documents.
const ru16Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29 (5 лет)"

// ru16Advertising is the advertising law's requirement of the addressee's
// prior consent to advertising sent over telecommunications networks.
const ru16Advertising = "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18"

// realPolicyRu16Beeline paraphrases, in our own words and as we recall it,
// the policy of PJSC VimpelCom (ПАО «ВымпелКом»), which provides services
// under the brand «билайн», on the processing of personal data, as
// published in 2024-2025 (its OGRN, the exact dates of its versions and
// the numbers of the government rules it cites are left out, since we do
// not recall them exactly): subscribers of mobile services identified by
// their passport and, online or for foreign citizens, through Gosuslugi;
// the users of corporate numbers; home internet and television connected
// by installers who visit the subscriber's address; the secrecy of
// communications and the storage of information on communications and
// their content; the television service's viewing history and
// recommendations; number portability; roaming; blocking of calls and
// numbers suspected of fraud and the labelling of suspected spam calls;
// credit scores given to banks by the subscriber's consent; the
// advertising platform that sends partners' advertising to subscribers
// who agreed to receive it, chosen by segments the company computes;
// depersonalised statistics; recorded calls and video in the company's
// shops; cookies; localisation in Russia and the rights of 152-FZ.
func realPolicyRu16Beeline() realPolicy {
	all := policy.Actions()
	comms := ru16Comms
	secrecy := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: comms + ", ст. 63", Region: regionRU}}}
	subscriber := &policy.Category{ID: "subscriber", Name: "данные абонента",
		Items: []string{"фамилия, имя и отчество", "дата и место рождения", "реквизиты документа, удостоверяющего личность", "адрес регистрации",
			"абонентский номер, номер договора и лицевого счёта", "для иностранных граждан — сведения о миграционном учёте"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Единая система идентификации и аутентификации (Госуслуги), когда абонент заключает договор онлайн или подтверждает в ней свои данные",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"контактный номер телефона", "адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	users := &policy.Category{ID: "users", Name: "данные пользователей корпоративных номеров",
		Items:       []string{"фамилия, имя и отчество пользователя", "реквизиты его документа, удостоверяющего личность", "номер, которым он пользуется"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "корпоративный клиент — юридическое лицо или индивидуальный предприниматель, заключивший договор",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	home := &policy.Category{ID: "home", Name: "данные для подключения домашнего интернета и телевидения",
		Items: []string{"адрес подключения, подъезд, этаж и код домофона", "удобные дата и время визита монтажника",
			"арендованное или купленное оборудование (роутер, ТВ-приставка) и его серийные номера", "логин для доступа в интернет"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	traffic := &policy.Category{ID: "traffic", Name: "сведения об оказанных услугах связи",
		Items: []string{"номера вызывающих и вызываемых абонентов", "дата, время и продолжительность соединений и сессий", "объём переданных данных и выделенные IP-адреса",
			"базовые станции, через которые работало устройство, и его IMEI", "MAC-адрес домашнего оборудования и сессии доступа в интернет"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(comms + ", ст. 64: три года"), Secrecy: secrecy}
	content := &policy.Category{ID: "content", Name: "содержание сообщений и разговоров", Items: []string{"голосовая информация", "текстовые сообщения", "изображения, звуки и иные сообщения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(comms + ", ст. 64, и правила хранения, утверждённые Правительством Российской Федерации: до шести месяцев"), Secrecy: secrecy}
	billing := &policy.Category{ID: "billing", Name: "начисления и платежи", Items: []string{"тариф и подключённые услуги", "начисления, платежи и баланс лицевого счёта", "задолженность"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "банки и платёжные агенты, принимающие платежи",
		Retention: policy.AsRequiredBy(ru16Accounting), Linked: true}
	viewing := &policy.Category{ID: "viewing", Name: "история просмотров «билайн ТВ»",
		Items:       []string{"просмотренные телеканалы, фильмы и сериалы и место, где остановлен просмотр", "купленные фильмы и подключённые пакеты каналов", "профили в приложении, в том числе детский"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.Until(policy.EventContractEnd), Linked: true}
	segments := &policy.Category{ID: "segments", Name: "рекламные сегменты",
		Items:       []string{"интересы, возрастная группа и другие признаки, которые модель компании определяет по пользованию услугами связи и платежам"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	scores := &policy.Category{ID: "scores", Name: "скоринговые оценки", Items: []string{"оценка, которую модель компании рассчитывает по сведениям о пользовании услугами связи и платежах"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived},
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения в контактный центр и салоны «билайн»", Items: []string{"записи телефонных разговоров", "сообщения в чате", "заявления и жалобы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи в салонах «билайн»", Items: []string{"изображения посетителей торговых залов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	web := &policy.Category{ID: "web", Name: "технические данные сайта и приложения «Мой билайн»",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель устройства и версия операционной системы", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	segments.DerivedFrom = []*policy.Category{traffic, billing}
	scores.DerivedFrom = []*policy.Category{traffic, billing}

	dealers := &policy.Recipient{ID: "dealers", Name: "дилеры и агенты, заключающие договоры в салонах связи, и курьеры, доставляющие SIM-карты", Role: policy.RoleProcessor,
		Categories: []*policy.Category{subscriber, contact, billing}, Purpose: "заключать договоры, проверять документ абонента и доставлять SIM-карты по поручению компании", Country: regionRU}
	installers := &policy.Recipient{ID: "installers", Name: "подрядчики, которые подключают домашний интернет и телевидение и устраняют неисправности", Role: policy.RoleProcessor,
		Categories: []*policy.Category{subscriber, contact, home}, Purpose: "приезжать по адресу абонента, чтобы подключить услуги или устранить неисправность, по поручению компании", Country: regionRU}
	esia := &policy.Recipient{ID: "esia", Name: "оператор Единой системы идентификации и аутентификации (Минцифры России)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, users}, Purpose: "подтверждать сведения об абонентах и пользователях, как требует закон", Country: regionRU}
	authorities := &policy.Recipient{ID: "authorities", Name: "государственные органы, осуществляющие оперативно-розыскную деятельность или обеспечение безопасности Российской Федерации", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, users, traffic, content}, Purpose: "исполнять их запросы в случаях, установленных федеральными законами", Country: regionRU}
	antifraud := &policy.Recipient{ID: "antifraud", Name: "Роскомнадзор как оператор государственной системы «Антифрод»", Role: policy.RoleAuthority,
		Categories: []*policy.Category{traffic}, Purpose: "проверять вызовы и сообщения на признаки мошенничества, как требует закон", Country: regionRU}
	mnp := &policy.Recipient{ID: "mnp", Name: "оператор базы данных перенесённых абонентских номеров и оператор, к которому абонент переходит", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{subscriber}, Purpose: "абонент переносит свой номер к другому оператору", Country: regionRU, Conditional: true}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные агенты", Role: policy.RoleThirdParty, Categories: []*policy.Category{billing},
		Purpose: "принимать оплату услуг", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки и микрофинансовые организации, которым абонент разрешил получить скоринговую оценку", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{scores}, Purpose: "абонент обращается в банк за кредитом и даёт согласие на передачу ему оценки", Country: regionRU, Conditional: true}
	collectors := &policy.Recipient{ID: "collectors", Name: "коллекторские агентства", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, contact, billing},
		Purpose: "задолженность абонента просрочена и компания поручает агентству её взыскание", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "иностранные операторы связи", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, traffic},
		Purpose: "обслуживать абонентов в роуминге и соединять международные вызовы"}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{web}, Country: regionRU}

	contract := &policy.Purpose{ID: "contract", Name: "заключение и исполнение договоров об оказании услуг связи, расчёты с абонентами", Categories: []*policy.Category{subscriber, contact, traffic, billing},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dealers, esia, payments},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44 и 53", Region: regionRU},
			{Act: "правила оказания услуг телефонной связи и телематических услуг связи, утверждённые Правительством Российской Федерации", Region: regionRU}},
		Required:   "закон позволяет заключить договор только с абонентом, предъявившим документ, удостоверяющий личность; без него услуги не оказываются, а номер, данные абонента по которому не подтверждены, блокируется",
		MinimumAge: 18, ServiceMessages: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	homeService := &policy.Purpose{ID: "home", Name: "подключение и обслуживание домашнего интернета и телевидения, в том числе выезд монтажников", Categories: []*policy.Category{subscriber, contact, home},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{installers},
		Required: "без адреса подключения и контактного телефона услуги подключить нельзя",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	corporate := &policy.Purpose{ID: "corporate", Name: "учёт пользователей номеров, выделенных корпоративным клиентам", Categories: []*policy.Category{users},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{esia},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44 (сведения о пользователях услуг абонента — юридического лица или индивидуального предпринимателя)", Region: regionRU}},
		Required:    "без сведений о пользователе оказание услуг по номеру приостанавливается",
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sorm := &policy.Purpose{ID: "sorm", Name: "хранение сведений о соединениях и содержания сообщений и их предоставление уполномоченным государственным органам", Categories: []*policy.Category{subscriber, users, traffic, content},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 64 (в редакции Федерального закона от 06.07.2016 № 374-ФЗ)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers, policy.DataSubjectThirdParties},
		Actions:     []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionTransfer, policy.ActionDestruction}, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "защита абонентов от мошенничества и нежелательных звонков", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Recipients: []*policy.Recipient{antifraud},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 46 (обязанности оператора по противодействию мошенничеству и взаимодействию с системой «Антифрод»)", Region: regionRU}},
		Interest:    "защита абонентов от звонков мошенников и спама, в том числе пометка о возможном спаме на вызовах с номеров, на которые жалуются абоненты",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "позвонив в контактный центр или обратившись в салон «билайн» с паспортом"}}
	porting := &policy.Purpose{ID: "porting", Name: "перенос абонентского номера к другому оператору и от него", Categories: []*policy.Category{subscriber},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{mnp},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44 (право абонента сохранить номер при смене оператора)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "взыскание задолженности абонентов", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{collectors},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Automated: policy.AnswerYes, Contest: "пополнив баланс или позвонив в контактный центр"}}
	roaming := &policy.Purpose{ID: "roaming", Name: "оказание услуг в роуминге и международная связь", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	tv := &policy.Purpose{ID: "tv", Name: "предоставление «билайн ТВ» и рекомендации телеканалов, фильмов и сериалов", Categories: []*policy.Category{subscriber, viewing},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	scoring := &policy.Purpose{ID: "scoring", Name: "расчёт скоринговой оценки и её передача банкам по запросу абонента", Categories: []*policy.Category{subscriber, traffic, billing, scores},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой билайн», в салоне «билайн» или письменным заявлением", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Scoring: true, Recipients: []*policy.Recipient{banks},
		Required: "оценка передаётся только с отдельного согласия абонента; без него услуги связи оказываются как обычно",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "рассылка рекламы партнёров абонентам, согласившимся её получать, по признакам, которые выбирает рекламодатель",
		Categories: []*policy.Category{subscriber, traffic, billing, segments},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой билайн», звонком в контактный центр или в салоне «билайн»", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: ru16Advertising, Region: regionRU}, {Act: comms + ", ст. 44.1", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Method: policy.ProcessingMethodAutomated,
		Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionSystematisation, policy.ActionAccumulation, policy.ActionStorage,
			policy.ActionUse, policy.ActionBlocking, policy.ActionDeletion, policy.ActionDestruction}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "информирование о тарифах, услугах и акциях компании", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой билайн», звонком в контактный центр или в салоне «билайн»", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: ru16Advertising, Region: regionRU}, {Act: comms + ", ст. 44.1", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	stats := &policy.Purpose{ID: "statistics", Name: "подготовка обезличенной статистики о численности и перемещении людей для бизнеса и органов власти", Categories: []*policy.Category{traffic},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "предоставление клиентам статистики, по которой нельзя определить ни одного абонента",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionUse, policy.ActionDepersonalisation, policy.ActionDestruction},
		Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения и контроль качества обслуживания", Categories: []*policy.Category{subscriber, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "проверка качества обслуживания и подтверждение того, о чём просил абонент",
		Recipients: []*policy.Recipient{dealers},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в салонах «билайн»", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность посетителей и сотрудников и сохранность имущества",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения «Мой билайн»", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в настройках браузера или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "127083, г. Москва, ул. 8 Марта, д. 10, стр. 14"
	p := &policy.Policy{
		Title:    "политика ПАО «ВымпелКом» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ПАО «ВымпелКом»", Email: "pd@beeline.example", Phone: "8 800 700-06-11", Address: address},
			Country: regionRU, Registration: "ИНН 7713076301, товарный знак «билайн», лицензии на оказание услуг связи"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@beeline.example"},
		URL:         "https://beeline.example/customers/legal/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.November, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: comms, Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "лицензии компании и её устав"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope: []string{"услуги подвижной связи компании", "домашний интернет и телевидение «билайн ТВ»", "сайт beeline.ru и приложение «Мой билайн»",
			"салоны «билайн»"},
		OtherNotices: []policy.Notice{{Covers: "работников компании и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{subscriber, contact, users, home, traffic, content, billing, viewing, segments, scores, calls, video, web},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
		},
		Purposes:   []*policy.Purpose{contract, homeService, corporate, sorm, fraud, porting, debts, roaming, tv, scoring, ads, marketing, stats, support, cctv, analytics},
		Recipients: []*policy.Recipient{dealers, installers, esia, authorities, antifraud, mnp, payments, banks, collectors, foreign, metrica},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{subscriber, traffic}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: foreign, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Уничтожение подтверждается актом и выгрузкой из журнала регистрации событий в информационной системе."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{segments, scores, web}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventConsentExpiry, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "сессионные cookie сайта и личного кабинета", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{web},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в приложении «Мой билайн», в салоне «билайн» с паспортом или письменным запросом по адресу компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents:    []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Security:   fz152Security(),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Links:      policy.Links{Recommendations: "https://beeline.example/customers/legal/recommendation-rules"},
		Children: policy.Children{Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls},
			Note: "Договор заключается с совершеннолетними; номер для ребёнка оформляет на себя родитель, который может указать ребёнка пользователем номера, а в «билайн ТВ» — установить ПИН-код на каналы и фильмы, не подходящие ребёнку по возрасту."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@beeline.example", Phone: "8 800 700-06-11", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"mobile and home internet operator (Beeline)", p, []statement{
		{says: "the operator is PJSC VimpelCom in Moscow, which provides services under the brand beeline, named with its INN and communication licences", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "ВымпелКом") && strings.Contains(p.Controller.Registration, "ИНН") && strings.Contains(p.Controller.Registration, "билайн")
		}},
		{says: "the company has appointed a person responsible for organising the processing of personal data", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens by defining the operator, processing, dissemination, blocking and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionBlocking)
		}},
		{says: "the policy covers mobile services, home internet and television, the website, the My Beeline app and the shops", typed: func(p *policy.Policy) bool { return len(p.Scope) == 4 }},
		{says: "the data of employees and job applicants is processed under a separate document", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 1 && p.OtherNotices[0].Covers != ""
		}},
		{says: "the company processes data under the Constitution, the Civil and Tax Codes, the laws on communications, information and advertising, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool {
			return len(p.Principles) == 7
		}},
		{says: "to conclude a contract the company collects the name, date and place of birth, identity document, registration address and, for foreign citizens, their migration registration", typed: func(p *policy.Policy) bool {
			return len(p.Category("subscriber").Items) == 6 && p.Purpose("contract").Uses(p.Category("subscriber"))
		}},
		{says: "the law requires an identity document for the contract, and without it no services are provided and a number whose subscriber data is not confirmed is blocked", typed: func(p *policy.Policy) bool {
			c := p.Purpose("contract")
			return c.RestsOn(policy.BasisLegalObligation, policy.FZ152) && c.Required != "" && len(c.Obligations) == 2
		}},
		{says: "subscribers who conclude contracts online, and foreign citizens, confirm their data through Gosuslugi", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("subscriber").SourceDetail, "Госуслуги") && recipient(p, "esia").Role == policy.RoleAuthority
		}},
		{says: "dealers and agents in the shops conclude contracts, and couriers deliver SIM cards, on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "dealers").Role == policy.RoleProcessor && strings.Contains(recipient(p, "dealers").Name, "курьеры")
		}},
		{says: "a corporate client gives the data of the people who use its numbers, as the law requires, confirming that they agree, and a number without a named user is suspended", typed: func(p *policy.Policy) bool {
			return othersGive(p, "users") && p.Purpose("corporate").RestsOn(policy.BasisLegalObligation, policy.FZ152) && p.Purpose("corporate").Required != ""
		}},
		{says: "to connect home internet and television the company records the address with the entrance, floor and intercom code, the time of the visit and the equipment rented or bought, and cannot connect without the address and a phone number", typed: func(p *policy.Policy) bool {
			return len(p.Category("home").Items) == 4 && p.Purpose("home").Uses(p.Category("home")) && p.Purpose("home").Required != ""
		}},
		{says: "installers of contractors visit the subscriber to connect services or repair faults on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "installers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("home").Recipients, recipient(p, "installers"))
		}},
		{says: "the company records the numbers, times and duration of calls, the data transferred, the base stations used and the sessions of home internet", typed: func(p *policy.Policy) bool {
			return len(p.Category("traffic").Items) == 5 && slices.Contains(p.Category("traffic").Sources, policy.SourceAutomatic)
		}},
		{says: "information on communications and their content is a secret of communications under Art. 63 of the law on communications", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Secrecy.Kind == policy.SecrecyCommunications && p.Category("content").Secrecy.Kind == policy.SecrecyCommunications
		}},
		{says: "information on communications is kept for three years and their content for up to six months, as Federal Law No. 374-FZ requires", typed: func(p *policy.Policy) bool {
			return p.Category("traffic").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("content").Retention.Kind == policy.RetentionRequiredByLaw &&
				strings.Contains(p.Purpose("sorm").Obligations[0].Act, "374-ФЗ")
		}},
		{says: "that information is given to the bodies of operational-search activity and security in the cases federal law lays down", typed: func(p *policy.Policy) bool {
			return p.Purpose("sorm").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "authorities").Role == policy.RoleAuthority
		}},
		{says: "calls and messages are checked for signs of fraud with Roskomnadzor's Antifraud system, as the law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "antifraud").Role == policy.RoleAuthority
		}},
		{says: "calls from numbers that subscribers complain of are shown to the person called as possible spam", typed: func(p *policy.Policy) bool {
			return p.Purpose("fraud").HasBasis(policy.BasisLegitimateInterests) && strings.Contains(p.Purpose("fraud").Interest, "спам")
		}},
		{says: "services on a number used for fraud may be suspended automatically, and the subscriber can contest it by calling or in a shop with a passport", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Grounds, policy.SuspensionGroundFraud) && s.Contest != ""
		}},
		{says: "a subscriber who moves the number to another operator has the data passed to the database of ported numbers and the new operator", typed: func(p *policy.Policy) bool {
			return recipient(p, "mnp").Conditional && p.Purpose("porting").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "charges and payments are kept for five years under the accounting law, and payments are accepted by banks and payment agents", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Kind == policy.RetentionRequiredByLaw && recipient(p, "payments").Role == policy.RoleThirdParty
		}},
		{says: "services are suspended when the balance is exhausted, and overdue debts may be passed to collection agencies", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("debts").Suspension.Grounds, policy.SuspensionGroundNonPayment) && recipient(p, "collectors").Conditional
		}},
		{says: "in roaming and for international calls, foreign operators receive the data needed, in the country the subscriber travels to or calls", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[1].ChosenDestination == policy.ChosenDestinationAddressee
		}},
		{says: "the television service records what is watched in it and recommends channels, films and series from it, under published rules for its recommendation technologies", typed: func(p *policy.Policy) bool {
			return p.Purpose("tv").Profiling && p.Purpose("tv").Uses(p.Category("viewing")) && p.Links.Recommendations != ""
		}},
		{says: "the television service has a children's profile, and a parent can close channels and films unsuitable for a child's age with a PIN code", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls) && strings.Contains(p.Category("viewing").Items[2], "детский")
		}},
		{says: "with the subscriber's separate consent the company computes a score from the use of services and payments and gives it to the bank the subscriber applies to", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.RestsOn(policy.BasisConsent, policy.FZ152) && s.Scoring && slices.Contains(p.Category("scores").DerivedFrom, p.Category("traffic")) && recipient(p, "banks").Conditional
		}},
		{says: "the scoring consent can be withdrawn, and refusing it does not affect the communication services", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Withdraw != "" && p.Purpose("scoring").Required != ""
		}},
		{says: "with the subscriber's consent, as the laws on advertising and communications require, the company sends partners' advertising to subscribers chosen by segments it computes from the use of services and payments", typed: func(p *policy.Policy) bool {
			a := p.Purpose("ads")
			return a.DirectMarketing && a.Profiling && len(a.ConsentRequiredBy) == 2 && a.Uses(p.Category("segments")) && slices.Contains(p.Category("segments").DerivedFrom, p.Category("billing"))
		}},
		{says: "the advertisers choose only the segments and receive neither the numbers nor any other data of subscribers: the company sends the messages itself", typed: func(p *policy.Policy) bool {
			a := p.Purpose("ads")
			return len(a.Recipients) == 0 && !slices.Contains(a.Actions, policy.ActionTransfer) && a.RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "news of the company's tariffs, services and promotions are sent only with consent, which can be withdrawn in the app, by calling or in a shop, and the segments are then destroyed", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.Withdraw != "" && m.ConsentLogged && slices.Contains(p.Deletion[1].Categories, p.Category("segments"))
		}},
		{says: "the company makes statistics of how many people are where and how they move from depersonalised data, from which no subscriber can be identified", typed: func(p *policy.Policy) bool {
			s := p.Purpose("statistics")
			return slices.Contains(s.Actions, policy.ActionDepersonalisation) && s.Interest != ""
		}},
		{says: "calls to the contact centre are recorded after a warning, to check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the shops are under video surveillance, and the recordings are kept for 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30)
		}},
		{says: "the website uses session cookies and Yandex Metrica, which a visitor can turn off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Class == policy.DataClassSpecial }},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn, and destruction is recorded in an act and an extract from the event log", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Note != "" && p.Deletion[0].Total() == policy.Days(30) && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn or expires, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 6
		}},
		{says: "subscribers have the rights of Art. 14 to 17, exercised in the app, in a shop or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "Мой билайн")
		}},
		{says: "a request states the identity document, the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the same information may be asked for again only after 30 days", typed: func(p *policy.Policy) bool { return p.Requests.RepeatAfter == policy.Days(30) }},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the company never asks for codes from SMS messages by phone, and the subscriber keeps them secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "contracts are concluded with adults, and a parent may name a child as the user of a number registered to the parent", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "messages about the balance, charges, changes of tariff and the work of the network are sent to every subscriber under the contract, without the advertising consent", typed: func(p *policy.Policy) bool {
			c := p.Purpose("contract")
			return c.ServiceMessages && !c.DirectMarketing && c.HasBasis(policy.BasisContract) && !c.RestsOnConsent()
		}},
		// Free text.
		{says: "rented equipment is returned when the contract ends, and its serial numbers stay in the subscriber's records until then", free: toCategory("home")},
	}}
}

// realPolicyRu16Lenta paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data of Lenta LLC (ООО
// «Лента»), which runs the Lenta hypermarkets and supermarkets, as it
// applies to the Lenta card loyalty programme, with the rules of the
// programme it refers to, as published in 2024-2025 (its OGRN and the
// exact dates of its versions are left out, since we do not recall them
// exactly). A customer joins the programme by registering the plastic or
// virtual card with a phone number, on consent to the processing given in
// the app or on a paper form in a store; the card gives card prices,
// personal offers and coupons chosen from purchases; companies and
// individual entrepreneurs buy with a card for business through their
// representatives; delivery from the stores is ordered in the app;
// receipts go to the tax service through a fiscal data operator; winners
// of promotions give their passport and INN to the tax agent; the card of
// a member who abuses the programme can be blocked; the stores are under
// video surveillance; advertising needs a separate consent; the website
// and the app use cookies and analytics; data is kept in Russia.
func realPolicyRu16Lenta() realPolicy {
	all := policy.Actions()
	member := &policy.Category{ID: "member", Name: "данные участника программы",
		Items: []string{"номер мобильного телефона", "фамилия и имя", "дата рождения", "пол", "адрес электронной почты, если участник его указал",
			"номер пластиковой карты «Лента» или виртуальной карты в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "покупки по карте", Items: []string{"купленные товары, их цены и скидки по карте", "магазин, дата и время покупки", "использованные купоны и персональные предложения", "электронные чеки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru16Accounting), Linked: true}
	segments := &policy.Category{ID: "segments", Name: "предпочтения, определённые по покупкам", Items: []string{"категории товаров, которые участник покупает чаще всего", "как часто, на какую сумму и в каких магазинах он делает покупки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	business := &policy.Category{ID: "business", Name: "данные представителей покупателей — юридических лиц и индивидуальных предпринимателей",
		Items:       []string{"фамилия, имя и отчество представителя", "должность и доверенность", "номер телефона и адрес электронной почты", "номер карты для бизнеса"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "заказы с доставкой", Items: []string{"адрес доставки", "имя и телефон получателя", "состав заказа и способ оплаты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	winners := &policy.Category{ID: "winners", Name: "данные победителей рекламных акций", Items: []string{"фамилия, имя и отчество", "паспортные данные", "ИНН", "адрес регистрации", "приз и его стоимость"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, ст. 23 (4 года)"), Linked: true}
	support := &policy.Category{ID: "support", Name: "обращения на горячую линию", Items: []string{"записи телефонных разговоров", "сообщения в чате приложения и на сайте", "жалобы на магазины и товары"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи камер в магазинах", Items: []string{"изображения людей в торговых залах, у касс и на парковках"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "местоположение устройства", Items: []string{"приблизительное местоположение телефона, чтобы показать ближайший магазин и цены в нём"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "технические данные", Items: []string{"IP-адрес", "идентификаторы cookie", "модель устройства, операционная система и рекламный идентификатор", "токен push-уведомлений", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	segments.DerivedFrom = []*policy.Category{purchases}

	it := &policy.Recipient{ID: "it", Name: "поставщики информационных систем и центров обработки данных, расположенных в России", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, purchases, segments, business, delivery}, Purpose: "размещать и сопровождать информационные системы программы по поручению компании", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{member, device}, Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "службы доставки, привозящие заказы из магазинов", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery},
		Purpose: "доставлять заказы, оформленные в приложении, по поручению компании", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery},
		Purpose: "принимать оплату заказов", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	fts := &policy.Recipient{ID: "fts", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{winners},
		Purpose: "сообщать о доходах победителей, для которых компания — налоговый агент", Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	programme := &policy.Purpose{ID: "programme", Name: "участие в программе лояльности «Карта Лента»: регистрация карты, цены по карте, купоны и учёт покупок", Categories: []*policy.Category{member, purchases},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении, позвонив на горячую линию или письменным заявлением в магазине; после этого карта блокируется", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{it, mailers},
		Required:   "карта регистрируется по номеру телефона, подтверждённому кодом из SMS-сообщения, и без регистрации не действует; делать покупки можно и без карты, по обычным ценам",
		MinimumAge: 18,
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	offers := &policy.Purpose{ID: "offers", Name: "подбор персональных предложений и купонов по покупкам участника", Categories: []*policy.Category{member, purchases, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от участия в программе", OptOut: true, Profiling: true, ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{it},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	businessSales := &policy.Purpose{ID: "business", Name: "обслуживание покупателей — юридических лиц и индивидуальных предпринимателей по карте для бизнеса", Categories: []*policy.Category{business, purchases},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "исполнение договора с организацией или предпринимателем, которых представляет покупатель",
		Recipients: []*policy.Recipient{it},
		Required:   "без данных представителя и доверенности карта для бизнеса не выдаётся и документы на покупки не оформляются",
		Subjects:   []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	orders := &policy.Purpose{ID: "delivery", Name: "приём и доставка заказов, оформленных в приложении", Categories: []*policy.Category{member, delivery, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, banks},
		Required: "для заказа нужны адрес и телефон получателя; без них заказ не может быть доставлен",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2", Region: regionRU},
			{Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	promotions := &policy.Purpose{ID: "promotions", Name: "проведение рекламных акций и вручение призов", Categories: []*policy.Category{member, winners},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fts},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 226 и 230 (обязанности налогового агента)", Region: regionRU}},
		Required:    "победитель приза стоимостью более 4 000 рублей сообщает паспортные данные и ИНН; без них приз не может быть вручён",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	hotline := &policy.Purpose{ID: "support", Name: "ответы на обращения и жалобы покупателей", Categories: []*policy.Category{member, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор жалоб на магазины и товары и контроль качества работы горячей линии",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	abuse := &policy.Purpose{ID: "abuse", Name: "предотвращение злоупотреблений в программе", Categories: []*policy.Category{member, purchases, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита программы от перепродажи карт, оптовых закупок по ценам по карте для перепродажи и использования чужих карт",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud}, Automated: policy.AnswerNo, Contest: "позвонив на горячую линию"}}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в магазинах для защиты покупателей, сотрудников и товаров", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность покупателей и сотрудников и защита товаров от хищений",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	insights := &policy.Purpose{ID: "insights", Name: "анализ продаж и спроса по обезличенным данным", Categories: []*policy.Category{purchases, segments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "планирование ассортимента, цен и акций по сводным данным, из которых нельзя узнать покупателя",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionUse, policy.ActionDepersonalisation, policy.ActionDestruction},
		Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, новостей об акциях и персональных предложений в SMS-сообщениях, письмах и push-уведомлениях", Categories: []*policy.Category{member, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках приложения, по ссылке в письме или позвонив на горячую линию", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru16Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "197374, г. Санкт-Петербург, ул. Савушкина, д. 112"
	p := &policy.Policy{
		Title:    "политика ООО «Лента» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Лента»", Email: "pd@lenta.example", Address: address},
			Country: regionRU, Registration: "ИНН 7814148471"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@lenta.example"},
		URL:         "https://lenta.example/personal-data-policy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.August, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU}, {Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники»", Region: regionRU},
			{Act: "правила программы лояльности «Карта Лента»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"программа лояльности «Карта Лента»", "приложение «Лента» и сайт lenta.com", "гипермаркеты и супермаркеты «Лента»"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, purchases, segments, business, delivery, winners, support, video, location, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Видеозаписи в магазинах не используются для установления личности."},
		},
		Purposes:    []*policy.Purpose{programme, offers, businessSales, orders, receipts, promotions, hotline, abuse, cctv, insights, marketing, analytics},
		Recipients:  []*policy.Recipient{it, mailers, couriers, banks, ofd, fts, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{member, segments, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, необходимые для работы сайта", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "appmetrica", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в приложении, письмом на pd@lenta.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@lenta.example", Phone: "8 800 700-41-11", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"hypermarket chain loyalty card (Lenta)", p, []statement{
		{says: "the operator is Lenta LLC in Saint Petersburg, which runs the Lenta hypermarkets and supermarkets, named with its INN", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Лента") && strings.Contains(p.Controller.Registration, "ИНН") && strings.Contains(p.Controller.Address, "Санкт-Петербург")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 7 }},
		{says: "the policy covers the Lenta card programme, the app and the website, and the stores", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[0], "Карта Лента")
		}},
		{says: "the company processes data under the Civil and Tax Codes, the consumer protection law, the laws on advertising and cash registers, and the programme's rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a member registers the card with a phone number confirmed by a code and gives the name, date of birth, gender and, if wished, an email address", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "SMS") && len(p.Category("member").Items) == 6
		}},
		{says: "the programme rests on the member's consent to the processing, given on registering the card, and each consent is recorded", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("programme")
			return pr.RestsOn(policy.BasisConsent, policy.FZ152) && pr.ConsentLogged && pr.ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "an unregistered card does not work, but a customer can shop without the card at ordinary prices", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "без карты")
		}},
		{says: "the card gives card prices and coupons, and the company records the purchases made with it", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Uses(p.Category("purchases")) && len(p.Category("purchases").Items) == 4
		}},
		{says: "personal offers and coupons are chosen from a member's purchases, on the programme consent", typed: func(p *policy.Policy) bool {
			o := p.Purpose("offers")
			return o.Profiling && o.RestsOn(policy.BasisConsent, policy.FZ152) && slices.Contains(p.Category("segments").DerivedFrom, p.Category("purchases"))
		}},
		{says: "a member leaves the programme by withdrawing consent in the app, on the hotline or by a written application in a store, after which the card is blocked", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Withdraw, "блокируется") && p.Purpose("programme").OptOut
		}},
		{says: "on withdrawal the member's data and preferences are destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventConsentWithdrawal && d.Keeps(policy.KeptLegalObligation) && slices.Contains(d.Categories, p.Category("segments"))
		}},
		{says: "only adults may join the programme", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").MinimumAge == 18
		}},
		{says: "companies and individual entrepreneurs buy with a card for business through representatives, whose name, position, power of attorney and contacts are recorded, and without which no card is issued", typed: func(p *policy.Policy) bool {
			b := p.Purpose("business")
			return b.RestsOn(policy.BasisContract, policy.FZ152) && b.Required != "" && slices.Contains(b.Subjects, policy.DataSubjectCounterparties)
		}},
		{says: "a business customer that names its representatives confirms that they agree to their data being given", typed: func(p *policy.Policy) bool { return othersGive(p, "business") }},
		{says: "a delivery order needs the address and the recipient's phone, and a customer ordering for someone else confirms that person's consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").Required != "" && othersGive(p, "delivery")
		}},
		{says: "delivery services bring the orders on the company's instructions, and banks accept payment", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "banks").Role == policy.RoleThirdParty
		}},
		{says: "with the phone's permission the app uses its location to show the nearest store and its prices", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("delivery").Uses(p.Category("location"))
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and an electronic receipt to the customer, and purchases are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return recipient(p, "ofd") != nil && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && len(p.Purpose("receipts").Obligations) == 2
		}},
		{says: "a winner of a prize worth more than 4,000 roubles gives the passport and INN, the company reports the income as tax agent, and keeps the data four years", typed: func(p *policy.Policy) bool {
			d := p.Purpose("promotions")
			return d.RestsOn(policy.BasisLegalObligation, policy.FZ152) && d.Required != "" && recipient(p, "fts").Role == policy.RoleAuthority &&
				p.Category("winners").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "calls to the hotline are recorded after a warning, to resolve complaints and check its quality", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "an employee may block the card of a member who abuses the programme, such as by reselling cards or buying for resale, and the member can contest it on the hotline", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && s.Automated == policy.AnswerNo && s.Contest != ""
		}},
		{says: "the stores and their car parks are under video surveillance, kept 30 days and not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30) &&
				p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "sales and demand are analysed on depersonalised data, from which no customer can be identified", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insights")
			return slices.Contains(i.Actions, policy.ActionDepersonalisation) && len(i.Recipients) == 0 && i.Interest != ""
		}},
		{says: "advertising and personal offers are sent only with a separate consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1 && m.ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "the advertising consent can be withdrawn in the app, with the link in an email or by calling the hotline", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Withdraw != "" && p.Purpose("marketing").ConsentLogged
		}},
		{says: "messages are sent through SMS, email and push providers", typed: func(p *policy.Policy) bool { return recipient(p, "mailers").Role == policy.RoleProcessor }},
		{says: "the programme's systems are hosted by providers of information systems and data centres in Russia on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "it").Role == policy.RoleProcessor && recipient(p, "it").Country == regionRU
		}},
		{says: "the website uses necessary cookies and Yandex Metrica, the app AppMetrica, which a user can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not transfer data abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassSpecial && p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a member by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].From == policy.EventPurposeAchieved && p.Deletion[0].Total() == policy.Days(30)
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "members have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the card number and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "a member keeps the code from the SMS message secret and answers for the use of the card by others", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "the member answers for the accuracy of the data given and updates it in the app", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		// Free text.
		{says: "a card issued in a store may be registered on a paper form signed there, as well as in the app", free: toPurpose("programme")},
	}}
}

// realPolicyRu16Kinopoisk paraphrases, in our own words and as we recall
// it, the privacy policy of Kinopoisk LLC (ООО «Кинопоиск»), a company of
// the Yandex group that runs the film database kinopoisk.ru and the
// online cinema of the same name, with the terms of use it refers to, as
// published in 2024-2025 (its registration numbers and exact address are
// left out, since we do not recall them exactly; we are not sure whether
// Kinopoisk publishes a policy of its own or relies on Yandex's, and
// paraphrase what applies to it). Users sign in with Yandex ID; the
// subscription is part of Yandex Plus, paid through payment services or
// obtained through partners; each account holds profiles, a children's
// one among them, with their own viewing histories; films are recommended
// under published rules; users rate films and publish reviews on consent
// to their dissemination, which moderation may remove; the service sells
// cinema tickets; films marked 18+ ask the user to confirm their age; free
// films and the website show advertising of the Yandex Advertising
// Network; data is kept in Yandex's data centres in Russia.
func realPolicyRu16Kinopoisk() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные Яндекс ID",
		Items:       []string{"логин и имя", "адрес электронной почты и номер телефона", "аватар", "идентификатор учётной записи"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty},
		SourceDetail: "ООО «Яндекс», когда пользователь входит на Кинопоиск с Яндекс ID", Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	profiles := &policy.Category{ID: "profiles", Name: "профили и настройки",
		Items:       []string{"профили в учётной записи, в том числе детский, и возрастное ограничение, выбранное для него", "язык озвучки и субтитров", "устройства, на которых выполнен вход, в том числе телевизоры"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	viewing := &policy.Category{ID: "viewing", Name: "история просмотров",
		Items:       []string{"просмотренные фильмы и сериалы и место, где остановлен просмотр", "список «Буду смотреть»", "поисковые запросы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true,
		VisibleTo: []policy.Audience{policy.AudienceSharedAccountUsers}}
	reviews := &policy.Category{ID: "reviews", Name: "оценки, рецензии и списки",
		Items:       []string{"оценки фильмов и сериалов", "рецензии и комментарии", "публичные списки фильмов", "имя и аватар, под которыми они публикуются"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	preferences := &policy.Category{ID: "preferences", Name: "предпочтения, определённые по просмотрам и оценкам", Items: []string{"жанры, актёры и режиссёры, которые нравятся пользователю", "фильмы, похожие на те, что он смотрел и высоко оценил"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "подписка и покупки", Items: []string{"подписка, её тариф и срок", "купленные и взятые в аренду фильмы", "билеты в кино: кинотеатр, сеанс и места", "промокоды и сертификаты", "электронные чеки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru16Accounting), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "платёжные данные", Items: []string{"маскированный номер банковской карты", "токен карты для продления подписки", "статус платежей и возвратов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "платёжные сервисы, принимающие оплату",
		Retention: policy.AsRequiredBy(ru16Accounting), Linked: true}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "модель устройства и операционная система, в том числе телевизоров и приставок", "идентификаторы устройства и cookie", "качество воспроизведения и ошибки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	support := &policy.Category{ID: "support", Name: "обращения в службу поддержки", Items: []string{"текст обращения и приложенные снимки экрана", "ответы службы поддержки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	preferences.DerivedFrom = []*policy.Category{viewing, reviews}

	yandex := &policy.Recipient{ID: "yandex", Name: "ООО «Яндекс» — оператор Яндекс ID и подписки Яндекс Плюс", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, purchases},
		Purpose: "подтверждать вход пользователя и вести подписку Яндекс Плюс, в которую входит Кинопоиск", Country: regionRU}
	cloud := &policy.Recipient{ID: "cloud", Name: "компании группы Яндекса, предоставляющие вычислительные мощности и центры обработки данных в России", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, profiles, viewing, reviews, preferences, purchases, device, support}, Purpose: "хранить и обрабатывать данные сервиса по поручению компании", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases, payment},
		Purpose: "принимать оплату подписки, фильмов и билетов и возвращать деньги", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "передавать чеки в ФНС России и направлять пользователю электронный чек", Country: regionRU}
	cinemas := &policy.Recipient{ID: "cinemas", Name: "кинотеатры", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, purchases},
		Purpose: "оформлять купленные на Кинопоиске билеты на сеансы и пропускать зрителей в зал", Country: regionRU}
	partners := &policy.Recipient{ID: "partners", Name: "партнёры, включающие подписку в свои предложения, например банки и операторы связи", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, purchases}, Purpose: "пользователь получает подписку по предложению партнёра", Country: regionRU, Conditional: true}
	ads := &policy.Recipient{ID: "ads", Name: "ООО «Яндекс» (Рекламная сеть Яндекса)", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "показывать рекламу на сайте и в бесплатных фильмах и считать её показы", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	service := &policy.Purpose{ID: "service", Name: "предоставление доступа к фильмам и сериалам и синхронизация просмотра между устройствами", Categories: []*policy.Category{account, profiles, viewing, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{yandex, cloud},
		Required:  "смотреть фильмы и сериалы можно, только войдя с Яндекс ID",
		AgeChecks: []policy.AgeCheck{policy.AgeCheckConfirmation},
		Subjects:  []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	subscription := &policy.Purpose{ID: "subscription", Name: "оформление подписки, продажа и аренда фильмов и приём оплаты", Categories: []*policy.Category{account, purchases, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{yandex, payments, partners},
		Required: "без способа оплаты подписку оформить или фильм купить нельзя",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	tickets := &policy.Purpose{ID: "tickets", Name: "продажа билетов в кино", Categories: []*policy.Category{account, purchases, payment},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{cinemas, payments},
		Required: "для билета нужны адрес электронной почты или номер телефона, на которые он будет отправлен",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{purchases, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2", Region: regionRU},
			{Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommend := &policy.Purpose{ID: "recommendations", Name: "рекомендации фильмов и сериалов", Categories: []*policy.Category{viewing, reviews, preferences},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{cloud},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "reviews", Name: "публикация оценок, рецензий и списков в базе фильмов", Categories: []*policy.Category{account, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "удалив оценку, рецензию или список на сайте или в приложении", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, Recipients: []*policy.Recipient{cloud},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent}, Contest: "написав в службу поддержки"}}
	security := &policy.Purpose{ID: "security", Name: "защита фильмов от незаконного копирования и учётных записей от взлома", Categories: []*policy.Category{account, profiles, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "исполнение обязательств перед правообладателями и защита пользователей от доступа посторонних к их учётным записям",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	helping := &policy.Purpose{ID: "support", Name: "ответы на обращения и разбор проблем с просмотром и покупками", Categories: []*policy.Category{account, purchases, device, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "решение проблем, о которых сообщает пользователь, и возврат денег за неудачные покупки",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "показ рекламы на сайте и в бесплатных фильмах с учётом интересов пользователя", Categories: []*policy.Category{device, preferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках рекламы на сайте, отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Profiling: true, Recipients: []*policy.Recipient{ads},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка новостей о премьерах, подборок фильмов и предложений подписки", Categories: []*policy.Category{account, preferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "по ссылке в каждом письме или в настройках уведомлений", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru16Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложений", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:           "политика конфиденциальности сервиса «Кинопоиск»",
		Language:        language.Russian,
		Acknowledgement: true,
		Controller:      policy.Controller{Contact: policy.Contact{Name: "ООО «Кинопоиск»", Email: "privacy@kinopoisk.example", Address: "г. Москва"}, Country: regionRU},
		Responsible:     &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "privacy@kinopoisk.example"},
		URL:             "https://kinopoisk.example/legal/privacy",
		Version:         "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU},
			{Act: "Федеральный закон от 29.12.2010 № 436-ФЗ «О защите детей от информации, причиняющей вред их здоровью и развитию»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "условия использования сервиса «Кинопоиск»"}},
		Scope: []string{"сайт kinopoisk.ru", "приложения «Кинопоиск» для телефонов, планшетов, телевизоров и приставок", "онлайн-кинотеатр «Кинопоиск»"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation,
			policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, profiles, viewing, reviews, preferences, purchases, payment, device, support},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полный номер и код безопасности банковской карты", Category: payment, Note: "Их вводят на странице платёжного сервиса; компания получает только токен и маскированный номер."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{service, subscription, tickets, receipts, recommend, publish, security, helping, advertising, marketing, analytics},
		Recipients:  []*policy.Recipient{yandex, cloud, payments, ofd, cinemas, partners, ads, mailers, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}, {Kind: policy.DisclosureAggregate}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, profiles, viewing, reviews, preferences}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie входа и настроек", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Years(1)), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "ads", Name: "cookie Рекламной сети Яндекса", Party: policy.PartyThird, Provider: ads, Purpose: advertising, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в настройках Яндекс ID, письмом на privacy@kinopoisk.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://kinopoisk.example/legal/recommendations"},
		Children: policy.Children{Restrictions: []policy.ChildRestriction{policy.ChildRestrictionParentalControls},
			Note: "Фильмы помечены знаком возрастной категории; в детском профиле показываются только фильмы для выбранного возраста, а выйти из него можно только по ПИН-коду, который задаёт родитель."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "privacy@kinopoisk.example"},
	}
	ru14Breach(p)
	return realPolicy{"online cinema and film database (Kinopoisk)", p, []statement{
		{says: "the operator is Kinopoisk LLC in Moscow, a company of the Yandex group", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Кинопоиск") && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website, the apps for phones, tablets, TVs and set-top boxes, and the online cinema", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the company processes data under the Civil Code, the consumer protection law, the laws on information, on protecting children from harmful information and on advertising, and its terms of use", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "by using the service the user confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "a user signs in with Yandex ID, from which Yandex passes the login, name, email address, phone number and avatar", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("account").SourceDetail, "Яндекс ID") && recipient(p, "yandex").Role == policy.RoleThirdParty && len(p.Category("account").Items) == 4
		}},
		{says: "films and series can be watched only after signing in", typed: func(p *policy.Policy) bool { return p.Purpose("service").Required != "" }},
		{says: "an account holds several profiles, a children's one among them, with their own histories, which those who use the account can see", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("viewing").VisibleTo, policy.AudienceSharedAccountUsers) && strings.Contains(p.Category("profiles").Items[0], "детский")
		}},
		{says: "the service keeps what each profile watched and where it stopped, the watch list and searches, and synchronises them across devices", typed: func(p *policy.Policy) bool {
			return len(p.Category("viewing").Items) == 3 && p.Purpose("service").Uses(p.Category("viewing"))
		}},
		{says: "the subscription is part of Yandex Plus, which Yandex runs, and is sold under the contract with the user, and without a means of payment nothing can be bought", typed: func(p *policy.Policy) bool {
			s := p.Purpose("subscription")
			return s.RestsOn(policy.BasisContract, policy.FZ152) && s.Required != "" && slices.Contains(s.Recipients, recipient(p, "yandex"))
		}},
		{says: "payments and refunds go through banks and payment services, and the company receives only a token and the masked card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "a user who obtains the subscription through a partner's offer, such as a bank's or a mobile operator's, has the data needed passed to that partner", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and purchases are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return recipient(p, "ofd") != nil && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "the service sells cinema tickets, sends them to the buyer's email address or phone, and passes the order to the cinema", typed: func(p *policy.Policy) bool {
			t := p.Purpose("tickets")
			return t.RestsOn(policy.BasisContract, policy.FZ152) && t.Required != "" && recipient(p, "cinemas").Role == policy.RoleThirdParty
		}},
		{says: "films and series are recommended from what the user watches and rates", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("viewing"))
		}},
		{says: "the rules for the recommendation technologies are published, as the law on information requires", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "ratings, reviews and lists are published under the user's name and avatar, with a separate consent to their dissemination", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("reviews").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "a user can delete a rating, review or list at any time, which ends its publication", typed: func(p *policy.Policy) bool {
			return p.Purpose("reviews").Withdraw != "" && p.Category("reviews").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "reviews that break the rules or the law are removed by moderation, and the author can contest it by writing to support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && slices.Contains(s.Grounds, policy.SuspensionGroundIllegalContent) && s.Contest != ""
		}},
		{says: "films are marked with their age category, and the user confirms being 18 to watch films marked 18+", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("service").AgeChecks, policy.AgeCheckConfirmation) && p.Children.Note != ""
		}},
		{says: "a children's profile shows only films for the chosen age, and a parent's PIN code is needed to leave it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Children.Restrictions, policy.ChildRestrictionParentalControls)
		}},
		{says: "the company protects films from illegal copying and accounts from being taken over", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").RestsOn(policy.BasisLegitimateInterests, policy.FZ152) && p.Purpose("security").Interest != ""
		}},
		{says: "support answers requests and settles problems with watching and purchases", typed: func(p *policy.Policy) bool { return p.Purpose("support").Uses(p.Category("support")) }},
		{says: "the website and free films show advertising of the Yandex Advertising Network, chosen by the user's interests, which the user can turn off", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.Profiling && a.RestsOn(policy.BasisConsent, policy.FZ152) && slices.Contains(a.Recipients, recipient(p, "ads")) && cookie(p, "ads").Provider == recipient(p, "ads")
		}},
		{says: "news of premieres, selections of films and subscription offers are sent only with consent, as the law on advertising requires, and the consent can be withdrawn with the link in each email or in the settings", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "emails and push notifications are sent by delivery services on the company's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "mailers").Role == policy.RoleProcessor }},
		{says: "the website uses cookies that keep the user signed in, Yandex Metrica and AppMetrica, and the advertising network's cookies, which the user can turn off in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut && len(p.Cookies) == 3
		}},
		{says: "companies of the Yandex group store and process the service's data in data centres in Russia on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "cloud").Role == policy.RoleProcessor && recipient(p, "cloud").Country == regionRU
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a user by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "rights holders receive statistics of views only in aggregated form", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureAggregate) != nil }},
		{says: "a user can delete the account's data, which is destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventAccountClosure && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "users have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request may be made while signed in, from the account's email address or in writing with the identity document and signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return slices.Contains(r.Verification, policy.VerificationEmail) && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "on a TV the user signs in by scanning a QR code with a phone on which the user is already signed in", free: toPurpose("service")},
		{says: "films downloaded for watching offline stay protected from copying and play only while the subscription lasts", free: toPurpose("security")},
		{says: "subscribers watch films without advertising, which only free films and the website show", free: toPurpose("advertising")},
	}}
}
