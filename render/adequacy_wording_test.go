package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestAdequacyInTheLawsWords checks that a transfer on adequacy under the
// UK GDPR alone rests on UK adequacy regulations, and one under 152-FZ
// alone on the list of states approved by Roskomnadzor, in English and
// Russian, and not on an adequacy decision; a transfer that states its
// origin is governed by the law of that origin alone.
func TestAdequacyInTheLawsWords(t *testing.T) {
	r := language.MustParseRegion
	const (
		decision   = "on the basis of an adequacy decision"
		decisionRU = "решения об адекватности"
		uk         = "on the basis of UK adequacy regulations (section 17A of the Data Protection Act 2018)"
		ukRU       = "на основании принятых в Соединённом Королевстве актов о признании защиты данных адекватной (статья 17A Закона о защите данных 2018 года)"
		ukScope    = "The recipient falls within the scope of the UK adequacy regulations for the destination."
		ukScopeRU  = "Получатель подпадает под действие принятого в Соединённом Королевстве акта о признании адекватной защиты данных в стране назначения."
		rkn        = "because the destination is on the list of foreign states ensuring adequate protection of the rights of personal data subjects approved by Roskomnadzor (Art. 12 of Federal Law No. 152-FZ)"
		rknRU      = "поскольку страна назначения включена в утверждённый Роскомнадзором перечень иностранных государств, обеспечивающих адекватную защиту прав субъектов персональных данных (статья 12 Федерального закона № 152-ФЗ)"
		coe        = "because the destination is a party to the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (Art. 12 of Federal Law No. 152-FZ)"
		coeRU      = "поскольку страна назначения является стороной Конвенции Совета Европы о защите физических лиц при автоматизированной обработке персональных данных (статья 12 Федерального закона № 152-ФЗ)"
		coeList    = "the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data, to which the destination is a party (Art. 12 of Federal Law No. 152-FZ)"
		coeListRU  = "Конвенции Совета Европы о защите физических лиц при автоматизированной обработке персональных данных, стороной которой является страна назначения (статья 12 Федерального закона № 152-ФЗ)"
	)
	for _, tt := range []struct {
		name     string
		laws     []policy.Law
		transfer policy.Transfer
		want     []string
		wantRU   []string
	}{
		{"the UK GDPR alone", []policy.Law{policy.UKGDPR},
			policy.Transfer{Destination: r("CA"), Safeguard: policy.SafeguardAdequacy, WithinScope: true},
			[]string{"Canada: email, " + uk + ".", ukScope}, []string{ukRU, ukScopeRU}},
		{"from the UK under the GDPR and the UK GDPR", []policy.Law{policy.GDPR, policy.UKGDPR},
			policy.Transfer{Origin: r("GB"), Destination: r("CA"), Safeguard: policy.SafeguardAdequacy, WithinScope: true},
			[]string{uk, ukScope}, []string{ukRU, ukScopeRU}},
		{"152-FZ alone", []policy.Law{policy.FZ152},
			policy.Transfer{Destination: r("JP"), Safeguard: policy.SafeguardAdequacy},
			[]string{"Japan: email, " + rkn + "."}, []string{rknRU}},
		{"from Russia under 152-FZ and the GDPR", []policy.Law{policy.GDPR, policy.FZ152},
			policy.Transfer{Origin: r("RU"), Destination: r("JP"), Safeguard: policy.SafeguardAdequacy},
			[]string{rkn}, []string{rknRU}},
		// Roskomnadzor's list names only states that are not parties to
		// Convention 108; a party is adequate under Art. 12(1) itself.
		{"152-FZ alone, to a party to Convention 108", []policy.Law{policy.FZ152},
			policy.Transfer{Destination: r("AM"), Safeguard: policy.SafeguardAdequacy},
			[]string{"Armenia: email, " + coe + "."}, []string{coeRU}},
		{"to a party to Convention 108 under 152-FZ and the UK GDPR", []policy.Law{policy.UKGDPR, policy.FZ152},
			policy.Transfer{Destination: r("CH"), Safeguard: policy.SafeguardAdequacy},
			[]string{coeList}, []string{coeListRU}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			tr := tt.transfer
			tr.Categories = p.Categories
			p.Transfers = []policy.Transfer{tr}
			expectText(t, readText(t, p, language.English), tt.want, []string{decision})
			expectText(t, readText(t, p, language.Russian), tt.wantRU, []string{decisionRU})
		})
	}
}
