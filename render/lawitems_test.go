package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCaliforniaMinorsAndMetrics checks the statements on consumers under
// 16 and the request metrics of the CCPA notice, in English and Russian.
func TestCaliforniaMinorsAndMetrics(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.CCPA}
	p.CCPA = policy.CCPANotice{Sold: policy.AnswerYes, Under16: policy.AnswerYes,
		OptInProcess: "A parent signs our consent form.", LargeVolume: true, MetricsURL: "https://acme.example/metrics",
		Metrics: &policy.CCPAMetrics{Year: 2024, Mean: true,
			Delete: policy.CCPARequestCounts{Received: 12000, Complied: 11000, Denied: 1000, Days: 9},
			OptOut: policy.CCPARequestCounts{Received: 3, Complied: 3}}}
	expectText(t, readText(t, p, language.English), []string{
		"We sell or share the personal information of consumers we know to be under 16 only with their affirmative authorisation (opt-in), which for a child under 13 a parent or guardian gives. A parent signs our consent form.",
		"Requests from consumers under California law in 2024:",
		"Requests to delete: 12,000 received, 11,000 complied with in whole or in part, 1,000 denied. Mean number of days to respond: 9.",
		"Requests to opt out of sale or sharing: 3 received, 3 complied with in whole or in part, 0 denied. Mean number of days to respond: 0.",
		"Requests to know: 0 received, 0 complied with in whole or in part, 0 denied.",
		"Our metrics on the requests from consumers under California law in the previous calendar year are published at https://acme.example/metrics.",
	}, []string{"Requests to know: 0 received, 0 complied with in whole or in part, 0 denied. Mean"})
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы продаём или передаём персональные данные потребителей, о которых нам известно, что им нет 16 лет, только с их явного разрешения",
		"Запросы потребителей по законодательству Калифорнии за 2024 год:",
		"Запросы на удаление: получено — 12 000, исполнено полностью или частично — 11 000, отклонено — 1 000. Средний срок ответа в днях: 9.",
	}, nil)

	p.CCPA = policy.CCPANotice{Sold: policy.AnswerYes, Under16: policy.AnswerNo, Metrics: &policy.CCPAMetrics{Year: 2024}}
	expectText(t, readText(t, p, language.English), []string{
		"We do not sell or share the personal information of consumers we know to be under 16.",
		"Requests to limit the use of sensitive personal information: 0 received",
	}, []string{"Median number of days", "are published at"})
}

// TestObligationsStated checks that a purpose names the laws laying down
// its legal obligation, and that the grounds section cites the legal
// obligation only under the laws it holds under.
func TestObligationsStated(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.FZ152}
	pu := p.Purposes[1]
	pu.Bases = []policy.Basis{policy.BasisLegalObligation, policy.BasisLegitimateInterests}
	pu.Obligations = []policy.Obligation{{Act: "Federal Law No. 402-FZ, Art. 29", Region: language.MustParseRegion("RU")}}
	expectText(t, readText(t, p, language.English), []string{
		"Law imposing the obligation: Federal Law No. 402-FZ, Art. 29 (Russia).",
		"The need to fulfil obligations imposed on us by law (Federal Law No. 152-FZ Art. 6(1)(2)).",
	}, []string{"GDPR Art. 6(1)(c)"})

	// Under 152-FZ alone a Russian law needs no jurisdiction.
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), []string{"Law imposing the obligation: Federal Law No. 402-FZ, Art. 29."}, []string{"(Russia)"})
	p.Laws = []policy.Law{policy.GDPR, policy.FZ152}

	pu.Bases = []policy.Basis{policy.BasisPublicTask}
	pu.Obligations = append(pu.Obligations, policy.Obligation{Act: "Council Directive 2006/112/EC", Region: language.MustParseRegion("EU")})
	expectText(t, readText(t, p, language.English), []string{
		"Laws laying down the task: Federal Law No. 402-FZ, Art. 29 (Russia) and Council Directive 2006/112/EC (European Union).",
		"GDPR Art. 6(1)(e)",
	}, nil)
}
