// Package generate is the policy generator's command line, for use at
// build time with go:generate.
//
// A service that declares its policy in Go calls [Main] from a small
// command of its own and names that command in a go:generate line:
//
//	//go:generate go run ./cmd/privacygen render -out web -lang en,ru
//
//	// cmd/privacygen/main.go
//	func main() { generate.Main(privacy.Policy, privacy.Translations()) }
//
// A policy kept as JSON needs no command of its own: the privacy command
// in this module (cmd/privacy) runs the same code on a file.
//
// # Commands
//
//	render   write the policy in each format and language to a directory
//	check    like render -check: report files that differ from the policy
//	validate report the policy's findings
//	diff     compare with an earlier version, given as a JSON file
//
// render writes a file for each format of [render.Formats]:
// privacy.LANG.html, privacy.LANG.fragment.html, privacy.LANG.md and
// privacy.LANG.txt for each language, and privacy.json; -formats limits
// the set.
// With -check it writes nothing and reports every file that is missing or
// differs, so a CI step can insist that the published policy matches the
// code.
//
// # Exit codes
//
//	0  success: files written or current, no errors, no material change
//	1  the policy has errors, -check found differences, or diff found a
//	   material change (or one that is not announced)
//	2  bad usage: unknown command, flag or value
//	3  input or output failed: a file could not be read, decoded or written
package generate

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/diff"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// Exit codes of [Run].
const (
	ExitOK      = 0
	ExitFailed  = 1
	ExitUsage   = 2
	ExitIOError = 3
)

// Main runs the command line of the process against p, whose strings tr
// translates (tr may be nil), and exits with Run's code.
func Main(p *policy.Policy, tr catalog.Catalog) {
	os.Exit(Run(p, tr, os.Args[1:], os.Stdout, os.Stderr))
}

// Run runs args (a command and its flags) against p and returns the exit
// code. Messages go to stderr, reports to stdout.
func Run(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: COMMAND [flags], where COMMAND is render, check, validate or diff")
		return ExitUsage
	}
	switch args[0] {
	case "render":
		return renderCmd(p, tr, args[1:], stdout, stderr, false)
	case "check":
		return renderCmd(p, tr, args[1:], stdout, stderr, true)
	case "validate":
		return validateCmd(p, stdout)
	case "diff":
		return diffCmd(p, args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "unknown command %q: want render, check, validate or diff\n", args[0])
	return ExitUsage
}

func validateCmd(p *policy.Policy, stdout io.Writer) int {
	fs := p.Validate()
	for _, f := range fs {
		fmt.Fprintln(stdout, f.Error())
	}
	if fs.Err() != nil {
		return ExitFailed
	}
	return ExitOK
}

// Outputs renders p in formats and returns the files render writes, by
// name: privacy.LANG.EXT for each language of langs and each localized
// format, and privacy.EXT for the others (JSON). A nil formats means
// [render.Formats]; width is the wrapping column of plain text.
func Outputs(p *policy.Policy, tr catalog.Catalog, langs []language.Tag, formats []render.Format, width int) (map[string][]byte, error) {
	if formats == nil {
		formats = render.Formats()
	}
	out := map[string][]byte{}
	write := func(name string, f render.Format, in render.Input) error {
		var buf bytes.Buffer
		if err := f.Write(&buf, in); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		out[name] = buf.Bytes()
		return nil
	}
	for _, f := range formats {
		if !f.Localized {
			if err := write("privacy"+f.Ext, f, render.Input{Policy: p, Width: width}); err != nil {
				return nil, err
			}
		}
	}
	for _, tag := range langs {
		var doc *render.Document
		for _, f := range formats {
			if !f.Localized {
				continue
			}
			if doc == nil {
				var err error
				if doc, err = render.Compose(p, render.Options{Language: tag, Translations: tr}); err != nil {
					return nil, fmt.Errorf("%s: %w", tag, err)
				}
			}
			in := render.Input{Policy: p, Document: doc, Width: width}
			if err := write("privacy."+doc.Lang.String()+f.Ext, f, in); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func renderCmd(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer, check bool) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("out", ".", "directory to write the files to")
	langs := fs.String("lang", "", "comma-separated languages (BCP 47); empty means the policy's own")
	formatList := fs.String("formats", "", "comma-separated formats: "+formatNames(render.Formats())+"; empty means all")
	width := fs.Int("width", 80, "wrap plain text at this column; -1 turns wrapping off")
	fs.BoolVar(&check, "check", check, "write nothing; exit 1 if any file is missing or differs from the policy")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "unexpected arguments %q\n", fs.Args())
		return ExitUsage
	}
	tags, err := parseLangs(*langs, p)
	if err != nil {
		fmt.Fprintf(stderr, "-lang: %v\n", err)
		return ExitUsage
	}
	chosen, err := parseFormats(*formatList)
	if err != nil {
		fmt.Fprintf(stderr, "-formats: %v\n", err)
		return ExitUsage
	}
	if fs := p.Validate(); fs.Err() != nil {
		fmt.Fprintln(stderr, fs.Error())
		return ExitFailed
	}
	files, err := Outputs(p, tr, tags, chosen, *width)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitFailed
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	if check {
		stale := 0
		for _, name := range names {
			path := filepath.Join(*dir, name)
			have, err := os.ReadFile(path)
			switch {
			case errors.Is(err, os.ErrNotExist):
				fmt.Fprintf(stdout, "%s: missing\n", path)
				stale++
			case err != nil:
				fmt.Fprintln(stderr, err)
				return ExitIOError
			case !bytes.Equal(have, files[name]):
				fmt.Fprintf(stdout, "%s: differs from the policy; run go generate\n", path)
				stale++
			}
		}
		if stale > 0 {
			return ExitFailed
		}
		return ExitOK
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(*dir, name), files[name], 0o644); err != nil {
			fmt.Fprintln(stderr, err)
			return ExitIOError
		}
	}
	return ExitOK
}

