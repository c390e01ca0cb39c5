// Package golden compares test output with golden files and rewrites them
// on request.
//
// The package registers no flags: each test package that keeps golden
// files declares its own,
//
//	var update = flag.Bool("update", false, "rewrite golden files with the current output")
//
// and passes *update to [Check] or [Compare], so `go test ./... -update`
// rewrites every golden file of the module.
package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Check compares got with the file testdata/name; with update set it
// rewrites the file instead.
func Check(t testing.TB, name string, got []byte, update bool) {
	t.Helper()
	Compare(t, filepath.Join("testdata", name), got, update)
}

// Compare fails t when got differs from the file at path, showing the
// difference as a go-cmp diff. With update set it writes got to the file
// instead, creating its directory.
func Compare(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run the test with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("output differs from %s (-want +got); rerun with -update if the change is intended:\n%s", path, diff)
	}
}
