package export_test

import (
	"os"
	"path/filepath"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// shopPolicy is the declarations of examples/shop, with vocabulary terms.
func shopPolicy() *policy.Policy {
	email := &policy.Category{
		ID: "account.email", Name: "Email address", Items: []string{"email address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.contact.email"}, DPV: []string{"dpv-pd:EmailAddress"},
			Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress"}, Play: []string{"PSL_EMAIL"}},
	}
	name := &policy.Category{
		ID: "account.name", Name: "Name", Items: []string{"first and last name"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.name"}, DPV: []string{"dpv-pd:Name"},
			Apple: []string{"NSPrivacyCollectedDataTypeName"}, Play: []string{"PSL_NAME"}},
	}
	address := &policy.Category{
		ID: "shipping.address", Name: "Shipping address", Items: []string{"street", "city", "postcode", "country"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.contact.address"}, DPV: []string{"dpv-pd:PhysicalAddress"},
			Apple: []string{"NSPrivacyCollectedDataTypePhysicalAddress"}, Play: []string{"PSL_ADDRESS"}},
	}
	cardToken := &policy.Category{
		ID: "payment.token", Name: "Payment token", Items: []string{"payment provider token", "last four digits of the card"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty}, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.payment"}, DPV: []string{"dpv-pd:PaymentCard"},
			Apple: []string{"NSPrivacyCollectedDataTypePaymentInfo"}, Play: []string{"PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER"}},
	}
	orders := &policy.Category{
		ID: "orders", Name: "Order history", Items: []string{"items bought", "prices", "dates"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.behavior.purchase_history"}, DPV: []string{"dpv-pd:Purchase"},
			Apple: []string{"NSPrivacyCollectedDataTypePurchaseHistory"}, Play: []string{"PSL_PURCHASE_HISTORY"}},
	}
	psp := &policy.Recipient{
		ID: "psp", Name: "Payment service provider", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{email, cardToken}, Purpose: "taking payments",
		Country: language.MustParseRegion("DE"),
	}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{
			Name: "Corner Shop GmbH", Email: "privacy@cornershop.example", Address: "Hauptstraße 1, 10115 Berlin, Germany",
		}, Country: language.MustParseRegion("DE")},
		Version:    "1.0",
		Effective:  policy.MakeDate(2025, time.September, 1),
		URL:        "https://cornershop.example/privacy",
		Laws:       []policy.Law{policy.GDPR, policy.CCPA},
		Categories: []*policy.Category{email, name, address, cardToken, orders},
		Purposes: []*policy.Purpose{
			{ID: "orders", Name: "Taking and delivering orders", Categories: []*policy.Category{email, name, address, cardToken, orders},
				Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{psp},
				Terms: policy.Terms{Fides: []string{"essential.service", "essential.service.payment_processing"}, DPV: []string{"dpv:ServiceProvision"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"}, Play: []string{"PSL_APP_FUNCTIONALITY"}}},
			{ID: "bookkeeping", Name: "Keeping accounts", Categories: []*policy.Category{name, orders},
				Bases: []policy.Basis{policy.BasisLegalObligation},
				Terms: policy.Terms{Fides: []string{"essential.legal_obligation"}, DPV: []string{"dpv:LegalCompliance"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeOther"}, Play: []string{"PSL_FRAUD_PREVENTION_SECURITY"}}},
			{ID: "marketing", Name: "Sending our newsletter", Categories: []*policy.Category{email, name},
				Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the link in every newsletter", OptOut: true,
				Terms: policy.Terms{Fides: []string{"marketing.communications.email"}, DPV: []string{"dpv:DirectMarketing"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeDeveloperAdvertising"}, Play: []string{"PSL_DEVELOPER_COMMUNICATIONS"}}},
		},
		Recipients: []*policy.Recipient{psp},
		Rights:     []policy.Right{{Kind: policy.RightAccess}, {Kind: policy.RightErasure}},
	}
}

// aiPolicy is an app in the manner of examples/aiservice: an account, a
// device identifier used for tracking, health data under explicit consent,
// analytics by a processor and advertising by a third party.
func aiPolicy() *policy.Policy {
	account := &policy.Category{
		ID: "account", Name: "Account data", Sensitivity: policy.SensitivityPersonal, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.contact.email", "user.account.username"}, DPV: []string{"dpv-pd:EmailAddress", "dpv-pd:Username"},
			Apple: []string{"NSPrivacyCollectedDataTypeEmailAddress", "NSPrivacyCollectedDataTypeUserID"}, Play: []string{"PSL_EMAIL", "PSL_USER_ACCOUNT"}},
	}
	prompts := &policy.Category{
		ID: "content.prompts", Name: "Prompts and answers", Sensitivity: policy.SensitivityPersonal, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.content.private"}, DPV: []string{"dpv-pd:Communication"},
			Apple: []string{"NSPrivacyCollectedDataTypeOtherUserContent"}, Play: []string{"PSL_USER_GENERATED_CONTENT"}},
	}
	device := &policy.Category{
		ID: "technical.device", Name: "Device data", Sensitivity: policy.SensitivityPersonal, Tracking: true,
		Terms: policy.Terms{Fides: []string{"user.device.device_id", "user.device.ip_address"}, DPV: []string{"dpv-pd:IPAddress", "dpv-pd:UID"},
			Apple: []string{"NSPrivacyCollectedDataTypeDeviceID"}, Play: []string{"PSL_DEVICE_ID"}},
	}
	health := &policy.Category{
		ID: "wellness.health", Name: "Health notes", Sensitivity: policy.SensitivitySpecial, Linked: true,
		Terms: policy.Terms{Fides: []string{"user.health_and_medical"}, DPV: []string{"dpv-pd:Health"},
			Apple: []string{"NSPrivacyCollectedDataTypeHealth"}, Play: []string{"PSL_HEALTH"}},
	}
	stats := &policy.Category{ID: "stats", Name: "Aggregate statistics", Sensitivity: policy.SensitivityNotPersonal}
	analytics := &policy.Recipient{ID: "analytics", Name: "Analytics Co", Role: policy.RoleProcessor}
	ads := &policy.Recipient{ID: "ads", Name: "Ad Network \"Blue\" Ltd", Role: policy.RoleThirdParty, Categories: []*policy.Category{device}}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Example AI Ltd", Email: "privacy@ai.example"}},
		DPO:        &policy.Contact{Name: "DPO", Email: "dpo@ai.example"},
		Categories: []*policy.Category{account, prompts, device, health, stats},
		Purposes: []*policy.Purpose{
			{ID: "service", Name: "Providing the assistant", Categories: []*policy.Category{account, prompts, device},
				Bases: []policy.Basis{policy.BasisContract},
				Terms: policy.Terms{Fides: []string{"essential.service"}, DPV: []string{"dpv:ServiceProvision"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeAppFunctionality"}, Play: []string{"PSL_APP_FUNCTIONALITY", "PSL_ACCOUNT_MANAGEMENT"}}},
			{ID: "analytics", Name: "Measuring use", Categories: []*policy.Category{device, stats},
				Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "improving the service", Recipients: []*policy.Recipient{analytics},
				Terms: policy.Terms{Fides: []string{"analytics.reporting"}, DPV: []string{"dpv:ServiceUsageAnalytics"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeAnalytics"}, Play: []string{"PSL_ANALYTICS"}}},
			{ID: "ads", Name: "Showing adverts", Categories: []*policy.Category{device},
				Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in settings", Recipients: []*policy.Recipient{ads},
				Terms: policy.Terms{Fides: []string{"marketing.advertising.third_party.targeted"}, DPV: []string{"dpv:PersonalisedAdvertising"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising"}, Play: []string{"PSL_ADVERTISING"}}},
			{ID: "wellness", Name: "Wellness tips", Categories: []*policy.Category{health, prompts},
				Bases: []policy.Basis{policy.BasisConsent, policy.BasisExplicitConsent}, Withdraw: "in settings",
				Terms: policy.Terms{Fides: []string{"personalize.content"}, DPV: []string{"dpv:ServicePersonalisation"},
					Apple: []string{"NSPrivacyCollectedDataTypePurposeProductPersonalization"}, Play: []string{"PSL_PERSONALIZATION"}}},
			{ID: "reporting", Name: "Publishing statistics", Categories: []*policy.Category{stats}, Bases: []policy.Basis{policy.BasisLegitimateInterests}},
		},
		Recipients: []*policy.Recipient{analytics, ads},
		Transfers:  []policy.Transfer{{Destination: language.MustParseRegion("US"), Recipient: ads, Safeguard: policy.SafeguardStandardClauses}},
	}
}

// clipPolicy is a site that collects no personal data, as examples/clipai.
func clipPolicy() *policy.Policy {
	tech := &policy.Category{ID: "technical", Name: "Technical data", Sensitivity: policy.SensitivityNotPersonal}
	return &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "ClipAI"}},
		Categories: []*policy.Category{tech},
		Purposes:   []*policy.Purpose{{ID: "serve", Name: "Serving the site", Categories: []*policy.Category{tech}}},
	}
}

// saasPolicy is examples/saas, read from its JSON golden file, which
// holds vocabulary terms for every category and purpose.
func saasPolicy() *policy.Policy {
	f, err := os.Open(filepath.Join("..", "examples", "saas", "testdata", "policy.json"))
	if err != nil {
		panic(err)
	}
	defer f.Close()
	p, err := policy.Decode(f)
	if err != nil {
		panic("examples/saas/testdata/policy.json: " + err.Error())
	}
	return p
}
