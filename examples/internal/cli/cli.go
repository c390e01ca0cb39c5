// Package cli is the command line shared by the example programs: it
// validates a policy, reports the findings on standard error, and renders
// the policy on standard output.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// Main runs the example program for p and exits.
func Main(p *policy.Policy) {
	os.Exit(Run(p, os.Args[1:], os.Stdout, os.Stderr))
}

// Run renders p as the arguments ask and returns the exit code: 0 on
// success, 1 when the policy has errors, 2 for bad usage.
func Run(p *policy.Policy, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
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
	var err error
	switch *format {
	case "text":
		var doc *render.Document
		if doc, err = render.Compose(p, render.Options{Language: tag}); err == nil {
			err = render.WriteText(stdout, doc, render.TextOptions{Width: *width})
		}
	case "json":
		err = policy.Encode(stdout, p)
	default:
		err = errors.New("-format: want text or json, got " + *format)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}
