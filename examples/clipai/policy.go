package main

import (
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// The privacy policy of a website that collects no personal data: a support
// chat and the browser's language setting, both declared SensitivityNotPersonal. The
// document says so because no category is personal, not because a flag
// says it; declare a personal category and the wording changes with it.
//
// Everything here is the seed (the site's published policy, clause numbers
// below) except what is marked "Filler": the laws and the scope.

// Seed 1.3.1 and 1.3.2.
var (
	chat = &policy.Category{
		ID:          "support.chat",
		Name:        "Information that you provide about yourself using online forms and elements of the Site",
		Items:       []string{"for example, the text of a support chat message"},
		Description: "Neither name, e-mail nor phone number is required on the Site; we ask that you do not include such personal information in chat messages.",
		Sensitivity: policy.SensitivityNotPersonal,
		Sources:     []policy.Source{policy.SourceUser},
	}
	browser = &policy.Category{
		ID:          "browser.settings",
		Name:        "Non-personal data that is automatically transferred depending on the settings of your software (browser)",
		Items:       []string{"for example, the preferred language in your browser settings, used to translate the Site automatically when necessary"},
		Description: "This technical information does not allow you to be identified.",
		Sensitivity: policy.SensitivityNotPersonal,
		Sources:     []policy.Source{policy.SourceAutomatic},
	}
)

// Policy is the privacy policy of clipai.pro.
var Policy = &policy.Policy{
	// Seed: the preamble and 4.3. With no personal data, the document
	// names the Administration as the one who issues the Policy, not as
	// a controller or operator of personal data.
	Controller: policy.Controller{Contact: policy.Contact{
		Name:    "the Administration of the clipai.pro website",
		Email:   "support@clipai.pro",
		Website: "https://clipai.pro",
	}},
	URL:      "https://clipai.pro/privacy", // Seed 4.2.
	Language: language.English,
	// The site has visitors in the EU; since it declares no personal data,
	// the GDPR's information duties do not apply and Validate only warns
	// about what could still be personal data.
	Laws:  []policy.Law{policy.GDPR},          // Filler.
	Scope: []string{"the clipai.pro website"}, // Filler.
	// Seed: the preamble, and 1.4, which the seed words as a guarantee
	// rather than as a principle of processing.
	Introduction: []string{
		"This document “Privacy Policy” (the Policy) sets out the rules by which the Administration of the clipai.pro website (“we”) uses the data of Internet users (“you”) collected using the clipai.pro website (the Site).",
		"We guarantee that the composition of the collected data is limited to the necessary minimum to ensure the operation of the Site and the provision of services to the User.",
	},
	Categories: []*policy.Category{chat, browser},
	// Seed 2.1.1 and 2.1.2.
	Purposes: []*policy.Purpose{
		{ID: "support", Name: "Handling incoming User inquiries and requests, establishing feedback with you",
			Description: "For example, your messages sent via online chat are used to answer your questions within the same online chat and provide support.",
			Categories:  []*policy.Category{chat}},
		{ID: "operation", Name: "Ensuring proper functioning of the Site",
			Categories: []*policy.Category{browser}},
	},
	// Seed 3.1.
	Security: []policy.Measure{{
		Description: "We store the available data and protect it from unauthorised access and distribution in accordance with internal rules and regulations, applying the necessary organisational and technical measures against leakage or unauthorised use of any information received from Users.",
	}},
	// Seed 4.1: its first sentence is the note; its second, that a new
	// version takes effect when it is posted, is EffectiveOnPosting.
	Changes: policy.Changes{
		Note:               "This Policy may be changed or terminated unilaterally by the Administration without prior notice to the User.",
		EffectiveOnPosting: true,
	},
}
