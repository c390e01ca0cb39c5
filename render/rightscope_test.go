package render

import (
	"slices"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// rightSources returns the sources of the clause that states right k in
// the document composed from p, failing the test where there is none.
func rightSources(t *testing.T, p *policy.Policy, k policy.RightKind) []Source {
	t.Helper()
	doc := mustCompose(t, p, Options{})
	for _, s := range doc.Sections {
		for _, c := range s.Clauses {
			for _, r := range c.Clauses {
				if r.ID == anchor(kindRight, k.String()) {
					return r.Sources
				}
			}
		}
	}
	t.Fatalf("no clause for the right %s", k)
	return nil
}

// hasPath reports whether srcs include the declaration at path.
func hasPath(srcs []Source, path string) bool {
	return slices.ContainsFunc(srcs, func(s Source) bool { return s.Path() == path })
}

// TestRightsStatedAsDeclared checks that the rights to object, to data
// portability and to withdraw consent say only what the policy's
// purposes declare: the objection names legitimate interests, a public
// task and direct marketing only where a purpose rests on them or is
// marketing; portability is limited to consent and contracts where other
// grounds are used; and the withdrawal of consent is stated for any
// consent given where no purpose rests on consent.
func TestRightsStatedAsDeclared(t *testing.T) {
	const (
		objectNone  = "To object to processing of your data where it is based on a task in the public interest or on legitimate interests, and at any time to its use for direct marketing."
		objectLI    = "To object to processing based on legitimate interests."
		objectLIDM  = "To object to processing based on legitimate interests, and at any time to direct marketing."
		objectDM    = "To object at any time to processing of your data for direct marketing."
		portFull    = "To receive your data in a structured, commonly used and machine-readable format and have it transmitted to another controller."
		portLimited = "To receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured"
		withdrawAll = "To withdraw your consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal."
		withdrawAny = "To withdraw any consent you give us at any time, without affecting the lawfulness of processing based on it before its withdrawal."
	)
	base := func() *policy.Policy {
		p := smallPolicy()
		p.Laws = []policy.Law{policy.GDPR}
		p.Rights = []policy.Right{{Kind: policy.RightObjection}, {Kind: policy.RightPortability}, {Kind: policy.RightWithdrawConsent}}
		for _, pu := range p.Purposes {
			pu.Bases = []policy.Basis{policy.BasisContract}
			pu.Withdraw = ""
		}
		return p
	}
	for _, tt := range []struct {
		name      string
		edit      func(p *policy.Policy)
		want, not []string
	}{
		{"contracts only", func(*policy.Policy) {},
			[]string{objectNone, portFull, withdrawAny}, []string{objectLI, objectDM, portLimited, withdrawAll}},
		{"legitimate interests", func(p *policy.Policy) {
			p.Purposes[1].Bases = []policy.Basis{policy.BasisLegitimateInterests}
			p.Purposes[1].Interest = "keeping accounts"
		}, []string{objectLI, portLimited}, []string{"direct marketing", portFull}},
		{"marketing by DPV term on consent", func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
			p.Purposes[0].Withdraw = "unsubscribe"
			p.Purposes[0].Terms.DPV = []string{"dpv:DirectMarketing"}
		}, []string{objectDM, portFull, withdrawAll}, []string{"legitimate interests", portLimited, withdrawAny}},
		{"marketing by Fides subkey on legitimate interests", func(p *policy.Policy) {
			p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
			p.Purposes[0].Interest = "telling customers about offers"
			p.Purposes[0].Terms.Fides = []string{"marketing.communications.email"}
		}, []string{objectLIDM, portLimited}, []string{objectDM}},
		{"direct marketing declared", func(p *policy.Policy) {
			p.Purposes[0].DirectMarketing = true
		}, []string{objectDM}, []string{objectNone}},
		{"an identifier that names marketing, not declared", func(p *policy.Policy) {
			p.Purposes[0].ID = "email_marketing"
		}, []string{objectNone}, []string{objectDM}},
		{"a Fides key that only starts like marketing", func(p *policy.Policy) {
			p.Purposes[0].Terms.Fides = []string{"marketingish"}
		}, []string{objectNone}, []string{objectDM}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			tt.edit(p)
			expectText(t, readText(t, p, language.English), tt.want, tt.not)
		})
	}

	// Each statement takes the declarations it follows as its sources.
	p := base()
	p.Purposes[0].Terms.DPV = []string{"dpv:Marketing"}
	p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
	p.Purposes[0].Withdraw = "unsubscribe"
	p.Purposes[1].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	p.Purposes[1].Interest = "keeping accounts"
	for _, tt := range []struct {
		k    policy.RightKind
		want []string
	}{
		{policy.RightObjection, []string{"purposes[news].terms", "purposes[billing].bases"}},
		{policy.RightPortability, []string{"purposes[billing].bases"}},
		{policy.RightWithdrawConsent, []string{"purposes[news].bases"}},
	} {
		srcs := rightSources(t, p, tt.k)
		for _, w := range tt.want {
			if !hasPath(srcs, w) {
				t.Errorf("the right %s: sources %v lack %s", tt.k, srcs, w)
			}
		}
	}

	// The Russian document states the same.
	expectText(t, readText(t, p, language.Russian), []string{
		"На возражение против обработки на основании законных интересов, а также в любой момент — против прямого маркетинга.",
		"На получение предоставленных вами данных, которые мы обрабатываем автоматизированными средствами на основании вашего согласия или договора с вами",
		"На отзыв согласия в любой момент",
	}, nil)
	p = base()
	expectText(t, readText(t, p, language.Russian), []string{
		"На возражение против обработки своих данных, основанной на выполнении задачи в общественных интересах или на законных интересах",
		"На отзыв любого данного вами согласия в любой момент",
		"На получение своих данных в структурированном",
	}, []string{"— против прямого маркетинга", "предоставленных вами данных"})
	p.Purposes[0].DirectMarketing = true
	expectText(t, readText(t, p, language.Russian), []string{"На возражение в любой момент против обработки своих данных для прямого маркетинга."}, nil)
}

