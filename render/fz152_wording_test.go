package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestHealthCareGroundInTheWordsOfTheLaw checks that the ground for
// health data processed for medical purposes is stated in the words of
// the declared law, and under both 152-FZ and the GDPR in 152-FZ's,
// which meet both: under 152-FZ (Art. 10(2)(4)) medical purposes
// by a professional bound by medical secrecy, without the occupational
// medicine of GDPR Art. 9(2)(h).
func TestHealthCareGroundInTheWordsOfTheLaw(t *testing.T) {
	const (
		gdprEN = "preventive or occupational medicine"
		fzEN   = "by a person professionally engaged in medical activity and bound by medical secrecy"
		gdprRU = "трудовая медицина"
		fzRU   = "лицом, профессионально занимающимся медицинской деятельностью и обязанным сохранять врачебную тайну"
	)
	for _, tt := range []struct {
		laws                   []policy.Law
		wantEN, notEN          string
		wantRU, notRU          string
		wantShortEN, wantShort string
	}{
		{[]policy.Law{policy.FZ152}, fzEN, gdprEN, fzRU, gdprRU, "medical services under medical secrecy", "с соблюдением врачебной тайны"},
		{[]policy.Law{policy.FZ152, policy.GDPR}, fzEN, gdprEN, fzRU, gdprRU, "medical services under medical secrecy", "с соблюдением врачебной тайны"},
		{[]policy.Law{policy.GDPR}, gdprEN, fzEN, gdprRU, fzRU, "preventive or occupational medicine and health care", "профилактическая или трудовая медицина"},
		// Under both, in either order, 152-FZ's condition, which meets
		// the GDPR's too.
		{[]policy.Law{policy.GDPR, policy.FZ152}, fzEN, gdprEN, fzRU, gdprRU, "medical services under medical secrecy", "с соблюдением врачебной тайны"},
	} {
		p := smallPolicy()
		p.Laws = tt.laws
		health := &policy.Category{ID: "health", Name: "Health", Items: []string{"diagnoses"}, Sensitivity: policy.SensitivitySpecial,
			Sources: []policy.Source{policy.SourceUser}, Retention: policy.AsRequiredBy("the rules on medical records")}
		p.Categories = append(p.Categories, health)
		p.Purposes = append(p.Purposes, &policy.Purpose{ID: "care", Name: "Care", Categories: []*policy.Category{health},
			Bases: []policy.Basis{policy.BasisLegalObligation, policy.BasisHealthCare}, Obligations: []policy.Obligation{{Act: "the law on health care"}}})
		expectText(t, readText(t, p, language.English), []string{tt.wantEN, tt.wantShortEN}, []string{tt.notEN})
		expectText(t, readText(t, p, language.Russian), []string{tt.wantRU, tt.wantShort}, []string{tt.notRU})
	}
}

// TestResponsibleContactsNotAllEmail checks that a Russian document does
// not label the contact details of the person responsible for organising
// the processing (152-FZ Art. 22.1) as an email address, since they may
// include a phone number and a postal address too.
func TestResponsibleContactsNotAllEmail(t *testing.T) {
	for _, tt := range []struct {
		name        string
		responsible policy.Contact
		want        string
	}{
		{"by role, email only", policy.Contact{Email: "pd@acme.example"},
			"Контактные данные лица, ответственного за организацию обработки персональных данных: pd@acme.example."},
		{"by role, email, phone and address", policy.Contact{Email: "pd@acme.example", Phone: "+7 495 000-00-00", Address: "Moscow"},
			"Контактные данные лица, ответственного за организацию обработки персональных данных: pd@acme.example, +7 495 000-00-00, Moscow."},
		{"named", policy.Contact{Name: "Anna Ivanova", Email: "pd@acme.example", Address: "Moscow"},
			"Лицо, ответственное за организацию обработки персональных данных: Anna Ivanova, контактные данные: pd@acme.example, Moscow."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Laws, p.Language = []policy.Law{policy.FZ152}, language.Russian
			r := tt.responsible
			p.Responsible = &r
			expectText(t, readText(t, p, language.Russian), []string{tt.want}, []string{"адрес электронной почты:"})
		})
	}
}

// TestStrictlyNecessaryCookieConsent checks that the consent a strictly
// necessary cookie does not need is stated as one clause with its reason,
// not as a chain of colons ("Consent: not needed: strictly necessary").
func TestStrictlyNecessaryCookieConsent(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152}
	p.Cookies = []policy.Cookie{{ID: "sid", Name: "sid", Party: policy.PartyFirst, Purpose: p.Purposes[1], Lifetime: policy.SessionOnly(), StrictlyNecessary: true}}
	expectText(t, readText(t, p, language.English), []string{"Consent: not needed, as this is strictly necessary to provide the service you ask for."}, []string{"not needed: strictly"})
	expectText(t, readText(t, p, language.Russian), []string{"Согласие: не требуется, поскольку это строго необходимо для оказания запрошенной вами услуги."}, nil)
}
