package export

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/gopolicy/policy"
)

// FidesOptions are the parts of a Fides system a policy does not state.
type FidesOptions struct {
	// SystemKey is the system's fides_key; empty means one made from the
	// controller's name, such as "corner_shop_gmbh".
	SystemKey string
	// Organization is the fides_key of the organization the system
	// belongs to (organization_fides_key); empty means
	// "default_organization", the organization a Fides server starts with.
	Organization string
	// DataSubjects are the Fides data subject keys of every declaration;
	// empty means "customer".
	DataSubjects []string
}

// Validate reports the first option that is not a fides_key (letters,
// digits and _ . < > -), naming it.
func (o FidesOptions) Validate() error {
	if o.SystemKey != "" && !fidesKey.MatchString(o.SystemKey) {
		return fmt.Errorf("system key %q is not a fides_key (letters, digits, _ . < > -)", o.SystemKey)
	}
	if o.Organization != "" && !fidesKey.MatchString(o.Organization) {
		return fmt.Errorf("organization %q is not a fides_key (letters, digits, _ . < > -)", o.Organization)
	}
	for _, s := range o.DataSubjects {
		if !fidesKey.MatchString(s) {
			return fmt.Errorf("data subject %q is not a fides_key (letters, digits, _ . < > -)", s)
		}
	}
	return nil
}

// fidesBasis maps grounds to fideslang's LegalBasisForProcessingEnum
// (GDPR Art. 6) and SpecialCategoryLegalBasisEnum (Art. 9), fideslang 3.1.4.
var fidesBasis = map[policy.Basis]string{
	policy.BasisConsent:             "Consent",
	policy.BasisContract:            "Contract",
	policy.BasisLegalObligation:     "Legal obligations",
	policy.BasisVitalInterests:      "Vital interests",
	policy.BasisPublicTask:          "Public interest",
	policy.BasisLegitimateInterests: "Legitimate interests",
}

var fidesSpecialBasis = map[policy.Basis]string{
	policy.BasisExplicitConsent:           "Explicit consent",
	policy.BasisEmploymentLaw:             "Employment, social security and social protection",
	policy.BasisVitalInterestsIncapable:   "Vital interests",
	policy.BasisNotForProfitBody:          "Not-for-profit bodies",
	policy.BasisMadePublic:                "Made public by the data subject",
	policy.BasisLegalClaims:               "Legal claims or judicial acts",
	policy.BasisSubstantialPublicInterest: "Reasons of substantial public interest (with a basis in law)",
	policy.BasisHealthCare:                "Health or social care (with a basis in law)",
	policy.BasisPublicHealth:              "Public health (with a basis in law)",
	policy.BasisArchivingResearch:         "Archiving, research and statistics (with a basis in law)",
}

// fidesKey is fideslang's FidesKey pattern.
var fidesKey = regexp.MustCompile(`^[a-zA-Z0-9_.<>-]+$`)

type fidesDeclaration struct {
	name, use      string
	categories     []string
	subjects       []string
	basis, special string
	sharedWith     []string
}

