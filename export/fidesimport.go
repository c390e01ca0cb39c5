package export

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
	"go.yaml.in/yaml/v3"
)

// maxFidesBytes bounds the size of a Fides manifest ImportFides reads.
const maxFidesBytes = 8 << 20

type fidesManifest struct {
	System []struct {
		FidesKey            string `yaml:"fides_key"`
		Name                string `yaml:"name"`
		LegalName           string `yaml:"legal_name"`
		LegalAddress        string `yaml:"legal_address"`
		PrivacyPolicy       string `yaml:"privacy_policy"`
		PrivacyDeclarations []struct {
			Name                 string   `yaml:"name"`
			DataUse              string   `yaml:"data_use"`
			DataCategories       []string `yaml:"data_categories"`
			LegalBasis           string   `yaml:"legal_basis_for_processing"`
			SpecialCategoryBasis string   `yaml:"special_category_legal_basis"`
			ProcessesSpecial     bool     `yaml:"processes_special_category_data"`
			ThirdParties         string   `yaml:"third_parties"`
		} `yaml:"privacy_declarations"`
	} `yaml:"system"`
}

// ImportFides reads a Fides manifest holding one system and returns a
// policy skeleton: a category for each Fides data category (ID and name
// the Fides key, linked to it through [policy.Terms]), and a purpose for
// each privacy declaration name, with the categories, data uses and legal
// grounds of its declarations, and a third-party recipient for each name
// in a declaration's third_parties (split at "; "). A purpose with a data
// use under "marketing" (such as marketing.communications.email or
// marketing.advertising.first_party.targeted) is direct marketing
// ([policy.Purpose.DirectMarketing]). Everything a Fides system does not say
// (retention, rights, wording) is left for the service to write, and the
// skeleton does not validate until it does.
//
// Every key must be in the Fides default taxonomy and every legal basis
// one fideslang defines; errors name the declaration.
func ImportFides(r io.Reader) (*policy.Policy, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFidesBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxFidesBytes {
		return nil, fmt.Errorf("import fides: manifest larger than %d bytes", maxFidesBytes)
	}
	var m fidesManifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("import fides: %w", err)
	}
	if len(m.System) != 1 {
		return nil, fmt.Errorf("import fides: want one system, found %d", len(m.System))
	}
	sys := m.System[0]
	p := &policy.Policy{URL: sys.PrivacyPolicy}
	p.Controller.Name = sys.LegalName
	if p.Controller.Name == "" {
		p.Controller.Name = sys.Name
	}
	p.Controller.Address = sys.LegalAddress
	basis := reverse(fidesBasis)
	special := reverse(fidesSpecialBasis)
	var errs []error
	for i, d := range sys.PrivacyDeclarations {
		path := fmt.Sprintf("system[0].privacy_declarations[%d]", i)
		if d.Name == "" {
			errs = append(errs, fmt.Errorf("%s: no name; the name becomes the purpose's ID", path))
			continue
		}
		if _, ok := policy.VocabularyFides.PurposeTerm(d.DataUse); !ok {
			errs = append(errs, fmt.Errorf("%s.data_use: %q is not a data use of the Fides default taxonomy", path, d.DataUse))
			continue
		}
		if len(d.DataCategories) == 0 {
			// A purpose with no data is nothing a policy can state, and
			// nothing the export could write back.
			errs = append(errs, fmt.Errorf("%s.data_categories: the declaration names no data category", path))
			continue
		}
		pu := p.Purpose(d.Name)
		if pu == nil {
			pu = &policy.Purpose{ID: d.Name, Name: d.Name}
			p.Purposes = append(p.Purposes, pu)
		}
		pu.Terms.Fides = uniq(pu.Terms.Fides, d.DataUse)
		if d.DataUse == "marketing" || strings.HasPrefix(d.DataUse, "marketing.") {
			pu.DirectMarketing = true
		}
		for j, key := range d.DataCategories {
			if _, ok := policy.VocabularyFides.CategoryTerm(key); !ok {
				errs = append(errs, fmt.Errorf("%s.data_categories[%d]: %q is not a data category of the Fides default taxonomy", path, j, key))
				continue
			}
			c := p.Category(key)
			if c == nil {
				c = &policy.Category{ID: key, Name: key, Sensitivity: policy.SensitivityPersonal, Terms: policy.Terms{Fides: []string{key}}}
				p.Categories = append(p.Categories, c)
			}
			if d.ProcessesSpecial {
				c.Sensitivity = policy.SensitivitySpecial
			}
			if !pu.Uses(c) {
				pu.Categories = append(pu.Categories, c)
			}
		}
		if d.ThirdParties != "" {
			for _, name := range strings.Split(d.ThirdParties, "; ") {
				r := recipientNamed(p, name)
				if r == nil {
					r = &policy.Recipient{ID: slug(name), Name: name, Role: policy.RoleThirdParty}
					p.Recipients = append(p.Recipients, r)
				}
				if !slices.Contains(pu.Recipients, r) {
					pu.Recipients = append(pu.Recipients, r)
				}
			}
		}
		if d.LegalBasis != "" {
			b, ok := basis[d.LegalBasis]
			if !ok {
				errs = append(errs, fmt.Errorf("%s.legal_basis_for_processing: %q is not a fideslang legal basis", path, d.LegalBasis))
			} else if !pu.HasBasis(b) {
				pu.Bases = append(pu.Bases, b)
			}
		}
		if d.SpecialCategoryBasis != "" {
			b, ok := special[d.SpecialCategoryBasis]
			if !ok {
				errs = append(errs, fmt.Errorf("%s.special_category_legal_basis: %q is not a fideslang special category basis", path, d.SpecialCategoryBasis))
			} else if !pu.HasBasis(b) {
				pu.Bases = append(pu.Bases, b)
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("import fides: %w", errors.Join(errs...))
	}
	for _, pu := range p.Purposes {
		slices.Sort(pu.Bases)
	}
	return p, nil
}

func recipientNamed(p *policy.Policy, name string) *policy.Recipient {
	for _, r := range p.Recipients {
		if r.Name == name {
			return r
		}
	}
	return nil
}

func reverse(m map[policy.Basis]string) map[string]policy.Basis {
	out := make(map[string]policy.Basis, len(m))
	for b, s := range m {
		// "Vital interests" names both the Art. 6 ground and the Art. 9
		// condition; keep the lower (Art. 6) one in each map.
		if old, ok := out[s]; !ok || b < old {
			out[s] = b
		}
	}
	return out
}
