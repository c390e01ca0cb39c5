package main

import (
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/examples/internal/exampletest"
)

func TestPolicyFindings(t *testing.T) {
	// The published policy states no date; that is the only finding.
	fs := Policy.Validate()
	if len(fs) != 1 || fs[0].Rule != policy.RuleMissingDate {
		t.Errorf("findings = %v, want only %s", fs, policy.RuleMissingDate)
	}
	if Policy.CollectsPersonalData() {
		t.Error("the policy declares personal data")
	}
}

// TestPolicy checks the golden renders and that the text carries every
// fact of the published policy this example reproduces.
func TestPolicy(t *testing.T) {
	exampletest.Check(t, Policy, nil, []string{"en"}, []string{
		// 1. Processed data.
		"We do not collect your personal data: we do not request or store information that allows us to identify you.",
		"does not relate, directly or indirectly, to an identified or identifiable natural person and does not identify you, so none of it is personal data",
		"the text of a support chat message",
		"Neither name, e-mail nor phone number is required on the Site; we ask that you do not include such personal information in chat messages.",
		"the preferred language in your browser settings, used to translate the Site automatically",
		"This technical information does not allow you to be identified.",
		"principles of minimising the data processed",
		// 2. Purposes.
		"Handling incoming User inquiries and requests, establishing feedback with you.",
		"messages sent via online chat are used to answer your questions within the same online chat and provide support",
		"Ensuring proper functioning of the Site.",
		// 3. Data protection.
		"protect it from unauthorised access and distribution in accordance with internal rules and regulations",
		"leakage or unauthorised use",
		// 4. Changes and contact.
		"We may change this Policy unilaterally without prior notice to you.",
		"A new version takes effect when it is posted, unless the new version provides otherwise.",
		"always available at https://clipai.pro/privacy",
		"We recommend that you check this page periodically",
		"support@clipai.pro",
	})
}
