package policy

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
)

// SchemaID is the $id of the JSON Schema of the policy encoding.
const SchemaID = "https://github.com/gopolicy/policy/schema/policy.schema.json"

// JSONSchema returns the JSON Schema (draft 2020-12) of the JSON that
// [Encode] writes and [Decode] reads. It is generated from the encoding's
// own types, so it cannot drift from them; the repository ships it as
// schema/policy.schema.json. Checks the schema cannot express, such as
// references between IDs, are the decoder's.
func JSONSchema() []byte {
	g := schemaGen{defs: map[string]any{}}
	root := g.object(reflect.TypeFor[policyJSON]())
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	root["$id"] = SchemaID
	root["title"] = "Privacy policy"
	root["description"] = "A privacy policy as encoded by github.com/gopolicy/policy. References between declarations are IDs."
	root["$defs"] = g.defs
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		panic("policy: schema does not encode: " + err.Error()) // only plain maps, slices and strings above
	}
	return append(b, '\n')
}

type schemaGen struct {
	defs map[string]any
}

// enumKeys returns the JSON keys of an enumerated type: a uint8 type whose
// MarshalText accepts its defined values and refuses the rest. The keys
// are derived from the type itself, so a new enumerated type or value
// needs no entry here.
func enumKeys(t reflect.Type) ([]string, bool) {
	if t.Kind() != reflect.Uint8 || !t.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		return nil, false
	}
	var keys []string
	for n := 1; n < 256; n++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(n))
		if b, err := v.Interface().(encoding.TextMarshaler).MarshalText(); err == nil {
			keys = append(keys, string(b))
		}
	}
	return keys, len(keys) > 0
}

// schemaModelNames names the definitions of the wire types that mirror a
// model type field for field after that model type.
var schemaModelNames = map[reflect.Type]string{
	reflect.TypeFor[contactJSON]():      "Contact",
	reflect.TypeFor[retentionJSON]():    "Retention",
	reflect.TypeFor[rightJSON]():        "Right",
	reflect.TypeFor[measureJSON]():      "Measure",
	reflect.TypeFor[breachNoticeJSON](): "BreachNotice",
	reflect.TypeFor[childrenJSON]():     "Children",
	reflect.TypeFor[changesJSON]():      "Changes",
	reflect.TypeFor[disclosureJSON]():   "Disclosure",
	reflect.TypeFor[stageJSON]():        "Stage",
	reflect.TypeFor[lifetimeJSON]():     "Lifetime",
	reflect.TypeFor[signalsJSON]():      "Signals",
	reflect.TypeFor[requestsJSON]():     "Requests",
	reflect.TypeFor[linksJSON]():        "Links",
	reflect.TypeFor[suspensionJSON]():   "Suspension",
}

// urlFields are the string fields that hold absolute http(s) URLs, which
// Validate checks (RuleInvalidURL).
var urlFields = map[string]bool{"url": true, "website": true, "opt_out_url": true, "report_url": true, "history_url": true,
	"subprocessors": true, "security": true, "cookie_settings": true, "request_form": true,
	"terms_url": true, "notice_url": true, "contest_url": true, "vendors": true, "recommendations": true}

// regionFields are the string fields that hold ISO 3166 region codes.
var regionFields = map[string]bool{"region": true, "subjects": true, "location": true, "country": true, "destination": true, "origin": true, "controller_for": true, "regions": true, "jurisdictions": true}

func (g *schemaGen) schema(t reflect.Type, field string) map[string]any {
	if keys, ok := enumKeys(t); ok {
		return map[string]any{"type": "string", "enum": keys}
	}
	switch t {
	case reflect.TypeFor[Date]():
		return map[string]any{"type": "string", "format": "date", "pattern": `^\d{4}-\d{2}-\d{2}$`}
	case reflect.TypeFor[Period]():
		return map[string]any{"type": "string", "pattern": `^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T\d+H)?$`, "minLength": 3,
			"description": "An ISO 8601 period of years, months, weeks, days and hours, such as P3Y, P1Y6M or PT72H."}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return g.schema(t.Elem(), field)
	case reflect.String:
		s := map[string]any{"type": "string"}
		switch {
		case regionFields[field]:
			s["pattern"] = `^([A-Z]{2}|[0-9]{3})$`
			s["description"] = "An ISO 3166-1 alpha-2 country code, or EU."
		case field == "id":
			s["pattern"] = `^[a-z0-9]+([._-][a-z0-9]+)*$`
			s["maxLength"] = 128
		case urlFields[field]:
			s["format"] = "uri"
		}
		return s
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int:
		return map[string]any{"type": "integer", "minimum": 0}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": g.schema(t.Elem(), field)}
	case reflect.Struct:
		name := strings.TrimSuffix(t.Name(), "JSON")
		if model, ok := schemaModelNames[t]; ok {
			name = model
		}
		if _, done := g.defs[name]; !done {
			g.defs[name] = nil // reserve, for recursive types
			g.defs[name] = g.object(t)
		}
		return map[string]any{"$ref": "#/$defs/" + name}
	}
	panic("policy: no schema for " + t.String())
}

func (g *schemaGen) object(t reflect.Type) map[string]any {
	props := map[string]any{}
	var required []string
	for i := range t.NumField() {
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		props[name] = g.schema(t.Field(i).Type, name)
		if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
			required = append(required, name)
		}
	}
	obj := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		obj["required"] = required
	}
	return obj
}
