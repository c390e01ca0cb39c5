package policy

import (
	"bytes"
	"strings"
	"testing"
)

// newFieldsPolicy is the test policy with criminal-offence data, the
// authority for it, a purpose resting on a legal obligation, high-risk
// profiling, a law that requires consent, a recipient's own notice and a
// transfer's risks, so that the string walks of the text tests reach
// those fields.
func newFieldsPolicy() *Policy {
	p := testPolicy()
	checks := &Category{ID: "checks", Name: "Background checks", Items: []string{"the result of a criminal-record check"},
		Sensitivity: SensitivityPersonal, Criminal: true, Sources: []Source{SourceThirdParty}, SourceDetail: "a screening provider",
		Retention: Keep(Years(1), EventCollection)}
	p.Categories = append(p.Categories, checks)
	p.Purposes = append(p.Purposes, &Purpose{ID: "screening", Name: "Screening drivers", Categories: []*Category{checks},
		Bases:       []Basis{BasisLegalObligation},
		Obligations: []Obligation{{Act: "Personenbeförderungsgesetz, § 13", Region: region("DE")}},
		Criminal: CriminalAuthority{Laws: []Obligation{{Act: "Personenbeförderungsgesetz (PBefG), § 13", Region: region("DE")}},
			Condition: DPAConditionSafeguarding}})
	p.Purposes[2].HighRiskProfiling = true
	p.Purposes[1].ConsentRequiredBy = []Obligation{pecr}
	p.Recipients[0].NoticeURL = "https://example.com/mailer/privacy"
	p.Transfers[0].Risks = "public authorities there may access the data"
	return p
}

func TestNewFieldsPolicyValid(t *testing.T) {
	if fs := newFieldsPolicy().Validate(); fs.Err() != nil {
		t.Fatalf("Validate() = %v, want no errors", fs)
	}
}

// TestValidateTextNewFields checks the text rules on every string of the
// policy with the criminal-offence and other recent fields set: each
// hostile string is reported once, at its field, with the rule the
// documentation names.
func TestValidateTextNewFields(t *testing.T) {
	fields := stringFields(newFieldsPolicy())
	for _, want := range []string{".Purposes[4].Criminal.Laws[0].Act", ".Purposes[4].Obligations[0].Act", ".Purposes[1].ConsentRequiredBy[0].Act", ".Purposes[0].Recipients[0].NoticeURL", ".Transfers[0].Risks"} {
		if fields[want] == nil {
			t.Fatalf("the string walk does not reach %s", want)
		}
	}
	for _, bad := range []struct {
		s    string
		rule Rule
	}{
		{"Act\x00 1997", RuleControlChar},
		{"Act\n# We sell your data", RuleControlChar},
		{"Act\r\n1997", RuleControlChar},
		{"Act\u0085 1997", RuleControlChar}, // C1 next line
		{"Act\x7f", RuleControlChar},
		{"Act\u2028 1997", RuleControlChar},
		{"Act \u202egnp.exe", RuleBidiControl},
		{"Act \u2066x\u2069", RuleBidiControl},
		{"Act \u200f", RuleBidiControl},
		{"Act \u061c", RuleBidiControl},
		{"Act\xc3\x28", RuleInvalidUTF8},
		{" Police Act 1997", RuleSurroundingSpace},
		{"Police Act 1997\u00a0", RuleSurroundingSpace},
		{"Police Act 1997\u3000", RuleSurroundingSpace},
	} {
		for field := range fields {
			expectOneFinding(t, newFieldsPolicy(), field, bad.s, bad.rule)
		}
	}
}

// TestValidateMarkupNewFields checks that markup and overlong values in
// the criminal authority's act are text, not errors of the text rules:
// the writers escape them (see render's probe tests), and Validate
// reports only what no writer can carry.
func TestValidateMarkupNewFields(t *testing.T) {
	for _, s := range []string{
		"<script>alert(1)</script>",
		"Act](javascript:alert(1))",
		"[Act](javascript:alert(1))",
		"# Police Act",
		"Police Act & <b>1997</b>",
		strings.Repeat("Police Act 1997, ", 50000) + "s. 113",
	} {
		p := newFieldsPolicy()
		p.Purposes[4].Criminal.Laws[0].Act = s
		for _, f := range p.Validate() {
			switch f.Rule {
			case RuleControlChar, RuleBidiControl, RuleInvalidUTF8, RuleSurroundingSpace:
				t.Errorf("act %.40q: %v", s, f)
			}
		}
		var buf bytes.Buffer
		if err := Encode(&buf, p); err != nil {
			t.Fatalf("Encode with act %.40q: %v", s, err)
		}
		q, err := Decode(&buf)
		if err != nil {
			t.Fatalf("Decode with act %.40q: %v", s, err)
		}
		if got := q.Purposes[4].Criminal.Laws[0].Act; got != s {
			t.Errorf("act after Encode and Decode = %.40q, want %.40q", got, s)
		}
	}
}

