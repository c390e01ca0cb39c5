package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestAdequacyUnderSeveralLaws checks that a transfer on adequacy that
// several declared laws govern (no origin, or an origin none of them
// calls home) names the ground in each law's own terms, in English and
// Russian, rather than the GDPR's "adequacy decision" alone, and that a
// recipient within the scope of adequacy is said to fall within each of
// those grounds.
func TestAdequacyUnderSeveralLaws(t *testing.T) {
	r := language.MustParseRegion
	const (
		gdpr     = "an adequacy decision of the European Commission (GDPR Art. 45)"
		gdprRU   = "решения Европейской комиссии об адекватности защиты (статья 45 GDPR)"
		uk       = "UK adequacy regulations (section 17A of the Data Protection Act 2018)"
		ukRU     = "принятых в Соединённом Королевстве актов о признании защиты данных адекватной (статья 17A Закона о защите данных 2018 года)"
		fadp     = "the Swiss Federal Council's list of countries with adequate data protection (Annex 1 to the Data Protection Ordinance)"
		fadpRU   = "утверждённого Федеральным советом Швейцарии перечня стран, обеспечивающих адекватную защиту данных (приложение 1 к Ордонансу о защите данных)"
		rkn      = "the list of foreign states ensuring adequate protection of the rights of personal data subjects approved by Roskomnadzor (Art. 12 of Federal Law No. 152-FZ)"
		rknRU    = "утверждённого Роскомнадзором перечня иностранных государств, обеспечивающих адекватную защиту прав субъектов персональных данных (статья 12 Федерального закона № 152-ФЗ)"
		lgpd     = "an adequacy decision of Brazil's National Data Protection Authority (LGPD Art. 33(I))"
		lgpdRU   = "решения Национального управления по защите данных Бразилии (ANPD) об адекватности защиты (пункт I статьи 33 LGPD)"
		scope    = "The recipient falls within the scope of each of these grounds of adequacy for the destination."
		scopeRU  = "Получатель подпадает под действие каждого из этих оснований признания адекватной защиты данных в стране назначения."
		oldEN    = "on the basis of an adequacy decision."
		oldScope = "the scope of the adequacy decision for the destination"
		oldRU    = "на основании решения об адекватности защиты"
	)
	for _, tt := range []struct {
		name     string
		laws     []policy.Law
		transfer policy.Transfer
		en, ru   string
	}{
		{"GDPR, UK GDPR and FADP", []policy.Law{policy.GDPR, policy.UKGDPR, policy.FADP},
			policy.Transfer{Destination: r("CA")},
			"Canada: email, on the basis of " + gdpr + ", " + uk + " and " + fadp + ".",
			"на основании " + gdprRU + "; " + ukRU + "; " + fadpRU + "."},
		{"GDPR and 152-FZ", []policy.Law{policy.GDPR, policy.FZ152},
			policy.Transfer{Destination: r("JP")},
			"Japan: email, on the basis of " + gdpr + " and " + rkn + ".",
			"на основании " + gdprRU + "; " + rknRU + "."},
		{"GDPR and LGPD", []policy.Law{policy.GDPR, policy.LGPD},
			policy.Transfer{Destination: r("AR")},
			"Argentina: email, on the basis of " + gdpr + " and " + lgpd + ".",
			"на основании " + gdprRU + " и " + lgpdRU + "."},
		{"an onward transfer from a third country", []policy.Law{policy.GDPR, policy.UKGDPR},
			policy.Transfer{Origin: r("US"), Destination: r("CA")},
			"Canada: email, on the basis of " + gdpr + " and " + uk + ".",
			"на основании " + gdprRU + " и " + ukRU + "."},
		{"laws listed in another order", []policy.Law{policy.FZ152, policy.CCPA, policy.GDPR},
			policy.Transfer{Destination: r("JP")},
			"Japan: email, on the basis of " + rkn + " and " + gdpr + ".",
			"на основании " + rknRU + "; " + gdprRU + "."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws = tt.laws
			tr := tt.transfer
			tr.Categories, tr.Safeguard, tr.WithinScope = p.Categories, policy.SafeguardAdequacy, true
			p.Transfers = []policy.Transfer{tr}
			expectText(t, readText(t, p, language.English), []string{tt.en, scope}, []string{oldEN, oldScope})
			expectText(t, readText(t, p, language.Russian), []string{tt.ru, scopeRU}, []string{oldRU})
		})
	}

	// Under one law, or where the origin narrows the laws to one, each
	// law's own wording is unchanged.
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR}
	p.Transfers = []policy.Transfer{{Origin: r("EU"), Destination: r("CA"), Categories: p.Categories, Safeguard: policy.SafeguardAdequacy, WithinScope: true}}
	expectText(t, readText(t, p, language.English), []string{"Canada: email, " + oldEN, "The recipient falls within the scope of the adequacy decision for the destination."},
		[]string{gdpr, scope})
}
