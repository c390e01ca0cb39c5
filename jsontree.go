package policy

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// The decoder reads JSON in two steps: parseTree checks the syntax, the
// nesting limit and duplicate keys and builds a tree; assign maps the tree
// onto the wire types by their json tags, naming the path of every problem.
// encoding/json alone reports neither the path of an unknown field nor
// duplicate keys.

type nodeKind uint8

const (
	nullNode nodeKind = iota
	boolNode
	numberNode
	stringNode
	arrayNode
	objectNode
)

var kindNames = [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}

type node struct {
	kind nodeKind
	str  string // a string's value or a number's literal
	b    bool
	keys []string // object keys, in input order
	vals []*node  // object values or array elements
}

func parseTree(data []byte, maxDepth int) (*node, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := treeParser{dec: dec, maxDepth: maxDepth}
	root, err := p.value("", 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, decodeErr("", "unexpected data after the policy object at byte %d", dec.InputOffset())
	}
	return root, nil
}

type treeParser struct {
	dec      *json.Decoder
	maxDepth int
}

func (p *treeParser) syntax(path string, err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return decodeErr(path, "unexpected end of input at byte %d", p.dec.InputOffset())
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return decodeErr(path, "invalid JSON at byte %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: "))
	}
	return decodeErr(path, "%v", err)
}

func (p *treeParser) value(path string, depth int) (*node, error) {
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntax(path, err)
	}
	switch t := tok.(type) {
	case nil:
		return &node{kind: nullNode}, nil
	case bool:
		return &node{kind: boolNode, b: t}, nil
	case json.Number:
		return &node{kind: numberNode, str: string(t)}, nil
	case string:
		return &node{kind: stringNode, str: t}, nil
	case json.Delim:
		if depth >= p.maxDepth {
			return nil, decodeErr(path, "nesting exceeds the limit of %d levels (Decoder.MaxDepth)", p.maxDepth)
		}
		if t == '[' {
			n := &node{kind: arrayNode}
			for p.dec.More() {
				v, err := p.value(path+"["+strconv.Itoa(len(n.vals))+"]", depth+1)
				if err != nil {
					return nil, err
				}
				n.vals = append(n.vals, v)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.syntax(path, err)
			}
			return n, nil
		}
		n := &node{kind: objectNode}
		seen := make(map[string]bool)
		for p.dec.More() {
			tok, err := p.dec.Token()
			if err != nil {
				return nil, p.syntax(path, err)
			}
			key, _ := tok.(string)
			kp := join(path, key)
			if seen[key] {
				return nil, decodeErr(kp, "duplicate key %q", key)
			}
			seen[key] = true
			v, err := p.value(kp, depth+1)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, key)
			n.vals = append(n.vals, v)
		}
		if _, err := p.dec.Token(); err != nil {
			return nil, p.syntax(path, err)
		}
		return n, nil
	}
	return nil, decodeErr(path, "unexpected token %v", tok)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// assign stores n in *dst, which points to a wire type.
func assign(path string, n *node, dst any) error {
	return assignValue(path, n, reflect.ValueOf(dst).Elem())
}

func assignValue(path string, n *node, v reflect.Value) error {
	if n.kind == nullNode {
		return decodeErr(path, "null is not allowed; omit the field instead")
	}
	if v.Kind() != reflect.Pointer && reflect.PointerTo(v.Type()).Implements(textUnmarshalerType) {
		if n.kind != stringNode {
			return wrongType(path, n, "a string")
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.str)); err != nil {
			return &DecodeError{Path: path, Err: err}
		}
		return nil
	}
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		return assignValue(path, n, v.Elem())
	case reflect.String:
		if n.kind != stringNode {
			return wrongType(path, n, "a string")
		}
		v.SetString(n.str)
	case reflect.Bool:
		if n.kind != boolNode {
			return wrongType(path, n, "true or false")
		}
		v.SetBool(n.b)
	case reflect.Int:
		if n.kind != numberNode {
			return wrongType(path, n, "a whole number")
		}
		i, err := strconv.ParseInt(n.str, 10, 32)
		if err != nil {
			return decodeErr(path, "%s is not a whole number in range", n.str)
		}
		v.SetInt(i)
	case reflect.Slice:
		if n.kind != arrayNode {
			return wrongType(path, n, "an array")
		}
		s := reflect.MakeSlice(v.Type(), len(n.vals), len(n.vals))
		for i, e := range n.vals {
			if err := assignValue(path+"["+strconv.Itoa(i)+"]", e, s.Index(i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Struct:
		if n.kind != objectNode {
			return wrongType(path, n, "an object")
		}
		t := v.Type()
		for i, key := range n.keys {
			f, ok := fieldByJSONName(t, key)
			if !ok {
				return decodeErr(join(path, key), "unknown field %q", key)
			}
			if err := assignValue(join(path, key), n.vals[i], v.Field(f)); err != nil {
				return err
			}
		}
	default:
		return decodeErr(path, "cannot decode into %s", v.Type())
	}
	return nil
}

func fieldByJSONName(t reflect.Type, name string) (int, bool) {
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if tag == name && tag != "" && tag != "-" {
			return i, true
		}
	}
	return 0, false
}

func wrongType(path string, n *node, want string) error {
	return decodeErr(path, "got %s, want %s", kindNames[n.kind], want)
}
