package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestSuspensionGroundsOneList checks that a ground which is itself two
// alternatives joins the other grounds as one list of alternatives, in
// English and in Russian, not as a list inside a list.
func TestSuspensionGroundsOneList(t *testing.T) {
	p := smallPolicy()
	p.Purposes[0].Suspension = policy.Suspension{Targets: []policy.SuspensionTarget{policy.SuspensionTargetAccount},
		Grounds: []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundTermsBreach, policy.SuspensionGroundAccountTakeover}}
	expectText(t, readText(t, p, language.English),
		[]string{"We may block your account where we suspect fraud, abuse of the service, a breach of its terms or access to your account by someone else."},
		[]string{"or a breach of its terms or"})
	expectText(t, readText(t, p, language.Russian),
		[]string{"если подозреваем мошенничество, злоупотребление сервисом, нарушение его условий или доступ посторонних к вашей учётной записи."},
		[]string{"или нарушение его условий или"})

	p.Purposes[0].Suspension.Grounds = []policy.SuspensionGround{policy.SuspensionGroundFraud, policy.SuspensionGroundMoneyLaundering}
	expectText(t, readText(t, p, language.English),
		[]string{"where we suspect fraud, money laundering or the financing of terrorism."}, nil)
}

// TestAlwaysPublicNamesNoAudience checks that data declared always
// public is not said, in a second sentence, to be visible to other users
// only, while data that is public by choice still names who sees it.
func TestAlwaysPublicNamesNoAudience(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Visibility = policy.VisibilityAlways
	p.Categories[0].VisibleTo = []policy.Audience{policy.AudienceOtherUsers}
	expectText(t, readText(t, p, language.English),
		[]string{"This data is always public: anyone can see it"}, []string{"This data is visible to other users"})
	p.Categories[0].Visibility = policy.VisibilityOptional
	expectText(t, readText(t, p, language.English),
		[]string{"You can choose to make this data public", "This data is visible to other users"}, nil)
}

// TestCategoryNamesHoldingAnd checks that a list of more than two
// category names, one of which holds "and" itself, separates the names
// with semicolons, so that "technical and usage data" reads as one name,
// while a list of plain names keeps its commas.
func TestCategoryNamesHoldingAnd(t *testing.T) {
	p := smallPolicy()
	mk := func(id, name string) *policy.Category {
		return &policy.Category{ID: id, Name: name, Items: []string{"x"}, Sensitivity: policy.SensitivityPersonal,
			Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(1), policy.EventCollection)}
	}
	p.Categories = []*policy.Category{mk("account", "Account data"), mk("listings", "Listings and profile"), mk("usage", "Technical and usage data")}
	p.Purposes[0].Categories = p.Categories
	expectText(t, readText(t, p, language.English),
		[]string{"Data used: account data; listings and profile; and technical and usage data."},
		[]string{"account data, listings and profile"})
	p.Categories[1].Name, p.Categories[2].Name = "Listings", "Usage data"
	expectText(t, readText(t, p, language.English), []string{"Data used: account data, listings and usage data."}, nil)
	// Two names, one holding "and", are joined so that each can be told.
	p.Purposes[0].Categories = []*policy.Category{p.Categories[0], p.Categories[2]}
	p.Categories[0].Name = "Public channels and groups"
	expectText(t, readText(t, p, language.English), []string{"Data used: public channels and groups, as well as usage data."},
		[]string{"public channels and groups and usage data"})
	p.Categories[0].Name = "Channels"
	expectText(t, readText(t, p, language.English), []string{"Data used: channels and usage data."}, nil)
}
