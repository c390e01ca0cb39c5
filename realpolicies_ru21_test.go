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
// (Policy.Language): an insurer that sells motor, property, health, life
// and travel insurance, with the automated information system of
// insurance, the health data of insured persons, remote inspections of
// cars in its app, the victims of road accidents it compensates under
// the compulsory motor insurance law, medical assistance abroad and the
// financial ombudsman; a cosmetics and perfume retail chain with a
// loyalty card, an online shop and an app; and the guaranteeing supplier
// of electricity of Moscow and the Moscow region, with household
// customers' personal accounts, meter readings taken by smart meters,
// the state information system of housing and utilities, and the
// restriction of supply for debt.

// ru21Accounting is the accounting law's retention of primary documents.
const ru21Accounting = "Федеральный закон от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте», ст. 29 (5 лет)"

// ru21Advertising is the advertising law's requirement of the addressee's
// prior consent to advertising sent over telecommunications networks.
const ru21Advertising = "Федеральный закон от 13.03.2006 № 38-ФЗ «О рекламе», ст. 18"

// ru21AML is the anti-money-laundering law, to which insurers are subject
// as organisations carrying out operations with money (Art. 5).
const ru21AML = "Федеральный закон от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма»"

// ru21Cash is the law on cash registers, under which receipts go to the
// tax service through a fiscal data operator.
const ru21Cash = "Федеральный закон от 22.05.2003 № 54-ФЗ «О применении контрольно-кассовой техники», ст. 1.2"

// ru21Consumers is the consumer protection law.
const ru21Consumers = "Закон Российской Федерации от 07.02.1992 № 2300-1 «О защите прав потребителей»"

// ru21Insurance is the law on the organisation of insurance.
const ru21Insurance = "Закон Российской Федерации от 27.11.1992 № 4015-1 «Об организации страхового дела в Российской Федерации»"

// ru21OSAGO is the compulsory motor third-party liability insurance law.
const ru21OSAGO = "Федеральный закон от 25.04.2002 № 40-ФЗ «Об обязательном страховании гражданской ответственности владельцев транспортных средств»"

// ru21Ombudsman is the law on the financial ombudsman, to whom a consumer
// of financial services takes a dispute after a claim to the insurer.
const ru21Ombudsman = "Федеральный закон от 04.06.2018 № 123-ФЗ «Об уполномоченном по правам потребителей финансовых услуг»"

// ru21Archive is the list of standard archival documents, which sets
// five years after expiry for insurance contracts.
const ru21Archive = "Перечень типовых управленческих архивных документов, утверждённый приказом Росархива от 20.12.2019 № 236"

