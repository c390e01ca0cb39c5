package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// criminalPolicy returns smallPolicy with a category of criminal-record
// checks, used by a purpose with the authority a.
func criminalPolicy(a policy.CriminalAuthority) *policy.Policy {
	p := smallPolicy()
	checks := &policy.Category{ID: "checks", Name: "Background checks", Items: []string{"the result of a criminal-record check"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "a screening provider",
		Retention: policy.WhileAccountActive(policy.Period{})}
	p.Categories = append(p.Categories, checks)
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "screening", Name: "Screening drivers", Categories: []*policy.Category{checks},
		Bases: []policy.Basis{policy.BasisLegalObligation}, Criminal: a})
	return p
}

func TestCriminalAsDeclared(t *testing.T) {
	const (
		data     = "This is personal data relating to criminal convictions and offences."
		official = "under the control of official authority"
	)
	// Nothing about criminal-offence data where none is declared.
	expectText(t, readText(t, smallPolicy(), language.English), nil, []string{"criminal"})

	de := policy.Obligation{Act: "Personenbeförderungsgesetz (PBefG), § 13", Region: language.MustParseRegion("DE")}
	gb := policy.Obligation{Act: "Local Government (Miscellaneous Provisions) Act 1976, s. 51", Region: language.MustParseRegion("GB")}
	for _, tt := range []struct {
		name    string
		a       policy.CriminalAuthority
		en, ru  []string
		notEn   []string
		notRuRu []string
	}{
		{"flag alone", policy.CriminalAuthority{},
			[]string{data}, []string{"Это персональные данные о судимостях и правонарушениях."},
			[]string{official, "Law authorising", "Schedule 1"}, []string{"Data Protection Act"}},
		{"official authority", policy.CriminalAuthority{Official: true},
			[]string{data, "We process data relating to criminal convictions and offences for this purpose " + official + "."},
			[]string{"под контролем органов публичной власти"},
			[]string{"Law authorising", "Schedule 1"}, nil},
		// One law's jurisdiction goes without saying; two are named.
		{"one law", policy.CriminalAuthority{Laws: []policy.Obligation{de}},
			[]string{"Law authorising the processing of data relating to criminal convictions and offences: Personenbeförderungsgesetz (PBefG), § 13."},
			[]string{"Закон, допускающий обработку данных о судимостях и правонарушениях: Personenbeförderungsgesetz (PBefG), § 13."},
			[]string{official, "(Germany)"}, nil},
		{"laws of two countries", policy.CriminalAuthority{Laws: []policy.Obligation{gb, de}},
			[]string{"Laws authorising the processing of data relating to criminal convictions and offences: Local Government (Miscellaneous Provisions) Act 1976, s. 51 (United Kingdom), as well as Personenbeförderungsgesetz (PBefG), § 13 (Germany)."},
			[]string{"(Германия)"}, nil, nil},
		{"Schedule 1 condition", policy.CriminalAuthority{Condition: policy.DPAConditionSafeguarding},
			[]string{"Condition for processing data relating to criminal convictions and offences in the United Kingdom: safeguarding children and individuals at risk (Data Protection Act 2018, Schedule 1, Part 2, paragraph 18)."},
			[]string{"Условие обработки данных о судимостях и правонарушениях в Соединённом Королевстве: защита детей и лиц, находящихся в группе риска (пункт 18 части 2 приложения 1 к Закону о защите данных 2018 года)."},
			[]string{official}, []string{"Schedule", "Part 2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := criminalPolicy(tt.a)
			expectText(t, readText(t, p, language.English), tt.en, tt.notEn)
			expectText(t, readText(t, p, language.Russian), tt.ru, tt.notRuRu)
		})
	}

	// Data that is not personal is not criminal-offence data either.
	p := criminalPolicy(policy.CriminalAuthority{})
	p.Categories[1].Sensitivity = policy.SensitivityNotPersonal
	expectText(t, readText(t, p, language.English), nil, []string{data})
}

// TestCriminalLayered: the layered layout states the authority under the
// category of criminal-offence data, and not under other categories the
// purpose uses.
func TestCriminalLayered(t *testing.T) {
	p := criminalPolicy(policy.CriminalAuthority{Official: true})
	p.Purposes[2].Categories = append(p.Purposes[2].Categories, p.Categories[0])
	d := mustCompose(t, p, Options{Layout: LayoutCategories})
	var buf bytes.Buffer
	if err := WriteText(&buf, d, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(buf.String()), " ")
	email, rest, ok := strings.Cut(text, "3. Background checks")
	if !ok {
		t.Fatalf("no section on background checks:\n%s", text)
	}
	checks, _, _ := strings.Cut(rest, "4. Purposes of Data Processing")
	if strings.Contains(email, "official authority") || !strings.Contains(checks, "Screening drivers (4.1.3). Legal ground: compliance with a legal obligation (5.1.3). We process data relating to criminal convictions and offences for this purpose under the control of official authority.") {
		t.Errorf("official authority not stated under the background checks alone:\n%s", text)
	}
}

// TestBiometricAsDeclared: a category declared biometric says so, and
// one that is not says nothing of it.
func TestBiometricAsDeclared(t *testing.T) {
	const en, ru = "This is biometric data, used to identify you.", "Это биометрические персональные данные, используемые для установления вашей личности."
	p := criminalPolicy(policy.CriminalAuthority{})
	expectText(t, readText(t, p, language.English), nil, []string{"biometric"})
	p.Categories[1].Biometric = true
	expectText(t, readText(t, p, language.English), []string{"criminal-record check. " + en}, nil)
	expectText(t, readText(t, p, language.Russian), []string{ru}, nil)
}
