package diff

import (
	"encoding/json"
	"regexp"
	"slices"
	"testing"

	"github.com/gopolicy/policy"
)

// SchemaPaths returns the wire path patterns of every property of
// policy.JSONSchema, in the table's notation: fields joined by dots, "[]"
// for the elements of a list of objects. A list of values is one path.
func SchemaPaths(t testing.TB) []string {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal(policy.JSONSchema(), &root); err != nil {
		t.Fatalf("schema: %v", err)
	}
	defs, _ := root["$defs"].(map[string]any)
	resolve := func(s map[string]any) map[string]any {
		for range 8 { // a $ref to a $ref, at most
			ref, ok := s["$ref"].(string)
			if !ok {
				break
			}
			name := ref[len("#/$defs/"):]
			s, ok = defs[name].(map[string]any)
			if !ok {
				t.Fatalf("schema: unresolved %s", ref)
			}
		}
		return s
	}
	var paths []string
	var walk func(path string, s map[string]any)
	walk = func(path string, s map[string]any) {
		props, _ := s["properties"].(map[string]any)
		for name, p := range props {
			ps := resolve(p.(map[string]any))
			child := name
			if path != "" {
				child = path + "." + name
			}
			if ps["type"] == "array" {
				items := resolve(ps["items"].(map[string]any))
				if items["type"] == "object" {
					paths = append(paths, child+"[]")
					walk(child+"[]", items)
					continue
				}
			}
			paths = append(paths, child)
			if ps["type"] == "object" {
				walk(child, ps)
			}
		}
	}
	walk("", resolve(root))
	slices.Sort(paths)
	return paths
}

var index = regexp.MustCompile(`\[[^\]]*\]`)

// Pattern returns the table pattern of a change's path, such as
// "categories[].retention" for "categories[account.email].retention".
func Pattern(path string) string { return index.ReplaceAllString(path, "[]") }
