package policy

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy/internal/golden"
)

func encode(t testing.TB, p *Policy) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, p); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

func TestJSONGolden(t *testing.T) {
	golden.Check(t, "policy.json", encode(t, testPolicy()), *update)
}

func TestJSONRoundTrip(t *testing.T) {
	canonical, err := os.ReadFile(filepath.Join("testdata", "policy.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(bytes.NewReader(canonical))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if got := encode(t, p); !bytes.Equal(got, canonical) {
		t.Errorf("decode then encode changed the bytes:\n%s", cmp.Diff(string(canonical), string(got)))
	}
	// References are resolved to the declared values, not copies.
	if p.Purposes[0].Categories[0] != p.Categories[0] || p.Purposes[0].Recipients[0] != p.Recipients[0] {
		t.Errorf("references were not resolved to the declared values")
	}
	// The decoded policy validates as the Go-declared one does, also when
	// both have findings.
	goPolicy := testPolicy()
	goPolicy.Purposes[2].Interest = ""
	goPolicy.Categories[1].Retention = Indefinitely()
	decoded, err := Decode(bytes.NewReader(encode(t, goPolicy)))
	if err != nil {
		t.Fatal(err)
	}
	want, got := goPolicy.Validate(), decoded.Validate()
	if len(want) != 2 {
		t.Fatalf("Go policy findings = %v, want 2", want)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings differ between Go and decoded policy (-go +json):\n%s", diff)
	}
	var viaUnmarshal Policy
	if err := viaUnmarshal.UnmarshalJSON(canonical); err != nil {
		t.Fatalf("UnmarshalJSON: %v", err)
	}
	m, err := viaUnmarshal.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := compactJSON(&compact, canonical); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m, compact.Bytes()) {
		t.Errorf("MarshalJSON = %s\nwant %s", m, compact.Bytes())
	}
}

