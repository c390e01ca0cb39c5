package render

import (
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// TestDeclaredAuthorityOnce checks that a supervisory authority the
// policy names itself, such as the ICO with its region, is not listed a
// second time as the authority the law names, in either language; and
// that the law's authority stays where the policy names another body.
func TestDeclaredAuthorityOnce(t *testing.T) {
	gb := language.MustParseRegion("GB")
	p := smallPolicy()
	p.Laws = []policy.Law{policy.UKGDPR}
	p.Redress = []policy.Redress{{Kind: policy.RedressSupervisoryAuthority, Region: gb,
		Contact: policy.Contact{Name: "Information Commissioner's Office", Website: "https://ico.org.uk"}}}
	for _, lang := range []language.Tag{language.English, language.Russian} {
		text := readText(t, p, lang)
		if n := strings.Count(text, "ico.org.uk"); n != 1 {
			t.Errorf("%s: the ICO is listed %d times, want once:\n%s", lang, n, text)
		}
	}
	expectText(t, readText(t, p, language.English),
		[]string{"You may lodge a complaint with the supervisory authority: 6.2.1. Information Commissioner's Office, https://ico.org.uk (competent for us in the United Kingdom)."},
		[]string{"(ICO)"})

	// The same site written another way is the same body.
	p.Redress[0].Contact.Website = "http://www.ICO.org.uk/"
	if n := strings.Count(strings.ToLower(readText(t, p, language.English)), "ico.org.uk"); n != 1 {
		t.Errorf("the ICO at another spelling of its address is listed %d times, want once", n)
	}

	// Another body leaves the law's authority in the list.
	p.Redress[0].Contact = policy.Contact{Name: "Autoriteit Persoonsgegevens", Website: "https://autoriteitpersoonsgegevens.nl"}
	expectText(t, readText(t, p, language.English),
		[]string{"6.2.1. The Information Commissioner's Office (ICO), https://ico.org.uk. 6.2.2. Autoriteit Persoonsgegevens"}, nil)
}

func TestDeclaresAuthority(t *testing.T) {
	sa := func(site string) policy.Redress {
		return policy.Redress{Kind: policy.RedressSupervisoryAuthority, Contact: policy.Contact{Website: site}}
	}
	for _, tt := range []struct {
		rs   []policy.Redress
		url  string
		want bool
	}{
		{[]policy.Redress{sa("https://ico.org.uk")}, "https://ico.org.uk", true},
		{[]policy.Redress{sa("https://www.ico.org.uk/")}, "https://ico.org.uk", true},
		{[]policy.Redress{sa("https://ico.org.uk")}, "https://edpb.europa.eu", false},
		{[]policy.Redress{sa("")}, "", false},
		{[]policy.Redress{{Kind: policy.RedressRegulator, Contact: policy.Contact{Website: "https://ico.org.uk"}}}, "https://ico.org.uk", false},
		{nil, "https://ico.org.uk", false},
	} {
		if got := declaresAuthority(tt.rs, tt.url); got != tt.want {
			t.Errorf("declaresAuthority(%v, %q) = %v, want %v", tt.rs, tt.url, got, tt.want)
		}
	}
}
