package diff

import (
	"bytes"
	"encoding/json"
	"iter"
)

// This file reads the canonical JSON that policy.Policy.MarshalJSON writes,
// in place: a value is the slice of the encoding that holds it, nil when
// absent, and objects and lists are read member by member only where the
// two versions differ. The input always comes from encoding/json, so it is
// well-formed; on anything else the readers stop early rather than panic.

// valueEnd returns the index just past the JSON value that starts at b[i],
// or len(b) when the value does not end.
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return len(b)
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = stringEnd(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return len(b)
	}
	for ; i < len(b); i++ {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
	}
	return i
}

// stringEnd returns the index just past the JSON string that starts at b[i].
func stringEnd(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(b)
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// members yields the keys and values of the JSON object obj, in order.
// Keys are yielded without their quotes; the encoding's field names need
// no escapes.
func members(obj []byte) iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		if len(obj) < 2 || obj[0] != '{' {
			return
		}
		for i := skipSpace(obj, 1); i < len(obj) && obj[i] == '"'; {
			end := stringEnd(obj, i)
			key := string(obj[i+1 : max(end-1, i+1)])
			i = skipSpace(obj, end)
			if i >= len(obj) || obj[i] != ':' {
				return
			}
			i = skipSpace(obj, i+1)
			end = valueEnd(obj, i)
			if end <= i || !yield(key, obj[i:end]) {
				return
			}
			i = skipSpace(obj, end)
			if i >= len(obj) || obj[i] != ',' {
				return
			}
			i = skipSpace(obj, i+1)
		}
	}
}

// field returns the value of the member name of the JSON object obj, or nil.
func field(obj []byte, name string) []byte {
	for k, v := range members(obj) {
		if k == name {
			return v
		}
	}
	return nil
}

// elems returns the elements of the JSON array arr; nil for an absent one.
func elems(arr []byte) [][]byte {
	if len(arr) < 2 || arr[0] != '[' {
		return nil
	}
	var out [][]byte
	for i := skipSpace(arr, 1); i < len(arr) && arr[i] != ']'; {
		end := valueEnd(arr, i)
		if end <= i {
			break
		}
		out = append(out, arr[i:end])
		i = skipSpace(arr, end)
		if i >= len(arr) || arr[i] != ',' {
			break
		}
		i = skipSpace(arr, i+1)
	}
	return out
}

// text returns the Go string of the JSON string v, or v's JSON text for
// other values, or "" when v is absent.
func text(v []byte) string {
	if len(v) < 2 || v[0] != '"' {
		return string(v)
	}
	if bytes.IndexByte(v, '\\') < 0 {
		return string(v[1 : len(v)-1])
	}
	var s string
	if json.Unmarshal(v, &s) != nil {
		return string(v)
	}
	return s
}

// show returns v as it appears in a change's detail: its JSON text, or
// "(none)" when absent.
func show(v []byte) string {
	if v == nil {
		return "(none)"
	}
	return string(v)
}

func isObject(v []byte) bool { return len(v) > 0 && v[0] == '{' }
