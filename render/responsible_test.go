package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestResponsible checks that the person responsible for organising the
// processing (152-FZ Art. 22.1) is stated only under 152-FZ, in the
// wording of each language, apart from the DPO, and with its source.
func TestResponsible(t *testing.T) {
	const (
		en = "The person responsible for organising the processing of personal data is Anna Ivanova, reachable at anna@acme.example, 1 Lenina St., Moscow."
		ru = "Лицо, ответственное за организацию обработки персональных данных: Anna Ivanova, контактные данные: anna@acme.example, 1 Lenina St., Moscow."
	)
	tests := []struct {
		name string
		laws []policy.Law
		lang language.Tag
		want string // "" means no such clause
	}{
		{"152-FZ in English", []policy.Law{policy.FZ152, policy.GDPR}, language.English, en},
		{"152-FZ in Russian", []policy.Law{policy.FZ152}, language.Russian, ru},
		{"GDPR only", []policy.Law{policy.GDPR}, language.English, ""},
		{"GDPR only in Russian", []policy.Law{policy.GDPR}, language.Russian, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fullPolicy()
			p.Laws, p.Language = tt.laws, tt.lang
			p.Responsible = &policy.Contact{Name: "Anna Ivanova", Email: "anna@acme.example", Address: "1 Lenina St., Moscow"}
			d, err := Compose(p, Options{Language: tt.lang})
			if err != nil {
				t.Fatal(err)
			}
			got, dpo := topClause(d, "responsible"), topClause(d, "dpo")
			if dpo == nil {
				t.Fatal("the DPO clause is missing")
			}
			if tt.want == "" {
				if got != nil {
					t.Fatalf("clause %q stated without 152-FZ: %q", got.ID, got.Text.String())
				}
				return
			}
			if got == nil {
				t.Fatal("no clause names the responsible person")
			}
			if s := got.Text.String(); s != tt.want {
				t.Errorf("clause = %q, want %q", s, tt.want)
			}
			if strings.Contains(dpo.Text.String(), "Anna") {
				t.Errorf("the DPO clause names the responsible person: %q", dpo.Text.String())
			}
			var fromDecl, fromLaw bool
			for _, s := range got.Sources {
				fromDecl = fromDecl || s.Path() == "responsible"
				fromLaw = fromLaw || s.Law == policy.FZ152 && s.Rule == "152fz.22.1"
			}
			if !fromDecl || !fromLaw {
				t.Errorf("sources = %+v, want the declaration responsible and 152-FZ rule 152fz.22.1", got.Sources)
			}
		})
	}
}

// topClause returns the last top-level clause of d whose ID ends in
// suffix, or nil.
func topClause(d *Document, suffix string) *Clause {
	var got *Clause
	for _, s := range d.Sections {
		for _, c := range s.Clauses {
			if strings.HasSuffix(c.ID, suffix) {
				got = c
			}
		}
	}
	return got
}

// TestResponsibleNamedByRole checks that a responsible person declared
// only by the name of the role is not named twice ("the person
// responsible ... is the person responsible ..."), in either language.
func TestResponsibleNamedByRole(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		want string
	}{
		{"the role in English", language.English, "The person responsible for organising the processing of personal data is reachable at pd@acme.example."},
		{"the role in Russian", language.Russian, "Контактные данные лица, ответственного за организацию обработки персональных данных: pd@acme.example."},
	}
	for _, role := range []string{"the person responsible for organising the processing of personal data", "The person responsible for organising the processing of personal data."} {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				p := fullPolicy()
				p.Laws, p.Language = []policy.Law{policy.FZ152}, tt.lang
				p.Responsible = &policy.Contact{Name: role, Email: "pd@acme.example"}
				d, err := Compose(p, Options{Language: tt.lang})
				if err != nil {
					t.Fatal(err)
				}
				got := topClause(d, "responsible")
				if got == nil {
					t.Fatal("no clause names the responsible person")
				}
				if s := got.Text.String(); s != tt.want {
					t.Errorf("clause = %q, want %q", s, tt.want)
				}
			})
		}
	}
}
