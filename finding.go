package policy

import (
	"fmt"
	"strings"
)

// A Severity says how serious a [Finding] is.
type Severity uint8

// Severities, in increasing order.
const (
	// SeverityWarning marks something a reviewer should look at: a policy with
	// warnings is complete but may not be what the service means.
	SeverityWarning Severity = iota + 1
	// SeverityError marks a policy that is incomplete, inconsistent or unlawful as
	// written.
	SeverityError
)

// String returns "warning" or "error".
func (s Severity) String() string {
	switch s {
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	}
	return fmt.Sprintf("Severity(%d)", uint8(s))
}

// A Rule identifies a check of the validator, such as
// "ref.category.undeclared". Rule identifiers are stable: tests and tools may
// match on them. A Rule is also an error value, so that
//
//	errors.Is(err, policy.RuleMissingBasis)
//
// reports whether err holds a finding of that rule.
type Rule string

// Error returns the rule identifier.
func (r Rule) Error() string { return string(r) }

// A Finding is one problem the validator found in a policy.
type Finding struct {
	// Path locates the problem in the policy, such as
	// "purposes[marketing].bases". Declarations are named by ID where they
	// have one, by index otherwise. The path names JSON fields, so it
	// locates the problem in a JSON policy as well as in Go code.
	Path     string
	Rule     Rule
	Severity Severity
	// Message says what is wrong and what to do, in words for a lawyer
	// and an engineer alike.
	Message string
}

// Error formats f as "path: message [severity rule]".
func (f Finding) Error() string {
	return fmt.Sprintf("%s: %s [%s %s]", f.Path, f.Message, f.Severity, f.Rule)
}

// Is reports whether target is the Rule of f.
func (f Finding) Is(target error) bool {
	r, ok := target.(Rule)
	return ok && r == f.Rule
}

// Findings is the list of problems the validator found, in the order of the
// policy's fields. Findings implements error; use [Findings.Err] to get a nil
// error for a policy without errors.
type Findings []Finding

// Err returns fs as an error if it holds at least one finding of severity
// [SeverityError], and nil otherwise. Warnings alone do not make an error.
func (fs Findings) Err() error {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return fs
		}
	}
	return nil
}

// Error lists the findings, one a line.
func (fs Findings) Error() string {
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(f.Error())
	}
	return b.String()
}

// Unwrap returns each finding as an error, for [errors.Is] and [errors.As].
func (fs Findings) Unwrap() []error {
	errs := make([]error, len(fs))
	for i, f := range fs {
		errs[i] = f
	}
	return errs
}

// BySeverity returns the findings of severity s, in order.
func (fs Findings) BySeverity(s Severity) Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity == s {
			out = append(out, f)
		}
	}
	return out
}