// TestFZ152AndGDPRRights checks that a document under both 152-FZ and
// the GDPR, in either order, states the rights to erasure and
// restriction and the complaint in the GDPR's words, naming 152-FZ for
// its own, and takes both laws as the sources, while a document under
// one of them uses that law's words alone.
func TestFZ152AndGDPRRights(t *testing.T) {
	const (
		erasedEN     = "To have your data erased (under Federal Law No. 152-FZ, destroyed)."
		restrictEN   = "To restrict the processing of your data (under Federal Law No. 152-FZ, to have it blocked)."
		complaintEN  = "To lodge a complaint with a supervisory authority and, under Federal Law No. 152-FZ, to appeal against our actions or inaction"
		erasedRU     = "На удаление своих данных (по Федеральному закону № 152-ФЗ — на их уничтожение)."
		restrictRU   = "На ограничение обработки своих данных (по Федеральному закону № 152-ФЗ — на их блокирование)."
		complaintRU  = "На подачу жалобы в надзорный орган, а по Федеральному закону № 152-ФЗ — на обжалование"
		destroyedEN  = "To have your personal data destroyed where it is incomplete, outdated, inaccurate, unlawfully obtained or not necessary for the stated purpose of processing."
		blockedEN    = "To have your personal data blocked where it is incomplete, outdated, inaccurate, unlawfully obtained or not necessary for the stated purpose of processing."
		gdprErasedEN = "To have your data erased."
	)
	rights := []policy.Right{{Kind: policy.RightErasure}, {Kind: policy.RightRestriction}, {Kind: policy.RightComplaint}}
	for _, laws := range [][]policy.Law{{policy.FZ152, policy.GDPR}, {policy.GDPR, policy.FZ152}, {policy.FZ152, policy.UKGDPR}} {
		p := smallPolicy()
		p.Laws = laws
		p.Rights = rights
		expectText(t, readText(t, p, language.English), []string{erasedEN, restrictEN, complaintEN}, []string{destroyedEN, blockedEN, gdprErasedEN})
		expectText(t, readText(t, p, language.Russian), []string{erasedRU, restrictRU, complaintRU}, []string{"На уничтожение своих данных."})
		srcs := rightSources(t, p, policy.RightErasure)
		for _, law := range laws {
			if !slices.ContainsFunc(srcs, func(s Source) bool { return s.Law == law }) {
				t.Errorf("%v: the right to erasure's sources %v lack %v", laws, srcs, law)
			}
		}
	}
	p := smallPolicy()
	p.Rights = rights
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.English), []string{destroyedEN, blockedEN}, []string{erasedEN, "erased"})
	p.Laws = []policy.Law{policy.GDPR}
	expectText(t, readText(t, p, language.English), []string{gdprErasedEN, "To lodge a complaint with a supervisory authority."}, []string{"destroyed", "152-FZ"})
}

// TestPortabilityByLaw checks that where the GDPR and a law without its
// conditions both grant data portability, and some purpose rests on a
// ground other than consent or a contract, the right is stated twice:
// with the GDPR's conditions under the GDPR, and without them under the
// other law, so that no US reader is told of conditions their law does
// not set.
func TestPortabilityByLaw(t *testing.T) {
	const limited = "To receive the data you provided to us, where we process it by automated means on your consent or under a contract with you, in a structured, commonly used and machine-readable format and have it transmitted to another controller (under the GDPR and the UK GDPR). How: in the app."
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR, policy.USStates}
	p.Purposes[0].Bases = []policy.Basis{policy.BasisLegitimateInterests}
	p.Purposes[0].Interest = "telling customers about our products"
	p.Rights = []policy.Right{{Kind: policy.RightPortability, How: "in the app"}}
	text := readText(t, p, language.English)
	expectText(t, text, []string{limited,
		"To obtain a copy of the personal data you provided to us in a portable and, where technically feasible, readily usable format that lets you transmit it to another business without hindrance (under US state privacy laws). How: in the app."},
		[]string{"and the US state privacy laws)"})
	// Without a purpose on another ground, one item states it for all.
	p.Purposes[0].Bases = []policy.Basis{policy.BasisConsent}
	p.Purposes[0].Withdraw = "in the settings"
	expectText(t, readText(t, p, language.English), nil, []string{"(under US state privacy laws)", "where we process it by automated means"})
}
