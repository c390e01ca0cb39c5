// Wording for documents under both Federal Law No. 152-FZ and the GDPR
// (or the UK GDPR).

package render

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// fz152GDPRWording holds, per language, the wording of a document that
// declares both 152-FZ and the GDPR or the UK GDPR, keyed like the
// catalog by the general English text, where each law words the same
// statement its own way and a reader under one law must not be given the
// other's: the rights to erasure and restriction, which 152-FZ words as
// destruction and blocking (Art. 14, 21), the complaint, which 152-FZ
// brings to the authority or to court (Art. 17), and the contract and
// legitimate-interests grounds, whose conditions differ (152-FZ Art.
// 6(1)(5) and (7), GDPR Art. 6(1)(b) and (f)). A right names the law
// whose word differs; a ground is stated in words that meet both laws'
// conditions, as the health-care condition is in 152-FZ's (Art.
// 10(2)(4)): medical purposes by a professional bound by medical secrecy
// meet GDPR Art. 9(2)(h) and 9(3) too, while the GDPR's occupational
// medicine without secrecy is no condition of 152-FZ. Statements of what the controller does, such as
// destroying data when a retention period ends or asking for consent in
// writing, keep 152-FZ's stricter wording, which the GDPR's allows.
var fz152GDPRWording = map[language.Tag]map[string]string{
	language.English: {
		"to have your data erased":                                       "to have your data erased (under Federal Law No. 152-FZ, destroyed)",
		"to restrict the processing of your data":                        "to restrict the processing of your data (under Federal Law No. 152-FZ, to have it blocked)",
		"to lodge a complaint with a supervisory authority":              "to lodge a complaint with a supervisory authority and, under Federal Law No. 152-FZ, to appeal against our actions or inaction to the authority for the protection of the rights of personal data subjects or in court",
		"the need to conclude, perform or terminate a contract with you": "the need to perform a contract to which you are a party, or to conclude one at your request",
		"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms and that those interests are not overridden by your interests or fundamental rights and freedoms",
		"preventive or occupational medicine and health care":                  englishFZ152["preventive or occupational medicine and health care"],
		"preventive or occupational medicine and the provision of health care": englishFZ152["preventive or occupational medicine and the provision of health care"],
		// Decisions of either kind: GDPR Art. 22(1)'s and 152-FZ Art.
		// 16(1)'s.
		"We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.": "We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you, similarly significantly affect you or otherwise affect your rights and legitimate interests.",
	},
	language.Russian: {
		"to have your data erased":                                       "на удаление своих данных (по Федеральному закону № 152-ФЗ — на их уничтожение)",
		"to restrict the processing of your data":                        "на ограничение обработки своих данных (по Федеральному закону № 152-ФЗ — на их блокирование)",
		"to lodge a complaint with a supervisory authority":              "на подачу жалобы в надзорный орган, а по Федеральному закону № 152-ФЗ — на обжалование действий или бездействия оператора в уполномоченный орган по защите прав субъектов персональных данных или в судебном порядке",
		"the need to conclude, perform or terminate a contract with you": "необходимость исполнения договора, стороной которого вы являетесь, или заключения договора по вашей инициативе",
		"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "необходимость осуществления наших прав и законных интересов или прав и законных интересов третьих лиц при условии, что при этом не нарушаются ваши права и свободы и над этими интересами не преобладают ваши интересы или основные права и свободы",
		"preventive or occupational medicine and health care":                  russianFZ152["preventive or occupational medicine and health care"],
		"preventive or occupational medicine and the provision of health care": russianFZ152["preventive or occupational medicine and the provision of health care"],
		"We do not make decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.": "Мы не принимаем решений, основанных исключительно на автоматизированной обработке, включая профилирование, которые порождают для вас юридические последствия, иным образом существенно затрагивают вас или иным образом затрагивают ваши права и законные интересы.",
		// The document names the controller the operator of personal
		// data, as 152-FZ does, and so every role after it, not the
		// GDPR's controller (russianGDPR).
		"processor":         russian["processor"],
		"joint controller":  russian["joint controller"],
		"processors":        russian["processors"],
		"joint controllers": russian["joint controllers"],
		"The essence of our arrangement with this joint controller:":                                                                                                                                                                            russian["The essence of our arrangement with this joint controller:"],
		"Whatever the arrangement, you may exercise your rights against us and against this joint controller alike.":                                                                                                                            russian["Whatever the arrangement, you may exercise your rights against us and against this joint controller alike."],
		"to receive your data in a structured, commonly used and machine-readable format and have it transmitted to another controller":                                                                                                         russian["to receive your data in a structured, commonly used and machine-readable format and have it transmitted to another controller"],
		"to receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured, commonly used and machine-readable format and have it transmitted to another controller": russian["to receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured, commonly used and machine-readable format and have it transmitted to another controller"],
	},
}

// mixedWording returns the wording of key in a document under both
// 152-FZ and the GDPR or the UK GDPR ([fz152GDPRWording]), taking both
// laws as its sources; ok is false where the policy does not declare
// both or the key reads the same under each.
func (c *composer) mixedWording(key string) (s string, ok bool) {
	if !c.declares(policy.FZ152) {
		return "", false
	}
	gdpr := policy.GDPR
	if !c.declares(gdpr) {
		gdpr = policy.UKGDPR
		if !c.declares(gdpr) {
			return "", false
		}
	}
	if s, ok = fz152GDPRWording[c.lang][key]; ok {
		c.lawSource(policy.FZ152, textWording)
		c.lawSource(gdpr, textWording)
	}
	return s, ok
}
