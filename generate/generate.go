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
//	extract  write the policy's strings to translate into a language
//	diff     compare with an earlier version, given as a JSON file
//
// render writes a file for each format of [render.Formats]:
// privacy.LANG.html, privacy.LANG.fragment.html, privacy.LANG.md and
// privacy.LANG.txt for each language, and privacy.json; -formats limits
// the set, or adds to it the exports of [export.Formats]
// (-formats html,json,fides,xcprivacy,play,dpv writes privacy.fides.yml,
// privacy.xcprivacy, privacy.play.csv and privacy.dpv.jsonld too), which
// need the vocabulary terms of the policy's categories and purposes and
// fail without them. The answers the exports need that a policy does not
// state are flags of render and check, each a usage error unless -formats
// chooses its export: -fides-system, -fides-organization and
// -fides-subjects (see [export.FidesOptions]), -apple-tracking-domains
// ([export.AppleOptions]) and -play-encrypted ([export.PlayOptions]).
// -picture adds the privacy label and the data-flow diagram of
// [render.ComposePicture] to the HTML page and fragment.
// It publishes them as one set through [Publish]: all files are
// replaced, or, if anything fails, none is; it refuses to write through
// or replace a symbolic link in the output directory. Files named
// privacy.* that the policy no longer produces (a language or format
// dropped) are left in place and named on standard error.
//
// -lang takes languages the library has wording for (en, ru): a language
// without it, such as de, is a usage error rather than a document in
// another language under the requested name. A regional tag writes the
// files of its language: en-GB writes privacy.en.*; en-US writes
// privacy.en-US.*, the library's English in American spelling.
//
// # Translations
//
// A document in a language other than the policy's needs a translation of
// each of the policy's own strings (names, items, descriptions, notes).
// [Main] takes them as a catalog; the command line also reads them from
// translation files in the format of x/text's gotext tool
// (messages.gotext.json; see [render.MessageFile]):
//
//	extract -lang ru -out messages.ru.json     # the strings to translate
//	# fill in each "translation"; a translation equal to the message
//	# keeps a name as it is
//	render -lang en,ru -translations messages.ru.json -out web
//
// extract writes one message per distinct string, with the declaration
// paths that state it, in the order the document states them; with -in
// (which may name the -out file) it keeps the translations of an earlier
// file, so extracting again after the policy changed adds the new strings
// and drops those no longer used. render, check and validate take
// -translations, a comma-separated list of such files, one or more per
// language; they replace the catalog given to Main. A file with a message
// left untranslated is refused (exit 1), naming the message. validate
// -lang ru reports every string that has no Russian translation; render,
// check and validate then say how to supply them.
//
// check, or render -check, writes nothing. It reports every privacy.*
// file in the directory that is missing, differs from the policy, or is
// not produced from it any more, so a CI step can insist that the
// published policy matches the code. check -check=false is a usage
// error. Every command takes -h, which prints its flags and exits 0;
// no command takes arguments other than its flags.
//
// # Exit codes
//
//	0  success: files written or current, no errors, no material change
//	1  the policy has errors, a translation is missing, check found stale
//	   files, or diff found a material change (or one that is not
//	   announced)
//	2  bad usage: unknown command, flag, argument or value
//	3  input or output failed: a file could not be read, decoded or written
//
// Run through go run, as a go:generate line does, a command's failing
// exit code reaches the caller as 1 whatever it was: go run prints
// "exit status N" on standard error and itself exits 1. [Main] therefore
// ends a failing run with a line on standard error such as
// "exit code 2: bad usage" (see [ExitReason]); build the command with
// go build to get the exit codes themselves.
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
	"github.com/gopolicy/policy/export"
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
// A failing exit code is explained by a last line on standard error (see
// [ExitReason]).
func Main(p *policy.Policy, tr catalog.Catalog) {
	os.Exit(mainRun(p, tr, os.Args[1:], os.Stdout, os.Stderr))
}

// mainRun is Run followed by the line explaining a failing exit code.
func mainRun(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer) int {
	code := Run(p, tr, args, stdout, stderr)
	if code != ExitOK {
		fmt.Fprintln(stderr, ExitReason(code))
	}
	return code
}

