package policy_test

import (
	"fmt"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// Each law describes itself: its key in JSON, its name, and the authority
// to complain to. [policy.Laws] lists every law.
func ExampleLaw_Authority() {
	for _, law := range []policy.Law{policy.GDPR, policy.UKGDPR, policy.FADP} {
		a := law.Authority()
		if a.URL == "" {
			a.URL = "(an authority in each member state)"
		}
		fmt.Printf("%-8s %-8s %s\n", law, law.Name(), a.URL)
	}
	// Output:
	// gdpr     GDPR     (an authority in each member state)
	// uk_gdpr  UK GDPR  https://ico.org.uk
	// fadp     FADP     https://www.edoeb.admin.ch
}

// Under the Swiss FADP, the United States protects data adequately only
// for organisations certified under the Swiss-U.S. Data Privacy Framework,
// and only since 15 September 2024.
func ExampleAdequacyDecisions() {
	for _, d := range policy.AdequacyDecisions(policy.FADP) {
		if d.Region == language.MustParseRegion("US") {
			fmt.Println(d.Since, d.Scope)
		}
	}
	fmt.Println(policy.FADP.Domestic(language.MustParseRegion("CH")))
	// Output:
	// 2024-09-15 organisations certified under the Swiss-U.S. Data Privacy Framework
	// true
}

// A law may add sentences to the document, which renderers translate.
func ExampleLaw_Statements() {
	for _, s := range policy.FZ152.Statements() {
		fmt.Printf("%s: %.40s...\n", s.Topic, s.Text)
	}
	// Output:
	// storage: In accordance with Art. 18(5) of Federal...
}

// ExampleLaw_HasGrounds lists the laws that rest processing on legal
// grounds, which a purpose under them must state.
func ExampleLaw_HasGrounds() {
	for _, l := range policy.Laws() {
		fmt.Printf("%s: %v\n", l, l.HasGrounds())
	}
	// Output:
	// gdpr: true
	// uk_gdpr: true
	// 152-fz: true
	// lgpd: true
	// ccpa: false
	// fadp: true
	// usstates: false
}
