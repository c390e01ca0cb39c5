package export_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
	"golang.org/x/text/language"
)

// criminalShop adds to the shop a purpose that checks couriers' criminal
// records under a German law: criminal-offence data, which GDPR Art. 10
// governs, is not a special category of Art. 9.
func criminalShop() *policy.Policy {
	p := shopPolicy()
	checks := &policy.Category{ID: "courier.checks", Name: "Background checks", Items: []string{"certificate of good conduct"},
		Sensitivity: policy.SensitivityPersonal, Criminal: true, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Period{}),
		Terms:     policy.Terms{Fides: []string{"user.criminal_history"}, DPV: []string{"dpv-pd:Criminal"}}}
	p.Categories = append(p.Categories, checks)
	p.Purposes = append(p.Purposes, &policy.Purpose{ID: "couriers", Name: "Screening couriers", Categories: []*policy.Category{checks},
		Bases:    []policy.Basis{policy.BasisLegalObligation},
		Criminal: policy.CriminalAuthority{Laws: []policy.Obligation{{Act: "Personenbeförderungsgesetz (PBefG), § 13", Region: language.MustParseRegion("DE")}}},
		Terms:    policy.Terms{Fides: []string{"essential.service.security"}, DPV: []string{"dpv:IdentityVerification"}}})
	return p
}

func TestCriminalNotSpecial(t *testing.T) {
	p := criminalShop()
	var b bytes.Buffer
	if err := export.Fides(&b, p, export.FidesOptions{}); err != nil {
		t.Fatal(err)
	}
	_, use, ok := strings.Cut(b.String(), "user.criminal_history")
	if !ok {
		t.Fatalf("no criminal history in:\n%s", b.String())
	}
	if use, _, _ = strings.Cut(use, "- name:"); strings.Contains(use, "special_category") {
		t.Errorf("criminal-offence data exported as a special category:\n%s", use)
	}
	b.Reset()
	if err := export.DPV(&b, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"@id": "dpv-pd:Criminal"`) {
		t.Errorf("DPV lacks dpv-pd:Criminal:\n%s", b.String())
	}
}
