package export

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/gopolicy/policy"
)

// DPV namespaces, as of DPV 2.0.
const (
	DPVNamespace   = "https://w3id.org/dpv#"
	DPVPDNamespace = "https://w3id.org/dpv/pd#"
)

var dpvBasis = map[policy.Basis]string{
	policy.BasisConsent:             "dpv:Consent",
	policy.BasisContract:            "dpv:Contract",
	policy.BasisLegalObligation:     "dpv:LegalObligation",
	policy.BasisVitalInterests:      "dpv:VitalInterest",
	policy.BasisPublicTask:          "dpv:PublicInterest",
	policy.BasisLegitimateInterests: "dpv:LegitimateInterest",
	policy.BasisExplicitConsent:     "dpv:ExplicitlyExpressedConsent",
}

// DPV writes p as JSON-LD in the W3C Data Privacy Vocabulary: one
// dpv:PersonalDataHandling node per purpose that uses personal data, with
// its DPV purposes (dpv:hasPurpose), the DPV personal data concepts of its
// categories (dpv:hasPersonalData) and its legal bases (dpv:hasLegalBasis;
// grounds DPV's core has no concept for are left out). Node identifiers
// are fragments of p.URL, or of "urn:x-policy:" where p has no URL. Every
// property, type and term is in the DPV namespaces.
func DPV(w io.Writer, p *policy.Policy) error {
	if err := check(p, policy.VocabularyDPV); err != nil {
		return err
	}
	base := p.URL
	if base == "" {
		base = "urn:x-policy:"
	}
	base = strings.TrimSuffix(base, "#")
	type ref struct {
		ID string `json:"@id"`
	}
	type node struct {
		ID         string `json:"@id"`
		Type       string `json:"@type"`
		Purpose    []ref  `json:"dpv:hasPurpose"`
		Data       []ref  `json:"dpv:hasPersonalData"`
		LegalBasis []ref  `json:"dpv:hasLegalBasis,omitempty"`
	}
	refs := func(ss []string) []ref {
		out := make([]ref, len(ss))
		for i, s := range ss {
			out[i] = ref{s}
		}
		return out
	}
	var graph []node
	for _, pu := range p.Purposes {
		if pu == nil {
			continue
		}
		var data []string
		for _, c := range pu.Categories {
			if c.Personal() {
				data = uniq(data, c.Terms.DPV...)
			}
		}
		if len(data) == 0 {
			continue
		}
		var bases []string
		for _, b := range pu.Bases {
			if t, ok := dpvBasis[b]; ok {
				bases = uniq(bases, t)
			}
		}
		graph = append(graph, node{
			ID:         base + "#purpose-" + pu.ID,
			Type:       "dpv:PersonalDataHandling",
			Purpose:    refs(order(pu.Terms.DPV, policy.VocabularyDPV.PurposeTerms())),
			Data:       refs(order(data, policy.VocabularyDPV.CategoryTerms())),
			LegalBasis: refs(bases),
		})
	}
	doc := struct {
		Context map[string]string `json:"@context"`
		Graph   []node            `json:"@graph"`
	}{map[string]string{"dpv": DPVNamespace, "dpv-pd": DPVPDNamespace}, graph}
	if doc.Graph == nil {
		doc.Graph = []node{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}
