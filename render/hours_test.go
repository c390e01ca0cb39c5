package render

import (
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestPeriodInHours checks that a period stated in hours reads in hours
// wherever the document states a period, in English and in Russian with
// the Russian plural forms (1 час, 2 часа, 21 час, 25 часов), alone and
// after days.
func TestPeriodInHours(t *testing.T) {
	for _, tt := range []struct {
		p      policy.Period
		en, ru string
	}{
		{policy.Hours(1), "for 1 hour after collection", "1 час после сбора"},
		{policy.Hours(2), "for 2 hours after collection", "2 часа после сбора"},
		{policy.Hours(21), "for 21 hours after collection", "21 час после сбора"},
		{policy.Hours(25), "for 25 hours after collection", "25 часов после сбора"},
		{policy.Hours(48), "for 48 hours after collection", "48 часов после сбора"},
		{policy.Period{Days: 1, Hours: 12}, "for 1 day and 12 hours after collection", "1 день и 12 часов после сбора"},
		{policy.Period{Years: 1, Months: 2, Hours: 3}, "for 1 year, 2 months and 3 hours after collection", "1 год, 2 месяца и 3 часа после сбора"},
	} {
		t.Run(tt.p.String(), func(t *testing.T) {
			p := smallPolicy()
			p.Categories[0].Retention = policy.Keep(tt.p, policy.EventCollection)
			expectText(t, readText(t, p, language.English), []string{tt.en}, []string{"0 days"})
			expectText(t, readText(t, p, language.Russian), []string{tt.ru}, []string{"0 дней"})
		})
	}
}

// TestAutoDeleteInHours checks that periods of automatic deletion stated
// in hours name the unit once where all are in hours, and each period in
// full where units differ.
func TestAutoDeleteInHours(t *testing.T) {
	for _, tt := range []struct {
		name    string
		periods []policy.Period
		en, ru  string
	}{
		{"hours alone", []policy.Period{policy.Hours(24), policy.Hours(72)}, "deleted automatically after 24 or 72 hours.", "через 24 или 72 часа."},
		{"last one of a plural form", []policy.Period{policy.Hours(3), policy.Hours(21)}, "after 3 or 21 hours.", "через 3 или 21 час."},
		{"hours and days", []policy.Period{policy.Hours(12), policy.Days(1)}, "after 12 hours or 1 day.", "через 12 часов или 1 день."},
		{"days and hours in one period", []policy.Period{policy.Hours(12), {Days: 1, Hours: 12}}, "after 12 hours or 1 day and 12 hours.", "через 12 часов или 1 день и 12 часов."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := smallPolicy()
			p.Categories[0].AutoDelete = tt.periods
			expectText(t, readText(t, p, language.English), []string{tt.en}, nil)
			expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
		})
	}
}

// TestBreachInHours checks that a breach deadline stated in hours reads
// as the same deadline stated in days of at most three: in hours, as the
// laws state it.
func TestBreachInHours(t *testing.T) {
	p := smallPolicy()
	p.Security = []policy.Measure{{Kind: policy.MeasureBreachNotification}}
	for _, tt := range []struct {
		n      policy.Period
		en, ru string
	}{
		{policy.Hours(72), "within 72 hours of discovering it.", "с момента его выявления: 72 часа."},
		{policy.Days(3), "within 72 hours of discovering it.", "с момента его выявления: 72 часа."},
		{policy.Hours(24), "within 24 hours of discovering it.", "с момента его выявления: 24 часа."},
		{policy.Hours(1), "within 1 hour of discovering it.", "с момента его выявления: 1 час."},
		{policy.Period{Days: 1, Hours: 12}, "within 36 hours of discovering it.", "с момента его выявления: 36 часов."},
		{policy.Hours(96), "within 96 hours of discovering it.", "с момента его выявления: 96 часов."},
		{policy.Period{Days: 4, Hours: 1}, "within 4 days and 1 hour of discovering it.", "с момента его выявления: 4 дня и 1 час."},
	} {
		p.Security[0].Breach = policy.BreachNotice{Authority: tt.n}
		expectText(t, readText(t, p, language.English), []string{tt.en}, nil)
		expectText(t, readText(t, p, language.Russian), []string{tt.ru}, nil)
	}
}

// TestDeadlinesInHours checks the time to answer a request and the notice
// of changes stated in hours, including a deadline in hours where the
// policy counts working days (which Validate reports), which is not
// turned into working days.
func TestDeadlinesInHours(t *testing.T) {
	p := smallPolicy()
	p.Requests.Deadline = policy.Hours(72)
	p.Changes = policy.Changes{Notify: []policy.Channel{policy.ChannelEmail}, Notice: policy.Hours(48)}
	expectText(t, readText(t, p, language.English), []string{
		"We answer a request within 72 hours of receiving it.",
		"We announce changes by email at least 48 hours before they take effect.",
	}, nil)
	expectText(t, readText(t, p, language.Russian), []string{
		"Мы отвечаем на запрос не позднее чем через 72 часа после его получения.",
		"не менее чем за 48 часов до их вступления в силу.",
	}, nil)
	p.Requests.WorkingDays = true
	expectText(t, readText(t, p, language.English), []string{"within 72 hours of receiving it."}, []string{"working day"})
	expectText(t, readText(t, p, language.Russian), []string{"через 72 часа после"}, []string{"рабоч"})
}