// Fides writes p as a Fides system manifest (YAML, the "system" resource of
// fideslang) with one privacy declaration for each purpose that uses
// personal data, each Fides data use of the purpose, each Art. 6 ground and
// each Art. 9 condition: data_categories are the Fides keys of the
// purpose's categories of personal data, data_use the purpose's Fides key,
// legal_basis_for_processing and special_category_legal_basis the grounds
// in fideslang's words (LGPD-only grounds, which fideslang lacks, are left
// out). A declaration's name is the purpose's ID, so [ImportFides] can
// group declarations back into purposes. Recipients other than processors
// become third_parties.
func Fides(w io.Writer, p *policy.Policy, opts FidesOptions) error {
	if err := check(p, policy.VocabularyFides); err != nil {
		return err
	}
	if err := opts.Validate(); err != nil {
		return fmt.Errorf("export fides: %w", err)
	}
	key := cmp.Or(opts.SystemKey, slug(p.Controller.Name))
	org := cmp.Or(opts.Organization, "default_organization")
	subjects := opts.DataSubjects
	if len(subjects) == 0 {
		subjects = []string{"customer"}
	}
	var decls []fidesDeclaration
	for _, pu := range p.Purposes {
		if pu == nil || !fidesKey.MatchString(pu.ID) {
			if pu != nil {
				return fmt.Errorf("export fides: purposes[%s]: the ID is not a fides_key (letters, digits, _ . < > -)", pu.ID)
			}
			continue
		}
		var cats []string
		for _, c := range pu.Categories {
			if c.Personal() {
				cats = uniq(cats, c.Terms.Fides...)
			}
		}
		if len(cats) == 0 {
			continue
		}
		cats = order(cats, policy.VocabularyFides.CategoryTerms())
		var bases, specials []string
		for _, b := range pu.Bases {
			if s, ok := fidesBasis[b]; ok {
				bases = uniq(bases, s)
			}
			if s, ok := fidesSpecialBasis[b]; ok {
				specials = uniq(specials, s)
			}
		}
		if len(bases) == 0 {
			bases = []string{""}
		}
		if len(specials) == 0 {
			specials = []string{""}
		}
		var shared []string
		for _, r := range pu.Recipients {
			if r != nil && r.Role != policy.RoleProcessor {
				shared = uniq(shared, r.Name)
			}
		}
		for _, use := range order(pu.Terms.Fides, policy.VocabularyFides.PurposeTerms()) {
			for _, b := range bases {
				for _, s := range specials {
					decls = append(decls, fidesDeclaration{
						name: pu.ID, use: use, categories: cats, subjects: subjects,
						basis: b, special: s, sharedWith: shared,
					})
				}
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("system:\n")
	fmt.Fprintf(&b, "  - fides_key: %s\n", q(key))
	if p.Controller.Name != "" {
		fmt.Fprintf(&b, "    name: %s\n", q(p.Controller.Name))
		fmt.Fprintf(&b, "    legal_name: %s\n", q(p.Controller.Name))
	}
	if p.Controller.Address != "" {
		fmt.Fprintf(&b, "    legal_address: %s\n", q(p.Controller.Address))
	}
	fmt.Fprintf(&b, "    organization_fides_key: %s\n", q(org))
	b.WriteString("    system_type: Service\n")
	if strings.HasPrefix(p.URL, "https://") || strings.HasPrefix(p.URL, "http://") {
		fmt.Fprintf(&b, "    privacy_policy: %s\n", q(p.URL))
	}
	if p.DPO != nil && p.DPO.Email != "" {
		fmt.Fprintf(&b, "    dpo: %s\n", q(p.DPO.Email))
	}
	fmt.Fprintf(&b, "    processes_personal_data: %t\n", p.CollectsPersonalData())
	fmt.Fprintf(&b, "    does_international_transfers: %t\n", len(p.Transfers) > 0)
	if len(decls) == 0 {
		b.WriteString("    privacy_declarations: []\n")
	} else {
		b.WriteString("    privacy_declarations:\n")
	}
	for _, d := range decls {
		fmt.Fprintf(&b, "      - name: %s\n", q(d.name))
		fmt.Fprintf(&b, "        data_use: %s\n", q(d.use))
		yamlList(&b, "        ", "data_categories", d.categories)
		yamlList(&b, "        ", "data_subjects", d.subjects)
		if d.basis != "" {
			fmt.Fprintf(&b, "        legal_basis_for_processing: %s\n", q(d.basis))
			b.WriteString("        flexible_legal_basis_for_processing: false\n")
		}
		if d.special != "" {
			b.WriteString("        processes_special_category_data: true\n")
			fmt.Fprintf(&b, "        special_category_legal_basis: %s\n", q(d.special))
		}
		if len(d.sharedWith) > 0 {
			b.WriteString("        data_shared_with_third_parties: true\n")
			fmt.Fprintf(&b, "        third_parties: %s\n", q(strings.Join(d.sharedWith, "; ")))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

func yamlList(b *bytes.Buffer, indent, name string, items []string) {
	fmt.Fprintf(b, "%s%s:\n", indent, name)
	for _, s := range items {
		fmt.Fprintf(b, "%s  - %s\n", indent, q(s))
	}
}

// q quotes s as a YAML double-quoted scalar (a JSON string is one).
func q(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// slug turns a name into a fides_key: lower-case ASCII letters and digits,
// other runs of characters as one "_".
func slug(name string) string {
	var b strings.Builder
	under := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	if b.Len() == 0 {
		return "system"
	}
	return b.String()
}
