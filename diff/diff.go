// Package diff compares two versions of a privacy policy: what was added,
// removed or changed, each change classed as material or editorial the way
// regulators treat changes to a privacy notice.
//
// A material change (a new purpose, category, recipient or transfer, data
// kept longer, a ground moving away from consent) calls for telling users
// before it takes effect; [Check] reports a material change that the new
// version does not announce with a new version number and a later effective
// date.
package diff

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
)

// A Kind says what happened to a declaration.
type Kind string

// Kinds of change.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// A Change is one difference between two versions of a policy.
type Change struct {
	// Path locates the declaration, as in validator findings, such as
	// "purposes[marketing].bases".
	Path string `json:"path"`
	Kind Kind   `json:"kind"`
	// Material reports whether users must be told before the change
	// takes effect.
	Material bool `json:"material"`
	// Summary says what changed, in words.
	Summary string `json:"summary"`
	// Detail is the structural difference as go-cmp reports it, for
	// changed declarations.
	Detail string `json:"detail,omitempty"`
}

// A Report lists the changes between two versions, in the order of the
// policy's fields.
type Report struct {
	Changes []Change `json:"changes"`
}

// Material reports whether any change is material.
func (r *Report) Material() bool {
	return slices.ContainsFunc(r.Changes, func(c Change) bool { return c.Material })
}

// Empty reports whether the versions do not differ.
func (r *Report) Empty() bool { return len(r.Changes) == 0 }

