package policy

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy/internal/cputime"
)

func TestDecodeStrict(t *testing.T) {
	huge := strings.Repeat("9", 100000)
	tests := []struct {
		name, input   string
		want          string // substring of the error
		path, pointer string
	}{
		{"byte order mark", "\xef\xbb\xbf{}", "byte order mark", "", ""},
		{"invalid UTF-8", "{\"title\": \"a\xffb\"}", "invalid UTF-8", "title", "/title"},
		{"invalid UTF-8 in name", "{\"t\xffitle\": \"a\"}", "invalid UTF-8", "", ""},
		{"lone surrogate", `{"controller": {"name": "\ud800"}}`, "surrogate", "controller.name", "/controller/name"},
		{"duplicate nested", `{"categories": [{"id": "a", "name": "x", "name": "y"}]}`, `duplicate key "name"`, "categories[0].name", "/categories/0/name"},
		{"duplicate escaped", `{"t\u0069tle": "x", "title": "y"}`, `duplicate key "title"`, "title", "/title"},
		{"id with newline", `{"categories": [{"id": "x\n# We sell your data"}]}`, "invalid id", "categories[0].id", "/categories/0/id"},
		{"purpose id", `{"purposes": [{"id": "Bad ID"}]}`, "invalid id", "purposes[0].id", "/purposes/0/id"},
		{"exclusion id", `{"not_collected": [{"id": "a/b"}]}`, "invalid id", "not_collected[0].id", "/not_collected/0/id"},
		{"recipient id", `{"recipients": [{"id": "-x"}]}`, "invalid id", "recipients[0].id", "/recipients/0/id"},
		{"wrong type deep", `{"categories": [{"id": "a", "storage": [{"location": 1}]}]}`, "got a number, want a string", "categories[0].storage[0].location", "/categories/0/storage/0/location"},
		{"unknown nested", `{"purposes": [{"id": "a", "retention": {"rule": "indefinite", "until": "x"}}]}`, `unknown field "until"`, "purposes[0].retention.until", "/purposes/0/retention/until"},
		{"reference", `{"categories": [{"id": "a"}], "purposes": [{"id": "p", "categories": ["b"]}]}`, `unknown category "b"`, "purposes[0].categories[0]", "/purposes/0/categories/0"},
		{"huge number", `{"children": {"minimum_age": ` + huge + `}}`, "9999…", "children.minimum_age", "/children/minimum_age"},
		{"huge enum", `{"categories": [{"id": "a", "sensitivity": "` + huge + `"}]}`, "too long to be valid", "categories[0].sensitivity", "/categories/0/sensitivity"},
		{"huge period", `{"changes": {"notice": "P` + huge + `D"}}`, "too long to be valid", "changes.notice", "/changes/notice"},
		{"huge name", `{"` + huge + `": 1}`, "unknown field", "", ""},
		{"huge reference", `{"categories": [{"id": "a"}], "purposes": [{"id": "p", "categories": ["` + huge + `"]}]}`, "unknown category", "purposes[0].categories[0]", "/purposes/0/categories/0"},
		{"huge id", `{"categories": [{"id": "` + huge + `"}]}`, "invalid id", "categories[0].id", "/categories/0/id"},
		{"long enum", `{"categories": [{"id": "a", "sensitivity": "` + strings.Repeat("x", 200) + `"}]}`, "unknown sensitivity", "categories[0].sensitivity", "/categories/0/sensitivity"},
		{"trailing", `{}x`, "unexpected data after the policy object", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de, err := decodeFails(t, Decoder{}, tt.input)
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q does not contain %q", msg, tt.want)
			}
			if len(msg) > 400 {
				t.Errorf("error message is %d bytes long, want at most 400: %.500s", len(msg), msg)
			}
			if tt.path != "" && de.Path != tt.path {
				t.Errorf("path = %q, want %q (error %v)", de.Path, tt.path, err)
			}
			if tt.pointer != "" && de.Pointer != tt.pointer {
				t.Errorf("pointer = %q, want %q (error %v)", de.Pointer, tt.pointer, err)
			}
		})
	}
}