// realPolicyRu21Ingosstrakh paraphrases, in our own words and as we
// recall it, the policy of Ingosstrakh Insurance PJSC (СПАО «Ингосстрах»)
// on the processing of personal data, as published in 2024-2025 (its
// OGRN and the exact dates of its versions are left out, since we do not
// recall them exactly): policyholders, insured persons, beneficiaries
// and the drivers named in a motor policy; victims of road accidents
// whose claims the insurer settles under the compulsory motor insurance
// law; health data for life, accident, voluntary health and travel
// insurance, which clinics send when they bill the insurer; remote
// inspections of cars photographed in the app; the automated information
// system of insurance, which holds the bonus-malus history of drivers;
// agents and brokers; reinsurers; medical assistance abroad through
// assistance companies; identification under the anti-money-laundering
// law; fraud checks; subrogation and recourse against those who caused a
// loss; tax deductions; recorded calls; advertising by consent; cookies;
// insurance secrecy; localisation in Russia; the financial ombudsman and
// the Bank of Russia; and the rights of 152-FZ.
func realPolicyRu21Ingosstrakh() realPolicy {
	all := policy.Actions()
	secrecy := policy.Secrecy{Kind: policy.SecrecyInsurance, Laws: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации, ст. 946", Region: regionRU}}}
	aml := ru21AML + ", п. 4 ст. 7: 5 лет со дня прекращения отношений с клиентом"
	identity := &policy.Category{ID: "identity", Name: "данные страхователей, застрахованных лиц и выгодоприобретателей",
		Items: []string{"фамилия, имя и отчество", "дата и место рождения", "гражданство", "реквизиты паспорта или иного документа, удостоверяющего личность",
			"адрес регистрации и места жительства", "ИНН и СНИЛС — для налогового вычета и страхования жизни"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, OthersConsent: true,
		SourceDetail: "Единая система идентификации и аутентификации (Госуслуги), когда клиент входит в личный кабинет с её помощью, и работодатели, заключающие договоры добровольного медицинского страхования своих работников",
		Retention:    policy.AsRequiredBy(aml), Linked: true, Secrecy: secrecy}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"номер мобильного телефона", "адрес электронной почты", "почтовый адрес"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	vehicle := &policy.Category{ID: "vehicle", Name: "сведения о транспортном средстве и водителях",
		Items: []string{"марка, модель, год выпуска, VIN и государственный регистрационный знак", "реквизиты свидетельства о регистрации или паспорта транспортного средства",
			"реквизиты водительских удостоверений и стаж водителей, допущенных к управлению", "коэффициент «бонус-малус» и история страхования водителей"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, OthersConsent: true,
		SourceDetail: "автоматизированная информационная система страхования, которую ведёт АО «Национальная страховая информационная система»",
		Retention:    policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	inspection := &policy.Category{ID: "inspection", Name: "фотографии и видео при осмотре автомобиля в приложении",
		Items:       []string{"фотографии и видео автомобиля и его повреждений", "геолокация и время съёмки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic}, DevicePermission: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	property := &policy.Category{ID: "property", Name: "сведения о застрахованном имуществе", Items: []string{"адрес и характеристики квартиры или дома", "сведения о праве собственности", "стоимость имущества"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	health := &policy.Category{ID: "health", Name: "сведения о состоянии здоровья",
		Items: []string{"ответы на вопросы о здоровье при страховании жизни и от несчастных случаев", "медицинские документы, которые застрахованный представляет при страховом случае",
			"сведения медицинских организаций об оказанной застрахованному помощи и диагнозах"},
		Sensitivity: policy.SensitivitySpecial, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "медицинские организации, оказавшие застрахованному помощь по договору добровольного медицинского страхования или страхования выезжающих за рубеж, и ассистанс-компании",
		Retention:    policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true, Secrecy: secrecy}
	claims := &policy.Category{ID: "claims", Name: "сведения о страховых случаях и выплатах",
		Items: []string{"обстоятельства страхового случая, извещение о ДТП и документы компетентных органов", "размер ущерба и заключения экспертов",
			"сведения о потерпевших и о лице, причинившем вред", "реквизиты банковского счёта для выплаты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers, policy.SourceThirdParty}, OthersConsent: true,
		SourceDetail: "органы внутренних дел, медицинские организации, эксперты и другие страховщики",
		Retention:    policy.Keep(policy.Years(5), policy.EventPurposeAchieved), Linked: true, Secrecy: secrecy}
	premiums := &policy.Category{ID: "premiums", Name: "договоры и платежи", Items: []string{"номер, срок и условия договора страхования", "уплаченная страховая премия и способ оплаты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(5), From: policy.EventContractEnd, Law: ru21Archive}, Linked: true, Secrecy: secrecy}
	partners := &policy.Category{ID: "partners", Name: "данные агентов, брокеров и представителей контрагентов", Items: []string{"фамилия, имя и отчество", "должность и доверенность", "рабочие контакты", "для агентов — физических лиц: паспортные данные, ИНН и банковские реквизиты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(5), policy.EventContractEnd), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения в контактный центр", Items: []string{"записи телефонных разговоров", "переписка в чате сайта и приложения", "претензии и жалобы"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "данные сайта и приложения", Items: []string{"IP-адрес", "идентификаторы cookie", "модель и операционная система устройства", "действия на сайте и в приложении"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	agents := &policy.Recipient{ID: "agents", Name: "страховые агенты и брокеры", Role: policy.RoleProcessor, Categories: []*policy.Category{identity, contact, vehicle, property, premiums},
		Purpose: "оформлять договоры страхования от имени страховщика и по его поручению", Country: regionRU}
	nsis := &policy.Recipient{ID: "nsis", Name: "АО «Национальная страховая информационная система» — оператор автоматизированной информационной системы страхования", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, vehicle, premiums, claims}, Purpose: "вести сведения о договорах ОСАГО и страховых случаях, рассчитывать коэффициент «бонус-малус» и проверять подлинность полисов", Country: regionRU}
	clinics := &policy.Recipient{ID: "clinics", Name: "медицинские организации, оказывающие помощь по программам добровольного медицинского страхования", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, premiums}, Purpose: "проверять, что пациент застрахован, и оказывать ему помощь за счёт страховщика", Country: regionRU}
	assistance := &policy.Recipient{ID: "assistance", Name: "ассистанс-компании и медицинские организации за рубежом", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact, health, premiums}, Purpose: "организовывать и оплачивать медицинскую помощь застрахованному, заболевшему или пострадавшему в поездке"}
	repairers := &policy.Recipient{ID: "repairers", Name: "станции технического обслуживания, эксперты-техники и оценщики", Role: policy.RoleProcessor,
		Categories: []*policy.Category{identity, contact, vehicle, inspection, claims}, Purpose: "осматривать и оценивать повреждённое имущество и ремонтировать автомобили по направлению страховщика", Country: regionRU}
	reinsurers := &policy.Recipient{ID: "reinsurers", Name: "перестраховщики, в том числе АО «Российская национальная перестраховочная компания»", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{identity, premiums, claims}, Purpose: "принимать в перестрахование крупные риски и участвовать в выплатах по ним", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, premiums, claims},
		Purpose: "принимать страховые премии и перечислять страховые выплаты", Country: regionRU}
	rfm := &policy.Recipient{ID: "rfm", Name: "Федеральная служба по финансовому мониторингу (Росфинмониторинг)", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, premiums, claims}, Country: regionRU}
	fns := &policy.Recipient{ID: "fns", Name: "Федеральная налоговая служба", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, premiums},
		Purpose: "подтверждать взносы по договорам страхования жизни и ДМС для социального налогового вычета и сообщать о доходах, с которых страховщик удержал налог", Country: regionRU}
	police := &policy.Recipient{ID: "police", Name: "правоохранительные органы", Role: policy.RoleAuthority, Categories: []*policy.Category{identity, claims, inspection},
		Purpose: "страховщик выявил признаки страхового мошенничества и сообщает о них", Country: regionRU, Conditional: true}
	liable := &policy.Recipient{ID: "liable", Name: "лица, ответственные за убытки, и их страховщики", Role: policy.RoleThirdParty, Categories: []*policy.Category{claims},
		Purpose: "страховщик, выплатив возмещение, предъявляет требование в порядке суброгации или регресса", Country: regionRU, Conditional: true}
	heirs := &policy.Recipient{ID: "heirs", Name: "выгодоприобретатели и наследники застрахованного лица", Role: policy.RoleThirdParty, Categories: []*policy.Category{identity, premiums, claims},
		Purpose: "застрахованное лицо умерло и выгодоприобретатели или наследники представили документы, которых требуют правила страхования", Country: regionRU, Conditional: true}
	messaging := &policy.Recipient{ID: "messaging", Name: "операторы связи и сервисы рассылки SMS-сообщений и писем", Role: policy.RoleProcessor, Categories: []*policy.Category{contact}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	contracts := &policy.Purpose{ID: "contracts", Name: "заключение и исполнение договоров страхования, в том числе оценка страхового риска и расчёт страховой премии",
		Categories: []*policy.Category{identity, contact, vehicle, property, premiums},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents, reinsurers, banks, messaging},
		Required: "без данных страхователя, застрахованных лиц и объекта страхования договор не может быть заключён, а без сведений о водителях полис ОСАГО оформляется только без ограничения их числа",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	osago := &policy.Purpose{ID: "osago", Name: "обмен сведениями о договорах ОСАГО и страховых случаях с автоматизированной информационной системой страхования",
		Categories: []*policy.Category{identity, vehicle, premiums, claims},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{nsis},
		Obligations: []policy.Obligation{{Act: ru21OSAGO + ", ст. 30", Region: regionRU}, {Act: ru21Insurance, Region: regionRU}},
		Required:    "электронный полис ОСАГО оформляется, только если данные страхователя, автомобиля и водителей совпали со сведениями системы",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	medical := &policy.Purpose{ID: "health", Name: "страхование жизни, от несчастных случаев, добровольное медицинское страхование и страхование выезжающих за рубеж: оценка риска и оплата медицинской помощи",
		Categories: []*policy.Category{identity, contact, health, premiums},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{clinics, assistance},
		Required: "без ответов на вопросы о здоровье договор страхования жизни может быть не заключён или заключён на иных условиях",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	remote := &policy.Purpose{ID: "inspection", Name: "дистанционный осмотр автомобиля по фотографиям и видео, снятым в приложении", Categories: []*policy.Category{vehicle, inspection},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{repairers},
		Required: "клиент, который не хочет снимать автомобиль сам, предоставляет его для осмотра в офисе страховщика",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	settlement := &policy.Purpose{ID: "claims", Name: "урегулирование убытков: приём заявлений, осмотр и экспертиза, направление на ремонт и страховые выплаты, в том числе потерпевшим по ОСАГО",
		Categories: []*policy.Category{identity, contact, vehicle, inspection, property, claims},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{repairers, banks, nsis, heirs},
		Obligations: []policy.Obligation{{Act: ru21OSAGO + ", ст. 12", Region: regionRU}},
		Required:    "без документов, которые требуют правила страхования, страховщик не может рассмотреть заявление о страховом случае",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	kyc := &policy.Purpose{ID: "kyc", Name: "идентификация клиентов, их представителей и выгодоприобретателей, противодействие отмыванию доходов и финансированию терроризма",
		Categories: []*policy.Category{identity, premiums, claims},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{rfm},
		Obligations: []policy.Obligation{{Act: ru21AML + ", ст. 7", Region: regionRU}},
		TippingOff:  []policy.Obligation{{Act: "Федеральный закон от 07.08.2001 № 115-ФЗ, п. 6 ст. 7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	taxes := &policy.Purpose{ID: "taxes", Name: "подтверждение права на социальный налоговый вычет и исполнение обязанностей налогового агента", Categories: []*policy.Category{identity, premiums},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{fns},
		Obligations: []policy.Obligation{{Act: "Налоговый кодекс Российской Федерации, ст. 213, 219 и 226", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	fraud := &policy.Purpose{ID: "fraud", Name: "выявление и предотвращение страхового мошенничества", Categories: []*policy.Category{identity, vehicle, inspection, claims, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита страховщика и добросовестных клиентов от выплат по инсценированным и повторно заявленным случаям",
		Recipients: []*policy.Recipient{police, nsis},
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetPayment}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud},
			Automated: policy.AnswerNo, Contest: "направив страховщику претензию, а затем обратившись к финансовому уполномоченному или в суд"}}
	recovery := &policy.Purpose{ID: "recovery", Name: "предъявление требований к лицам, ответственным за убытки, в порядке суброгации и регресса", Categories: []*policy.Category{claims},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "возмещение страховщику выплаченного страхового возмещения лицом, ответственным за убытки, как позволяют ст. 965 Гражданского кодекса и ст. 14 Федерального закона № 40-ФЗ",
		Recipients: []*policy.Recipient{liable},
		Subjects:   []policy.DataSubject{policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	intermediaries := &policy.Purpose{ID: "partners", Name: "заключение и исполнение договоров с агентами, брокерами, медицинскими организациями и другими контрагентами", Categories: []*policy.Category{partners},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegitimateInterests}, Interest: "исполнение договоров с организациями, которых представляют эти лица",
		Required: "без данных агента страховщик не может заключить с ним агентский договор и выплачивать вознаграждение",
		Subjects: []policy.DataSubject{policy.DataSubjectCounterparties}, Actions: all, Method: policy.ProcessingMethodMixed}
	support := &policy.Purpose{ID: "support", Name: "ответы на обращения, рассмотрение претензий и контроль качества обслуживания", Categories: []*policy.Category{identity, contact, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests, policy.BasisLegalObligation}, Interest: "разбор обращений клиентов и контроль качества работы контактного центра",
		Obligations: []policy.Obligation{{Act: ru21Ombudsman + ", ст. 16", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы и предложений страховщика и его партнёров", Categories: []*policy.Category{identity, contact, premiums},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "по ссылке в письме, в личном кабинете или заявлением страховщику", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru21Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectMessageRecipients}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "115035, г. Москва, ул. Пятницкая, д. 12, стр. 2"
	p := &policy.Policy{
		Title:    "политика СПАО «Ингосстрах» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "СПАО «Ингосстрах»", Email: "pd@ingos.example", Address: address},
			Country: regionRU, Registration: "страховое публичное акционерное общество «Ингосстрах», лицензии Банка России на осуществление страхования и перестрахования"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@ingos.example"},
		URL:         "https://ingos.example/company/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.September, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Конституция Российской Федерации", Region: regionRU},
			{Act: "Гражданский кодекс Российской Федерации, гл. 48 «Страхование»", Region: regionRU},
			{Act: "Налоговый кодекс Российской Федерации", Region: regionRU},
			{Act: ru21Insurance, Region: regionRU},
			{Act: ru21OSAGO, Region: regionRU},
			{Act: ru21AML, Region: regionRU},
			{Act: ru21Ombudsman, Region: regionRU},
			{Act: ru21Advertising, Region: regionRU},
			{Act: "устав, лицензии и правила страхования СПАО «Ингосстрах»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem, policy.DefinitionCrossBorderTransfer},
		Scope:        []string{"сайт ingos.ru и личный кабинет клиента", "мобильное приложение «Ингосстрах»", "офисы продаж и урегулирования убытков, агентов страховщика и контактный центр"},
		OtherNotices: []policy.Notice{{Covers: "работников страховщика и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{identity, contact, vehicle, inspection, property, health, claims, premiums, partners, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полные реквизиты банковской карты", Category: premiums, Note: "Их получает банк, принимающий оплату на сайте и в приложении."},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:   []*policy.Purpose{contracts, osago, medical, remote, settlement, kyc, taxes, fraud, recovery, intermediaries, support, marketing, analytics},
		Recipients: []*policy.Recipient{agents, nsis, clinics, assistance, repairers, reinsurers, banks, rfm, fns, police, liable, heirs, messaging, metrica},
		Transfers: []policy.Transfer{{ChosenDestination: policy.ChosenDestinationTravel, Recipient: assistance, Categories: []*policy.Category{identity, contact, health, premiums},
			Safeguard: policy.SafeguardContractNecessity, NoticeGiven: true}},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, необходимые для работы сайта и личного кабинета", Party: policy.PartyFirst, Purpose: contracts, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в личном кабинете, в офисе страховщика с паспортом или письменным запросом по адресу страховщика"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents:    []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature},
			RepeatAfter: policy.Days(30)},
		Redress: []policy.Redress{
			{Kind: policy.RedressDisputeResolution, Contact: policy.Contact{Name: "уполномоченный по правам потребителей финансовых услуг (финансовый уполномоченный)", Website: "https://finombudsman.example"}},
			{Kind: policy.RedressRegulator, Contact: policy.Contact{Name: "Банк России (интернет-приёмная)", Website: "https://cbr.example/reception"}},
		},
		Security: append(fz152Security(),
			policy.Measure{Name: "защита информации в финансовых организациях по национальному стандарту ГОСТ Р 57580.1-2017, как требует Банк России"}),
		SafetyTips: []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		UserDuties: []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Children: policy.Children{ConsentAge: 18,
			Note: "Договор страхования заключает совершеннолетний страхователь; данные застрахованных детей предоставляют их родители или иные законные представители."},
		Changes: policy.Changes{EffectiveOnPosting: true},
		Contact: policy.Contact{Email: "pd@ingos.example", Address: address},
	}
	ru14Breach(p)
	return realPolicy{"insurer (Ingosstrakh)", p, []statement{
		{says: "the operator is Ingosstrakh Insurance PJSC at Pyatnitskaya Street in Moscow, an insurer licensed by the Bank of Russia", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "СПАО «Ингосстрах»" && strings.Contains(p.Controller.Address, "Пятницкая") && strings.Contains(p.Controller.Registration, "лицензии Банка России")
		}},
		{says: "the insurer has appointed a person responsible for organising the processing of personal data, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy opens by defining the operator, processing, cross-border transfer and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 10 && slices.Contains(p.Definitions, policy.DefinitionCrossBorderTransfer)
		}},
		{says: "the policy covers the website and the personal account, the app, the offices, the agents and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the insurer's employees and job candidates are covered by a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "the insurer processes data under the Constitution, the Civil Code's chapter on insurance, the Tax Code, the laws on insurance, compulsory motor insurance, money laundering, the financial ombudsman and advertising, and its charter, licences and insurance rules", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 9
		}},
		{says: "processing is lawful, fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "the insurer collects the name, date and place of birth, citizenship, passport, addresses, INN and SNILS of policyholders, insured persons and beneficiaries", typed: func(p *policy.Policy) bool {
			return len(p.Category("identity").Items) == 6
		}},
		{says: "a policyholder who names insured persons, beneficiaries or drivers confirms having their consent to give their data", typed: func(p *policy.Policy) bool {
			return othersGive(p, "identity") && othersGive(p, "vehicle")
		}},
		{says: "employers give the data of their employees whom they insure under voluntary health insurance, and clients may sign in through Gosuslugi", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Category("identity").SourceDetail, "работодател") && strings.Contains(p.Category("identity").SourceDetail, "Госуслуги")
		}},
		{says: "for motor insurance the insurer records the car, its registration documents and the licences and experience of the drivers", typed: func(p *policy.Policy) bool {
			return p.Purpose("contracts").Uses(p.Category("vehicle")) && len(p.Category("vehicle").Items) == 4
		}},
		{says: "the insurer calculates the premium from the risk, and without the drivers' details an OSAGO policy covers any driver", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("contracts").Required, "без ограничения")
		}},
		{says: "contracts and claims under OSAGO go to the automated information system of insurance, which gives the bonus-malus history and checks policies", typed: func(p *policy.Policy) bool {
			o := p.Purpose("osago")
			return o.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(o.Recipients, recipient(p, "nsis")) && slices.Contains(p.Category("vehicle").Sources, policy.SourceThirdParty)
		}},
		{says: "an electronic OSAGO policy is issued only if the data matches the system's records", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("osago").Required, "электронный полис")
		}},
		{says: "for life, accident, health and travel insurance the insurer processes health data: answers to health questions, medical documents and what clinics report", typed: func(p *policy.Policy) bool {
			return p.Category("health").Sensitivity == policy.SensitivitySpecial && p.Purpose("health").Uses(p.Category("health")) && len(p.Category("health").Items) == 3
		}},
		{says: "without answers to the health questions a life insurance contract may be refused or offered on other terms", typed: func(p *policy.Policy) bool {
			return p.Purpose("health").Required != ""
		}},
		{says: "clinics serving voluntary health insurance receive the lists of insured persons and bill the insurer for the care they give", typed: func(p *policy.Policy) bool {
			return recipient(p, "clinics").Role == policy.RoleThirdParty && slices.Contains(p.Category("health").Sources, policy.SourceThirdParty)
		}},
		{says: "for a traveller taken ill abroad, assistance companies and foreign clinics in the country of travel receive the data needed to organise and pay for care, a transfer the insurer notified to Roskomnadzor", typed: func(p *policy.Policy) bool {
			t := p.Transfers[0]
			return t.ChosenDestination == policy.ChosenDestinationTravel && t.Safeguard == policy.SafeguardContractNecessity && t.NoticeGiven && slices.Contains(t.Categories, p.Category("health"))
		}},
		{says: "the insurer keeps insurance secrecy, as the Civil Code requires, over what it learns of its clients, their health and their property", typed: func(p *policy.Policy) bool {
			return p.Category("health").Secrecy.Kind == policy.SecrecyInsurance && p.Category("property").Secrecy.Kind == policy.SecrecyInsurance
		}},
		{says: "a client may photograph the car in the app for a remote inspection, which records where and when the photos were taken, or bring the car to an office instead", typed: func(p *policy.Policy) bool {
			c := p.Category("inspection")
			return c.DevicePermission && strings.Contains(c.Items[1], "геолокация") && p.Purpose("inspection").Required != ""
		}},
		{says: "claims are settled with inspections, expert assessments, repairs at service stations and payments, including to the victims of accidents under OSAGO, who are not the insurer's clients", typed: func(p *policy.Policy) bool {
			c := p.Purpose("claims")
			return c.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(c.Subjects, policy.DataSubjectThirdParties) && recipient(p, "repairers").Role == policy.RoleProcessor
		}},
		{says: "a claim cannot be considered without the documents the insurance rules require", typed: func(p *policy.Policy) bool { return p.Purpose("claims").Required != "" }},
		{says: "after an insured person's death the insurer gives information to the beneficiaries and heirs who present the documents the rules require", typed: func(p *policy.Policy) bool {
			h := recipient(p, "heirs")
			return h.Conditional && slices.Contains(p.Purpose("claims").Recipients, h)
		}},
		{says: "agents and brokers conclude contracts on the insurer's behalf and instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleProcessor && slices.Contains(p.Purpose("contracts").Recipients, recipient(p, "agents"))
		}},
		{says: "reinsurers, among them the Russian National Reinsurance Company, receive the data of large risks they reinsure", typed: func(p *policy.Policy) bool {
			return strings.Contains(recipient(p, "reinsurers").Name, "перестраховочная") && recipient(p, "reinsurers").Country == regionRU
		}},
		{says: "banks accept premiums and pay out claims, and the insurer does not receive full card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("premiums")
		}},
		{says: "the insurer identifies its clients and reports to Rosfinmonitoring under the anti-money-laundering law, and does not tell a client of such a report", typed: func(p *policy.Policy) bool {
			k := p.Purpose("kyc")
			return k.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(k.TippingOff) == 1 && recipient(p, "rfm").Role == policy.RoleAuthority
		}},
		{says: "identification data is kept five years after the relationship ends, as the anti-money-laundering law requires", typed: func(p *policy.Policy) bool {
			return p.Category("identity").Retention.Kind == policy.RetentionRequiredByLaw && strings.Contains(p.Category("identity").Retention.Law, "115-ФЗ")
		}},
		{says: "contracts are kept five years after they end, under the list of standard archival documents", typed: func(p *policy.Policy) bool {
			r := p.Category("premiums").Retention
			return r.Period == policy.Years(5) && r.From == policy.EventContractEnd && strings.Contains(r.Law, "Росархива")
		}},
		{says: "the insurer confirms premiums for the social tax deduction and reports to the tax service as a tax agent", typed: func(p *policy.Policy) bool {
			return p.Purpose("taxes").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "fns").Role == policy.RoleAuthority
		}},
		{says: "the insurer checks claims for fraud, may hold a payment while it investigates, and reports signs of fraud to the police", typed: func(p *policy.Policy) bool {
			f := p.Purpose("fraud")
			return slices.Contains(f.Suspension.Targets, policy.SuspensionTargetPayment) && f.Suspension.Automated == policy.AnswerNo && recipient(p, "police").Conditional
		}},
		{says: "a client who disagrees sends a claim to the insurer and then goes to the financial ombudsman or a court", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("fraud").Suspension.Contest, "финансовому уполномоченному") && p.Redress[0].Kind == policy.RedressDisputeResolution
		}},
		{says: "after paying a claim the insurer claims the amount back from whoever caused the loss, by subrogation or recourse", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recovery")
			return r.Interest != "" && recipient(p, "liable").Conditional && slices.Contains(r.Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "the insurer processes the data of its agents, brokers and the representatives of its counterparties to conclude and perform contracts with them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("partners").Subjects, policy.DataSubjectCounterparties) && othersGive(p, "partners")
		}},
		{says: "calls to the contact centre are recorded after a warning, and complaints are handled as the law on the financial ombudsman requires", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && len(p.Purpose("support").Obligations) == 1
		}},
		{says: "advertising is sent only with consent, as the law on advertising requires, and the consent can be withdrawn with the link in an email, in the personal account or by application", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "the website uses necessary cookies and Yandex Metrica, which a visitor can refuse in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Party == policy.PartyThird && p.Purpose("analytics").Withdraw != ""
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && p.Storage[0].Location == regionRU
		}},
		{says: "the insurer does not process biometric personal data", typed: func(p *policy.Policy) bool { return p.NotCollected[1].Class == policy.DataClassBiometric }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to courts, investigators and other state bodies on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "data is destroyed within 30 days of the purpose being achieved, except what a law requires to keep", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.From == policy.EventPurposeAchieved && d.Total() == policy.Days(30) && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn, processing is found unlawful or the insurer is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "clients have the rights of Art. 14 to 17, exercised in the personal account, in an office or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the contract and the signature, is answered within 10 working days, extendable by 5, and may be repeated after 30 days", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5) && r.RepeatAfter == policy.Days(30)
		}},
		{says: "complaints about the insurer's services may also go to the Bank of Russia", typed: func(p *policy.Policy) bool { return p.Redress[1].Kind == policy.RedressRegulator }},
		{says: "the insurer protects data with the measures of Art. 18.1 and 19 and the Bank of Russia's standard for financial organisations, and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureThreatAssessment) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return strings.Contains(m.Name, "57580") }) &&
				slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the insurer never asks for codes from SMS messages or card details by phone, and clients keep their password and codes secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "the client answers for the accuracy of the data and tells the insured persons and drivers named of it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "contracts are concluded by adults, and parents give the data of insured children", typed: func(p *policy.Policy) bool {
			return p.Children.ConsentAge == 18 && p.Children.Note != ""
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "health data is processed under the insurance legislation, which 152-FZ Art. 10(2) lists among the cases where special categories may be processed without written consent", free: toPurpose("health")},
		{says: "an OSAGO policy's authenticity can be checked on the website of the Russian Union of Motor Insurers or of the national insurance information system, and clients are asked to check any policy sold to them by someone they do not know", free: toIntroduction},
	}}
}