// Run runs args (a command and its flags) against p and returns the exit
// code. Messages go to stderr, reports to stdout; help asked for with -h
// goes to stdout, with exit code 0.
func Run(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return ExitUsage
	}
	switch args[0] {
	case "render":
		return renderCmd(p, tr, args[1:], stdout, stderr, false)
	case "check":
		return renderCmd(p, tr, args[1:], stdout, stderr, true)
	case "validate":
		return validateCmd(p, tr, args[1:], stdout, stderr)
	case "extract":
		return extractCmd(p, args[1:], stdout, stderr)
	case "diff":
		return diffCmd(p, args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(stderr, "unknown command %q: want render, check, validate, extract or diff\n", args[0])
	return ExitUsage
}

const usage = "usage: COMMAND [flags], where COMMAND is render, check, validate, extract or diff; COMMAND -h lists its flags"

// ExitReason returns a line that explains the exit code, such as
// "exit code 2: bad usage", for a command to print on standard error
// before it exits: go run reports every failing exit code as 1, and the
// line keeps the reason visible.
func ExitReason(code int) string {
	var why string
	switch code {
	case ExitOK:
		why = "success"
	case ExitFailed:
		why = "the policy has errors, a translation is missing, files are stale, or a change is material"
	case ExitUsage:
		why = "bad usage"
	case ExitIOError:
		why = "input or output failed"
	default:
		why = "unknown"
	}
	return fmt.Sprintf("exit code %d: %s", code, why)
}

// parseFlags parses args into fs. It returns ok when the command should
// go on, and otherwise the exit code: ExitOK after printing the help
// asked for with -h on stdout, ExitUsage after printing the problem and
// the usage on stderr.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	var out bytes.Buffer
	fs.SetOutput(&out)
	err := fs.Parse(args)
	fs.SetOutput(stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		stdout.Write(out.Bytes())
		return ExitOK, false
	case err != nil:
		stderr.Write(out.Bytes())
		return ExitUsage, false
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "%s: unexpected arguments %q\n", fs.Name(), fs.Args())
		return ExitUsage, false
	}
	return 0, true
}

// newFlagSet returns a flag set for the command name whose usage message
// starts with synopsis.
func newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func validateCmd(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer) int {
	flags := newFlagSet("validate", "validate [-lang en,ru] [-translations FILE,...]\n\n"+
		"validate reports the policy's findings; with -lang, also every string of the policy\n"+
		"that a document in one of the languages states and no translation gives.")
	langs := flags.String("lang", "", "comma-separated languages whose translations to check; empty checks none")
	files := flags.String("translations", "", "comma-separated translation files in gotext's format, as extract writes them")
	if code, ok := parseFlags(flags, args, stdout, stderr); !ok {
		return code
	}
	var tags []language.Tag
	if *langs != "" {
		var err error
		if tags, err = parseLangs(*langs, p); err != nil {
			fmt.Fprintf(stderr, "-lang: %v\n", err)
			return ExitUsage
		}
	}
	tr, code := translations(*files, tr, stderr)
	if code != ExitOK {
		return code
	}
	fs := p.Validate()
	for _, tag := range tags {
		fs = append(fs, render.CheckTranslations(p, tag, tr)...)
	}
	for _, f := range fs {
		fmt.Fprintln(stdout, f.Error())
	}
	translationHint(p, tr, tags, stderr)
	if fs.Err() != nil {
		return ExitFailed
	}
	return ExitOK
}

// translations returns the catalog of the comma-separated translation
// files in list, or tr where list is empty. It reports a problem on
// stderr with the exit code: ExitIOError for a file that cannot be read
// or decoded, ExitFailed for one with a message left untranslated.
func translations(list string, tr catalog.Catalog, stderr io.Writer) (catalog.Catalog, int) {
	if list == "" {
		return tr, ExitOK
	}
	var files []*render.MessageFile
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		f, err := readMessages(name)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return nil, ExitIOError
		}
		files = append(files, f)
	}
	cat, err := render.TranslationCatalog(files...)
	if err != nil {
		fmt.Fprintf(stderr, "-translations: %v\n", err)
		return nil, ExitFailed
	}
	return cat, ExitOK
}

