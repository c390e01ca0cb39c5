package policy_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/internal/golden"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSchemaFile keeps the shipped schema in step with the encoding: run
// go test -update after changing the JSON types.
func TestSchemaFile(t *testing.T) {
	golden.Compare(t, filepath.Join("schema", "policy.schema.json"), policy.JSONSchema(), policy.UpdateGolden())
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(policy.JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(policy.SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(policy.SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSchemaValidatesPolicies(t *testing.T) {
	s := compileSchema(t)
	files, err := filepath.Glob(filepath.Join("examples", "*", "testdata", "policy.json"))
	if err != nil || len(files) < 2 {
		t.Fatalf("example policies: %v %v", files, err)
	}
	files = append(files, filepath.Join("testdata", "policy.json"))
	for _, f := range files {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(readFile(t, f)))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(doc); err != nil {
			t.Errorf("%s does not validate against the schema: %v", f, err)
		}
	}
	var gen bytes.Buffer
	if err := policy.Encode(&gen, largePolicy()); err != nil {
		t.Fatal(err)
	}
	doc, _ := jsonschema.UnmarshalJSON(&gen)
	if err := s.Validate(doc); err != nil {
		t.Errorf("generated policy does not validate: %v", err)
	}
}

func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	for _, bad := range []string{
		`{"fax": "1"}`,
		`{"categories": [{"id": "a", "sensitivity": "secret"}]}`,
		`{"categories": [{"name": "no id"}]}`,
		`{"categories": [{"id": "Bad ID"}]}`,
		`{"categories": [{"id": "a", "retention": {"rule": "period", "period": "3 years"}}]}`,
		`{"transfers": [{"destination": "usa"}]}`,
		`{"purposes": [{"id": "p", "bases": ["whim"]}]}`,
		`{"children": {"minimum_age": -1}}`,
		`{"effective": "1 March 2025"}`,
	} {
		var v any
		if err := json.Unmarshal([]byte(bad), &v); err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err == nil {
			t.Errorf("schema accepts %s", bad)
		}
		// The decoder rejects all of these too, or the validator reports
		// them where they are a matter of content rather than form.
		p, err := policy.Decode(strings.NewReader(bad))
		if err == nil && p.Validate().Err() == nil {
			t.Errorf("Decode and Validate accept %s", bad)
		}
	}
}