// TestJSONDerivedAndAges round-trips a category derived from one
// declared after it, a category's commitments, minimum ages by region and
// the vendor list.
func TestJSONDerivedAndAges(t *testing.T) {
	const in = `{"categories": [` +
		`{"id": "inferences", "sources": ["derived"], "derived_from": ["purchases"], "commitments": ["no_advertising_use", "no_disclosure_without_consent"]}, ` +
		`{"id": "purchases"}], ` +
		`"links": {"vendors": "https://example.com/vendors"}, ` +
		`"children": {"minimum_age": 13, "by_region": [{"region": "EU", "age": 16}, {"region": "KR", "age": 14}]}}`
	p, err := Decode(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	inf := p.Categories[0]
	if len(inf.DerivedFrom) != 1 || inf.DerivedFrom[0] != p.Categories[1] {
		t.Errorf("DerivedFrom = %v, want the declared category purchases", inf.DerivedFrom)
	}
	if want := []Source{SourceDerived}; !slices.Equal(inf.Sources, want) {
		t.Errorf("Sources = %v, want %v", inf.Sources, want)
	}
	if want := []Commitment{CommitmentNoAdvertisingUse, CommitmentNoDisclosureWithoutConsent}; !slices.Equal(inf.Commitments, want) {
		t.Errorf("Commitments = %v, want %v", inf.Commitments, want)
	}
	wantAges := []AgeLimit{{Region: region("EU"), Age: 16}, {Region: region("KR"), Age: 14}}
	if !slices.Equal(p.Children.ByRegion, wantAges) || p.Children.MinimumAge != 13 {
		t.Errorf("Children = %+v, want minimum age 13 and by region %v", p.Children, wantAges)
	}
	if p.Links.Vendors != "https://example.com/vendors" {
		t.Errorf("Links.Vendors = %q", p.Links.Vendors)
	}
	again, err := Decode(bytes.NewReader(encode(t, p)))
	if err != nil {
		t.Fatal(err)
	}
	if a, b := encode(t, p), encode(t, again); !bytes.Equal(a, b) {
		t.Errorf("encode, decode, encode changed the bytes:\n%s", cmp.Diff(string(a), string(b)))
	}
	for _, key := range []string{`"derived_from": [`, `"by_region": [`, `"vendors": "https://example.com/vendors"`, `"no_advertising_use"`} {
		if !bytes.Contains(encode(t, p), []byte(key)) {
			t.Errorf("the encoding lacks %s", key)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	valid := string(encode(t, testPolicy()))
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	tests := []struct {
		name, input string
		dec         Decoder
		want        string // substring of the error
		path        string
	}{
		{"empty", "", Decoder{}, "unexpected end of input", ""},
		{"truncated", valid[:len(valid)/2], Decoder{}, "unexpected end of input", ""},
		{"not an object", `[1]`, Decoder{}, "got an array, want an object", ""},
		{"syntax", `{"title": tru}`, Decoder{}, "invalid JSON at byte", ""},
		{"trailing", `{} {}`, Decoder{}, "unexpected data after the policy", ""},
		{"unknown field", `{"controller": {"name": "X", "fax": "1"}}`, Decoder{}, `unknown field "fax"`, "controller.fax"},
		{"duplicate key", `{"title": "a", "title": "b"}`, Decoder{}, `duplicate key "title"`, "title"},
		{"wrong type", `{"categories": [{"id": "a", "items": "email"}]}`, Decoder{}, "got a string, want an array", "categories[0].items"},
		{"wrong bool", `{"categories": [{"id": "a", "linked": "yes"}]}`, Decoder{}, "want true or false", "categories[0].linked"},
		{"null", `{"title": null}`, Decoder{}, "null is not allowed", "title"},
		{"int range", `{"children": {"minimum_age": 1e99}}`, Decoder{}, "not a whole number", "children.minimum_age"},
		{"unknown enum", `{"categories": [{"id": "a", "sensitivity": "secret"}]}`, Decoder{}, `unknown sensitivity "secret"`, "categories[0].sensitivity"},
		{"unknown basis", `{"purposes": [{"id": "a", "bases": ["whim"]}]}`, Decoder{}, `unknown legal basis "whim"`, "purposes[0].bases[0]"},
		{"bad period", `{"categories": [{"id": "a", "retention": {"rule": "period", "period": "3 years"}}]}`, Decoder{}, "invalid period", "categories[0].retention.period"},
		{"bad date", `{"effective": "2025-02-30"}`, Decoder{}, "invalid date", "effective"},
		{"bad region", `{"transfers": [{"destination": "Narnia"}]}`, Decoder{}, "not an ISO 3166 region", "transfers[0].destination"},
		{"region case", `{"transfers": [{"destination": "us"}]}`, Decoder{}, `write "US"`, "transfers[0].destination"},
		{"bad language", `{"language": "english!"}`, Decoder{}, "not a BCP 47", "language"},
		{"unknown category", `{"categories": [{"id": "a"}], "purposes": [{"id": "p", "categories": ["a", "b"]}]}`, Decoder{}, `unknown category "b"`, "purposes[0].categories[1]"},
		{"unknown recipient", `{"transfers": [{"destination": "US", "recipient": "r"}]}`, Decoder{}, `unknown recipient "r"`, "transfers[0].recipient"},
		{"duplicate id", `{"categories": [{"id": "a"}, {"id": "a"}]}`, Decoder{}, `declared more than once`, "categories[1].id"},
		{"missing id", `{"recipients": [{"name": "x"}]}`, Decoder{}, `has no id`, "recipients[0].id"},
		{"cookie purpose", `{"purposes": [{"id": "p"}], "cookies": [{"id": "c", "purpose": "q"}]}`, Decoder{}, `unknown purpose "q"`, "cookies[0].purpose"},
		{"cookie provider", `{"cookies": [{"id": "c", "party": "third", "provider": "r"}]}`, Decoder{}, `unknown recipient "r"`, "cookies[0].provider"},
		{"cookie category", `{"cookies": [{"id": "c", "categories": ["x"]}]}`, Decoder{}, `unknown category "x"`, "cookies[0].categories[0]"},
		{"deletion category", `{"deletion": [{"from": "trashed", "categories": ["x"]}]}`, Decoder{}, `unknown category "x"`, "deletion[0].categories[0]"},
		{"exception category", `{"not_collected": [{"id": "e", "except": ["x"]}]}`, Decoder{}, `unknown category "x"`, "not_collected[0].except[0]"},
		{"unknown removal", `{"deletion": [{"stages": [{"removal": "shredded"}]}]}`, Decoder{}, `unknown removal "shredded"`, "deletion[0].stages[0].removal"},
		{"unknown kept reason", `{"deletion": [{"kept": ["fraud", "marketing"]}]}`, Decoder{}, `unknown kept reason "marketing"`, "deletion[0].kept[1]"},
		{"kept for", `{"deletion": [{"kept": ["fraud"], "kept_for": "7 years"}]}`, Decoder{}, `"7 years"`, "deletion[0].kept_for"},
		{"bad origin", `{"transfers": [{"origin": "gb", "destination": "US"}]}`, Decoder{}, `write "GB"`, "transfers[0].origin"},
		{"bad establishment", `{"establishments": [{"region": "Europe"}]}`, Decoder{}, "not an ISO 3166 region", "establishments[0].region"},
		{"bad redress region", `{"redress": [{"kind": "regulator", "region": "usa"}]}`, Decoder{}, "region", "redress[0].region"},
		{"unknown commitment", `{"commitments": ["no_spam"]}`, Decoder{}, `unknown commitment "no_spam"`, "commitments[0]"},
		{"derived from unknown", `{"categories": [{"id": "a", "derived_from": ["b"]}]}`, Decoder{}, `unknown category "b"`, "categories[0].derived_from[0]"},
		{"category commitment", `{"categories": [{"id": "a", "commitments": ["no_spam"]}]}`, Decoder{}, `unknown commitment "no_spam"`, "categories[0].commitments[0]"},
		{"age region", `{"children": {"by_region": [{"region": "de", "age": 16}]}}`, Decoder{}, `write "DE"`, "children.by_region[0].region"},
		{"age range", `{"children": {"by_region": [{"region": "DE", "age": 1e99}]}}`, Decoder{}, "not a whole number", "children.by_region[0].age"},
		// Nesting deeper than the schema allows is a wrong type at its
		// first level, reported before any of it is read.
		{"deep nesting", deep, Decoder{}, "got an array, want an object", ""},
		{"deep in field", `{"scope": [[[["x"]]]]}`, Decoder{}, "got an array, want a string", "scope[0]"},
		{"depth limit", `{"categories": [{"id": "a", "retention": {"rule": "indefinite"}}]}`, Decoder{MaxDepth: 3}, "nesting exceeds the limit of 3", "categories[0].retention"},
		{"too large", valid, Decoder{MaxBytes: 100}, "exceeds the limit of 100 bytes", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de, err := decodeFails(t, tt.dec, tt.input)
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if tt.path != "" && de.Path != tt.path {
				t.Errorf("path = %q, want %q (error %v)", de.Path, tt.path, err)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encode(f, testPolicy()))
	f.Add(encode(f, newFieldsPolicy()))
	f.Add([]byte(`{"purposes": [{"id": "p", "categories": ["a"]}]}`))
	f.Add([]byte(`{"categories": [{"id": "a", "retention": {"rule": "period", "period": "P1Y2M3D", "from": "collection"}}]}`))
	f.Add([]byte(`[[[[{"a": null}]]]]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decoder{MaxBytes: 1 << 16}.Decode(bytes.NewReader(data))
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *DecodeError: %v", err, err)
			}
			return
		}
		// Whatever decodes validates without panicking, and encodes to
		// canonical JSON that decodes to the same encoding.
		p.Validate()
		var buf bytes.Buffer
		if err := Encode(&buf, p); err != nil {
			// Values that decode always encode.
			t.Fatalf("Encode after Decode: %v", err)
		}
		q, err := Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("canonical output does not decode: %v\n%s", err, buf.Bytes())
		}
		var buf2 bytes.Buffer
		if err := Encode(&buf2, q); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
			t.Fatalf("encoding not stable:\n%s\n%s", buf.Bytes(), buf2.Bytes())
		}
	})
}

// TestEncodeEmptyLists checks that empty but non-nil lists of the newer
// declarations are omitted like nil ones, so that they round-trip.
func TestEncodeEmptyLists(t *testing.T) {
	a := &Policy{Requests: Requests{Verification: []Verification{}}, Cookies: []Cookie{}, Deletion: []Deletion{{From: EventTrashed, Stages: []Stage{}}}}
	b := &Policy{Deletion: []Deletion{{From: EventTrashed}}}
	if got, want := encode(t, a), encode(t, b); !bytes.Equal(got, want) {
		t.Errorf("empty lists encode as\n%s\nwant\n%s", got, want)
	}
}

// decodeFails decodes input with dec and fails the test unless Decode
// returns a *DecodeError, which it returns with the error.
func decodeFails(t *testing.T, dec Decoder, input string) (*DecodeError, error) {
	t.Helper()
	p, err := dec.Decode(strings.NewReader(input))
	if err == nil {
		t.Fatalf("Decode succeeded: %+v", p)
	}
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("error %T %v is not a *DecodeError", err, err)
	}
	return de, err
}
