package policy_test

import (
	"testing"

	"github.com/gopolicy/policy"
)

// TestAudienceChosenContacts checks the audience of data the user shares
// with people of their choosing, such as a live trip status: its text
// form and its English name.
func TestAudienceChosenContacts(t *testing.T) {
	a := policy.AudienceChosenContacts
	if !a.Valid() {
		t.Fatalf("AudienceChosenContacts is not valid")
	}
	if got := a.String(); got != "chosen_contacts" {
		t.Errorf("String() = %q, want chosen_contacts", got)
	}
	if got := a.Name(); got != "people you choose to share it with" {
		t.Errorf("Name() = %q", got)
	}
	var back policy.Audience
	if err := back.UnmarshalText([]byte("chosen_contacts")); err != nil || back != a {
		t.Errorf("UnmarshalText(chosen_contacts) = %v, %v", back, err)
	}
}
