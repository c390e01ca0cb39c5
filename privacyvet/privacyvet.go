package privacyvet

import (
	"flag"
	"fmt"
	"github.com/gopolicy/policy/internal/textdist"
	"go/ast"
	"go/types"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/gopolicy/policy"
)

// TagKey is the struct tag key that names the categories of data a field
// holds, as in `privacy:"account.email"`.
const TagKey = "privacy"

// ReasonTagKey is the struct tag key that says why a field tagged
// `privacy:"-"` holds no personal data, as in
// `privacy:"-" privacyreason:"product SKU, not about a person"`.
const ReasonTagKey = "privacyreason"

// Config configures an analyzer made by [New].
type Config struct {
	// PolicyFile is the path of the policy's JSON, as [policy.Encode]
	// writes it and the generator publishes it. Without it, the analyzer
	// checks untagged fields, the syntax of tags and the reasons of
	// suppressions, but neither tag categories nor SDK imports. The
	// analyzer's -policy flag sets it.
	PolicyFile string
}

// New returns an analyzer that reports struct fields that look like
// personal data but have no `privacy` tag, tags that are malformed or name
// categories the policy does not declare, suppressions without a reason,
// and imports of SDKs whose provider the policy does not declare as a
// recipient. Each analyzer has its own flags and policy; the policy is read
// once, on the first package analyzed.
func New(c Config) *analysis.Analyzer {
	r := &runner{cfg: c, m: newMatcher(dataTypes)}
	a := &analysis.Analyzer{
		Name:     "privacyvet",
		Doc:      doc,
		URL:      "https://pkg.go.dev/github.com/gopolicy/policy/privacyvet",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      r.run,
	}
	a.Flags.Init(a.Name, flag.ContinueOnError)
	a.Flags.StringVar(&r.cfg.PolicyFile, "policy", c.PolicyFile,
		"path of the policy's JSON; enables the checks of tag categories and SDK imports (under go vet, give an absolute path)")
	return a
}

const doc = `report personal data in Go code that the privacy policy does not account for

privacyvet reports struct fields that look like personal data (e-mail,
phone, IP address, name, postal address, birth date, payment card,
location, device identifier, national ID, password) and have no privacy
tag; privacy tags that are malformed or, with -policy, name categories the
policy does not declare; privacy:"-" suppressions without a privacyreason
tag; and, with -policy, imports of SDKs (payments, analytics, error
tracking, e-mail, AI model APIs) whose provider the policy does not declare
as a recipient.`

// A runner holds one analyzer's configuration and its policy, read once.
type runner struct {
	cfg  Config
	m    *matcher
	once sync.Once
	pol  *loadedPolicy
	err  error
}

// loadedPolicy is what the checks need from a policy.
type loadedPolicy struct {
	p           *policy.Policy
	notCollect  map[string]bool
	recipients  []string // lower-cased names and IDs
	categoryIDs []string // in declaration order
}

func (r *runner) policy() (*loadedPolicy, error) {
	r.once.Do(func() {
		if r.cfg.PolicyFile == "" {
			return
		}
		f, err := os.Open(r.cfg.PolicyFile)
		if err != nil {
			r.err = fmt.Errorf("reading the policy: %w", err)
			return
		}
		defer f.Close()
		p, err := policy.Decode(f)
		if err != nil {
			r.err = fmt.Errorf("reading the policy %s: %w", r.cfg.PolicyFile, err)
			return
		}
		lp := &loadedPolicy{p: p, notCollect: make(map[string]bool)}
		for _, e := range p.NotCollected {
			lp.notCollect[e.ID] = true
		}
		for _, rc := range p.Recipients {
			if rc != nil {
				lp.recipients = append(lp.recipients, strings.ToLower(rc.Name), strings.ToLower(rc.ID))
			}
		}
		for _, c := range p.Categories {
			if c != nil {
				lp.categoryIDs = append(lp.categoryIDs, c.ID)
			}
		}
		r.pol = lp
	})
	return r.pol, r.err
}

func (r *runner) run(pass *analysis.Pass) (any, error) {
	lp, err := r.policy()
	if err != nil {
		return nil, err
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for fc := range ins.Root().Children() {
		f := fc.Node().(*ast.File)
		name := pass.Fset.File(f.Pos()).Name()
		// Test files and generated files declare types no service stores
		// or that nobody can tag; their tags are still checked.
		generated := ast.IsGenerated(f)
		test := strings.HasSuffix(name, "_test.go")
		if lp != nil && !test {
			r.checkImports(pass, lp, f)
		}
		for c := range fc.Preorder((*ast.StructType)(nil)) {
			r.checkStruct(pass, lp, c, !generated && !test)
		}
	}
	return nil, nil
}

// checkImports reports imports of SDKs whose provider p does not declare.
func (r *runner) checkImports(pass *analysis.Pass, lp *loadedPolicy, f *ast.File) {
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			continue
		}
		sdk, ok := lookupSDK(path)
		if !ok || lp.declares(sdk) {
			continue
		}
		pass.Reportf(spec.Path.Pos(), "%s sends data to %s (%s), which the policy does not declare as a recipient: add a recipient naming %s",
			path, sdk.Provider, sdk.Kind, sdk.Provider)
	}
}

