package policytest

import (
	"flag"
	"testing"

	"github.com/gopolicy/policy/internal/golden"
)

var updateFlag = flag.Bool("policytest.update", false, "rewrite policy golden files checked by policytest.Golden")

// Golden compares a rendered policy with the file at path (relative to the
// test's package directory, such as "testdata/privacy.txt") and fails t with
// a diff when they differ. Run the test with -policytest.update, or with
// -update where the test binary defines that boolean flag, to write the file
// instead; commit it, and every later change to the policy's text shows up in
// review.
func Golden(t testing.TB, path string, rendered []byte) {
	t.Helper()
	golden.Compare(t, path, rendered, updating())
}

func updating() bool {
	if *updateFlag {
		return true
	}
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, ok := g.Get().(bool)
	return ok && b
}
