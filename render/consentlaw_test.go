package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestConsentRequiredBy checks that a purpose names the laws other than
// the data-protection law that require its consent, beside the consent
// sentences, in English and Russian, with each law's country where the
// reader cannot take it for granted, and only for a purpose that rests
// on consent.
func TestConsentRequiredBy(t *testing.T) {
	ru, gb, eu := language.MustParseRegion("RU"), language.MustParseRegion("GB"), language.MustParseRegion("EU")
	p := smallPolicy()
	p.Laws = []policy.Law{policy.GDPR, policy.FZ152}
	p.Purposes[0].ConsentRequiredBy = []policy.Obligation{{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: ru}}
	en := readText(t, p, language.English)
	expectText(t, en, []string{
		"We ask for your consent because the law requires it: Federal Law No. 38-FZ “On Advertising”, Art. 18 (Russia). You can withdraw your consent at any time: unsubscribe.",
	}, nil)
	if n := strings.Count(en, "We ask for your consent"); n != 1 {
		t.Errorf("the document states the law requiring consent %d times, want once (for the newsletter only)", n)
	}

	p.Purposes[0].ConsentRequiredBy = []policy.Obligation{{Act: "Федеральный закон № 38-ФЗ «О рекламе», ст. 18", Region: ru}}
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы запрашиваем ваше согласие, так как этого требует закон: Федеральный закон № 38-ФЗ «О рекламе», ст. 18 (Российская Федерация).",
	}, nil)

	// Under 152-FZ alone a Russian law needs no jurisdiction.
	p.Laws = []policy.Law{policy.FZ152}
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы запрашиваем ваше согласие, так как этого требует закон: Федеральный закон № 38-ФЗ «О рекламе», ст. 18.",
	}, []string{"(Российская Федерация)"})

	// Two laws, of two jurisdictions.
	p.Laws = []policy.Law{policy.UKGDPR}
	p.Purposes[0].ConsentRequiredBy = []policy.Obligation{
		{Act: "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22", Region: gb},
		{Act: "Directive 2002/58/EC, Art. 13", Region: eu},
	}
	expectText(t, readText(t, p, language.English), []string{
		"We ask for your consent because these laws require it: Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22 (United Kingdom), as well as Directive 2002/58/EC, Art. 13 (European Union).",
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы запрашиваем ваше согласие, так как этого требуют законы: Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22 (Великобритания); Directive 2002/58/EC, Art. 13 (Европейский союз).",
	}, nil)

	// A UK law under the UK GDPR alone needs no jurisdiction.
	p.Purposes[0].ConsentRequiredBy = p.Purposes[0].ConsentRequiredBy[:1]
	expectText(t, readText(t, p, language.English), []string{
		"We ask for your consent because the law requires it: Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22.",
	}, []string{"(United Kingdom)"})

	// A purpose that does not rest on consent states no such law, as
	// Validate requires.
	p.Purposes[0].Bases = []policy.Basis{policy.BasisContract}
	p.Purposes[0].Withdraw = ""
	expectText(t, readText(t, p, language.English), nil, []string{"We ask for your consent"})
}

// TestConsentExemptBy checks that a purpose names the laws that let it go
// ahead without consent, such as the soft opt-in of PECR reg. 22(3), with
// the right to refuse they attach, in English and Russian, and says
// nothing of them where the purpose rests on consent or allows no
// opt-out, which Validate reports.
func TestConsentExemptBy(t *testing.T) {
	p := smallPolicy()
	pu := p.Purposes[1]
	pu.Bases = []policy.Basis{policy.BasisLegitimateInterests}
	pu.Interest = "telling customers about similar products"
	pu.OptOut = true
	pu.ConsentExemptBy = []policy.Obligation{{Act: "the Privacy and Electronic Communications Regulations 2003, reg. 22(3)", Region: language.MustParseRegion("GB")}}
	const en = "The Privacy and Electronic Communications Regulations 2003, reg. 22(3) allows this without your consent; you can refuse it at any time, free of charge, and we remind you of this each time we contact you."
	// The right to refuse is stated once, not again as an opt-out.
	expectText(t, readText(t, p, language.English), []string{en}, []string{"opt out of it at any time", "You can opt out of this processing"})
	expectText(t, readText(t, p, language.Russian), []string{"позволяет нам делать это без вашего согласия; вы можете в любой момент бесплатно отказаться от такой обработки, и мы напоминаем вам об этом праве"}, nil)
	// How to refuse is stated after the law, not dropped with the opt-out.
	pu.OptOutHow = "with the unsubscribe link in every email"
	expectText(t, readText(t, p, language.English), []string{en + " How to refuse it: with the unsubscribe link in every email."}, []string{"opt out of it at any time"})
	expectText(t, readText(t, p, language.Russian), []string{"Как отказаться: with the unsubscribe link in every email."}, nil)
	pu.OptOutHow = ""
	pu.ConsentExemptBy = append(pu.ConsentExemptBy, policy.Obligation{Act: "Gesetz gegen den unlauteren Wettbewerb, § 7(3)", Region: language.MustParseRegion("DE")})
	expectText(t, readText(t, p, language.English), []string{"These laws allow this without your consent: the Privacy and Electronic Communications Regulations 2003, reg. 22(3) (United Kingdom), as well as Gesetz gegen den unlauteren Wettbewerb, § 7(3) (Germany);"}, nil)
	pu.OptOut = false
	expectText(t, readText(t, p, language.English), nil, []string{"without your consent"})
}

// TestActRegionBrackets checks that the region of an act is set in the
// act's own closing bracket only where that bracket is a parenthetical of
// the act, such as its abbreviation, and after a bracket that labels a
// provision, such as "(2)", in a bracket of its own.
func TestActRegionBrackets(t *testing.T) {
	c := newComposer(smallPolicy(), Options{Language: language.English})
	for act, want := range map[string]string{
		"Codice in materia di protezione dei dati personali, art. 130(1) and (2)": "Codice in materia di protezione dei dati personali, art. 130(1) and (2) (Italy)",
		"Bundesdatenschutzgesetz (BDSG)":                                          "Bundesdatenschutzgesetz (BDSG; Italy)",
		"Decree, art. 5 (a)":                                                      "Decree, art. 5 (a) (Italy)",
		"Decree, art. 5 (iv)":                                                     "Decree, art. 5 (iv) (Italy)",
		"Decree, art. 5 (12a)":                                                    "Decree, art. 5 (12a) (Italy)",
		"the Accounting Act":                                                      "the Accounting Act (Italy)",
	} {
		if got := c.withRegion(loc{}, act, language.MustParseRegion("IT")); got != want {
			t.Errorf("withRegion(%q) = %q; want %q", act, got, want)
		}
	}
}
