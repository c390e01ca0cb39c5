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
// (Policy.Language): a large bank of the Gazprom group with salary
// projects for employers, mortgages with state support, brokerage and
// the identification of foreign tax residents; an online school of
// English whose teachers give lessons on its own platform, with children
// taught under contracts their parents conclude, corporate training paid
// by employers and a referral programme; and a chain of home improvement
// stores with an online marketplace of other sellers, measurement and
// installation at the customer's home and a programme for professional
// builders.

// ru17Accounting is the accounting law's retention of primary documents.
const ru17Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29 (5 лет)"

// ru17Advertising is the advertising law's requirement of the addressee's
// prior consent to advertising sent over telecommunications networks.
const ru17Advertising = "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18"

// ru17Cash is the law on cash registers, under which receipts go to the
// tax service through a fiscal data operator.
const ru17Cash = "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2"

// realPolicyRu17Gazprombank paraphrases, in our own words and as we recall
// it, the policy of Gazprombank (Joint-stock Company), «Газпромбанк»
// (Акционерное общество), Bank GPB (JSC), on the processing of personal
// data, as published in 2024-2025 (its OGRN, INN and the exact dates of
// its versions are left out, since we do not recall them exactly):
// customers identified under the anti-money-laundering law; salary
// projects, in which employers give the bank the data of the employees
// whose cards it issues; consumer loans and mortgages, with the children
// named for the family mortgage and the state programme operator that
// receives them, and Rosreestr, which registers the pledge; the
// identification of foreign tax residents under chapter 20.1 of the Tax
// Code; brokerage and depository services with the testing of
// non-qualified investors; credit histories; biometrics in the Unified
// Biometric System; fraud checks under the law on the national payment
// system; insurance of the group's insurer and other insurers; the
// recovery of overdue debts; recorded calls and video in offices;
// advertising by consent; cookies; transfers abroad that the customer
// orders; localisation in Russia; the blocking of data that must still be
// kept; and the rights of 152-FZ.
func realPolicyRu17Gazprombank() realPolicy {
	all := policy.Actions()
	aml := "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма», п. 4 ст. 7: 5 лет со дня прекращения отношений с клиентом"
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: "Федеральный закон от 02.12.1990 № 395-1 «О банках и банковской деятельности», ст. 26", Region: regionRU}}}
	identity := &policy.Category{ID: "identity", Name: "идентификационные данные",
		Items: []string{"фамилия, имя и отчество, в том числе прежние", "дата и место рождения", "гражданство", "реквизиты документа, удостоверяющего личность",
			"адрес регистрации и места жительства", "ИНН и СНИЛС"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty, policy.SourceOtherUsers}, OthersConsent: true,
		SourceDetail: "работодатели — участники зарплатных проектов банка, а также государственные информационные системы, в которых банк проверяет действительность паспорта",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"номер мобильного телефона", "адрес электронной почты", "почтовый адрес"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers},
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	finance := &policy.Category{ID: "finance", Name: "сведения о занятости, доходах и семье",
		Items:       []string{"работодатель, должность и стаж", "доходы, расходы и обязательства перед другими кредиторами", "семейное положение и число иждивенцев", "образование"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "работодатель, подтверждающий доход, и Социальный фонд России, из которого заёмщик передаёт выписку через Госуслуги",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	children := &policy.Category{ID: "children", Name: "сведения о детях заёмщика по программе «Семейная ипотека»",
		Items:       []string{"фамилия, имя, отчество и дата рождения ребёнка", "реквизиты свидетельства о рождении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "счета, карты и операции",
		Items:       []string{"номера счетов и карт", "остатки и лимиты", "платежи, переводы и покупки", "кредиты, вклады и их погашение"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic, policy.SourceOtherUsers},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	collateral := &policy.Category{ID: "collateral", Name: "сведения о предмете залога",
		Items:       []string{"приобретаемая или закладываемая недвижимость и документы на неё", "отчёт об оценке", "выписка из Единого государственного реестра недвижимости"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "оценочные компании, застройщики и Росреестр",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	tax := &policy.Category{ID: "tax", Name: "сведения о налоговом резидентстве",
		Items:       []string{"государства, налоговым резидентом которых является клиент", "иностранный идентификационный номер налогоплательщика", "адрес в иностранном государстве"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, гл. 20.1"), Linked: true}
	investor := &policy.Category{ID: "investor", Name: "инвестиционный профиль и статус инвестора",
		Items: []string{"цели и срок инвестирования и допустимый риск", "опыт и знания в области инвестиций", "результаты тестирования неквалифицированного инвестора",
			"сведения о признании квалифицированным инвестором", "ценные бумаги на брокерском и депозитарном счетах"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	credit := &policy.Category{ID: "credit", Name: "кредитная история", Items: []string{"кредитный отчёт", "индивидуальный кредитный рейтинг"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "бюро кредитных историй",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	biometric := &policy.Category{ID: "biometric", Name: "биометрические персональные данные", Items: []string{"изображение лица", "запись голоса"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "телефонные разговоры и переписка", Items: []string{"записи разговоров с контактным центром", "сообщения в чате мобильного банка"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи", Items: []string{"изображения, записанные камерами в офисах и у банкоматов банка"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.ByCriteria("до перезаписи архива камер, а записи, нужные для разбора спорной операции или происшествия, — до окончания разбора")}
	device := &policy.Category{ID: "device", Name: "данные сайта и мобильного банка",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель, идентификаторы и операционная система устройства", "действия в мобильном и интернет-банке и на сайте"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	employers := &policy.Recipient{ID: "employers", Name: "работодатели — участники зарплатных проектов", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations},
		Purpose: "узнавать номера счетов, открытых их работникам, чтобы перечислять на них заработную плату", Country: regionRU}
	agents := &policy.Recipient{ID: "agents", Name: "партнёры банка — застройщики и агентства недвижимости, принимающие заявки на ипотеку, и курьеры, доставляющие карты", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact, finance}, Purpose: "принимать заявки, проверять документы и доставлять карты по поручению банка", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "операторы рассылки SMS-сообщений и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "бюро кредитных историй", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	domrf := &policy.Recipient{ID: "domrf", Name: "АО «ДОМ.РФ» — оператор программ государственной поддержки ипотечного кредитования", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, children, operations}, Purpose: "заёмщик получает ипотеку по программе с государственной поддержкой, например «Семейной ипотеке», и банк получает возмещение недополученных доходов", Country: regionRU, Conditional: true}
	rosreestr := &policy.Recipient{ID: "rosreestr", Name: "Федеральная служба государственной регистрации, кадастра и картографии (Росреестр)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, collateral}, Purpose: "регистрировать ипотеку и сделки с недвижимостью, в том числе в электронном виде", Country: regionRU}
	exchanges := &policy.Recipient{ID: "exchanges", Name: "биржи, клиринговые организации, вышестоящие депозитарии и регистраторы", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, investor}, Purpose: "исполнять поручения клиента на сделки с ценными бумагами и учитывать его права на них", Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "оператор Единой биометрической системы", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "размещать биометрические образцы в Единой биометрической системе, чтобы клиента можно было удалённо идентифицировать", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "Федеральная служба по финансовому мониторингу (Росфинмониторинг)", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations}, Country: regionRU}
	cbr := &policy.Recipient{ID: "cbr", Name: "Банк России", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, device},
		Purpose: "вносить в свою базу данных сведения о переводах без согласия клиента и о попытках таких переводов и осуществлять надзор за банком", Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, tax},
		Purpose: "сообщать об открытии и закрытии счетов и о клиентах — налоговых резидентах иностранных государств, как требует Налоговый кодекс", Country: regionRU}
	bailiffs := &policy.Recipient{ID: "bailiffs", Name: "Федеральная служба судебных приставов", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations},
		Purpose: "судебный пристав-исполнитель направляет в банк исполнительный документ или запрос о счетах клиента", Country: regionRU, Conditional: true}
	asv := &policy.Recipient{ID: "asv", Name: "государственная корпорация «Агентство по страхованию вкладов»", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "наступает страховой случай и Агентство выплачивает вкладчикам возмещение по реестру обязательств банка", Country: regionRU, Conditional: true}
	nspk := &policy.Recipient{ID: "nspk", Name: "АО «Национальная система платёжных карт» — оператор платёжной системы «Мир» и Системы быстрых платежей", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, operations}, Purpose: "проводить платежи по картам и переводы по номеру телефона между банками", Country: regionRU}
	insurers := &policy.Recipient{ID: "insurers", Name: "АО «СОГАЗ» и другие страховые компании, полисы которых предлагает банк", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact, collateral}, Purpose: "клиент оформляет страховку через банк", Country: regionRU, Conditional: true}
	group := &policy.Recipient{ID: "group", Name: "компании Группы Газпромбанка, например управляющая компания и лизинговая компания", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact}, Purpose: "предлагать и оказывать свои услуги", Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "коллекторские агентства, внесённые в государственный реестр", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "задолженность просрочена и банк поручает агентству её взыскание или уступает ему право требования", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "иностранные банки, получающие переводы по поручению клиента", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations}}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "открытие и обслуживание счетов, карт и вкладов, переводы и платежи", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging, nspk, agents},
		Required: "без идентификационных данных и номера телефона банк не может открыть счёт или заключить договор",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	salary := &policy.Purpose{ID: "salary", Name: "выпуск зарплатных карт работникам организаций — участников зарплатных проектов", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers},
		Required: "без данных, которые передаёт работодатель, карта не может быть выпущена; работник вправе получать заработную плату в другом банке",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	loans := &policy.Purpose{ID: "loans", Name: "предоставление кредитов наличными, кредитных карт и ипотечных кредитов, оформление залога", Categories: []*policy.Category{identity, contact, finance, operations, collateral},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents, rosreestr},
		Required: "без сведений о доходах, занятости и предмете залога банк не может рассмотреть заявку",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	family := &policy.Purpose{ID: "family", Name: "выдача ипотеки по программам с государственной поддержкой и получение возмещения по ним", Categories: []*policy.Category{identity, children, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{domrf},
		Required: "без сведений о детях и свидетельств об их рождении кредит по программе «Семейная ипотека» не выдаётся",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	kyc := &policy.Purpose{ID: "kyc", Name: "идентификация клиентов, их представителей, выгодоприобретателей и бенефициарных владельцев, противодействие отмыванию доходов и финансированию терроризма",
		Categories: []*policy.Category{identity, operations},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма», ст. 7", Region: regionRU}},
		TippingOff:  []policy.Obligation{{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ, п. 6 ст. 7", Region: regionRU}},
		Required:    "закон не позволяет банку обслуживать клиента, которого он не идентифицировал",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering},
			Contest: "представив в банк запрошенные документы или обратившись в межведомственную комиссию при Банке России"}}
	taxres := &policy.Purpose{ID: "taxres", Name: "выявление клиентов — налоговых резидентов иностранных государств и передача сведений о них в ФНС России", Categories: []*policy.Category{identity, operations, tax},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fns},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, гл. 20.1 (ст. 142.1–142.6)", Region: regionRU}},
		Required:    "клиенту, не сообщившему сведения о своём налоговом резидентстве, банк вправе отказать в заключении договора или в проведении операции",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	brokerage := &policy.Purpose{ID: "brokerage", Name: "брокерское и депозитарное обслуживание и доверительное управление", Categories: []*policy.Category{identity, contact, operations, investor},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{exchanges},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 22.04.1996 № 39-ФЗ «О рынке ценных бумаг», ст. 3.1 и 5", Region: regionRU}},
		Required:    "без инвестиционного профиля банк не управляет средствами клиента, а неквалифицированный инвестор, не прошедший тестирование, не может совершать сделки со сложными финансовыми инструментами",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	scoring := &policy.Purpose{ID: "scoring", Name: "оценка кредитоспособности и передача сведений в бюро кредитных историй", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "письменным заявлением в офисе банка; сведения, уже переданные в бюро, остаются в кредитной истории",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях», ст. 5 и 6", Region: regionRU}},
		Automated:   "решение о выдаче кредита или кредитной карты и о размере лимита может быть принято скоринговой моделью банка без участия сотрудника; клиент вправе возразить и потребовать, чтобы заявку рассмотрел сотрудник",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "сбор биометрических персональных данных и их размещение в Единой биометрической системе", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "в офисе банка или на портале Госуслуг", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Required: "сдавать биометрические данные не обязательно; клиенту, который отказался, банк оказывает все услуги иными способами",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "выявление операций без согласия клиента и защита клиентов от мошенников", Categories: []*policy.Category{identity, operations, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cbr},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 27.06.2011 № 161-ФЗ «О национальной платёжной системе», ст. 8 и 27", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Automated: policy.AnswerYes,
			Contest: "позвонив в контактный центр банка или подтвердив операцию в мобильном банке"}}
	enforcement := &policy.Purpose{ID: "enforcement", Name: "исполнение исполнительных документов и ответы на запросы судебных приставов и налоговых органов", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{bailiffs, fns},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 02.10.2007 № 229-ФЗ «Об исполнительном производстве», ст. 70", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации, ст. 86", Region: regionRU}},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	deposits := &policy.Purpose{ID: "deposits", Name: "ведение реестра обязательств банка перед вкладчиками для страхования вкладов", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{asv},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 23.12.2003 № 177-ФЗ «О страховании вкладов в банках Российской Федерации»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "возврат просроченной задолженности", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 03.07.2016 № 230-ФЗ «О защите прав и законных интересов физических лиц при осуществлении деятельности по возврату просроченной задолженности»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "оформление страхования через банк", Categories: []*policy.Category{identity, contact, collateral},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "письменным заявлением в банк или страховую компанию", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{insurers}, OptOut: true,
		Required: "страхование добровольно, кроме страхования заложенной недвижимости, которого требует закон, и решение о кредите от него не зависит",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	groupOffers := &policy.Purpose{ID: "group", Name: "предложение и оказание услуг компаний Группы Газпромбанка", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "заявлением в офисе банка или письменным обращением", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "ответы на звонки и обращения и подтверждение распоряжений клиента", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "контроль качества обслуживания и подтверждение того, какие распоряжения давал клиент",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cameras := &policy.Purpose{ID: "video", Name: "видеонаблюдение в офисах и у банкоматов", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность клиентов, работников и ценностей и разбор спорных операций с наличными",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "рассылка рекламы продуктов банка и его партнёров", Categories: []*policy.Category{contact, operations, device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках мобильного банка, позвонив в контактный центр или в офисе банка", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru17Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и мобильного банка", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abroad := &policy.Purpose{ID: "abroad", Name: "переводы за рубеж по поручению клиента и валютный контроль", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{foreign},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 10.12.2003 № 173-ФЗ «О валютном регулировании и валютном контроле»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "117420, г. Москва, ул. Наметкина, д. 16, корп. 1"
	p := &policy.Policy{
		Title:    "политика Банка ГПБ (АО) в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "Банк ГПБ (АО)", Email: "pd@gazprombank.example", Phone: "8 800 100-07-01", Address: address},
			Country: regionRU, Registration: "полное наименование — «Газпромбанк» (Акционерное общество), генеральная лицензия Банка России на осуществление банковских операций № 354"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@gazprombank.example"},
		URL:         "https://gazprombank.example/personal-data-policy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.October, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 02.12.1990 № 395-1 «О банках и банковской деятельности»", Region: regionRU},
			{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»", Region: regionRU},
			{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях»", Region: regionRU},
			{Act: "Федеральный закон от 21.12.2013 № 353-ФЗ «О потребительском кредите (займе)»", Region: regionRU},
			{Act: "Федеральный закон от 16.07.1998 № 102-ФЗ «Об ипотеке (залоге недвижимости)»", Region: regionRU},
			{Act: "Федеральный закон от 22.04.1996 № 39-ФЗ «О рынке ценных бумаг»", Region: regionRU},
			{Act: "Федеральный закон от 27.06.2011 № 161-ФЗ «О национальной платёжной системе»", Region: regionRU},
			{Act: "лицензии и устав банка"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"офисы и банкоматы банка", "сайт gazprombank.ru, мобильный банк и интернет-банк «Газпромбанк»", "контактный центр банка"},
		OtherNotices: []policy.Notice{{Covers: "работников банка и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, finance, children, operations, collateral, tax, investor, credit, biometric, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
		},
		Purposes: []*policy.Purpose{account, salary, loans, family, kyc, taxres, brokerage, scoring, biometrics, fraud, enforcement, deposits, debts, insurance, groupOffers,
			support, cameras, advertising, analytics, abroad},
		Recipients: []*policy.Recipient{employers, agents, messaging, bureaus, domrf, rosreestr, exchanges, ebs, rfm, cbr, fns, bailiffs, asv, nspk, insurers, group, collectors, foreign, metrica},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationPayee, Recipient: foreign, Categories: []*policy.Category{identity, operations},
			Safeguard: policy.SafeguardContractNecessity}},
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
		Rights: fz152Rights("в офисе банка с паспортом или письменным запросом по адресу банка, подписанным собственноручно или электронной подписью"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents:    []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Банк России (интернет-приёмная)", Website: "https://cbr.example/reception"}}},
		Security: append(fz152Security(),
			policy.Measure{Name: "защита информации в финансовых организациях по национальному стандарту ГОСТ Р 57580.1-2017, как требует Банк России"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		Children: policy.Children{MinimumAge: 14, ConsentAge: 18,
			Note: "Кредиты и ипотека предоставляются только совершеннолетним; дебетовую карту несовершеннолетний с 14 лет получает с согласия родителя."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@gazprombank.example", Phone: "8 800 100-07-01", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"state-owned bank (Gazprombank)", p, []statement{
		{says: "the operator is Bank GPB (JSC), in full Gazprombank (Joint-stock Company), in Moscow, named with its general banking licence No. 354", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "№ 354") && strings.Contains(p.Controller.Address, "Москва") && strings.Contains(p.Controller.Registration, "Газпромбанк")
		}},
		{says: "the bank has appointed a person responsible for organising the processing of personal data, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, blocking, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the bank processes data under the Constitution, the Civil and Tax Codes, the laws on banks, money laundering, credit histories, consumer credit, mortgages, the securities market and the payment system, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 11
		}},
		{says: "the policy covers the offices and ATMs, the website with the mobile and internet bank, and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the data of the bank's employees and job candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "to identify a customer the bank collects the name and earlier names, date and place of birth, citizenship, identity document, address, INN and SNILS, and checks the passport in state information systems", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 6 && strings.Contains(c.SourceDetail, "паспорта") && p.Purpose("kyc").Uses(c)
		}},
		{says: "the bank identifies customers, their representatives, beneficiaries and beneficial owners, reports to Rosfinmonitoring as the anti-money-laundering law requires, and does not serve a customer it cannot identify", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.RestsOn(policy.BasisLegalObligation, policy.FZ152) && k.Required != "" && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "the bank does not tell a customer of a report made about them under that law", typed: func(p *policy.Policy) bool { return len(p.Purpose("kyc").TippingOff) == 1 }},
		{says: "the bank may refuse or suspend an operation or remote banking under that law, and the customer can give the documents asked for or apply to the commission at the Bank of Russia", typed: func(p *policy.Policy) bool {
			s := p.Purpose("kyc").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && slices.Contains(s.Grounds, policy.SuspensionGroundMoneyLaundering) && s.Contest != ""
		}},
		{says: "identification data and operations are kept for five years after the relationship with the customer ends, as that law requires", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations, collateral, investments and credit histories are banking secrecy", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"operations", "collateral", "investor", "credit"} {
				if p.Category(id).Secrecy.Kind != policy.SecrecyBanking {
					return false
				}
			}
			return len(p.Category("operations").Secrecy.Laws) == 1
		}},
		{says: "accounts, cards and deposits are opened and serviced under the contract with the customer, which cannot be concluded without identification data and a phone number", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("account").Required != ""
		}},
		{says: "under a salary project the employer gives the bank the data of its employees, confirming it may do so, and the bank issues their cards and tells the employer the account numbers to pay wages to", typed: func(p *policy.Policy) bool {
			s := p.Purpose("salary")
			return othersGive(p, "identity") && strings.Contains(p.Category("identity").SourceDetail, "зарплатных") && slices.Contains(s.Recipients, recipient(p, "employers")) &&
				recipient(p, "employers").Role == policy.RoleThirdParty
		}},
		{says: "an employee may choose to receive wages at another bank", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("salary").Required, "другом банке")
		}},
		{says: "for a loan the customer states employment, income, other debts, family and education, which the employer or the Social Fund may confirm", typed: func(p *policy.Policy) bool {
			return p.Purpose("loans").Uses(p.Category("finance")) && len(p.Category("finance").Items) == 4 && strings.Contains(p.Category("finance").SourceDetail, "Социальный фонд")
		}},
		{says: "for a mortgage the bank records the property pledged, its valuation and the register extract, from appraisers, developers and Rosreestr", typed: func(p *policy.Policy) bool {
			return p.Purpose("loans").Uses(p.Category("collateral")) && strings.Contains(p.Category("collateral").SourceDetail, "Росреестр")
		}},
		{says: "the pledge and property deals are registered with Rosreestr, also electronically", typed: func(p *policy.Policy) bool {
			return recipient(p, "rosreestr").Role == policy.RoleAuthority && slices.Contains(p.Purpose("loans").Recipients, recipient(p, "rosreestr"))
		}},
		{says: "developers and estate agencies take mortgage applications and couriers deliver cards on the bank's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleProcessor && strings.Contains(recipient(p, "agents").Name, "застройщики")
		}},
		{says: "for the family mortgage a borrower gives the names, dates of birth and birth certificates of the children, without which that loan is not granted", typed: func(p *policy.Policy) bool {
			return othersGive(p, "children") && p.Purpose("family").Uses(p.Category("children")) && p.Purpose("family").Required != ""
		}},
		{says: "for a mortgage with state support the data goes to DOM.RF, which operates the programmes and compensates the bank", typed: func(p *policy.Policy) bool {
			r := recipient(p, "domrf")
			return r.Conditional && slices.Contains(r.Categories, p.Category("children"))
		}},
		{says: "the bank asks each customer for the states of tax residency and the foreign taxpayer number, and reports foreign tax residents to the Federal Tax Service under chapter 20.1 of the Tax Code", typed: func(p *policy.Policy) bool {
			t := p.Purpose("taxres")
			return t.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(t.Obligations[0].Act, "20.1") && slices.Contains(recipient(p, "fns").Categories, p.Category("tax"))
		}},
		{says: "a customer who does not give that information may be refused a contract or an operation", typed: func(p *policy.Policy) bool { return p.Purpose("taxres").Required != "" }},
		{says: "for brokerage, depository services and trust management the bank records the investment profile and tests non-qualified investors, as the securities market law requires", typed: func(p *policy.Policy) bool {
			b := p.Purpose("brokerage")
			return b.RestsOn(policy.BasisLegalObligation, policy.FZ152) && b.RestsOn(policy.BasisContract, policy.FZ152) && b.Uses(p.Category("investor")) && b.Required != ""
		}},
		{says: "exchanges, clearing organisations, depositories and registrars receive what the customer's trades need", typed: func(p *policy.Policy) bool {
			return recipient(p, "exchanges").Role == policy.RoleThirdParty && slices.Contains(recipient(p, "exchanges").Categories, p.Category("investor"))
		}},
		{says: "with written consent the bank requests the credit report, and it reports loans to credit history bureaus as the law on credit histories requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.ConsentMethod == policy.ConsentMethodWritten && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && s.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "bureaus") != nil
		}},
		{says: "a decision on a loan or a credit card and its limit may be taken by the bank's scoring model alone, and the customer may object and have an employee consider it", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "with written consent the bank collects a facial image and a voice recording and places them in the Unified Biometric System", typed: func(p *policy.Policy) bool {
			b := p.Purpose("biometrics")
			return p.Category("biometric").Biometric && b.RestsOn(policy.BasisExplicitConsent, policy.FZ152) && b.ConsentMethod == policy.ConsentMethodWritten && recipient(p, "ebs") != nil
		}},
		{says: "giving biometric data is voluntary, and the consent can be withdrawn in an office or through Gosuslugi, after which the data is destroyed within 30 days", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return p.Purpose("biometrics").Required != "" && strings.Contains(p.Purpose("biometrics").Withdraw, "Госуслуг") && d.From == policy.EventConsentWithdrawal && d.Categories[0] == p.Category("biometric")
		}},
		{says: "the bank checks operations for signs that they are made without the customer's consent, suspends them or blocks the card automatically, and reports such cases to the Bank of Russia", typed: func(p *policy.Policy) bool {
			s := p.Purpose("fraud").Suspension
			return s.Automated == policy.AnswerYes && slices.Contains(s.Grounds, policy.SuspensionGroundUnauthorised) && recipient(p, "cbr").Role == policy.RoleAuthority
		}},
		{says: "a customer confirms a suspended operation or contests it by calling the contact centre or in the mobile bank", typed: func(p *policy.Policy) bool { return p.Purpose("fraud").Suspension.Contest != "" }},
		{says: "card payments and transfers by phone number go through the National Payment Card System", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("account").Recipients, recipient(p, "nspk"))
		}},
		{says: "the bank executes enforcement documents, answers bailiffs and tax authorities, and tells the tax service of accounts opened and closed", typed: func(p *policy.Policy) bool {
			e := p.Purpose("enforcement")
			return e.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(e.Obligations) == 2 && recipient(p, "bailiffs").Conditional && slices.Contains(e.Recipients, recipient(p, "fns"))
		}},
		{says: "the bank keeps a register of its obligations to depositors, which goes to the Deposit Insurance Agency if an insured event occurs", typed: func(p *policy.Policy) bool {
			return p.Purpose("deposits").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "asv").Conditional
		}},
		{says: "overdue debts are recovered by the bank and by collection agencies in the state register, within the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional
		}},
		{says: "a customer who takes out insurance through the bank, with SOGAZ or another insurer, agrees to the insurer receiving the data, and the loan does not depend on it, except the insurance of pledged property the law requires", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional && strings.Contains(recipient(p, "insurers").Name, "СОГАЗ")
		}},
		{says: "with the customer's consent the bank passes data to the companies of its group to offer their services", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "group").Role == policy.RoleThirdParty
		}},
		{says: "calls are recorded after a warning, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "offices and ATMs are under video surveillance", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("video").Subjects, policy.DataSubjectPremisesVisitors)
		}},
		{says: "advertising of the bank's and partners' products is sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the mobile bank, by calling or in an office", typed: func(p *policy.Policy) bool {
			a := p.Purpose("advertising")
			return a.DirectMarketing && len(a.ConsentRequiredBy) == 1 && a.Withdraw != "" && a.ConsentLogged
		}},
		{says: "the website uses session cookies and Yandex Metrica, which the visitor can forbid in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "for a transfer abroad the payer's details go to the payee's bank in the country the customer chooses, under currency control", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && len(p.Purpose("abroad").Obligations) == 1
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
		{says: "a customer has the rights of Art. 14 to 17, exercised in an office or by a signed written request, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "электронной подписью")
		}},
		{says: "a complaint about the bank may also go to the Bank of Russia through its internet reception", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 1 && p.Redress[0].Kind == policy.RedressRegulator
		}},
		{says: "a request states the identity document, the contract and the signature, may be signed electronically, is answered within 10 working days, extendable by 5, and may be repeated after 30 days", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5) && r.RepeatAfter == policy.Days(30)
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standard GOST R 57580.1-2017, and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "57580") }) &&
				slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the bank never asks for codes from SMS messages or the card's details by phone, and the customer keeps them secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "loans and mortgages are for adults, and a minor from 14 may have a debit card with a parent's consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the bank entrusts processing to others only under a contract that binds them to confidentiality and to the security measures of Art. 19", free: toIntroduction},
	}}
}