// declares reports whether a recipient's name or ID contains the
// provider's name or one of its aliases, ignoring case.
func (lp *loadedPolicy) declares(s SDK) bool {
	for _, n := range s.names() {
		n = strings.ToLower(n)
		for _, rc := range lp.recipients {
			if strings.Contains(rc, n) {
				return true
			}
		}
	}
	return false
}

// checkStruct checks the fields of one struct type.
func (r *runner) checkStruct(pass *analysis.Pass, lp *loadedPolicy, c inspector.Cursor, untagged bool) {
	st := c.Node().(*ast.StructType)
	typeName := ""
	for sc := range c.Enclosing((*ast.TypeSpec)(nil)) {
		typeName = sc.Node().(*ast.TypeSpec).Name.Name
		break
	}
	subj := structSubject(typeName, pass.Pkg.Name())
	for _, field := range st.Fields.List {
		var tag reflect.StructTag
		hasTag := false
		if field.Tag != nil {
			if s, err := strconv.Unquote(field.Tag.Value); err == nil {
				tag = reflect.StructTag(s)
			}
		}
		if v, ok := tag.Lookup(TagKey); ok {
			hasTag = true
			r.checkTag(pass, lp, field.Tag, v, tag)
		} else if _, ok := tag.Lookup(ReasonTagKey); ok {
			pass.Reportf(field.Tag.Pos(), `%s tag without %s:"-": a reason applies only to a field marked as holding no personal data`, ReasonTagKey, TagKey)
		}
		if hasTag || !untagged {
			continue
		}
		t := pass.TypesInfo.TypeOf(field.Type)
		if t == nil {
			continue
		}
		if d, ok := r.m.matchType(t); ok {
			typ := types.TypeString(t, types.RelativeTo(pass.Pkg))
			if len(field.Names) == 0 {
				pass.Reportf(field.Pos(), "embedded %s holds personal data (%s) and has no %s tag%s", typ, d.Name, TagKey, tagHint)
			}
			for _, n := range field.Names {
				if !aboutInfrastructure(n.Name) {
					pass.Reportf(n.Pos(), "%s holds personal data (%s: type %s) and has no %s tag%s", n.Name, d.Name, typ, TagKey, tagHint)
				}
			}
			continue
		}
		if len(field.Names) == 0 || subj == subjectConfig || !holdsValue(t) {
			continue
		}
		for _, n := range field.Names {
			if d, ok := r.m.matchName(n.Name, subj == subjectPerson); ok {
				pass.Reportf(n.Pos(), "%s looks like personal data (%s) and has no %s tag%s", n.Name, d.Name, TagKey, tagHint)
			}
		}
	}
}

const tagHint = `: tag it privacy:"<category>", or privacy:"-" privacyreason:"<why>"`

// checkTag checks the value v of a privacy tag.
func (r *runner) checkTag(pass *analysis.Pass, lp *loadedPolicy, lit *ast.BasicLit, v string, tag reflect.StructTag) {
	pos := lit.Pos()
	if v == "-" {
		reason, ok := tag.Lookup(ReasonTagKey)
		if !ok || strings.TrimSpace(reason) == "" {
			pass.Reportf(pos, `%s:"-" without a reason: say why the field holds no personal data in %s:"..."`, TagKey, ReasonTagKey)
		}
		return
	}
	if _, ok := tag.Lookup(ReasonTagKey); ok {
		pass.Reportf(pos, `%s tag on a field with categories: a reason applies only to %s:"-"`, ReasonTagKey, TagKey)
	}
	ids := strings.Split(v, ",")
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		switch {
		case !policy.ValidID(id):
			pass.Reportf(pos, `malformed %s tag %q: want category IDs separated by commas with no spaces, such as "account.email,account.name", or "-"`, TagKey, v)
			return
		case seen[id]:
			pass.Reportf(pos, `%s tag %q names %q twice`, TagKey, v, id)
			return
		}
		seen[id] = true
	}
	if lp == nil {
		return
	}
	for _, id := range ids {
		switch {
		case lp.notCollect[id]:
			pass.Reportf(pos, "%s tag names %q, which the policy declares as not collected", TagKey, id)
		case lp.p.Category(id) == nil:
			msg := fmt.Sprintf("%s tag names %q, which the policy does not declare", TagKey, id)
			if s := closest(id, lp.categoryIDs); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			pass.Report(analysis.Diagnostic{Pos: pos, End: lit.End(), Message: msg})
		}
	}
}

// closest returns the candidate nearest to s in edit distance, if it is
// near enough to be a likely misspelling: at most a quarter of the longer
// string's length, and at least 1. Ties go to the earlier candidate.
func closest(s string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := textdist.Distance(s, c)
		limit := max(1, max(len(s), len(c))/4)
		if d <= limit && (bestD < 0 || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
}
