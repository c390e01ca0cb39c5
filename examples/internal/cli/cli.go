// Package cli is the command line shared by the example programs: it
// validates a policy, reports the findings on standard error, and renders
// the policy on standard output.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Main runs the example program for p, whose strings tr translates (tr
// may be nil), and exits.
func Main(p *policy.Policy, tr catalog.Catalog) {
	os.Exit(Run(p, tr, os.Args[1:], os.Stdout, os.Stderr))
}

// Formats lists the values of the -format flag.
var Formats = []string{"text", "markdown", "html", "html-fragment", "json"}

// Run renders p as the arguments ask and returns the exit code: 0 on
// success, 1 when the policy has errors or cannot be rendered, 2 for bad
// usage.
func Run(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: "+strings.Join(Formats, ", "))
	width := fs.Int("width", 80, "wrap text at this column; -1 turns wrapping off")
	lang := fs.String("lang", "", "language of the document, a BCP 47 tag; empty means the policy's own")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var tag language.Tag
	if *lang != "" {
		t, err := language.Parse(*lang)
		if err != nil {
			fmt.Fprintf(stderr, "-lang: %v\n", err)
			return 2
		}
		tag = t
	}
	findings := p.Validate()
	for _, f := range findings {
		fmt.Fprintln(stderr, f.Error())
	}
	if findings.Err() != nil {
		return 1
	}
	if *format == "json" {
		if err := policy.Encode(stdout, p); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		return 0
	}
	if !slices.Contains(Formats, *format) {
		fmt.Fprintf(stderr, "-format: want one of %s, got %q\n", strings.Join(Formats, ", "), *format)
		return 2
	}
	doc, err := render.Compose(p, render.Options{Language: tag, Translations: tr})
	if err == nil {
		switch *format {
		case "text":
			err = render.WriteText(stdout, doc, render.TextOptions{Width: *width})
		case "markdown":
			err = render.WriteMarkdown(stdout, doc)
		case "html":
			err = render.WriteHTML(stdout, doc, render.HTMLOptions{})
		case "html-fragment":
			err = render.WriteHTML(stdout, doc, render.HTMLOptions{Fragment: true})
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
