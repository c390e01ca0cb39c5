package policy_test

import (
	"slices"
	"time"

	"github.com/gopolicy/policy"
)

// emailPlatform paraphrases, in our own words and as we recall it, the
// privacy policy of an email marketing platform in the manner of
// Mailchimp, as published in 2024: a US company that processes the
// contact lists its customers ("members") upload as their processor, and
// is the controller of its members' account, billing and usage data, of
// its own marketing, and of the little contact data it uses to keep the
// platform free of spam and abuse. It declares the GDPR, the UK GDPR and
// the CCPA.
func emailPlatform() realPolicy {
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "username", "email address", "password", "company name", "phone number", "postal address"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.WhileAccountActive(policy.Years(1)), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	billing := &policy.Category{ID: "billing", Name: "Billing information", Items: []string{"billing contact", "billing address", "card type and last four digits", "invoices"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processor",
		Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true, CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	usage := &policy.Category{ID: "usage", Name: "Device and usage information", Items: []string{"IP address", "browser and operating system", "pages viewed and features used", "referring URL", "date and time of access"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Linked: true,
		Retention: policy.Keep(policy.Months(26), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAInternetActivity, policy.CCPAIdentifiers, policy.CCPAGeolocation}}
	website := &policy.Category{ID: "website", Name: "Website cookie and advertising data", Items: []string{"cookie identifiers", "pages visited on our websites", "ads viewed and clicked"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic}, Tracking: true,
		Retention: policy.Keep(policy.Months(13), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	prospects := &policy.Category{ID: "prospects", Name: "Business contact information from other sources", Items: []string{"name", "job title", "business email address", "company"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourcePublic},
		SourceDetail: "our affiliates, event and referral partners, and public professional profiles",
		Retention:    policy.Keep(policy.Years(2), policy.EventCollection), CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}
	abuse := &policy.Category{ID: "abuse", Name: "Contact data used to prevent abuse", Items: []string{"email address of a contact", "bounces, spam complaints and unsubscribes"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceThirdParty, policy.SourceAutomatic}, SourceDetail: "our members' contact lists and campaigns",
		Retention: policy.ByCriteria("as long as needed to keep addresses that complained or bounced from being mailed again"),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers}}
	support := &policy.Category{ID: "support", Name: "Support and feedback", Items: []string{"what you tell our support team", "survey answers", "call recordings"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved),
		CCPA: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPASensoryData}}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for hosting, email delivery, support and payments", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, billing, usage, support, abuse}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our parent company and its affiliates", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, billing, usage}, Country: regionUS, Purpose: "to help provide, secure and sell the services"}
	integrations := &policy.Recipient{ID: "integrations", Name: "integration partners a member connects", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{account}, Conditional: true, Purpose: "a member connects the partner's app to its account, under the partner's own terms"}
	adPartners := &policy.Recipient{ID: "advertising", Name: "advertising partners", Role: policy.RoleThirdParty, Categories: []*policy.Category{website}, Country: regionUS}

	service := &policy.Purpose{ID: "service", Name: "Providing the platform, billing and support", Categories: []*policy.Category{account, billing, usage, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, affiliates, integrations},
		Required: "an account needs a name, an email address and a postal address, which anti-spam law requires in every campaign; without them we cannot open it"}
	abusePrevention := &policy.Purpose{ID: "abuse", Name: "Keeping the platform free of spam, fraud and abuse", Categories: []*policy.Category{abuse, account, usage},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "protecting the deliverability of our members' email and the people who receive it from unwanted mail",
		Recipients: []*policy.Recipient{vendors}}
	improve := &policy.Purpose{ID: "improve", Name: "Understanding and improving the services", Categories: []*policy.Category{usage, support},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "learning how members use the services so that we can improve them", Profiling: true}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing our services to businesses", Categories: []*policy.Category{account, prospects},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "telling businesses about services like those they use or asked about", OptOut: true,
		Recipients: []*policy.Recipient{vendors}}
	ads := &policy.Purpose{ID: "advertising", DirectMarketing: true, Name: "Measuring our websites and advertising our services elsewhere", Categories: []*policy.Category{website},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, Profiling: true,
		Recipients: []*policy.Recipient{adPartners}}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting tax and accounting obligations", Categories: []*policy.Category{billing},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "meeting the tax and accounting obligations that US law places on us"}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "The Rocket Science Group LLC (Mailchimp)", Email: "privacy@mailchimp.example", Address: "Atlanta, Georgia, USA"}, Country: regionUS},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@mailchimp.example"},
		Version:    "2024", Effective: policy.MakeDate(2024, time.May, 1), Updated: policy.MakeDate(2024, time.May, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "our members, the businesses that use the platform", Data: "the contact lists members upload and the data on how their contacts engage with their campaigns",
			TermsURL: "https://mailchimp.example/legal/data-processing-addendum", ContractPrevails: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoReidentification},
		Categories:  []*policy.Category{account, billing, usage, website, prospects, abuse, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: billing, Note: "Our payment processor keeps them."},
		},
		Purposes:   []*policy.Purpose{service, abusePrevention, improve, marketing, ads, legal},
		Recipients: []*policy.Recipient{vendors, affiliates, integrations, adPartners},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, billing, usage, prospects, abuse, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, billing, usage, prospects, abuse, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, usage, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "The clauses are part of our data processing addendum, which is published with our terms."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
			{Kind: policy.DisclosureAggregate},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "session cookie", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "ads", Name: "advertising cookies", Party: policy.PartyThird, Provider: adPartners, Purpose: ads, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in your account settings or by writing to privacy@mailchimp.example"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightOptOutOfSale, How: "in the cookie settings or with a Global Privacy Control signal"},
			policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerYes, SoldCategories: []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity},
			OptOutURL: "https://mailchimp.example/cookie-preferences", RequestMethods: []string{"email to privacy@mailchimp.example", "the privacy request form"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "The platform has SOC 2 reports and is PCI DSS compliant for card payments."},
		},
		Links: policy.Links{Subprocessors: "https://mailchimp.example/legal/subprocessors", CookieSettings: "https://mailchimp.example/cookie-preferences",
			RequestForm: "https://mailchimp.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacy@mailchimp.example"},
	}
	return realPolicy{"email platform (Mailchimp)", p, []statement{
		{says: "The Rocket Science Group LLC in Atlanta is the controller of members' and visitors' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Name != ""
		}},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil }},
		{says: "members' contact lists and campaign data are processed as the member's processor under the data processing addendum", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "where a member's contract conflicts with this policy, the contract governs the member's contact data", typed: func(p *policy.Policy) bool { return p.CustomerData.ContractPrevails }},
		{says: "contacts should ask the member about their data; a request sent to us is passed on to the member", typed: func(p *policy.Policy) bool { return p.CustomerData.ForwardsRequests }},
		{says: "members must have the contacts' permission or another lawful basis to email them, as our terms require", free: toIntroduction},
		{says: "we collect account information, including the postal address anti-spam law requires in campaigns", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").Items, "postal address") && p.Purpose("service").Required != ""
		}},
		{says: "we collect billing information; our payment processor keeps full card numbers", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("billing")
		}},
		{says: "we collect device and usage information automatically", typed: func(p *policy.Policy) bool { return p.Category("usage").Sources[0] == policy.SourceAutomatic }},
		{says: "we receive business contact information from affiliates, partners and public profiles", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("prospects").Sources, policy.SourcePublic) && p.Category("prospects").SourceDetail != ""
		}},
		{says: "we use contacts' addresses, bounces and complaints ourselves to keep spam off the platform", typed: func(p *policy.Policy) bool {
			return p.Purpose("abuse").HasBasis(policy.BasisLegitimateInterests) && slices.Contains(p.Purpose("abuse").Categories, p.Category("abuse"))
		}},
		{says: "account credentials are sensitive personal information, which we use only to provide and secure the services", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("account").CCPA, policy.CCPASensitivePersonalInfo) && p.CCPA.SensitiveUse == policy.AnswerNo
		}},
		{says: "support calls may be recorded", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("support").CCPA, policy.CCPASensoryData)
		}},
		{says: "we provide the platform, bill and support members under our contract", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we analyse usage to improve the services", typed: func(p *policy.Policy) bool { return p.Purpose("improve").Profiling }},
		{says: "we market our services to businesses, who can unsubscribe", typed: func(p *policy.Policy) bool { return p.Purpose("marketing").OptOut }},
		{says: "with consent, advertising cookies on our websites let partners show our ads elsewhere", typed: func(p *policy.Policy) bool {
			return p.Purpose("advertising").RestsOnConsent() && cookie(p, "ads").Consent == policy.CookieConsentOptIn
		}},
		{says: "we keep invoices as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Law != "" && p.Purpose("legal").Interest != ""
		}},
		{says: "we do not sell personal information", typed: func(p *policy.Policy) bool { return p.CCPA.Sold == policy.AnswerNo }},
		{says: "advertising cookies are sharing under the CCPA, which you can opt out of, also by Global Privacy Control", typed: func(p *policy.Policy) bool {
			return p.CCPA.Shared == policy.AnswerYes && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "we keep de-identified data de-identified and do not try to re-identify it", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Commitments, policy.CommitmentNoReidentification) && hasDisclosure(p, policy.DisclosureAggregate) != nil
		}},
		{says: "service providers help us host, deliver email, support and take payments; the list is online", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "our parent company and its affiliates receive data to help run and sell the services", typed: func(p *policy.Policy) bool { return recipient(p, "affiliates").Purpose != "" }},
		{says: "integrations a member connects receive data under their own terms", typed: func(p *policy.Policy) bool { return recipient(p, "integrations").Conditional }},
		{says: "data from the EU and the UK goes to the US under the Data Privacy Framework and its UK Extension, and to vendors under standard clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[1].Origin == regionGB && p.Transfers[2].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "we disclose data on valid legal process, telling the member where we may; in a merger; and to protect people and rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice && hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know, delete and opt out, and are not discriminated against; agents may ask for them", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && hasRight(p, policy.RightNonDiscrimination) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through the account or by email", typed: func(p *policy.Policy) bool { return len(p.Requests.Verification) == 2 }},
		{says: "we keep data while the account is open and a year after, and as long as tax law requires", typed: func(p *policy.Policy) bool {
			return p.Category("billing").Retention.Law != "" && !p.Category("account").Retention.IsZero()
		}},
		{says: "we keep the addresses of people who complained or bounced so they are not mailed again", typed: func(p *policy.Policy) bool {
			return p.Category("abuse").Retention.Criteria != ""
		}},
		{says: "encryption, access controls, SOC 2 and PCI DSS protect data", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "the services are not for children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "material changes are announced by email or in the service", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
	}}
}
