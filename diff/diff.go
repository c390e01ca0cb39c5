// Package diff compares two versions of a privacy policy: what was added,
// removed or changed, each change classed as material or editorial the way
// regulators treat changes to a privacy notice.
//
// [Compare] compares the canonical encodings of the two versions (the JSON
// that [policy.Encode] writes) rather than naming the fields it compares,
// so a field added to the policy is compared as soon as it is encoded.
// Each change has the path that validation findings use, such as
// "purposes[marketing].bases" or "categories[account.email].retention",
// so a change and a finding on the same field share a path.
//
// Whether a change is material is decided by one table keyed by wire path
// pattern ("purposes[].bases", "ccpa.sold"); the package's tests fail when
// a field of the encoding has no entry in it. A material change calls
// for telling users before it takes effect: a new purpose, category,
// recipient, transfer or storage country; data collected, used, shared or
// transferred more widely; data kept longer; a ground moving away from
// consent; sale or sharing of personal information starting; the laws the
// policy follows changing; another controller; the data protection officer
// or a stated right dropped. Other changes, such as wording, contact
// details, a shorter retention or a purpose, category or recipient
// removed, are editorial.
// [Check] reports a material change that the new version does not
// announce with a new version number and a later effective date.
package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
)

// A Kind says what happened to a value: a declaration or a field.
type Kind string

// Kinds of change.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// A Change is one difference between two versions of a policy.
type Change struct {
	// Path locates the value that changed as validation findings do, such
	// as "purposes[marketing].bases"; an added or removed declaration is
	// one change at its own path, such as "purposes[marketing]".
	Path string `json:"path"`
	Kind Kind   `json:"kind"`
	// Material reports whether users must be told before the change
	// takes effect.
	Material bool `json:"material"`
	// Summary says what changed, in words; for a material change, why it
	// is material, such as "kept longer" or "starts selling personal
	// information".
	Summary string `json:"summary"`
	// Detail gives the values as encoded: "old -> new", with "(none)" for
	// an absent value; for a list of values, the values added and removed;
	// for a retention, each field that differs, a line each. It is empty
	// for an added or removed declaration.
	Detail string `json:"detail,omitempty"`
}

// A Report lists the changes between two versions in the order of the
// encoding's fields; within a list, the new version's elements in order,
// then those removed.
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

// Compare reports the differences from old to new; a nil policy is an
// empty one. It compares the canonical encodings that [policy.Encode]
// writes, so every field of a policy is compared: declarations with an ID
// are matched by ID, other lists of objects by the fields that identify
// their elements (transfers by destination and recipient, rights by kind,
// storage by the people it concerns), and lists of values as sets.
//
// It fails only when a policy does not encode, as when an enumerated
// field holds an undefined value; [policy.Policy.Validate] reports those.
func Compare(old, next *policy.Policy) (*Report, error) {
	a, err := encode(old)
	if err != nil {
		return nil, fmt.Errorf("diff: old version: %w", err)
	}
	b, err := encode(next)
	if err != nil {
		return nil, fmt.Errorf("diff: new version: %w", err)
	}
	var d differ
	d.node("", "", a, b)
	return &Report{Changes: d.out}, nil
}

func encode(p *policy.Policy) ([]byte, error) {
	if p == nil {
		p = &policy.Policy{}
	}
	return p.MarshalJSON()
}

// RuleUnannounced is the rule of a finding for a material change that the
// new version does not announce.
const RuleUnannounced policy.Rule = "changes.unannounced"

// Check returns a finding for each material change from old to new when
// new keeps old's version or does not take effect later: users must be able
// to tell the versions apart and be told before a material change applies.
func Check(old, next *policy.Policy) policy.Findings {
	r, err := Compare(old, next)
	if err != nil {
		return policy.Findings{{Rule: policy.RuleInvalidValue, Severity: policy.SeverityError,
			Message: err.Error() + "; validate the policy to find the value"}}
	}
	if !r.Material() {
		return nil
	}
	var reasons []string
	if old == nil {
		old = &policy.Policy{}
	}
	if next == nil {
		next = &policy.Policy{}
	}
	if next.Version == "" || next.Version == old.Version {
		reasons = append(reasons, fmt.Sprintf("the version is still %q", next.Version))
	}
	if !next.Effective.After(old.Effective) {
		reasons = append(reasons, fmt.Sprintf("the effective date %s is not after the previous one (%s)", next.Effective, old.Effective))
	}
	if len(reasons) == 0 {
		return nil
	}
	var fs policy.Findings
	for _, c := range r.Changes {
		if c.Material {
			fs = append(fs, policy.Finding{Path: c.Path, Rule: RuleUnannounced, Severity: policy.SeverityError,
				Message: fmt.Sprintf("material change (%s), but %s; publish it as a new version with a later effective date and tell users as changes.notify says", c.Summary, strings.Join(reasons, " and "))})
		}
	}
	return fs
}
