package generate

import (
	"bytes"
	"testing"

	"github.com/gopolicy/policy/internal/gen"
)

// TestExitReason shows that a failing run ends with a line naming its
// exit code, which go run would otherwise turn into 1.
func TestExitReason(t *testing.T) {
	tests := []struct {
		args []string
		code int
		last string
	}{
		{[]string{"validate"}, ExitOK, ""},
		{[]string{"validate", "-x"}, ExitUsage, "exit code 2: bad usage\n"},
		{[]string{"diff", "-old", "/nonexistent.json"}, ExitIOError, "exit code 3: input or output failed\n"},
		{[]string{"check", "-out", "/nonexistent"}, ExitFailed, "exit code 1: the policy has errors, a translation is missing, files are stale, or a change is material\n"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := mainRun(gen.Policy(10), nil, tt.args, &stdout, &stderr)
		if code != tt.code || !bytes.HasSuffix(stderr.Bytes(), []byte(tt.last)) || (tt.last == "" && stderr.Len() != 0) {
			t.Errorf("%q: exit %d, stderr %q; want %d ending in %q", tt.args, code, stderr.String(), tt.code, tt.last)
		}
	}
}
