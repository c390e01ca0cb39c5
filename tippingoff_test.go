package policy

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// poca is the UK's prohibition of tipping off, as a purpose names it.
var poca = Obligation{Act: "Proceeds of Crime Act 2002, s. 333A", Region: region("GB")}

// TestJSONTippingOff round-trips the laws that forbid telling the person
// of a report about them: each act and region is written under
// tipping_off, after image_consent, and read back as declared.
func TestJSONTippingOff(t *testing.T) {
	p := testPolicy()
	amld := Obligation{Act: "Directive (EU) 2015/849, Art. 39", Region: region("EU")}
	p.Purposes[0].TippingOff = []Obligation{poca, amld}
	b := encode(t, p)
	const want = `"tipping_off": [
        {
          "act": "Proceeds of Crime Act 2002, s. 333A",
          "region": "GB"
        },
        {
          "act": "Directive (EU) 2015/849, Art. 39",
          "region": "EU"
        }
      ]`
	if !bytes.Contains(b, []byte(want)) {
		t.Errorf("the encoding lacks\n%s\nin\n%s", want, b)
	}
	q, err := Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Purposes[0].TippingOff; !slices.Equal(got, p.Purposes[0].TippingOff) {
		t.Errorf("TippingOff after a round trip = %v, want %v", got, p.Purposes[0].TippingOff)
	}
	if again := encode(t, q); !bytes.Equal(again, b) {
		t.Errorf("encode, decode, encode changed the bytes")
	}
	if bytes.Contains(encode(t, testPolicy()), []byte("tipping_off")) {
		t.Errorf("a policy that names no such law encodes tipping_off")
	}
	for _, tt := range []struct{ in, want string }{
		{`{"purposes": [{"id": "p", "tipping_off": [{"act": "POCA", "region": "gb"}]}]}`, `purposes[0].tipping_off[0].region`},
		{`{"purposes": [{"id": "p", "tipping_off": [{"act": "POCA", "country": "GB"}]}]}`, `unknown field "country"`},
		{`{"purposes": [{"id": "p", "tipping_off": {"act": "POCA"}}]}`, `want an array`},
	} {
		if _, err := Decode(strings.NewReader(tt.in)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Decode(%s) = %v, want an error containing %q", tt.in, err, tt.want)
		}
	}
}

// TestValidateTippingOff checks the laws a purpose names for the
// prohibition of tipping off: each is named, once, with a valid region.
func TestValidateTippingOff(t *testing.T) {
	for _, tt := range []struct {
		name      string
		laws      []Obligation
		rule      Rule
		path, msg string
	}{
		{"valid", []Obligation{poca}, "", "", ""},
		{"unnamed", []Obligation{{Region: region("GB")}}, RuleMissingName, "purposes[account].tipping_off[0].act", "the law that forbids telling you of a report is not named"},
		{"twice", []Obligation{poca, poca}, RuleDuplicateEntry, "purposes[account].tipping_off[1].act", "listed twice"},
		{"bad region", []Obligation{{Act: "POCA", Region: region("ZZ")}}, RuleInvalidRegion, "purposes[account].tipping_off[0].region", ""},
		{"space", []Obligation{{Act: "POCA ", Region: region("GB")}}, RuleSurroundingSpace, "purposes[account].tipping_off[0].act", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := testPolicy()
			p.Purposes[0].TippingOff = tt.laws
			var got []Finding
			for _, f := range p.Validate() {
				if strings.Contains(f.Path, "tipping_off") {
					got = append(got, f)
				}
			}
			if tt.rule == "" {
				if len(got) > 0 {
					t.Errorf("Validate() = %v, want no finding on tipping_off", got)
				}
				return
			}
			if len(got) != 1 || got[0].Rule != tt.rule || got[0].Path != tt.path || !strings.Contains(got[0].Message, tt.msg) {
				t.Errorf("Validate() = %v, want one %s finding at %s saying %q", got, tt.rule, tt.path, tt.msg)
			}
		})
	}
}