func TestDecodeEscapedNames(t *testing.T) {
	p, err := Decode(strings.NewReader(`{"t\u0069tle": "caf\u00e9 \ud83d\ude00", "categories": [{"id": "a"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "café 😀"; p.Title != want {
		t.Errorf("Title = %q, want %q", p.Title, want)
	}
}

func TestShortenQuoted(t *testing.T) {
	long := strings.Repeat("é", 40) // 80 bytes
	tests := []struct{ in, want string }{
		{`unknown field "a"`, `unknown field "a"`},
		{`bad "` + long + `" here`, `bad "` + strings.Repeat("é", 32) + `…" here`},
		{`a "x\"` + strings.Repeat("y", 70) + `" b "c"`, `a "x\"` + strings.Repeat("y", 61) + `…" b "c"`},
		{`unterminated "abc`, `unterminated "abc`},
	}
	for _, tt := range tests {
		if got := shortenQuoted(tt.in); got != tt.want {
			t.Errorf("shortenQuoted(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// hostileInputs are shapes of the default size limit that must fail fast
// and in bounded memory.
func hostileInputs() map[string][]byte {
	const size = DefaultMaxBytes - 16
	zeros := func(prefix, suffix string) []byte {
		b := []byte(prefix + "0")
		for len(b) < size-len(suffix)-2 {
			b = append(b, ",0"...)
		}
		return append(b, suffix...)
	}
	return map[string][]byte{
		"zeros":              zeros("[", "]"),
		"zeros in field":     zeros(`{"scope": [`, "]}"),
		"deep":               []byte(strings.Repeat("[", size/2) + strings.Repeat("]", size/2)),
		"deep in field":      []byte(`{"purposes": [{"id": "a", "categories": ` + strings.Repeat("[", size/2-64) + strings.Repeat("]", size/2-64) + "}]}"),
		"deep objects":       []byte(strings.Repeat(`{"a":`, size/5) + "1" + strings.Repeat("}", size/5)),
		"huge number":        []byte(`{"children": {"minimum_age": 1` + strings.Repeat("0", size-40) + "}}"),
		"huge string":        []byte(`{"categories": [{"id": "a", "sensitivity": "` + strings.Repeat("x", size-60) + `"}]}`),
		"many names":         []byte(`{"title": "x", "title` + strings.Repeat(" ", size-40) + `": 1}`),
		"too large":          []byte(`{"scope": ["` + strings.Repeat("x", DefaultMaxBytes) + `"]}`),
		"id-only categories": idOnlyCategories(size),
	}
}

// idOnlyCategories returns an input of about size bytes of categories
// that state nothing but an ID, the densest declarations JSON allows.
func idOnlyCategories(size int) []byte {
	b := []byte(`{"categories": [`)
	for i := 0; len(b) < size-32; i++ {
		if i > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, `{"id":"c%d"}`, i)
	}
	return append(b, "]}"...)
}

// TestDecodeExpansionLimit checks the error for a policy that takes more
// memory than Decoder.MaxExpansion allows, and that raising the limit
// lets the same input decode.
func TestDecodeExpansionLimit(t *testing.T) {
	data := idOnlyCategories(256 << 10)
	_, err := Decode(bytes.NewReader(data))
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("Decode = %v, want a *DecodeError", err)
	}
	// Each category takes about 450 bytes for its 16 bytes of JSON, so the
	// budget of 8 times the input plus 1 MiB runs out after about 2,400.
	index := func(de *DecodeError) int {
		t.Helper()
		m := regexp.MustCompile(`^categories\[(\d+)\]$`).FindStringSubmatch(de.Path)
		if m == nil {
			t.Fatalf("path = %q, want categories[N] (error %v)", de.Path, de)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	n := index(de)
	if n < 1000 || n > 5000 {
		t.Errorf("refused at category %d, want between 1,000 and 5,000", n)
	}
	if want := "/categories/" + strconv.Itoa(n); de.Pointer != want {
		t.Errorf("pointer = %q, want %q", de.Pointer, want)
	}
	msg := regexp.MustCompile(`^policy json: categories\[\d+\]: the policy takes more than \d+ bytes of memory for its first \d+ bytes of JSON, ` +
		`over the limit of 8 times the input plus 1048576 bytes; declarations this short are unusual in a policy: raise Decoder.MaxExpansion to accept them$`)
	if !msg.MatchString(err.Error()) {
		t.Errorf("error = %q, want it to match %s", err, msg)
	}

	// A nested list names its own element.
	_, err = Decode(strings.NewReader(`{"categories": [{"id": "a", "items": [` + strings.Repeat(`"",`, 200000) + `""]}]}`))
	if !errors.As(err, &de) || !strings.HasPrefix(de.Path, "categories[0].items[") {
		t.Errorf("Decode of a long list of items = %v, want an error at categories[0].items[N]", err)
	}

	// A lower limit refuses sooner, a higher one accepts.
	_, err = Decoder{MaxExpansion: 4}.Decode(bytes.NewReader(data))
	var low *DecodeError
	if !errors.As(err, &low) || !strings.Contains(err.Error(), "limit of 4 times") {
		t.Fatalf("Decoder{MaxExpansion: 4} = %v, want an error of the limit of 4 times the input", err)
	}
	if m := index(low); m >= n {
		t.Errorf("Decoder{MaxExpansion: 4} refused at category %d, want before %d", m, n)
	}
	p, err := Decoder{MaxExpansion: 64}.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decoder{MaxExpansion: 64}: %v", err)
	}
	if want := bytes.Count(data, []byte(`"id"`)); len(p.Categories) != want {
		t.Errorf("decoded %d categories, want %d", len(p.Categories), want)
	}
}

// TestDecodeHostile checks that each hostile shape is an error within
// 100 ms of CPU time, and that decoding it allocates at most 10 times its size in all
// (an upper bound on the peak heap).
func TestDecodeHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates inputs of 4 MiB")
	}
	for name, data := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			// The time is the CPU time the process spent decoding,
			// where the system tells it, so that waiting for a
			// processor on a busy machine does not count; otherwise the
			// wall time. Either is the best of five.
			var elapsed, wall time.Duration = 1 << 62, 1 << 62
			var alloc uint64
			var err error
			for range 5 {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				cpu0, cpuOK := cputime.Used()
				start := time.Now()
				_, err = Decode(bytes.NewReader(data))
				took := time.Since(start)
				wall = min(wall, took)
				if cpu1, ok := cputime.Used(); cpuOK && ok {
					took = cpu1 - cpu0
				}
				elapsed = min(elapsed, took)
				runtime.ReadMemStats(&after)
				alloc = after.TotalAlloc - before.TotalAlloc
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode = %v, want a *DecodeError", err)
			}
			if len(err.Error()) > 400 {
				t.Errorf("error message is %d bytes long: %.500s", len(err.Error()), err)
			}
			// The race detector slows decoding several times over; the
			// bound holds for the code as users build it.
			if elapsed > 100*time.Millisecond && !raceEnabled {
				t.Errorf("Decode took %v of CPU time (%v wall), want at most 100ms (error %v)", elapsed, wall, err)
			}
			if ratio := float64(alloc) / float64(len(data)); ratio > 10 {
				t.Errorf("Decode allocated %d bytes, %.1fx the input of %d, want at most 10x", alloc, ratio, len(data))
			}
			t.Logf("%v CPU, %v wall, %d bytes allocated (%.2fx): %v", elapsed, wall, alloc, float64(alloc)/float64(len(data)), err)
		})
	}
}

// TestDecoderKnowsWireFields checks that the decoder accepts every field
// the wire types declare: for each field, a document with a value of an
// impossible kind (an object holding an unknown name) there must fail at
// that field or inside it, never as an unknown field.
func TestDecoderKnowsWireFields(t *testing.T) {
	var walk func(typ reflect.Type, wrap func(inner string) string, path string, seen map[reflect.Type]bool)
	walk = func(typ reflect.Type, wrap func(string) string, path string, seen map[reflect.Type]bool) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			fpath := name
			if path != "" {
				fpath = path + "." + name
			}
			input := wrap(`"` + name + `": {"\u0000": 1}`)
			_, err := Decode(strings.NewReader(input))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Errorf("%s: Decode(%s) = %v, want a *DecodeError", fpath, input, err)
				continue
			}
			if !strings.HasPrefix(de.Path, fpath) || strings.Contains(err.Error(), `unknown field "`+name+`"`) {
				t.Errorf("%s: Decode(%s) = %v, want an error at the field", fpath, input, err)
			}
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			list := ""
			if ft.Kind() == reflect.Slice {
				ft, list = ft.Elem(), "[0]"
			}
			if ft.Kind() == reflect.Struct && !reflect.PointerTo(ft).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
				inner := func(s string) string {
					if list != "" {
						return wrap(`"` + name + `": [{` + idFor(ft) + s + `}]`)
					}
					return wrap(`"` + name + `": {` + s + `}`)
				}
				walk(ft, inner, fpath+list, seen)
			}
		}
	}
	walk(reflect.TypeFor[policyJSON](), func(s string) string { return "{" + s + "}" }, "", map[reflect.Type]bool{})
}

// idFor gives the members that let an element of typ reach its other
// fields: declarations need an ID.
func idFor(typ reflect.Type) string {
	if f, ok := typ.FieldByName("ID"); ok && f.Tag.Get("json") == "id" {
		return `"id": "x", `
	}
	return ""
}

func TestMarshalJSONValueAndPointer(t *testing.T) {
	p := testPolicy()
	canonical := encode(t, p)
	type holder struct {
		Value   Policy
		Pointer *Policy
	}
	for name, v := range map[string]any{"value": *p, "pointer": p} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: json.Marshal: %v", name, err)
		}
		q, err := Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: json.Marshal wrote what Decode rejects: %v\n%s", name, err, b)
		}
		if got := encode(t, q); !bytes.Equal(got, canonical) {
			t.Errorf("%s: json.Marshal did not write the canonical form:\n%s", name, b)
		}
		var back Policy
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: json.Unmarshal: %v", name, err)
		}
		if got := encode(t, &back); !bytes.Equal(got, canonical) {
			t.Errorf("%s: json.Unmarshal did not read the canonical form", name)
		}
	}
	// Also as a field, by value and by pointer.
	b, err := json.Marshal(holder{Value: *p, Pointer: p})
	if err != nil {
		t.Fatal(err)
	}
	var h struct{ Value, Pointer json.RawMessage }
	if err := json.Unmarshal(b, &h); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(h.Value, h.Pointer) || !bytes.HasPrefix(h.Value, []byte(`{"title":`)) {
		t.Errorf("fields encode differently or not canonically:\nvalue   %s\npointer %s", h.Value, h.Pointer)
	}
}

// TestModelHasNoJSONTags keeps json struct tags in the wire layer: a model
// type with tags would invite encoding it directly, in a second form.
func TestModelHasNoJSONTags(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] || typ.PkgPath() != reflect.TypeFor[Policy]().PkgPath() {
			return
		}
		seen[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			if tag, ok := f.Tag.Lookup("json"); ok {
				t.Errorf("%s.%s has the json tag %q; tags belong to the wire types in jsonwire.go", typ.Name(), f.Name, tag)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[Policy]())
	if len(seen) < 10 {
		t.Errorf("walked %d model types, want the whole model", len(seen))
	}
}
