package privacyvet_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildCommand builds cmd/privacyvet into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command and runs the go command")
	}
	bin := filepath.Join(t.TempDir(), "privacyvet")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, "../cmd/privacyvet").CombinedOutput()
	if err != nil {
		t.Fatalf("go build ../cmd/privacyvet: %v\n%s", err, out)
	}
	return bin
}

// TestCommand runs the built command alone and as go vet's tool on the
// module in testdata/mod, with the policy given by an absolute path, and
// checks that both report the same findings and fail.
func TestCommand(t *testing.T) {
	bin := buildCommand(t)
	policyFile, err := filepath.Abs(filepath.Join("testdata", "policy.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`shop.go:8:15: privacy tag names "acount.name", which the policy does not declare (did you mean "account.name"?)`,
		`shop.go:9:2: Phone looks like personal data (phone number) and has no privacy tag`,
		`shop.go:10:15: privacy:"-" without a reason`,
	}
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"alone", []string{bin, "-policy=" + policyFile, "./..."}},
		{"vet", []string{"go", "vet", "-vettool=" + bin, "-policy=" + policyFile, "./..."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(tc.args[0], tc.args[1:]...)
			cmd.Dir = filepath.Join("testdata", "mod")
			cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
			out, err := cmd.CombinedOutput()
			if _, ok := err.(*exec.ExitError); !ok {
				t.Fatalf("%s: err = %v, want a non-zero exit\n%s", strings.Join(tc.args, " "), err, out)
			}
			for _, w := range want {
				if !strings.Contains(string(out), w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if n := strings.Count(string(out), "shop.go:"); n != len(want) {
				t.Errorf("%d findings, want %d:\n%s", n, len(want), out)
			}
		})
	}
}

// TestCommandWithoutPolicy checks that the command runs without -policy
// and then reports no tag categories.
func TestCommandWithoutPolicy(t *testing.T) {
	bin := buildCommand(t)
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir = filepath.Join("testdata", "mod")
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	if strings.Contains(string(out), "acount.name") || !strings.Contains(string(out), "Phone looks like personal data") {
		t.Errorf("go vet without -policy:\n%s", out)
	}
}