// realPolicyRu17Skyeng paraphrases, in our own words and as we recall it,
// the policy on the processing of personal data of Skyeng LLC (ООО
// «Скаенг»), which runs the online school of English Skyeng with its
// Vimbox learning platform, website and apps, with the offer and the
// consent it refers to, as published in 2024-2025 (its registration
// numbers, its educational licence and the exact dates of its versions
// are left out, since we do not recall them exactly). A student, or for a
// child the parent who concludes the contract, signs up with a phone
// number and takes a placement test; teachers who work for the school
// under contracts give lessons on the platform, which records them; the
// school picks exercises from each student's level and mistakes; lessons
// are paid by card or in instalments through partner banks, and the
// school issues the certificate of payment for the social tax deduction
// and, on request, sends it to the tax service; employers pay for the
// training of their employees and receive reports on their attendance and
// progress; students who invite friends give their contacts for a free
// trial lesson; sales and support calls are recorded; advertising is
// sent, and the school's advertising shown on other websites, by consent;
// data is kept in Russia.
func realPolicyRu17Skyeng() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные учётной записи",
		Items:       []string{"имя и фамилия", "номер телефона и адрес электронной почты", "возраст", "город и часовой пояс", "фотография профиля, если её загрузили"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	child := &policy.Category{ID: "child", Name: "данные ребёнка, которого учит школа",
		Items:       []string{"имя и возраст ребёнка", "класс школы, в котором он учится", "имя, под которым он занимается на платформе"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	learning := &policy.Category{ID: "learning", Name: "данные об обучении",
		Items: []string{"уровень языка и результаты вводного тестирования", "цели обучения и интересы", "расписание и посещаемость уроков",
			"домашние задания, тесты и их оценки", "ошибки, которые ученик делает в упражнениях", "комментарии преподавателя о прогрессе"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	lessons := &policy.Category{ID: "lessons", Name: "записи уроков", Items: []string{"видео- и аудиозапись урока на платформе", "сообщения в чате урока"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	payment := &policy.Category{ID: "payment", Name: "договоры и платежи",
		Items:       []string{"акцептованная оферта и выбранный пакет уроков", "суммы и даты платежей и возвратов", "статус рассрочки или кредита"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "банки и платёжные сервисы, принимающие оплату и выдающие рассрочку",
		Retention: policy.AsRequiredBy(ru17Accounting), Linked: true}
	taxpayer := &policy.Category{ID: "taxpayer", Name: "сведения для справки об оплате образовательных услуг",
		Items: []string{"фамилия, имя и отчество налогоплательщика", "его ИНН или, если ИНН нет, реквизиты документа, удостоверяющего личность", "дата рождения налогоплательщика",
			"фамилия, имя, отчество и дата рождения учащегося, если платил не он сам"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, ст. 23 (4 года)"), Linked: true}
	staff := &policy.Category{ID: "staff", Name: "данные работников корпоративных клиентов", Items: []string{"фамилия и имя", "рабочий адрес электронной почты", "должность и подразделение"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(1), policy.EventContractEnd), Linked: true}
	friends := &policy.Category{ID: "friends", Name: "контакты приглашённых друзей", Items: []string{"имя и номер телефона друга, которые указал участник программы «Приведи друга»"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Days(30), policy.EventCollection), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "звонки и обращения", Items: []string{"записи разговоров с менеджерами и службой поддержки", "переписка в чатах поддержки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie и рекламный идентификатор", "браузер, модель устройства и операционная система", "качество связи во время урока", "действия на сайте, на платформе и в приложениях"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	teachers := &policy.Recipient{ID: "teachers", Name: "преподаватели, которые ведут уроки по договору со школой", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, child, learning, lessons}, Purpose: "проводить уроки, проверять домашние задания и отмечать прогресс ученика по поручению школы"}
	cloud := &policy.Recipient{ID: "cloud", Name: "поставщики облачной инфраструктуры и видеосвязи с центрами обработки данных в России", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, child, learning, lessons, device}, Purpose: "хранить данные платформы и передавать видео и звук уроков по поручению школы", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, payment},
		Purpose: "принимать оплату уроков и возвращать деньги", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки-партнёры, предоставляющие рассрочку и кредиты на обучение", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, payment},
		Purpose: "клиент подаёт заявку на рассрочку или кредит для оплаты уроков", Country: regionRU, Conditional: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{payment},
		Purpose: "передавать чеки в ФНС России и направлять клиенту электронный чек", Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{taxpayer, payment},
		Purpose: "налогоплательщик просит школу передать справку об оплате обучения в налоговый орган", Country: regionRU, Conditional: true}
	employers := &policy.Recipient{ID: "employers", Name: "организации, оплачивающие обучение своих работников", Role: policy.RoleThirdParty, Categories: []*policy.Category{staff, learning},
		Purpose: "получать отчёты о посещаемости и прогрессе работников, которых они направили на обучение", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account, friends}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	vk := &policy.Recipient{ID: "vk", Name: "ООО «ВК» (VK Реклама)", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "показывать рекламу школы посетителям её сайта на других сайтах и в приложениях и считать её эффективность", Country: regionRU}

	contract := &policy.Purpose{ID: "contract", Name: "заключение и исполнение договора об оказании образовательных услуг: подбор преподавателя, составление расписания и проведение уроков",
		Categories: []*policy.Category{account, learning, payment}, Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{teachers, cloud, mailers},
		Required: "без номера телефона или адреса электронной почты нельзя создать учётную запись и записаться на урок",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	kids := &policy.Purpose{ID: "kids", Name: "обучение детей по договору, который заключает родитель или иной законный представитель", Categories: []*policy.Category{account, child, learning},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{teachers, cloud},
		Required: "договор за ребёнка заключает и оплачивает родитель; без его данных и данных ребёнка ребёнок не может заниматься",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	exercises := &policy.Purpose{ID: "exercises", Name: "подбор упражнений и материалов по уровню, целям и ошибкам ученика", Categories: []*policy.Category{learning},
		Bases: []policy.Basis{policy.BasisContract}, Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	recording := &policy.Purpose{ID: "recording", Name: "запись уроков для контроля их качества и разбора жалоб", Categories: []*policy.Category{account, lessons},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "проверка качества уроков и разбор споров о том, был ли урок проведён и как", Recipients: []*policy.Recipient{cloud},
		Subjects: []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	payingFor := &policy.Purpose{ID: "payment", Name: "приём оплаты, возврат денег за неиспользованные уроки и выдача чеков", Categories: []*policy.Category{account, payment},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{payments, ofd},
		Obligations: []policy.Obligation{{Act: ru17Cash, Region: regionRU}, {Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Required:    "без оплаты пакета уроки не проводятся",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	instalments := &policy.Purpose{ID: "instalments", Name: "оформление рассрочки или кредита на обучение в банке-партнёре", Categories: []*policy.Category{account, payment},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "письмом в службу поддержки или в банк", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true,
		Recipients: []*policy.Recipient{banks},
		Required:   "рассрочка добровольна, уроки можно оплатить и сразу",
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	deduction := &policy.Purpose{ID: "deduction", Name: "выдача справки об оплате образовательных услуг для социального налогового вычета", Categories: []*policy.Category{taxpayer, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fns},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 219", Region: regionRU}},
		Required:    "без ИНН или паспортных данных налогоплательщика справку выдать нельзя; заказывать её не обязательно",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	corporate := &policy.Purpose{ID: "corporate", Name: "корпоративное обучение работников организаций по договору с ними", Categories: []*policy.Category{staff, learning},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "исполнение договора с организацией, которая оплачивает обучение своих работников и получает отчёты о нём",
		Recipients: []*policy.Recipient{employers, teachers},
		Subjects:   []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	referral := &policy.Purpose{ID: "referral", DirectMarketing: true, Name: "приглашение друзей на бесплатный пробный урок по программе «Приведи друга» и начисление бонусных уроков пригласившему",
		Categories: []*policy.Category{account, friends},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись при первом звонке или написав в службу поддержки", OptOut: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru17Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения, перенос и отмена уроков, контроль качества работы менеджеров", Categories: []*policy.Category{account, learning, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "решение вопросов, с которыми обращаются ученики и родители, и проверка того, что менеджеры говорят клиентам",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "информирование о курсах, акциях и скидках по телефону, в SMS-сообщениях, письмах и push-уведомлениях",
		Categories: []*policy.Category{account, learning},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "по ссылке в письме, в настройках личного кабинета или сообщив менеджеру во время звонка", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru17Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "показ рекламы школы на других сайтах посетителям её сайта", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true, Profiling: true,
		Recipients: []*policy.Recipient{vk},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта, платформы и приложений", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:       "политика ООО «Скаенг» в отношении обработки персональных данных",
		Language:    language.Russian,
		Controller:  policy.Controller{Contact: policy.Contact{Name: "ООО «Скаенг»", Email: "privacy@skyeng.example", Address: "г. Москва"}, Country: regionRU, Registration: "лицензия на осуществление образовательной деятельности"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "privacy@skyeng.example"},
		URL:         "https://legal.skyeng.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "договор-оферта об оказании образовательных услуг и согласия, которые даёт пользователь"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:        []string{"сайт skyeng.ru", "учебная платформа Vimbox", "приложения Skyeng для телефонов и компьютеров"},
		OtherNotices: []policy.Notice{{Covers: "преподавателей и кандидатов в преподаватели"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation,
			policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, child, learning, lessons, payment, taxpayer, staff, friends, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "номер и код безопасности банковской карты", Category: payment, Note: "Их вводят на странице платёжного сервиса."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Записи уроков не используются для установления личности."},
		},
		Purposes:    []*policy.Purpose{contract, kids, exercises, recording, payingFor, instalments, deduction, corporate, referral, support, marketing, ads, analytics},
		Recipients:  []*policy.Recipient{teachers, cloud, payments, banks, ofd, fns, employers, mailers, metrica, vk},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, child, learning, lessons}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{friends, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie входа в личный кабинет", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Months(1)), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
			{ID: "vk", Name: "пиксель VK Рекламы", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: vk, Purpose: ads, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в личном кабинете, письмом на privacy@skyeng.example или по почте на адрес школы"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Children:             policy.Children{MinimumAge: 18, ParentalConsent: true},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "privacy@skyeng.example"},
	}
	ru14Breach(p)
	return realPolicy{"online language school (Skyeng)", p, []statement{
		{says: "the operator is Skyeng LLC in Moscow, which holds an educational licence", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Скаенг") && strings.Contains(p.Controller.Registration, "образовательной")
		}},
		{says: "the school has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website, the Vimbox platform and the apps", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 && strings.Contains(p.Scope[1], "Vimbox") }},
		{says: "the policy opens by defining the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 7 }},
		{says: "the school processes data under the Civil and Tax Codes, the laws on education, consumer protection and advertising, its offer and the user's consents", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "the data of teachers and candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "a student signs up with a phone number or email and gives a name, age, city and time zone, without which no lesson can be booked", typed: func(p *policy.Policy) bool {
			return len(p.Category("account").Items) == 5 && p.Purpose("contract").Required != ""
		}},
		{says: "the school records the level from the placement test, goals, schedule and attendance, homework and tests, mistakes and the teacher's comments", typed: func(p *policy.Policy) bool {
			return len(p.Category("learning").Items) == 6 && p.Purpose("contract").Uses(p.Category("learning"))
		}},
		{says: "lessons are given under the contract concluded by accepting the offer", typed: func(p *policy.Policy) bool {
			return p.Purpose("contract").RestsOn(policy.BasisContract, policy.FZ152) && strings.Contains(p.Category("payment").Items[0], "оферта")
		}},
		{says: "teachers who work for the school under contracts see the student's data and give lessons on its instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "teachers").Role == policy.RoleProcessor && slices.Contains(recipient(p, "teachers").Categories, p.Category("lessons"))
		}},
		{says: "for a child the parent concludes and pays the contract and gives the child's name, age and school year", typed: func(p *policy.Policy) bool {
			return othersGive(p, "child") && p.Purpose("kids").Uses(p.Category("child")) && p.Purpose("kids").Required != ""
		}},
		{says: "minors study only with the consent of a parent or legal representative", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && p.Children.ParentalConsent
		}},
		{says: "exercises and materials are chosen from the student's level, goals and mistakes", typed: func(p *policy.Policy) bool {
			return p.Purpose("exercises").Profiling && p.Purpose("exercises").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "lessons on the platform are recorded, which participants are told of, to check their quality and settle complaints", typed: func(p *policy.Policy) bool {
			return p.Category("lessons").RecordingNotice && p.Purpose("recording").Interest != ""
		}},
		{says: "lesson recordings are kept for a year and are not used to identify anyone", typed: func(p *policy.Policy) bool {
			return p.Category("lessons").Retention.Period == policy.Years(1) && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "the platform's data and the video of lessons are kept and carried by cloud and video providers with data centres in Russia on the school's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "cloud").Role == policy.RoleProcessor && recipient(p, "cloud").Country == regionRU
		}},
		{says: "lessons are paid in packages through banks and payment services, which also refund unused lessons, and the school never sees the card number", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and payments are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("payment").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil && p.Category("payment").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "with the customer's consent an application for instalments or a loan goes to a partner bank, and paying at once stays possible", typed: func(p *policy.Policy) bool {
			i := p.Purpose("instalments")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "banks").Conditional
		}},
		{says: "for the social tax deduction the school issues a certificate of payment with the taxpayer's and the student's details, and sends it to the tax service at the taxpayer's request", typed: func(p *policy.Policy) bool {
			d := p.Purpose("deduction")
			return d.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(p.Category("taxpayer").Items) == 4 && recipient(p, "fns").Conditional
		}},
		{says: "an employer that pays for its employees' lessons gives their names, work emails and positions, confirming it may do so, and receives reports on their attendance and progress", typed: func(p *policy.Policy) bool {
			c := p.Purpose("corporate")
			return othersGive(p, "staff") && slices.Contains(c.Subjects, policy.DataSubjectCounterparties) && slices.Contains(recipient(p, "employers").Categories, p.Category("learning"))
		}},
		{says: "a student who invites a friend gives the friend's name and phone, confirming the friend agrees, and the school offers the friend a free trial lesson", typed: func(p *policy.Policy) bool {
			r := p.Purpose("referral")
			return othersGive(p, "friends") && r.DirectMarketing && r.RestsOn(policy.BasisConsent, policy.FZ152)
		}},
		{says: "a friend who refuses on the first call or by writing to support is not contacted again, and the friend's contacts are destroyed within 30 days", typed: func(p *policy.Policy) bool {
			return p.Purpose("referral").Withdraw != "" && p.Category("friends").Retention.Period == policy.Days(30) && slices.Contains(p.Deletion[2].Categories, p.Category("friends"))
		}},
		{says: "calls with managers and support are recorded after a warning, to resolve requests and check what managers tell customers", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "news of courses, promotions and discounts are sent and called about only with consent, as the law on advertising requires, and the consent can be withdrawn with the link in an email, in the account or during a call", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.ConsentLogged && strings.Contains(m.Withdraw, "звонка")
		}},
		{says: "the school's advertising is shown to visitors of its website on other websites through VK Advertising's pixel, which a visitor can turn off", typed: func(p *policy.Policy) bool {
			c := cookie(p, "vk")
			return c.Technology == policy.TechnologyPixel && c.Provider == recipient(p, "vk") && p.Purpose("ads").Withdraw != ""
		}},
		{says: "the website, platform and apps use the cookies needed for signing in, Yandex Metrica and AppMetrica", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Provider == recipient(p, "metrica")
		}},
		{says: "the policy does not cover the websites of others that the school links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the school does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a student by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a user can have the account deleted, and its data is destroyed within 30 days, except what the law requires to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && d.Total() == policy.Days(30)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "users have the rights of Art. 14 to 17, exercised in the account or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "личном кабинете")
		}},
		{says: "a request may be made while signed in, from the account's email address or in writing with the identity document and signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return slices.Contains(r.Verification, policy.VerificationEmail) && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5) && len(r.Contents) == 4
		}},
		{says: "the school protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the user answers for the accuracy of the data given and, when giving a child's, an employee's or a friend's data, for having the right to give it and telling them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a parent sees the child's schedule, homework and progress in the parent's own account", free: toChildren},
		{says: "the student can watch the recording of a past lesson on the platform", free: toPurpose("recording")},
	}}
}

// realPolicyRu17LemanaPro paraphrases, in our own words and as we recall
// it, the policy on the processing of personal data of Lemana Pro LLC
// (ООО «Лемана Про»), until 2024 Leroy Merlin Vostok LLC (ООО «Леруа
// Мерлен Восток»), which runs the Lemana PRO (formerly Leroy Merlin)
// home improvement stores in Russia, the online shop and the marketplace
// on lemanapro.ru and the app, as published in 2024-2025 (its
// registration numbers and the exact dates of its versions are left out,
// since we do not recall them exactly): an account signed in to with a
// phone number; goods picked up in stores or delivered, with the floor and
// the lift for heavy goods; goods of other sellers on the marketplace,
// who receive the order to deliver it; measurement, design projects and
// installation at the customer's home by contractors; a programme for
// professional builders and finishers; purchases by companies through
// their representatives; loans and instalments through partner banks;
// returns and claims under the consumer protection law; public reviews
// with photos, moderated; recommendations under published rules;
// recorded calls; video in stores; advertising by consent; cookies;
// localisation in Russia and the rights of 152-FZ.
func realPolicyRu17LemanaPro() realPolicy {
	all := policy.Actions()
	account := &policy.Category{ID: "account", Name: "данные учётной записи",
		Items:       []string{"номер телефона", "имя и фамилия", "адрес электронной почты, если его указали", "магазин, выбранный для покупок"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "заказы и покупки",
		Items: []string{"заказанные товары и услуги, их цены и скидки", "магазин, пункт выдачи или адрес доставки и дата", "чеки, накладные и гарантийные документы",
			"возвраты и обмены"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru17Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "данные для доставки",
		Items:       []string{"адрес доставки", "этаж, наличие грузового лифта и нужен ли подъём товара", "имя и телефон получателя", "согласованные дата и время доставки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	project := &policy.Category{ID: "project", Name: "данные для замера, дизайн-проекта и монтажа",
		Items: []string{"адрес объекта и контакт для доступа в помещение", "размеры помещения и результаты замера", "дизайн-проект кухни, ванной или другого помещения",
			"фотографии помещения, если их прислали", "состав, сроки и стоимость работ"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	pro := &policy.Category{ID: "pro", Name: "данные участников программы для профессионалов",
		Items:       []string{"статус: самозанятый, индивидуальный предприниматель или работник организации", "ИНН", "виды работ, которые выполняет участник", "уровень участника и начисленные бонусы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	company := &policy.Category{ID: "company", Name: "данные представителей покупателей — юридических лиц и индивидуальных предпринимателей",
		Items:       []string{"фамилия, имя и отчество", "должность и доверенность", "рабочие телефон и адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "организация или предприниматель, от имени которых действует представитель",
		Retention: policy.AsRequiredBy(ru17Accounting), Linked: true}
	loan := &policy.Category{ID: "loan", Name: "заявки на кредит и рассрочку", Items: []string{"паспортные данные", "адрес регистрации", "место работы и доход", "решение банка по заявке"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "банки-партнёры, которые рассматривают заявку",
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "отзывы и вопросы о товарах",
		Items:       []string{"имя, под которым публикуется отзыв", "текст отзыва, оценка и фотографии", "вопросы о товарах и ответы на них", "отметка о том, что автор купил товар"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения в контактный центр", Items: []string{"записи телефонных разговоров", "переписка в чате на сайте и в приложении", "претензии и ответы на них"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи в магазинах", Items: []string{"изображения людей в торговых залах, на кассах, в зонах выдачи заказов и на парковках"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie и рекламный идентификатор", "браузер, модель устройства и операционная система", "просмотренные товары, поисковые запросы и корзина"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "интересы, определённые по покупкам и просмотрам", Items: []string{"товары и виды работ, которые интересуют покупателя", "рекомендованные товары и показанные предложения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, device},
		Retention: policy.WhileAccountActive(policy.Period{}), Linked: true}

	sellers := &policy.Recipient{ID: "sellers", Name: "продавцы маркетплейса — организации и предприниматели, товары которых продаются на сайте", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account, orders, delivery}, Purpose: "собирать и доставлять заказанные у них товары, принимать возвраты и отвечать на претензии", Country: regionRU}
	carriers := &policy.Recipient{ID: "carriers", Name: "транспортные компании и операторы пунктов выдачи", Role: policy.RoleProcessor, Categories: []*policy.Category{account, delivery},
		Purpose: "доставлять заказы и выдавать их в пунктах выдачи по поручению компании", Country: regionRU}
	installers := &policy.Recipient{ID: "installers", Name: "подрядчики, выполняющие замер, сборку и монтаж", Role: policy.RoleProcessor, Categories: []*policy.Category{account, delivery, project},
		Purpose: "приезжать к покупателю, чтобы выполнить замер, сборку или монтаж, по поручению компании", Country: regionRU}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "принимать оплату на сайте и картой в магазинах и возвращать деньги", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки-партнёры, предоставляющие кредиты и рассрочку на покупки", Role: policy.RoleThirdParty, Categories: []*policy.Category{account, loan},
		Purpose: "покупатель подаёт заявку на кредит или рассрочку", Country: regionRU, Conditional: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{account}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	signUp := &policy.Purpose{ID: "account", Name: "регистрация и ведение учётной записи на сайте и в приложении", Categories: []*policy.Category{account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "для учётной записи нужен номер телефона, подтверждённый кодом из SMS-сообщения; купить товар в магазине можно и без неё",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "sales", Name: "продажа товаров в магазинах и на сайте, самовывоз и доставка, в том числе с подъёмом на этаж", Categories: []*policy.Category{account, orders, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{carriers, payments},
		Required: "для заказа на сайте нужны имя и телефон, а для доставки — адрес; без них заказ нельзя оформить или доставить",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketplace := &policy.Purpose{ID: "marketplace", Name: "оформление заказов на товары других продавцов на маркетплейсе", Categories: []*policy.Category{account, orders, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{sellers, payments},
		Required: "продавец получает имя, телефон и адрес покупателя; без них заказ у продавца нельзя оформить",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	services := &policy.Purpose{ID: "services", Name: "замер, дизайн-проекты, сборка и монтаж", Categories: []*policy.Category{account, orders, project},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{installers},
		Required: "без адреса объекта и контактного телефона замер и монтаж не могут быть выполнены",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	proProgramme := &policy.Purpose{ID: "pro", Name: "участие в программе для профессионалов: специальные цены, бонусы и уровни участника", Categories: []*policy.Category{account, orders, pro},
		Bases:    []policy.Basis{policy.BasisContract},
		Required: "участником программы может стать только тот, кто укажет статус, ИНН и виды работ; покупать можно и без участия в ней",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	business := &policy.Purpose{ID: "business", Name: "заключение и исполнение договоров с покупателями — юридическими лицами и индивидуальными предпринимателями", Categories: []*policy.Category{company, orders},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "исполнение договора с организацией или предпринимателем через уполномоченного ими представителя",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{orders, company},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru17Cash, Region: regionRU}, {Act: "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	credit := &policy.Purpose{ID: "credit", Name: "передача заявок на кредит и рассрочку в банки-партнёры", Categories: []*policy.Category{account, loan},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "письменным обращением в компанию или в банк", OptOut: true,
		Recipients: []*policy.Recipient{banks},
		Required:   "кредит и рассрочка добровольны, и товар можно оплатить любым другим способом",
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	returns := &policy.Purpose{ID: "returns", Name: "возврат и обмен товаров, рассмотрение претензий к товарам и работам", Categories: []*policy.Category{account, orders, project, calls},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sellers, installers},
		Obligations: []policy.Obligation{{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей», ст. 18–25 и 29", Region: regionRU}},
		Required:    "без имени, телефона и документа о покупке претензию нельзя рассмотреть, а деньги — вернуть",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	publish := &policy.Purpose{ID: "reviews", Name: "публикация отзывов и вопросов о товарах", Categories: []*policy.Category{account, reviews, orders},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Withdraw: "удалив отзыв в учётной записи или написав в контактный центр", OptOut: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent}, Automated: policy.AnswerNo, Contest: "написав в контактный центр"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "рекомендации товаров и персональные предложения на сайте и в приложении", Categories: []*policy.Category{orders, device, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показывать каждому покупателю прежде всего товары, которые ему, вероятно, нужны для его ремонта", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения в контактный центр и контроль качества обслуживания", Categories: []*policy.Category{account, orders, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "решение вопросов и претензий покупателей и проверка работы контактного центра",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в магазинах", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность покупателей и работников и защита товаров от хищений",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, новостей об акциях и персональных предложений", Categories: []*policy.Category{account, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках учётной записи, по ссылке в письме или позвонив в контактный центр", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru17Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в браузере или сбросив рекламный идентификатор в настройках телефона", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "141031, Московская обл., г. Мытищи, Осташковское ш., д. 1"
	p := &policy.Policy{
		Title:           "политика ООО «Лемана Про» в отношении обработки персональных данных",
		Language:        language.Russian,
		Acknowledgement: true,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Лемана Про»", Email: "pd@lemanapro.example", Address: address},
			Country: regionRU, Registration: "прежнее наименование — ООО «Леруа Мерлен Восток»"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@lemanapro.example"},
		URL:         "https://lemanapro.example/legal/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.November, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»", Region: regionRU},
			{Act: "Правила продажи товаров по договору розничной купли-продажи, утверждённые постановлением Правительства Российской Федерации от 31.12.2020 № 2463", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники»", Region: regionRU},
			{Act: "устав компании и договоры с покупателями"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:        []string{"магазины «Лемана ПРО»", "сайт lemanapro.ru с маркетплейсом и приложение «Лемана ПРО»", "программа для профессионалов"},
		OtherNotices: []policy.Notice{{Covers: "работников компании и кандидатов на вакансии"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleMinimisation,
			policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{account, orders, delivery, project, pro, company, loan, reviews, calls, video, device, interests},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "данные банковских карт", Category: orders, Note: "Карту оплачивают на терминале в магазине или на платёжной странице банка."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Видеозаписи в магазинах не используются для установления личности."},
		},
		Purposes:    []*policy.Purpose{signUp, sales, marketplace, services, proProgramme, business, receipts, credit, returns, publish, recommend, support, cctv, marketing, analytics},
		Recipients:  []*policy.Recipient{sellers, carriers, installers, payments, banks, ofd, mailers, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{account, pro, interests}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для работы сайта, например выбранный магазин и корзина", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("письмом на pd@lemanapro.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy},
		Links:                policy.Links{Recommendations: "https://lemanapro.example/legal/recommendations"},
		Children:             policy.Children{MinimumAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@lemanapro.example", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"home improvement retail chain (Lemana PRO)", p, []statement{
		{says: "the operator is Lemana Pro LLC in Mytishchi near Moscow, formerly Leroy Merlin Vostok LLC", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Name, "Лемана") && strings.Contains(p.Controller.Registration, "Леруа Мерлен") && strings.Contains(p.Controller.Address, "Мытищи")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the stores, the website with its marketplace and the app, and the programme for professionals", typed: func(p *policy.Policy) bool {
			return len(p.Scope) == 3 && strings.Contains(p.Scope[1], "маркетплейсом")
		}},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDissemination)
		}},
		{says: "the company processes data under the Civil Code, the consumer protection law and the rules for retail sale, the laws on advertising and cash registers, its charter and its contracts", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "by using the website the user confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "the data of employees and job candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "an account is opened with a phone number confirmed by a code, and a customer can buy in a store without one", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "без неё") && len(p.Category("account").Items) == 4
		}},
		{says: "an online order needs a name and a phone number, and delivery the address, the floor and whether there is a goods lift", typed: func(p *policy.Policy) bool {
			return p.Purpose("sales").Required != "" && strings.Contains(p.Category("delivery").Items[1], "лифта")
		}},
		{says: "goods may be delivered to someone else, whose name and phone the customer gives with that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "transport companies and pickup point operators deliver orders on the company's instructions, and banks accept payment and make refunds", typed: func(p *policy.Policy) bool {
			return recipient(p, "carriers").Role == policy.RoleProcessor && recipient(p, "payments").Role == policy.RoleThirdParty
		}},
		{says: "the company does not receive bank card details", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("orders") && p.NotCollected[0].Note != ""
		}},
		{says: "the marketplace sells goods of other companies and entrepreneurs, who receive the buyer's name, phone and address to deliver the order and handle returns", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketplace")
			return m.RestsOn(policy.BasisContract, policy.FZ152) && recipient(p, "sellers").Role == policy.RoleThirdParty && m.Required != ""
		}},
		{says: "for measurement, a design project, assembly or installation the company records the address, the room's dimensions, the project and photos, and the works", typed: func(p *policy.Policy) bool {
			return len(p.Category("project").Items) == 5 && p.Purpose("services").Uses(p.Category("project")) && p.Purpose("services").Required != ""
		}},
		{says: "contractors visit the customer to measure, assemble and install on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "installers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("services").Recipients, recipient(p, "installers"))
		}},
		{says: "professionals join a programme with special prices and bonuses by stating their status, INN and the works they do, and anyone may buy without joining", typed: func(p *policy.Policy) bool {
			return p.Purpose("pro").Uses(p.Category("pro")) && strings.Contains(p.Purpose("pro").Required, "без участия")
		}},
		{says: "companies and entrepreneurs buy through representatives, whose name, position, power of attorney and work contacts the company records", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("business").Subjects, policy.DataSubjectCounterparties) && len(p.Category("company").Items) == 3
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and orders are kept for five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "with the customer's consent an application for a loan or instalments goes to partner banks, and paying otherwise stays possible", typed: func(p *policy.Policy) bool {
			c := p.Purpose("credit")
			return c.RestsOn(policy.BasisConsent, policy.FZ152) && c.Required != "" && recipient(p, "banks").Conditional
		}},
		{says: "returns, exchanges and claims about goods and works are handled under the consumer protection law, with the marketplace seller or the contractor where they concern them", typed: func(p *policy.Policy) bool {
			r := p.Purpose("returns")
			return r.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(r.Recipients, recipient(p, "sellers")) && slices.Contains(r.Recipients, recipient(p, "installers"))
		}},
		{says: "reviews, questions and photos are published under the author's name, with consent to their dissemination, and marked when the author bought the goods", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && strings.Contains(c.Items[3], "купил")
		}},
		{says: "an author can delete a review, which ends its publication", typed: func(p *policy.Policy) bool {
			return p.Purpose("reviews").Withdraw != "" && p.Category("reviews").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "moderators remove reviews that break the rules or the law, and the author can contest it through the contact centre", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && s.Automated == policy.AnswerNo && s.Contest != ""
		}},
		{says: "goods and offers are recommended from purchases and browsing, under published rules for the recommendation technologies", typed: func(p *policy.Policy) bool {
			return p.Purpose("recommendations").Profiling && len(p.Category("interests").DerivedFrom) == 2 && p.Links.Recommendations != ""
		}},
		{says: "calls to the contact centre are recorded after a warning, to resolve requests and check its work", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the stores and car parks are under video surveillance, kept 30 days and not used to identify anyone", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30) &&
				p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "advertising and personal offers are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the account, with the link in an email or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "the website uses the cookies it needs, such as for the chosen store and the basket, and Yandex Metrica, which a visitor can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "the policy does not cover the websites of others that the shop links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a customer may have the account deleted, and what the accounting law requires is kept", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
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
			return hasMeasure(p, policy.MeasureIncidentDetection) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the customer answers for the accuracy of the data given", typed: func(p *policy.Policy) bool { return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) }},
		{says: "the website and orders are for adults", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a design project made in a store or in the online planner is kept in the customer's account so that the customer can order the goods in it later", free: toPurpose("services")},
		{says: "a review must not contain other people's personal data or photos in which other people can be recognised", free: toCategory("reviews")},
	}}
}
