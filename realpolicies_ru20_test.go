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
// (Policy.Language): a bank of a foreign banking group, which reports to
// its parent in Austria, makes transfers abroad in foreign currency,
// serves salary projects of employers and brokerage customers and asks
// its customers about their tax residency, the US ones among them; a
// mobile operator of the Rostelecom group with an exchange on which
// subscribers sell one another minutes and gigabytes, and a service that
// shows a subscriber where a relative who agreed to it is; and a chain
// of children's goods stores whose loyalty programme asks parents about
// their children, so as to offer goods for the child's age and to
// congratulate the child on a birthday.

// ru20Accounting is the accounting law's retention of primary documents.
const ru20Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29: 5 лет"

// ru20Advertising is the advertising law's requirement of the addressee's
// prior consent to advertising sent over telecommunications networks.
const ru20Advertising = "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18"

// ru20AML is the anti-money-laundering law.
const ru20AML = "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»"

// ru20Payments is the law on the national payment system.
const ru20Payments = "Федеральный закон от 27.06.2011 № 161-ФЗ «О национальной платёжной системе»"

// ru20Banks is the law on banks, whose Art. 26 lays down banking secrecy.
const ru20Banks = "Федеральный закон от 02.12.1990 № 395-1 «О банках и банковской деятельности»"

// ru20Comms is the law on communications the T2 policy cites for most of
// its obligations.
const ru20Comms = "Федеральный закон от 07.07.2003 № 126-ФЗ «О связи»"

// ru20Cash is the law on cash registers, under which receipts go to the
// tax service through a fiscal data operator.
const ru20Cash = "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2"

// ru20Consumers is the consumer protection law, under which a seller
// takes back goods and answers claims.
const ru20Consumers = "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»"

