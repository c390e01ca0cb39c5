package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Three more Russian policies under 152-FZ, paraphrased as the others are
// but written, as the operators publish them, in Russian (Policy.Language):
// a mobile operator, with the secrecy of communications, the storage of
// communications under Federal Law No. 374-FZ, the users of corporate SIM
// cards, number portability, anti-fraud blocking and credit scoring for
// banks by the subscriber's consent; a grocery chain's loyalty programme,
// with its card, points, personal offers, paid club subscription and
// delivery from the stores; and a store of e-books and audiobooks, with
// its subscription, reading history, public reviews, self-publishing
// authors it pays royalties to and the libraries it serves as a
// processor.

// ru14MegaFonComms is the law on communications that the MegaFon policy
// cites for most of its obligations.
const ru14MegaFonComms = "Федеральный закон от 07.07.2003 № 126-ФЗ «О связи»"

// ru14Accounting is the accounting law's retention of primary documents.
const ru14Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29 (5 лет)"

// ru14Breach sets the 24- and 72-hour notices to Roskomnadzor of 152-FZ
// Art. 21(3.1) on the breach measure of p.
func ru14Breach(p *policy.Policy) {
	breach := &p.Security[slices.IndexFunc(p.Security, func(m policy.Measure) bool { return m.Kind == policy.MeasureBreachNotification })]
	breach.Breach = policy.BreachNotice{Authority: policy.Hours(24), Results: policy.Hours(72)}
}

