package policy_test

import (
	"slices"
	"strings"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// networkProvider paraphrases, in our own words and as we recall it, the
// privacy policy of a network and security provider in the manner of
// Cloudflare, as published in 2024: a US company that carries and
// protects its customers' websites and networks as their processor, runs
// a free public DNS resolver under strict promises of its own, registers
// domains, and is the controller of its customers' account and billing
// data and of its website visitors' data. It declares the GDPR, the UK
// GDPR and the CCPA.
func networkProvider() realPolicy {
	regionPT := language.MustParseRegion("PT")
	account := &policy.Category{ID: "account", Name: "Account information", Items: []string{"name", "email address", "phone number", "company name", "billing address", "password"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.WhileAccountActive(policy.Years(1)),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords, policy.CCPAProfessionalInfo, policy.CCPASensitivePersonalInfo}}
	payment := &policy.Category{ID: "payment", Name: "Payment information", Items: []string{"card type, last four digits and expiry date", "billing history"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser, policy.SourceThirdParty}, SourceDetail: "our payment processors",
		Retention: policy.AsRequiredBy("US federal and state tax law"), Linked: true,
		CCPA: []policy.CCPACategory{policy.CCPACommercialInfo, policy.CCPACustomerRecords}}
	website := &policy.Category{ID: "website", Name: "Website and dashboard usage data", Items: []string{"IP address", "browser and device", "pages viewed", "referring page", "cookie identifiers"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Months(13), policy.EventCollection),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	resolver := &policy.Category{ID: "resolver", Name: "Public DNS resolver query data", Items: []string{"the domain names queried", "the querying IP address, kept only in memory and truncated before logging", "the time and the response"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention:   policy.Keep(policy.Hours(25), policy.EventCollection),
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoAdvertisingUse, policy.CommitmentNoDisclosureWithoutConsent},
		CCPA:        []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	research := &policy.Category{ID: "research", Name: "Anonymised resolver statistics", Items: []string{"counts of queries by domain and by network, without IP addresses"},
		Sensitivity: policy.SensitivityNotPersonal, Sources: []policy.Source{policy.SourceAutomatic},
		Retention: policy.Keep(policy.Years(5), policy.EventCollection)}
	app := &policy.Category{ID: "app", Name: "Device app data", Items: []string{"a random device identifier", "the app and operating-system version", "diagnostic and crash reports the user chooses to send"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceAutomatic, policy.SourceUser},
		Retention: policy.WhileAccountActive(policy.Days(30)),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAInternetActivity}}
	registrant := &policy.Category{ID: "registrant", Name: "Domain registrant data", Items: []string{"registrant name and organisation", "postal address", "email address", "phone number"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser}, Linked: true,
		Retention: policy.Keep(policy.Years(2), policy.EventContractEnd),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPACustomerRecords}}
	support := &policy.Category{ID: "support", Name: "Support and event information", Items: []string{"what you tell our support team", "event registration details"},
		Sensitivity: policy.SensitivityPersonal, Sources: []policy.Source{policy.SourceUser},
		Retention: policy.Keep(policy.Years(3), policy.EventPurposeAchieved),
		CCPA:      []policy.CCPACategory{policy.CCPAIdentifiers, policy.CCPAProfessionalInfo}}

	vendors := &policy.Recipient{ID: "vendors", Name: "service providers for payments, hosting, email, support and analytics", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, website, app, support}, Country: regionUS}
	affiliates := &policy.Recipient{ID: "affiliates", Name: "our affiliated companies", Role: policy.RoleProcessor,
		Categories: []*policy.Category{account, payment, support}, Purpose: "to provide, bill and support the services"}
	registries := &policy.Recipient{ID: "registries", Name: "domain name registries and the Internet Corporation for Assigned Names and Numbers (ICANN)", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{registrant}, Purpose: "to register and keep the domain, as the registries' and ICANN's rules require"}
	researchers := &policy.Recipient{ID: "researchers", Name: "our research partner, a regional internet address registry", Role: policy.RoleThirdParty,
		Categories: []*policy.Category{research}, Purpose: "to study the operation of the internet's naming system"}

	service := &policy.Purpose{ID: "service", Name: "Providing, billing and supporting the services", Categories: []*policy.Category{account, payment, app, support},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{vendors, affiliates},
		Required: "an account needs an email address and a password, and paid plans a means of payment"}
	dns := &policy.Purpose{ID: "resolver", Name: "Answering DNS queries sent to our public resolver", Categories: []*policy.Category{resolver},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "offering a fast public resolver that keeps what it learns to a minimum"}
	researchUse := &policy.Purpose{ID: "research", Name: "Studying the internet's naming system with our research partner", Categories: []*policy.Category{research},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "research that makes the internet safer and faster", Recipients: []*policy.Recipient{researchers}}
	domains := &policy.Purpose{ID: "registrar", Name: "Registering domain names", Categories: []*policy.Category{registrant, account},
		Bases: []policy.Basis{policy.BasisContract}, Recipients: []*policy.Recipient{registries},
		Required: "a registry does not register a domain without the registrant's details"}
	security := &policy.Purpose{ID: "security", Name: "Protecting our network and customers against attacks, fraud and abuse", Categories: []*policy.Category{account, website, app},
		Bases: []policy.Basis{policy.BasisLegitimateInterests}, Interest: "keeping our network and our customers' sites safe"}
	marketing := &policy.Purpose{ID: "marketing", DirectMarketing: true, Name: "Marketing our services and measuring our website", Categories: []*policy.Category{account, website, support},
		Bases: []policy.Basis{policy.BasisConsent}, Withdraw: "with the unsubscribe link in each email or in the cookie settings", ConsentMethod: policy.ConsentMethodConsentTool, OptOut: true}
	legal := &policy.Purpose{ID: "legal", Name: "Meeting our legal obligations, such as tax and sanctions law", Categories: []*policy.Category{account, payment},
		Bases: []policy.Basis{policy.BasisLegalObligation}}

	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Cloudflare, Inc.", Email: "privacyquestions@cloudflare.example", Address: "101 Townsend St, San Francisco, CA 94107, USA"}, Country: regionUS},
		DPO:        &policy.Contact{Name: "Data Protection Officer", Email: "dpo@cloudflare.example"},
		Establishments: []policy.Establishment{
			{Region: regionPT, Contact: policy.Contact{Name: "Cloudflare Portugal, Unipessoal Lda.", Address: "Lisbon, Portugal"}},
			{Region: regionGB, Contact: policy.Contact{Name: "Cloudflare Ltd", Address: "London, United Kingdom"}},
		},
		Version: "2024", Effective: policy.MakeDate(2024, time.June, 1), Updated: policy.MakeDate(2024, time.June, 1),
		Laws: []policy.Law{policy.GDPR, policy.UKGDPR, policy.CCPA},
		CustomerData: policy.CustomerData{Customers: "our customers, the organisations and people who put their websites, networks and teams behind our services",
			Data:     "the traffic and content that pass through our network for our customers, and the logs about their end users",
			TermsURL: "https://cloudflare.example/cloudflare-customer-dpa", ContractPrevails: true, ChoosesStorage: true, ForwardsRequests: true},
		Commitments: []policy.Commitment{policy.CommitmentNoSale, policy.CommitmentNoSharing},
		Categories:  []*policy.Category{account, payment, website, resolver, research, app, registrant, support},
		NotCollected: []policy.Exclusion{
			{ID: "card", Name: "full card numbers", Category: payment, Note: "Our payment processors keep them."},
		},
		Purposes:   []*policy.Purpose{service, dns, researchUse, domains, security, marketing, legal},
		Recipients: []*policy.Recipient{vendors, affiliates, registries, researchers},
		Transfers: []policy.Transfer{
			{Origin: regionEU, Destination: regionUS, Categories: []*policy.Category{account, payment, website, app, registrant, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionGB, Destination: regionUS, Categories: []*policy.Category{account, payment, website, app, registrant, support}, Safeguard: policy.SafeguardDataPrivacyFramework},
			{Origin: regionEU, Destination: regionUS, Recipient: vendors, Categories: []*policy.Category{account, website, support}, Safeguard: policy.SafeguardStandardClauses,
				Note: "Copies of the clauses are available from our data protection officer."},
		},
		Disclosures: []policy.Disclosure{
			{Kind: policy.DisclosureLegalProcess, Notice: true},
			{Kind: policy.DisclosureBusinessTransfer},
			{Kind: policy.DisclosureProtection},
		},
		Cookies: []policy.Cookie{
			{ID: "session", Name: "dashboard session cookie", Party: policy.PartyFirst, Purpose: service, Categories: []*policy.Category{account}, Lifetime: policy.SessionOnly(), StrictlyNecessary: true},
			{ID: "analytics", Name: "website analytics and marketing cookies", Party: policy.PartyThird, Provider: vendors, Purpose: marketing, Categories: []*policy.Category{website},
				Lifetime: policy.Expires(policy.Months(13)), Consent: policy.CookieConsentOptIn},
		},
		Signals: policy.Signals{DoNotTrack: policy.AnswerNo, GlobalPrivacyControl: policy.AnswerYes},
		Rights: append(gdprRights("in the dashboard or with the privacy request form"),
			policy.Right{Kind: policy.RightKnow}, policy.Right{Kind: policy.RightNonDiscrimination}),
		Requests:             policy.Requests{Verification: []policy.Verification{policy.VerificationSignedIn, policy.VerificationEmail}, Agents: policy.AnswerYes, Deadline: policy.Days(30)},
		NoAutomatedDecisions: true,
		CCPA: policy.CCPANotice{Sold: policy.AnswerNo, Shared: policy.AnswerNo,
			RequestMethods: []string{"the privacy request form", "email to sar@cloudflare.example"}, OnlineOnly: true,
			SensitiveUse: policy.AnswerNo, Under16: policy.AnswerNo},
		Security: []policy.Measure{
			{Kind: policy.MeasureEncryptionInTransit}, {Kind: policy.MeasureEncryptionAtRest}, {Kind: policy.MeasureAccessControl},
			{Kind: policy.MeasureCertification, Description: "Our services are certified under ISO/IEC 27001 and 27701, have SOC 2 Type II reports and comply with PCI DSS."},
		},
		Links:    policy.Links{Subprocessors: "https://cloudflare.example/subprocessors", CookieSettings: "https://cloudflare.example/cookie-settings", RequestForm: "https://cloudflare.example/privacy-request"},
		Children: policy.Children{MinimumAge: 16},
		Changes:  policy.Changes{Notify: []policy.Channel{policy.ChannelEmail, policy.ChannelInService}, MaterialOnly: true},
		Contact:  policy.Contact{Email: "privacyquestions@cloudflare.example"},
	}
	return realPolicy{"network and security provider (Cloudflare)", p, []statement{
		{says: "Cloudflare, Inc. in San Francisco is the controller of customers' account data and website visitors' data", typed: func(p *policy.Policy) bool {
			return p.Controller.Country == regionUS && p.Controller.Address != ""
		}},
		{says: "it has establishments in Portugal and the United Kingdom", typed: func(p *policy.Policy) bool { return len(p.Establishments) == 2 }},
		{says: "there is a data protection officer", typed: func(p *policy.Policy) bool { return p.DPO != nil && p.DPO.Email != "" }},
		{says: "the traffic, content and end-user logs of customers' websites are processed as the customers' processor under the data processing addendum", typed: func(p *policy.Policy) bool {
			return p.CustomerData.Data != "" && p.CustomerData.TermsURL != ""
		}},
		{says: "the addendum governs where it conflicts with this policy", typed: func(p *policy.Policy) bool { return p.CustomerData.ContractPrevails }},
		{says: "customers can choose the region where their data is kept", typed: func(p *policy.Policy) bool { return p.CustomerData.ChoosesStorage }},
		{says: "end users should ask the customer about their data; requests sent to us are passed on", typed: func(p *policy.Policy) bool { return p.CustomerData.ForwardsRequests }},
		{says: "we collect account information when a customer signs up", typed: func(p *policy.Policy) bool { return p.Category("account").Sources[0] == policy.SourceUser }},
		{says: "payment processors hold full card numbers; we keep the card type and last digits", typed: func(p *policy.Policy) bool {
			return p.NotCollected[0].Category == p.Category("payment")
		}},
		{says: "our websites and dashboard log usage and set cookies", typed: func(p *policy.Policy) bool { return len(p.Cookies) == 2 }},
		{says: "the public resolver never writes the full querying IP address to disk and deletes its query logs within 25 hours", typed: func(p *policy.Policy) bool {
			c := p.Category("resolver")
			return c.Retention.Period == policy.Hours(25) && slices.ContainsFunc(c.Items, func(s string) bool { return strings.Contains(s, "kept only in memory") })
		}},
		{says: "we never sell resolver data or use it to target ads", typed: func(p *policy.Policy) bool {
			c := p.Category("resolver").Commitments
			return slices.Contains(c, policy.CommitmentNoSale) && slices.Contains(c, policy.CommitmentNoAdvertisingUse)
		}},
		{says: "we do not share resolver data with third parties, except anonymised statistics with our research partner", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("resolver").Commitments, policy.CommitmentNoDisclosureWithoutConsent) &&
				recipient(p, "researchers").Categories[0].Sensitivity == policy.SensitivityNotPersonal
		}},
		{says: "an independent auditor checks each year that the resolver keeps these promises", free: toCategory("resolver")},
		{says: "the device app collects a random device identifier and, if the user chooses, diagnostics", typed: func(p *policy.Policy) bool {
			return slices.Contains(p.Category("app").Sources, policy.SourceUser)
		}},
		{says: "registering a domain needs the registrant's details, which go to the registry and ICANN under their rules", typed: func(p *policy.Policy) bool {
			return recipient(p, "registries").Role == policy.RoleThirdParty && p.Purpose("registrar").Required != ""
		}},
		{says: "the registrant's details are kept two years after the registration ends, as ICANN requires", typed: func(p *policy.Policy) bool {
			return p.Category("registrant").Retention.From == policy.EventContractEnd
		}},
		{says: "we use data to provide, bill and support the services under our contract", typed: func(p *policy.Policy) bool { return p.Purpose("service").HasBasis(policy.BasisContract) }},
		{says: "we protect our network and customers against attacks and abuse in our legitimate interest", typed: func(p *policy.Policy) bool {
			return p.Purpose("security").Interest != ""
		}},
		{says: "we market our services with consent, and every email has an unsubscribe link", typed: func(p *policy.Policy) bool {
			return p.Purpose("marketing").RestsOnConsent() && p.Purpose("marketing").OptOut
		}},
		{says: "we keep records that tax and sanctions law require", typed: func(p *policy.Policy) bool { return p.Purpose("legal").HasBasis(policy.BasisLegalObligation) }},
		{says: "we do not sell personal information or share it for cross-context behavioural advertising", typed: func(p *policy.Policy) bool {
			return p.CCPA.Sold == policy.AnswerNo && p.CCPA.Shared == policy.AnswerNo && slices.Contains(p.Commitments, policy.CommitmentNoSharing)
		}},
		{says: "service providers and affiliates process data for us; the list of subprocessors is published", typed: func(p *policy.Policy) bool {
			return recipient(p, "vendors").Role == policy.RoleProcessor && p.Links.Subprocessors != ""
		}},
		{says: "we disclose data to authorities only on valid legal process, and tell the customer first unless the law forbids it", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureLegalProcess).Notice
		}},
		{says: "we publish a transparency report on the requests we receive twice a year", free: toIntroduction},
		{says: "data may pass to a buyer in a merger, and be disclosed to protect people and our rights", typed: func(p *policy.Policy) bool {
			return hasDisclosure(p, policy.DisclosureBusinessTransfer) != nil && hasDisclosure(p, policy.DisclosureProtection) != nil
		}},
		{says: "data from the EU and the UK goes to the US under the Data Privacy Framework, and to vendors under standard clauses", typed: func(p *policy.Policy) bool {
			return p.Transfers[0].Safeguard == policy.SafeguardDataPrivacyFramework && p.Transfers[2].Safeguard == policy.SafeguardStandardClauses
		}},
		{says: "analytics and marketing cookies are set only with consent in Europe, and Global Privacy Control is honoured", typed: func(p *policy.Policy) bool {
			return cookie(p, "analytics").Consent == policy.CookieConsentOptIn && p.Signals.GlobalPrivacyControl == policy.AnswerYes
		}},
		{says: "you may access, correct, delete and port your data, object, withdraw consent and complain to a supervisory authority", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightPortability) && hasRight(p, policy.RightComplaint)
		}},
		{says: "Californians may know and delete their data without discrimination, also through an authorised agent", typed: func(p *policy.Policy) bool {
			return hasRight(p, policy.RightKnow) && p.Requests.Agents == policy.AnswerYes
		}},
		{says: "we verify requests through the account or by email and answer within 30 days", typed: func(p *policy.Policy) bool {
			return len(p.Requests.Verification) == 2 && p.Requests.Deadline == policy.Days(30)
		}},
		{says: "we keep account data while the account is open and a year after", typed: func(p *policy.Policy) bool {
			return p.Category("account").Retention.Kind == policy.RetentionWhileActive
		}},
		{says: "we are certified under ISO 27001 and 27701, have SOC 2 reports and meet PCI DSS", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureCertification) }},
		{says: "data is encrypted in transit and at rest", typed: func(p *policy.Policy) bool { return hasMeasure(p, policy.MeasureEncryptionAtRest) }},
		{says: "the services are not directed to children under 16", typed: func(p *policy.Policy) bool { return p.Children.MinimumAge == 16 }},
		{says: "material changes are announced by email or on the website", typed: func(p *policy.Policy) bool { return p.Changes.MaterialOnly && len(p.Changes.Notify) == 2 }},
		{says: "questions go to the privacy team by email", typed: func(p *policy.Policy) bool { return p.Contact.Email != "" }},
	}}
}
