package fields

// testUser is a fixture: test types hold no stored data, so only their
// tags are checked.
type testUser struct {
	Email string
	Bad   string `privacy:"Account Email"` // want `malformed privacy tag "Account Email"`
}

var _ = testUser{}