// realPolicyRu14MegaFon paraphrases, in our own words and as we recall
// it, the policy of PJSC MegaFon on the processing of personal data, as
// published in 2024-2025 (its OGRN and the exact dates of its versions are
// left out, since we do not recall them exactly): subscribers of mobile
// and fixed services identified by their passport and, online or for
// foreign citizens, through Gosuslugi; the users of corporate SIM cards
// whom the corporate client names; the secrecy of communications and the
// storage of information on communications and their content; number
// portability; roaming and international calls; blocking of calls and SIM
// cards suspected of fraud; credit scores given to banks by the
// subscriber's consent; depersonalised statistics of where people are;
// recorded calls and video in the company's shops; advertising by consent;
// cookies; localisation in Russia and the rights of 152-FZ.
func realPolicyRu14MegaFon() realPolicy {
	all := policy.Actions()
	comms := ru14MegaFonComms
	secrecy := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: comms + ", ст. 63", Region: regionRU}}}
	subscriber := &policy.Category{ID: "subscriber", Name: "данные абонента",
		Items: []string{"фамилия, имя и отчество", "дата и место рождения", "реквизиты документа, удостоверяющего личность", "адрес регистрации",
			"абонентский номер, номер договора и лицевого счёта", "для иностранных граждан — сведения о миграционном учёте и подтверждение данных через Госуслуги"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Единая система идентификации и аутентификации (Госуслуги), когда абонент подтверждает в ней свои данные",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"контактный номер телефона", "адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	users := &policy.Category{ID: "users", Name: "данные пользователей корпоративных номеров",
		Items:       []string{"фамилия, имя и отчество пользователя", "реквизиты его документа, удостоверяющего личность", "номер, которым он пользуется"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "корпоративный клиент — юридическое лицо или индивидуальный предприниматель, заключивший договор",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	traffic := &policy.Category{ID: "traffic", Name: "сведения об оказанных услугах связи",
		Items: []string{"номера вызывающих и вызываемых абонентов", "дата, время и продолжительность соединений и сессий", "объём переданных данных и выделенные IP-адреса",
			"базовые станции, через которые работало устройство, и его IMEI"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(comms + ", ст. 64, п. 1, пп. 1: три года"), Secrecy: secrecy}
	content := &policy.Category{ID: "content", Name: "содержание сообщений и разговоров", Items: []string{"голосовая информация", "текстовые сообщения", "изображения, звуки и иные сообщения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(comms + ", ст. 64, п. 1, пп. 2, и правила хранения, утверждённые Правительством: до шести месяцев"), Secrecy: secrecy}
	billing := &policy.Category{ID: "billing", Name: "начисления и платежи", Items: []string{"тариф и подключённые услуги", "начисления, платежи и баланс лицевого счёта", "задолженность"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "банки и платёжные агенты, принимающие платежи",
		Retention: policy.AsRequiredBy(ru14Accounting), Linked: true}
	scores := &policy.Category{ID: "scores", Name: "скоринговые оценки", Items: []string{"оценка, которую модель компании рассчитывает по сведениям о пользовании услугами связи и платежах"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{traffic, billing},
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения в контактный центр и салоны связи", Items: []string{"записи телефонных разговоров", "сообщения в чате", "заявления и жалобы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи в салонах связи", Items: []string{"изображения посетителей торговых залов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	web := &policy.Category{ID: "web", Name: "технические данные сайта и приложений", Items: []string{"IP-адрес", "идентификаторы cookie", "модель устройства и версия операционной системы", "действия на сайте, в личном кабинете и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	dealers := &policy.Recipient{ID: "dealers", Name: "дилеры и агенты, которые заключают договоры и обслуживают абонентов в салонах связи", Role: policy.RoleProcessor,
		Categories: []*policy.Category{subscriber, contact, billing}, Purpose: "заключать договоры и принимать заявления абонентов по поручению компании", Country: regionRU}
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
			{Act: "Правила оказания услуг телефонной связи, утверждённые постановлением Правительства Российской Федерации от 09.12.2020 № 2606", Region: regionRU}},
		Required: "закон позволяет заключить договор только с абонентом, предъявившим документ, удостоверяющий личность; без него услуги не оказываются, а номер, данные абонента по которому не подтверждены, блокируется",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	corporate := &policy.Purpose{ID: "corporate", Name: "учёт пользователей номеров, выделенных корпоративным клиентам", Categories: []*policy.Category{users},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{esia},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44, п. 1.1 (сведения о пользователях услуг абонента — юридического лица)", Region: regionRU}},
		Required:    "без сведений о пользователе оказание услуг по номеру приостанавливается",
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sorm := &policy.Purpose{ID: "sorm", Name: "хранение сведений о соединениях и содержания сообщений и их предоставление уполномоченным государственным органам", Categories: []*policy.Category{subscriber, users, traffic, content},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 64 (в редакции Федерального закона от 06.07.2016 № 374-ФЗ)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers, policy.DataSubjectThirdParties},
		Actions:     []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionStorage, policy.ActionTransfer, policy.ActionDestruction}, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "противодействие мошенничеству с использованием услуг связи", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}, Recipients: []*policy.Recipient{antifraud},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 46 (обязанности оператора по противодействию мошенничеству и взаимодействию с системой «Антифрод»)", Region: regionRU}},
		Interest:    "защита абонентов от звонков и сообщений мошенников с подменой номера",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "позвонив в контактный центр или обратившись в салон связи с паспортом"}}
	porting := &policy.Purpose{ID: "porting", Name: "перенос абонентского номера к другому оператору и от него", Categories: []*policy.Category{subscriber},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{mnp},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44, п. 1 (право абонента сохранить номер)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "взыскание задолженности абонентов", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{collectors},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Automated: policy.AnswerYes, Contest: "пополнив баланс или позвонив в контактный центр"}}
	roaming := &policy.Purpose{ID: "roaming", Name: "оказание услуг в роуминге и международная связь", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	scoring := &policy.Purpose{ID: "scoring", Name: "расчёт скоринговой оценки и её передача банкам по запросу абонента", Categories: []*policy.Category{subscriber, traffic, billing, scores},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в личном кабинете, в салоне связи или письменным заявлением", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Scoring: true, Recipients: []*policy.Recipient{banks},
		Required: "оценка передаётся только с отдельного согласия абонента; без него услуги связи оказываются как обычно",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	stats := &policy.Purpose{ID: "statistics", Name: "подготовка обезличенной статистики о перемещении и численности людей для бизнеса и органов власти", Categories: []*policy.Category{traffic},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "предоставление клиентам статистики, по которой нельзя определить ни одного абонента",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionUse, policy.ActionDepersonalisation, policy.ActionDestruction},
		Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения и контроль качества обслуживания", Categories: []*policy.Category{subscriber, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "проверка качества обслуживания и доказательство того, о чём просил абонент",
		Recipients: []*policy.Recipient{dealers},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в салонах связи", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность посетителей и сотрудников и сохранность имущества",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы услуг компании и её партнёров", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в личном кабинете, командой USSD, звонком в контактный центр или в салоне связи", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18", Region: regionRU}, {Act: comms + ", ст. 44.1", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта, личного кабинета и приложения", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках браузера или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "127006, г. Москва, Оружейный пер., д. 41"
	p := &policy.Policy{
		Title:           "политика ПАО «МегаФон» в отношении обработки персональных данных",
		Language:        language.Russian,
		Acknowledgement: true,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ПАО «МегаФон»", Email: "pd@megafon.example", Phone: "8 800 550-05-00", Address: address},
			Country: regionRU, Registration: "ИНН 7812014560, лицензии на оказание услуг связи"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@megafon.example"},
		URL:         "https://megafon.example/ad/personal_data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: comms, Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "лицензии компании и её устав"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"услуги подвижной и фиксированной связи компании", "сайт megafon.ru, личный кабинет и приложение «МегаФон»", "салоны связи компании"},
		OtherNotices: []policy.Notice{{Covers: "работников компании и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{subscriber, contact, users, traffic, content, billing, scores, calls, video, web},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Видеозаписи в салонах связи не используются для установления личности."},
		},
		Purposes:   []*policy.Purpose{contract, corporate, sorm, fraud, porting, debts, roaming, scoring, stats, support, cctv, marketing, analytics},
		Recipients: []*policy.Recipient{dealers, esia, authorities, antifraud, mnp, payments, banks, collectors, foreign, metrica},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{subscriber, traffic}, Safeguard: policy.SafeguardContractNecessity},
			{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: foreign, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Note: "Уничтожение подтверждается актом и выгрузкой из журнала регистрации событий в информационной системе."},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{scores, web}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventConsentExpiry, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "сессионные cookie сайта и личного кабинета", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{web},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в личном кабинете, в салоне связи с паспортом или письменным запросом по адресу компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents:    []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Security:   fz152Security(),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Children: policy.Children{MinimumAge: 18,
			Note: "Договор заключается с совершеннолетними; номер для ребёнка оформляет на себя родитель, который может указать ребёнка пользователем номера."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@megafon.example", Phone: "8 800 550-05-00", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"mobile operator (MegaFon)", p, []statement{
		{says: "the operator is PJSC MegaFon in Moscow, named with its INN and communication licences", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "ИНН") && strings.Contains(p.Controller.Address, "Москва")
		}},
		{says: "the company has appointed a person responsible for organising the processing of personal data", typed: func(p *policy.Policy) bool { return p.Responsible != nil }},
		{says: "the policy opens with the terms of Art. 3 of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 10 }},
		{says: "the policy covers mobile and fixed services, the website, the personal account, the app and the shops", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the data of employees and job applicants is processed under a separate document", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 1 && p.OtherNotices[0].Covers != ""
		}},
		{says: "the company processes data under the Constitution, the Civil and Tax Codes, the laws on communications, information and advertising, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool {
			return len(p.Principles) == 7
		}},
		{says: "to conclude a contract the company collects the name, date and place of birth, identity document and registration address", typed: func(p *policy.Policy) bool {
			return len(p.Category("subscriber").Items) == 6 && p.Purpose("contract").Uses(p.Category("subscriber"))
		}},
		{says: "the law requires an identity document for the contract, and without it no services are provided and an unconfirmed number is blocked", typed: func(p *policy.Policy) bool {
			c := p.Purpose("contract")
			return c.RestsOn(policy.BasisLegalObligation, policy.FZ152) && c.Required != "" && len(c.Obligations) == 2
		}},
		{says: "subscribers who conclude contracts online, and foreign citizens, confirm their data through Gosuslugi", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("subscriber").SourceDetail, "Госуслуги") && recipient(p, "esia").Role == policy.RoleAuthority
		}},
		{says: "dealers and agents in the shops conclude contracts on the company's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "dealers").Role == policy.RoleProcessor }},
		{says: "a corporate client gives the data of the people who use its numbers, as the law requires, confirming that they agree, and a number without a named user is suspended", typed: func(p *policy.Policy) bool {
			return othersGive(p, "users") && p.Purpose("corporate").RestsOn(policy.BasisLegalObligation, policy.FZ152) && p.Purpose("corporate").Required != ""
		}},
		{says: "the company records the numbers, times and duration of calls, the data transferred and the base stations used", typed: func(p *policy.Policy) bool {
			return len(p.Category("traffic").Items) == 4 && slices.Contains(p.Category("traffic").Sources, policy.SourceAutomatic)
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
		{says: "calls and messages are checked for signs of fraud, with Roskomnadzor's Antifraud system, and calls with substituted numbers are blocked", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "antifraud").Role == policy.RoleAuthority && f.Interest != ""
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
		{says: "with the subscriber's separate consent the company computes a score from the use of services and payments and gives it to the bank the subscriber applies to", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.RestsOn(policy.BasisConsent, policy.FZ152) && s.Scoring && slices.Contains(p.Category("scores").DerivedFrom, p.Category("traffic")) && recipient(p, "banks").Conditional
		}},
		{says: "the scoring consent can be withdrawn, and refusing it does not affect the communication services", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Withdraw != "" && p.Purpose("scoring").Required != ""
		}},
		{says: "the company makes statistics of where people are and move from depersonalised data, from which no subscriber can be identified", typed: func(p *policy.Policy) bool {
			s := p.Purpose("statistics")
			return slices.Contains(s.Actions, policy.ActionDepersonalisation) && s.Interest != ""
		}},
		{says: "calls to the contact centre are recorded after a warning, to check the quality of service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the shops are under video surveillance, which is not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "advertising is sent only with consent, as the laws on advertising and communications require, and chosen from the services used", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.Profiling && len(m.ConsentRequiredBy) == 2
		}},
		{says: "the advertising consent can be withdrawn in the personal account, by a USSD command, by calling or in a shop", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("marketing").Withdraw, "USSD")
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
			return p.Deletion[0].Note != "" && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn or expires, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 6
		}},
		{says: "subscribers have the rights of Art. 14 to 17, exercised in the personal account, in a shop or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
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
			return p.Children.MinimumAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "by signing the contract or using the services the subscriber confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		// Free text.
		{says: "the clients of the statistics receive only aggregated figures for areas, never data about a subscriber", free: toPurpose("statistics")},
	}}
}

