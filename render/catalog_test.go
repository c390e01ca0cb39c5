package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// libraryKeys returns every key the package looks up: the string literals
// passed to a printer's Sprintf in every non-test source file of the
// package (however the composer is split into files), the English names of
// the policy package's constants that it prints, the statements of the
// grounds, the authorities, and the months.
func libraryKeys(t *testing.T) map[string]bool {
	t.Helper()
	keys := make(map[string]bool)
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	scanned := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		inspectKeys(t, f, keys)
		scanned++
	}
	if scanned < 10 {
		t.Fatalf("scanned %d source files; the file scan is broken", scanned)
	}
	for _, b := range policy.Bases() {
		keys[b.Name()] = true
		if text, ok := groundText[b]; ok {
			keys[text] = true
		} else {
			t.Errorf("no statement of the ground %s in groundText", b)
		}
	}
	for k := policy.CCPAIdentifiers; k <= policy.CCPASensitivePersonalInfo; k++ {
		keys[k.Name()] = true
	}
	for _, m := range []map[policy.Safeguard]string{safeguardText} {
		for _, text := range m {
			keys[text] = true
		}
	}
	for _, text := range disclosureNotice {
		keys[text] = true
	}
	for _, m := range []map[policy.Removal]string{stageText, stageTextOpen} {
		for _, text := range m {
			keys[text] = true
		}
	}
	for _, text := range technologyText {
		keys[text] = true
	}
	for _, text := range categoryCommitment {
		keys[text] = true
	}
	for _, text := range recipientCommitment {
		keys[text] = true
	}
	for _, text := range secrecySentences {
		keys[text] = true
	}
	for _, text := range definitionText {
		keys[text] = true
	}
	for _, text := range fz152Rights {
		keys[text] = true
	}
	for _, text := range lgpdRights {
		keys[text] = true
	}
	for _, text := range userDutySentences {
		keys[text] = true
	}
	for _, row := range rightToKnow {
		for _, text := range row {
			keys[text] = true
		}
	}
	for _, l := range policy.Laws() {
		keys[l.Name()] = true
		if a := l.Authority(); a.Name != "" {
			keys[a.Name] = true
		}
		for _, st := range l.Statements() {
			keys[st.Text] = true
		}
	}
	for v := range 256 { // every value of the uint8 enums
		for _, name := range []string{
			policy.Source(v).Name(), policy.Principle(v).Name(), policy.Event(v).Name(),
			policy.RecipientRole(v).Name(), policy.Safeguard(v).Name(), policy.RightKind(v).Name(),
			policy.Channel(v).Name(), policy.Commitment(v).Name(), policy.DisclosureKind(v).Name(),
			policy.MeasureKind(v).Name(), policy.Verification(v).Name(),
			policy.RedressKind(v).Name(), policy.DataClass(v).Name(), policy.Organisation(v).Name(),
			policy.DataSubject(v).Name(), policy.Action(v).Name(), policy.ProcessingMethod(v).Name(),
			policy.Audience(v).Name(), policy.DPACondition(v).Name(),
			policy.SuspensionTarget(v).Name(), policy.SuspensionGround(v).Name(),
			policy.ChosenDestination(v).Name(), policy.SafetyTip(v).Name(), policy.KeptReason(v).Name(),
			policy.SectoralLaw(v).Name(), policy.ExternalService(v).Name(), policy.DecisionArea(v).Name(),
			policy.GLBAReason(v).Name(),
		} {
			if name != "" {
				keys[name] = true
			}
		}
	}
	for _, r := range verificationRules {
		keys[r.sentence] = true
	}
	for _, k := range (policy.CCPAMetrics{}).Kinds() {
		keys[k.Name] = true
	}
	for m := time.January; m <= time.December; m++ {
		keys[m.String()] = true
	}
	return keys
}

// inspectKeys adds the string literals f passes to a Sprintf or to the
// composer's word.
func inspectKeys(t *testing.T, f *ast.File, keys map[string]bool) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Sprintf" && sel.Sel.Name != "word" && sel.Sel.Name != "storedIn" {
			return true
		}
		if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			keys[s] = true
		}
		return true
	})
}

