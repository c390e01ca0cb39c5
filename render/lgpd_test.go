package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// lgpdPolicy returns a policy under the LGPD alone with a legitimate
// interest, an automated decision, the rights of Art. 18 and 20 and a
// transfer under the ANPD's standard contractual clauses.
func lgpdPolicy() *policy.Policy {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.LGPD}
	p.Controller.Country = language.MustParseRegion("BR")
	us := language.MustParseRegion("US")
	cloud := &policy.Recipient{ID: "cloud", Name: "cloud providers", Role: policy.RoleProcessor, Categories: p.Categories, Country: us}
	p.Recipients = []*policy.Recipient{cloud}
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "credit", Name: "Credit", Categories: p.Categories,
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "lending responsibly", Automated: "credit limits are set by a model"})
	p.Transfers = []policy.Transfer{{Destination: us, Recipient: cloud, Categories: p.Categories, Safeguard: policy.SafeguardANPDClauses}}
	for _, k := range []policy.RightKind{policy.RightAccess, policy.RightErasure, policy.RightObjection, policy.RightNoAutomatedDecision, policy.RightComplaint} {
		p.Rights = append(p.Rights, policy.Right{Kind: k})
	}
	return p
}

// TestLGPDWording checks that a policy under the LGPD alone states its
// grounds and rights in the LGPD's words, not the GDPR's or 152-FZ's:
// no copy of the data, no objection to direct marketing at any time, no
// human intervention in automated decisions (which the LGPD does not
// require), deletion of the data processed on consent, and interests
// that yield to the data subject's fundamental rights.
func TestLGPDWording(t *testing.T) {
	p := lgpdPolicy()
	expectText(t, readText(t, p, language.English), []string{
		"need to perform a contract to which you are party, or preliminary steps related to it, at your request (LGPD Art. 7(V))",
		"except where your fundamental rights and freedoms that require the protection of personal data prevail",
		"To confirm whether we process your personal data, and to access it.",
		"To have the data processed on your consent deleted.",
		"To object to processing carried out on a ground other than consent where it does not comply with the law.",
		"To request the review of decisions taken solely on the basis of automated processing",
		"To petition the national authority regarding your data against us.",
	}, []string{"human intervention", "direct marketing", "receive a copy", "conclude, perform or terminate", "does not violate your rights"})
	expectText(t, readText(t, p, language.Russian), []string{
		"подтверждение того, обрабатываем ли мы ваши персональные данные, и на доступ к ним",
		"пересмотр решений, принятых исключительно на основе автоматизированной обработки",
	}, []string{"участие человека", "получение их копии"})

	// Under the GDPR declared first, the GDPR's words.
	p.Laws = []policy.Law{policy.GDPR, policy.LGPD}
	expectText(t, readText(t, p, language.English), []string{"human intervention", "receive a copy"}, []string{"To confirm whether we process"})
}

// TestTransferSafeguardStated checks that every safeguard of a transfer is
// stated: a transfer under the ANPD's standard contractual clauses was
// rendered as "transferred to cloud providers, ." with no ground at all.
func TestTransferSafeguardStated(t *testing.T) {
	p := lgpdPolicy()
	expectText(t, readText(t, p, language.English),
		[]string{"transferred to cloud providers, on the basis of the standard contractual clauses of Brazil's National Data Protection Authority (ANPD)."}, []string{", ."})
	expectText(t, readText(t, p, language.Russian),
		[]string{"на основании стандартных договорных условий Национального управления по защите данных Бразилии (ANPD)"}, []string{", ."})
	for s := range policy.Safeguard(32) {
		if s.Valid() && safeguardText[s] == "" {
			t.Errorf("safeguard %v has no text", s)
		}
	}
}

// TestLGPDSensitiveCitations checks that a ground the LGPD provides again
// for sensitive data is cited at Art. 11(II) where purposes use such data,
// alone where they use no other personal data and with Art. 7 where they
// do, and that the exercise of rights on health data is the wider ground
// of Art. 11(II)(d), in the grounds and in the summary, in English and
// Russian.
func TestLGPDSensitiveCitations(t *testing.T) {
	p := lgpdPolicy()
	health := &policy.Category{ID: "health", Name: "Health declaration", Items: []string{"conditions"}, Sensitivity: policy.SensitivitySpecial,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	p.Categories = append(p.Categories, health)
	p.Purposes = append(p.Purposes,
		&policy.Purpose{ID: "plan", Name: "Contracting the plan", Categories: []*policy.Category{health}, Bases: []policy.Basis{policy.BasisExerciseOfRights}},
		&policy.Purpose{ID: "records", Name: "Keeping medical records", Categories: []*policy.Category{health, p.Categories[0]}, Bases: []policy.Basis{policy.BasisLegalObligation},
			Obligations: []policy.Obligation{{Act: "CFM Resolution 1,638/2002", Region: language.MustParseRegion("BR")}}})
	en := readText(t, p, language.English)
	expectText(t, en, []string{
		"The need for the regular exercise of rights, including in a contract and in judicial, administrative or arbitration proceedings (LGPD Art. 11(II)(d)).",
		"(LGPD Art. 7(II), 11(II)(a)). Purpose: 3.1.5.",
		"Legal ground: regular exercise of rights, including in a contract and in judicial, administrative or arbitration proceedings",
	}, []string{"Art. 7(VI)", "exercise of rights in judicial"})
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{"Необходимость регулярного осуществления прав, в том числе по договору", "(подп. «d» п. II ст. 11 LGPD)", "(п. II ст. 7, подп. «a» п. II ст. 11 LGPD)"}, nil)
}

