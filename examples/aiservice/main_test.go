package main

import (
	"testing"

	"github.com/gopolicy/policy/examples/internal/exampletest"
)

func TestPolicyValidatesClean(t *testing.T) {
	if fs := Policy.Validate(); len(fs) != 0 {
		t.Errorf("findings:\n%v", fs)
	}
}

// TestPolicy checks the golden renders and that the text carries the facts
// of the published policy this example reproduces, numbered as it numbers
// them.
func TestPolicy(t *testing.T) {
	exampletest.Check(t, *update, Policy, Translations(), []string{"en", "ru"}, []string{
		// 1. General provisions: scope, definition, principles, protection.
		"1. General Provisions",
		"software interfaces (API), feedback forms",
		"“personal data” means any information relating to a directly or indirectly identified or identifiable natural person (the data subject).",
		"principles of lawfulness; good faith; proportionality; limiting processing to specific purposes; minimising the data processed; and accuracy, sufficiency and relevance",
		"unauthorised or accidental access, destruction, modification, blocking, copying, distribution and other unlawful actions",
		// 2. Categories 2.1.1-2.1.6.
		"2. Categories of Processed Data",
		"2.1.1. Account data: email address, username or other specified name, country, interface language, profile settings",
		"the personal data of citizens of the Russian Federation is recorded, systematised, accumulated, stored, clarified and retrieved using databases located in the Russian Federation.",
		"2.1.2. Authentication and security data: password hashes, authorization tokens, account login information, two-factor authentication (2FA) data",
		"2.1.3. Payment and settlement data: payment system identifiers, transaction information, payment statuses",
		"We do not store full bank card details.",
		"2.1.4. Operational data related to the use of AI functions: text queries; uploaded files; generation or processing results; data on selected models and providers; system messages; and telemetry data, including processing time, token count and errors",
		"2.1.5. Technical data: IP address, browser and user agent information, device type, operating system, session information, cookies, localStorage",
		"2.1.6. Communication data: support requests, inquiries, complaints, feedback, marketing preferences, and consent to data processing and its revocation",
		// 3. Purposes 3.1.1-3.1.10.
		"3.1.1. Registering, identifying and authenticating users",
		"3.1.2. Providing access to the functionality of the Website and the Service",
		"3.1.3. Fulfilling obligations to the User",
		"3.1.4. Ensuring the stability, security and proper functioning",
		"3.1.5. Preventing fraud, abuse, unauthorised access",
		"3.1.6. Processing payments, maintaining accounting and tax records",
		"3.1.7. Processing support requests and communicating with users",
		"3.1.8. Sending informational and marketing messages, where permitted by law and/or with the User’s consent",
		"3.1.9. Analysing, developing, improving and optimising the Service",
		"3.1.10. Fulfilling obligations imposed on the Company by applicable law",
		// 4. Grounds 4.1.1-4.1.4, in the seed's order.
		"4.1.1. Your consent to the processing of your personal data",
		"4.1.2. The need to perform a contract to which you are a party, or to conclude one at your request",
		"4.1.3. The need to fulfil obligations imposed on us by law",
		"4.1.4. The need to exercise our rights and legitimate interests or those of third parties, provided that this does not violate your rights and freedoms",
		// Filler that 152-FZ asks for: each purpose's data subjects, actions
		// and method (Art. 18.1(1)(2), 3(3)), the register entry (Art. 22).
		"Categories of data subjects: users of our websites and services and customers",
		"Actions performed on the data: collecting; recording; systematising; accumulating; storing; clarifying (updating, changing); extracting; using; transferring",
		"Method of processing: mixed (automated and non-automated)",
		"under number 77-23-000000 in the register of operators processing personal data",
		// Sections the published text is cut off before.
		"Data Retention", "Recipients of Data", "International Transfers", "Your Rights",
		"Data Protection", "Changes to this Policy", "Contact", "privacy@nimbus-ai.example",
	})
}
