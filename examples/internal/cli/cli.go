// Package cli is the command line shared by the example programs: it
// validates a policy, reports the findings on standard error, and renders
// the policy on standard output.
package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
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

// Run renders p as the arguments ask and returns the exit code: 0 on
// success (and after printing the help -h asks for), 1 when the policy
// has errors or cannot be rendered, 2 for bad usage, such as a language
// the library has no wording for.
func Run(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	fs.SetOutput(stderr)
	formats := render.Formats()
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	format := fs.String("format", "text", "output format: "+strings.Join(names, ", "))
	width := fs.Int("width", 80, "wrap text at this column; -1 turns wrapping off")
	lang := fs.String("lang", "", "language of the document, a BCP 47 tag; empty means the policy's own")
	var usage bytes.Buffer
	fs.SetOutput(&usage)
	err := fs.Parse(args)
	fs.SetOutput(stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		stdout.Write(usage.Bytes())
		return 0
	case err != nil:
		stderr.Write(usage.Bytes())
		return 2
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "unexpected arguments %q\n", fs.Args())
		return 2
	}
	f, ok := render.LookupFormat(*format)
	if !ok {
		fmt.Fprintf(stderr, "-format: want one of %s, got %q\n", strings.Join(names, ", "), *format)
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
		doc, err := render.Compose(&policy.Policy{}, render.Options{Language: tag})
		if err != nil || baseOf(doc.Language) != baseOf(tag) {
			fmt.Fprintf(stderr, "-lang: %s: the library has no wording in this language\n", tag)
			return 2
		}
	}
	findings := p.Validate()
	for _, fd := range findings {
		fmt.Fprintln(stderr, fd.Error())
	}
	if findings.Err() != nil {
		return 1
	}
	in := render.Input{Policy: p, Width: *width}
	if f.Localized {
		in.Document, err = render.Compose(p, render.Options{Language: tag, Translations: tr})
	}
	if err == nil {
		err = f.Write(stdout, in)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func baseOf(tag language.Tag) language.Base {
	b, _ := tag.Base()
	return b
}
