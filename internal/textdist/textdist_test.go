package textdist

import (
	"flag"
	"testing"
)

// update is accepted so that go test ./... -update works in every package;
// this package has no golden files.
var _ = flag.Bool("update", false, "rewrite golden files (this package has none)")

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"abc", "abc", 0},
		{"kitten", "sitting", 3}, {"account.mail", "account.email", 1},
		{"billing.card", "billing.cards", 1}, {"ab", "ba", 2},
		{"данные", "даные", 1}, // runes, not bytes
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Distance(tt.b, tt.a); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}