// readMessages reads the translation file name, naming it in an error.
func readMessages(name string) (*render.MessageFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := render.ReadMessages(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// translationHint tells on stderr, for each language of tags in which
// some string of p has no translation in tr, how to supply them.
func translationHint(p *policy.Policy, tr catalog.Catalog, tags []language.Tag, stderr io.Writer) {
	for _, tag := range tags {
		if len(render.CheckTranslations(p, tag, tr)) == 0 {
			continue
		}
		lang := libraryLanguage(tag)
		file := "messages." + lang.String() + ".json"
		fmt.Fprintf(stderr, "to translate the policy's strings into %s: run extract -lang %s -out %s, fill in each \"translation\" "+
			"(copy the message to keep a name as it is), and pass -translations %s\n", lang, lang, file, file)
	}
}

// extractCmd writes the strings of p to translate into one language.
func extractCmd(p *policy.Policy, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", "extract -lang LANG [-in FILE] [-out FILE]\n\n"+
		"extract writes the strings of the policy that a document in LANG states, each with its\n"+
		"declaration paths, as a translation file in the format of x/text's gotext tool. Fill in\n"+
		"each \"translation\" (a translation equal to the message keeps a name as it is) and pass\n"+
		"the file to render, check or validate with -translations.")
	lang := fs.String("lang", "", "the language to translate into, one the library has wording for (required)")
	in := fs.String("in", "", "an earlier translation file whose translations to keep; strings the policy no longer states are dropped")
	out := fs.String("out", "", "the file to write; empty writes to standard output")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *lang == "" || strings.Contains(*lang, ",") {
		fmt.Fprintln(stderr, "extract: -lang takes one language, such as -lang ru")
		return ExitUsage
	}
	tags, err := parseLangs(*lang, p)
	if err != nil {
		fmt.Fprintf(stderr, "-lang: %v\n", err)
		return ExitUsage
	}
	if src := policyLanguage(p); libraryLanguage(tags[0]) == libraryLanguage(src) {
		fmt.Fprintf(stderr, "-lang: %s: the policy is written in %s and needs no translation into it\n", tags[0], src)
		return ExitUsage
	}
	var prev *render.MessageFile
	if *in != "" {
		if prev, err = readMessages(*in); err != nil {
			fmt.Fprintln(stderr, err)
			return ExitIOError
		}
	}
	f, err := render.Extract(p, tags[0], prev)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", *in, err)
		return ExitUsage
	}
	var buf bytes.Buffer
	if err := f.WriteJSON(&buf); err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	if *out == "" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintln(stderr, err)
			return ExitIOError
		}
	} else if err := Publish(filepath.Dir(*out), map[string][]byte{filepath.Base(*out): buf.Bytes()}); err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	todo, kept := 0, map[string]bool{}
	for _, m := range f.Messages {
		kept[m.ID] = true
		if m.Translation == "" {
			todo++
		}
	}
	dropped := 0
	if prev != nil {
		for _, m := range prev.Messages {
			if !kept[m.ID] {
				dropped++
			}
		}
	}
	fmt.Fprintf(stderr, "%s: %d strings, %d to translate", f.Language, len(f.Messages), todo)
	if dropped > 0 {
		fmt.Fprintf(stderr, "; %d no longer used, dropped", dropped)
	}
	fmt.Fprintln(stderr)
	return ExitOK
}

