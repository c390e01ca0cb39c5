package diff

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
)

// A differ walks two canonical encodings side by side and collects the
// changes between them. It names no field of the policy: what each path
// means, how its lists are matched and how its changes are classed is in
// the table of rules.go.
type differ struct{ out []Change }

// node compares a and b, the values at path (nil where absent), whose
// pattern in the table is pat.
func (d *differ) node(pat, path string, a, b []byte) {
	if bytes.Equal(a, b) {
		return
	}
	if er, ok := rules[pat+"[]"]; ok {
		d.list(pat+"[]", path, &er, a, b)
		return
	}
	r, ok := rules[pat]
	if !ok && pat != "" { // "" is the policy itself
		r = rule{whole: true} // not in the table: reported as a whole
	}
	switch {
	case r.whole || !isObject(a) && !isObject(b):
		d.leaf(pat, path, &r, a, b)
	case a == nil || b == nil:
		d.presence(pat, path, &r, a, b)
	default:
		d.object(pat, path, a, b)
	}
}

type member struct {
	key string
	val []byte
}

func lookup(ms []member, key string) []byte {
	for _, m := range ms {
		if m.key == key {
			return m.val
		}
	}
	return nil
}

// object compares two objects member by member, in the order of the
// encoding's fields.
func (d *differ) object(pat, path string, a, b []byte) {
	var am, bm []member
	for k, v := range members(a) {
		am = append(am, member{k, v})
	}
	for k, v := range members(b) {
		bm = append(bm, member{k, v})
	}
	// Both are subsequences of the encoding's field order; merge them.
	var done []string
	for i, j := 0, 0; i < len(am) || j < len(bm); {
		if i < len(am) && slices.Contains(done, am[i].key) {
			i++
			continue
		}
		if j < len(bm) && slices.Contains(done, bm[j].key) {
			j++
			continue
		}
		var k string
		switch {
		case i < len(am) && j < len(bm) && am[i].key == bm[j].key:
			k = am[i].key
		case i < len(am) && lookup(bm, am[i].key) == nil:
			k = am[i].key
		case j < len(bm):
			k = bm[j].key
		default:
			k = am[i].key
		}
		done = append(done, k)
		d.node(join(pat, k), join(path, k), lookup(am, k), lookup(bm, k))
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// list compares two lists of objects, matching their elements by the
// fields of r.key: first in place, which is the common case and needs no
// index, then by an index of the old elements. An absent list is empty.
func (d *differ) list(pat, path string, r *rule, a, b []byte) {
	ae, be := elems(a), elems(b)
	ak, bk := keys(ae, r.key), keys(be, r.key)
	if len(ae) == len(be) && slices.EqualFunc(ak, bk, bytes.Equal) {
		for i := range be {
			if !bytes.Equal(ae[i], be[i]) {
				d.node(pat, elemPath(path, r, bk[i], i), ae[i], be[i])
			}
		}
		return
	}
	old := make(map[string][]int, len(ae))
	for i, k := range ak {
		old[string(k)] = append(old[string(k)], i)
	}
	paired := make([]bool, len(ae))
	for j, k := range bk {
		p := elemPath(path, r, k, j)
		if is := old[string(k)]; len(is) > 0 {
			i := is[0]
			old[string(k)] = is[1:]
			paired[i] = true
			d.node(pat, p, ae[i], be[j])
		} else {
			d.node(pat, p, nil, be[j])
		}
	}
	for i, ok := range paired {
		if !ok {
			d.node(pat, elemPath(path, r, ak[i], i), ae[i], nil)
		}
	}
}

// keys returns the key of each element: the JSON text of its key fields,
// or its index when the list has no key.
func keys(es [][]byte, fields []string) [][]byte {
	out := make([][]byte, len(es))
	for i, e := range es {
		switch len(fields) {
		case 0:
			out[i] = strconv.AppendInt(nil, int64(i), 10)
		case 1:
			out[i] = field(e, fields[0])
		default:
			var k []byte
			for _, f := range fields {
				k = append(append(k, field(e, f)...), 0)
			}
			out[i] = k
		}
	}
	return out
}

// elemPath returns the path of an element as findings name it: by its ID
// when the list is keyed by a well-formed ID, else by its index.
func elemPath(path string, r *rule, key []byte, i int) string {
	if len(r.key) == 1 && r.key[0] == "id" {
		if id := text(key); policy.ValidID(id) {
			return path + "[" + id + "]"
		}
	}
	return path + "[" + strconv.Itoa(i) + "]"
}

// presence reports an object that only one version has, as one change.
// When its rule does not class it, an added object is material if any of
// its fields, compared with nothing, would be; a removed one is editorial.
func (d *differ) presence(pat, path string, r *rule, a, b []byte) {
	kind, v := Added, b
	if b == nil {
		kind, v = Removed, a
	}
	c := Change{Path: path, Kind: kind, Summary: r.summary(kind, path, v)}
	if r.judge != nil {
		c.Material, c.Summary = r.verdict(kind, a, b, c.Summary)
	}
	if !c.Material && kind == Added {
		var sub differ
		sub.object(pat, path, []byte("{}"), b)
		var why []string
		for _, s := range sub.out {
			if s.Material {
				why = append(why, s.Summary)
			}
		}
		if len(why) > 0 {
			c.Material, c.Summary = true, strings.Join(why, "; ")
		}
	}
	d.out = append(d.out, c)
}

func cmpOr(v, or []byte) []byte {
	if v == nil {
		return or
	}
	return v
}

// leaf reports a change of a value compared as a whole.
func (d *differ) leaf(pat, path string, r *rule, a, b []byte) {
	kind := Changed
	switch {
	case a == nil:
		kind = Added
	case b == nil:
		kind = Removed
	}
	c := Change{Path: path, Kind: kind, Summary: r.summary(kind, path, cmpOr(b, a)), Detail: detail(a, b)}
	if r.judge != nil {
		c.Material, c.Summary = r.verdict(kind, a, b, c.Summary)
	}
	d.out = append(d.out, c)
}

// detail describes a change of value: the elements added and removed for
// a list of values, the fields that differ for an object, else "old -> new".
func detail(a, b []byte) string {
	switch {
	case isList(a) || isList(b):
		ae, be := elems(a), elems(b)
		added, removed := missing(ae, be), missing(be, ae)
		if len(added) == 0 && len(removed) == 0 {
			return show(a) + " -> " + show(b) // the same values in another order
		}
		var lines []string
		if len(added) > 0 {
			lines = append(lines, "added "+strings.Join(added, ", "))
		}
		if len(removed) > 0 {
			lines = append(lines, "removed "+strings.Join(removed, ", "))
		}
		return strings.Join(lines, "\n")
	case isObject(a) || isObject(b):
		var sub differ
		// A pattern no rule has: every field compared as a whole.
		sub.object("(detail)", "", cmpOr(a, []byte("{}")), cmpOr(b, []byte("{}")))
		var lines []string
		for _, c := range sub.out {
			for l := range strings.SplitSeq(c.Detail, "\n") {
				lines = append(lines, c.Path+": "+l)
			}
		}
		return strings.Join(lines, "\n")
	}
	return show(a) + " -> " + show(b)
}

func isList(v []byte) bool { return len(v) > 0 && v[0] == '[' }

// missing returns the JSON text of the elements of b that a lacks,
// counting repeated elements.
func missing(a, b [][]byte) []string {
	used := make([]bool, len(a))
	var out []string
	for _, v := range b {
		i := slices.IndexFunc(a, func(w []byte) bool { return bytes.Equal(v, w) })
		for i >= 0 && used[i] {
			j := slices.IndexFunc(a[i+1:], func(w []byte) bool { return bytes.Equal(v, w) })
			if j < 0 {
				i = -1
			} else {
				i += 1 + j
			}
		}
		if i < 0 {
			out = append(out, string(v))
		} else {
			used[i] = true
		}
	}
	return out
}
