package policy_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/gen"
	"golang.org/x/text/language"
)

// TestAdequacyTablesFresh fails once an adequacy table is more than a year
// older than the newest day a policy is judged on: today, or the day the
// generated test policy takes effect. A stale table passes transfers the
// law no longer allows and rejects ones it now does; recheck the table
// against its source and move its date.
func TestAdequacyTablesFresh(t *testing.T) {
	now := time.Now().UTC()
	newest := policy.MakeDate(now.Year(), now.Month(), now.Day())
	if e := gen.Policy(1).Effective; e.After(newest) {
		newest = e
	}
	for _, law := range policy.Laws() {
		checked := policy.AdequacyCheckedOn(law)
		if checked.IsZero() {
			continue
		}
		if policy.Years(1).AddTo(checked).Before(newest) {
			t.Errorf("the %s adequacy table was checked on %s, more than a year before %s", law.Name(), checked, newest)
		}
	}
}

// TestPrivacyShieldWithoutLaw checks that a transfer on the Privacy Shield
// is an error even where no declared law restricts transfers, and is
// reported once, by the law's transfer rule, where one does.
func TestPrivacyShieldWithoutLaw(t *testing.T) {
	for _, tc := range []struct {
		name string
		laws []policy.Law
		want policy.Rule
	}{
		{"no law", nil, policy.RulePrivacyShield},
		{"CCPA only", []policy.Law{policy.CCPA}, policy.RulePrivacyShield},
		{"GDPR", []policy.Law{policy.GDPR}, "gdpr.13.1.f"},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			p := gen.Policy(10)
			p.Laws = tc.laws
			us := language.MustParseRegion("US")
			p.Transfers[0].Destination, p.Transfers[0].Safeguard, p.Recipients[0].Country = us, policy.SafeguardPrivacyShield, us
			var got []policy.Finding
			for _, f := range p.Validate() {
				if f.Path == "transfers[0].safeguard" {
					got = append(got, f)
				}
			}
			if len(got) != 1 || got[0].Rule != tc.want || got[0].Severity != policy.SeverityError || !strings.Contains(got[0].Message, "2020-07-16") {
				t.Fatalf("findings = %v; want one %s error naming 2020-07-16", got, tc.want)
			}
			if tc.want == policy.RulePrivacyShield && !errors.Is(policy.Findings(got), policy.RulePrivacyShield) {
				t.Error("errors.Is does not match RulePrivacyShield")
			}
		})
	}
}
