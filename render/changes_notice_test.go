package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestChangesNoticeStatedOnce checks that the notice period for changes is
// stated once: in the announcement where the policy declares a channel,
// and in the sentence on when a new version takes effect only where no
// announcement states it.
func TestChangesNoticeStatedOnce(t *testing.T) {
	tests := []struct {
		name      string
		changes   policy.Changes
		want, not []string
		ru        []string
	}{
		{
			name:    "material changes announced in the service",
			changes: policy.Changes{Notify: []policy.Channel{policy.ChannelInService}, MaterialOnly: true, Notice: policy.Days(30)},
			want: []string{
				"We announce material changes by a notice in the service at least 30 days before they take effect.",
				"A new version with material changes takes effect on the date it states; other changes take effect when they are posted.",
			},
			not: []string{"after it is announced"},
			ru:  []string{"Новая редакция с существенными изменениями вступает в силу в указанную в ней дату; иные изменения вступают в силу с момента размещения."},
		},
		{
			name:    "every change announced by email",
			changes: policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, Notice: policy.Days(14)},
			want: []string{
				"We announce changes by email at least 14 days before they take effect.",
				"A new version takes effect on the date it states.",
			},
			not: []string{"after it is announced"},
			ru:  []string{"Новая редакция вступает в силу в указанную в ней дату."},
		},
		{
			name:    "notice period without a channel",
			changes: policy.Changes{MaterialOnly: true, Notice: policy.Days(30)},
			want: []string{
				"A new version with material changes takes effect on the date it states, no earlier than 30 days after it is announced; other changes take effect when they are posted.",
			},
			not: []string{"We announce"},
			ru:  []string{"но не ранее чем через 30 дней после объявления"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Changes = tt.changes
			text := readText(t, p, language.English)
			expectText(t, text, tt.want, tt.not)
			if n := strings.Count(text, "days"); n != 1 {
				t.Errorf("the notice period is stated %d times, want once:\n%s", n, text)
			}
			ru := readText(t, p, language.Russian)
			expectText(t, ru, tt.ru, nil)
		})
	}
}
