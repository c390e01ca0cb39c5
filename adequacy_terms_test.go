package policy

import "testing"

// TestAdequacyTermsWithout checks the ground the findings of GDPR and UK
// GDPR Art. 49(1)(a) name after "without", in each law's own terms.
func TestAdequacyTermsWithout(t *testing.T) {
	for law, want := range map[Law]string{
		GDPR:   "an adequacy decision",
		UKGDPR: "adequacy regulations",
	} {
		if got := law.descriptor().transfers.terms.without(); got != want {
			t.Errorf("%s: without() = %q, want %q", law.Name(), got, want)
		}
	}
}
