package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestJointController checks that a joint controller's clause states the
// essence of the arrangement (GDPR Art. 26(2)) and, where the GDPR or the
// UK GDPR is declared, that the user may exercise their rights against
// each controller (Art. 26(3)), in English and Russian; and that neither
// is stated for a processor, nor the rights under laws without Art. 26.
func TestJointController(t *testing.T) {
	const (
		arrangement = "We answer your requests; the partner keeps the flight records. Write to us about either."
		essenceEN   = "The essence of our arrangement with this joint controller: " + arrangement
		essenceRU   = "Суть нашего соглашения с этим совместным оператором: " + arrangement
		rightsEN    = "Whatever the arrangement, you may exercise your rights against us and against this joint controller alike."
		rightsRU    = "Независимо от условий соглашения вы можете осуществлять свои права в отношении как нас, так и этого совместного оператора."
		// Under the GDPR alone, the controller's term (контролёр).
		essenceGDPR = "Суть нашего соглашения с этим совместным контролёром: " + arrangement
		rightsGDPR  = "Независимо от условий соглашения вы можете осуществлять свои права в отношении как нас, так и этого совместного контролёра."
	)
	withRecipient := func(role policy.RecipientRole, laws ...policy.Law) *policy.Policy {
		p := smallPolicy()
		p.Laws = laws
		partner := &policy.Recipient{ID: "partner", Name: "Partner Airlines", Role: role, Categories: p.Categories, Arrangement: arrangement}
		p.Recipients = []*policy.Recipient{partner}
		p.Purposes[1].Recipients = []*policy.Recipient{partner}
		return p
	}
	for _, tt := range []struct {
		name     string
		p        *policy.Policy
		en, ru   []string
		notEN    []string
		notRU    []string
		wantRule policy.Rule
	}{
		{"under the GDPR", withRecipient(policy.RoleJointController, policy.GDPR),
			[]string{essenceEN + " " + rightsEN}, []string{essenceGDPR + " " + rightsGDPR}, nil, nil, "gdpr.26.2"},
		{"under the UK GDPR", withRecipient(policy.RoleJointController, policy.UKGDPR),
			[]string{rightsEN}, []string{rightsGDPR}, nil, nil, "ukgdpr.26.2"},
		{"under 152-FZ and the GDPR", withRecipient(policy.RoleJointController, policy.FZ152, policy.GDPR),
			[]string{rightsEN}, []string{essenceRU + " " + rightsRU}, nil, nil, "gdpr.26.2"},
		{"under 152-FZ alone", withRecipient(policy.RoleJointController, policy.FZ152),
			[]string{essenceEN}, []string{essenceRU}, []string{rightsEN}, []string{rightsRU}, ""},
		{"a processor", withRecipient(policy.RoleProcessor, policy.GDPR),
			nil, nil, []string{"essence of our arrangement", rightsEN}, []string{"Суть нашего соглашения", rightsRU, rightsGDPR}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectText(t, readText(t, tt.p, language.English), tt.en, tt.notEN)
			expectText(t, readText(t, tt.p, language.Russian), tt.ru, tt.notRU)
			d := mustCompose(t, tt.p, Options{})
			var rules []policy.Rule
			var walk func([]*Clause)
			walk = func(cs []*Clause) {
				for _, cl := range cs {
					if cl.ID == "recipient:partner" {
						for _, s := range cl.Sources {
							if s.Rule != "" {
								rules = append(rules, s.Rule)
							}
						}
					}
					walk(cl.Clauses)
				}
			}
			for _, s := range d.Sections {
				walk(s.Clauses)
			}
			switch {
			case tt.wantRule == "" && len(rules) > 0:
				t.Errorf("the recipient's clause cites rules %v, want none", rules)
			case tt.wantRule != "" && (len(rules) != 1 || rules[0] != tt.wantRule):
				t.Errorf("the recipient's clause cites rules %v, want [%s]", rules, tt.wantRule)
			}
		})
	}
}
