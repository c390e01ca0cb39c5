// Command privacy renders, checks, validates, translates and compares
// privacy policies kept as JSON files.
//
//	privacy render -policy policy.json -out web -lang en,ru -translations ru.json
//	privacy check -policy policy.json -out web     # exit 1 if web/ is stale
//	privacy validate -policy policy.json [-lang en,ru -translations ru.json]
//	privacy extract -policy policy.json -lang ru [-in ru.json] -out ru.json
//	privacy diff old.json new.json [-format json]  # exit 1 on a material change
//	privacy import-fides system.yml [-out policy.json]
//
// A policy is published in another language than its own from a
// translation file in the format of x/text's gotext tool: extract writes
// the policy's strings to translate, each with its declaration paths;
// fill in each "translation" (a translation equal to the message keeps a
// name as it is) and pass the file to render, check or validate with
// -translations. Extracting again with -in keeps the translations made.
// -formats adds the exports (fides, xcprivacy, play, dpv) to the files
// render writes, for a policy that states its vocabulary terms; render and
// check take the answers the exports need that a policy does not state as
// flags (-fides-system, -fides-organization, -fides-subjects,
// -apple-tracking-domains, -play-encrypted), and -picture adds the privacy
// label and the data-flow diagram to the HTML page and fragment.
//
// import-fides reads a Fides system (YAML) and writes a policy skeleton
// as JSON: its categories, purposes, grounds and third parties, linked to
// their Fides keys. Fill in what Fides does not say (retention, rights,
// wording) until privacy validate passes.
//
// -max-bytes N, with any command, raises (or lowers) the limit on the size
// of a policy file, 4 MiB by default, and -max-expansion N the limit on
// the memory a policy takes once read, N times its size (8 by default;
// see policy.Decoder). privacy -h, or COMMAND -h, prints the usage and
// exits 0.
//
// A policy declared in Go uses the same commands through package generate,
// whose documentation describes them.
//
// # Exit codes
//
//	0  success
//	1  the policy has errors, a translation is missing, check found stale
//	   files, or diff found a material change
//	2  bad usage
//	3  a file could not be read, decoded or written
//
// go run turns every failing exit code into 1 (and prints "exit status N"
// on standard error), so a failing run of privacy ends with a line on
// standard error naming its own code, such as "exit code 2: bad usage".
// Build the command (go build ./cmd/privacy) where a script needs the
// codes themselves.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/export"
	"github.com/gopolicy/policy/generate"
)

func main() { os.Exit(runMain(os.Args[1:], os.Stdout, os.Stderr)) }

const usage = `usage:
  privacy render|check|validate|extract -policy FILE.json [-max-bytes N] [-max-expansion N] [flags]
  privacy diff OLD.json NEW.json [-format text|json] [-max-bytes N] [-max-expansion N]
  privacy import-fides SYSTEM.yml [-out FILE.json]
  privacy COMMAND -h   lists the flags of COMMAND`

// runMain is run followed by a line explaining a failing exit code.
func runMain(args []string, stdout, stderr io.Writer) int {
	code := run(args, stdout, stderr)
	if code != generate.ExitOK {
		fmt.Fprintln(stderr, generate.ExitReason(code))
	}
	return code
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return generate.ExitUsage
	}
	cmd := args[0]
	switch cmd {
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return generate.ExitOK
	case "render", "check", "validate", "extract", "diff":
	case "import-fides":
		return importFides(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "unknown command %q: want render, check, validate, extract, diff or import-fides\n%s\n", cmd, usage)
		return generate.ExitUsage
	}
	opts, rest, err := takeFlags(args[1:])
	if err != nil {
		fmt.Fprintf(stderr, "privacy %s: %v\n", cmd, err)
		return generate.ExitUsage
	}
	dec := policy.Decoder{MaxBytes: opts.maxBytes, MaxExpansion: opts.maxExpansion}
	if cmd == "diff" {
		return diff(rest, dec, opts.help, stdout, stderr)
	}
	if opts.help {
		fmt.Fprintf(stdout, "usage: privacy %s -policy FILE.json [-max-bytes N] [-max-expansion N] [flags]\n", cmd)
		fmt.Fprintf(stdout, "  -max-bytes N\n    \tlimit on the size of the policy file (default %d)\n", policy.DefaultMaxBytes)
		fmt.Fprintf(stdout, "  -max-expansion N\n    \tlimit on the memory the policy takes once read, in times its size (default %d)\n", policy.DefaultMaxExpansion)
		return generate.Run(&policy.Policy{}, nil, []string{cmd, "-h"}, stdout, stderr)
	}
	if opts.policy == "" {
		fmt.Fprintf(stderr, "privacy %s: -policy FILE.json is required\n", cmd)
		return generate.ExitUsage
	}
	p, code := readFile(opts.policy, dec, stderr)
	if p == nil {
		return code
	}
	return generate.Run(p, nil, append([]string{cmd}, rest...), stdout, stderr)
}

// diff compares two policy files given as arguments.
func diff(args []string, dec policy.Decoder, help bool, stdout, stderr io.Writer) int {
	const diffUsage = "usage: privacy diff OLD.json NEW.json [-format text|json] [-max-bytes N] [-max-expansion N]"
	if help {
		fmt.Fprintln(stdout, diffUsage)
		return generate.ExitOK
	}
	var files []string
	format := "text"
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case (a == "-format" || a == "--format") && i+1 < len(args):
			format = args[i+1]
			i++
		case strings.HasPrefix(a, "-format=") || strings.HasPrefix(a, "--format="):
			_, format, _ = strings.Cut(a, "=")
		case strings.HasPrefix(a, "-") && a != "-":
			fmt.Fprintf(stderr, "privacy diff: unexpected flag %q\n%s\n", a, diffUsage)
			return generate.ExitUsage
		default:
			files = append(files, a)
		}
	}
	if len(files) != 2 {
		fmt.Fprintf(stderr, "privacy diff: want two files, got %q\n%s\n", files, diffUsage)
		return generate.ExitUsage
	}
	if format != "text" && format != "json" {
		fmt.Fprintf(stderr, "privacy diff: -format %q: want text or json\n", format)
		return generate.ExitUsage
	}
	old, code := readFile(files[0], dec, stderr)
	if old == nil {
		return code
	}
	new, code := readFile(files[1], dec, stderr)
	if new == nil {
		return code
	}
	return generate.Diff(old, new, format, stdout, stderr)
}

