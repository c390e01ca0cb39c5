package render

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/gopolicy/policy"
	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/language"
)

// hostileNew is a policy whose criminal authority's laws, purpose's
// obligations, legal acts, recipient's notice and transfer's risks are s,
// under every law whose wording states them, with criminal-offence data
// and high-risk profiling declared; its other strings are plain words.
func hostileNew(s string) *policy.Policy {
	p := hostile("Example")
	p.Laws = []policy.Law{policy.GDPR, policy.UKGDPR, policy.LGPD, policy.FADP}
	p.Categories[0].Criminal = true
	pu := p.Purposes[0]
	pu.Bases = append(pu.Bases, policy.BasisLegalObligation)
	pu.Obligations = []policy.Obligation{{Act: s, Region: language.MustParseRegion("BR")}}
	pu.Criminal = policy.CriminalAuthority{Official: true, Condition: policy.DPAConditionSafeguarding,
		Laws: []policy.Obligation{{Act: s, Region: language.MustParseRegion("GB")}, {Act: s, Region: language.MustParseRegion("DE")}}}
	pu.Profiling, pu.HighRiskProfiling = true, true
	p.LegalActs = []policy.Obligation{{Act: s, Region: language.MustParseRegion("BR")}}
	p.Recipients[0].NoticeURL = s
	p.Transfers[0].Risks = s
	return p
}

// hostilePayloads are strings an attacker with write access to a
// policy's declarations might try: markup of each output format, line
// breaks that would start a Markdown block, control and bidi characters,
// and an overlong value.
var hostilePayloads = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`Police Act](javascript:alert(1))`,
	`[Police Act](javascript:alert(1))`,
	`<https://evil.example>`,
	"Police Act\n# We sell your data",
	"Police Act\n\n- item\n> quote\n```\ncode",
	"Police Act\r\n<script>x</script>",
	"Police Act\x1b[2J\x00\x07",
	"Police Act\u0085\u2028\u2029",
	"Police Act \u202egnp.exe\u202c",
	"*bold* _it_ `code` | pipe | ~~strike~~ \\ &amp;",
	strings.Repeat("Police Act 1997, ", 5000) + "s. 113",
}

// TestHostileNewFieldsHTML checks that no payload in the recent fields
// adds an element, an attribute or a link target to either layout's HTML.
func TestHostileNewFieldsHTML(t *testing.T) {
	for _, s := range hostilePayloads {
		for _, fragment := range []bool{false, true} {
			for _, l := range layouts {
				out := renderHTMLLayout(t, hostileNew(s), fragment, l.layout)
				payload := ""
				if !strings.ContainsFunc(s, unicode.IsControl) {
					payload = s // what has no control character survives as text
				}
				checkHTML(t, out, fragment, payload)
			}
		}
	}
}

// markdownShape lists the kinds of the nodes of n, but for its text and
// its links to web addresses, which Compose makes of an http(s) address
// in any text: a payload that only changes words leaves it as it is. It
// fails t for a link of any other scheme and for an image.
func markdownShape(t *testing.T, n ast.Node) []string {
	t.Helper()
	var kinds []string
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text, *ast.String:
		case *ast.Link:
			dest := string(c.Destination)
			if !strings.HasPrefix(dest, "#") && !strings.HasPrefix(dest, "https://") && !strings.HasPrefix(dest, "http://") && !strings.HasPrefix(dest, "mailto:") {
				t.Errorf("link to %q in the Markdown", dest)
			}
			if strings.HasPrefix(dest, "#") {
				kinds = append(kinds, c.Kind().String())
			}
		case *ast.Image, *ast.AutoLink:
			t.Errorf("%s in the Markdown", c.Kind())
		default:
			kinds = append(kinds, c.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return kinds
}

// TestHostileNewFieldsMarkdown checks that each payload in the recent
// fields gives a Markdown document of the same shape as a plain word
// does, and that the act reads as the payload, its line breaks as spaces.
func TestHostileNewFieldsMarkdown(t *testing.T) {
	for _, l := range layouts {
		plainRoot, _ := parseMarkdown(t, mustCompose(t, hostileNew("Police Act"), Options{Layout: l.layout}))
		want := markdownShape(t, plainRoot)
		for _, s := range hostilePayloads {
			root, src := parseMarkdown(t, mustCompose(t, hostileNew(s), Options{Layout: l.layout}))
			if got := markdownShape(t, root); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s layout, payload %.40q: the Markdown has another shape than with a plain word:\n got %v\nwant %v", l.name, s, got, want)
				continue
			}
			if strings.ContainsFunc(s, unicode.IsControl) {
				continue
			}
			if txt := plainText(root, src); !strings.Contains(txt, s) {
				t.Errorf("%s layout: payload %.40q does not read as itself in the Markdown", l.name, s)
			}
		}
	}
}

// TestHostileNewFieldsText checks that the plain-text document holds no
// control character but the line feed, whatever the recent fields hold.
func TestHostileNewFieldsText(t *testing.T) {
	for _, s := range hostilePayloads {
		for _, l := range layouts {
			var buf bytes.Buffer
			if err := WriteText(&buf, mustCompose(t, hostileNew(s), Options{Layout: l.layout}), TextOptions{}); err != nil {
				t.Fatal(err)
			}
			if i := strings.IndexFunc(buf.String(), func(r rune) bool { return r != '\n' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029') }); i >= 0 {
				t.Errorf("%s layout, payload %.40q: control character at byte %d of the text: %q", l.name, s, i, buf.String()[max(0, i-20):min(buf.Len(), i+20)])
			}
			if !strings.ContainsFunc(s, unicode.IsControl) && !strings.Contains(strings.Join(strings.Fields(buf.String()), " "), strings.Join(strings.Fields(s), " ")) {
				// Wrapped lines break the payload at spaces only.
				t.Errorf("%s layout: payload %.40q lost from the text", l.name, s)
			}
		}
	}
}
