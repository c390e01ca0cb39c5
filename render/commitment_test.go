package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestCommitmentLawfulException checks that the promise not to disclose
// data without consent states the disclosures the law requires wherever
// the policy declares one (a disclosure on legal process, or a public
// authority that receives the data), in the words of the declared law,
// and is stated plainly otherwise.
func TestCommitmentLawfulException(t *testing.T) {
	const (
		enPlain   = "We do not disclose your personal data to third parties without your consent."
		enLaw     = "We do not disclose your personal data to third parties without your consent, except where the law requires it."
		enFederal = "We do not disclose your personal data to third parties without your consent, unless otherwise provided by federal law."
		ruPlain   = "Мы не раскрываем ваши персональные данные третьим лицам без вашего согласия."
		ruLaw     = "Мы не раскрываем ваши персональные данные третьим лицам без вашего согласия, за исключением случаев, когда этого требует закон."
		ruFederal = "Мы не раскрываем ваши персональные данные третьим лицам без вашего согласия, если иное не предусмотрено федеральным законом."

		enCatPlain   = "Our commitment for this data: we do not disclose it to third parties without your consent."
		enCatLaw     = "Our commitment for this data: we do not disclose it to third parties without your consent, except where the law requires it."
		enCatFederal = "Our commitment for this data: we do not disclose it to third parties without your consent, unless otherwise provided by federal law."
		ruCatPlain   = "Наше обязательство в отношении этих данных: мы не раскрываем их третьим лицам без вашего согласия."
		ruCatFederal = "Наше обязательство в отношении этих данных: мы не раскрываем их третьим лицам без вашего согласия, если иное не предусмотрено федеральным законом."
	)
	authority := func(cats ...*policy.Category) *policy.Recipient {
		return &policy.Recipient{ID: "authorities", Name: "Law enforcement", Role: policy.RoleAuthority, Categories: cats}
	}
	for _, tt := range []struct {
		name    string
		declare func(p *policy.Policy)
		en, ru  []string // the sentences stated
		not     []string // in either language
	}{
		{
			name: "no lawful disclosure",
			declare: func(p *policy.Policy) {
				p.Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
			},
			en:  []string{enPlain},
			ru:  []string{ruPlain},
			not: []string{"except where", "unless otherwise", "когда этого требует закон", "предусмотрено федеральным законом"},
		},
		{
			name: "legal process under the GDPR",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.GDPR}
				p.Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
				p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}}
			},
			en:  []string{enLaw},
			ru:  []string{ruLaw},
			not: []string{enPlain, ruPlain, "federal"},
		},
		{
			name: "legal process under 152-FZ",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.FZ152}
				p.Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
				p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}}
			},
			en:  []string{enFederal},
			ru:  []string{ruFederal},
			not: []string{enPlain, ruPlain},
		},
		{
			name: "152-FZ with another law: general terms",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.FZ152, policy.GDPR}
				p.Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
				p.Recipients = []*policy.Recipient{authority()}
			},
			en:  []string{enLaw},
			ru:  []string{ruLaw},
			not: []string{"federal law", "федеральным законом"},
		},
		{
			name: "category disclosed to an authority under 152-FZ",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.FZ152}
				cat := p.Categories[0]
				cat.Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
				p.Recipients = []*policy.Recipient{authority(cat)}
			},
			en:  []string{enCatFederal},
			ru:  []string{ruCatFederal},
			not: []string{enCatPlain, ruCatPlain},
		},
		{
			name: "category under the GDPR, legal process",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.GDPR}
				p.Categories[0].Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
				p.Disclosures = []policy.Disclosure{{Kind: policy.DisclosureLegalProcess}}
			},
			en:  []string{enCatLaw},
			not: []string{enCatPlain},
		},
		{
			name: "authority receives another category only",
			declare: func(p *policy.Policy) {
				p.Laws = []policy.Law{policy.FZ152}
				phone := &policy.Category{ID: "phone", Name: "Phone", Items: []string{"number"}, Sensitivity: policy.SensitivityPersonal,
					Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
				p.Categories = append(p.Categories, phone)
				p.Purposes[1].Categories = append(p.Purposes[1].Categories, phone)
				p.Categories[0].Commitments = []policy.Commitment{policy.CommitmentNoDisclosureWithoutConsent}
				p.Recipients = []*policy.Recipient{authority(phone)}
			},
			en:  []string{enCatPlain},
			ru:  []string{ruCatPlain},
			not: []string{"unless otherwise", "предусмотрено федеральным законом"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			tt.declare(p)
			expectText(t, readText(t, p, language.English), tt.en, tt.not)
			expectText(t, readText(t, p, language.Russian), tt.ru, tt.not)
		})
	}
}
