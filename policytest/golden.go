package policytest

import (
	"flag"
	"testing"

	"github.com/gopolicy/policy/internal/golden"
)

// Golden compares a rendered policy with the file at path (relative to the
// test's package directory, such as "testdata/privacy.txt") and fails t with
// a diff when they differ. Commit the file, and every later change to the
// policy's text shows up in review.
//
// Golden registers no flags, so it never clashes with a test binary's own.
// It writes the file instead of comparing when the test binary has a
// boolean flag named "update" set to true, looked up when Golden is called.
// Declare it in the test package,
//
//	var update = flag.Bool("update", false, "rewrite golden files with the current output")
//
// and run `go test -update` after an intended change. Without such a flag
// Golden only compares.
func Golden(t testing.TB, path string, rendered []byte) {
	t.Helper()
	golden.Compare(t, path, rendered, updating())
}

// updating reports whether the test binary's -update flag is set.
func updating() bool {
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