// options are the flags the privacy command handles itself; the others
// go to package generate.
type options struct {
	policy   string
	maxBytes int64 // 0 means policy.DefaultMaxBytes
	// maxExpansion is 0 for policy.DefaultMaxExpansion.
	maxExpansion int
	help         bool
}

// takeFlags takes -policy, -max-bytes, -max-expansion and -h (with one dash or two, the
// value after "=" or as the next argument) out of args.
func takeFlags(args []string) (opts options, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		switch name {
		case "h", "help":
			opts.help = true
			continue
		case "policy", "max-bytes", "max-expansion":
		default:
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return opts, nil, fmt.Errorf("flag needs an argument: -%s", name)
			}
			value = args[i+1]
			i++
		}
		if name == "policy" {
			if value == "" {
				return opts, nil, fmt.Errorf("-policy: empty file name")
			}
			opts.policy = value
			continue
		}
		n, err := strconv.ParseInt(value, 10, 64)
		switch {
		case name == "max-expansion" && (err != nil || n <= 0 || n > 1<<20):
			return opts, nil, fmt.Errorf("-max-expansion %q: want a positive number of times the file's size, at most %d", value, 1<<20)
		case name == "max-expansion":
			opts.maxExpansion = int(n)
		case err != nil || n <= 0:
			return opts, nil, fmt.Errorf("-max-bytes %q: want a positive number of bytes", value)
		default:
			opts.maxBytes = n
		}
	}
	return opts, rest, nil
}

// readFile decodes the policy in the JSON file name with dec. On failure
// it reports the file and the problem on stderr and returns nil and
// ExitIOError.
func readFile(name string, dec policy.Decoder, stderr io.Writer) (*policy.Policy, int) {
	f, err := os.Open(name)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, generate.ExitIOError
	}
	defer f.Close()
	limit := dec.MaxBytes
	if limit == 0 {
		limit = policy.DefaultMaxBytes
	}
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
		fmt.Fprintf(stderr, "%s: %d bytes, more than the limit of %d; raise it with -max-bytes\n", name, fi.Size(), limit)
		return nil, generate.ExitIOError
	}
	p, err := dec.Decode(f)
	if err != nil {
		msg := err.Error()
		// The library names its own knob; here it is a flag.
		msg = strings.Replace(msg, "raise Decoder.MaxExpansion", "raise it with -max-expansion", 1)
		fmt.Fprintf(stderr, "%s: %s\n", name, msg)
		return nil, generate.ExitIOError
	}
	return p, generate.ExitOK
}

// importFides reads the Fides system named in args and writes the policy
// skeleton of [export.ImportFides] as JSON to -out, or to stdout.
func importFides(args []string, stdout, stderr io.Writer) int {
	const importUsage = "usage: privacy import-fides SYSTEM.yml [-out FILE.json]\n\n" +
		"import-fides reads a Fides system (fideslang YAML, one system) and writes a policy skeleton as\n" +
		"JSON: a category for each Fides data category, a purpose for each privacy declaration name\n" +
		"with its data uses and legal grounds, and a recipient for each third party. Fill in what Fides\n" +
		"does not say (retention, rights, wording) until privacy validate passes.\n" +
		"  -out FILE.json\n    \tthe file to write; empty writes to standard output"
	var files []string
	out := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		switch {
		case !strings.HasPrefix(a, "-") || a == "-":
			files = append(files, a)
		case name == "h" || name == "help":
			fmt.Fprintln(stdout, importUsage)
			return generate.ExitOK
		case name == "out" && hasValue:
			out = value
		case name == "out" && i+1 < len(args):
			out = args[i+1]
			i++
		case name == "out":
			fmt.Fprintln(stderr, "privacy import-fides: flag needs an argument: -out")
			return generate.ExitUsage
		default:
			fmt.Fprintf(stderr, "privacy import-fides: unexpected flag %q\n%s\n", a, importUsage)
			return generate.ExitUsage
		}
	}
	if len(files) != 1 {
		fmt.Fprintf(stderr, "privacy import-fides: want one Fides system file, got %q\n%s\n", files, importUsage)
		return generate.ExitUsage
	}
	f, err := os.Open(files[0])
	if err != nil {
		fmt.Fprintln(stderr, err)
		return generate.ExitIOError
	}
	defer f.Close()
	p, err := export.ImportFides(f)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", files[0], err)
		return generate.ExitIOError
	}
	var buf bytes.Buffer
	if err := policy.Encode(&buf, p); err != nil {
		fmt.Fprintln(stderr, err)
		return generate.ExitIOError
	}
	if out == "" {
		_, err = stdout.Write(buf.Bytes())
	} else {
		err = generate.Publish(filepath.Dir(out), map[string][]byte{filepath.Base(out): buf.Bytes()})
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return generate.ExitIOError
	}
	fmt.Fprintf(stderr, "%s: %d categories, %d purposes, %d recipients; complete the skeleton until privacy validate passes\n",
		files[0], len(p.Categories), len(p.Purposes), len(p.Recipients))
	return generate.ExitOK
}
