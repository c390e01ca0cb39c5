package main

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy/examples/internal/exampletest"
)

// TestPolicyFindings shows the minimal policy out of the GDPR's scope: no
// errors, and the warnings a reviewer still wants: no date, and two
// categories that could hold personal data after all.
func TestPolicyFindings(t *testing.T) {
	fs := Policy.Validate()
	if err := fs.Err(); err != nil {
		t.Errorf("errors: %v", err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Path+" "+string(f.Rule))
	}
	want := []string{
		"effective date.missing",
		"categories[support.chat] gdpr.2",
		"categories[browser.settings] gdpr.2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if Policy.CollectsPersonalData() {
		t.Error("the policy declares personal data")
	}
}

// TestPolicy checks the golden renders and that the text carries every
// fact of the published policy this example reproduces.
func TestPolicy(t *testing.T) {
	exampletest.Check(t, *update, Policy, nil, []string{"en"}, []string{
		// 1. Processed data.
		"We do not collect your personal data: we do not request or store information that allows us to identify you.",
		"does not relate, directly or indirectly, to an identified or identifiable natural person and does not identify you, so none of it is personal data",
		"the text of a support chat message",
		"Neither name, e-mail nor phone number is required on the Site; we ask that you do not include such personal information in chat messages.",
		"the preferred language in your browser settings, used to translate the Site automatically",
		"This technical information does not allow you to be identified.",
		"the composition of the collected data is limited to the necessary minimum",
		// 2. Purposes.
		"Handling incoming User inquiries and requests, establishing feedback with you.",
		"messages sent via online chat are used to answer your questions within the same online chat and provide support",
		"Ensuring proper functioning of the Site.",
		// 3. Data protection.
		"protect it from unauthorised access and distribution in accordance with internal rules and regulations",
		"leakage or unauthorised use",
		// 4. Changes and contact.
		"This Policy may be changed or terminated unilaterally by the Administration without prior notice to the User.",
		"A new version takes effect when it is posted, unless the new version provides otherwise.",
		"always available at https://clipai.pro/privacy",
		"We recommend that you check this page periodically",
		"support@clipai.pro",
	})
}