// realPolicyRu14X5 paraphrases, in our own words and as we recall it, the
// policy on the processing of personal data of the loyalty programme of
// the Pyaterochka stores of X5 Group, as published in 2024-2025, with the
// rules of the programme it refers to. The programme, long known as
// «Выручай-карта», is run by Agrotorg LLC (ООО «Агроторг»), the company of
// X5 Group that runs the Pyaterochka stores, which the policy names as the
// operator (its OGRN and street address are left out, since we do not
// recall them exactly); X5's corporate centre runs the systems on its
// instructions. It covers the plastic and virtual cards registered with a
// phone number, points earned and spent in the stores and on delivery,
// personal offers chosen from purchases, the paid X5 Club subscription
// with extra points in Pyaterochka and Perekrestok, delivery from the
// stores through the app, points given to charity, prize draws whose
// winners give their passport and INN to the tax agent, the hotline, video
// surveillance in the stores, advertising by consent, depersonalised
// sales analytics for suppliers, cookies and app analytics, localisation
// in Russia and the rights of 152-FZ.
func realPolicyRu14X5() realPolicy {
	all := policy.Actions()
	member := &policy.Category{ID: "member", Name: "данные участника программы",
		Items:       []string{"номер мобильного телефона", "имя", "дата рождения", "пол", "адрес электронной почты, если участник его указал", "номер пластиковой или виртуальной карты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(1)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "покупки и баллы", Items: []string{"купленные товары, их цены и скидки", "магазин, дата и время покупки", "начисленные и списанные баллы", "электронные чеки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru14Accounting), Linked: true}
	segments := &policy.Category{ID: "segments", Name: "предпочтения, определённые по покупкам", Items: []string{"группы товаров, которые участник покупает чаще всего", "как часто и в каких магазинах он делает покупки", "персональные предложения и их использование"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	subscription := &policy.Category{ID: "subscription", Name: "подписка «X5 Клуб»", Items: []string{"дата оформления и срок подписки", "маскированный номер и токен банковской карты для продления", "повышенные баллы, начисленные по подписке"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "банк, принимающий оплату подписки",
		Retention: policy.AsRequiredBy(ru14Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "заказы с доставкой", Items: []string{"адрес доставки", "имя и телефон получателя", "состав заказа и способ оплаты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	winners := &policy.Category{ID: "winners", Name: "данные победителей розыгрышей", Items: []string{"фамилия, имя и отчество", "паспортные данные", "ИНН", "адрес регистрации", "приз и его стоимость"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, ст. 23 (4 года)"), Linked: true}
	support := &policy.Category{ID: "support", Name: "обращения на горячую линию", Items: []string{"записи телефонных разговоров", "сообщения в чате приложения и на сайте", "жалобы на магазины и товары"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи камер в магазинах", Items: []string{"изображения людей в торговых залах, у касс и на входах"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	location := &policy.Category{ID: "location", Name: "местоположение устройства", Items: []string{"приблизительное местоположение телефона, чтобы показать ближайшие магазины и адреса, куда возможна доставка"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	device := &policy.Category{ID: "device", Name: "технические данные", Items: []string{"IP-адрес", "идентификаторы cookie", "модель устройства, операционная система и рекламный идентификатор", "токен push-уведомлений", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	segments.DerivedFrom = []*policy.Category{purchases}

	centre := &policy.Recipient{ID: "centre", Name: "ООО «Корпоративный центр ИКС 5»", Role: policy.RoleProcessor, Categories: []*policy.Category{member, purchases, segments, subscription, delivery},
		Purpose: "вести информационные системы программы по поручению оператора", Country: regionRU}
	group := &policy.Recipient{ID: "group", Name: "ООО «Перекрёсток» и другие компании X5 Group, в магазинах которых действует подписка", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, subscription}, Purpose: "начислять повышенные баллы участникам с подпиской «X5 Клуб» по поручению оператора", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{member, device}, Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "службы доставки, привозящие заказы из магазинов", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery},
		Purpose: "доставлять заказы, оформленные в приложении", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{delivery, subscription},
		Purpose: "принимать оплату заказов и подписки", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "передавать чеки в ФНС России и направлять участнику электронный чек", Country: regionRU}
	fts := &policy.Recipient{ID: "fts", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{winners},
		Purpose: "сообщать о доходах победителей, для которых оператор — налоговый агент", Country: regionRU}
	partners := &policy.Recipient{ID: "partners", Name: "партнёры программы", Role: policy.RoleThirdParty, Categories: []*policy.Category{member},
		Purpose: "участник сам подключает предложение партнёра в приложении, чтобы получать у него баллы или скидки", Country: regionRU, Conditional: true}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	programme := &policy.Purpose{ID: "programme", Name: "ведение программы лояльности: регистрация участников, начисление и списание баллов", Categories: []*policy.Category{member, purchases},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{centre, mailers},
		Required: "участник регистрирует карту по номеру телефона, подтверждённому кодом из SMS-сообщения; без него карта не регистрируется, а делать покупки можно и без карты",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	offers := &policy.Purpose{ID: "offers", Name: "подбор персональных предложений и скидок по покупкам участника", Categories: []*policy.Category{member, purchases, segments},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true, Recipients: []*policy.Recipient{centre},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	club := &policy.Purpose{ID: "club", Name: "оформление и продление платной подписки «X5 Клуб»", Categories: []*policy.Category{member, subscription},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{group, banks},
		Required: "подписка оплачивается банковской картой, привязанной в приложении; без неё подписку оформить нельзя",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	orders := &policy.Purpose{ID: "delivery", Name: "приём и доставка заказов, оформленных в приложении", Categories: []*policy.Category{member, delivery, location},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, banks},
		Required: "для заказа нужны адрес и телефон получателя; без них заказ не может быть доставлен",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2", Region: regionRU},
			{Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	draws := &policy.Purpose{ID: "draws", Name: "проведение розыгрышей и вручение призов", Categories: []*policy.Category{member, winners},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fts},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 226 и 230 (обязанности налогового агента)", Region: regionRU}},
		Required:    "победитель приза стоимостью более 4 000 рублей сообщает паспортные данные и ИНН; без них приз не может быть вручён",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	hotline := &policy.Purpose{ID: "support", Name: "ответы на обращения и жалобы участников", Categories: []*policy.Category{member, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор жалоб на магазины и товары и контроль качества работы горячей линии",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	abuse := &policy.Purpose{ID: "abuse", Name: "предотвращение злоупотреблений в программе", Categories: []*policy.Category{member, purchases, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита программы от накрутки баллов, перепродажи карт и покупок для юридических лиц по картам участников",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud}, Contest: "обратившись на горячую линию"}}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в магазинах для защиты покупателей, сотрудников и товаров", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность покупателей и сотрудников и защита товаров от хищений",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	insights := &policy.Purpose{ID: "insights", Name: "анализ продаж и подготовка обезличенных отчётов для поставщиков", Categories: []*policy.Category{purchases, segments},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "планирование ассортимента и промоакций вместе с поставщиками по сводным данным, из которых нельзя узнать покупателя",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionUse, policy.ActionDepersonalisation, policy.ActionDestruction},
		Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, новостей об акциях и персональных предложений в SMS-сообщениях, письмах и push-уведомлениях", Categories: []*policy.Category{member, segments},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках приложения, по ссылке в письме или позвонив на горячую линию", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:    "политика обработки персональных данных участников программы лояльности «Пятёрочка»",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Агроторг»", Email: "pd@5ka.example", Address: "г. Санкт-Петербург"},
			Country: regionRU, Registration: "ИНН 7825706086"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@5ka.example"},
		URL:         "https://5ka.example/loyalty/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.July, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU}, {Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники»", Region: regionRU},
			{Act: "правила программы лояльности «Пятёрочка» и условия подписки «X5 Клуб»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:      []string{"программа лояльности «Пятёрочка» (прежде «Выручай-карта»)", "подписка «X5 Клуб»", "приложение «Пятёрочка» и сайт 5ka.ru", "магазины сети «Пятёрочка»"},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, purchases, segments, subscription, delivery, winners, support, video, location, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полный номер и код безопасности банковской карты", Category: subscription, Note: "Их вводят на странице банка; оператор получает только токен и маскированный номер."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Видеозаписи в магазинах не используются для установления личности."},
		},
		Purposes:    []*policy.Purpose{programme, offers, club, orders, receipts, draws, hotline, abuse, cctv, insights, marketing, analytics},
		Recipients:  []*policy.Recipient{centre, group, mailers, couriers, banks, ofd, fts, partners, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Commitments: []policy.Commitment{policy.CommitmentNoSale},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{member, segments}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, необходимые для работы сайта", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "appmetrica", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в приложении, письмом на pd@5ka.example или по почте на адрес оператора"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipKeepSecret},
		Children:             policy.Children{MinimumAge: 14, ConsentAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@5ka.example", Phone: "8 800 555-55-05"},
	}
	ru14Breach(p)
	return realPolicy{"grocery chain loyalty programme (Pyaterochka)", p, []statement{
		{says: "the operator is Agrotorg LLC in Saint Petersburg, which runs the Pyaterochka stores of X5 Group, named with its INN", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Агроторг") && strings.Contains(p.Controller.Registration, "ИНН") && strings.Contains(p.Scope[3], "Пятёрочка")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 7 }},
		{says: "the policy covers the programme, formerly the Vyruchai-karta, the X5 Club subscription, the app, the website and the stores", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 4 && strings.Contains(p.Scope[0], "Выручай-карта")
		}},
		{says: "the company processes data under the Civil and Tax Codes, the consumer protection law, the laws on advertising and cash registers, and the programme's rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a member registers the card with a phone number confirmed by a code, and may give a name, date of birth, gender and email", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").Required != "" && len(p.Category("member").Items) == 6
		}},
		{says: "joining is voluntary: a customer can shop without the card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "без карты")
		}},
		{says: "the programme runs under its rules, which form the contract with the member, and points are earned and spent on purchases", typed: func(p *policy.Policy) bool {
			return p.Purpose("programme").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("programme").Uses(p.Category("purchases"))
		}},
		{says: "X5's corporate centre runs the programme's systems on the operator's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "centre").Role == policy.RoleProcessor && strings.Contains(recipient(p, "centre").Name, "ИКС 5")
		}},
		{says: "personal offers and discounts are chosen from a member's purchases", typed: func(p *policy.Policy) bool {
			return p.Purpose("offers").Profiling && slices.Contains(p.Category("segments").DerivedFrom, p.Category("purchases"))
		}},
		{says: "the paid X5 Club subscription is paid by a card linked in the app, renewed with a token, and gives extra points in Pyaterochka and Perekrestok", typed: func(p *policy.Policy) bool {
			return p.Purpose("club").Required != "" && recipient(p, "group").Role == policy.RoleProcessor && p.NotCollected[0].Category == p.Category("subscription")
		}},
		{says: "the operator never receives the full card number or its code", typed: func(p *policy.Policy) bool { return p.NotCollected[0].Note != "" }},
		{says: "a delivery order needs the address and the recipient's phone, and a member ordering for someone else confirms that person's consent", typed: func(p *policy.Policy) bool {
			return p.Purpose("delivery").Required != "" && othersGive(p, "delivery")
		}},
		{says: "delivery services bring the orders on the operator's instructions, and banks accept payment", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && recipient(p, "banks").Role == policy.RoleThirdParty
		}},
		{says: "with the phone's permission the app uses its location to show the nearest stores and where delivery is possible", typed: func(p *policy.Policy) bool {
			return p.Category("location").DevicePermission && p.Purpose("delivery").Uses(p.Category("location"))
		}},
		{says: "receipts go to the tax service through a fiscal data operator and are kept for five years with the purchases under the accounting law", typed: func(p *policy.Policy) bool {
			return recipient(p, "ofd") != nil && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && len(p.Purpose("receipts").Obligations) == 2
		}},
		{says: "a winner of a prize worth more than 4,000 roubles gives the passport and INN, the operator reports the income as tax agent, and keeps the data four years", typed: func(p *policy.Policy) bool {
			d := p.Purpose("draws")
			return d.RestsOn(policy.BasisLegalObligation, policy.FZ152) && d.Required != "" && recipient(p, "fts").Role == policy.RoleAuthority &&
				p.Category("winners").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "a member who connects a partner's offer in the app has the card number passed to that partner", typed: func(p *policy.Policy) bool {
			return recipient(p, "partners").Conditional && recipient(p, "partners").Role == policy.RoleThirdParty
		}},
		{says: "calls to the hotline are recorded after a warning, to resolve complaints and check its quality", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the operator may block the card of a member who abuses the programme, such as by buying for a business or reselling cards, and the member can contest it on the hotline", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Grounds, policy.SuspensionGroundTermsBreach) && s.Contest != ""
		}},
		{says: "the stores are under video surveillance, kept 30 days and not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30) &&
				p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "sales are analysed and suppliers receive only depersonalised, aggregated reports", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insights")
			return slices.Contains(i.Actions, policy.ActionDepersonalisation) && len(i.Recipients) == 0 && i.Interest != ""
		}},
		{says: "the operator does not sell members' personal data", typed: func(p *policy.Policy) bool { return slices.Contains(p.Commitments, policy.CommitmentNoSale) }},
		{says: "advertising and personal offers are sent only with a separate consent, as the law on advertising requires", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.RestsOn(policy.BasisConsent, policy.FZ152) && len(m.ConsentRequiredBy) == 1 && m.ConsentMethod == policy.ConsentMethodCheckbox
		}},
		{says: "the advertising consent can be withdrawn in the app, with the link in an email or by calling the hotline", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").Withdraw != "" && p.Purpose("marketing").ConsentLogged
		}},
		{says: "messages are sent through SMS, email and push providers", typed: func(p *policy.Policy) bool { return recipient(p, "mailers").Role == policy.RoleProcessor }},
		{says: "the website uses necessary cookies and Yandex Metrica, the app AppMetrica, which a user can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "appmetrica").Technology == policy.TechnologySDK && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the operator does not transfer data abroad", typed: func(p *policy.Policy) bool {
			return len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the operator does not process special categories of personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassSpecial }},
		{says: "no decision with legal effects is taken about a member by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a member can leave the programme, and the data is destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
			return p.Deletion[1].From == policy.EventDeletionRequest && p.Deletion[1].Keeps(policy.KeptLegalObligation)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the operator is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "members have the rights of Art. 14 to 17, may withdraw consent and complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightWithdrawConsent) && hasRight(p, policy.RightComplaint)
		}},
		{says: "a request states the identity document, the card number and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the operator protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureAccessControl) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "a member keeps the code from the SMS message secret and answers for the use of the card by others", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "members may join from 14, and consent alone from 18", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a member may give points to the charity funds listed in the app, which learn only the sum given", free: toPurpose("programme")},
		{says: "the member answers for the accuracy of the data given and updates it in the app", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}

// realPolicyRu14LitRes paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data of LitRes LLC (ООО
// «ЛитРес»), the store of e-books and audiobooks, as published in
// 2024-2025 (its registration numbers and exact address are left out,
// since we do not recall them exactly): accounts signed in to with an
// email address, a phone number or VK ID, Yandex ID or Sber ID; purchases
// and the subscription, paid through payment providers or the app stores;
// the library of books with reading and listening progress synchronised
// across devices; reviews and quotes published under the reader's name;
// recommendations and the published rules for them; gift certificates;
// bonuses and promo codes; age ratings of books under the law on
// protecting children from harmful information; the self-publishing
// platform, whose authors give their passport, INN and bank details for
// royalties; public libraries that give their readers access, for whom
// LitRes processes data on the library's instructions; advertising by
// consent; cookies and pixels; localisation in Russia and the rights of
// 152-FZ.
func realPolicyRu14LitRes() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные учётной записи",
		Items:       []string{"адрес электронной почты или номер телефона", "имя или псевдоним", "пароль в виде хеша", "идентификатор VK ID, Яндекс ID или Сбер ID, если пользователь входит через них"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "VK, Яндекс и Сбербанк, когда пользователь входит через их сервисы", Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "покупки и подписка", Items: []string{"купленные книги и их цены", "подписка, её тариф и срок", "использованные бонусы, промокоды и подарочные сертификаты", "электронные чеки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru14Accounting), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "платёжные данные", Items: []string{"маскированный номер банковской карты", "токен карты для продления подписки", "статус платежей и возвратов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "платёжные сервисы, принимающие оплату",
		Retention: policy.AsRequiredBy(ru14Accounting), Linked: true}
	library := &policy.Category{ID: "library", Name: "библиотека и чтение", Items: []string{"книги на полке пользователя", "прогресс чтения и прослушивания", "закладки, заметки и цитаты", "скорость воспроизведения и настройки чтения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	preferences := &policy.Category{ID: "preferences", Name: "предпочтения, определённые по чтению", Items: []string{"жанры и авторы, которые пользователь читает и слушает", "книги, которые он искал и отложил"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{library, purchases},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "отзывы, оценки и цитаты", Items: []string{"текст отзыва и оценка книги", "опубликованные цитаты", "имя или псевдоним и аватар, под которыми они публикуются"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	gifts := &policy.Category{ID: "gifts", Name: "данные получателей подарков", Items: []string{"имя и адрес электронной почты получателя подарка или сертификата"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	authors := &policy.Category{ID: "authors", Name: "данные авторов платформы самиздата", Items: []string{"фамилия, имя и отчество", "паспортные данные", "ИНН и статус самозанятого или индивидуального предпринимателя", "банковские реквизиты", "начисленные и выплаченные роялти"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, ст. 23 (4 года), и " + ru14Accounting), Linked: true}
	support := &policy.Category{ID: "support", Name: "обращения в службу поддержки", Items: []string{"письма и сообщения в чате", "описание проблемы и снимки экрана"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	device := &policy.Category{ID: "device", Name: "технические данные", Items: []string{"IP-адрес", "идентификаторы cookie", "модель устройства, операционная система и рекламный идентификатор", "действия на сайте и в приложениях"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases, payment},
		Purpose: "принимать оплату покупок и подписки и делать возвраты", Country: regionRU}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	fts := &policy.Recipient{ID: "fts", Name: "Федеральная налоговая служба и Социальный фонд России", Role: policy.RoleAuthority, Categories: []*policy.Category{authors},
		Purpose: "сообщать о доходах авторов, для которых компания — налоговый агент", Country: regionRU}
	hosting := &policy.Recipient{ID: "hosting", Name: "поставщики услуг центров обработки данных в России", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, purchases, library, device}, Purpose: "размещать системы сервиса по поручению компании", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account, gifts}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	vk := &policy.Recipient{ID: "vk", Name: "ООО «ВК» (myTracker и пиксель VK Реклама)", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}, Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "регистрация пользователей и ведение учётных записей", Categories: []*policy.Category{account, library},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, mailers},
		Required: "для учётной записи нужны адрес электронной почты или номер телефона; без них купленные книги нельзя сохранить и читать на других устройствах",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "sales", Name: "продажа электронных книг и аудиокниг, оформление подписки и приём оплаты", Categories: []*policy.Category{account, purchases, payment, gifts},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments, mailers},
		Required:  "без способа оплаты книгу купить или подписку оформить нельзя",
		AgeChecks: []policy.AgeCheck{policy.AgeCheckConfirmation},
		Subjects:  []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	reading := &policy.Purpose{ID: "reading", Name: "предоставление книг для чтения и прослушивания и синхронизация между устройствами", Categories: []*policy.Category{account, library},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{purchases, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2", Region: regionRU},
			{Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recommend := &policy.Purpose{ID: "recommendations", Name: "рекомендации книг и подбор подборок для пользователя", Categories: []*policy.Category{library, purchases, preferences, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показ каждому читателю книг, которые ему, вероятно, понравятся", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "reviews", Name: "публикация отзывов, оценок и цитат", Categories: []*policy.Category{account, reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "удалив отзыв или цитату в личном кабинете или написав в службу поддержки", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox,
		Subjects:      []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent}, Contest: "написав в службу поддержки"}}
	selfpub := &policy.Purpose{ID: "selfpublishing", Name: "заключение лицензионных договоров с авторами платформы самиздата и выплата им вознаграждения", Categories: []*policy.Category{authors},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fts, payments},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 226 и 230 (обязанности налогового агента)", Region: regionRU}},
		Required:    "без паспортных данных, ИНН и банковских реквизитов договор не заключается и вознаграждение не выплачивается; бесплатно публиковать книги можно и без них",
		MinimumAge:  18,
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	helping := &policy.Purpose{ID: "support", Name: "ответы на обращения и разбор проблем с покупками", Categories: []*policy.Category{account, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "решение проблем, о которых сообщает пользователь, и возврат денег за неудачные покупки",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка новостей, подборок книг и рекламных предложений", Categories: []*policy.Category{account, preferences},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "по ссылке в каждом письме, в настройках уведомлений в личном кабинете или в приложении", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложений и измерение эффективности рекламы", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в баннере cookie, в настройках браузера или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{metrica, vk},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:       "политика ООО «ЛитРес» в отношении обработки персональных данных",
		Language:    language.Russian,
		Controller:  policy.Controller{Contact: policy.Contact{Name: "ООО «ЛитРес»", Email: "privacy@litres.example", Address: "г. Москва"}, Country: regionRU},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "privacy@litres.example"},
		URL:         "https://litres.example/pages/personal_data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.October, 1),
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy},
		Laws:       []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU}, {Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU},
			{Act: "Федеральный закон от 29.12.2010 № 436-ФЗ «О защите детей от информации, причиняющей вред их здоровью и развитию»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "пользовательское соглашение сервиса «Литрес»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope: []string{"сайт litres.ru", "приложения «Литрес: Книги» и «Литрес: Аудиокниги»", "платформа самиздата «Литрес: Самиздат»"},
		CustomerData: policy.CustomerData{Customers: "публичных и школьных библиотек, подключённых к сервису «Литрес: Библиотека»",
			Data: "данные читателей, которым библиотека выдаёт доступ к электронным книгам: номер читательского билета и выданные книги", ForwardsRequests: true},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, purchases, payment, library, preferences, reviews, gifts, authors, support, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полный номер и код безопасности банковской карты", Category: payment, Note: "Их вводят на странице платёжного сервиса; компания получает только токен и маскированный номер."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{signUp, sales, reading, receipts, recommend, publish, selfpub, helping, marketing, analytics},
		Recipients:  []*policy.Recipient{payments, ofd, fts, hosting, mailers, metrica, vk},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventAccountClosure, Categories: []*policy.Category{account, library, preferences, reviews}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie входа и корзины", Party: policy.PartyFirst, Purpose: signUp, Categories: []*policy.Category{device}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "vkpixel", Name: "пиксель VK Реклама", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: vk, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "mytracker", Name: "myTracker", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: vk, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("в личном кабинете, письмом на privacy@litres.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		Links:                policy.Links{Recommendations: "https://litres.example/pages/recommendation_rules", CookieSettings: "https://litres.example/pages/cookies"},
		Children: policy.Children{MinimumAge: 18, ParentalConsent: true,
			Note: "Книги помечены знаком возрастной категории, и для книг с пометкой «18+» пользователь подтверждает, что ему исполнилось 18 лет."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "privacy@litres.example"},
	}
	ru14Breach(p)
	return realPolicy{"e-book and audiobook store (LitRes)", p, []statement{
		{says: "the operator is LitRes LLC in Moscow", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "ЛитРес") && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDissemination)
		}},
		{says: "the policy covers the website, the reading and audiobook apps and the self-publishing platform", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the company processes data under the Civil and Tax Codes, the consumer protection law, the laws on information, on protecting children from harmful information and on advertising, and its user agreement", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a user signs up with an email address or a phone number, or through VK ID, Yandex ID or Sber ID", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("account").SourceDetail, "VK") && p.Purpose("account").Required != ""
		}},
		{says: "the company sells e-books and audiobooks and the subscription under the contract with the user, and without a means of payment nothing can be bought", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("sales").Required != ""
		}},
		{says: "payments and refunds go through banks and payment services, and the company receives only a token and the masked card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and purchases are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return recipient(p, "ofd") != nil && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "a user who gives a book or a gift certificate gives the recipient's name and email, confirming the right to do so", typed: func(p *policy.Policy) bool { return othersGive(p, "gifts") }},
		{says: "the company keeps the user's shelf, reading and listening progress, bookmarks, notes and quotes, and synchronises them across devices", typed: func(p *policy.Policy) bool {
			return len(p.Category("library").Items) == 4 && p.Purpose("reading").Uses(p.Category("library"))
		}},
		{says: "books are recommended from what the user reads, listens to, buys and looks for", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && slices.Contains(p.Category("preferences").DerivedFrom, p.Category("library"))
		}},
		{says: "the rules for the recommendation technologies are published, as the law on information requires", typed: func(p *policy.Policy) bool { return p.Links.Recommendations != "" }},
		{says: "reviews, ratings and quotes are published under the user's name or pseudonym, with a separate consent to their dissemination", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("reviews").RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "a user can delete a review or quote at any time, which ends its publication", typed: func(p *policy.Policy) bool {
			return p.Purpose("reviews").Withdraw != "" && p.Category("reviews").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "reviews that break the rules or the law are removed, and the author can contest it by writing to support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && s.Contest != ""
		}},
		{says: "authors on the self-publishing platform who sell books give their passport, INN, tax status and bank details to conclude the licence agreement and be paid royalties", typed: func(p *policy.Policy) bool {
			s := p.Purpose("selfpublishing")
			return s.RestsOn(policy.BasisContract, policy.FZ152) && s.Required != "" && len(p.Category("authors").Items) == 5
		}},
		{says: "the company withholds tax from authors' royalties as tax agent and reports them to the tax service and the Social Fund", typed: func(p *policy.Policy) bool {
			return p.Purpose("selfpublishing").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "fts").Role == policy.RoleAuthority
		}},
		{says: "only adults may conclude an agreement as authors", typed: func(p *policy.Policy) bool { return p.Purpose("selfpublishing").MinimumAge == 18 }},
		{says: "for libraries connected to LitRes Library the company processes their readers' data on the library's instructions, and passes requests about it to the library", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.ForwardsRequests
		}},
		{says: "books are marked with their age category, and the user confirms being 18 to open books marked 18+", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("sales").AgeChecks, policy.AgeCheckConfirmation) && p.Children.Note != ""
		}},
		{says: "the service is meant for adults, and minors use it with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "support answers requests and settles problems with purchases", typed: func(p *policy.Policy) bool { return p.Purpose("support").Interest != "" }},
		{says: "news, selections of books and advertising are sent only with consent, as the law on advertising requires, and chosen from the user's reading", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.Profiling && len(m.ConsentRequiredBy) == 1 && m.ConsentLogged
		}},
		{says: "the advertising consent can be withdrawn with the link in each email or in the notification settings", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").Withdraw != "" }},
		{says: "the website uses necessary cookies without consent, and Yandex Metrica, myTracker and the VK Ads pixel only with consent given in the cookie banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "vkpixel").Consent == policy.CookieConsentOptIn &&
				p.Purpose("analytics").ConsentMethod == policy.ConsentMethodConsentTool && p.Links.CookieSettings != ""
		}},
		{says: "VK receives the pixel's data as a controller in its own right, to measure advertising", typed: func(p *policy.Policy) bool { return recipient(p, "vk").Role == policy.RoleThirdParty }},
		{says: "the service is hosted in data centres in Russia, and data of Russian citizens is recorded and stored in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionRU && recipient(p, "hosting").Country == regionRU
		}},
		{says: "the company does not transfer data abroad", typed: func(p *policy.Policy) bool { return len(p.Transfers) == 0 }},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a user by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a user can delete the account, and its data is destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
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
		{says: "a request may be made from the account's email address or in writing with the identity document and signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return slices.Contains(r.Verification, policy.VerificationEmail) && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "books downloaded for offline reading are protected from copying, and the app checks the licence with the account", free: toPurpose("reading")},
		{says: "the user answers for the accuracy of the data given", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
	}}
}
