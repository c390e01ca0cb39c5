package render

import (
	"io"

	"github.com/gopolicy/policy"
)

// A Format is one output the library writes: a name for command lines, a
// file extension, a media type for HTTP, and the function that writes it.
// [Formats] lists every format the library has; the generator, the HTTP
// handler and the example programs loop over that list, so a format added
// there reaches all of them.
type Format struct {
	// Name identifies the format on command lines, such as "html" or
	// "html-fragment".
	Name string
	// Ext is the file name's ending, with its dot, such as ".html" or
	// ".fragment.html". Extensions are unique within [Formats].
	Ext string
	// MediaType is the value of an HTTP Content-Type header for the
	// output, with its parameters, such as "text/html; charset=utf-8".
	MediaType string
	// Localized reports whether the output is written from a composed
	// Document, once for each language. A format that is not localized
	// (JSON) is written from the Policy alone, once.
	Localized bool
	// Write writes the output for in to w.
	Write func(w io.Writer, in Input) error
}

// Input is what a [Format] writes from.
type Input struct {
	// Policy is the policy as declared.
	Policy *policy.Policy
	// Document is the policy composed in one language. It is nil for a
	// format that is not [Format.Localized].
	Document *Document
	// Width is the column at which plain text wraps, as in
	// [TextOptions.Width]: 0 means 80 and a negative value turns wrapping
	// off. Other formats ignore it.
	Width int
}

// Formats returns the formats the library writes, in order of preference:
// where an HTTP client accepts several equally, the first one wins. Each
// call returns a new slice, which the caller may change.
func Formats() []Format {
	return []Format{
		{
			Name: "html", Ext: ".html", MediaType: "text/html; charset=utf-8", Localized: true,
			Write: func(w io.Writer, in Input) error { return WriteHTML(w, in.Document, HTMLOptions{}) },
		},
		{
			Name: "html-fragment", Ext: ".fragment.html", MediaType: "text/html; charset=utf-8", Localized: true,
			Write: func(w io.Writer, in Input) error { return WriteHTML(w, in.Document, HTMLOptions{Fragment: true}) },
		},
		{
			Name: "markdown", Ext: ".md", MediaType: "text/markdown; charset=utf-8", Localized: true,
			Write: func(w io.Writer, in Input) error { return WriteMarkdown(w, in.Document) },
		},
		{
			Name: "text", Ext: ".txt", MediaType: "text/plain; charset=utf-8", Localized: true,
			Write: func(w io.Writer, in Input) error { return WriteText(w, in.Document, TextOptions{Width: in.Width}) },
		},
		{
			Name: "json", Ext: ".json", MediaType: "application/json; charset=utf-8",
			Write: func(w io.Writer, in Input) error { return policy.Encode(w, in.Policy) },
		},
	}
}

// LookupFormat returns the format in [Formats] whose name is s, or whose
// extension is s with or without its leading dot: "markdown", "md" and
// ".md" all give the Markdown format.
func LookupFormat(s string) (Format, bool) {
	for _, f := range Formats() {
		if s == f.Name || s == f.Ext || "."+s == f.Ext {
			return f, true
		}
	}
	return Format{}, false
}
