package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestSecrecyAsDeclared checks the duty of secrecy of a category: stated
// with the law that lays it down, in English and Russian, the law's
// jurisdiction named only where the laws are of more than one, and
// nothing where no known kind is declared.
func TestSecrecyAsDeclared(t *testing.T) {
	const (
		en = "Everyone who processes this data is bound by medical confidentiality."
		ru = "Эти данные составляют врачебную тайну, которую обязаны хранить все, кто их обрабатывает."
	)
	de := language.MustParseRegion("DE")
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	expectText(t, readText(t, p, language.English), nil, []string{en, "laying down the duty"})

	p.Categories[0].Secrecy = policy.Secrecy{Kind: policy.SecrecyMedical, Laws: []policy.Obligation{{Act: "Strafgesetzbuch (StGB), § 203", Region: de}}}
	expectText(t, readText(t, p, language.English), []string{en + " Law laying down the duty: Strafgesetzbuch (StGB), § 203."}, []string{"(Germany)"})
	expectText(t, readText(t, p, language.Russian), []string{ru + " Закон, устанавливающий эту обязанность: Strafgesetzbuch (StGB), § 203."}, nil)

	p.Categories[0].Secrecy.Laws = append(p.Categories[0].Secrecy.Laws, policy.Obligation{Act: "Federal Law No. 323-FZ, Art. 13", Region: language.MustParseRegion("RU")})
	expectText(t, readText(t, p, language.English), []string{"Laws laying down the duty: Strafgesetzbuch (StGB), § 203 (Germany), as well as Federal Law No. 323-FZ, Art. 13 (Russia)."}, nil)

	p.Categories[0].Secrecy = policy.Secrecy{Kind: policy.SecrecyBanking}
	// Banking secrecy binds the bank, not everyone who processes the
	// data for it: under German law it is a duty of the bank's contract.
	expectText(t, readText(t, p, language.English), []string{"This data is covered by banking secrecy, which we are bound to keep."}, []string{"laying down the duty", "Everyone who processes this data"})
	expectText(t, readText(t, p, language.Russian), []string{"Эти данные составляют банковскую тайну, которую мы обязаны хранить."}, []string{"все, кто их обрабатывает"})

	p.Categories[0].Secrecy = policy.Secrecy{Kind: 42}
	expectText(t, readText(t, p, language.English), nil, []string{"bound by"})
}

// TestInsuranceSecrecyAsDeclared checks the secrecy of insurers, such as
// that of German private health insurers under § 203 StGB or Russian
// insurance secrecy: stated with its law, in English and Russian.
func TestInsuranceSecrecyAsDeclared(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR}
	p.Categories[0].Secrecy = policy.Secrecy{Kind: policy.SecrecyInsurance, Laws: []policy.Obligation{{Act: "Strafgesetzbuch (StGB), § 203(1) no. 7", Region: language.MustParseRegion("DE")}}}
	expectText(t, readText(t, p, language.English), []string{"Everyone who processes this data is bound by insurance secrecy. Law laying down the duty: Strafgesetzbuch (StGB), § 203(1) no. 7."},
		[]string{"medical confidentiality"})
	expectText(t, readText(t, p, language.Russian), []string{"Эти данные составляют тайну страхования, которую обязаны хранить все, кто их обрабатывает."}, []string{"врачебную тайну"})
}