// TestDecodeHostileNewFields checks that Decode rejects malformed values
// of the criminal-offence and high-risk profiling fields with a
// *DecodeError at the field, never a panic.
func TestDecodeHostileNewFields(t *testing.T) {
	const cat = `{"id": "c", "name": "C", "sensitivity": "personal"}`
	purpose := func(rest string) string {
		return `{"categories": [` + cat + `], "purposes": [{"id": "p", "name": "P", "categories": ["c"], ` + rest + `}]}`
	}
	for _, tt := range []struct {
		name, input, want, path string
	}{
		{"criminal flag as string", `{"categories": [{"id": "c", "criminal": "yes"}]}`, "want true or false", "categories[0].criminal"},
		{"criminal flag as null", `{"categories": [{"id": "c", "criminal": null}]}`, "", "categories[0].criminal"},
		{"authority as bool", purpose(`"criminal": true`), "", "purposes[0].criminal"},
		{"authority as array", purpose(`"criminal": []`), "", "purposes[0].criminal"},
		{"official as string", purpose(`"criminal": {"official": "true"}`), "want true or false", "purposes[0].criminal.official"},
		{"unknown authority field", purpose(`"criminal": {"officail": true}`), `unknown field "officail"`, "purposes[0].criminal.officail"},
		{"laws as object", purpose(`"criminal": {"laws": {"act": "x"}}`), "", "purposes[0].criminal.laws"},
		{"laws as string", purpose(`"criminal": {"laws": "Police Act 1997"}`), "", "purposes[0].criminal.laws"},
		{"act as number", purpose(`"criminal": {"laws": [{"act": 1997}]}`), "got a number, want a string", "purposes[0].criminal.laws[0].act"},
		{"act as array", purpose(`"criminal": {"laws": [{"act": ["x"]}]}`), "want a string", "purposes[0].criminal.laws[0].act"},
		{"act invalid UTF-8", purpose("\"criminal\": {\"laws\": [{\"act\": \"a\xffb\"}]}"), "invalid UTF-8", "purposes[0].criminal.laws[0].act"},
		{"act lone surrogate", purpose(`"criminal": {"laws": [{"act": "\udc00"}]}`), "surrogate", "purposes[0].criminal.laws[0].act"},
		{"act duplicated", purpose(`"criminal": {"laws": [{"act": "x", "act": "y"}]}`), `duplicate key "act"`, "purposes[0].criminal.laws[0].act"},
		{"unknown law field", purpose(`"criminal": {"laws": [{"act": "x", "href": "javascript:alert(1)"}]}`), `unknown field "href"`, "purposes[0].criminal.laws[0].href"},
		{"region as number", purpose(`"criminal": {"laws": [{"act": "x", "region": 49}]}`), "want a string", "purposes[0].criminal.laws[0].region"},
		{"unknown condition", purpose(`"criminal": {"condition": "part_2_paragraph_99"}`), "", "purposes[0].criminal.condition"},
		{"condition with markup", purpose(`"criminal": {"condition": "<script>alert(1)</script>"}`), "", "purposes[0].criminal.condition"},
		{"condition as number", purpose(`"criminal": {"condition": 10}`), "", "purposes[0].criminal.condition"},
		{"huge condition", purpose(`"criminal": {"condition": "` + strings.Repeat("x", 100000) + `"}`), "too long to be valid", "purposes[0].criminal.condition"},
		{"deep laws", purpose(`"criminal": {"laws": [` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `]}`), "", "purposes[0].criminal.laws[0]"},
		{"high-risk profiling as string", purpose(`"high_risk_profiling": "yes"`), "want true or false", "purposes[0].high_risk_profiling"},
		{"unknown data class", `{"not_collected": [{"id": "x", "name": "X", "class": "criminal_records"}]}`, "", "not_collected[0].class"},
		{"obligation act as object", purpose(`"obligations": [{"act": {"x": 1}}]`), "want a string", "purposes[0].obligations[0].act"},
		{"legal act unknown field", `{"legal_acts": [{"act": "x", "url": "javascript:alert(1)"}]}`, `unknown field "url"`, "legal_acts[0].url"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			de, err := decodeFails(t, Decoder{}, tt.input)
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if len(err.Error()) > 400 {
				t.Errorf("error message is %d bytes long, want at most 400: %.500s", len(err.Error()), err)
			}
			if de.Path != tt.path {
				t.Errorf("path = %q, want %q (error %v)", de.Path, tt.path, err)
			}
		})
	}
}
