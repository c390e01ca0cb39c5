package policy

import "flag"

// update makes the golden tests write their files with the current output
// instead of comparing: go test -update.
var update = flag.Bool("update", false, "rewrite golden files (testdata, docs/coverage.md, the JSON Schema) with the current output")

// UpdateGolden reports -update to the external test package policy_test.
func UpdateGolden() bool { return *update }