func TestCatalogComplete(t *testing.T) {
	keys := libraryKeys(t)
	if len(keys) < 150 {
		t.Fatalf("found only %d keys; the key scan is broken", len(keys))
	}
	for tag, dict := range dictionaries {
		for key := range keys {
			if _, plural := pluralKeys[key]; plural {
				if _, ok := pluralKeys[key][tag]; !ok {
					t.Errorf("%v: no plural forms for %q", tag, key)
				}
				continue
			}
			if _, ok := dict[key]; !ok {
				t.Errorf("%v: no translation of %q", tag, key)
			}
		}
		for key := range dict {
			if !keys[key] {
				t.Errorf("%v: translation of %q, which the package does not use", tag, key)
			}
		}
	}
}

func TestRussianPlurals(t *testing.T) {
	pr, _ := printer(language.Russian)
	for n, want := range map[int]string{1: "1 год", 2: "2 года", 4: "4 года", 5: "5 лет", 11: "11 лет", 21: "21 год", 22: "22 года"} {
		if got := pr.Sprintf("%d years", n); got != want {
			t.Errorf("%d years = %q, want %q", n, got, want)
		}
	}
	for n, want := range map[int]string{1: "1 день", 3: "3 дня", 10: "10 дней", 30: "30 дней", 31: "31 день"} {
		if got := pr.Sprintf("%d days", n); got != want {
			t.Errorf("%d days = %q, want %q", n, got, want)
		}
	}
	en, _ := printer(language.English)
	if got := en.Sprintf("%d years", 1) + ", " + en.Sprintf("%d years", 2); got != "1 year, 2 years" {
		t.Errorf("English plurals = %q", got)
	}
}

func russianCatalog(t *testing.T, p *policy.Policy, skip string) catalog.Catalog {
	t.Helper()
	return markedCatalog(t, p, language.Russian, func(s string) string { return "«" + s + "»" }, skip)
}

func TestComposeRussian(t *testing.T) {
	p := smallPolicy()
	p.Laws = []policy.Law{policy.FZ152, policy.GDPR}
	d := mustCompose(t, p, Options{Language: language.Russian, Translations: russianCatalog(t, p, "")})
	if d.Language != language.Russian || d.Title != "Политика в отношении обработки персональных данных" {
		t.Errorf("Lang, Title = %v, %q", d.Language, d.Title)
	}
	var all []string
	for _, s := range d.Sections {
		all = append(all, s.Title)
		var walk func([]*Clause)
		walk = func(cs []*Clause) {
			for _, c := range cs {
				all = append(all, c.Text.String())
				walk(c.Clauses)
			}
		}
		walk(s.Clauses)
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		"«Email»: 1 год и 6 месяцев после сбора, после чего данные уничтожаются.",
		"п. 1 ч. 1 ст. 6 Федерального закона № 152-ФЗ; подп. «a» п. 1 ст. 6 GDPR",
		"Дата вступления в силу: 2 января 2025 г.",
	} {
		if !strings.Contains(text+"\n"+d.Meta[0].String(), want) {
			t.Errorf("Russian document lacks %q:\n%s", want, text)
		}
	}
	// No English word of the library's own is left.
	for _, en := range []string{" the ", " data ", "Purpose", "consent"} {
		if strings.Contains(text, en) {
			t.Errorf("Russian document contains English %q:\n%s", en, text)
		}
	}
}

func TestComposeMissingTranslation(t *testing.T) {
	p := smallPolicy()
	_, err := Compose(p, Options{Language: language.Russian, Translations: russianCatalog(t, p, "Newsletter")})
	fs, ok := err.(policy.Findings)
	if !ok || len(fs) != 1 {
		t.Fatalf("Compose error = %v, want one finding", err)
	}
	want := policy.Finding{Path: "purposes[news].name", Rule: RuleMissingTranslation, Severity: policy.SeverityError, Message: `no ru translation of "Newsletter"; add it to Options.Translations (privacy extract -lang ru lists the strings)`}
	if fs[0] != want {
		t.Errorf("finding = %+v, want %+v", fs[0], want)
	}
	if got := CheckTranslations(p, language.Russian, nil); len(got) != 7 {
		t.Errorf("CheckTranslations without a catalog = %d findings, want 7: %v", len(got), got)
	}
	if got := CheckTranslations(p, language.English, nil); got != nil {
		t.Errorf("CheckTranslations into the source language = %v", got)
	}
}