func parseLangs(s string, p *policy.Policy) ([]language.Tag, error) {
	if s == "" {
		tag := p.Language
		if tag == language.Und {
			tag = language.English
		}
		return []language.Tag{tag}, nil
	}
	var tags []language.Tag
	for _, part := range strings.Split(s, ",") {
		tag, err := language.Parse(strings.TrimSpace(part))
		if err != nil {
			return nil, fmt.Errorf("%q: %v", part, err)
		}
		tags = append(tags, tag)
	}
	return tags, nil
}

// parseFormats returns the formats of render.Formats named in the
// comma-separated list s, by name or extension; "" means all of them.
func parseFormats(s string) ([]render.Format, error) {
	if s == "" {
		return render.Formats(), nil
	}
	var out []render.Format
	for _, name := range strings.Split(s, ",") {
		f, ok := render.LookupFormat(strings.TrimSpace(name))
		if !ok {
			return nil, fmt.Errorf("unknown format %q: want %s", name, formatNames(render.Formats()))
		}
		out = append(out, f)
	}
	return out, nil
}

// formatNames lists the names of formats for usage and error messages.
func formatNames(formats []render.Format) string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// diffCmd compares the policy given as -old (a JSON file) with p.
func diffCmd(p *policy.Policy, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	oldFile := fs.String("old", "", "the earlier version, as a JSON file (required)")
	format := fs.String("format", "text", "report format: text or json")
	if err := fs.Parse(args); err != nil {
		return ExitUsage
	}
	if *oldFile == "" || fs.NArg() > 0 || (*format != "text" && *format != "json") {
		fmt.Fprintln(stderr, "usage: diff -old FILE.json [-format text|json]")
		return ExitUsage
	}
	old, code := ReadFile(*oldFile, stderr)
	if old == nil {
		return code
	}
	return Diff(old, p, *format, stdout, stderr)
}

// Diff reports the changes from old to new in format ("text" or "json")
// and returns ExitFailed when a change is material, reporting as findings
// any material change new does not announce.
func Diff(old, new *policy.Policy, format string, stdout, stderr io.Writer) int {
	r, err := diff.Compare(old, new)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitFailed
	}
	if format == "json" {
		err = r.WriteJSON(stdout)
	} else {
		err = r.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	for _, f := range diff.Check(old, new) {
		fmt.Fprintln(stderr, f.Error())
	}
	if r.Material() {
		return ExitFailed
	}
	return ExitOK
}

// ReadFile decodes the policy in the JSON file name. On failure it reports
// the file and the JSON path on stderr and returns nil and ExitIOError.
func ReadFile(name string, stderr io.Writer) (*policy.Policy, int) {
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, ExitIOError
	}
	defer f.Close()
	p, err := policy.Decode(f)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return nil, ExitIOError
	}
	return p, ExitOK
}
