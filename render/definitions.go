// The terms of 152-FZ Art. 3 a policy defines.

package render

import "github.com/gopolicy/policy"

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
