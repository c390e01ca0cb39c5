// Package policy declares a service's privacy policy as typed Go values,
// checks it, and encodes it as JSON.
//
// A policy is written as a plain composite literal that reads like the
// document it produces. Declarations refer to each other by value: a
// [Purpose] holds the [*Category] values it uses, so the compiler checks the
// references when the policy is Go code, and [Decode] resolves them by ID when
// the policy comes from JSON.
//
//	var email = &policy.Category{
//		ID:          "account.email",
//		Name:        "Account data",
//		Items:       []string{"email address", "username"},
//		Sensitivity: policy.SensitivityPersonal,
//		Sources:     []policy.Source{policy.SourceUser},
//		Retention:   policy.Keep(policy.Days(30), policy.EventAccountClosure),
//	}
//
//	var account = &policy.Purpose{
//		ID:         "account",
//		Name:       "running your account",
//		Categories: []*policy.Category{email},
//		Bases:      []policy.Basis{policy.BasisContract},
//	}
//
// [Policy.Validate] reports every problem at once as [Findings], each with a
// path into the policy, a [Rule] identifier, a [Severity] and a message. The
// zero value of every field means "not stated"; the validator says what is
// missing rather than guessing. Beyond the model's own rules it checks the
// policy against each law in Policy.Laws ([GDPR], [UKGDPR], [FZ152], [LGPD],
// [CCPA], [FADP]); [Requirements] lists what each law asks, with its article.
//
// # JSON
//
// [Encode] and [Decode] read and write a policy as JSON whose field names are
// part of this package's stable interface: the snake_case form of the Go
// field names ("not_collected", "source_detail", "opt_out"), enumerated
// values as their String keys ("legitimate_interests", "third_party"),
// periods in ISO 8601 ("P3Y"), dates as "2006-01-02", regions as ISO 3166
// codes ("RU") and languages as BCP 47 tags. References between
// declarations are written as IDs ("categories": ["account.email"]) and
// resolved when decoding; testdata/policy.json shows every field. Decoding
// then validating gives the same findings as the policy declared in Go. A
// [Decoder] bounds the input's size, depth and the memory it takes once
// read (see limits.go), so a policy file from outside can be read safely.
//
// # Rendering
//
// The document a reader sees is built from the policy by package
// github.com/gopolicy/policy/render, which composes it into numbered sections
// and clauses once, in English or Russian, and writes that document as plain
// text, Markdown, HTML or JSON. Package generate writes those files at build
// time (go generate) and checks that published ones are current. This
// package holds no wording and does no formatting.
package policy
