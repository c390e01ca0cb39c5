package policy_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryTestPackageAcceptsUpdate checks that each directory with tests
// declares the -update flag, so that the README's go test ./... -update
// does not fail with "flag provided but not defined" in one of them.
func TestEveryTestPackageAcceptsUpdate(t *testing.T) {
	has := map[string]bool{}
	tested := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		tested[dir] = true
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(string(src), `flag.Bool("update"`) {
			has[dir] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(tested) < 10 {
		t.Fatalf("found only %d test directories; the walk is broken", len(tested))
	}
	for dir := range tested {
		if !has[dir] {
			t.Errorf("%s: no test file declares the -update flag", dir)
		}
	}
}
