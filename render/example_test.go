package render_test

import (
	"fmt"
	"os"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
)

func examplePolicy() *policy.Policy {
	email := &policy.Category{
		ID: "account.email", Name: "Account data", Items: []string{"email address", "username"},
		Sensitivity: policy.Personal, Sources: []policy.Source{policy.FromUser},
		Retention: policy.WhileAccountActive(policy.Days(30)),
	}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example Ltd", Email: "privacy@example.com"}},
		Version:    "1.0",
		Effective:  policy.MakeDate(2025, time.March, 1),
		Categories: []*policy.Category{email},
		Purposes: []*policy.Purpose{{
			ID: "account", Name: "Running your account",
			Categories: []*policy.Category{email}, Bases: []policy.Basis{policy.Contract},
		}},
		Laws: []policy.Law{policy.GDPR},
	}
}

// Compose decides sections, numbers and wording once; every writer lays
// out the same document.
func ExampleCompose() {
	doc, err := render.Compose(examplePolicy(), render.Options{})
	if err != nil {
		panic(err)
	}
	for _, s := range doc.Sections {
		fmt.Println(s.Number, s.Title, "#"+s.ID)
	}
	// Output:
	// 1. General Provisions #general
	// 2. Categories of Processed Data #categories
	// 3. Purposes of Data Processing #purposes
	// 4. Legal Grounds for Data Processing #grounds
	// 5. Data Retention #retention
	// 6. Changes to this Policy #changes
	// 7. Contact #contact
}

func ExampleWriteText() {
	doc, err := render.Compose(examplePolicy(), render.Options{})
	if err != nil {
		panic(err)
	}
	doc.Sections = doc.Sections[1:5] // keep the example short
	if err := render.WriteText(os.Stdout, doc, render.TextOptions{Width: 72}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Privacy Policy
	// ==============
	//
	// Version: 1.0
	// Effective date: 1 March 2025
	//
	// This Privacy Policy explains how Example Ltd (“we”) processes
	// information about its users: what data we process, for what purposes, on
	// what grounds, and how we protect it.
	//
	// By using our services, you confirm that you have read this Policy and
	// understand the terms of processing it sets out.
	//
	// At a glance
	//
	// - Account data. Purposes: 3.1.1. Legal grounds: performance of a
	//   contract. Retention: while your account is active and for 30 days
	//   after it is closed, then deleted.
	//
	// 2. Categories of Processed Data
	//
	// 2.1. We may process the following categories of data:
	//
	// 2.1.1. Account data: email address, username. Source: provided by you.
	//
	// 3. Purposes of Data Processing
	//
	// 3.1. We process data for the following purposes:
	//
	// 3.1.1. Running your account. Data used: Account data. Legal ground:
	//        performance of a contract (4.1.1).
	//
	// 4. Legal Grounds for Data Processing
	//
	// 4.1. We process personal data on one or more of the following legal
	//      grounds:
	//
	// 4.1.1. The need to conclude, perform or terminate a contract with you
	//        (GDPR Art. 6(1)(b)). Purposes: 3.1.1.
	//
	// 5. Data Retention
	//
	// 5.1. We keep data no longer than the purposes of processing require:
	//
	// 5.1.1. Account data: while your account is active and for 30 days after
	//        it is closed, then deleted.
	//
	// 5.2. When a retention period ends, or when you withdraw consent on which
	//      processing rests and no other ground applies, we delete the data or
	//      anonymise it so that it can no longer be linked to you.
}
