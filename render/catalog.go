package render

import (
	"slices"
	"sync"

	"github.com/gopolicy/policy"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// The library's own wording is written in the code in English and looked
// up through a message catalog keyed by that English text. English needs
// entries only for plural forms; every other language needs an entry for
// every key (TestCatalogComplete checks it). To add a language, add its
// dictionary and plural forms below and its tag to supported.

// supported lists the languages the catalog has, the first being the
// fallback.
var supported = []language.Tag{language.English, language.Russian}

var matcher = sync.OnceValue(func() language.Matcher { return language.NewMatcher(supported) })

// pluralKeys are the keys with plural forms, and their forms per language
// as plural.Selectf cases.
var pluralKeys = map[string]map[language.Tag][]any{
	"%d years": {
		language.English: {"one", "%d year", "other", "%d years"},
		language.Russian: {"one", "%d год", "few", "%d года", "many", "%d лет", "other", "%d года"},
	},
	"%d months": {
		language.English: {"one", "%d month", "other", "%d months"},
		language.Russian: {"one", "%d месяц", "few", "%d месяца", "many", "%d месяцев", "other", "%d месяца"},
	},
	"%d days": {
		language.English: {"one", "%d day", "other", "%d days"},
		language.Russian: {"one", "%d день", "few", "%d дня", "many", "%d дней", "other", "%d дня"},
	},
	"%d working days": {
		language.English: {"one", "%d working day", "other", "%d working days"},
		language.Russian: {"one", "%d рабочий день", "few", "%d рабочих дня", "many", "%d рабочих дней", "other", "%d рабочего дня"},
	},
	"%d hours": {
		language.English: {"one", "%d hour", "other", "%d hours"},
		language.Russian: {"one", "%d час", "few", "%d часа", "many", "%d часов", "other", "%d часа"},
	},
	"Persons under %d years of age may use our services only with the consent or authorisation of a parent or guardian.": {
		language.English: {"other", "Persons under %d years of age may use our services only with the consent or authorisation of a parent or guardian."},
		language.Russian: {"one", "Лица младше %d года могут пользоваться нашими сервисами только с согласия или разрешения родителя или иного законного представителя.", "other", "Лица младше %d лет могут пользоваться нашими сервисами только с согласия или разрешения родителя или иного законного представителя."},
	},
	"Persons under %d years of age may use our services only where their school provides them and authorises their use in their parents' place, for the school's educational purposes only.": {
		language.English: {"other", "Persons under %d years of age may use our services only where their school provides them and authorises their use in their parents' place, for the school's educational purposes only."},
		language.Russian: {"one", "Лица младше %d года могут пользоваться нашими сервисами, только если их предоставляет школа и она вместо родителей разрешает их использование исключительно в образовательных целях школы.", "other", "Лица младше %d лет могут пользоваться нашими сервисами, только если их предоставляет школа и она вместо родителей разрешает их использование исключительно в образовательных целях школы."},
	},
	"%[2]s are not intended for persons under %[1]d years of age.": {
		language.English: {"other", "%[2]s are not intended for persons under %[1]d years of age."},
		language.Russian: {"one", "%[2]s не предназначены для лиц младше %[1]d года.", "other", "%[2]s не предназначены для лиц младше %[1]d лет."},
	},
	"Our services are not intended for persons under %d years of age.": {
		language.English: {"other", "Our services are not intended for persons under %d years of age."},
		language.Russian: {"one", "Наши сервисы не предназначены для лиц младше %d года.", "other", "Наши сервисы не предназначены для лиц младше %d лет."},
	},
}

// dictionaries holds the plain translations of each supported language
// other than English.
var dictionaries = map[language.Tag]map[string]string{
	language.Russian: russian,
}

// lawWording holds, per law, the wording that law prescribes where it
// differs from the library's general wording, per language, keyed like the
// catalog by the general English text. A document uses it where the policy
// declares the law (see composer.word): under 152-FZ, data is "destroyed"
// and "blocked" (Art. 14, 21) rather than erased and restricted, special
// categories need consent in writing (Art. 10), and complaints go to the
// authority or to court (Art. 17).
var lawWording = map[policy.Law]map[language.Tag]map[string]string{
	policy.FZ152: {
		language.English: englishFZ152,
		language.Russian: russianFZ152,
	},
	policy.GDPR: {
		language.English: englishGDPR,
		language.Russian: russianGDPR,
	},
	policy.UKGDPR: {
		language.English: englishGDPR,
		language.Russian: russianGDPR,
	},
	policy.LGPD: {
		language.English: englishLGPD,
		language.Russian: russianLGPD,
	},
	policy.FADP: {
		language.English: englishFADP,
		language.Russian: russianFADP,
	},
}

// englishFADP is the English of the grounds as FADP Art. 31 words them: a
// contract concluded or performed with the data subject, not terminated
// (Art. 31(2)(a)); and an overriding private or public interest, which
// justifies what would otherwise violate the person's personality
// (Art. 31(1)), not processing that "does not violate" their rights.
var englishFADP = map[string]string{
	// The FADP's own terms: sensitive personal data (Art. 5(c)), express
	// consent (Art. 6(7)), and the right to state one's position on an
	// automated individual decision and have a natural person review it
	// (Art. 21(2)).
	"This is a special category of personal data.":                                        "This is sensitive personal data.",
	"your explicit consent to the processing of special categories of your personal data": "your express consent to the processing of your sensitive personal data",
	"explicit consent": "express consent",
	"to obtain human intervention in a decision based solely on automated processing that significantly affects you, to express your point of view and to contest the decision": "to state your position on a decision based exclusively on automated processing that has a legal effect on you or significantly affects you, and to request that a natural person review it",
	"the need to conclude, perform or terminate a contract with you":                                                                                   "the need to conclude or perform a contract with you",
	"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "an overriding private interest of ours or of a third party, or an overriding public interest",
}

// russianFADP is the Russian of englishFADP.
var russianFADP = map[string]string{
	// The controller and the processor (FADP Art. 5(j), (k)) in the same
	// terms as the GDPR's, not 152-FZ's operator.
	"processor":         russianGDPR["processor"],
	"joint controller":  russianGDPR["joint controller"],
	"processors":        russianGDPR["processors"],
	"joint controllers": russianGDPR["joint controllers"],
	"The essence of our arrangement with this joint controller:":                                                                                                                                                                            russianGDPR["The essence of our arrangement with this joint controller:"],
	"Whatever the arrangement, you may exercise your rights against us and against this joint controller alike.":                                                                                                                            russianGDPR["Whatever the arrangement, you may exercise your rights against us and against this joint controller alike."],
	"to receive your data in a structured, commonly used and machine-readable format and have it transmitted to another controller":                                                                                                         russianGDPR["to receive your data in a structured, commonly used and machine-readable format and have it transmitted to another controller"],
	"to receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured, commonly used and machine-readable format and have it transmitted to another controller": russianGDPR["to receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured, commonly used and machine-readable format and have it transmitted to another controller"],
	"This is a special category of personal data.":                                        "Это особо охраняемые персональные данные.",
	"your explicit consent to the processing of special categories of your personal data": "ваше явно выраженное согласие на обработку ваших особо охраняемых персональных данных",
	"explicit consent": "явно выраженное согласие",
	"to obtain human intervention in a decision based solely on automated processing that significantly affects you, to express your point of view and to contest the decision": "на изложение своей позиции в отношении решения, основанного исключительно на автоматизированной обработке и влекущего для вас юридические последствия или существенно затрагивающего вас, и на пересмотр этого решения физическим лицом",
	"the need to conclude, perform or terminate a contract with you":                                                                                   "необходимость заключения или исполнения договора с вами",
	"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "преобладающий частный интерес — наш или третьих лиц — либо преобладающий публичный интерес",
}

// englishGDPR is the English of the grounds as GDPR Art. 6(1)(b) and (f)
// word them, where the library's wording follows 152-FZ Art. 6(1)(5) and
// (7): a contract the data subject is party to or steps before entering
// into it, not its conclusion or termination; and interests overridden by
// the data subject's, not processing that "does not violate" them. A
// policy that declares 152-FZ before the GDPR keeps the 152-FZ wording,
// as the first declared law's wording wins (see composer.word).
var englishGDPR = map[string]string{
	"the need to conclude, perform or terminate a contract with you":                                                                                   "the need to perform a contract with you, or to take steps at your request before entering into one",
	"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "the need to pursue our legitimate interests or those of a third party, except where they are overridden by your interests or fundamental rights and freedoms",
	// Art. 9(2)(h), kept where the GDPR is declared before 152-FZ.
	"preventive or occupational medicine and health care":                  "preventive or occupational medicine and health care",
	"preventive or occupational medicine and the provision of health care": "preventive or occupational medicine and the provision of health care",
}

// englishFZ152 is the English of the wording 152-FZ prescribes.
var englishFZ152 = map[string]string{
	// Art. 16(1).
	"We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.": "We do not make decisions based solely on automated processing of your personal data that produce legal effects concerning you or otherwise affect your rights and legitimate interests.",
	// 152-FZ Art. 6(1)(5) and (7), kept where 152-FZ is declared before
	// a law with wording of its own.
	"the need to conclude, perform or terminate a contract with you":                                                                                   "the need to perform a contract to which you are a party, beneficiary or guarantor, or to conclude one at your initiative",
	"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms",
	// Art. 10(2)(2.3), where GDPR Art. 9(2)(b) speaks of obligations
	// and rights in employment and social security law.
	"obligations and rights in employment, social security and social protection law": "processing in accordance with the law of the Russian Federation on state social assistance, labour law and the law on state pensions and insurance pensions",
	"to have your data erased":                          "to have your data destroyed",
	"to restrict the processing of your data":           "to have your data blocked",
	"to lodge a complaint with a supervisory authority": "to appeal against our actions or inaction to the authority for the protection of the rights of personal data subjects or in court",
	", then deleted":                                    ", then destroyed",
	"deleted":                                           "destroyed",
	"explicit consent":                                  "consent in writing",
	"your explicit consent to the processing of special categories of your personal data":                                                                                                             "your consent in writing to the processing of special categories of your personal data",
	"your explicit consent to the processing of your biometric personal data":                                                                                                                         "your consent in writing to the processing of your biometric personal data",
	"When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we delete the data or anonymise it so that it can no longer be linked to you.": "When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we destroy the data or anonymise it so that it can no longer be linked to you.",
	"When a retention period ends, we delete the data or anonymise it so that it can no longer be linked to you.":                                                                                     "When a retention period ends, we destroy the data or anonymise it so that it can no longer be linked to you.",
	"When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we delete the data.":                                                           "When a retention period ends, or when you withdraw consent on which processing rests and no other ground applies, we destroy the data.",
	"When a retention period ends, we delete the data.":                                                                                                                                               "When a retention period ends, we destroy the data.",
	// Art. 10(2)(4): medical purposes, only by a medical professional
	// bound by medical secrecy; 152-FZ has no occupational medicine.
	"preventive or occupational medicine and health care":                  "medical and preventive purposes and medical services under medical secrecy",
	"preventive or occupational medicine and the provision of health care": "medical and preventive purposes, establishing a medical diagnosis and providing medical and medico-social services, by a person professionally engaged in medical activity and bound by medical secrecy",
}

var libraryCatalog = sync.OnceValue(func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for key, forms := range pluralKeys {
		for tag, cases := range forms {
			if err := b.Set(tag, key, plural.Selectf(1, "%d", cases...)); err != nil {
				panic("render: bad catalog entry " + key + ": " + err.Error()) // a bug in this file, not user input
			}
			if tag != language.English {
				continue
			}
			// American English has the English forms, respelt (see
			// american).
			us := slices.Clone(cases)
			for i := 1; i < len(us); i += 2 {
				us[i] = american(us[i].(string))
			}
			if err := b.Set(language.AmericanEnglish, key, plural.Selectf(1, "%d", us...)); err != nil {
				panic("render: bad catalog entry " + key + ": " + err.Error())
			}
		}
	}
	for tag, dict := range dictionaries {
		for key, msg := range dict {
			if err := b.SetString(tag, key, msg); err != nil {
				panic("render: bad catalog entry " + key + ": " + err.Error())
			}
		}
	}
	return b
})

// printer returns a printer of the library's wording in the supported
// language that best matches tag.
func printer(tag language.Tag) (*message.Printer, language.Tag) {
	_, i, _ := matcher().Match(tag)
	lang := supported[i]
	return message.NewPrinter(lang, message.Catalog(libraryCatalog())), lang
}
