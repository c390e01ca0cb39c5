// Package ownflag is a service's test package as policytest meets it: it
// declares its own -update flag, as most test packages with golden files
// do, and checks a golden file with policytest.Golden.
package ownflag

import (
	"flag"
	"os"
	"testing"

	"github.com/gopolicy/policy/policytest"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// TestGolden writes or compares the file named by $OWNFLAG_GOLDEN.
func TestGolden(t *testing.T) {
	path := os.Getenv("OWNFLAG_GOLDEN")
	if path == "" {
		t.Skip("run by policytest's TestOwnUpdateFlag")
	}
	policytest.Golden(t, path, []byte("rendered policy\n"))
	if *update {
		t.Log("updated")
	}
}
