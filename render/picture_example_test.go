package render_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// A page with a picture of the policy: a privacy label, and a data-flow
// diagram drawn as inline SVG, composed with the same options as the
// document.
func ExampleComposePicture() {
	email := &policy.Category{ID: "account.email", Name: "Contact details", Sensitivity: policy.SensitivityPersonal, Linked: true}
	adID := &policy.Category{ID: "device.ad_id", Name: "Advertising identifier", Sensitivity: policy.SensitivityPersonal, Tracking: true}
	network := &policy.Recipient{ID: "ads", Name: "Advertising network", Country: language.MustParseRegion("US")}
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Categories: []*policy.Category{email, adID},
		Purposes: []*policy.Purpose{
			{ID: "account", Name: "Running your account", Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.BasisContract}},
			{ID: "ads", Name: "Advertising", Categories: []*policy.Category{adID}, Bases: []policy.Basis{policy.BasisConsent},
				Recipients: []*policy.Recipient{network}},
		},
		Recipients: []*policy.Recipient{network},
	}
	opts := render.Options{Language: language.English}
	d, err := render.Compose(p, opts)
	if err != nil {
		log.Fatal(err)
	}
	pic, err := render.ComposePicture(p, opts)
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range pic.Label.Groups {
		fmt.Println(g.Title)
		for _, e := range g.Entries {
			fmt.Printf("  %s: %s\n", e.Name, strings.Join(e.Purposes, ", "))
		}
	}
	for _, c := range pic.Flow.Columns {
		fmt.Printf("%s: %s\n", c.Title, strings.Join(c.Nodes, ", "))
	}

	var page bytes.Buffer
	if err := render.WriteHTML(&page, d, render.HTMLOptions{Picture: pic}); err != nil {
		log.Fatal(err)
	}
	fmt.Println("boxes:", strings.Count(page.String(), "<rect"), "arrows:", strings.Count(page.String(), "<path d=\"M")-1)
	// Output:
	// Data used to track you
	//   Advertising identifier: Advertising
	// Data linked to you
	//   Contact details: Running your account
	// Data not linked to you
	//   Advertising identifier: Advertising
	// Data: Contact details, Advertising identifier
	// Purposes: Running your account, Advertising
	// Recipients: Advertising network
	// Countries: United States
	// boxes: 6 arrows: 4
}