// realPolicyRu20Raiffeisen paraphrases, in our own words and as we recall
// it, the policy of JSC Raiffeisenbank (АО «Райффайзенбанк»), the Russian
// bank of the Raiffeisen Bank International group, on the processing of
// personal data, as published in 2024-2025 (its OGRN and the exact dates
// of its versions are left out, since we do not recall them exactly):
// customers identified under the anti-money-laundering law, with their
// representatives and the beneficial owners of corporate customers;
// salary projects, for which employers give the bank their employees'
// data; loans decided by scoring, with credit histories; tax residency
// under the Tax Code and, with the customer's consent under Federal Law
// No. 173-FZ, the reporting of US taxpayers to the US tax authority;
// transfers abroad in foreign currency through correspondent banks;
// reports to the parent bank in Austria, with the customer's consent, for
// the group's supervision and risk management; brokerage and the testing
// of unqualified investors; biometrics in the Unified Biometric System;
// fraud checks under the law on the national payment system; requests
// of notaries about a deceased customer's accounts; insurance and the
// group's companies in Russia; the recovery of overdue debts; recorded
// calls and video in offices; advertising by consent; cookies;
// localisation in Russia; and the rights of 152-FZ.
func realPolicyRu20Raiffeisen() realPolicy {
	all := policy.Actions()
	austria := language.MustParseRegion("AT")
	secrecy := policy.Secrecy{Kind: policy.SecrecyBanking, Laws: []policy.Obligation{{Act: ru20Banks + ", ст. 26", Region: regionRU}}}
	aml := ru20AML + ", п. 4 ст. 7: 5 лет со дня прекращения отношений с клиентом"
	identity := &policy.Category{ID: "identity", Name: "идентификационные данные",
		Items: []string{"фамилия, имя и отчество", "дата и место рождения", "гражданство", "реквизиты паспорта или иного документа, удостоверяющего личность",
			"данные миграционной карты и документа о праве пребывания в России — для иностранных граждан", "адрес регистрации и места жительства", "ИНН и СНИЛС"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "государственные информационные системы, в которых банк проверяет действительность паспорта, и Единая система идентификации и аутентификации (Госуслуги), когда клиент подтверждает в ней свои данные",
		Retention:    policy.AsRequiredBy(aml), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"номер мобильного телефона", "адрес электронной почты", "почтовый адрес"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	payroll := &policy.Category{ID: "payroll", Name: "данные работников корпоративных клиентов для зарплатного проекта",
		Items:       []string{"фамилия, имя и отчество работника", "дата рождения и реквизиты паспорта", "номер мобильного телефона", "суммы зачисляемой заработной платы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	finance := &policy.Category{ID: "finance", Name: "сведения о занятости, доходах и семье", Items: []string{"место работы, должность и стаж", "доходы и расходы", "семейное положение и число иждивенцев", "образование"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	operations := &policy.Category{ID: "operations", Name: "счета, карты и операции",
		Items:       []string{"номера счетов и карт", "остатки и лимиты", "платежи, переводы и покупки, в том числе переводы за рубеж в иностранной валюте", "кредиты, вклады и их погашение"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	others := &policy.Category{ID: "others", Name: "данные поручителей, созаёмщиков и контактных лиц", Items: []string{"фамилия, имя и отчество", "номер телефона", "степень родства или иная связь с клиентом"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	corporate := &policy.Category{ID: "corporate", Name: "данные представителей и бенефициарных владельцев корпоративных клиентов",
		Items:       []string{"фамилия, имя и отчество", "реквизиты документа, удостоверяющего личность", "должность и полномочия, доверенность", "доля участия в компании"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.AsRequiredBy(aml), Linked: true}
	credit := &policy.Category{ID: "credit", Name: "кредитная история", Items: []string{"кредитный отчёт", "индивидуальный кредитный рейтинг"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "бюро кредитных историй",
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	tax := &policy.Category{ID: "tax", Name: "сведения о налоговом резидентстве",
		Items: []string{"государства, налоговым резидентом которых является клиент", "иностранный идентификационный номер налогоплательщика",
			"признаки налогоплательщика США: гражданство США, вид на жительство, место рождения или адрес в США"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("Налоговый кодекс Российской Федерации, гл. 20.1"), Linked: true}
	investments := &policy.Category{ID: "investments", Name: "брокерское и депозитарное обслуживание",
		Items:       []string{"инвестиционный профиль клиента", "статус квалифицированного инвестора", "результаты тестирования неквалифицированного инвестора", "сделки с ценными бумагами и остатки на счетах депо"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	biometric := &policy.Category{ID: "biometric", Name: "биометрические персональные данные", Items: []string{"изображение лица", "запись голоса"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Biometric: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "телефонные разговоры и переписка", Items: []string{"записи разговоров с контактным центром", "сообщения в чате приложения «Райффайзен Онлайн»"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(5), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи в отделениях и у банкоматов", Items: []string{"изображения посетителей отделений и людей у банкоматов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(90), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "данные сайта и приложения",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель, идентификаторы и операционная система устройства", "действия в приложении и на сайте"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection), Linked: true}

	employers := &policy.Recipient{ID: "employers", Name: "работодатели — корпоративные клиенты банка, участвующие в зарплатном проекте", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{payroll}, Purpose: "получать подтверждение о зачислении заработной платы на счета своих работников", Country: regionRU}
	messaging := &policy.Recipient{ID: "messaging", Name: "операторы связи и сервисы рассылки SMS-сообщений и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	bureaus := &policy.Recipient{ID: "bureaus", Name: "бюро кредитных историй", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations, credit}, Country: regionRU}
	ebs := &policy.Recipient{ID: "ebs", Name: "оператор Единой биометрической системы", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, biometric},
		Purpose: "размещать биометрические образцы в Единой биометрической системе, чтобы клиента можно было удалённо идентифицировать", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "Федеральная служба по финансовому мониторингу (Росфинмониторинг)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{identity, corporate, operations}, Country: regionRU}
	cbr := &policy.Recipient{ID: "cbr", Name: "Банк России", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, device},
		Purpose: "вносить в свою базу данных сведения о переводах без согласия клиента и о попытках таких переводов и осуществлять надзор за банком", Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, operations, tax},
		Purpose: "сообщать об открытии и закрытии счетов и о клиентах — налоговых резидентах иностранных государств, как требует Налоговый кодекс", Country: regionRU}
	irs := &policy.Recipient{ID: "irs", Name: "Налоговая служба США (Internal Revenue Service)", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, tax, operations},
		Purpose: "клиент — налогоплательщик США дал согласие на передачу сведений о своих счетах в Налоговую службу США", Country: regionUS, Conditional: true}
	correspondents := &policy.Recipient{ID: "correspondents", Name: "банки-корреспонденты и банки получателей переводов за рубежом", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, operations}, Purpose: "исполнять переводы клиента в иностранной валюте получателям за рубежом"}
	rbi := &policy.Recipient{ID: "rbi", Name: "Raiffeisen Bank International AG (Вена, Австрия) — материнский банк группы", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, corporate, credit}, Purpose: "осуществлять консолидированный надзор и управлять рисками группы, в том числе кредитными и санкционными", Country: austria}
	nspk := &policy.Recipient{ID: "nspk", Name: "АО «Национальная система платёжных карт» — оператор платёжной системы «Мир» и Системы быстрых платежей", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{contact, operations}, Purpose: "проводить платежи по картам и переводы по номеру телефона между банками", Country: regionRU}
	asv := &policy.Recipient{ID: "asv", Name: "государственная корпорация «Агентство по страхованию вкладов»", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "наступает страховой случай и Агентство выплачивает вкладчикам возмещение по реестру обязательств банка", Country: regionRU, Conditional: true}
	notaries := &policy.Recipient{ID: "notaries", Name: "нотариусы, ведущие наследственные дела", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, operations},
		Purpose: "клиент умер и нотариус запрашивает сведения о его счетах и вкладах для наследников", Country: regionRU, Conditional: true}
	insurers := &policy.Recipient{ID: "insurers", Name: "страховые компании — партнёры банка", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact},
		Purpose: "клиент оформляет страховку через банк", Country: regionRU, Conditional: true, OwnPolicy: true}
	group := &policy.Recipient{ID: "group", Name: "ООО «Райффайзен Капитал», ООО «Райффайзен-Лизинг» и другие российские компании группы", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, contact}, Purpose: "предлагать клиенту свои продукты и услуги", Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "коллекторские агентства, внесённые в государственный реестр", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, contact, operations},
		Purpose: "задолженность просрочена и банк поручает агентству её взыскание или уступает ему право требования", Country: regionRU, Conditional: true}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	account := &policy.Purpose{ID: "account", Name: "открытие и обслуживание счетов, карт и вкладов, переводы и платежи", Categories: []*policy.Category{identity, contact, operations, device},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging, nspk},
		Required: "без идентификационных данных и номера телефона банк не может открыть счёт или заключить договор",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	salary := &policy.Purpose{ID: "payroll", Name: "выпуск зарплатных карт и зачисление заработной платы по договору с работодателем", Categories: []*policy.Category{payroll, contact},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{employers},
		Required: "без данных работника банк не может выпустить ему зарплатную карту; работник вправе получать заработную плату в другом банке, сообщив работодателю его реквизиты",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	loans := &policy.Purpose{ID: "loans", Name: "предоставление кредитов наличными, кредитных карт и ипотеки", Categories: []*policy.Category{identity, contact, finance, operations, others},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging},
		Required: "без сведений о занятости и доходах банк не может рассмотреть заявку на кредит",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	kyc := &policy.Purpose{ID: "kyc", Name: "идентификация клиентов, их представителей, выгодоприобретателей и бенефициарных владельцев, противодействие отмыванию доходов и финансированию терроризма",
		Categories: []*policy.Category{identity, corporate, operations},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: ru20AML + ", ст. 7", Region: regionRU}},
		TippingOff:  []policy.Obligation{{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ, п. 6 ст. 7", Region: regionRU}},
		Required:    "закон не позволяет банку обслуживать клиента, которого он не идентифицировал",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetRemoteAccess},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundMoneyLaundering}, Reasons: true,
			Contest: "представив в банк запрошенные документы или обратившись в межведомственную комиссию при Банке России"}}
	taxres := &policy.Purpose{ID: "taxres", Name: "выявление клиентов — налоговых резидентов иностранных государств и передача сведений о них в ФНС России", Categories: []*policy.Category{identity, operations, tax},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fns},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 86 и гл. 20.1", Region: regionRU}},
		Required:    "клиенту, не сообщившему сведения о своём налоговом резидентстве, банк вправе отказать в заключении договора",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	fatca := &policy.Purpose{ID: "fatca", Name: "передача сведений о счетах клиентов — налогоплательщиков США в Налоговую службу США", Categories: []*policy.Category{identity, operations, tax},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{irs},
		Withdraw: "письменным заявлением в отделении банка",
		Required: "согласие даёт только клиент — налогоплательщик США; если он его не даёт или отзывает, банк вправе отказать ему в заключении договора или расторгнуть договор, как позволяет Федеральный закон от 28.06.2014 № 173-ФЗ",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	abroad := &policy.Purpose{ID: "abroad", Name: "переводы в иностранной валюте получателям за рубежом", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{correspondents},
		Required: "без фамилии, имени, адреса и номера счёта плательщика банк-корреспондент не исполнит перевод",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	parent := &policy.Purpose{ID: "group-risk", Name: "передача сведений материнскому банку группы для консолидированного надзора и управления рисками", Categories: []*policy.Category{identity, corporate, credit},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{rbi},
		Withdraw: "письменным заявлением в отделении банка",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	scoring := &policy.Purpose{ID: "scoring", Name: "оценка кредитоспособности и передача сведений в бюро кредитных историй", Categories: []*policy.Category{identity, finance, operations, credit},
		Bases: []policy.Basis{policy.BasisConsent, policy.BasisLegalObligation}, Withdraw: "письменным заявлением в отделении банка; сведения, уже переданные в бюро, остаются в кредитной истории",
		ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true, Recipients: []*policy.Recipient{bureaus},
		Obligations:   []policy.Obligation{{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях», ст. 5 и 6", Region: regionRU}},
		Automated:     "решение о выдаче кредита или кредитной карты и о лимите может быть принято скоринговой моделью банка без участия сотрудника; клиент вправе возразить, и тогда заявку рассматривает сотрудник",
		DecisionAreas: []policy.DecisionArea{policy.DecisionFinancial},
		Subjects:      []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	brokerage := &policy.Purpose{ID: "brokerage", Name: "брокерское и депозитарное обслуживание, тестирование неквалифицированных инвесторов", Categories: []*policy.Category{identity, contact, investments},
		Bases:       []policy.Basis{policy.BasisContract, policy.BasisLegalObligation},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 22.04.1996 № 39-ФЗ «О рынке ценных бумаг»", Region: regionRU}},
		Required:    "без тестирования неквалифицированный инвестор не может совершать сделки со сложными финансовыми инструментами; остальные сделки ему доступны",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	biometrics := &policy.Purpose{ID: "biometrics", Name: "сбор биометрических персональных данных и их размещение в Единой биометрической системе", Categories: []*policy.Category{identity, biometric},
		Bases: []policy.Basis{policy.BasisExplicitConsent}, Withdraw: "в отделении банка или на портале Госуслуг", ConsentMethod: policy.ConsentMethodWritten, ConsentLogged: true,
		Recipients: []*policy.Recipient{ebs}, OptOut: true,
		Required: "сдавать биометрические данные не обязательно; клиенту, который отказался, банк оказывает услуги иными способами",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "выявление операций без согласия клиента и защита клиентов от мошенников", Categories: []*policy.Category{identity, operations, device},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{cbr},
		Obligations: []policy.Obligation{{Act: ru20Payments + ", ст. 8 и 27", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment, policy.SuspensionTargetCard},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundUnauthorised}, Automated: policy.AnswerYes,
			Contest: "позвонив в контактный центр банка или подтвердив операцию в приложении"}}
	deposits := &policy.Purpose{ID: "deposits", Name: "ведение реестра обязательств банка перед вкладчиками для страхования вкладов", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{asv},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 23.12.2003 № 177-ФЗ «О страховании вкладов в банках Российской Федерации»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	inheritance := &policy.Purpose{ID: "inheritance", Name: "ответы на запросы нотариусов о счетах и вкладах умерших клиентов", Categories: []*policy.Category{identity, operations},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{notaries},
		Obligations: []policy.Obligation{{Act: ru20Banks + ", ст. 26", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	debts := &policy.Purpose{ID: "debts", Name: "возврат просроченной задолженности", Categories: []*policy.Category{identity, contact, operations},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{collectors},
		Obligations: []policy.Obligation{{Act: "Федеральный закон от 03.07.2016 № 230-ФЗ «О защите прав и законных интересов физических лиц при осуществлении деятельности по возврату просроченной задолженности»", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	insurance := &policy.Purpose{ID: "insurance", Name: "оформление страхования через банк", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "письменным заявлением в банк или страховую компанию", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		Recipients: []*policy.Recipient{insurers}, OptOut: true,
		Required: "страхование добровольно, и решение о кредите от него не зависит",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	groupOffers := &policy.Purpose{ID: "group", Name: "передача данных российским компаниям группы для предложения их продуктов", Categories: []*policy.Category{identity, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "заявлением в отделении банка или в приложении", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "ответы на звонки и обращения и подтверждение распоряжений клиента", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "контроль качества обслуживания и подтверждение того, какие распоряжения давал клиент",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в отделениях и у банкоматов", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность клиентов и сотрудников, сохранность денежных средств и разбор спорных операций в банкоматах",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "рассылка рекламы продуктов банка и его партнёров", Categories: []*policy.Category{contact, operations},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках приложения, позвонив в контактный центр или в отделении банка", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru20Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "129090, г. Москва, ул. Троицкая, д. 17, стр. 1"
	p := &policy.Policy{
		Title:    "политика АО «Райффайзенбанк» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "АО «Райффайзенбанк»", Email: "pd@raiffeisen.example", Phone: "8 800 700-91-00", Address: address},
			Country: regionRU, Registration: "акционерное общество «Райффайзенбанк», генеральная лицензия Банка России на осуществление банковских операций № 3292"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@raiffeisen.example"},
		URL:         "https://raiffeisen.example/about/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.October, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: ru20Banks, Region: regionRU},
			{Act: ru20AML, Region: regionRU},
			{Act: "Федеральный закон от 30.12.2004 № 218-ФЗ «О кредитных историях»", Region: regionRU},
			{Act: "Федеральный закон от 22.04.1996 № 39-ФЗ «О рынке ценных бумаг»", Region: regionRU},
			{Act: ru20Payments, Region: regionRU},
			{Act: "Федеральный закон от 28.06.2014 № 173-ФЗ «Об особенностях осуществления финансовых операций с иностранными гражданами и юридическими лицами»", Region: regionRU},
			{Act: "лицензии и устав банка"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"отделения банка", "сайт raiffeisen.ru и приложение «Райффайзен Онлайн»", "контактный центр банка"},
		OtherNotices: []policy.Notice{{Covers: "работников банка и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, payroll, finance, operations, others, corporate, credit, tax, investments, biometric, calls, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
		},
		Purposes: []*policy.Purpose{account, salary, loans, kyc, taxres, fatca, abroad, parent, scoring, brokerage, biometrics, fraud, deposits, inheritance, debts, insurance,
			groupOffers, support, cctv, advertising, analytics},
		Recipients: []*policy.Recipient{employers, messaging, bureaus, ebs, rfm, cbr, fns, irs, correspondents, rbi, nspk, asv, notaries, insurers, group, collectors, metrica},
		Transfers: []policy.Transfer{
			{Destination: austria, Recipient: rbi, Categories: []*policy.Category{identity, corporate, credit}, Safeguard: policy.SafeguardAdequacy, NoticeGiven: true},
			{Destination: regionUS, Recipient: irs, Categories: []*policy.Category{identity, tax, operations}, Safeguard: policy.SafeguardExplicitConsent, NoticeGiven: true},
			{ChosenDestination: policy.ChosenDestinationPayee, Recipient: correspondents, Categories: []*policy.Category{identity, operations}, Safeguard: policy.SafeguardContractNecessity, NoticeGiven: true},
		},
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
		Rights: fz152Rights("в отделении банка с паспортом или письменным запросом по адресу банка, подписанным собственноручно или электронной подписью"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents:    []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Redress: []policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Банк России (интернет-приёмная)", Website: "https://cbr.example/reception"}}},
		Security: append(fz152Security(),
			policy.Measure{Name: "защита информации в финансовых организациях по национальному стандарту ГОСТ Р 57580.1-2017, как требует Банк России"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret, policy.SafetyTipSuspiciousMessages},
		Children: policy.Children{MinimumAge: 14, ConsentAge: 18,
			Note: "Кредиты предоставляются только совершеннолетним; дебетовую карту несовершеннолетний с 14 лет оформляет с письменного согласия родителя."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@raiffeisen.example", Phone: "8 800 700-91-00", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"bank of a foreign banking group (Raiffeisenbank)", p, []statement{
		{says: "the operator is JSC Raiffeisenbank in Moscow, named with its general banking licence No. 3292", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Controller.Registration, "№ 3292") && strings.Contains(p.Controller.Address, "Москва") && p.Controller.Country == regionRU
		}},
		{says: "the bank has appointed a person responsible for organising the processing of personal data, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, blocking, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the bank processes data under the Constitution, the Civil and Tax Codes, the laws on banks, money laundering, credit histories, the securities market, the payment system and financial operations with foreigners, its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 10 && strings.Contains(p.LegalActs[8].Act, "173-ФЗ")
		}},
		{says: "the policy covers the bank's offices, its website and app, and its contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the data of the bank's employees and job candidates is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "processing is lawful and fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "to identify a customer the bank collects the name, date and place of birth, citizenship, identity document, for foreigners the migration card, address, INN and SNILS, and checks them in state systems and Gosuslugi", typed: func(p *policy.Policy) bool {
			c := p.Category("identity")
			return len(c.Items) == 7 && strings.Contains(c.Items[4], "миграционной") && strings.Contains(c.SourceDetail, "Госуслуги") && p.Purpose("kyc").Uses(c)
		}},
		{says: "the bank identifies customers, their representatives, beneficiaries and the beneficial owners of corporate customers, reports to Rosfinmonitoring, does not tell the customer of a report, and serves no one it cannot identify", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.RestsOn(policy.BasisLegalObligation, policy.FZ152) && k.Uses(p.Category("corporate")) && len(k.TippingOff) == 1 && k.Required != "" && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "the bank may refuse an operation or suspend remote banking under that law, tells the customer why, and the customer can give the documents asked for or apply to the commission at the Bank of Russia", typed: func(p *policy.Policy) bool {
			s := p.Purpose("kyc").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetRemoteAccess) && s.Reasons && s.Contest != ""
		}},
		{says: "a corporate customer gives the data of its representatives and beneficial owners, confirming that it may", typed: func(p *policy.Policy) bool {
			return othersGive(p, "corporate") && slices.Contains(p.Purpose("kyc").Subjects, policy.DataSubjectCounterparties)
		}},
		{says: "identification data and operations are kept for five years after the relationship ends", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && p.Category("operations").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "accounts, operations, salaries credited and credit histories are banking secrecy", typed: func(p *policy.Policy) bool {
			for _, id := range []string{"operations", "payroll", "credit"} {
				if p.Category(id).Secrecy.Kind != policy.SecrecyBanking {
					return false
				}
			}
			return true
		}},
		{says: "accounts, cards and deposits are opened under the contract with the customer, which needs identification data and a phone number", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").RestsOn(policy.BasisContract, policy.FZ152) && p.Purpose("account").Required != ""
		}},
		{says: "for a salary project the employer gives the bank its employees' names, passports, phones and salaries, confirming their consent, and the bank issues them salary cards", typed: func(p *policy.Policy) bool {
			return othersGive(p, "payroll") && len(p.Category("payroll").Items) == 4 && p.Purpose("payroll").Uses(p.Category("payroll"))
		}},
		{says: "an employee may have the salary paid to another bank instead", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("payroll").Required, "другом банке")
		}},
		{says: "the employer learns that the salary was credited to each employee's account", typed: func(p *policy.Policy) bool {
			r := recipient(p, "employers")
			return r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("payroll").Recipients, r)
		}},
		{says: "for a loan the customer states employment, income, family and education, and the bank cannot consider it without them", typed: func(p *policy.Policy) bool {
			return p.Purpose("loans").Uses(p.Category("finance")) && len(p.Category("finance").Items) == 4 && p.Purpose("loans").Required != ""
		}},
		{says: "a customer who gives the data of a guarantor, a co-borrower or a contact person confirms having that person's consent", typed: func(p *policy.Policy) bool {
			return othersGive(p, "others") && p.Purpose("loans").Uses(p.Category("others"))
		}},
		{says: "with written consent the bank requests the credit report, and it reports loans to credit history bureaus as the law requires", typed: func(p *policy.Policy) bool {
			s := p.Purpose("scoring")
			return s.ConsentMethod == policy.ConsentMethodWritten && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && s.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "bureaus") != nil
		}},
		{says: "a decision on a loan or a credit card and its limit may be taken by the bank's scoring model alone, and the customer may object and have an employee consider it", typed: func(p *policy.Policy) bool {
			return p.Purpose("scoring").Automated != "" && slices.Contains(p.Purpose("scoring").DecisionAreas, policy.DecisionFinancial) && hasRight(p, policy.RightNoAutomatedDecision)
		}},
		{says: "the bank asks every customer about tax residency and reports foreign tax residents and accounts opened and closed to the Federal Tax Service", typed: func(p *policy.Policy) bool {
			t := p.Purpose("taxres")
			return t.RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(t.Obligations[0].Act, "гл. 20.1") && slices.Contains(recipient(p, "fns").Categories, p.Category("tax"))
		}},
		{says: "the bank asks whether the customer is a US taxpayer: US citizenship, residence permit, place of birth or address", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("tax").Items[2], "США")
		}},
		{says: "a US taxpayer's account data goes to the US tax authority only with the customer's written consent, and the bank may refuse or end the contract without it, as Federal Law No. 173-FZ allows", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fatca")
			return f.RestsOn(policy.BasisConsent, policy.FZ152) && f.ConsentMethod == policy.ConsentMethodWritten && strings.Contains(f.Required, "173-ФЗ") && recipient(p, "irs").Conditional
		}},
		{says: "the transfer to the United States rests on that consent, and Roskomnadzor was notified of it", typed: func(p *policy.Policy) bool {
			t := p.Transfers[1]
			return t.Destination == regionUS && t.Safeguard == policy.SafeguardExplicitConsent && t.NoticeGiven
		}},
		{says: "a transfer in foreign currency goes abroad through correspondent banks, which receive the payer's name, address and account, to whichever country the customer pays", typed: func(p *policy.Policy) bool {
			t := p.Transfers[2]
			return t.ChosenDestination == policy.ChosenDestinationPayee && t.Safeguard == policy.SafeguardContractNecessity && p.Purpose("abroad").Required != ""
		}},
		{says: "with the customer's written consent the bank passes identification data, the data of corporate customers' representatives and credit histories to its parent bank in Vienna, for the group's consolidated supervision and risk management", typed: func(p *policy.Policy) bool {
			g := p.Purpose("group-risk")
			return g.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "rbi").Country == language.MustParseRegion("AT") && len(recipient(p, "rbi").Categories) == 3
		}},
		{says: "Austria is a party to Convention 108 and so protects data adequately, and Roskomnadzor was notified of the transfer", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.Safeguard == policy.SafeguardAdequacy && t.NoticeGiven && t.Recipient == recipient(p, "rbi")
		}},
		{says: "for brokerage the bank records the investor profile, the status of a qualified investor, the results of the tests and the trades", typed: func(p *policy.Policy) bool {
			return len(p.Category("investments").Items) == 4 && p.Purpose("brokerage").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "an unqualified investor who does not pass the test cannot trade complex financial instruments but may make other trades", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("brokerage").Required, "сложными")
		}},
		{says: "with written consent the bank collects a facial image and a voice recording for the Unified Biometric System, which is voluntary, and the consent can be withdrawn in an office or on Gosuslugi", typed: func(p *policy.Policy) bool {
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
		{says: "after a customer's death the bank answers a notary's request about the accounts and deposits for the heirs, as the law on banks allows", typed: func(p *policy.Policy) bool {
			i := p.Purpose("inheritance")
			return i.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "notaries").Conditional && strings.Contains(i.Obligations[0].Act, "ст. 26")
		}},
		{says: "overdue debts are recovered by the bank and by registered collection agencies, within the law on debt recovery", typed: func(p *policy.Policy) bool {
			return len(p.Purpose("debts").Obligations) == 1 && recipient(p, "collectors").Conditional
		}},
		{says: "insurance through the bank is voluntary, with the customer's consent to the partner insurer receiving the data, which it then uses under its own rules", typed: func(p *policy.Policy) bool {
			i := p.Purpose("insurance")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && i.Required != "" && recipient(p, "insurers").Conditional && recipient(p, "insurers").OwnPolicy
		}},
		{says: "with the customer's consent the bank passes data to Raiffeisen Capital, Raiffeisen Leasing and its other Russian companies to offer their products", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && strings.Contains(recipient(p, "group").Name, "Райффайзен Капитал")
		}},
		{says: "calls are recorded after a warning, to check the quality of service and prove the customer's instructions", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "offices and ATMs are under video surveillance, and the recordings are kept for 90 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(90)
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the app, by phone or in an office", typed: func(p *policy.Policy) bool {
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
		{says: "a customer has the rights of Art. 14 to 17, exercised in an office or by a signed written request, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "электронной подписью")
		}},
		{says: "a complaint about the bank may also go to the Bank of Russia through its internet reception", typed: func(p *policy.Policy) bool {
			return len(p.Redress) == 1 && p.Redress[0].Kind == policy.RedressRegulator
		}},
		{says: "a request states the identity document, the contract and the signature, is answered within 10 working days, extendable by 5, and the same information may be asked again after 30 days", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5) && r.RepeatAfter == policy.Days(30)
		}},
		{says: "the bank protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standard GOST R 57580.1-2017, and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureIncidentDetection) && strings.Contains(p.Security[len(p.Security)-1].Name, "57580") &&
				slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the bank never asks for passwords or one-time codes by phone or in messages, and customers should keep them secret and not answer messages that ask for them", typed: func(p *policy.Policy) bool {
			return len(p.SafetyTips) == 3 && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "loans are for adults, and a minor from 14 may have a debit card with a parent's written consent", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 14 && p.Children.ConsentAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the bank entrusts processing to others only under a contract that lists the actions and purposes and binds them to confidentiality and to the security measures of Art. 19", free: toIntroduction},
		{says: "a consent given in an application form stays in force for the term of the contract and five years after it ends, unless withdrawn", free: toPurpose("group")},
	}}
}

// realPolicyRu20T2 paraphrases, in our own words and as we recall it, the
// policy of T2 Mobile LLC (ООО «Т2 Мобайл»), the mobile operator of the
// Rostelecom group that until 2024 traded as Tele2 and now as T2, on the
// processing of personal data, as published in 2024-2025 (its OGRN, the
// exact dates of its versions and the numbers of the government rules it
// cites are left out, since we do not recall them exactly): subscribers
// identified by their passport and, online or for foreign citizens,
// through Gosuslugi; the users of corporate numbers; the secrecy of
// communications and the storage of information on communications and
// their content; the exchange in the app on which subscribers sell one
// another the minutes, gigabytes and SMS messages left in their tariffs,
// each lot shown to other subscribers with emoji the seller picks instead
// of the number; a service that shows a subscriber where a relative is,
// once the relative has agreed by SMS; number portability; roaming;
// blocking of calls and numbers suspected of fraud; credit scores given to
// banks by the subscriber's consent; partners' advertising sent by the
// company to subscribers who agreed to it; depersonalised statistics; the
// companies of the Rostelecom group by consent; recorded calls and video
// in the shops; cookies; localisation in Russia and the rights of 152-FZ.
func realPolicyRu20T2() realPolicy {
	all := policy.Actions()
	comms := ru20Comms
	secrecy := policy.Secrecy{Kind: policy.SecrecyCommunications, Laws: []policy.Obligation{{Act: comms + ", ст. 63", Region: regionRU}}}
	subscriber := &policy.Category{ID: "subscriber", Name: "данные абонента",
		Items: []string{"фамилия, имя и отчество", "дата и место рождения", "реквизиты документа, удостоверяющего личность", "адрес регистрации",
			"абонентский номер, номер договора и лицевого счёта", "для иностранных граждан — сведения о миграционном учёте"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "Единая система идентификации и аутентификации (Госуслуги), когда абонент заключает договор онлайн, заказывает eSIM или подтверждает в ней свои данные",
		Retention:    policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"контактный номер телефона", "адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	users := &policy.Category{ID: "users", Name: "данные пользователей корпоративных номеров",
		Items:       []string{"фамилия, имя и отчество пользователя", "реквизиты его документа, удостоверяющего личность", "номер, которым он пользуется"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	traffic := &policy.Category{ID: "traffic", Name: "сведения об оказанных услугах связи",
		Items: []string{"номера вызывающих и вызываемых абонентов", "дата, время и продолжительность соединений", "объём переданных данных и выделенные IP-адреса",
			"базовые станции, через которые работало устройство, и его IMEI"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.AsRequiredBy(comms + ", ст. 64: три года"), Secrecy: secrecy}
	content := &policy.Category{ID: "content", Name: "содержание сообщений и разговоров", Items: []string{"голосовая информация", "текстовые сообщения", "изображения, звуки и иные сообщения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.AsRequiredBy(comms + ", ст. 64, и правила хранения, утверждённые Правительством Российской Федерации: до шести месяцев"), Secrecy: secrecy}
	billing := &policy.Category{ID: "billing", Name: "начисления и платежи",
		Items: []string{"тариф и подключённые услуги", "начисления, платежи и баланс лицевого счёта", "остатки минут, гигабайт и SMS-сообщений по тарифу",
			"покупки и продажи лотов на бирже «Маркет» и полученные за них деньги"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "банки и платёжные агенты, принимающие платежи",
		Retention: policy.AsRequiredBy(ru20Accounting), Linked: true}
	lots := &policy.Category{ID: "lots", Name: "лоты на бирже «Маркет»",
		Items:       []string{"количество минут, гигабайт или SMS-сообщений в лоте и его цена", "эмодзи, которые продавец выбрал для лота"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, VisibleTo: []policy.Audience{policy.AudienceOtherUsers},
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	location := &policy.Category{ID: "location", Name: "местоположение абонента для услуги «Геопоиск»", Items: []string{"приблизительное местоположение телефона, определённое по базовым станциям", "время, когда оно определено"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, VisibleTo: []policy.Audience{policy.AudienceChosenContacts},
		Retention: policy.Until(policy.EventPurposeAchieved), Linked: true, Secrecy: secrecy}
	segments := &policy.Category{ID: "segments", Name: "рекламные сегменты",
		Items:       []string{"интересы, возрастная группа и другие признаки, которые модель компании определяет по пользованию услугами связи и платежам"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	scores := &policy.Category{ID: "scores", Name: "скоринговые оценки", Items: []string{"оценка, которую модель компании рассчитывает по сведениям о пользовании услугами связи и платежах"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.Until(policy.EventPurposeAchieved), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения в службу поддержки и салоны связи", Items: []string{"записи телефонных разговоров", "сообщения в чате приложения", "заявления и жалобы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи в салонах связи T2", Items: []string{"изображения посетителей торговых залов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	web := &policy.Category{ID: "web", Name: "технические данные сайта и приложения «Мой T2»",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель устройства и версия операционной системы", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	segments.DerivedFrom = []*policy.Category{traffic, billing}
	scores.DerivedFrom = []*policy.Category{traffic, billing}

	dealers := &policy.Recipient{ID: "dealers", Name: "дилеры, заключающие договоры в салонах связи T2, и курьеры, доставляющие SIM-карты", Role: policy.RoleProcessor,
		Categories: []*policy.Category{subscriber, contact}, Purpose: "заключать договоры, проверять документ абонента и доставлять SIM-карты по поручению компании", Country: regionRU}
	esia := &policy.Recipient{ID: "esia", Name: "оператор Единой системы идентификации и аутентификации (Минцифры России)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, users}, Purpose: "подтверждать сведения об абонентах и пользователях, как требует закон", Country: regionRU}
	authorities := &policy.Recipient{ID: "authorities", Name: "государственные органы, осуществляющие оперативно-розыскную деятельность или обеспечение безопасности Российской Федерации", Role: policy.RoleAuthority,
		Categories: []*policy.Category{subscriber, users, traffic, content}, Purpose: "исполнять их запросы в случаях, установленных федеральными законами", Country: regionRU}
	antifraud := &policy.Recipient{ID: "antifraud", Name: "Роскомнадзор как оператор государственной системы «Антифрод»", Role: policy.RoleAuthority,
		Categories: []*policy.Category{traffic}, Purpose: "проверять вызовы и сообщения на признаки мошенничества, как требует закон", Country: regionRU}
	mnp := &policy.Recipient{ID: "mnp", Name: "оператор базы данных перенесённых абонентских номеров и оператор, к которому абонент переходит", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{subscriber}, Purpose: "абонент переносит свой номер к другому оператору", Country: regionRU, Conditional: true}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные агенты", Role: policy.RoleThirdParty, Categories: []*policy.Category{billing},
		Purpose: "принимать оплату услуг и перечислять продавцам деньги за проданные лоты", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки и микрофинансовые организации, которым абонент разрешил получить скоринговую оценку", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{scores}, Purpose: "абонент обращается в банк за кредитом и даёт согласие на передачу ему оценки", Country: regionRU, Conditional: true}
	collectors := &policy.Recipient{ID: "collectors", Name: "коллекторские агентства", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, contact, billing},
		Purpose: "задолженность абонента просрочена и компания поручает агентству её взыскание", Country: regionRU, Conditional: true}
	foreign := &policy.Recipient{ID: "foreign", Name: "иностранные операторы связи", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, traffic},
		Purpose: "обслуживать абонентов в роуминге и соединять международные вызовы"}
	group := &policy.Recipient{ID: "group", Name: "ПАО «Ростелеком» и другие компании группы «Ростелеком»", Role: policy.RoleThirdParty, Categories: []*policy.Category{subscriber, contact},
		Purpose: "предлагать абоненту домашний интернет, телевидение и другие свои услуги", Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{web}, Country: regionRU}

	contract := &policy.Purpose{ID: "contract", Name: "заключение и исполнение договоров об оказании услуг связи, расчёты с абонентами", Categories: []*policy.Category{subscriber, contact, traffic, billing},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{dealers, esia, payments},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44 и 53", Region: regionRU},
			{Act: "правила оказания услуг телефонной связи, утверждённые Правительством Российской Федерации", Region: regionRU}},
		Required:   "закон позволяет заключить договор только с абонентом, предъявившим документ, удостоверяющий личность; без него услуги не оказываются, а номер, данные абонента по которому не подтверждены, блокируется",
		MinimumAge: 18, ServiceMessages: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	corporate := &policy.Purpose{ID: "corporate", Name: "учёт пользователей номеров, выделенных корпоративным клиентам", Categories: []*policy.Category{users},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{esia},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44 (сведения о пользователях услуг абонента — юридического лица или индивидуального предпринимателя)", Region: regionRU}},
		Required:    "без сведений о пользователе оказание услуг по номеру приостанавливается",
		Subjects:    []policy.DataSubject{policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sorm := &policy.Purpose{ID: "sorm", Name: "хранение сведений о соединениях и содержания сообщений и их предоставление уполномоченным государственным органам", Categories: []*policy.Category{subscriber, users, traffic, content},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{authorities},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 64 (в редакции Федерального закона от 06.07.2016 № 374-ФЗ)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "выявление и блокирование мошеннических вызовов и сообщений", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{antifraud},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 46", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud}, Automated: policy.AnswerYes,
			Contest: "позвонив в службу поддержки или обратившись в салон связи с паспортом"}}
	porting := &policy.Purpose{ID: "porting", Name: "перенос абонентского номера к другому оператору и от него", Categories: []*policy.Category{subscriber},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{mnp},
		Obligations: []policy.Obligation{{Act: comms + ", ст. 44 (право абонента сохранить номер при смене оператора)", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "взыскание задолженности абонентов", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{collectors},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment}, Automated: policy.AnswerYes, Contest: "пополнив баланс или позвонив в службу поддержки"}}
	roaming := &policy.Purpose{ID: "roaming", Name: "оказание услуг в роуминге и международная связь", Categories: []*policy.Category{subscriber, traffic},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{foreign},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	market := &policy.Purpose{ID: "market", Name: "продажа и покупка остатков минут, гигабайт и SMS-сообщений между абонентами на бирже «Маркет»", Categories: []*policy.Category{subscriber, billing, lots},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{payments},
		Required: "продавать и покупать остатки не обязательно; продавец не видит номера покупателя, а покупатель — номера продавца",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	geo := &policy.Purpose{ID: "geo", Name: "определение местоположения абонента по запросу другого абонента, которому он это разрешил (услуга «Геопоиск»)", Categories: []*policy.Category{subscriber, location},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentLogged: true, OptOut: true,
		Withdraw: "отправив SMS-сообщение с командой отказа или отключив разрешение в приложении «Мой T2»",
		Required: "местоположение определяется только после того, как абонент, которого ищут, подтвердил запрос в ответном SMS-сообщении",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	scoring := &policy.Purpose{ID: "scoring", Name: "расчёт скоринговой оценки и её передача банкам по запросу абонента", Categories: []*policy.Category{subscriber, traffic, billing, scores},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой T2», в салоне связи или письменным заявлением", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Scoring: true, Recipients: []*policy.Recipient{banks},
		Required: "оценка передаётся только с отдельного согласия абонента; без него услуги связи оказываются как обычно",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	ads := &policy.Purpose{ID: "ads", DirectMarketing: true, Name: "рассылка рекламы партнёров абонентам, согласившимся её получать, по признакам, которые выбирает рекламодатель",
		Categories: []*policy.Category{subscriber, traffic, billing, segments},
		Bases:      []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой T2», звонком в службу поддержки или в салоне связи", OptOut: true, Profiling: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: ru20Advertising, Region: regionRU}, {Act: comms + ", ст. 44.1", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Method: policy.ProcessingMethodAutomated,
		Actions: []policy.Action{policy.ActionCollection, policy.ActionRecording, policy.ActionSystematisation, policy.ActionAccumulation, policy.ActionStorage,
			policy.ActionUse, policy.ActionBlocking, policy.ActionDeletion, policy.ActionDestruction}}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "информирование о тарифах, услугах и акциях компании", Categories: []*policy.Category{subscriber, contact, billing},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой T2», звонком в службу поддержки или в салоне связи", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		ConsentRequiredBy: []policy.Obligation{{Act: ru20Advertising, Region: regionRU}, {Act: comms + ", ст. 44.1", Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	groupOffers := &policy.Purpose{ID: "group", Name: "передача данных компаниям группы «Ростелеком» для предложения их услуг", Categories: []*policy.Category{subscriber, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в приложении «Мой T2» или письменным заявлением", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{group},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	stats := &policy.Purpose{ID: "statistics", Name: "подготовка обезличенной статистики о численности и перемещении людей для бизнеса и органов власти", Categories: []*policy.Category{traffic},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "предоставление клиентам статистики, по которой нельзя определить ни одного абонента",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: []policy.Action{policy.ActionCollection, policy.ActionUse, policy.ActionDepersonalisation, policy.ActionDestruction},
		Method: policy.ProcessingMethodAutomated}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения и контроль качества обслуживания", Categories: []*policy.Category{subscriber, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "проверка качества обслуживания и подтверждение того, о чём просил абонент",
		Recipients: []*policy.Recipient{dealers},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в салонах связи T2", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность посетителей и сотрудников и сохранность имущества",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения «Мой T2»", Categories: []*policy.Category{web},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив cookie в настройках браузера", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "108811, г. Москва, п. Московский, Киевское шоссе, 22-й км, домовл. 6, стр. 1"
	p := &policy.Policy{
		Title:    "политика ООО «Т2 Мобайл» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Т2 Мобайл»", Email: "pd@t2.example", Phone: "8 800 555-06-11", Address: address},
			Country: regionRU, Registration: "ИНН 7743895280, товарный знак T2, лицензии на оказание услуг связи"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@t2.example"},
		URL:         "https://t2.example/legal/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.December, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: comms, Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации»", Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "лицензии компании и её устав"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination,
			policy.DefinitionProvision, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"услуги подвижной связи T2", "сайт t2.ru и приложение «Мой T2»", "салоны связи T2"},
		OtherNotices: []policy.Notice{{Covers: "работников компании и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{subscriber, contact, users, traffic, content, billing, lots, location, segments, scores, calls, video, web},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{contract, corporate, sorm, fraud, porting, debts, roaming, market, geo, scoring, ads, marketing, groupOffers, stats, support, cctv, analytics},
		Recipients: []*policy.Recipient{dealers, esia, authorities, antifraud, mnp, payments, banks, collectors, foreign, group, metrica},
		Transfers: []policy.Transfer{
			{ChosenDestination: policy.ChosenDestinationTravel, Recipient: foreign, Categories: []*policy.Category{subscriber, traffic}, Safeguard: policy.SafeguardContractNecessity, NoticeGiven: true},
			{ChosenDestination: policy.ChosenDestinationAddressee, Recipient: foreign, Categories: []*policy.Category{traffic}, Safeguard: policy.SafeguardContractNecessity, NoticeGiven: true},
		},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{location, segments, scores, web}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "сессионные cookie сайта и личного кабинета", Party: policy.PartyFirst, Purpose: contract, Categories: []*policy.Category{web},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics,
				Categories: []*policy.Category{web}, Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в приложении «Мой T2», в салоне связи с паспортом или письменным запросом по адресу компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		Security:   fz152Security(),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Children: policy.Children{
			Note: "Договор заключается с совершеннолетними; номер для ребёнка оформляет на себя родитель, который может указать ребёнка пользователем номера."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@t2.example", Phone: "8 800 555-06-11", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"mobile operator of the Rostelecom group (T2)", p, []statement{
		{says: "the operator is T2 Mobile LLC in Moscow, which provides services under the brand T2, named with its INN and communication licences", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "ООО «Т2 Мобайл»" && strings.Contains(p.Controller.Registration, "ИНН") && strings.Contains(p.Controller.Address, "Москва")
		}},
		{says: "the company has appointed a person responsible for organising the processing of personal data, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, dissemination, blocking, cross-border transfer and the other terms of Art. 3 of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 9 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the policy covers mobile services, the website, the My T2 app and the shops", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the data of employees and job applicants is processed under a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "the company processes data under the Constitution, the Civil Code, the laws on communications, information and advertising, and its licences and charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 6
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
		{says: "subscribers who conclude contracts online or order an eSIM, and foreign citizens, confirm their data through Gosuslugi", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("subscriber").SourceDetail, "eSIM") && recipient(p, "esia").Role == policy.RoleAuthority
		}},
		{says: "dealers in the shops conclude contracts and couriers deliver SIM cards on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "dealers").Role == policy.RoleProcessor && slices.Contains(p.Purpose("contract").Recipients, recipient(p, "dealers"))
		}},
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
		{says: "calls and messages are checked for signs of fraud with Roskomnadzor's Antifraud system, and services on a number used for fraud may be suspended automatically, which the subscriber can contest by calling or in a shop", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return f.RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "antifraud").Role == policy.RoleAuthority &&
				f.Suspension.Automated == policy.AnswerYes && f.Suspension.Contest != ""
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
		{says: "in roaming and for international calls, foreign operators receive the data needed, in the country the subscriber travels to or calls, and Roskomnadzor was notified of those transfers", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].ChosenDestination == policy.ChosenDestinationTravel && p.Transfers[1].ChosenDestination == policy.ChosenDestinationAddressee && p.Transfers[0].NoticeGiven
		}},
		{says: "on the exchange in the app a subscriber sells the minutes, gigabytes and SMS messages left in the tariff to other subscribers at a price the subscriber sets", typed: func(p *policy.Policy) bool {
			m := p.Purpose("market")
			return m.Uses(p.Category("lots")) && m.RestsOn(policy.BasisContract, policy.FZ152) && len(p.Category("lots").Items) == 2
		}},
		{says: "other subscribers see a lot with the emoji the seller picked, and neither side sees the other's number", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("lots").VisibleTo, policy.AudienceOtherUsers) && strings.Contains(p.Category("lots").Items[1], "эмодзи") &&
				strings.Contains(p.Purpose("market").Required, "не видит номера")
		}},
		{says: "the money for a sold lot is paid out to the seller through banks and payment agents, and the deals are kept with the charges as the accounting law requires", typed: func(p *policy.Policy) bool {
			b := p.Category("billing")
			return strings.Contains(b.Items[3], "лотов") && slices.Contains(recipient(p, "payments").Categories, b) && b.Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "a lot stays on the exchange until it is sold or the seller withdraws it", typed: func(p *policy.Policy) bool {
			return p.Category("lots").Retention.From == policy.EventPurposeAchieved
		}},
		{says: "with the Geosearch service a subscriber sees on a map where another subscriber's phone is, found from the base stations, only after that subscriber has agreed by replying to an SMS", typed: func(p *policy.Policy) bool {
			g := p.Purpose("geo")
			return g.RestsOn(policy.BasisConsent, policy.FZ152) && slices.Contains(p.Category("location").VisibleTo, policy.AudienceChosenContacts) && strings.Contains(g.Required, "ответном SMS")
		}},
		{says: "the located subscriber can withdraw the permission at any time by an SMS command or in the app", typed: func(p *policy.Policy) bool {
			return p.Purpose("geo").Withdraw != "" && slices.Contains(p.Deletion[1].Categories, p.Category("location"))
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
		{says: "news of the company's tariffs, services and promotions are sent only with consent, which can be withdrawn in the app, by calling or in a shop", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "with consent the data goes to Rostelecom and the other companies of its group to offer home internet, television and their other services", typed: func(p *policy.Policy) bool {
			return p.Purpose("group").RestsOn(policy.BasisConsent, policy.FZ152) && strings.Contains(recipient(p, "group").Name, "Ростелеком")
		}},
		{says: "the company makes statistics of how many people are where and how they move from depersonalised data, from which no subscriber can be identified", typed: func(p *policy.Policy) bool {
			s := p.Purpose("statistics")
			return slices.Contains(s.Actions, policy.ActionDepersonalisation) && s.Interest != ""
		}},
		{says: "calls to support are recorded after a warning, to check the quality of service", typed: func(p *policy.Policy) bool {
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
		{says: "the company does not process special categories or biometric personal data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassSpecial && p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "for each purpose the policy lists the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to state bodies only in the cases federal law lays down", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[1].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "subscribers have the rights of Art. 14 to 17, exercised in the app, in a shop or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && strings.Contains(p.Rights[0].How, "Мой T2")
		}},
		{says: "a request states the identity document, the contract and the signature, may be signed electronically, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the company never asks for codes from SMS messages by phone, and the subscriber keeps them secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "the subscriber answers for the accuracy of the data and tells the users of the numbers that their data was given", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
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
		{says: "the company entrusts processing to others only under a contract that lists the actions and purposes and binds them to confidentiality and to the security measures of Art. 19", free: toIntroduction},
	}}
}

// realPolicyRu20DetskyMir paraphrases, in our own words and as we recall
// it, the policy of PJSC Detsky Mir (ПАО «Детский мир»), which runs the
// Detsky Mir chain of children's goods stores, the Zoozavr pet stores,
// the online store detmir.ru with its app and marketplace, and the chain's
// loyalty programme, on the processing of personal data, as published in
// 2024-2025 (its OGRN, the exact dates of its versions and its telephone
// number are left out, since we do not recall them exactly): members of
// the loyalty programme registered by a phone number; the children a
// parent adds to the account, with their names, sex and dates of birth,
// so that the programme offers goods for the child's age and credits
// bonuses on the child's birthday; orders picked up in stores or
// delivered, of the company's own goods and of marketplace sellers', who
// receive what they need and are bound by their own policies; payment in
// parts; receipts through a fiscal data operator; returns under the
// consumer protection law; reviews published with the author's name;
// recommendations under published rules; the location of the device for
// the nearest store; checks against abuse of the programme; recorded
// calls and video in the stores; advertising by consent; cookies;
// localisation in Russia and the rights of 152-FZ.
func realPolicyRu20DetskyMir() realPolicy {
	all := policy.Actions()
	member := &policy.Category{ID: "member", Name: "данные участника программы лояльности",
		Items: []string{"номер мобильного телефона", "фамилия и имя", "дата рождения", "адрес электронной почты, если участник его указал",
			"номер бонусной карты", "начисленные и списанные бонусы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	children := &policy.Category{ID: "children", Name: "сведения о детях участника", Items: []string{"имя", "пол", "дата рождения"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	orders := &policy.Category{ID: "orders", Name: "заказы и покупки",
		Items:       []string{"состав, стоимость и статус заказов", "покупки в магазинах по бонусной карте", "способ оплаты и последние четыре цифры карты", "история отмен и возвратов"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, Retention: policy.AsRequiredBy(ru20Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "данные для доставки и получения заказа",
		Items:       []string{"адрес доставки или выбранный магазин", "имя и номер телефона получателя", "комментарий для курьера", "код получения заказа"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "отзывы о товарах", Items: []string{"имя автора", "текст отзыва и оценка товара", "фотографии, которые приложил автор"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	location := &policy.Category{ID: "location", Name: "местоположение устройства", Items: []string{"приблизительное местоположение телефона, чтобы показать ближайший магазин и наличие товара в нём"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	support := &policy.Category{ID: "support", Name: "обращения в службу поддержки", Items: []string{"переписка в чате", "записи телефонных разговоров", "фотографии товара, приложенные к претензии"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи камер в магазинах", Items: []string{"изображения покупателей в торговых залах и у касс"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie", "модель устройства и операционная система", "токен push-уведомлений", "просмотренные товары и поисковые запросы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "интересы покупателя", Items: []string{"возраст и пол детей, для которых покупают товары", "категории товаров, которые интересуют покупателя"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{orders, children, device},
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}

	couriers := &policy.Recipient{ID: "couriers", Name: "службы доставки и курьеры", Role: policy.RoleProcessor, Categories: []*policy.Category{delivery},
		Purpose: "доставлять заказы по поручению компании", Country: regionRU}
	sellers := &policy.Recipient{ID: "sellers", Name: "продавцы маркетплейса — компании и индивидуальные предприниматели, товары которых продаются на detmir.ru", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{orders, delivery}, OwnPolicy: true, Country: regionRU,
		Purpose: "собирать и передавать заказ, выдавать документы на товар, принимать возвраты и отвечать на претензии покупателя"}
	payments := &policy.Recipient{ID: "payments", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "принимать оплату заказов и возвращать деньги", Country: regionRU}
	instalments := &policy.Recipient{ID: "instalments", Name: "сервисы оплаты частями и банки-партнёры", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, orders},
		Purpose: "покупатель выбирает оплату частями", Country: regionRU, Conditional: true, OwnPolicy: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{orders},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{member, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	accountPurpose := &policy.Purpose{ID: "account", Name: "регистрация и ведение личного кабинета на сайте и в приложении", Categories: []*policy.Category{member},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "личный кабинет создаётся по номеру телефона, подтверждённому кодом из SMS-сообщения; покупать в магазинах можно и без него",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	loyalty := &policy.Purpose{ID: "loyalty", Name: "участие в программе лояльности: начисление и списание бонусов, статусы и скидки участника", Categories: []*policy.Category{member, orders},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "бонусы начисляются только на карту, зарегистрированную по номеру телефона; без неё покупки совершаются без бонусов",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	kids := &policy.Purpose{ID: "kids", Name: "учёт детей участника, чтобы предлагать товары по возрасту ребёнка и начислять бонусы ко дню его рождения", Categories: []*policy.Category{member, children, interests},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true, Profiling: true,
		Withdraw: "удалив сведения о ребёнке в личном кабинете",
		Required: "сообщать сведения о детях не обязательно; без них участник не получает предложений по возрасту ребёнка и бонусов ко дню его рождения",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	sales := &policy.Purpose{ID: "orders", Name: "оформление, оплата, доставка и выдача заказов, в том числе товаров продавцов маркетплейса", Categories: []*policy.Category{member, orders, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{couriers, sellers, payments},
		Required: "без имени и номера телефона получателя и адреса доставки или магазина заказ нельзя доставить или выдать",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	status := &policy.Purpose{ID: "status", ServiceMessages: true, Name: "сообщения о статусе заказа, его доставке и готовности к выдаче", Categories: []*policy.Category{member, delivery},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача кассовых чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{orders},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru20Cash, Region: regionRU}, {Act: ru20Accounting, Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	returns := &policy.Purpose{ID: "returns", Name: "приём возвратов и рассмотрение претензий о товарах", Categories: []*policy.Category{member, orders, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{sellers},
		Obligations: []policy.Obligation{{Act: ru20Consumers + ", ст. 18–26.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	parts := &policy.Purpose{ID: "instalments", Name: "оплата заказа частями", Categories: []*policy.Category{member, orders},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true, Recipients: []*policy.Recipient{instalments},
		Withdraw: "отказавшись от оплаты частями до оформления заказа или обратившись в сервис, предоставивший рассрочку",
		Required: "оплата частями не обязательна; заказ можно оплатить картой или при получении",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "reviews", Name: "публикация отзывов покупателей на страницах товаров", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisConsent}, ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		Withdraw: "удалив отзыв в личном кабинете",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundIllegalContent},
			Contest: "написав в службу поддержки"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "рекомендации товаров с помощью рекомендательных технологий", Categories: []*policy.Category{orders, device, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показывать покупателю товары, подходящие его детям по возрасту, и похожие на те, которые он смотрел и покупал", Profiling: true,
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	nearby := &policy.Purpose{ID: "location", Name: "поиск ближайших магазинов и наличия товаров в них по геолокации устройства", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив доступ приложения к геолокации в настройках устройства", ConsentMethod: policy.ConsentMethodPlatformPrompt, OptOut: true,
		Required: "без доступа к геолокации покупатель выбирает город и магазин сам",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abuse := &policy.Purpose{ID: "abuse", Name: "предотвращение злоупотреблений в программе лояльности и мошенничества с заказами", Categories: []*policy.Category{member, orders, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита программы от оптовых закупок для перепродажи, использования чужих карт и накрутки бонусов",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud}, Automated: policy.AnswerNo, Contest: "написав в службу поддержки"}}
	helping := &policy.Purpose{ID: "support", Name: "ответы на обращения и контроль качества работы службы поддержки", Categories: []*policy.Category{member, orders, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор обращений и претензий и контроль качества работы службы поддержки",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в магазинах для защиты покупателей, сотрудников и товаров", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность покупателей, в том числе детей, и сотрудников и защита товаров от хищений",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, новостей об акциях и персональных предложений", Categories: []*policy.Category{member, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках личного кабинета, по ссылке в письме или позвонив в службу поддержки", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru20Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера или отключив сбор статистики в настройках приложения", OptOut: true,
		Recipients: []*policy.Recipient{metrica},
		Subjects:   []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "119415, г. Москва, пр-т Вернадского, д. 37, корп. 3"
	p := &policy.Policy{
		Title:    "политика ПАО «Детский мир» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ПАО «Детский мир»", Email: "pd@detmir.example", Address: address},
			Country: regionRU, Registration: "ИНН 7729355614"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@detmir.example"},
		URL:         "https://detmir.example/pages/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.November, 15),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: ru20Consumers, Region: regionRU},
			{Act: "Правила продажи товаров по договору розничной купли-продажи, утверждённые постановлением Правительства Российской Федерации от 31.12.2020 № 2463", Region: regionRU},
			{Act: ru20Cash, Region: regionRU},
			{Act: "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе»", Region: regionRU},
			{Act: "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации», ст. 10.2-2", Region: regionRU},
			{Act: "правила программы лояльности «Детский мир»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionProvision,
			policy.DefinitionDissemination, policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope: []string{"магазины «Детский мир» и зоомагазины «Зоозавр»", "интернет-магазин detmir.ru и мобильное приложение «Детский мир»",
			"программа лояльности «Детский мир»"},
		OtherNotices: []policy.Notice{{Covers: "продавцов маркетплейса detmir.ru", URL: "https://detmir.example/pages/sellers-privacy"}, {Covers: "работников компании и кандидатов на вакансии"}},
		External:     []policy.ExternalService{policy.ExternalLinkedSites},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, children, orders, delivery, reviews, location, support, video, device, interests},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полные реквизиты банковской карты", Category: orders, Note: "Их получает банк или платёжный сервис, принимающий оплату."},
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric, Note: "Видеозаписи в магазинах не используются для установления личности."},
		},
		Purposes:    []*policy.Purpose{accountPurpose, loyalty, kids, sales, status, receipts, returns, parts, publish, recommend, nearby, abuse, helping, cctv, marketing, analytics},
		Recipients:  []*policy.Recipient{couriers, sellers, payments, instalments, ofd, mailers, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{member, children, delivery, interests}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{children, reviews, location, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для работы сайта, например корзина и выбранный город", Party: policy.PartyFirst, Purpose: sales, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в личном кабинете, письмом на pd@detmir.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Links:                policy.Links{Recommendations: "https://detmir.example/pages/recommendations"},
		Children: policy.Children{MinimumAge: 18, Scope: "личный кабинет на сайте и в приложении и программа лояльности",
			Note: "Сведения о детях сообщают их родители; сами дети в программе не регистрируются."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@detmir.example", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"children's goods retail chain (Detsky Mir)", p, []statement{
		{says: "the operator is PJSC Detsky Mir in Moscow, named with its INN, which runs the Detsky Mir and Zoozavr stores, the online store and the loyalty programme", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "ПАО «Детский мир»" && strings.Contains(p.Controller.Registration, "ИНН") && strings.Contains(p.Scope[0], "Зоозавр") && len(p.Scope) == 3
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, dissemination and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 8 && slices.Contains(p.Definitions, policy.DefinitionDissemination)
		}},
		{says: "the company processes data under the Civil Code, the consumer protection law and the rules for retail sales, the laws on cash registers, advertising and information, and the rules of its loyalty programme", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "the marketplace's sellers, and the company's employees and job candidates, are covered by separate documents", typed: func(p *policy.Policy) bool {
			return len(p.OtherNotices) == 2 && p.OtherNotices[0].URL != ""
		}},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "an account is created with a phone number confirmed by an SMS code, and a customer may buy in the stores without one", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("account").Required, "без него") && p.Purpose("account").Uses(p.Category("member"))
		}},
		{says: "a member of the loyalty programme gives the phone number, name, date of birth and, if he wishes, an email address, and the company records the card and the bonuses earned and spent", typed: func(p *policy.Policy) bool {
			return len(p.Category("member").Items) == 6 && p.Purpose("loyalty").RestsOn(policy.BasisContract, policy.FZ152)
		}},
		{says: "only adults may open an account and join the programme", typed: func(p *policy.Policy) bool {
			return p.Children.MinimumAge == 18 && strings.Contains(p.Children.Scope, "программа лояльности")
		}},
		{says: "a member may add children to the account with each child's name, sex and date of birth", typed: func(p *policy.Policy) bool {
			return len(p.Category("children").Items) == 3 && p.Purpose("kids").Uses(p.Category("children"))
		}},
		{says: "the parent who adds a child confirms being entitled to give the child's data", typed: func(p *policy.Policy) bool {
			return othersGive(p, "children") && slices.Contains(p.Purpose("kids").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "the children's data is used, with the parent's consent, to offer goods for the child's age and to credit bonuses on the child's birthday", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kids")
			return k.RestsOn(policy.BasisConsent, policy.FZ152) && k.Profiling && strings.Contains(k.Name, "дню его рождения")
		}},
		{says: "giving the children's data is voluntary, and a member who does not give it only misses those offers and bonuses", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("kids").Required, "не обязательно")
		}},
		{says: "a parent can delete a child's data in the account at any time, and it is then destroyed", typed: func(p *policy.Policy) bool {
			return p.Purpose("kids").Withdraw != "" && slices.Contains(p.Deletion[2].Categories, p.Category("children"))
		}},
		{says: "the company infers the age and sex of the children a customer buys for and the categories that interest the customer from purchases, the children's data and browsing", typed: func(p *policy.Policy) bool {
			return len(p.Category("interests").DerivedFrom) == 3 && slices.Contains(p.Category("interests").DerivedFrom, p.Category("children"))
		}},
		{says: "for an order the company records its contents, payment and the delivery address or the store chosen, and the recipient's name and phone", typed: func(p *policy.Policy) bool {
			s := p.Purpose("orders")
			return s.Uses(p.Category("orders")) && s.Uses(p.Category("delivery")) && s.Required != ""
		}},
		{says: "an order may be sent to another person, whose name and phone the buyer gives with that person's consent", typed: func(p *policy.Policy) bool { return othersGive(p, "delivery") }},
		{says: "couriers and delivery services deliver orders on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor
		}},
		{says: "goods of marketplace sellers are sold on the website, and the seller receives what it needs to send the order and take returns, under its own policy", typed: func(p *policy.Policy) bool {
			r := recipient(p, "sellers")
			return r.OwnPolicy && r.Role == policy.RoleThirdParty && slices.Contains(p.Purpose("orders").Recipients, r)
		}},
		{says: "messages about the order's status and readiness for pickup are sent under the contract and are not advertising", typed: func(p *policy.Policy) bool {
			s := p.Purpose("status")
			return s.ServiceMessages && !s.DirectMarketing
		}},
		{says: "banks and payment services accept payment and make refunds, and the company does not receive the full card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "payments").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("orders")
		}},
		{says: "a buyer who chooses to pay in parts agrees to the data going to the service or bank that provides it, and may pay otherwise", typed: func(p *policy.Policy) bool {
			s := p.Purpose("instalments")
			return s.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "instalments").Conditional && s.Required != ""
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and purchases are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Purpose("receipts").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "ofd") != nil && p.Category("orders").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "returns and claims are handled under the consumer protection law, with the seller where the goods are the seller's", typed: func(p *policy.Policy) bool {
			r := p.Purpose("returns")
			return r.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(r.Recipients, recipient(p, "sellers"))
		}},
		{says: "reviews are published with the author's name and photos, with consent to their dissemination, and the author can delete them", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && p.Purpose("reviews").Withdraw != ""
		}},
		{says: "moderators reject reviews that break the rules or the law, and the author can contest it through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && s.Contest != ""
		}},
		{says: "goods are recommended from purchases, browsing and the children's ages, under published rules for the recommendation technologies", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recommendations")
			return r.Profiling && r.Uses(p.Category("interests")) && p.Links.Recommendations != ""
		}},
		{says: "with the customer's permission the app uses the device's location to show the nearest stores and whether the goods are there, and the customer may choose the store instead", typed: func(p *policy.Policy) bool {
			l := p.Purpose("location")
			return p.Category("location").DevicePermission && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Required != ""
		}},
		{says: "a card or an order may be blocked for buying in bulk for resale, using others' cards or abusing bonuses, after an employee's review, and the customer can contest it through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return s.Automated == policy.AnswerNo && slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contest != ""
		}},
		{says: "support chats and calls are kept, and calls recorded after a warning, to resolve claims and check the support's work", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the stores are under video surveillance, the recordings are kept for 30 days and not used to identify anyone", typed: func(p *policy.Policy) bool {
			return p.Category("video").Retention.Period == policy.Days(30) && p.NotCollected[2].Note != ""
		}},
		{says: "advertising and personal offers are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the account, with the link in an email or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "the website uses the cookies it needs, such as for the basket and the city, and Yandex Metrica and AppMetrica, which a visitor can turn off", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut && p.Purpose("analytics").Withdraw != ""
		}},
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
		{says: "a customer may have the account deleted, with the children's data, and what the accounting law requires is kept", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation) && slices.Contains(d.Categories, p.Category("children"))
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "a customer has the rights of Art. 14 to 17, exercised in the account or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the relationship with the company and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureIncidentDetection) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the company never asks for codes from SMS messages, and customers keep them secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "the customer answers for the accuracy of the data and tells the recipient of an order that the data was given", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "the policy does not cover the websites of others that the store links to", typed: func(p *policy.Policy) bool { return slices.Contains(p.External, policy.ExternalLinkedSites) }},
		{says: "children's data comes only from their parents, and children do not register in the programme themselves", typed: func(p *policy.Policy) bool {
			return p.Children.Note != "" && othersGive(p, "children")
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "a parent who adds a child consents to the processing of the child's data as the child's legal representative", free: toCategory("children")},
		{says: "the company entrusts processing to others only under a contract that lists the actions and purposes and binds them to confidentiality and to the security measures of Art. 19", free: toIntroduction},
	}}
}
