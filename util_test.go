package policy

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func compactJSON(dst *bytes.Buffer, src []byte) error { return json.Compact(dst, src) }
