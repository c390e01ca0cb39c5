// Command privacy renders, checks, validates and compares privacy policies
// kept as JSON files.
//
//	privacy render -policy policy.json -out web -lang en,ru
//	privacy check -policy policy.json -out web     # exit 1 if web/ is stale
//	privacy validate -policy policy.json
//	privacy diff old.json new.json [-format json]  # exit 1 on a material change
//
// A policy declared in Go uses the same commands through package generate
// (see its documentation, which also lists the exit codes: 0 success, 1
// errors, stale files or a material change, 2 bad usage, 3 input or output
// failure).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gopolicy/policy/generate"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: privacy render|check|validate -policy FILE.json [flags] | privacy diff OLD.json NEW.json [-format text|json]")
		return generate.ExitUsage
	}
	if args[0] == "diff" {
		if len(args) < 3 {
			fmt.Fprintln(stderr, "usage: privacy diff OLD.json NEW.json [-format text|json]")
			return generate.ExitUsage
		}
		format := "text"
		switch rest := args[3:]; {
		case len(rest) == 2 && rest[0] == "-format" && (rest[1] == "text" || rest[1] == "json"):
			format = rest[1]
		case len(rest) != 0:
			fmt.Fprintf(stderr, "unexpected arguments %q\n", rest)
			return generate.ExitUsage
		}
		old, code := generate.ReadFile(args[1], stderr)
		if old == nil {
			return code
		}
		new, code := generate.ReadFile(args[2], stderr)
		if new == nil {
			return code
		}
		return generate.Diff(old, new, format, stdout, stderr)
	}
	file, rest, ok := policyFlag(args[1:])
	if !ok {
		fmt.Fprintf(stderr, "privacy %s: -policy FILE.json is required\n", args[0])
		return generate.ExitUsage
	}
	p, code := generate.ReadFile(file, stderr)
	if p == nil {
		return code
	}
	return generate.Run(p, nil, append([]string{args[0]}, rest...), stdout, stderr)
}

// policyFlag takes the -policy flag out of args.
func policyFlag(args []string) (file string, rest []string, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case (a == "-policy" || a == "--policy") && i+1 < len(args):
			file, ok = args[i+1], true
			i++
		case strings.HasPrefix(a, "-policy=") || strings.HasPrefix(a, "--policy="):
			_, file, _ = strings.Cut(a, "=")
			ok = true
		default:
			rest = append(rest, a)
		}
	}
	return file, rest, ok && file != ""
}