// TestRussianRightsListForm checks that the rights of the CCPA and the
// LGPD that were worded as verbs («знать, …», «дать указания …») are
// worded, as every right is in the Russian list after «Вы имеете право:»,
// with «на».
func TestRussianRightsListForm(t *testing.T) {
	p := lgpdPolicy()
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightSharingEntities}, policy.Right{Kind: policy.RightConsentRefusal})
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{"На информацию о том, каким государственным и частным организациям мы передавали ваши данные.",
		"На информацию о том, что вы можете не давать согласие, и о последствиях отказа."}, []string{"Знать,", "совместно использовали"})
	c := ccpaPolicy()
	c.Rights = append(c.Rights, policy.Right{Kind: policy.RightKnow})
	expectText(t, readText(t, c, language.Russian), []string{"На информацию о том, какие персональные данные мы собираем"}, []string{"Знать,"})
}

// TestInternalRulesWording checks that the measure of internal rules is
// named in 152-FZ's words («издание локальных актов») only in a document
// under 152-FZ, and as internal rules elsewhere.
func TestInternalRulesWording(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Security = []policy.Measure{{Kind: policy.MeasureInternalRules}}
	expectText(t, readText(t, p, language.Russian), []string{"Внутренние правила обработки и защиты персональных данных."}, []string{"локальных актов"})
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.Russian), []string{"Издание локальных актов по вопросам обработки и защиты персональных данных."}, nil)
}

// TestWithdrawalUnderUSLaws checks that a document under the CCPA alone
// states the right to withdraw consent without GDPR Art. 7(3)'s words on
// the lawfulness of earlier processing, and that one under the GDPR keeps
// them.
func TestWithdrawalUnderUSLaws(t *testing.T) {
	p := ccpaPolicy()
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightWithdrawConsent})
	p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
	expectText(t, readText(t, p, language.English), []string{"To withdraw your consent at any time."}, []string{"lawfulness"})
	expectText(t, readText(t, p, language.Russian), []string{"На отзыв своего согласия в любой момент."}, []string{"законность"})
	p.Purposes[0].Bases = nil
	expectText(t, readText(t, p, language.English), []string{"To withdraw any consent you give us at any time."}, []string{"lawfulness"})
	p.Laws = append(p.Laws, policy.GDPR)
	expectText(t, readText(t, p, language.English), []string{"without affecting the lawfulness"}, nil)
}

// TestFADPTerms checks that a document under the FADP speaks of
// sensitive personal data and express consent, and of the right to state
// one's position on an automated decision and have a person review it,
// in the FADP's terms, not the GDPR's.
func TestFADPTerms(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP}
	p.Controller.Country = language.MustParseRegion("CH")
	p.Categories[0].Sensitivity = policy.SensitivitySpecial
	p.Purposes[0].Bases = []policy.Basis{policy.BasisExplicitConsent}
	p.Purposes[0].Automated = "offers are priced by a model"
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightNoAutomatedDecision})
	expectText(t, readText(t, p, language.English), []string{
		"This is sensitive personal data.",
		"Your express consent to the processing of your sensitive personal data (FADP",
		"To state your position on a decision based exclusively on automated processing",
	}, []string{"special categor", "explicit consent", "human intervention"})
	expectText(t, readText(t, p, language.Russian), []string{"Это особо охраняемые персональные данные.", "на пересмотр этого решения физическим лицом"}, []string{"специальн"})
}

// TestFADPControllerTerms checks that a Russian document under the FADP
// alone names the controller and the processor as the GDPR's Russian
// does, not as 152-FZ's operator.
func TestFADPControllerTerms(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FADP}
	p.Controller.Country = language.MustParseRegion("CH")
	p.Recipients = []*policy.Recipient{{ID: "cloud", Name: "cloud providers", Role: policy.RoleProcessor, Categories: p.Categories}}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightPortability})
	expectText(t, readText(t, p, language.Russian), []string{"по поручению контролёра", "другому контролёру"}, []string{"оператор"})
}

// TestSpecialCategoryRussianTerm checks that Russian names a special
// category in the GDPR's Russian terms («особая категория») under the
// GDPR, and in 152-FZ's («специальная») under 152-FZ, and that data made
// public with consent becomes «доступными».
func TestSpecialCategoryRussianTerm(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Categories[0].Sensitivity = policy.SensitivitySpecial
	p.Purposes[0].Bases = []policy.Basis{policy.BasisExplicitConsent}
	expectText(t, readText(t, p, language.Russian), []string{"Это особая категория персональных данных.", "на обработку особых категорий ваших персональных данных"}, []string{"специальн"})
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.Russian), []string{"Это специальная категория персональных данных."}, []string{"особая категория"})
}
