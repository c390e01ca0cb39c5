package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestVisibleTo checks that a category states who, within the service,
// can see its data, in English and Russian, each audience once and in the
// order declared, and that a category that declares no one states
// nothing.
func TestVisibleTo(t *testing.T) {
	for _, tt := range []struct {
		name    string
		to      []policy.Audience
		en, ru  string
		notEn   []string
		notRu   []string
		omitted bool
	}{
		{name: "none declared", omitted: true},
		{name: "undefined only", to: []policy.Audience{42}, omitted: true},
		{name: "one", to: []policy.Audience{policy.AudienceJointHolders},
			en: "This data is visible to the other holders of a joint account.",
			ru: "Эти данные могут видеть другие владельцы совместного счёта."},
		{name: "two, one repeated", to: []policy.Audience{policy.AudienceOtherMembers, policy.AudienceConnectedOrganisations, policy.AudienceOtherMembers},
			en: "This data is visible to the other members of your organisation or workspace and members of other organisations you share spaces with.",
			ru: "Эти данные могут видеть другие участники вашей организации или рабочего пространства; участники других организаций, с которыми у вас есть общие пространства."},
		{name: "other users", to: []policy.Audience{policy.AudienceOtherUsers},
			en: "This data is visible to other users of the service.",
			ru: "Эти данные могут видеть другие пользователи сервиса."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Categories[0].VisibleTo = tt.to
			if tt.omitted {
				expectText(t, readText(t, p, language.English), nil, []string{"is visible to", "visible"})
				expectText(t, readText(t, p, language.Russian), nil, []string{"могут видеть"})
				return
			}
			expectText(t, readText(t, p, language.English), []string{tt.en}, nil)
			expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
		})
	}
}