// policyLanguage returns the language p is written in.
func policyLanguage(p *policy.Policy) language.Tag {
	if p.Language == language.Und {
		return language.English
	}
	return p.Language
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
			if err := write("privacy."+doc.Language.String()+f.Ext, f, in); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func renderCmd(p *policy.Policy, tr catalog.Catalog, args []string, stdout, stderr io.Writer, check bool) int {
	name := "render"
	if check {
		name = "check"
	}
	fs := newFlagSet(name, name+" [-out DIR] [-lang en,ru] [-translations FILE,...] [-formats LIST] [-width N] [-picture]\n"+
		"       [-fides-system KEY] [-fides-organization KEY] [-fides-subjects KEYS] [-apple-tracking-domains DOMAINS] [-play-encrypted]")
	dir := fs.String("out", ".", "directory to write the files to")
	langs := fs.String("lang", "", "comma-separated languages (BCP 47) the library has wording for; empty means the policy's own")
	files := fs.String("translations", "", "comma-separated translation files in gotext's format, as extract writes them; they replace the built-in translations")
	formatList := fs.String("formats", "", "comma-separated formats: "+formatNames(render.Formats())+
		"; empty means all of these; exports, which need the vocabulary terms: "+formatNames(export.Formats()))
	width := fs.Int("width", 80, "wrap plain text at this column; -1 turns wrapping off")
	checkOnly := fs.Bool("check", check, "write nothing; exit 1 if any privacy.* file is missing, differs from the policy or is not produced any more")
	picture := fs.Bool("picture", false, "add the privacy label and the data-flow diagram to the HTML page and fragment")
	var opts export.Options
	exportFlags := exportFlags(fs, &opts)
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if check && !*checkOnly {
		fmt.Fprintln(stderr, "check: -check=false would write files; use render to write them")
		return ExitUsage
	}
	tags, err := parseLangs(*langs, p)
	if err != nil {
		fmt.Fprintf(stderr, "-lang: %v\n", err)
		return ExitUsage
	}
	chosen, err := parseFormats(*formatList, export.FormatsWith(opts))
	if err != nil {
		fmt.Fprintf(stderr, "-formats: %v\n", err)
		return ExitUsage
	}
	if err := checkExportFlags(fs, exportFlags, chosen); err != nil {
		fmt.Fprintln(stderr, err)
		return ExitUsage
	}
	tr, code := translations(*files, tr, stderr)
	if code != ExitOK {
		return code
	}
	if *picture {
		if chosen, err = withPicture(chosen, tr); err != nil {
			fmt.Fprintf(stderr, "-picture: %v\n", err)
			return ExitUsage
		}
	}
	if fs := p.Validate(); fs.Err() != nil {
		fmt.Fprintln(stderr, fs.Error())
		return ExitFailed
	}
	outputs, err := Outputs(p, tr, tags, chosen, *width)
	if err != nil {
		fmt.Fprintln(stderr, err)
		if errors.Is(err, render.RuleMissingTranslation) {
			translationHint(p, tr, tags, stderr)
		}
		return ExitFailed
	}
	if *checkOnly {
		return checkFiles(*dir, outputs, stdout, stderr)
	}
	if err := Publish(*dir, outputs); err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	unexpected, err := unexpectedFiles(*dir, outputs)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	for _, path := range unexpected {
		fmt.Fprintf(stderr, "%s: not produced from the policy any more; left in place, remove it\n", path)
	}
	return ExitOK
}

// checkFiles reports on stdout every privacy.* file of dir that is
// missing, differs from files or is not in files, and returns ExitFailed
// if there is any.
func checkFiles(dir string, files map[string][]byte, stdout, stderr io.Writer) int {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	stale := 0
	for _, name := range names {
		path := filepath.Join(dir, name)
		fi, err := os.Lstat(path)
		if err == nil && !fi.Mode().IsRegular() {
			fmt.Fprintf(stdout, "%s: not a regular file (%s); the generator writes regular files\n", path, fi.Mode().Type())
			stale++
			continue
		}
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
	unexpected, err := unexpectedFiles(dir, files)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitIOError
	}
	for _, path := range unexpected {
		fmt.Fprintf(stdout, "%s: unexpected: not produced from the policy (a language or format no longer published?); remove it\n", path)
		stale++
	}
	if stale > 0 {
		return ExitFailed
	}
	return ExitOK
}

// unexpectedFiles returns the paths of the entries of dir named privacy.*
// that are not in files, sorted. A directory that does not exist has
// none.
func unexpectedFiles(dir string, files map[string][]byte) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries { // sorted by name
		if _, ok := files[e.Name()]; !ok && strings.HasPrefix(e.Name(), "privacy.") {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	return paths, nil
}

// parseLangs returns the languages of the comma-separated list s, or the
// policy's own for "". A language the library has no wording for is an
// error, as is one that would write the same files as another: the file
// names carry the language the library writes (en for en-GB).
func parseLangs(s string, p *policy.Policy) ([]language.Tag, error) {
	if s == "" {
		tag := p.Language
		if tag == language.Und {
			tag = language.English
		}
		return []language.Tag{tag}, nil
	}
	var tags []language.Tag
	written := map[language.Tag]language.Tag{} // by the language written
	for _, part := range strings.Split(s, ",") {
		tag, err := language.Parse(strings.TrimSpace(part))
		if err != nil {
			return nil, fmt.Errorf("%q: %v", part, err)
		}
		lib := libraryLanguage(tag)
		if want, _ := tag.Base(); want != baseOf(lib) {
			return nil, fmt.Errorf("%s: the library has no wording in this language (it would write %s)", tag, lib)
		}
		if prev, ok := written[lib]; ok {
			return nil, fmt.Errorf("%s and %s both write privacy.%s.*", prev, tag, lib)
		}
		written[lib] = tag
		tags = append(tags, tag)
	}
	return tags, nil
}

// libraryLanguage returns the language render.Compose writes when asked
// for tag.
func libraryLanguage(tag language.Tag) language.Tag {
	doc, err := render.Compose(&policy.Policy{}, render.Options{Language: tag})
	if err != nil { // an empty policy has nothing to translate
		return language.Und
	}
	return doc.Language
}

func baseOf(tag language.Tag) language.Base {
	b, _ := tag.Base()
	return b
}

// exportFlag is a flag that sets an answer of one export.
type exportFlag struct {
	name   string // flag name, without the dash
	format string // name of the export's format
	check  func() error
}

// exportFlags defines on fs the flags that set opts, the answers the
// exports need that a policy does not state, and returns them.
func exportFlags(fs *flag.FlagSet, opts *export.Options) []exportFlag {
	list := func(dst *[]string) func(string) error {
		return func(s string) error {
			*dst = nil
			for _, v := range strings.Split(s, ",") {
				if v = strings.TrimSpace(v); v != "" {
					*dst = append(*dst, v)
				}
			}
			if len(*dst) == 0 {
				return errors.New("want one or more comma-separated values")
			}
			return nil
		}
	}
	fs.StringVar(&opts.Fides.SystemKey, "fides-system", "", "fides export: the system's fides_key `KEY`; empty makes one from the controller's name")
	fs.StringVar(&opts.Fides.Organization, "fides-organization", "", "fides export: the fides_key `KEY` of the system's organization; empty means default_organization")
	fs.Func("fides-subjects", "fides export: the Fides data subject `KEYS` of every declaration, comma-separated (default customer)", list(&opts.Fides.DataSubjects))
	fs.Func("apple-tracking-domains", "xcprivacy export: the internet `DOMAINS` the app connects to that engage in tracking, comma-separated (NSPrivacyTrackingDomains)", list(&opts.Apple.TrackingDomains))
	fs.BoolVar(&opts.Play.EncryptedInTransit, "play-encrypted", false, "play export: answer yes to \"Is all of the user data collected by your app encrypted in transit?\"")
	return []exportFlag{
		{"fides-system", "fides", func() error { return export.FidesOptions{SystemKey: opts.Fides.SystemKey}.Validate() }},
		{"fides-organization", "fides", func() error { return export.FidesOptions{Organization: opts.Fides.Organization}.Validate() }},
		{"fides-subjects", "fides", func() error { return export.FidesOptions{DataSubjects: opts.Fides.DataSubjects}.Validate() }},
		{"apple-tracking-domains", "xcprivacy", func() error { return opts.Apple.Validate() }},
		{"play-encrypted", "play", nil},
	}
}

// checkExportFlags reports an export flag given on fs whose value the
// export refuses, or whose export is not among the chosen formats (where
// it would have no effect).
func checkExportFlags(fs *flag.FlagSet, flags []exportFlag, chosen []render.Format) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, f := range flags {
		if !set[f.name] {
			continue
		}
		if f.check != nil {
			if err := f.check(); err != nil {
				return fmt.Errorf("-%s: %v", f.name, err)
			}
		}
		if !slices.ContainsFunc(chosen, func(c render.Format) bool { return c.Name == f.format }) {
			return fmt.Errorf("-%s: sets the %s export, which -formats does not choose (add it: -formats ...,%s)", f.name, f.format, f.format)
		}
	}
	return nil
}

// withPicture returns formats with the HTML page and fragment replaced by
// ones that add the privacy label and data-flow diagram of
// [render.ComposePicture], composed in the document's language with the
// translations tr. It is an error if formats has neither.
func withPicture(formats []render.Format, tr catalog.Catalog) ([]render.Format, error) {
	out := slices.Clone(formats)
	found := false
	for i, f := range out {
		var fragment bool
		switch f.Name {
		case "html":
		case "html-fragment":
			fragment = true
		default:
			continue
		}
		found = true
		out[i].Write = func(w io.Writer, in render.Input) error {
			pic, err := render.ComposePicture(in.Policy, render.Options{Language: in.Document.Language, Translations: tr})
			if err != nil {
				return err
			}
			return render.WriteHTML(w, in.Document, render.HTMLOptions{Fragment: fragment, Picture: pic})
		}
	}
	if !found {
		return nil, errors.New("the picture is drawn in HTML: choose html or html-fragment in -formats")
	}
	return out, nil
}

// parseFormats returns the formats of render.Formats and the exports
// named in the comma-separated list s, by name or extension; "" means
// those of render.Formats.
func parseFormats(s string, exports []render.Format) ([]render.Format, error) {
	if s == "" {
		return render.Formats(), nil
	}
	all := append(render.Formats(), exports...)
	var out []render.Format
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		i := slices.IndexFunc(all, func(f render.Format) bool {
			return name == f.Name || name == f.Ext || "."+name == f.Ext
		})
		if i < 0 {
			return nil, fmt.Errorf("unknown format %q: want %s", name, formatNames(all))
		}
		if !slices.ContainsFunc(out, func(f render.Format) bool { return f.Name == all[i].Name }) {
			out = append(out, all[i])
		}
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
	fs := newFlagSet("diff", "diff -old FILE.json [-format text|json]")
	oldFile := fs.String("old", "", "the earlier version, as a JSON file (required)")
	format := fs.String("format", "text", "report format: text or json")
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if *oldFile == "" || (*format != "text" && *format != "json") {
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
func Diff(old, next *policy.Policy, format string, stdout, stderr io.Writer) int {
	r, err := diff.Compare(old, next)
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
	for _, f := range diff.Check(old, next) {
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
