package main

import (
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Translations returns the Russian translations of the policy's own
// strings, keyed by their English text, for rendering the policy in
// Russian. render.Compose reports any string missing here.
func Translations() catalog.Catalog {
	b := catalog.NewBuilder()
	for en, ru := range russian {
		if err := b.SetString(language.Russian, en, ru); err != nil {
			panic(err) // plain strings always compile
		}
	}
	return b
}

var russian = map[string]string{
	"Nimbus AI LLC":                    "ООО «Нимбус ИИ»",
	"Ivan Petrov":                      "Иван Петров",
	"Nimbus AI EU Representative B.V.": "Nimbus AI EU Representative B.V.",
	"Keizersgracht 1, 1015 CJ Amsterdam, Netherlands":      "Нидерланды, 1015 CJ Амстердам, Кейзерсграхт, 1",
	"12 Tverskaya St., Moscow, 125009, Russian Federation": "125009, Российская Федерация, г. Москва, ул. Тверская, д. 12",
	"OGRN 1237700000000, INN 7700000000":                   "ОГРН 1237700000000, ИНН 7700000000",
	"the website nimbus-ai.example":                        "сайт nimbus-ai.example",
	"the Nimbus AI services":                               "сервисы Nimbus AI",
	"software interfaces (API)":                            "программные интерфейсы (API)",
	"feedback forms":                                       "формы обратной связи",
	"other digital products of Nimbus AI LLC":              "иные цифровые продукты ООО «Нимбус ИИ»",
	"This Privacy Policy defines the processing and protection of information about users of the website and services provided by Nimbus AI LLC (“we”). It has been developed to comply with applicable personal data laws and to inform users of what data is processed, for what purposes, on what grounds, and how its protection is ensured.": "Настоящая Политика определяет порядок обработки и защиты информации о пользователях сайта и сервисов ООО «Нимбус ИИ» («мы»). Политика разработана в целях соблюдения применимого законодательства о персональных данных и информирования пользователей о том, какие данные обрабатываются, в каких целях, на каких основаниях и как обеспечивается их защита.",
	"By using our website and services, you confirm that you have read this Privacy Policy and understand the terms of data processing set forth in it.":                                                                                                                                                                                          "Используя наш сайт и сервисы, вы подтверждаете, что ознакомились с настоящей Политикой и понимаете изложенные в ней условия обработки данных.",

	"Account data":                     "Данные учётной записи",
	"email address":                    "адрес электронной почты",
	"username or other specified name": "имя пользователя или иное указанное имя",
	"country":                          "страна",
	"interface language":               "язык интерфейса",
	"profile settings":                 "настройки профиля",
	"other information provided during registration or use of the service": "иная информация, предоставленная при регистрации или использовании сервиса",
	"Authentication and security data":                                     "Данные аутентификации и безопасности",
	"password hashes":                                                      "хеши паролей",
	"authorization tokens":                                                 "токены авторизации",
	"account login information":                                            "сведения о входах в учётную запись",
	"two-factor authentication (2FA) data":                                 "данные двухфакторной аутентификации (2FA)",
	"information about events related to account security":                 "сведения о событиях, связанных с безопасностью учётной записи",
	"Payment and settlement data":                                          "Платёжные и расчётные данные",
	"payment system identifiers":                                           "идентификаторы платёжных систем",
	"transaction information":                                              "сведения о транзакциях",
	"payment statuses":                                                     "статусы платежей",
	"payment details to the extent required for accounting and payment confirmation": "платёжные реквизиты в объёме, необходимом для бухгалтерского учёта и подтверждения оплаты",
	"payment service providers": "платёжные сервис-провайдеры",
	"Federal Law No. 402-FZ “On Accounting” together with the Tax Code of the Russian Federation": "Федеральный закон № 402-ФЗ «О бухгалтерском учёте» и Налоговый кодекс Российской Федерации",
	"This is currently 5 years after the end of the reporting year.":                              "В настоящее время это 5 лет после окончания отчётного года.",
	"Operational data related to the use of AI functions":                                         "Операционные данные, связанные с использованием функций ИИ",
	"text queries":                          "текстовые запросы",
	"uploaded files":                        "загруженные файлы",
	"generation or processing results":      "результаты генерации или обработки",
	"data on selected models and providers": "данные о выбранных моделях и провайдерах",
	"system messages":                       "системные сообщения",
	"telemetry data, including processing time, token count and errors":                                          "телеметрия, включая время обработки, количество токенов и ошибки",
	"You can delete individual queries, files and results at any time; telemetry is anonymised after 12 months.": "Вы можете в любой момент удалить отдельные запросы, файлы и результаты; телеметрия обезличивается через 12 месяцев.",
	"Technical data":                      "Технические данные",
	"IP address":                          "IP-адрес",
	"browser and user agent information":  "сведения о браузере и user agent",
	"device type":                         "тип устройства",
	"operating system":                    "операционная система",
	"session information":                 "сведения о сессии",
	"cookies":                             "файлы cookie",
	"localStorage":                        "localStorage",
	"other similar technical identifiers": "иные аналогичные технические идентификаторы",
	"Communication data":                  "Данные коммуникаций",
	"support requests":                    "обращения в поддержку",
	"inquiries":                           "запросы",
	"complaints":                          "жалобы",
	"feedback":                            "отзывы",
	"marketing preferences":               "маркетинговые предпочтения",
	"consent to data processing and its revocation": "согласия на обработку данных и сведения об их отзыве",
	"We do not store full bank card details.":       "Мы не храним полные реквизиты банковских карт.",
	"biometric data": "биометрические данные",

	"Registering, identifying and authenticating users on the Service":                                                               "Регистрация, идентификация и аутентификация пользователей в Сервисе",
	"Providing access to the functionality of the Website and the Service":                                                           "Предоставление доступа к функциональности Сайта и Сервиса",
	"Fulfilling obligations to the User, including providing services, processing requests and providing the results of the Service": "Исполнение обязательств перед Пользователем, включая оказание услуг, обработку запросов и предоставление результатов работы Сервиса",
	"Ensuring the stability, security and proper functioning of the Website and technical infrastructure":                            "Обеспечение стабильности, безопасности и надлежащего функционирования Сайта и технической инфраструктуры",
	"keeping the service available, secure and working as intended for all users":                                                    "поддержание доступности, безопасности и надлежащей работы сервиса для всех пользователей",
	"Preventing fraud, abuse, unauthorised access and other illegal activities":                                                      "Предотвращение мошенничества, злоупотреблений, несанкционированного доступа и иной противоправной деятельности",
	"protecting users, the Company and payment partners from fraud, abuse and unauthorised access":                                   "защита пользователей, Компании и платёжных партнёров от мошенничества, злоупотреблений и несанкционированного доступа",
	"Processing payments, maintaining accounting and tax records, and generating settlement and reporting documents":                 "Обработка платежей, ведение бухгалтерского и налогового учёта, формирование расчётных и отчётных документов",
	"Processing support requests and communicating with users":                                                                       "Обработка обращений в поддержку и коммуникация с пользователями",
	"Sending informational and marketing messages, where permitted by law and/or with the User’s consent":                            "Направление информационных и маркетинговых сообщений в случаях, допускаемых законом, и (или) с согласия Пользователя",
	"informing existing users about our services where the law permits this without consent":                                         "информирование существующих пользователей о наших сервисах, если закон допускает это без согласия",
	"with the unsubscribe link in every message or in the account settings":                                                          "по ссылке для отписки в каждом письме или в настройках учётной записи",
	"Analysing, developing, improving and optimising the Service":                                                                    "Анализ, развитие, улучшение и оптимизация Сервиса",
	"understanding how the service is used in order to improve it":                                                                   "понимание того, как используется сервис, чтобы его улучшать",
	"Fulfilling obligations imposed on the Company by applicable law":                                                                "Исполнение обязанностей, возложенных на Компанию применимым законодательством",

	"data centre and cloud hosting providers in the Russian Federation": "дата-центры и провайдеры облачного хостинга в Российской Федерации",
	"storing data and running the service on our instructions":          "хранение данных и обеспечение работы сервиса по нашему поручению",
	"banks and payment service providers":                               "банки и платёжные сервис-провайдеры",
	"accepting and confirming payments":                                 "приём и подтверждение платежей",
	"providers of AI models":                                            "провайдеры моделей ИИ",
	"processing your queries and files with the model you select and returning the result; providers do not use them to train models": "обработка ваших запросов и файлов выбранной вами моделью и возврат результата; провайдеры не используют их для обучения моделей",
	"email delivery service":                                                                                       "сервис доставки электронной почты",
	"delivering service and marketing messages":                                                                    "доставка служебных и маркетинговых сообщений",
	"courts, law enforcement and other public authorities":                                                         "суды, правоохранительные и иные государственные органы",
	"a court order or another lawful request obliges us to disclose data":                                          "решение суда или иной законный запрос обязывает нас раскрыть данные",
	"Only when you select a model hosted in the United States; queries to models hosted in Russia stay in Russia.": "Только если вы выбираете модель, размещённую в США; запросы к моделям, размещённым в России, остаются в России.",
	"We notify the Russian data protection authority (Roskomnadzor) of cross-border transfers as Art. 12 of Federal Law No. 152-FZ requires.": "О трансграничной передаче мы уведомляем Роскомнадзор, как того требует ст. 12 Федерального закона № 152-ФЗ.",
	"an email address and a password are needed to conclude the user agreement; without them we cannot create an account":                     "адрес электронной почты и пароль необходимы для заключения пользовательского соглашения; без них мы не сможем создать учётную запись",
	"technical data is sent by your browser and is needed to deliver the service":                                                             "технические данные передаются вашим браузером и необходимы для работы сервиса",
	"without your queries and files we cannot produce results":                                                                                "без ваших запросов и файлов мы не сможем получить результат",
	"payment details are needed to pay for paid plans and are required by accounting law; without them we cannot accept payment":              "платёжные данные необходимы для оплаты платных тарифов и требуются законодательством о бухгалтерском учёте; без них мы не сможем принять оплату",
	"we need a way to reply; without it we cannot answer your request":                                                                        "нам нужен способ ответить вам; без него мы не сможем ответить на обращение",
	"the law requires us to keep and, on lawful request, disclose this data":                                                                  "закон обязывает нас хранить эти данные и раскрывать их по законному запросу",

	// The laws laying down the legal obligations.
	"Federal Law No. 402-FZ “On Accounting”, Art. 29":                  "ст. 29 Федерального закона от 06.12.2011 № 402-ФЗ «О бухгалтерском учёте»",
	"Tax Code of the Russian Federation, Art. 23(1)(8)":                "подп. 8 п. 1 ст. 23 Налогового кодекса Российской Федерации",
	"Code of Criminal Procedure of the Russian Federation, Art. 21(4)": "ч. 4 ст. 21 Уголовно-процессуального кодекса Российской Федерации",
	"complying with the laws of the Russian Federation, where the Company is established, which the GDPR does not recognise as a legal obligation": "соблюдение законодательства Российской Федерации, где учреждена Компания, которое GDPR не признаёт юридической обязанностью",

	"in the account settings, or by request to privacy@nimbus-ai.example": "в настройках учётной записи или по запросу на privacy@nimbus-ai.example",
	"in the account settings":                                                                            "в настройках учётной записи",
	"by deleting your account in the settings, or by request":                                            "удалив учётную запись в настройках или по запросу",
	"with the data export in the account settings":                                                       "с помощью выгрузки данных в настройках учётной записи",
	"with the unsubscribe link or in the account settings":                                               "по ссылке для отписки или в настройках учётной записи",
	"to Roskomnadzor in Russia, or to the supervisory authority of your EU country of residence or work": "в Роскомнадзор в России или в надзорный орган страны ЕС, где вы проживаете или работаете",

	"Encryption": "Шифрование",
	"Data is encrypted in transit (TLS 1.2 or later) and at rest.": "Данные шифруются при передаче (TLS 1.2 и выше) и при хранении.",
	"Access control": "Контроль доступа",
	"Staff access data only as their role requires, with two-factor authentication, and every access is logged.": "Сотрудники получают доступ к данным только в пределах своих обязанностей, с двухфакторной аутентификацией, и каждый доступ журналируется.",
	"Passwords": "Пароли",
	"Passwords are stored only as salted hashes.": "Пароли хранятся только в виде хешей с солью.",
	"Organisational measures":                     "Организационные меры",
	"Internal rules on data processing, staff training and confidentiality obligations, and regular review of these measures.": "Внутренние правила обработки данных, обучение сотрудников и обязательства о конфиденциальности, регулярный пересмотр этих мер.",
	"If we learn that we hold data of a younger person without a parent's consent, we delete it.":                              "Если мы узнаем, что храним данные лица младшего возраста без согласия родителя, мы удалим их.",
}
