package privacyvet_test

import "flag"

// update is accepted so that go test ./... -update works in every package,
// as the README says; this package has no golden files to rewrite.
var _ = flag.Bool("update", false, "rewrite golden files (this package has none)")
