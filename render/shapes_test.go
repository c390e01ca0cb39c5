package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// derivedPolicy is smallPolicy with a category derived from two others
// and promised not to be sold, used for advertising or disclosed without
// consent, a vendor list, and minimum ages by region.
func derivedPolicy() *policy.Policy {
	p := smallPolicy()
	email := p.Categories[0]
	purchases := &policy.Category{ID: "purchases", Name: "Purchases", Items: []string{"orders"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(2), policy.EventCollection)}
	interests := &policy.Category{ID: "interests", Name: "Interests we infer", Items: []string{"likely interests"}, Sensitivity: policy.SensitivityPersonal,
		Sources: []policy.Source{policy.SourceDerived}, DerivedFrom: []*policy.Category{email, purchases},
		Retention:   policy.Keep(policy.Years(1), policy.EventCollection),
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent}}
	p.Categories = append(p.Categories, purchases, interests)
	p.Purposes[0].Categories = append(p.Purposes[0].Categories, purchases, interests)
	p.Links.Vendors = "https://acme.example/vendors"
	p.Children = policy.Children{MinimumAge: 13, ByRegion: []policy.AgeLimit{
		{Region: language.MustParseRegion("EU"), Age: 16}, {Region: language.MustParseRegion("IT"), Age: 14}}}
	return p
}

// layoutText composes p in lang and layout and returns its text with
// white space squeezed.
func layoutText(t *testing.T, p *policy.Policy, lang language.Tag, layout Layout) string {
	t.Helper()
	opts := Options{Language: lang, Layout: layout}
	if lang != language.English {
		opts.Translations = markedCatalog(t, p, lang, func(s string) string { return s }, "")
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, mustCompose(t, p, opts), TextOptions{}); err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(buf.String()), " ")
}

// TestDerivedCommitmentsAges checks that derived data, a category's
// commitments, the vendor list and the minimum ages by region are stated
// in English and Russian in both layouts, and that a policy without them
// states none of it.
func TestDerivedCommitmentsAges(t *testing.T) {
	want := map[language.Tag][]string{
		language.English: {
			"Source: derived from your email and purchases.",
			"Our commitments for this data: we do not sell it, we do not use it for advertising and we do not disclose it to third parties without your consent.",
			"The list of our vendors and partners, with the purposes for which each uses data, is published at https://acme.example/vendors.",
			"Our services are not intended for persons under 13 years of age. The minimum age differs in some places: 16 years in the member states of the European Union that set that age and 14 years in Italy.",
		},
		language.Russian: {
			"Источник: анализ других ваших данных (email и purchases).",
			"Наши обязательства в отношении этих данных: мы их не продаём, мы не используем их для рекламы и мы не раскрываем их третьим лицам без вашего согласия.",
			"Перечень наших поставщиков и партнёров с целями, в которых каждый из них использует данные, опубликован по адресу https://acme.example/vendors.",
			"Наши сервисы не предназначены для лиц младше 13 лет. В некоторых странах минимальный возраст иной: 16 лет в тех государствах — членах Европейского союза, где установлен такой возраст; 14 лет на территории Италии.",
		},
	}
	not := map[language.Tag][]string{
		language.English: {"derive", "commitments for this data", "vendors", "differs in some places"},
		language.Russian: {"на основе других ваших данных", "обязательства в отношении этих данных", "поставщиков", "минимальный возраст иной"},
	}
	for _, lang := range []language.Tag{language.English, language.Russian} {
		for _, layout := range []Layout{LayoutSections, LayoutCategories} {
			expectText(t, layoutText(t, derivedPolicy(), lang, layout), want[lang], nil)
			expectText(t, layoutText(t, smallPolicy(), lang, layout), nil, not[lang])
		}
	}
}

// TestAgesByRegionAlone checks the children clause of a policy that states
// minimum ages only by region.
func TestAgesByRegionAlone(t *testing.T) {
	p := smallPolicy()
	p.Children.ByRegion = []policy.AgeLimit{{Region: language.MustParseRegion("EU"), Age: 16}}
	expectText(t, readText(t, p, language.English),
		[]string{"The minimum age is 16 years in the member states of the European Union that set that age."}, []string{"not intended for persons under"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"Минимальный возраст: 16 лет в тех государствах — членах Европейского союза, где установлен такой возраст."}, nil)
}

// TestCategoryCommitmentWording checks that every commitment a category
// can carry has its wording, and that one commitment is stated alone.
func TestCategoryCommitmentWording(t *testing.T) {
	for k := policy.Commitment(1); k.Valid(); k++ {
		if _, ok := categoryCommitment[k]; ok != k.ForCategory() {
			t.Errorf("%s: wording %v, ForCategory %v", k, ok, k.ForCategory())
		}
	}
	p := smallPolicy()
	p.Categories[0].Commitments = []policy.Commitment{policy.CommitmentNoAdvertisingUse, policy.CommitmentNoAdvertisingUse, policy.CommitmentNoThirdPartyAds}
	expectText(t, readText(t, p, language.English), []string{"Our commitment for this data: we do not use it for advertising."}, []string{"third-party advertising"})
}
