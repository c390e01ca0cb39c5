package policy

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestJSONConsentRequiredBy round-trips the laws that require consent to
// a purpose: each act and region is written under consent_required_by,
// next to the other consent details, and read back as it was declared.
func TestJSONConsentRequiredBy(t *testing.T) {
	p := testPolicy()
	fz38 := Obligation{Act: "Federal Law No. 38-FZ “On Advertising”, Art. 18", Region: region("RU")}
	p.Purposes[1].ConsentRequiredBy = []Obligation{pecr, fz38}
	b := encode(t, p)
	const want = `"paid_alternative": {
        "offer": "a paid plan without marketing",
        "url": "https://example.com/plans"
      },
      "consent_required_by": [
        {
          "act": "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22",
          "region": "GB"
        },
        {
          "act": "Federal Law No. 38-FZ “On Advertising”, Art. 18",
          "region": "RU"
        }
      ],`
	if !bytes.Contains(b, []byte(want)) {
		t.Errorf("the encoding lacks, after the paid alternative,\n%s\nin\n%s", want, b)
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[1].ConsentRequiredBy; !slices.Equal(got, p.Purposes[1].ConsentRequiredBy) {
		t.Errorf("ConsentRequiredBy after a round trip = %v, want %v", got, p.Purposes[1].ConsentRequiredBy)
	}
	if again := encode(t, q); !bytes.Equal(again, b) {
		t.Errorf("encode, decode, encode changed the bytes")
	}
	if bytes.Contains(encode(t, testPolicy()), []byte("consent_required_by")) {
		t.Errorf("a policy that names no such law encodes consent_required_by")
	}
}

func TestDecodeConsentRequiredByErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"purposes": [{"id": "p", "consent_required_by": [{"act": "PECR", "region": "gb"}]}]}`, `purposes[0].consent_required_by[0].region`},
		{`{"purposes": [{"id": "p", "consent_required_by": [{"act": "PECR", "country": "GB"}]}]}`, `unknown field "country"`},
		{`{"purposes": [{"id": "p", "consent_required_by": {"act": "PECR"}}]}`, `want an array`},
	} {
		_, err := Decode(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Decode(%s) = %v, want an error containing %q", tt.in, err, tt.want)
		}
	}
}

// TestConsentRequiredByMessage checks that the finding for a law that
// requires consent on a purpose that does not rest on it says what to do.
func TestConsentRequiredByMessage(t *testing.T) {
	p := testPolicy()
	p.Purposes[0].ConsentRequiredBy = []Obligation{pecr}
	var found bool
	for _, f := range p.Validate() {
		if f.Rule != RuleConsentDetail {
			continue
		}
		found = true
		if f.Path != "purposes[account].consent_required_by" || !strings.Contains(f.Message, "a law that requires consent") || !strings.Contains(f.Message, "BasisConsent") {
			t.Errorf("finding = %v, want one at purposes[account].consent_required_by that names the law and BasisConsent", f)
		}
	}
	if !found {
		t.Errorf("Validate() = %v, want a %s finding", p.Validate(), RuleConsentDetail)
	}
}

// TestConsentExemptBy checks the laws that let a purpose go ahead without
// consent: they round-trip under consent_exempt_by, and Validate asks
// that such a purpose not rest on consent, not name laws requiring it,
// and let the person opt out.
func TestConsentExemptBy(t *testing.T) {
	softOptIn := Obligation{Act: "Privacy and Electronic Communications (EC Directive) Regulations 2003, reg. 22(3)", Region: region("GB")}
	p := testPolicy()
	i := slices.IndexFunc(p.Purposes, func(pu *Purpose) bool { return pu.ID == "fraud" })
	pu := p.Purposes[i]
	pu.ConsentExemptBy = []Obligation{softOptIn}
	pu.OptOut = true
	for _, f := range p.Validate() {
		if strings.Contains(f.Path, "consent_exempt_by") {
			t.Errorf("unexpected finding: %v", f)
		}
	}
	b := encode(t, p)
	if !bytes.Contains(b, []byte(`"consent_exempt_by": [`)) {
		t.Fatalf("the encoding lacks consent_exempt_by:\n%s", b)
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[i].ConsentExemptBy; !slices.Equal(got, pu.ConsentExemptBy) {
		t.Errorf("ConsentExemptBy after a round trip = %v, want %v", got, pu.ConsentExemptBy)
	}
	tests := []struct {
		name   string
		change func(pu *Purpose)
		want   string
	}{
		{"rests on consent", func(pu *Purpose) { pu.Bases = []Basis{BasisConsent}; pu.Withdraw = "in settings" }, "rests on consent"},
		{"also requires consent", func(pu *Purpose) { pu.ConsentRequiredBy = []Obligation{pecr} }, "one or the other"},
		{"no opt-out", func(pu *Purpose) { pu.OptOut = false }, "opt out (opt_out)"},
		{"unnamed law", func(pu *Purpose) { pu.ConsentExemptBy = []Obligation{{Region: region("GB")}} }, "the law that exempts the purpose from consent is not named"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := p.Clone()
			tt.change(p.Purposes[i])
			for _, f := range p.Validate() {
				if strings.HasPrefix(f.Path, "purposes[fraud].consent_exempt_by") && f.Severity == SeverityError && strings.Contains(f.Message, tt.want) {
					return
				}
			}
			t.Errorf("no error at purposes[fraud].consent_exempt_by saying %q", tt.want)
		})
	}
}
