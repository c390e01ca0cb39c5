// The definition of personal data in the words of the declared laws, and
// the terms of 152-FZ Art. 3 a policy defines.

package render

import (
	"slices"

	"github.com/gopolicy/policy"
)

// definitionText states each term of 152-FZ Art. 3 as the article
// defines it.
var definitionText = map[policy.Definition]string{
	policy.DefinitionOperator:            "“Operator” means a state or municipal body, legal entity or natural person that, alone or jointly with others, organises or carries out the processing of personal data and determines the purposes of processing, the personal data to be processed and the actions performed with it.",
	policy.DefinitionProcessing:          "“Processing of personal data” means any action or set of actions performed with personal data, with or without automation, including collection, recording, systematisation, accumulation, storage, clarification (updating, changing), retrieval, use, transfer (dissemination, provision, access), depersonalisation, blocking, deletion and destruction.",
	policy.DefinitionAutomatedProcessing: "“Automated processing of personal data” means the processing of personal data by means of computer technology.",
	policy.DefinitionDissemination:       "“Dissemination of personal data” means actions aimed at disclosing personal data to an indefinite circle of persons.",
	policy.DefinitionProvision:           "“Provision of personal data” means actions aimed at disclosing personal data to a definite person or a definite circle of persons.",
	policy.DefinitionBlocking:            "“Blocking of personal data” means the temporary cessation of the processing of personal data, except where processing is needed to clarify the data.",
	policy.DefinitionDestruction:         "“Destruction of personal data” means actions after which the content of personal data in the personal data information system can no longer be restored, or after which the material carriers of personal data are destroyed.",
	policy.DefinitionDepersonalisation:   "“Depersonalisation of personal data” means actions after which personal data can no longer be attributed to a particular data subject without the use of additional information.",
	policy.DefinitionInformationSystem:   "“Personal data information system” means the personal data contained in databases together with the information technologies and technical means that process it.",
	policy.DefinitionCrossBorderTransfer: "“Cross-border transfer of personal data” means the transfer of personal data to the territory of a foreign state, to an authority of a foreign state, or to a foreign natural or legal person.",
}

// definitions states, in the general provisions, the terms of 152-FZ
// Art. 3 the policy defines (Policy.Definitions), in the order of the
// article, each once.
func (c *composer) definitions(sb *sectionBuilder) {
	var items []*Clause
	for d := policy.DefinitionOperator; d.Valid(); d++ {
		if !contains(c.p.Definitions, d) {
			continue
		}
		c.from("definitions")
		items = append(items, c.item("", plain(c.pr.Sprintf(definitionText[d]))))
	}
	if len(items) > 0 {
		c.from("definitions")
		sb.clause("terms", plain(c.pr.Sprintf("In this Policy, the following terms have the meanings that Art. 3 of Federal Law No. 152-FZ “On Personal Data” gives them:")), items...)
	}
}

// A dataDefinition is a law's definition of personal data; laws that
// define it in the same words share one.
type dataDefinition uint8

const (
	definitionNone     dataDefinition = iota
	definitionRelating                // GDPR and UK GDPR Art. 4(1), LGPD Art. 5 I, FADP Art. 5(a)
	definitionFZ152                   // 152-FZ Art. 3(1)
	definitionCCPA                    // Cal. Civ. Code 1798.140(v)
	definitionUSStates                // the US state privacy laws, such as Va. Code 59.1-575
)

// dataDefinitionOf returns law's definition of personal data;
// definitionNone for a law the library does not know.
func dataDefinitionOf(law policy.Law) dataDefinition {
	switch law {
	case policy.GDPR, policy.UKGDPR, policy.LGPD, policy.FADP:
		return definitionRelating
	case policy.FZ152:
		return definitionFZ152
	case policy.CCPA:
		return definitionCCPA
	case policy.USStates:
		return definitionUSStates
	}
	return definitionNone
}

// personalData defines personal data, in the general provisions, in the
// words of the declared laws: the definition of the first declared law
// leads ("In this Policy, “personal data” means …"), and each other
// declared law that defines it more widely adds its definition ("Under
// California law, it includes …"). 152-FZ's words, where it is declared,
// lead and stand for the GDPR's, the UK GDPR's, the LGPD's and the FADP's,
// which say the same. Without a declared law, the library defines it as
// the GDPR does. A policy without personal data
// defines nothing.
func (c *composer) personalData(sb *sectionBuilder) {
	p, pr := c.p, c.pr
	if !p.CollectsPersonalData() {
		return
	}
	var order []dataDefinition
	for _, l := range p.Laws {
		d := dataDefinitionOf(l)
		if d == definitionNone {
			continue
		}
		c.lawSource(l, textWording)
		if !slices.Contains(order, d) {
			order = append(order, d)
		}
	}
	var t text
	if len(order) == 0 {
		c.library()
		order = append(order, definitionRelating)
	}
	// 152-FZ's definition says what the others' does: the GDPR's
	// "identifiable" person is one who can be identified "directly or
	// indirectly" (Art. 4(1)), as the LGPD's and the FADP's is read. So
	// where 152-FZ is declared its words define personal data for every
	// such law, and no second sentence repeats the definition.
	if slices.Contains(order, definitionFZ152) {
		rest := slices.DeleteFunc(order, func(d dataDefinition) bool { return d == definitionRelating || d == definitionFZ152 })
		order = append([]dataDefinition{definitionFZ152}, rest...)
	}
	switch order[0] {
	case definitionRelating:
		t.plain(pr.Sprintf("In this Policy, “personal data” means any information relating to an identified or identifiable natural person."))
	case definitionFZ152:
		t.plain(pr.Sprintf("In this Policy, “personal data” means any information relating to a directly or indirectly identified or identifiable natural person (the data subject)."))
	case definitionCCPA:
		t.plain(pr.Sprintf("In this Policy, “personal data” (“personal information” in California law) means information that identifies, relates to, describes, is reasonably capable of being associated with, or could reasonably be linked, directly or indirectly, with a particular consumer or household."))
	case definitionUSStates:
		t.plain(pr.Sprintf("In this Policy, “personal data” means any information that is linked or reasonably linkable to an identified or identifiable natural person."))
	}
	for _, d := range order[1:] {
		switch d {
		case definitionCCPA:
			t.sentence(pr.Sprintf("Under California law, it includes “personal information”: information that identifies, relates to, describes, is reasonably capable of being associated with, or could reasonably be linked, directly or indirectly, with a particular consumer or household."))
		case definitionUSStates:
			t.sentence(pr.Sprintf("Under the US state privacy laws, it includes any information that is linked or reasonably linkable to an identified or identifiable natural person."))
		}
	}
	sb.clause("definition", t.t)
}