// ru21Recommendations is the article of the information law that asks a
// service using recommendation technologies to publish the rules of
// their use.
const ru21Recommendations = "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации, информационных технологиях и о защите информации», ст. 10.2-2"

// realPolicyRu21GoldApple paraphrases, in our own words and as we recall
// it, the policy on the processing of personal data of Gold Apple LLC
// (ООО «Золотое Яблоко»), the cosmetics and perfume retail chain, with
// the rules of its loyalty programme that it refers to, as published in
// 2024-2025 (its OGRN, its exact address and the exact dates of its
// versions are left out, since we do not recall them exactly; nor do we
// recall exactly the levels of its card and the age from which the
// programme is open): the loyalty card, virtual in the app or a plastic
// one, registered by a phone number, with levels that depend on the sum
// of purchases and a birthday discount; the online shop goldapple.ru and
// the app, with delivery by couriers and partners' pickup points, pickup
// in the stores and payment in parts through partners; electronic gift
// cards sent to another person; a beauty profile of skin and hair type
// that the customer may fill in for recommendations; reviews with
// photos; recommendations under published rules; the location of the
// device to show the nearest store; receipts and returns under the
// consumer protection law; the blocking of cards used to buy for resale;
// video surveillance in the stores; advertising by consent; analytics and
// advertising cookies; and localisation in Russia.
func realPolicyRu21GoldApple() realPolicy {
	all := policy.Actions()
	member := &policy.Category{ID: "member", Name: "данные участника программы лояльности",
		Items:       []string{"номер мобильного телефона", "фамилия и имя", "дата рождения", "пол", "адрес электронной почты", "номер карты лояльности и её уровень"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	purchases := &policy.Category{ID: "purchases", Name: "покупки и заказы",
		Items:       []string{"купленные товары, их цены и скидки", "магазин или интернет-магазин, дата и время покупки", "начисленные и списанные бонусы", "возвраты и электронные чеки"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser}, Retention: policy.AsRequiredBy(ru21Accounting), Linked: true}
	delivery := &policy.Category{ID: "delivery", Name: "данные для доставки",
		Items:       []string{"адрес доставки или выбранный пункт выдачи", "имя и номер телефона получателя", "комментарий для курьера"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	gift := &policy.Category{ID: "gift", Name: "данные получателя электронного подарочного сертификата", Items: []string{"имя получателя", "номер телефона или адрес электронной почты получателя", "текст поздравления"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceOtherUsers}, OthersConsent: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	beauty := &policy.Category{ID: "beauty", Name: "бьюти-профиль", Items: []string{"тип кожи и волос", "любимые бренды и категории товаров", "цели ухода, которые выбрал покупатель"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	reviews := &policy.Category{ID: "reviews", Name: "отзывы о товарах", Items: []string{"имя автора", "текст отзыва и оценка товара", "фотографии, которые приложил автор"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Visibility: policy.VisibilityAlways, DisseminationConsent: true,
		Retention: policy.Until(policy.EventConsentWithdrawal), Linked: true}
	interests := &policy.Category{ID: "interests", Name: "предпочтения покупателя", Items: []string{"категории и бренды, которые покупатель выбирает чаще всего", "как часто и на какую сумму он покупает"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceDerived}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	location := &policy.Category{ID: "location", Name: "местоположение устройства", Items: []string{"приблизительное местоположение телефона"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, DevicePermission: true, Retention: policy.Until(policy.EventPurposeAchieved)}
	support := &policy.Category{ID: "support", Name: "обращения в службу поддержки", Items: []string{"записи телефонных разговоров", "переписка в чате приложения и сайта", "претензии о качестве товаров"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	video := &policy.Category{ID: "video", Name: "видеозаписи камер в магазинах", Items: []string{"изображения людей в торговых залах и у касс"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Days(30), policy.EventCollection)}
	device := &policy.Category{ID: "device", Name: "технические данные",
		Items:       []string{"IP-адрес", "идентификаторы cookie и рекламный идентификатор устройства", "модель устройства и операционная система", "просмотренные товары, поисковые запросы и содержимое корзины"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	interests.DerivedFrom = []*policy.Category{purchases, device}

	hosting := &policy.Recipient{ID: "hosting", Name: "поставщики информационных систем и центров обработки данных в России", Role: policy.RoleProcessor,
		Categories: []*policy.Category{member, purchases, delivery, gift, beauty, interests}, Purpose: "размещать и сопровождать интернет-магазин, приложение и систему программы лояльности по поручению компании", Country: regionRU}
	couriers := &policy.Recipient{ID: "couriers", Name: "службы доставки и партнёры, в пунктах выдачи которых покупатель получает заказ", Role: policy.RoleProcessor,
		Categories: []*policy.Category{delivery}, Purpose: "доставлять и выдавать заказы по поручению компании", Country: regionRU}
	banks := &policy.Recipient{ID: "banks", Name: "банки и платёжные сервисы", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, purchases},
		Purpose: "принимать оплату заказов и возвращать деньги", Country: regionRU}
	instalments := &policy.Recipient{ID: "instalments", Name: "сервисы оплаты частями", Role: policy.RoleThirdParty, Categories: []*policy.Category{member, purchases},
		Purpose: "покупатель выбирает оплату частями", Country: regionRU, Conditional: true, OwnPolicy: true}
	ofd := &policy.Recipient{ID: "ofd", Name: "оператор фискальных данных", Role: policy.RoleThirdParty, Categories: []*policy.Category{purchases},
		Purpose: "передавать чеки в ФНС России и направлять покупателю электронный чек", Country: regionRU}
	mailers := &policy.Recipient{ID: "mailers", Name: "сервисы рассылки SMS-сообщений, писем и push-уведомлений", Role: policy.RoleProcessor, Categories: []*policy.Category{member, gift, device}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика и AppMetrica)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}
	ads := &policy.Recipient{ID: "ads", Name: "рекламные системы ООО «Яндекс» и ООО «ВК»", Role: policy.RoleThirdParty, Categories: []*policy.Category{device},
		Purpose: "показывать рекламу компании на других сайтах и измерять её результаты", Country: regionRU, OwnPolicy: true}

	programme := &policy.Purpose{ID: "programme", Name: "участие в программе лояльности: выпуск и обслуживание карты, скидки по уровню карты, бонусы и скидка в день рождения",
		Categories: []*policy.Category{member, purchases},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, mailers},
		Required:   "карта выпускается по номеру телефона, подтверждённому кодом из SMS-сообщения; без даты рождения участник не получает скидку в день рождения; покупать можно и без карты",
		MinimumAge: 14,
		Subjects:   []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	orders := &policy.Purpose{ID: "orders", Name: "оформление, оплата и доставка заказов в интернет-магазине и приложении, самовывоз из магазинов",
		Categories: []*policy.Category{member, purchases, delivery},
		Bases:      []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{hosting, couriers, banks},
		Required: "без имени и телефона получателя и адреса доставки или магазина самовывоза заказ нельзя доставить",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	parts := &policy.Purpose{ID: "instalments", Name: "оплата заказа частями через сервисы партнёров", Categories: []*policy.Category{member, purchases},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от оплаты частями до оформления заказа или обратившись в сервис оплаты частями", ConsentMethod: policy.ConsentMethodCheckbox,
		Recipients: []*policy.Recipient{instalments}, OptOut: true,
		Required: "оплата частями не обязательна; заказ можно оплатить картой или при получении",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	gifts := &policy.Purpose{ID: "gifts", Name: "продажа и отправка электронных подарочных сертификатов", Categories: []*policy.Category{member, purchases, gift},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{mailers},
		Required: "без телефона или адреса электронной почты получателя электронный сертификат нельзя отправить",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodAutomated}
	receipts := &policy.Purpose{ID: "receipts", Name: "выдача кассовых чеков и ведение бухгалтерского учёта", Categories: []*policy.Category{purchases},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{ofd},
		Obligations: []policy.Obligation{{Act: ru21Cash, Region: regionRU}, {Act: ru21Accounting, Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	returns := &policy.Purpose{ID: "returns", Name: "приём возвратов и рассмотрение претензий о качестве товаров", Categories: []*policy.Category{member, purchases, support},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{banks},
		Obligations: []policy.Obligation{{Act: ru21Consumers + ", ст. 18–26.1", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	profile := &policy.Purpose{ID: "beauty", Name: "ведение бьюти-профиля и подбор средств по типу кожи и волос", Categories: []*policy.Category{beauty},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "очистив бьюти-профиль в приложении", ConsentMethod: policy.ConsentMethodCheckbox, OptOut: true, Profiling: true,
		Required: "бьюти-профиль заполнять не обязательно; без него покупатель получает общие рекомендации",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	publish := &policy.Purpose{ID: "reviews", Name: "публикация отзывов покупателей на страницах товаров", Categories: []*policy.Category{reviews},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "удалив отзыв в личном кабинете или написав в службу поддержки", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, OptOut: true,
		ImageConsent: true,
		Subjects:     []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetContent}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach},
			Automated: policy.AnswerNo, Contest: "написав в службу поддержки"}}
	recommend := &policy.Purpose{ID: "recommendations", Name: "подбор товаров и персональных предложений с помощью рекомендательных технологий", Categories: []*policy.Category{purchases, device, interests},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "показывать покупателю товары, которые могут его заинтересовать", Profiling: true, OptOut: true,
		OptOutHow: "отключив персональные рекомендации в настройках приложения",
		Subjects:  []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	nearby := &policy.Purpose{ID: "location", Name: "показ ближайших магазинов и наличия в них товаров по геолокации устройства", Categories: []*policy.Category{location},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отключив доступ приложения к геолокации в настройках устройства", ConsentMethod: policy.ConsentMethodPlatformPrompt, OptOut: true,
		Required: "без доступа к геолокации покупатель выбирает город и магазин сам",
		Subjects: []policy.DataSubject{policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	abuse := &policy.Purpose{ID: "abuse", Name: "предотвращение злоупотреблений в программе лояльности и мошеннических заказов", Categories: []*policy.Category{member, purchases, device},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "защита программы от покупок для перепродажи, использования чужих карт и накрутки бонусов",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount, policy.SuspensionTargetOrder},
			Grounds: []policy.SuspensionGround{policy.SuspensionGroundTermsBreach, policy.SuspensionGroundFraud}, Automated: policy.AnswerNo, Contest: "написав в службу поддержки"}}
	helping := &policy.Purpose{ID: "support", Name: "ответы на обращения покупателей", Categories: []*policy.Category{member, purchases, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор обращений покупателей и контроль качества работы службы поддержки",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodMixed}
	cctv := &policy.Purpose{ID: "cctv", Name: "видеонаблюдение в магазинах", Categories: []*policy.Category{video},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "безопасность покупателей и сотрудников и защита товаров от хищений",
		Subjects: []policy.DataSubject{policy.DataSubjectPremisesVisitors}, Actions: all, Method: policy.ProcessingMethodAutomated}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "рассылка рекламы, новостей о новинках и акциях и персональных предложений", Categories: []*policy.Category{member, interests},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в настройках уведомлений приложения, по ссылке в письме или написав в службу поддержки", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Profiling: true, Recipients: []*policy.Recipient{mailers},
		ConsentRequiredBy: []policy.Obligation{{Act: ru21Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectMessageRecipients}, Actions: all, Method: policy.ProcessingMethodAutomated}
	advertising := &policy.Purpose{ID: "advertising", Name: "показ рекламы компании на других сайтах и оценка её эффективности", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от рекламных cookie в баннере на сайте или запретив cookie в настройках браузера", OptOut: true,
		ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{ads},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и приложения", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от аналитических cookie в баннере на сайте или отключив сбор статистики в настройках приложения", OptOut: true,
		ConsentMethod: policy.ConsentMethodConsentTool, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	p := &policy.Policy{
		Title:    "политика ООО «Золотое Яблоко» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ООО «Золотое Яблоко»", Email: "pd@goldapple.example", Address: "г. Екатеринбург"},
			Country: regionRU, Registration: "общество с ограниченной ответственностью «Золотое Яблоко»"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@goldapple.example"},
		URL:         "https://goldapple.example/privacy",
		Version:     "2024", Effective: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации", Region: regionRU},
			{Act: ru21Consumers, Region: regionRU},
			{Act: "Правила продажи товаров по договору розничной купли-продажи, утверждённые постановлением Правительства Российской Федерации от 31.12.2020 № 2463", Region: regionRU},
			{Act: ru21Cash, Region: regionRU},
			{Act: ru21Advertising, Region: regionRU},
			{Act: ru21Recommendations, Region: regionRU},
			{Act: "правила программы лояльности и пользовательское соглашение интернет-магазина"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation},
		Scope:           []string{"интернет-магазин goldapple.ru и мобильное приложение «Золотое Яблоко»", "программа лояльности «Золотое Яблоко»", "магазины «Золотое Яблоко»"},
		OtherNotices:    []policy.Notice{{Covers: "работников компании и кандидатов на вакансии"}},
		External:        []policy.ExternalService{policy.ExternalLinkedSites, policy.ExternalSocialNetworks},
		Acknowledgement: true,
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{member, purchases, delivery, gift, beauty, reviews, interests, location, support, video, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "полные реквизиты банковской карты", Category: purchases, Note: "Их получает банк, принимающий оплату."},
			{ID: "special", Name: "специальные категории персональных данных, в том числе сведения о состоянии здоровья", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{programme, orders, parts, gifts, receipts, returns, profile, publish, recommend, nearby, abuse, helping, cctv, marketing, advertising, analytics},
		Recipients:  []*policy.Recipient{hosting, couriers, banks, instalments, ofd, mailers, metrica, ads},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
			{From: policy.EventDeletionRequest, Categories: []*policy.Category{member, beauty, interests}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{beauty, reviews, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, нужные для работы сайта, например корзина и выбранный город", Party: policy.PartyFirst, Purpose: orders, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "appmetrica", Name: "AppMetrica", Technology: policy.TechnologySDK, Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptIn},
			{ID: "pixels", Name: "пиксели рекламных систем Яндекса и VK", Technology: policy.TechnologyPixel, Party: policy.PartyThird, Provider: ads, Purpose: advertising,
				Categories: []*policy.Category{device}, Lifetime: policy.Expires(policy.Days(180)), Consent: policy.CookieConsentOptIn},
		},
		Rights: fz152Rights("в приложении, письмом на pd@goldapple.example или по почте на адрес компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationDocument}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipKeepSecret},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy, policy.UserDutyOthersInformed},
		Links:                policy.Links{Recommendations: "https://goldapple.example/recommendation-rules", CookieSettings: "https://goldapple.example/cookie-settings"},
		Children:             policy.Children{ConsentAge: 18},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@goldapple.example"},
	}
	ru14Breach(p)
	return realPolicy{"cosmetics retail chain (Gold Apple)", p, []statement{
		{says: "the operator is Gold Apple LLC in Yekaterinburg, which runs the Gold Apple stores, the online shop and the app", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "ООО «Золотое Яблоко»" && strings.Contains(p.Controller.Address, "Екатеринбург") && p.Controller.Country == regionRU
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the online shop goldapple.ru and the app, the loyalty programme and the stores", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "employees and job candidates are covered by a separate document", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 1 }},
		{says: "the policy opens by defining the operator, processing and the other terms of the law", typed: func(p *policy.Policy) bool { return len(p.Definitions) == 8 }},
		{says: "the company processes data under the Civil Code, the consumer protection law and the rules of retail sale, the laws on cash registers, advertising and information, and the programme's rules and the user agreement", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 7
		}},
		{says: "by using the website or the app the user confirms having read the policy", typed: func(p *policy.Policy) bool { return p.Acknowledgement }},
		{says: "processing is lawful, fair, limited to its purposes, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 6 }},
		{says: "a member registers the loyalty card, virtual in the app or plastic, by a phone number confirmed by a code, and gives the name, date of birth, gender and email address", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "SMS") && len(p.Category("member").Items) == 6
		}},
		{says: "the programme is a contract under its rules: the card's level, and its discount, grows with the sum of purchases, and bonuses are awarded and spent", typed: func(p *policy.Policy) bool {
			pr := p.Purpose("programme")
			return pr.RestsOn(policy.BasisContract, policy.FZ152) && pr.Uses(p.Category("purchases")) && strings.Contains(p.Category("member").Items[5], "уровень")
		}},
		{says: "without a date of birth the member gets no birthday discount, and anyone may shop without a card", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("programme").Required, "дня рождения") || strings.Contains(p.Purpose("programme").Required, "день рождения")
		}},
		{says: "the programme is open from the age of 14", typed: func(p *policy.Policy) bool { return p.Purpose("programme").MinimumAge == 14 }},
		{says: "purchases in the stores and online are recorded on the card, with bonuses and returns", typed: func(p *policy.Policy) bool { return len(p.Category("purchases").Items) == 4 }},
		{says: "orders are delivered by couriers and to partners' pickup points, or picked up in a store, and a customer ordering for someone else confirms that person's consent", typed: func(p *policy.Policy) bool {
			return recipient(p, "couriers").Role == policy.RoleProcessor && othersGive(p, "delivery") && p.Purpose("orders").Required != ""
		}},
		{says: "banks accept payment and make refunds, and the company does not receive the full card details", typed: func(p *policy.Policy) bool {
			return recipient(p, "banks").Role == policy.RoleThirdParty && p.NotCollected[0].Category == p.Category("purchases")
		}},
		{says: "a customer who pays in parts agrees to the data going to the instalment service, which processes it under its own policy, and may pay otherwise", typed: func(p *policy.Policy) bool {
			i := p.Purpose("instalments")
			return i.RestsOn(policy.BasisConsent, policy.FZ152) && recipient(p, "instalments").OwnPolicy && recipient(p, "instalments").Conditional && i.Required != ""
		}},
		{says: "an electronic gift card is sent to the recipient whose phone or email the buyer gives with the recipient's consent", typed: func(p *policy.Policy) bool {
			return othersGive(p, "gift") && p.Purpose("gifts").Uses(p.Category("gift"))
		}},
		{says: "receipts go to the tax service through a fiscal data operator, and purchases are kept five years under the accounting law", typed: func(p *policy.Policy) bool {
			return recipient(p, "ofd") != nil && p.Category("purchases").Retention.Kind == policy.RetentionRequiredByLaw && len(p.Purpose("receipts").Obligations) == 2
		}},
		{says: "returns and claims about the quality of goods are handled under the consumer protection law", typed: func(p *policy.Policy) bool {
			return p.Purpose("returns").RestsOn(policy.BasisLegalObligation, policy.FZ152)
		}},
		{says: "a customer may fill in a beauty profile of skin and hair type and favourite brands, by consent, to get matching products, and may clear it", typed: func(p *policy.Policy) bool {
			b := p.Purpose("beauty")
			return b.RestsOn(policy.BasisConsent, policy.FZ152) && b.Withdraw != "" && b.Required != "" && p.Category("beauty").Retention.From == policy.EventConsentWithdrawal
		}},
		{says: "the company does not collect special categories, health data included, or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[1].Class == policy.DataClassSpecial && p.NotCollected[2].Class == policy.DataClassBiometric
		}},
		{says: "reviews are published with the author's name and photos, on consent to their dissemination and to the use of the author's image, and the author may delete them", typed: func(p *policy.Policy) bool {
			c := p.Category("reviews")
			r := p.Purpose("reviews")
			return c.Visibility == policy.VisibilityAlways && c.DisseminationConsent && r.ImageConsent && r.Withdraw != ""
		}},
		{says: "moderators reject reviews that break the rules, and the author can contest it through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("reviews").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetContent) && s.Automated == policy.AnswerNo && s.Contest != ""
		}},
		{says: "products and offers are recommended from purchases and browsing under published rules, and a customer can turn personal recommendations off", typed: func(p *policy.Policy) bool {
			r := p.Purpose("recommendations")
			return r.Profiling && r.OptOutHow != "" && len(p.Category("interests").DerivedFrom) == 2 && p.Links.Recommendations != ""
		}},
		{says: "with the phone's permission the app shows the nearest stores and what they have in stock, and a customer can choose the store instead", typed: func(p *policy.Policy) bool {
			l := p.Purpose("location")
			return p.Category("location").DevicePermission && l.ConsentMethod == policy.ConsentMethodPlatformPrompt && l.Required != ""
		}},
		{says: "the company may block the card of a member who buys for resale or abuses bonuses, or cancel a fraudulent order, and the member can contest it through support", typed: func(p *policy.Policy) bool {
			s := p.Purpose("abuse").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetAccount) && slices.Contains(s.Targets, policy.SuspensionTargetOrder) && s.Contest != ""
		}},
		{says: "calls to support are recorded after a warning, to handle claims and check the service", typed: func(p *policy.Policy) bool {
			return p.Category("support").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "the stores are under video surveillance, kept 30 days", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Purpose("cctv").Subjects, policy.DataSubjectPremisesVisitors) && p.Category("video").Retention.Period == policy.Days(30)
		}},
		{says: "advertising, news of new products and promotions, and personal offers are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the app, with the link in an email or through support", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != "" && m.ConsentLogged
		}},
		{says: "messages are sent through SMS, email and push providers", typed: func(p *policy.Policy) bool { return recipient(p, "mailers").Role == policy.RoleProcessor }},
		{says: "the website uses necessary cookies, and analytics and advertising cookies and pixels of Yandex and VK only if the visitor accepts them in the banner", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptIn && cookie(p, "pixels").Technology == policy.TechnologyPixel &&
				p.Purpose("advertising").ConsentMethod == policy.ConsentMethodConsentTool
		}},
		{says: "cookie choices can be changed at any time in the cookie settings", typed: func(p *policy.Policy) bool { return p.Links.CookieSettings != "" }},
		{says: "the advertising systems receive the data under their own policies", typed: func(p *policy.Policy) bool {
			return recipient(p, "ads").OwnPolicy && recipient(p, "ads").Role == policy.RoleThirdParty
		}},
		{says: "the shop, the app and the programme are hosted by providers of information systems and data centres in Russia on the company's instructions", typed: func(p *policy.Policy) bool {
			return recipient(p, "hosting").Role == policy.RoleProcessor && recipient(p, "hosting").Country == regionRU
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia, and the company transfers no data abroad", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Subjects == regionRU && len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to authorities on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "a member may delete the account, and what the accounting law requires is kept", typed: func(p *policy.Policy) bool {
			d := p.Deletion[1]
			return d.From == policy.EventDeletionRequest && d.Keeps(policy.KeptLegalObligation)
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved or consent withdrawn", typed: func(p *policy.Policy) bool {
			return p.Deletion[0].Total() == policy.Days(30) && p.Deletion[2].From == policy.EventConsentWithdrawal
		}},
		{says: "processing stops when the purpose is achieved, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 4
		}},
		{says: "customers have the rights of Art. 14 to 17, exercised in the app or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the card number and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureInternalRules) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Results == policy.Hours(72) })
		}},
		{says: "the company never asks for the code from an SMS message, and members keep it secret", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipKeepSecret)
		}},
		{says: "the customer answers for the accuracy of the data and tells the recipient of an order or a gift card that the data was given", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy) && slices.Contains(p.UserDuties, policy.UserDutyOthersInformed)
		}},
		{says: "the policy does not cover the websites and social networks the company links to", typed: func(p *policy.Policy) bool { return len(p.External) == 2 }},
		{says: "minors consent together with a parent, and adults alone", typed: func(p *policy.Policy) bool { return p.Children.ConsentAge == 18 }},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		// Free text.
		{says: "the loyalty card is personal, and a member may not hand it to others or let them use its discount and bonuses", free: toPurpose("programme")},
		{says: "an order picked up in a store is handed over only against the code the customer receives in the app or by SMS", free: toPurpose("orders")},
	}}
}

// ru21Electricity is the electricity law, whose Art. 37 makes the
// guaranteeing supplier install and replace meters in apartment buildings
// and join them to the smart metering system.
const ru21Electricity = "Федеральный закон от 26.03.2003 № 35-ФЗ «Об электроэнергетике»"

// ru21Rules354 are the government's rules on utility services to the
// owners and users of premises.
const ru21Rules354 = "Правила предоставления коммунальных услуг собственникам и пользователям помещений в многоквартирных домах и жилых домов, утверждённые постановлением Правительства Российской Федерации от 06.05.2011 № 354"

// ru21GIS is the law on the state information system of housing and
// utilities, in which suppliers post their bills and payments.
const ru21GIS = "Федеральный закон от 21.07.2014 № 209-ФЗ «О государственной информационной системе жилищно-коммунального хозяйства»"

// realPolicyRu21Mosenergosbyt paraphrases, in our own words and as we
// recall it, the policy of PJSC Mosenergosbyt (ПАО «Мосэнергосбыт»), the
// guaranteeing supplier of electricity of Moscow and the Moscow region in
// the Inter RAO group, on the processing of personal data of its
// household customers, as published in 2024-2025 (its OGRN and the exact
// dates of its versions are left out, since we do not recall them
// exactly): personal accounts opened for the owners and users of
// premises, with the number of residents and the kind of stove that set
// the tariff or the standard of consumption; bills, paper or electronic
// by the customer's consent; meter readings given by customers or taken
// remotely by the smart meters the company installs in apartment
// buildings; the grid companies that take readings and restrict supply;
// managing organisations; payment agents; the state information system of
// housing and utilities; benefits reported to and by social protection
// bodies; notices of debt and the restriction of supply; collection
// agents and courts; the personal account on the website and in the app;
// recorded calls; advertising by consent; cookies; localisation in
// Russia; and the rights of 152-FZ.
func realPolicyRu21Mosenergosbyt() realPolicy {
	all := policy.Actions()
	consumer := &policy.Category{ID: "consumer", Name: "данные потребителя",
		Items: []string{"фамилия, имя и отчество", "дата и место рождения", "реквизиты паспорта и СНИЛС", "адрес помещения и адрес для корреспонденции",
			"сведения о праве собственности или ином праве пользования помещением"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty},
		SourceDetail: "управляющие организации, товарищества собственников жилья и прежний поставщик электроэнергии, передающие сведения о собственниках и лицевых счетах",
		Retention:    policy.Retention{Kind: policy.RetentionKeepFor, Period: policy.Years(3), From: policy.EventContractEnd, Criteria: "срок исковой давности по требованиям об оплате электроэнергии"},
		Linked:       true}
	premises := &policy.Category{ID: "premises", Name: "сведения о помещении и проживающих",
		Items:       []string{"число зарегистрированных и постоянно проживающих лиц", "площадь помещения", "вид плиты (газовая или электрическая)", "тип населённого пункта (город или сельская местность)"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "управляющие организации и органы регистрационного учёта",
		Retention: policy.Keep(policy.Years(3), policy.EventContractEnd), Linked: true}
	billing := &policy.Category{ID: "billing", Name: "лицевой счёт, начисления и платежи",
		Items:       []string{"номер лицевого счёта", "тариф и тарифная зона", "начисления, перерасчёты и оплаты", "задолженность и пени"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceThirdParty}, SourceDetail: "банки и платёжные агенты, принявшие оплату",
		Retention: policy.AsRequiredBy(ru21Accounting), Linked: true}
	meters := &policy.Category{ID: "meters", Name: "приборы учёта и показания",
		Items: []string{"тип, номер и дата поверки прибора учёта", "показания, которые передал потребитель", "показания интеллектуального прибора учёта, получаемые дистанционно, в том числе по зонам суток",
			"акты установки, проверки и замены прибора учёта и фотографии показаний и пломб"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	benefits := &policy.Category{ID: "benefits", Name: "сведения о мерах социальной поддержки", Items: []string{"категория получателя льготы или компенсации", "реквизиты документа, подтверждающего право на льготу", "размер скидки или компенсации"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "органы социальной защиты населения города Москвы и Московской области",
		Retention: policy.AsRequiredBy(ru21Accounting), Linked: true}
	contact := &policy.Category{ID: "contact", Name: "контактные данные", Items: []string{"номер мобильного телефона", "адрес электронной почты"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true}
	calls := &policy.Category{ID: "calls", Name: "обращения потребителей", Items: []string{"записи разговоров с контактным центром", "письменные обращения и переписка в личном кабинете"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, RecordingNotice: true,
		Retention: policy.Keep(policy.Years(3), policy.EventCollection), Linked: true}
	device := &policy.Category{ID: "device", Name: "данные сайта и приложения", Items: []string{"IP-адрес", "идентификаторы cookie", "модель и операционная система устройства", "действия в личном кабинете"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}

	grid := &policy.Recipient{ID: "grid", Name: "сетевые организации, в том числе ПАО «Россети Московский регион»", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{consumer, billing, meters}, Purpose: "передавать электроэнергию до помещения потребителя, снимать и проверять показания и вводить ограничение режима потребления по уведомлению гарантирующего поставщика", Country: regionRU}
	managers := &policy.Recipient{ID: "managers", Name: "управляющие организации, товарищества собственников жилья и жилищные кооперативы", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{consumer, premises, meters}, Purpose: "обмениваться сведениями о собственниках, проживающих и показаниях общедомовых и индивидуальных приборов учёта", Country: regionRU}
	printing := &policy.Recipient{ID: "printing", Name: "расчётные центры и организации, печатающие и доставляющие платёжные документы", Role: policy.RoleProcessor,
		Categories: []*policy.Category{consumer, billing}, Purpose: "формировать, печатать и доставлять платёжные документы по поручению компании", Country: regionRU}
	agents := &policy.Recipient{ID: "agents", Name: "банки, АО «Почта России» и платёжные агенты", Role: policy.RoleThirdParty, Categories: []*policy.Category{consumer, billing},
		Purpose: "принимать от потребителей оплату электроэнергии и перечислять её компании", Country: regionRU}
	gis := &policy.Recipient{ID: "gis", Name: "Минцифры России и Минстрой России — операторы государственной информационной системы жилищно-коммунального хозяйства (ГИС ЖКХ)", Role: policy.RoleAuthority,
		Categories: []*policy.Category{consumer, billing}, Purpose: "размещать сведения о лицевых счетах, начислениях и оплатах, как требует закон", Country: regionRU}
	social := &policy.Recipient{ID: "social", Name: "органы социальной защиты населения", Role: policy.RoleAuthority, Categories: []*policy.Category{consumer, billing, benefits},
		Purpose: "предоставлять льготникам компенсации и субсидии на оплату коммунальных услуг по сведениям о начислениях и оплатах", Country: regionRU}
	collectors := &policy.Recipient{ID: "collectors", Name: "организации, осуществляющие возврат просроченной задолженности по поручению компании", Role: policy.RoleProcessor,
		Categories: []*policy.Category{consumer, contact, billing}, Purpose: "задолженность просрочена и компания поручает организации напомнить о ней и договориться о погашении", Country: regionRU, Conditional: true}
	courts := &policy.Recipient{ID: "courts", Name: "суды и Федеральная служба судебных приставов", Role: policy.RoleAuthority, Categories: []*policy.Category{consumer, billing},
		Purpose: "потребитель не погасил задолженность и компания взыскивает её в судебном порядке", Country: regionRU, Conditional: true}
	messaging := &policy.Recipient{ID: "messaging", Name: "операторы связи и сервисы рассылки SMS-сообщений, писем и автоматических звонков", Role: policy.RoleProcessor, Categories: []*policy.Category{contact, billing}, Country: regionRU}
	metrica := &policy.Recipient{ID: "metrica", Name: "ООО «Яндекс» (Яндекс Метрика)", Role: policy.RoleProcessor, Categories: []*policy.Category{device}, Country: regionRU}

	supply := &policy.Purpose{ID: "supply", Name: "заключение и исполнение договоров энергоснабжения с гражданами: открытие и ведение лицевых счетов, расчёт платы и выставление платёжных документов",
		Categories: []*policy.Category{consumer, premises, billing, meters},
		Bases:      []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{printing, managers},
		Obligations: []policy.Obligation{{Act: "Жилищный кодекс Российской Федерации, ст. 154 и 157", Region: regionRU}, {Act: ru21Rules354, Region: regionRU}},
		Required:    "без адреса помещения и сведений о собственнике или пользователе помещения компания не может открыть лицевой счёт, а без сведений о числе проживающих и виде плиты плата рассчитывается по общему тарифу и нормативу",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectThirdParties}, Actions: all, Method: policy.ProcessingMethodMixed}
	metering := &policy.Purpose{ID: "metering", Name: "учёт электроэнергии: приём показаний, установка, проверка и замена приборов учёта, интеллектуальная система учёта",
		Categories: []*policy.Category{consumer, meters},
		Bases:      []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{grid, managers},
		Obligations: []policy.Obligation{{Act: ru21Electricity + ", ст. 37", Region: regionRU}, {Act: ru21Rules354, Region: regionRU}},
		Required:    "если показания не переданы, плата начисляется по среднемесячному объёму потребления, а затем по нормативу; для установки или проверки прибора учёта потребитель обеспечивает доступ в помещение в согласованное время",
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	account := &policy.Purpose{ID: "account", Name: "регистрация и ведение личного кабинета на сайте и в мобильном приложении", Categories: []*policy.Category{consumer, billing, meters, contact},
		Bases:    []policy.Basis{policy.BasisContract},
		Required: "личный кабинет не обязателен: показания можно передать и оплату внести другими способами",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	ebill := &policy.Purpose{ID: "ebill", Name: "направление платёжного документа в электронном виде вместо бумажного", Categories: []*policy.Category{consumer, billing, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "отказавшись от электронного платёжного документа в личном кабинете или заявлением в клиентском офисе", ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true,
		OptOut: true, Recipients: []*policy.Recipient{messaging},
		Required: "без согласия платёжный документ доставляется на бумаге по адресу помещения",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	payments := &policy.Purpose{ID: "payments", Name: "приём оплаты электроэнергии через банки, почтовые отделения и платёжных агентов", Categories: []*policy.Category{consumer, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{agents},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	reminders := &policy.Purpose{ID: "reminders", ServiceMessages: true, Name: "напоминания о передаче показаний и сроках оплаты, сообщения о плановой замене прибора учёта", Categories: []*policy.Category{contact, billing},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{messaging},
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	gisPurpose := &policy.Purpose{ID: "gis", Name: "размещение сведений о лицевых счетах, начислениях и оплатах в ГИС ЖКХ", Categories: []*policy.Category{consumer, billing},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{gis},
		Obligations: []policy.Obligation{{Act: ru21GIS + ", ст. 6 и 7", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	socialPurpose := &policy.Purpose{ID: "benefits", Name: "учёт мер социальной поддержки при расчёте платы и обмен сведениями с органами социальной защиты", Categories: []*policy.Category{consumer, billing, benefits},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Recipients: []*policy.Recipient{social},
		Obligations: []policy.Obligation{{Act: "Жилищный кодекс Российской Федерации, ст. 159 и 160", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	debts := &policy.Purpose{ID: "debts", Name: "уведомление о задолженности, ограничение режима потребления электроэнергии и взыскание задолженности", Categories: []*policy.Category{consumer, contact, billing},
		Bases: []policy.Basis{policy.BasisContract, policy.BasisLegalObligation}, Recipients: []*policy.Recipient{grid, collectors, courts, messaging},
		Obligations: []policy.Obligation{{Act: ru21Rules354 + ", разд. XI", Region: regionRU}},
		Subjects:    []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed,
		Suspension: policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetServices}, Grounds: []policy.SuspensionGround{policy.SuspensionGroundNonPayment},
			Contest: "представив в клиентский офис или направив через личный кабинет документы, подтверждающие оплату или неверный расчёт задолженности"}}
	support := &policy.Purpose{ID: "support", Name: "рассмотрение обращений потребителей и контроль качества обслуживания", Categories: []*policy.Category{consumer, billing, calls},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "разбор обращений и жалоб потребителей и контроль качества работы контактного центра и клиентских офисов",
		Subjects: []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodMixed}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "информирование о дополнительных услугах компании и её партнёров", Categories: []*policy.Category{consumer, contact},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "в личном кабинете, по ссылке в письме или позвонив в контактный центр", OptOut: true,
		ConsentMethod: policy.ConsentMethodCheckbox, ConsentLogged: true, Recipients: []*policy.Recipient{messaging},
		ConsentRequiredBy: []policy.Obligation{{Act: ru21Advertising, Region: regionRU}},
		Subjects:          []policy.DataSubject{policy.DataSubjectCustomers}, Actions: all, Method: policy.ProcessingMethodAutomated}
	analytics := &policy.Purpose{ID: "analytics", Name: "анализ использования сайта и личного кабинета", Categories: []*policy.Category{device},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "запретив cookie в настройках браузера", OptOut: true, Recipients: []*policy.Recipient{metrica},
		Subjects: []policy.DataSubject{policy.DataSubjectVisitors, policy.DataSubjectUsers}, Actions: all, Method: policy.ProcessingMethodAutomated}

	address := "117312, г. Москва, ул. Вавилова, д. 9"
	phone := "8 499 550-9-550"
	p := &policy.Policy{
		Title:    "политика ПАО «Мосэнергосбыт» в отношении обработки персональных данных",
		Language: language.Russian,
		Controller: policy.Controller{Contact: policy.Contact{Name: "ПАО «Мосэнергосбыт»", Email: "pd@mosenergosbyt.example", Phone: phone, Address: address},
			Country: regionRU, Registration: "публичное акционерное общество «Мосэнергосбыт», гарантирующий поставщик электрической энергии на территории города Москвы и Московской области"},
		Responsible: &policy.Contact{Name: "лицо, ответственное за организацию обработки персональных данных", Email: "pd@mosenergosbyt.example"},
		URL:         "https://mosenergosbyt.example/personal-data",
		Version:     "2024", Effective: policy.MakeDate(2024, time.March, 1),
		Laws: []policy.Law{policy.FZ152},
		LegalActs: []policy.Obligation{{Act: "Гражданский кодекс Российской Федерации, § 6 гл. 30 «Энергоснабжение»", Region: regionRU},
			{Act: "Жилищный кодекс Российской Федерации", Region: regionRU},
			{Act: ru21Electricity, Region: regionRU},
			{Act: ru21GIS, Region: regionRU},
			{Act: ru21Rules354, Region: regionRU},
			{Act: "Основные положения функционирования розничных рынков электрической энергии, утверждённые постановлением Правительства Российской Федерации от 04.05.2012 № 442", Region: regionRU},
			{Act: ru21Advertising, Region: regionRU},
			{Act: "устав ПАО «Мосэнергосбыт»"}},
		Definitions: []policy.Definition{policy.DefinitionOperator, policy.DefinitionProcessing, policy.DefinitionAutomatedProcessing, policy.DefinitionDissemination, policy.DefinitionProvision,
			policy.DefinitionBlocking, policy.DefinitionDestruction, policy.DefinitionDepersonalisation, policy.DefinitionInformationSystem},
		Scope:        []string{"сайт mosenergosbyt.ru и личный кабинет потребителя", "мобильное приложение компании", "клиентские офисы и контактный центр"},
		OtherNotices: []policy.Notice{{Covers: "представителей юридических лиц — потребителей электроэнергии"}, {Covers: "работников компании и кандидатов на вакансии"}},
		Principles: []policy.Principle{policy.PrincipleLawfulness, policy.PrincipleFairness, policy.PrinciplePurposeLimitation, policy.PrincipleProportionality,
			policy.PrincipleMinimisation, policy.PrincipleAccuracy, policy.PrincipleStorageLimitation},
		Categories: []*policy.Category{consumer, premises, billing, meters, benefits, contact, calls, device},
		Storage:    []policy.Storage{{Subjects: regionRU, Location: regionRU}},
		NotCollected: []policy.Exclusion{
			{ID: "special", Name: "специальные категории персональных данных", Class: policy.DataClassSpecial},
			{ID: "biometric", Name: "биометрические персональные данные", Class: policy.DataClassBiometric},
		},
		Purposes:    []*policy.Purpose{supply, metering, account, ebill, payments, reminders, gisPurpose, socialPurpose, debts, support, marketing, analytics},
		Recipients:  []*policy.Recipient{grid, managers, printing, agents, gis, social, collectors, courts, messaging, metrica},
		Disclosures: []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}},
		Deletion: []policy.Deletion{
			{From: policy.EventPurposeAchieved, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}},
				Kept: []policy.KeptReason{policy.KeptLegalObligation, policy.KeptLegalClaims}},
			{From: policy.EventConsentWithdrawal, Categories: []*policy.Category{contact, device}, Stages: []policy.Stage{{Removal: policy.RemovalLive, Within: policy.Days(30)}}},
		},
		Termination: []policy.Event{policy.EventPurposeAchieved, policy.EventContractEnd, policy.EventConsentWithdrawal, policy.EventUnlawfulProcessing, policy.EventLiquidation},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "cookie, необходимые для входа в личный кабинет", Party: policy.PartyFirst, Purpose: account, Categories: []*policy.Category{device},
				Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "metrica", Name: "Яндекс Метрика", Party: policy.PartyThird, Provider: metrica, Purpose: analytics, Categories: []*policy.Category{device},
				Lifetime: policy.Expires(policy.Years(1)), Consent: policy.CookieConsentOptOut},
		},
		Rights: fz152Rights("в личном кабинете, в клиентском офисе с паспортом или письменным запросом по адресу компании"),
		Requests: policy.Requests{Verification: []policy.Verification{policy.VerificationDocument, policy.VerificationSignedIn}, Deadline: policy.Days(10), Extension: policy.Days(5), WorkingDays: true,
			Contents: []policy.RequestDetail{policy.RequestDetailIdentityDocument, policy.RequestDetailRelationship, policy.RequestDetailSignature, policy.RequestDetailElectronicSignature}},
		NoAutomatedDecisions: true,
		Security:             fz152Security(),
		SafetyTips:           []policy.SafetyTip{policy.SafetyTipNeverAsked, policy.SafetyTipSuspiciousMessages},
		UserDuties:           []policy.UserDuty{policy.UserDutyAccuracy},
		Changes:              policy.Changes{EffectiveOnPosting: true},
		Contact:              policy.Contact{Email: "pd@mosenergosbyt.example", Phone: phone, Address: address},
	}
	ru14Breach(p)
	return realPolicy{"electricity supplier (Mosenergosbyt)", p, []statement{
		{says: "the operator is PJSC Mosenergosbyt on Vavilova Street in Moscow, the guaranteeing supplier of electricity of Moscow and the Moscow region", typed: func(p *policy.Policy) bool {
			return p.Controller.Name == "ПАО «Мосэнергосбыт»" && strings.Contains(p.Controller.Address, "Вавилова") && strings.Contains(p.Controller.Registration, "гарантирующий поставщик")
		}},
		{says: "the company has appointed a person responsible for organising the processing, who answers at a dedicated address", typed: func(p *policy.Policy) bool {
			return p.Responsible != nil && p.Responsible.Email != ""
		}},
		{says: "the policy covers the website and the personal account, the app, the customer offices and the contact centre", typed: func(p *policy.Policy) bool { return len(p.Scope) == 3 }},
		{says: "the representatives of business customers, and employees and job candidates, are covered by separate documents", typed: func(p *policy.Policy) bool { return len(p.OtherNotices) == 2 }},
		{says: "the policy opens by defining the operator, processing, the information system and the other terms of the law", typed: func(p *policy.Policy) bool {
			return len(p.Definitions) == 9 && slices.Contains(p.Definitions, policy.DefinitionInformationSystem)
		}},
		{says: "the company processes data under the Civil Code's section on energy supply, the Housing Code, the electricity law, the law on the housing and utilities information system, the government's rules on utility services and on retail electricity markets, the law on advertising and its charter", typed: func(p *policy.Policy) bool {
			return len(p.LegalActs) == 8
		}},
		{says: "processing is lawful, fair, limited to its purposes, proportionate, no more than they need, accurate and no longer than needed", typed: func(p *policy.Policy) bool { return len(p.Principles) == 7 }},
		{says: "the company opens a personal account for the owner or user of the premises, with the name, date and place of birth, passport, SNILS, address and title to the premises", typed: func(p *policy.Policy) bool {
			return len(p.Category("consumer").Items) == 5 && p.Purpose("supply").Uses(p.Category("consumer"))
		}},
		{says: "managing organisations and the previous supplier pass the details of owners and accounts", typed: func(p *policy.Policy) bool {
			c := p.Category("consumer")
			return slices.Contains(c.Sources, policy.SourceThirdParty) && strings.Contains(c.SourceDetail, "управляющие организации")
		}},
		{says: "the number of residents, the area, the kind of stove and whether the place is urban or rural set the tariff and the standard of consumption", typed: func(p *policy.Policy) bool {
			return len(p.Category("premises").Items) == 4 && slices.Contains(p.Purpose("supply").Subjects, policy.DataSubjectThirdParties)
		}},
		{says: "the company calculates the charges and issues bills under the Housing Code and the government's rules on utility services", typed: func(p *policy.Policy) bool {
			s := p.Purpose("supply")
			return s.RestsOn(policy.BasisContract, policy.FZ152) && s.RestsOn(policy.BasisLegalObligation, policy.FZ152) && len(s.Obligations) == 2
		}},
		{says: "without the address and the owner no account can be opened, and without the residents and the stove the general tariff and standard apply", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("supply").Required, "лицевой счёт")
		}},
		{says: "the company records the meters, the readings customers give and the readings smart meters send remotely, by time zones of the day", typed: func(p *policy.Policy) bool {
			m := p.Category("meters")
			return slices.Contains(m.Sources, policy.SourceAutomatic) && strings.Contains(m.Items[2], "интеллектуального")
		}},
		{says: "the company installs, checks and replaces meters and joins them to the smart metering system, as the electricity law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("metering").RestsOn(policy.BasisLegalObligation, policy.FZ152) && strings.Contains(p.Purpose("metering").Obligations[0].Act, "ст. 37")
		}},
		{says: "without readings the charge is based on average consumption and then on the standard, and the customer gives access to the premises at an agreed time for meter work", typed: func(p *policy.Policy) bool {
			return strings.Contains(p.Purpose("metering").Required, "по нормативу") && strings.Contains(p.Purpose("metering").Required, "доступ")
		}},
		{says: "grid companies, among them Rosseti Moscow Region, deliver the electricity, take readings and restrict supply on the company's notice", typed: func(p *policy.Policy) bool {
			return recipient(p, "grid").Role == policy.RoleThirdParty && strings.Contains(recipient(p, "grid").Name, "Россети")
		}},
		{says: "managing organisations and homeowners' associations exchange data on owners, residents and readings with the company", typed: func(p *policy.Policy) bool {
			return slices.Contains(recipient(p, "managers").Categories, p.Category("premises"))
		}},
		{says: "billing centres print and deliver the bills on the company's instructions", typed: func(p *policy.Policy) bool { return recipient(p, "printing").Role == policy.RoleProcessor }},
		{says: "with the customer's consent the bill comes by email or in the personal account instead of on paper, and the customer may go back to paper", typed: func(p *policy.Policy) bool {
			e := p.Purpose("ebill")
			return e.RestsOn(policy.BasisConsent, policy.FZ152) && e.Withdraw != "" && strings.Contains(e.Required, "на бумаге")
		}},
		{says: "banks, Russian Post and payment agents accept payments and pass them to the company", typed: func(p *policy.Policy) bool {
			return recipient(p, "agents").Role == policy.RoleThirdParty && slices.Contains(p.Category("billing").Sources, policy.SourceThirdParty)
		}},
		{says: "the personal account on the website and in the app is optional: readings and payments can be made otherwise", typed: func(p *policy.Policy) bool {
			return p.Purpose("account").Required != ""
		}},
		{says: "the company reminds customers to give readings and to pay and tells them of a planned meter replacement, which are not advertising", typed: func(p *policy.Policy) bool {
			r := p.Purpose("reminders")
			return r.ServiceMessages && !r.DirectMarketing
		}},
		{says: "accounts, charges and payments are posted in the state information system of housing and utilities, as its law requires", typed: func(p *policy.Policy) bool {
			return p.Purpose("gis").RestsOn(policy.BasisLegalObligation, policy.FZ152) && recipient(p, "gis").Role == policy.RoleAuthority
		}},
		{says: "social protection bodies report who is entitled to benefits and receive the charges and payments on which compensations and subsidies are paid", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("benefits").Sources, policy.SourceThirdParty) && p.Purpose("benefits").RestsOn(policy.BasisLegalObligation, policy.FZ152) &&
				recipient(p, "social").Role == policy.RoleAuthority
		}},
		{says: "the company notifies customers of debts by SMS, email, automated calls or in the bill, as the rules on utility services require", typed: func(p *policy.Policy) bool {
			d := p.Purpose("debts")
			return d.RestsOn(policy.BasisLegalObligation, policy.FZ152) && slices.Contains(d.Recipients, recipient(p, "messaging"))
		}},
		{says: "where a debt is not paid the grid company restricts supply on the company's notice, and a customer who disputes the debt shows the payment documents or the error in an office or the personal account", typed: func(p *policy.Policy) bool {
			s := p.Purpose("debts").Suspension
			return slices.Contains(s.Targets, policy.SuspensionTargetServices) && slices.Contains(s.Grounds, policy.SuspensionGroundNonPayment) && s.Contest != ""
		}},
		{says: "collection agents may remind of an overdue debt on the company's instructions, and the company may claim it in court and through the bailiffs", typed: func(p *policy.Policy) bool {
			return recipient(p, "collectors").Role == policy.RoleProcessor && recipient(p, "collectors").Conditional && recipient(p, "courts").Conditional
		}},
		{says: "calls to the contact centre are recorded after a warning, to handle complaints and check the service", typed: func(p *policy.Policy) bool {
			return p.Category("calls").RecordingNotice && p.Purpose("support").Interest != ""
		}},
		{says: "offers of the company's and its partners' additional services are sent only with consent, as the law on advertising requires, and the consent can be withdrawn in the personal account, with the link in an email or by calling", typed: func(p *policy.Policy) bool {
			m := p.Purpose("marketing")
			return m.DirectMarketing && len(m.ConsentRequiredBy) == 1 && m.Withdraw != ""
		}},
		{says: "the website uses necessary cookies and Yandex Metrica, which a visitor can refuse in the browser", typed: func(p *policy.Policy) bool {
			return cookie(p, "session").StrictlyNecessary && cookie(p, "metrica").Consent == policy.CookieConsentOptOut
		}},
		{says: "data of Russian citizens is recorded and stored in databases in Russia, and no data is transferred abroad", typed: func(p *policy.Policy) bool {
			return p.Storage[0].Location == regionRU && len(p.Transfers) == 0 && !slices.ContainsFunc(p.Recipients, func(r *policy.Recipient) bool { return r.Country != regionRU })
		}},
		{says: "the company does not process special categories of personal data or biometric data", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Class == policy.DataClassSpecial && p.NotCollected[1].Class == policy.DataClassBiometric
		}},
		{says: "no decision with legal effects is taken about a customer by automated means alone", typed: func(p *policy.Policy) bool { return p.NoAutomatedDecisions }},
		{says: "for each purpose the policy lists the data, the data subjects, the actions and the method", typed: func(p *policy.Policy) bool {
			return !slices.ContainsFunc(p.Purposes, func(pu *policy.Purpose) bool { return len(pu.Subjects) == 0 || len(pu.Actions) == 0 || pu.Method == 0 })
		}},
		{says: "data is disclosed to other state bodies on requests made under the law", typed: func(p *policy.Policy) bool { return hasDisclosure(p, policy.DisclosureLegalProcess) != nil }},
		{says: "the customer's data is kept for the limitation period after the contract ends, and billing records five years under the accounting law", typed: func(p *policy.Policy) bool {
			return p.Category("consumer").Retention.Criteria != "" && p.Category("billing").Retention.Kind == policy.RetentionRequiredByLaw
		}},
		{says: "data is destroyed within 30 days of the purpose being achieved, except what the law requires or a dispute needs", typed: func(p *policy.Policy) bool {
			d := p.Deletion[0]
			return d.Total() == policy.Days(30) && d.Keeps(policy.KeptLegalObligation) && d.Keeps(policy.KeptLegalClaims)
		}},
		{says: "processing stops when the purpose is achieved, the contract ends, consent is withdrawn, processing is found unlawful or the company is liquidated", typed: func(p *policy.Policy) bool {
			return len(p.Termination) == 5
		}},
		{says: "customers have the rights of Art. 14 to 17, exercised in the personal account, in an office or in writing, and may complain to Roskomnadzor or a court", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightAccess) && hasRight(p, policy.RightComplaint) && p.Rights[0].How != ""
		}},
		{says: "a request states the identity document, the account number and the signature, and is answered within 10 working days, extendable by 5", typed: func(p *policy.Policy) bool {
			r := p.Requests
			return len(r.Contents) == 4 && r.WorkingDays && r.Deadline == policy.Days(10) && r.Extension == policy.Days(5)
		}},
		{says: "the company protects data with the measures of Art. 18.1 and 19 and reports breaches to Roskomnadzor within 24 and 72 hours", typed: func(p *policy.Policy) bool {
			return hasMeasure(p, policy.MeasureMediaAccounting) && slices.ContainsFunc(p.Security, func(m policy.Measure) bool { return m.Breach.Authority == policy.Hours(24) })
		}},
		{says: "the company never asks for codes or card details by phone, and customers should not answer messages that ask for them", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.SafetyTips, policy.SafetyTipNeverAsked) && slices.Contains(p.SafetyTips, policy.SafetyTipSuspiciousMessages)
		}},
		{says: "the customer answers for the accuracy of the data and tells the company when the number of residents or the owner changes", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.UserDuties, policy.UserDutyAccuracy)
		}},
		{says: "a new version takes effect when it is published on the website", typed: func(p *policy.Policy) bool { return p.Changes.EffectiveOnPosting }},
		{says: "questions go to the dedicated address, the contact centre's phone or the company's address", typed: func(p *policy.Policy) bool {
			return p.Contact.Email != "" && p.Contact.Phone != "" && p.Contact.Address != ""
		}},
		// Free text.
		{says: "a restriction of supply for debt is preceded by a written warning sent at least 20 days before, by the bill, a registered letter, SMS, email or a call", free: toPurpose("debts")},
		{says: "employees or contractors come to replace a meter only on a date agreed in advance and show their identity card, which the customer can check by calling the contact centre", free: toPurpose("metering")},
		{says: "customers should pay only through the channels listed on the company's website, since fraudsters send fake bills and payment links", free: toIntroduction},
		{says: "supply restricted for debt is resumed within days of the debt, and the costs of restricting and resuming it, being paid", free: toPurpose("debts")},
	}}
}
