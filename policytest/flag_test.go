package policytest

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoFlagsAtImport checks that importing policytest registers no flag:
// besides the testing package's own, the only flag of this test binary is
// the -update this package's tests declare.
func TestNoFlagsAtImport(t *testing.T) {
	flag.VisitAll(func(f *flag.Flag) {
		if !strings.HasPrefix(f.Name, "test.") && f.Name != "update" {
			t.Errorf("flag -%s is registered", f.Name)
		}
	})
}

// TestOwnUpdateFlag builds and runs the test package in
// testdata/ownflag, which declares its own -update flag and calls Golden,
// as a service's tests do. The binary must start (a second definition of
// the flag would panic), and Golden must follow the binary's -update.
func TestOwnUpdateFlag(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a test binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	golden := filepath.Join(t.TempDir(), "privacy.txt")
	run := func(args ...string) (string, error) {
		cmd := exec.Command(goTool, append([]string{"test", "-count=1", "./testdata/ownflag"}, args...)...)
		cmd.Env = append(os.Environ(), "OWNFLAG_GOLDEN="+golden)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}

	if out, err := run("-update"); err != nil {
		t.Fatalf("go test -update: %v\n%s", err, out)
	}
	if b, err := os.ReadFile(golden); err != nil || string(b) != "rendered policy\n" {
		t.Fatalf("after -update the golden file holds %q (%v), want the rendered policy", b, err)
	}
	if out, err := run(); err != nil {
		t.Fatalf("go test against the file it wrote: %v\n%s", err, out)
	}
	if err := os.WriteFile(golden, []byte("edited by hand\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := run()
	if err == nil || !strings.Contains(out, "-want +got") {
		t.Fatalf("go test against an edited golden file passed or failed for another reason: %v\n%s", err, out)
	}
	if b, _ := os.ReadFile(golden); string(b) != "edited by hand\n" {
		t.Errorf("without -update Golden rewrote the file: %q", b)
	}
}
