package render

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// englishLGPD is the English of the grounds as LGPD Art. 7(V) and (IX)
// word them, where the library's general wording follows 152-FZ Art.
// 6(1)(5) and (7): a contract the data subject is party to, or
// preliminary steps related to it at their request, not its conclusion or
// termination; and interests that yield where the data subject's
// fundamental rights and freedoms that require the protection of personal
// data prevail, not processing that "does not violate" them. As for the
// GDPR, the first declared law's wording wins (see composer.word).
var englishLGPD = map[string]string{
	"the need to conclude, perform or terminate a contract with you":                                                                                   "the need to perform a contract to which you are party, or preliminary steps related to it, at your request",
	"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "the need to pursue our legitimate interests or those of a third party, except where your fundamental rights and freedoms that require the protection of personal data prevail",
	// Art. 7(II): an obligation laid down by law or by regulation, such
	// as a central bank's.
	"the need to fulfil obligations imposed on us by law": "the need to fulfil legal or regulatory obligations imposed on us",
	// Art. 11(II)(g): only in the identification and authentication of
	// registration in electronic systems.
	"the need to prevent fraud and protect your security":   "the need to prevent fraud and protect your security in identifying you and authenticating your registration in electronic systems",
	"fraud prevention and the security of the data subject": "fraud prevention and the security of the data subject in identification and authentication in electronic systems",
}

// russianLGPD is the Russian of englishLGPD, and the LGPD's controller
// and operator (Art. 5(VI), (VII)) in the terms the document uses for the
// controller, as for the GDPR, not 152-FZ's operator, which is the LGPD's
// controller.
var russianLGPD = map[string]string{
	"processor":         russianGDPR["processor"],
	"joint controller":  russianGDPR["joint controller"],
	"processors":        russianGDPR["processors"],
	"joint controllers": russianGDPR["joint controllers"],
	"the need to conclude, perform or terminate a contract with you":                                                                                   "необходимость исполнения договора, стороной которого вы являетесь, или связанных с ним предварительных действий по вашему запросу",
	"the need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms": "необходимость осуществления наших законных интересов или законных интересов третьих лиц, за исключением случаев, когда преобладают ваши основные права и свободы, требующие защиты персональных данных",
	"the need to fulfil obligations imposed on us by law":                                                                                              "необходимость исполнения обязанностей, возложенных на нас законом или нормативными актами",
	"the need to prevent fraud and protect your security":                                                                                              "необходимость предотвращения мошенничества и обеспечения вашей безопасности при вашей идентификации и аутентификации вашей регистрации в электронных системах",
	"fraud prevention and the security of the data subject":                                                                                            "предотвращение мошенничества и обеспечение безопасности субъекта данных при идентификации и аутентификации в электронных системах",
}

// lgpdAloneWording is the wording of the LGPD, per language, that a
// document uses where the LGPD is the only law declared, as for
// lgpdRights: terms the other laws do not share, which under the GDPR
// declared beside it would misstate the GDPR's grounds. The LGPD has no
// ground of a task in the public interest: the public administration
// processes data to carry out public policies provided for in laws and
// regulations (Art. 7(III), and Art. 11(II)(b) for sensitive data), in
// pursuit of its public purpose and to exercise its legal powers and
// duties (Art. 23). It speaks of sensitive personal data (Art. 5(II)),
// not of special categories, and of consent given in a specific and
// highlighted manner (Art. 11(I)), not of explicit consent.
var lgpdAloneWording = map[language.Tag]map[string]string{
	language.English: {
		"the need to perform a task carried out in the public interest":                       "the need for the public administration to carry out public policies provided for in laws and regulations, in pursuit of its public purpose and to exercise its legal powers and duties",
		"performance of a task in the public interest":                                        "execution of public policies by the public administration",
		"reasons of substantial public interest on the basis of law":                          "the need for the public administration to process sensitive personal data to carry out public policies provided for in laws and regulations",
		"substantial public interest":                                                         "execution of public policies by the public administration, for sensitive data",
		"your explicit consent to the processing of special categories of your personal data": "your specific and highlighted consent to the processing of your sensitive personal data",
		"explicit consent": "specific and highlighted consent",
		"This is a special category of personal data.": "This is sensitive personal data.",
	},
	language.Russian: {
		"the need to perform a task carried out in the public interest":                       "необходимость реализации органами публичной администрации государственной политики, предусмотренной законами и иными нормативными актами, для достижения их публичных целей и осуществления их полномочий и обязанностей, установленных законом",
		"performance of a task in the public interest":                                        "реализация государственной политики органами публичной администрации",
		"reasons of substantial public interest on the basis of law":                          "необходимость обработки органами публичной администрации чувствительных персональных данных для реализации государственной политики, предусмотренной законами и иными нормативными актами",
		"substantial public interest":                                                         "реализация государственной политики органами публичной администрации в отношении чувствительных данных",
		"your explicit consent to the processing of special categories of your personal data": "ваше согласие на обработку ваших чувствительных персональных данных, выраженное конкретно и отдельно от иных условий",
		"explicit consent": "согласие, выраженное конкретно и отдельно от иных условий",
		"This is a special category of personal data.": "Это чувствительные персональные данные.",
	},
}

// lgpdRights states the rights the LGPD grants in other terms than the
// GDPR, which the document uses where the LGPD is the only law declared
// (a document under the LGPD and the GDPR promises the GDPR's wider
// rights to everyone):
//   - Art. 18(I), (II): confirmation that data is processed, and access
//     to it, where the GDPR speaks of a copy (Art. 15(3));
//   - Art. 18(VI): deletion of the data processed on consent, not of any
//     data (GDPR Art. 17);
//   - Art. 18(2): opposition to processing on a ground other than
//     consent where it does not comply with the law, with no right
//     against direct marketing at any time (GDPR Art. 21(2));
//   - Art. 18(1): a petition to the national authority;
//   - Art. 20: review of decisions taken solely on automated processing
//     that affect the data subject's interests, profiling included; the
//     LGPD does not require the review to be made by a person (Law No.
//     13,853/2019 removed that requirement), so the GDPR's "human
//     intervention" (Art. 22(3)) is not promised.
var lgpdRights = map[policy.RightKind]string{
	policy.RightAccess:              "to confirm whether we process your personal data, and to access it",
	policy.RightErasure:             "to have the data processed on your consent deleted",
	policy.RightObjection:           "to object to processing carried out on a ground other than consent where it does not comply with the law",
	policy.RightComplaint:           "to petition the national authority regarding your data against us",
	policy.RightPortability:         "to the portability of your data to another provider of a service or product, on your express request, in accordance with the regulations of the national authority and subject to commercial and industrial secrets",
	policy.RightNoAutomatedDecision: "to request the review of decisions taken solely on the basis of automated processing of your personal data that affect your interests, including decisions that define your personal, professional, consumer or credit profile",
}

// lgpdRightRules names the rule of the LGPD that grants each right of
// lgpdRights, recorded as the source of its wording.
var lgpdRightRules = map[policy.RightKind]policy.Rule{
	policy.RightNoAutomatedDecision: "lgpd.20",
}
