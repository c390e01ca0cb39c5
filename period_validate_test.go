package policy

import (
	"strings"
	"testing"
	"time"
)

// TestValidateHours checks that Validate compares periods stated in hours
// with those stated in days, months and years, a day counting as 24
// hours: statutory deadlines, notice before a new version takes effect,
// automatic deletion against retention, and the limits.
func TestValidateHours(t *testing.T) {
	fz152 := func(p *Policy) { p.Laws = []Law{FZ152} }
	tests := []struct {
		name       string
		fail, pass func(p *Policy)
		path       string // of the finding fail gives and pass does not
		severity   Severity
		message    string // a substring of its message
	}{
		{"GDPR: a deadline in hours longer than any month",
			func(p *Policy) { p.Requests.Deadline = Hours(24*31 + 1) },
			func(p *Policy) { p.Requests.Deadline = Hours(24 * 31) },
			"requests.deadline", SeverityError, "within 745 hours, longer than the 1 month"},
		{"GDPR: 72 hours to answer",
			func(p *Policy) { p.Requests.Deadline = Period{Months: 1, Hours: 24*3 + 1} },
			func(p *Policy) { p.Requests.Deadline = Hours(72) },
			"requests.deadline", SeverityError, "within 1 month and 73 hours"},
		{"152-FZ: a deadline in hours longer than 10 working days",
			func(p *Policy) { fz152(p); p.Requests.Deadline, p.Requests.Extension = Hours(24*14+1), Period{} },
			func(p *Policy) { fz152(p); p.Requests.Deadline, p.Requests.Extension = Hours(24*14), Period{} },
			"requests.deadline", SeverityError, "within 337 hours, longer than the 10 working days"},
		{"152-FZ: hours added to the extension",
			func(p *Policy) {
				fz152(p)
				p.Requests.Deadline, p.Requests.Extension = Hours(24*14), Period{Days: 7, Hours: 1}
			},
			func(p *Policy) { fz152(p); p.Requests.Deadline, p.Requests.Extension = Hours(24*14), Days(7) },
			"requests.extension", SeverityError, "7 days and 337 hours in all"},
		{"working days are not stated in hours",
			func(p *Policy) {
				p.Requests.WorkingDays, p.Requests.Deadline, p.Requests.Extension = true, Hours(72), Period{}
			},
			func(p *Policy) {
				p.Requests.WorkingDays, p.Requests.Deadline, p.Requests.Extension = true, Days(3), Period{}
			},
			"requests.working_days", SeverityError, "in days only"},
		{"notice in hours, rounded up to whole days",
			func(p *Policy) { p.Changes.Notice, p.Effective = Hours(25), MakeDate(2025, time.February, 21) },
			func(p *Policy) { p.Changes.Notice, p.Effective = Hours(25), MakeDate(2025, time.February, 22) },
			"effective", SeverityError, "before the PT25H of notice"},
		{"automatic deletion in days after a retention in hours",
			func(p *Policy) {
				p.Categories[1].Retention, p.Categories[1].AutoDelete = Keep(Hours(48), EventCollection), []Period{Days(2)}
			},
			func(p *Policy) {
				p.Categories[1].Retention, p.Categories[1].AutoDelete = Keep(Hours(48), EventCollection), []Period{Hours(47)}
			},
			"categories[health].auto_delete[0]", SeverityWarning, "automatic deletion after P2D deletes nothing sooner"},
		{"automatic deletion in hours after a retention in days",
			func(p *Policy) {
				p.Categories[1].Retention, p.Categories[1].AutoDelete = Keep(Days(1), EventCollection), []Period{Hours(24)}
			},
			func(p *Policy) {
				p.Categories[1].Retention, p.Categories[1].AutoDelete = Keep(Days(1), EventCollection), []Period{Hours(23)}
			},
			"categories[health].auto_delete[0]", SeverityWarning, "after PT24H deletes nothing sooner"},
		{"152-FZ: destruction stages in hours over 30 days",
			func(p *Policy) {
				fz152(p)
				p.Deletion[0].From, p.Deletion[0].Stages = EventPurposeAchieved, []Stage{{RemovalLive, Days(30)}, {RemovalBackups, Hours(1)}}
			},
			func(p *Policy) {
				fz152(p)
				p.Deletion[0].From, p.Deletion[0].Stages = EventPurposeAchieved, []Stage{{RemovalLive, Days(29)}, {RemovalBackups, Hours(24)}}
			},
			"deletion[0].stages", SeverityError, "up to 30 days and 1 hour after"},
		{"hours over the limit",
			func(p *Policy) { p.Categories[1].Retention = Keep(Hours(MaxPeriodHours+1), EventCollection) },
			func(p *Policy) { p.Categories[1].Retention = Keep(Hours(MaxPeriodHours), EventCollection) },
			"categories[health].retention.period", SeverityError, "PT2400001H has more than 2400000 hours"},
		{"negative hours",
			func(p *Policy) { p.Categories[1].Retention = Keep(Period{Days: 1, Hours: -1}, EventCollection) },
			func(p *Policy) { p.Categories[1].Retention = Keep(Period{Days: 1, Hours: 1}, EventCollection) },
			"categories[health].retention.period", SeverityError, "negative"},
		{"a negative breach notice in hours",
			func(p *Policy) { p.Security[0].Breach.Authority = Hours(-72) },
			func(p *Policy) { p.Security[0].Breach.Authority = Hours(72) },
			"security[0].breach.authority", SeverityError, "is negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			tt.fail(p)
			fs := p.Validate()
			found := false
			for _, f := range fs {
				if f.Path == tt.path && f.Severity == tt.severity && strings.Contains(f.Message, tt.message) {
					found = true
				}
			}
			if !found {
				t.Errorf("no %v at %s saying %q; got %v", tt.severity, tt.path, tt.message, fs)
			}
			p = testPolicy()
			tt.pass(p)
			for _, f := range p.Validate() {
				if f.Path == tt.path && f.Severity >= tt.severity {
					t.Errorf("passing variant: unexpected finding %v", f)
				}
			}
		})
	}
}
