package render

import (
	"strings"
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
			en: "This data is visible to the other members of your organisation, workspace or shared plan and members of other organisations you share spaces with.",
			ru: "Эти данные могут видеть другие участники вашей организации, рабочего пространства или общего тарифа; участники других организаций, с которыми у вас есть общие пространства."},
		{name: "other users", to: []policy.Audience{policy.AudienceOtherUsers},
			en: "This data is visible to other users of the service.",
			ru: "Эти данные могут видеть другие пользователи сервиса."},
		{name: "shared account", to: []policy.Audience{policy.AudienceSharedAccountUsers},
			en: "This data is visible to the other people who use your account or device, such as the members of your household.",
			ru: "Эти данные могут видеть другие лица, которые пользуются вашей учётной записью или устройством, например члены вашей семьи."},
		{name: "chosen contacts", to: []policy.Audience{policy.AudienceChosenContacts},
			en: "This data is visible to people you choose to share it with.",
			ru: "Эти данные могут видеть люди, которым вы решите их показать."},
		{name: "administrators", to: []policy.Audience{policy.AudienceAdministrators},
			en: "This data is visible to the administrators of an account your organisation provides you, who can also manage, export and delete this data.",
			ru: "Эти данные могут видеть администраторы предоставленной вам организацией учётной записи, которые также могут управлять этими данными, выгружать и удалять их."},
		{name: "moderators", to: []policy.Audience{policy.AudienceOtherUsers, policy.AudienceModerators},
			en: "This data is visible to other users of the service and the moderators of the communities and groups you take part in, who may be volunteers.",
			ru: "Эти данные могут видеть другие пользователи сервиса; модераторы сообществ и групп, в которых вы участвуете, — нередко добровольцы."},
		{name: "participants and administrators", to: []policy.Audience{policy.AudienceParticipants, policy.AudienceAdministrators},
			en: "This data is visible to the other participants in the meetings, calls and chats you join, as well as the administrators of an account your organisation provides you, who can also manage, export and delete this data.",
			ru: "Эти данные могут видеть другие участники встреч, звонков и чатов, к которым вы присоединяетесь; администраторы предоставленной вам организацией учётной записи, которые также могут управлять этими данными, выгружать и удалять их."},
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

// TestRegionalController checks that the controller clause names the
// establishment that is the controller for the users of a region, in
// English and Russian, and names none where no establishment is.
func TestRegionalController(t *testing.T) {
	p := smallPolicy()
	p.Establishments = []policy.Establishment{{Region: language.MustParseRegion("IE"), Contact: policy.Contact{Name: "Acme Ireland Limited", Address: "Dublin, Ireland"}}}
	const en, ru = "For users in", "Для пользователей на территории"
	expectText(t, readText(t, p, language.English), nil, []string{en, "instead"})
	expectText(t, readText(t, p, language.Russian), nil, []string{ru, "вместо нас"})

	p.Establishments[0].ControllerFor = language.MustParseRegion("EU")
	expectText(t, readText(t, p, language.English), []string{
		"The controller of your data is Acme. Contact: privacy@acme.example. For users in the European Union, the controller is Acme Ireland Limited instead.",
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Для пользователей на территории Европейского союза контролёром вместо нас является Acme Ireland Limited.",
	}, nil)
}

// TestCustomerDecisions checks that the customer-data clause states that
// customers' contracts prevail and that customers choose where their data
// is stored, each only where declared, in English and Russian.
func TestCustomerDecisions(t *testing.T) {
	const (
		prevailsEn = "Where a customer's contract with us conflicts with this Policy, the contract governs that data."
		storageEn  = "Each customer may choose the region where that data is stored."
		prevailsRu = "Если договор клиента с нами противоречит настоящей Политике, в отношении этих данных действует договор."
		storageRu  = "Каждый клиент может выбрать регион, в котором хранятся эти данные."
	)
	for _, tt := range []struct {
		name              string
		prevails, chooses bool
		wantEn, notEn     []string
		wantRu, notRu     []string
	}{
		{name: "neither", notEn: []string{prevailsEn, storageEn}, notRu: []string{prevailsRu, storageRu}},
		{name: "contract prevails", prevails: true,
			wantEn: []string{"please address requests about that data to the customer. " + prevailsEn}, notEn: []string{storageEn},
			wantRu: []string{prevailsRu}, notRu: []string{storageRu}},
		{name: "customers choose storage", chooses: true,
			wantEn: []string{storageEn}, notEn: []string{prevailsEn},
			wantRu: []string{storageRu}, notRu: []string{prevailsRu}},
		{name: "both", prevails: true, chooses: true,
			wantEn: []string{prevailsEn + " " + storageEn}, wantRu: []string{prevailsRu + " " + storageRu}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.CustomerData = policy.CustomerData{Data: "the files their staff upload", ContractPrevails: tt.prevails, ChoosesStorage: tt.chooses}
			expectText(t, readText(t, p, language.English), tt.wantEn, tt.notEn)
			expectText(t, readText(t, p, language.Russian), tt.wantRu, tt.notRu)
		})
	}
	// Without the data, which Validate requires, nothing is stated.
	p := smallPolicy()
	p.CustomerData = policy.CustomerData{ContractPrevails: true, ChoosesStorage: true}
	expectText(t, readText(t, p, language.English), nil, []string{prevailsEn, storageEn})
}

// TestRegionalControllerForSeveralRegions checks that an establishment
// declared once for each of two regions whose users it is the controller
// for is named once in the controller clause, for both regions, and
// listed once among the establishments, in English and Russian.
func TestRegionalControllerForSeveralRegions(t *testing.T) {
	p := smallPolicy()
	ie := policy.Establishment{Region: language.MustParseRegion("IE"), Contact: policy.Contact{Name: "Acme Ireland Limited", Address: "Dublin, Ireland"},
		ControllerFor: language.MustParseRegion("EU")}
	uk := ie
	uk.ControllerFor = language.MustParseRegion("GB")
	p.Establishments = []policy.Establishment{ie, uk}
	en := readText(t, p, language.English)
	expectText(t, en, []string{
		"For users in the European Union and the United Kingdom, the controller is Acme Ireland Limited instead.",
	}, []string{"For users in the United Kingdom"})
	if n := strings.Count(en, "Our establishment in Ireland is Acme Ireland Limited"); n != 1 {
		t.Errorf("the establishment is listed %d times, want once:\n%s", n, en)
	}
	ru := readText(t, p, language.Russian)
	expectText(t, ru, []string{
		"Для пользователей на территории Европейского союза и Великобритании контролёром вместо нас является Acme Ireland Limited.",
	}, nil)
}
