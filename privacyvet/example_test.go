package privacyvet_test

import (
	"cmp"
	"fmt"
	"go/token"
	"log"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/gopolicy/policy/privacyvet"
)

// Run the analyzer from Go code, here on the small module in
// testdata/mod against the policy in testdata/policy.json. A command
// line tool is one line: singlechecker.Main(privacyvet.New(privacyvet.Config{})).
func Example() {
	policyFile, err := filepath.Abs("testdata/policy.json")
	if err != nil {
		log.Fatal(err)
	}
	a := privacyvet.New(privacyvet.Config{PolicyFile: policyFile})

	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: "testdata/mod"}, "./...")
	if err != nil {
		log.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		log.Fatal(err)
	}
	type line struct {
		posn token.Position
		msg  string
	}
	var lines []line
	for _, act := range graph.Roots {
		if act.Err != nil {
			log.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			lines = append(lines, line{act.Package.Fset.Position(d.Pos), d.Message})
		}
	}
	slices.SortFunc(lines, func(a, b line) int {
		return cmp.Or(cmp.Compare(a.posn.Filename, b.posn.Filename), cmp.Compare(a.posn.Offset, b.posn.Offset))
	})
	for _, l := range lines {
		fmt.Printf("%s:%d: %s\n", filepath.Base(l.posn.Filename), l.posn.Line, l.msg)
	}
	// Output:
	// shop.go:8: privacy tag names "acount.name", which the policy does not declare (did you mean "account.name"?)
	// shop.go:9: Phone looks like personal data (phone number) and has no privacy tag: tag it privacy:"<category>", or privacy:"-" privacyreason:"<why>"
	// shop.go:10: privacy:"-" without a reason: say why the field holds no personal data in privacyreason:"..."
}
