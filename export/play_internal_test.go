package export

import (
	"slices"
	"testing"

	"github.com/gopolicy/policy"
)

// TestPlayPurposeOrder: the template's order of purposes holds every
// purpose of the vocabulary, once.
func TestPlayPurposeOrder(t *testing.T) {
	var vocab []string
	for _, t := range policy.VocabularyPlay.PurposeTerms() {
		vocab = append(vocab, t.ID)
	}
	got := slices.Sorted(slices.Values(playPurposeOrder))
	if slices.Sort(vocab); !slices.Equal(got, vocab) {
		t.Errorf("template purposes %q, vocabulary %q", got, vocab)
	}
}