// WriteText writes the report as lines of "material|editorial kind path:
// summary", each followed by the fields that changed, indented.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	if r.Empty() {
		b.WriteString("no changes\n")
	}
	for _, c := range r.Changes {
		class := "editorial"
		if c.Material {
			class = "material"
		}
		fmt.Fprintf(&b, "%-9s %-7s %s: %s\n", class, c.Kind, c.Path, c.Summary)
		for _, line := range strings.Split(c.Detail, "\n") {
			if line != "" {
				fmt.Fprintf(&b, "          %s\n", line)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if r.Changes == nil {
		return enc.Encode(Report{Changes: []Change{}})
	}
	return enc.Encode(r)
}

// Compare reports the differences from old to new. Declarations are
// matched by ID (transfers by destination and recipient); nil declarations
// are ignored.
func Compare(old, new *policy.Policy) *Report {
	d := &differ{}
	d.controller(old, new)
	d.categories(old, new)
	d.purposes(old, new)
	d.recipients(old, new)
	d.transfers(old, new)
	d.rights(old, new)
	d.text(old, new)
	return &Report{Changes: d.out}
}

type differ struct{ out []Change }

func (d *differ) add(c Change) { d.out = append(d.out, c) }

// index returns the declarations of list by ID, and the IDs in order.
func index[T any](list []*T, id func(*T) string) (map[string]*T, []string) {
	m := make(map[string]*T, len(list))
	var ids []string
	for _, v := range list {
		if v == nil {
			continue
		}
		k := id(v)
		if _, dup := m[k]; !dup {
			m[k] = v
			ids = append(ids, k)
		}
	}
	return m, ids
}

// compareLists reports added and removed declarations and calls changed for
// the pairs present in both.
func compareLists[T any](d *differ, list string, old, new []*T, id func(*T) string, name func(*T) string,
	addedMaterial bool, changed func(path string, a, b *T)) {
	om, oids := index(old, id)
	nm, nids := index(new, id)
	for _, k := range nids {
		if _, ok := om[k]; !ok {
			d.add(Change{Path: list + "[" + k + "]", Kind: Added, Material: addedMaterial, Summary: fmt.Sprintf("new %s %q", singular(list), name(nm[k]))})
		}
	}
	for _, k := range oids {
		if _, ok := nm[k]; !ok {
			d.add(Change{Path: list + "[" + k + "]", Kind: Removed, Summary: fmt.Sprintf("%s %q removed", singular(list), name(om[k]))})
		}
	}
	for _, k := range nids {
		if a, ok := om[k]; ok {
			changed(list+"["+k+"]", a, nm[k])
		}
	}
}

func singular(list string) string {
	switch list {
	case "categories":
		return "category"
	case "purposes":
		return "purpose"
	case "recipients":
		return "recipient"
	}
	return strings.TrimSuffix(list, "s")
}

// opts compares language.Region values and ignores nothing else.
var opts = gocmp.Options{gocmp.Comparer(func(a, b language.Region) bool { return a == b })}

// detail lists the fields in which a and b differ, one "path: old -> new"
// a line, as go-cmp's structural comparison finds them. (cmp.Diff's own
// report varies its layout from run to run on purpose; this one is stable.)
func detail(a, b any) string {
	var r fieldReporter
	gocmp.Equal(a, b, opts, gocmp.Reporter(&r))
	return strings.Join(r.diffs, "\n")
}

type fieldReporter struct {
	path  gocmp.Path
	diffs []string
}

// PushStep implements the reporter interface of gocmp.Reporter.
func (r *fieldReporter) PushStep(ps gocmp.PathStep) { r.path = append(r.path, ps) }

// PopStep implements the reporter interface of gocmp.Reporter.
func (r *fieldReporter) PopStep() { r.path = r.path[:len(r.path)-1] }

// Report records the path and values of an unequal leaf.
func (r *fieldReporter) Report(rs gocmp.Result) {
	if rs.Equal() {
		return
	}
	vx, vy := r.path.Last().Values()
	path := strings.TrimPrefix(r.path.String(), ".")
	if path == "" {
		path = "(value)"
	}
	r.diffs = append(r.diffs, fmt.Sprintf("%s: %s -> %s", path, show(vx), show(vy)))
}

func show(v reflect.Value) string {
	if !v.IsValid() || !v.CanInterface() {
		return "(none)"
	}
	if s, ok := v.Interface().(fmt.Stringer); ok {
		return strconv.Quote(s.String())
	}
	if v.Kind() == reflect.String {
		return strconv.Quote(v.String())
	}
	return fmt.Sprintf("%v", v.Interface())
}

// categoryView is a category with its references as IDs, for comparison.
type categoryView struct {
	Name, Description, SourceDetail string
	Items                           []string
	Sensitivity                     policy.Sensitivity
	Sources                         []policy.Source
	Storage                         []policy.Storage
	Retention                       policy.Retention
	Linked, Tracking, Biometric     bool
	CCPA                            []policy.CCPACategory
}

func (d *differ) categories(old, new *policy.Policy) {
	compareLists(d, "categories", old.Categories, new.Categories,
		func(c *policy.Category) string { return c.ID }, func(c *policy.Category) string { return c.Name }, true,
		func(path string, a, b *policy.Category) {
			if sameCategory(a, b) {
				return // the common case, decided without reflection
			}
			va := categoryView{a.Name, a.Description, a.SourceDetail, a.Items, a.Sensitivity, a.Sources, a.Storage, a.Retention, a.Linked, a.Tracking, a.Biometric, a.CCPA}
			vb := categoryView{b.Name, b.Description, b.SourceDetail, b.Items, b.Sensitivity, b.Sources, b.Storage, b.Retention, b.Linked, b.Tracking, b.Biometric, b.CCPA}
			var why []string
			if added := missing(a.Items, b.Items); len(added) > 0 {
				why = append(why, "collects more: "+strings.Join(added, ", "))
			}
			if b.Sensitivity > a.Sensitivity {
				why = append(why, fmt.Sprintf("now %s", b.Sensitivity.Name()))
			}
			if added := missing(a.Sources, b.Sources); len(added) > 0 {
				why = append(why, "new sources")
			}
			if !gocmp.Equal(a.Storage, b.Storage, opts) {
				why = append(why, "stored elsewhere")
			}
			if longer(a.Retention, b.Retention) {
				why = append(why, "kept longer")
			}
			if b.Tracking && !a.Tracking || b.Biometric && !a.Biometric {
				why = append(why, "new use for tracking or identification")
			}
			d.changed(path, why, detail(va, vb))
		})
}

// sameCategory reports whether a and b state the same, field by field.
func sameCategory(a, b *policy.Category) bool {
	return a.Name == b.Name && a.Description == b.Description && a.SourceDetail == b.SourceDetail &&
		a.Sensitivity == b.Sensitivity && a.Retention == b.Retention &&
		a.Linked == b.Linked && a.Tracking == b.Tracking && a.Biometric == b.Biometric &&
		slices.Equal(a.Items, b.Items) && slices.Equal(a.Sources, b.Sources) &&
		slices.Equal(a.Storage, b.Storage) && slices.Equal(a.CCPA, b.CCPA)
}

func samePurpose(a, b *policy.Purpose) bool {
	return a.Name == b.Name && a.Description == b.Description && a.Interest == b.Interest &&
		a.Withdraw == b.Withdraw && a.Required == b.Required && a.Automated == b.Automated &&
		a.OptOut == b.OptOut && a.Retention == b.Retention && slices.Equal(a.Bases, b.Bases) &&
		sameIDs(a.Categories, b.Categories) && sameIDs(a.Recipients, b.Recipients)
}

// sameIDs reports whether two lists of references name the same IDs in the
// same order.
func sameIDs[T policy.Category | policy.Recipient](a, b []*T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if idOf(a[i]) != idOf(b[i]) {
			return false
		}
	}
	return true
}

func idOf[T policy.Category | policy.Recipient](v *T) string {
	switch v := any(v).(type) {
	case *policy.Category:
		if v != nil {
			return v.ID
		}
	case *policy.Recipient:
		if v != nil {
			return v.ID
		}
	}
	return ""
}

// changed adds a change that is material when why gives reasons.
func (d *differ) changed(path string, why []string, det string) {
	c := Change{Path: path, Kind: Changed, Material: len(why) > 0, Detail: det}
	if c.Material {
		c.Summary = strings.Join(why, "; ")
	} else {
		c.Summary = "wording or details changed"
	}
	d.add(c)
}

// missing returns the elements of b that a lacks.
func missing[T comparable](a, b []T) []T {
	var out []T
	for _, v := range b {
		if !slices.Contains(a, v) {
			out = append(out, v)
		}
	}
	return out
}

// longer reports whether retention b keeps data longer than a.
func longer(a, b policy.Retention) bool {
	rank := func(r policy.Retention) int {
		switch r.Rule {
		case policy.Indefinite:
			return 3
		case policy.RequiredByLaw:
			return 2
		}
		return 1
	}
	switch {
	case a.Rule == b.Rule && (a.Rule == policy.KeepFor || a.Rule == policy.WhileActive):
		return b.Period.Longer(a.Period)
	case a.IsZero() || b.IsZero():
		return false
	default:
		return rank(b) > rank(a)
	}
}

type purposeView struct {
	Name, Description, Interest, Withdraw, Required, Automated string
	Categories, Recipients                                     []string
	Bases                                                      []policy.Basis
	OptOut                                                     bool
	Retention                                                  policy.Retention
}

func view(p *policy.Purpose) purposeView {
	return purposeView{p.Name, p.Description, p.Interest, p.Withdraw, p.Required, p.Automated,
		policy.CategoryIDs(p.Categories), policy.RecipientIDs(p.Recipients), p.Bases, p.OptOut, p.Retention}
}

func (d *differ) purposes(old, new *policy.Policy) {
	compareLists(d, "purposes", old.Purposes, new.Purposes,
		func(p *policy.Purpose) string { return p.ID }, func(p *policy.Purpose) string { return p.Name }, true,
		func(path string, a, b *policy.Purpose) {
			if samePurpose(a, b) {
				return
			}
			va, vb := view(a), view(b)
			var why []string
			if added := missing(va.Categories, vb.Categories); len(added) > 0 {
				why = append(why, "uses more data: "+strings.Join(added, ", "))
			}
			if added := missing(va.Recipients, vb.Recipients); len(added) > 0 {
				why = append(why, "new recipients: "+strings.Join(added, ", "))
			}
			if (a.HasBasis(policy.Consent) && !b.HasBasis(policy.Consent)) || (a.HasBasis(policy.ExplicitConsent) && !b.HasBasis(policy.ExplicitConsent)) {
				why = append(why, "no longer rests on consent")
			} else if added := missing(va.Bases, vb.Bases); len(added) > 0 {
				why = append(why, "new legal grounds")
			}
			if a.OptOut && !b.OptOut {
				why = append(why, "users can no longer opt out")
			}
			if b.Automated != "" && a.Automated == "" {
				why = append(why, "new automated decision-making")
			}
			if longer(a.Retention, b.Retention) {
				why = append(why, "kept longer")
			}
			d.changed(path, why, detail(va, vb))
		})
}

type recipientView struct {
	Name, Purpose string
	Role          policy.RecipientRole
	Categories    []string
	Country       language.Region
}

func (d *differ) recipients(old, new *policy.Policy) {
	compareLists(d, "recipients", old.Recipients, new.Recipients,
		func(r *policy.Recipient) string { return r.ID }, func(r *policy.Recipient) string { return r.Name }, true,
		func(path string, a, b *policy.Recipient) {
			if a.Name == b.Name && a.Purpose == b.Purpose && a.Role == b.Role && a.Country == b.Country && sameIDs(a.Categories, b.Categories) {
				return
			}
			va := recipientView{a.Name, a.Purpose, a.Role, policy.CategoryIDs(a.Categories), a.Country}
			vb := recipientView{b.Name, b.Purpose, b.Role, policy.CategoryIDs(b.Categories), b.Country}
			var why []string
			if added := missing(va.Categories, vb.Categories); len(added) > 0 {
				why = append(why, "receives more data: "+strings.Join(added, ", "))
			}
			if a.Country != b.Country {
				why = append(why, "processes data in another country")
			}
			if a.Role != b.Role {
				why = append(why, "another role")
			}
			d.changed(path, why, detail(va, vb))
		})
}

type transferView struct {
	Categories []string
	Safeguard  policy.Safeguard
	Laws       []policy.Law
	Note       string
}

func transferKey(t *policy.Transfer) string {
	k := t.Destination.String()
	if t.Recipient != nil {
		k += "/" + t.Recipient.ID
	}
	for _, l := range t.Laws {
		k += "/" + l.String()
	}
	return k
}

func (d *differ) transfers(old, new *policy.Policy) {
	ptrs := func(ts []policy.Transfer) []*policy.Transfer {
		out := make([]*policy.Transfer, len(ts))
		for i := range ts {
			out[i] = &ts[i]
		}
		return out
	}
	compareLists(d, "transfers", ptrs(old.Transfers), ptrs(new.Transfers), transferKey, transferKey, true,
		func(path string, a, b *policy.Transfer) {
			if a.Safeguard == b.Safeguard && a.Note == b.Note && slices.Equal(a.Laws, b.Laws) && sameIDs(a.Categories, b.Categories) {
				return
			}
			va := transferView{policy.CategoryIDs(a.Categories), a.Safeguard, a.Laws, a.Note}
			vb := transferView{policy.CategoryIDs(b.Categories), b.Safeguard, b.Laws, b.Note}
			var why []string
			if added := missing(va.Categories, vb.Categories); len(added) > 0 {
				why = append(why, "transfers more data: "+strings.Join(added, ", "))
			}
			if a.Safeguard != b.Safeguard {
				why = append(why, "another safeguard")
			}
			d.changed(path, why, detail(va, vb))
		})
}

func (d *differ) rights(old, new *policy.Policy) {
	kinds := func(rs []policy.Right) []policy.RightKind {
		var out []policy.RightKind
		for _, r := range rs {
			out = append(out, r.Kind)
		}
		return out
	}
	for _, k := range missing(kinds(new.Rights), kinds(old.Rights)) {
		d.add(Change{Path: "rights", Kind: Removed, Material: true, Summary: "no longer states the right " + k.Name()})
	}
	for _, k := range missing(kinds(old.Rights), kinds(new.Rights)) {
		d.add(Change{Path: "rights", Kind: Added, Summary: "now states the right " + k.Name()})
	}
	if !gocmp.Equal(old.Rights, new.Rights) && len(missing(kinds(new.Rights), kinds(old.Rights))) == 0 && len(missing(kinds(old.Rights), kinds(new.Rights))) == 0 {
		d.add(Change{Path: "rights", Kind: Changed, Summary: "how to exercise rights changed", Detail: detail(old.Rights, new.Rights)})
	}
}

func (d *differ) controller(old, new *policy.Policy) {
	if old.Controller.Name != new.Controller.Name {
		d.add(Change{Path: "controller.name", Kind: Changed, Material: true,
			Summary: fmt.Sprintf("the controller is now %q (was %q)", new.Controller.Name, old.Controller.Name)})
	} else if !gocmp.Equal(old.Controller, new.Controller, opts) {
		d.add(Change{Path: "controller", Kind: Changed, Summary: "contact details changed", Detail: detail(old.Controller, new.Controller)})
	}
}

// text reports editorial changes to the policy's other statements.
func (d *differ) text(old, new *policy.Policy) {
	for _, f := range []struct {
		path string
		a, b any
	}{
		{"title", old.Title, new.Title},
		{"introduction", old.Introduction, new.Introduction},
		{"scope", old.Scope, new.Scope},
		{"principles", old.Principles, new.Principles},
		{"security", old.Security, new.Security},
		{"changes", old.Changes, new.Changes},
		{"contact", old.Contact, new.Contact},
		{"children", old.Children, new.Children},
	} {
		if det := strings.ReplaceAll(detail(f.a, f.b), "(value)", f.path); det != "" {
			d.add(Change{Path: f.path, Kind: Changed, Summary: "wording or details changed", Detail: det})
		}
	}
	slices.SortStableFunc(d.out, func(a, b Change) int { return cmp.Compare(order(a.Path), order(b.Path)) })
}

// order sorts changes by the policy field they concern.
func order(path string) int {
	fields := []string{"title", "controller", "introduction", "scope", "principles", "categories", "purposes", "recipients", "transfers", "rights", "security", "children", "changes", "contact"}
	for i, f := range fields {
		if strings.HasPrefix(path, f) {
			return i
		}
	}
	return len(fields)
}

// RuleUnannounced is the rule of a finding for a material change that the
// new version does not announce.
const RuleUnannounced policy.Rule = "changes.unannounced"

// Check returns a finding for each material change from old to new when
// new keeps old's version or does not take effect later: users must be able
// to tell the versions apart and be told before a material change applies.
func Check(old, new *policy.Policy) policy.Findings {
	r := Compare(old, new)
	if !r.Material() {
		return nil
	}
	var reasons []string
	if new.Version == "" || new.Version == old.Version {
		reasons = append(reasons, fmt.Sprintf("the version is still %q", new.Version))
	}
	if !new.Effective.After(old.Effective) {
		reasons = append(reasons, fmt.Sprintf("the effective date %s is not after the previous one (%s)", new.Effective, old.Effective))
	}
	if len(reasons) == 0 {
		return nil
	}
	var fs policy.Findings
	for _, c := range r.Changes {
		if c.Material {
			fs = append(fs, policy.Finding{Path: c.Path, Rule: RuleUnannounced, Severity: policy.Error,
				Message: fmt.Sprintf("material change (%s), but %s; publish it as a new version with a later effective date and tell users as changes.notify says", c.Summary, strings.Join(reasons, " and "))})
		}
	}
	return fs
}
