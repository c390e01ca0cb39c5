package policy_test

import (
	"testing"

	"github.com/gopolicy/policy"
)

// TestAudienceAdministratorsParticipants checks the audiences of data that
// an organisation's administrators, the other participants in a meeting
// or call, and a community's moderators can see: their text forms, their
// English names, that each reads back, and that AudienceGroupMembers, the
// members of a private group such as a family circle, is the last
// audience defined.
func TestAudienceAdministratorsParticipants(t *testing.T) {
	for _, tt := range []struct {
		a          policy.Audience
		text, name string
	}{
		{policy.AudienceAdministrators, "administrators", "the administrators of an account your organisation provides you, who can also manage, export and delete this data"},
		{policy.AudienceParticipants, "participants", "the other participants in the meetings, calls and chats you join"},
		{policy.AudienceModerators, "moderators", "the moderators of the communities and groups you take part in, who may be volunteers"},
		{policy.AudienceCounterparts, "counterparts", "the people you deal with through the service, such as the other party to a booking, an order, a sale or a payment"},
		{policy.AudienceGroupMembers, "group_members", "the other members of the groups you join, such as your family circle"},
	} {
		if !tt.a.Valid() {
			t.Errorf("%s is not valid", tt.text)
		}
		if got := tt.a.String(); got != tt.text {
			t.Errorf("String() = %q, want %q", got, tt.text)
		}
		if got := tt.a.Name(); got != tt.name {
			t.Errorf("Name() = %q, want %q", got, tt.name)
		}
		var back policy.Audience
		if err := back.UnmarshalText([]byte(tt.text)); err != nil || back != tt.a {
			t.Errorf("UnmarshalText(%s) = %v, %v", tt.text, back, err)
		}
	}
	if (policy.AudienceGroupMembers + 1).Valid() {
		t.Errorf("an audience after AudienceGroupMembers is valid")
	}
}
