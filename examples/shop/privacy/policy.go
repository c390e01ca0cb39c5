// Package privacy declares the privacy policy of a small online shop. The
// shop's types carry `privacy` tags naming these categories, and its tests
// check that both agree.
package privacy

import (
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

var (
	email = &policy.Category{
		ID: "account.email", Name: "Email address", Items: []string{"email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers},
	}
	name = &policy.Category{
		ID: "account.name", Name: "Name", Items: []string{"first and last name"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.WhileAccountActive(policy.Days(30)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords},
	}
	address = &policy.Category{
		ID: "shipping.address", Name: "Shipping address", Items: []string{"street", "city", "postcode", "country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Keep(policy.Years(6), policy.EventContractEnd), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords},
	}
	cardToken = &policy.Category{
		ID: "payment.token", Name: "Payment token", Items: []string{"payment provider token", "last four digits of the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, SourceDetail: "our payment provider",
		Retention: policy.Keep(policy.Years(6), policy.EventContractEnd), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACustomerRecords},
	}
	orders = &policy.Category{
		ID: "orders", Name: "Order history", Items: []string{"items bought", "prices", "dates"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.AsRequiredBy("the Commercial Code"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo},
	}
)

var psp = &policy.Recipient{
	ID: "psp", Name: "payment service provider", Role: policy.RoleThirdParty,
	Categories: []*policy.Category{email, cardToken}, Purpose: "taking payments",
	Country: language.MustParseRegion("DE"),
}

// Policy is the shop's privacy policy.
var Policy = &policy.Policy{
	Controller: policy.Controller{Contact: policy.Contact{
		Name: "Corner Shop GmbH", Email: "privacy@cornershop.example", Address: "Hauptstraße 1, 10115 Berlin, Germany",
	}, Country: language.MustParseRegion("DE")},
	Version:   "1.0",
	Effective: policy.MakeDate(2025, time.September, 1),
	Updated:   policy.MakeDate(2025, time.September, 1),
	URL:       "https://cornershop.example/privacy",
	Laws:      []policy.Law{policy.GDPR, policy.CCPA},
	Scope:     []string{"the cornershop.example online shop"},

	Categories: []*policy.Category{email, name, address, cardToken, orders},
	NotCollected: []policy.Exclusion{
		{ID: "payment.card_number", Name: "full card numbers", Category: cardToken, Note: "Cards are entered on the payment provider's page."},
		{ID: "payment.cvv", Name: "card security codes (CVV)", Category: cardToken},
	},
	Purposes: []*policy.Purpose{
		{ID: "orders", Name: "Taking and delivering orders", Categories: []*policy.Category{email, name, address, cardToken, orders},
			Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp},
			Required: "without these details we cannot deliver or charge for an order"},
		{ID: "bookkeeping", Name: "Keeping accounts", Categories: []*policy.Category{name, orders},
			Bases: []policy.Basis{policy.BasisLegalObligation}, Required: "commercial and tax law require these records",
			Obligations: []policy.Obligation{
				{Act: "Handelsgesetzbuch (HGB), § 257", Region: language.MustParseRegion("DE")},
				{Act: "Abgabenordnung (AO), § 147", Region: language.MustParseRegion("DE")},
			}},
		{ID: "marketing", Name: "Sending our newsletter", DirectMarketing: true, Categories: []*policy.Category{email, name},
			Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in every newsletter", OptOut: true},
	},
	Recipients: []*policy.Recipient{psp},
	Rights: []policy.Right{
		{Kind: policy.RightAccess}, {Kind: policy.RightRectification}, {Kind: policy.RightErasure},
		{Kind: policy.RightRestriction}, {Kind: policy.RightObjection}, {Kind: policy.RightPortability},
		{Kind: policy.RightNonDiscrimination},
		{Kind: policy.RightWithdrawConsent, How: "with the link in every newsletter"},
		{Kind: policy.RightComplaint, How: "to the Berlin Commissioner for Data Protection and Freedom of Information"},
	},
	NoAutomatedDecisions: true,
	Children:             policy.Children{MinimumAge: 16},
	CCPA: policy.CCPANotice{
		Sold: policy.AnswerNo, Shared: policy.AnswerNo,
		RequestMethods: []string{"the form at cornershop.example/privacy-request", "email to privacy@cornershop.example"},
		OnlineOnly:     true,
	},
	Requests: policy.Requests{
		VerificationDetail: "We confirm a request by a link sent to the e-mail address of your account.",
		Agents:             policy.AnswerYes,
	},
	Changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, EffectiveOnPosting: true},
}