// TestCheckTranslationsPaths checks that each free-text string of a policy
// that sets all of them is reported, once, at its declaration path, in
// the order the document states them.
func TestCheckTranslationsPaths(t *testing.T) {
	p := fullPolicy()
	var got []string
	for _, f := range CheckTranslations(p, language.Russian, nil) {
		if f.Rule != RuleMissingTranslation || f.Severity != policy.SeverityError {
			t.Errorf("finding %v: rule %s, severity %v", f, f.Rule, f.Severity)
		}
		got = append(got, f.Path)
	}
	want := []string{
		"title", "introduction[0]", "scope[0]", "scope[1]",
		"customer_data.data", "customer_data.customers", "other_notices[0].covers",
		"controller.name", "controller.registration", "controller.address",
		"dpo.name", "dpo.address", "representatives[0].contact.name", "representatives[0].contact.address",
		"establishments[0].contact.name", "establishments[0].contact.address",
		"categories[account.email].name", "categories[account.email].items[0]", "categories[account.email].items[1]",
		"categories[account.email].description", "categories[account.email].source_detail",
		"not_collected[card].name", "not_collected[card].note", "not_collected[location].name", "not_collected[location].note",
		"not_collected[sensitive].name",
		"purposes[news].name", "purposes[news].description", "purposes[news].obligations[0].act", "purposes[news].interest", "purposes[news].withdraw",
		"purposes[news].paid_alternative.offer",
		"purposes[news].opt_out_how",
		"purposes[news].required", "purposes[news].automated", "purposes[news].suspension.contest",
		"categories[account.email].retention.law", "categories[account.email].retention.criteria", "categories[account.email].retention.note",
		"purposes[news].retention.law", "purposes[news].retention.note", "deletion[0].note",
		"recipients[mailer].name", "recipients[mailer].purpose",
		"recipients[partner].name", "recipients[partner].purpose", "recipients[partner].arrangement", "disclosures[0].note", "transfers[0].risks", "transfers[0].note",
		"cookies[session].name", "cookies[session].note", "cookies[ads].name", "cookies[ads].provider_name", "cookies[open].name",
		"rights[0].how", "requests.verification_detail", "requests.without_account", "us_states.appeal.how",
		"redress[0].contact.name", "redress[0].contact.address",
		"security[0].name", "security[0].description", "security[1].description", "children.scope", "children.note", "children.parent_requests", "changes.note",
		"ccpa.opt_in_process", "ccpa.request_methods[0]", "ccpa.request_methods[1]",
		"incentives[rewards].name", "incentives[rewards].summary", "incentives[rewards].opt_in", "incentives[rewards].withdraw", "incentives[rewards].value",
		"glba.limit_how", "glba.joint_accounts",
		"contact.name", "contact.address",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths of missing translations (-want +got):\n%s", diff)
	}
	n := 0
	freeText(p, func(_, _ string) { n++ })
	if len(got) != n {
		t.Errorf("%d findings for %d free-text strings", len(got), n)
	}
	// A string missing at two declarations is reported at both; one
	// translated is reported at neither.
	p.Purposes[0].Withdraw = p.Categories[0].Description
	cat := markedCatalog(t, p, language.Russian, pseudo, p.Categories[0].Description)
	got = got[:0]
	for _, f := range CheckTranslations(p, language.Russian, cat) {
		got = append(got, f.Path)
	}
	if diff := cmp.Diff([]string{"categories[account.email].description", "purposes[news].withdraw"}, got); diff != "" {
		t.Errorf("paths of one missing string (-want +got):\n%s", diff)
	}
}
