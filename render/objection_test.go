package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestObjectionOnPublicTask checks that the right to object names the
// grounds it covers (Art. 21(1)): a task in the public interest where a
// purpose rests on one, with legitimate interests where another rests on
// those, and legitimate interests alone otherwise; the newsletter is
// marked as direct marketing, which the right also names.
func TestObjectionOnPublicTask(t *testing.T) {
	const (
		li   = "To object to processing based on legitimate interests, and at any time to direct marketing."
		task = "To object to processing based on a task in the public interest, and at any time to direct marketing."
		both = "To object to processing based on a task in the public interest or on legitimate interests, and at any time to direct marketing."
	)
	p := smallPolicy() // two purposes
	p.Laws = []policy.Law{policy.UKGDPR}
	p.Rights = append(p.Rights, policy.Right{Kind: policy.RightObjection})
	for _, pu := range p.Purposes {
		pu.Bases = []policy.Basis{policy.BasisLegitimateInterests}
		pu.Interest = "running the service"
	}
	p.Purposes[0].Terms.DPV = []string{"dpv:DirectMarketing"} // the newsletter is direct marketing
	expectText(t, readText(t, p, language.English), []string{li}, []string{"public interest"})

	p.Purposes[0].Bases = []policy.Basis{policy.BasisPublicTask}
	p.Purposes[0].Obligations = []policy.Obligation{{Act: "Data Protection Act 2018, s. 8", Region: language.MustParseRegion("GB")}}
	expectText(t, readText(t, p, language.English), []string{both}, []string{li})
	expectText(t, readText(t, p, language.Russian), []string{"На возражение против обработки для выполнения задачи в общественных интересах или на основании законных интересов"}, nil)
	for _, pu := range p.Purposes {
		pu.Bases = []policy.Basis{policy.BasisPublicTask}
		pu.Obligations = p.Purposes[0].Obligations
	}
	expectText(t, readText(t, p, language.English), []string{task}, []string{"legitimate interests,"})
	expectText(t, readText(t, p, language.Russian), []string{"На возражение против обработки для выполнения задачи в общественных интересах, а также"}, nil)
}
