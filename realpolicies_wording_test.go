package policy_test

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gopolicy/policy"
	"github.com/gopolicy/policy/render"
	"golang.org/x/text/language"
)

// allRealPolicies returns every paraphrased policy, as TestRealPolicies
// measures them, with the statements that stay free text written into
// their fields.
func allRealPolicies() []realPolicy {
	rps := realPolicyList()
	for _, rp := range rps {
		for _, s := range rp.statements {
			if s.typed == nil && s.free != nil {
				s.free(rp.policy, "We say that "+s.says+".")
			}
		}
	}
	return rps
}

var (
	// pseudoMarked matches a string of the policy as the pseudo
	// translation marks it.
	pseudoMarked = regexp.MustCompile(`⟦[^⟦⟧]*⟧`)
	// addressLike matches email and web addresses, which a document
	// states as they are.
	addressLike = regexp.MustCompile(`[^\s(\[<]+@[^\s)\]>]+|https?://[^\s)\]>]+`)
	latinRun    = regexp.MustCompile(`[A-Za-z]{2,}`)
	cyrillicRun = regexp.MustCompile(`\p{Cyrillic}+`)
)

// russianLatin are the words in Latin letters that the library's Russian
// wording states: abbreviations and names of laws, authorities and
// instruments, and the titles of links a law prescribes in English.
var russianLatin = map[string]bool{
	"GDPR": true, "DPO": true, "UK": true, "LGPD": true, "CCPA": true, "EU": true, "US": true, "ICO": true, "ANPD": true,
	"CPPA": true, "IDTA": true, "Privacy": true, "Shield": true, "Data": true, "Framework": true,
	"Extension": true, "Swiss": true, "FADP": true, "DPF": true, "CPRA": true,
	"Do": true, "Not": true, "Sell": true, "or": true, "Share": true, "My": true, "Personal": true, "Information": true,
	"Limit": true, "the": true, "Use": true, "of": true, "Sensitive": true,
	"Track": true, "Global": true, "Control": true, "GPC": true, "cookie": true, "e": true, "mail": true,
	"FDPIC": true, "encarregado": true,
	// The US federal laws that govern data instead of the CCPA and the
	// state laws (Category.GovernedBy), named in English beside their
	// Russian names.
	"HIPAA": true, "Fair": true, "Credit": true, "Reporting": true, "Act": true, "Gramm": true, "Leach": true, "Bliley": true,
	"Driver": true, "Protection": true, // latinRun splits "Driver's" at the apostrophe
}

// romanNumeral matches the numbers of the items of an article of the
// LGPD, which a citation states as the law does (п. II ст. 7 LGPD).
var romanNumeral = regexp.MustCompile(`^[IVXL]+$`)

// TestRealPoliciesRussianWording renders every paraphrased policy in
// Russian, with each of its own strings translated as ⟦string⟧, and fails
// where a word of the library's own wording is left in English: the
// paraphrases reach sentences, laws and combinations of them that no
// smaller test declares, and a document must not mix two languages.
func TestRealPoliciesRussianWording(t *testing.T) {
	for _, rp := range allRealPolicies() {
		t.Run(rp.name, func(t *testing.T) {
			p := rp.policy
			if writtenIn(p, "ru") {
				// A policy written in Russian needs no translation: its
				// own strings, which may name anything in Latin letters,
				// are left out of the check instead.
				d, err := render.Compose(p, render.Options{Language: language.Russian})
				if err != nil {
					t.Fatal(err)
				}
				var b bytes.Buffer
				if err := render.WriteText(&b, d, render.TextOptions{Width: -1}); err != nil {
					t.Fatal(err)
				}
				rest := b.String()
				own := policyStrings(p)
				slices.SortFunc(own, func(a, b string) int { return len(b) - len(a) })
				for _, s := range own {
					rest = strings.ReplaceAll(rest, s, " ")
				}
				// A string of the policy may open a list item, with a
				// capital it does not have in the policy.
				lower := strings.ToLower(strings.Join(own, "\n"))
				rest = addressLike.ReplaceAllString(rest, " ")
				for _, line := range strings.Split(rest, "\n") {
					for _, w := range latinRun.FindAllString(line, -1) {
						if !russianLatin[w] && !romanNumeral.MatchString(w) && !strings.Contains(lower, strings.ToLower(w)) {
							t.Errorf("English word %q in the Russian wording: %s", w, strings.TrimSpace(line))
							break
						}
					}
				}
				return
			}
			mf, err := render.Extract(p, language.Russian, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := range mf.Messages {
				mf.Messages[i].Translation = "⟦" + mf.Messages[i].Message + "⟧"
			}
			cat, err := render.TranslationCatalog(mf)
			if err != nil {
				t.Fatal(err)
			}
			d, err := render.Compose(p, render.Options{Language: language.Russian, Translations: cat})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := render.WriteText(&b, d, render.TextOptions{}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), "⟦") || !cyrillicRun.MatchString(b.String()) {
				t.Fatalf("no translated string or no Russian wording in the document:\n%s", b.String())
			}
			rest := addressLike.ReplaceAllString(pseudoMarked.ReplaceAllString(b.String(), " "), " ")
			seen := map[string]bool{}
			for _, line := range strings.Split(rest, "\n") {
				for _, w := range latinRun.FindAllString(line, -1) {
					if !russianLatin[w] && !romanNumeral.MatchString(w) && !seen[line] {
						seen[line] = true
						t.Errorf("English word %q in the Russian wording: %s", w, strings.TrimSpace(line))
					}
				}
			}
		})
	}
}

// TestRealPoliciesEnglishWording renders every paraphrased policy in
// English and fails where a Cyrillic word appears that is not the
// policy's own: the English document of a Russian service must not take
// a word of the Russian wording.
func TestRealPoliciesEnglishWording(t *testing.T) {
	for _, rp := range allRealPolicies() {
		t.Run(rp.name, func(t *testing.T) {
			p := rp.policy
			if b, _ := p.Language.Base(); p.Language != language.Und && b.String() != "en" {
				t.Skip("the policy is not written in English")
			}
			d, err := render.Compose(p, render.Options{Language: language.English})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := render.WriteText(&b, d, render.TextOptions{}); err != nil {
				t.Fatal(err)
			}
			var own strings.Builder
			for _, s := range policyStrings(p) {
				own.WriteString(strings.ToLower(s))
				own.WriteByte('\n')
			}
			for _, w := range cyrillicRun.FindAllString(b.String(), -1) {
				// A string of the policy may open a sentence, with a
				// capital it does not have in the policy.
				if !strings.Contains(own.String(), strings.ToLower(w)) {
					t.Errorf("Cyrillic word %q in the English wording", w)
				}
			}
		})
	}
}

// britishEnding matches words that end as British spellings do (-ise,
// -isation, -our, -re, -lled, -mme); the library's American English
// writes none of them but those in alikeInAmerican.
var britishEnding = regexp.MustCompile(`(?i)\b[a-z]*(is(e|es|ed|ing|ation|ations|er|ers)|ys(e|ed|ing)|our(s|ed|ing|al|able|ite)?|tres?|tred|lled|lling|ller|mmes?|ogues?)\b`)

// alikeInAmerican are the words britishEnding matches in the library's
// English that American English spells alike.
var alikeInAmerican = map[string]bool{
	"advertise": true, "advertised": true, "advertiser": true, "advertisers": true, "advertising": true, "exercise": true,
	"exercised": true, "exercising": true, "otherwise": true, "premises": true, "promises": true, "promise": true,
	"enterprise": true, "supervise": true, "comprise": true, "arise": true, "arising": true, "raised": true, "precise": true,
	"our": true, "ours": true, "your": true, "yours": true, "hours": true, "four": true, "source": true, "sources": true,
	"resources": true, "courts": true, "controller": true, "controllers": true, "telling": true, "selling": true,
	"calling": true, "filled": true, "billing": true, "seller": true, "sellers": true, "called": true, "installed": true,
	"fulfilled": true, "fulfilling": true, "enrolled": true,
}

// TestRealPoliciesAmericanSpelling renders every paraphrased policy
// written in English in American English and fails for each word spelt
// the British way that the policy's own strings do not hold: the
// library's wording is respelt wherever it comes from.
func TestRealPoliciesAmericanSpelling(t *testing.T) {
	for _, rp := range allRealPolicies() {
		p := rp.policy
		if p.Language != language.Und && !writtenIn(p, "en") {
			continue
		}
		d, err := render.Compose(p, render.Options{Language: language.AmericanEnglish})
		if err != nil {
			t.Fatalf("%s: %v", rp.name, err)
		}
		if d.Language != language.AmericanEnglish {
			t.Fatalf("%s: composed in %v, want en-US", rp.name, d.Language)
		}
		var b bytes.Buffer
		if err := render.WriteText(&b, d, render.TextOptions{}); err != nil {
			t.Fatal(err)
		}
		var own strings.Builder
		for _, s := range policyStrings(p) {
			own.WriteString(strings.ToLower(s))
			own.WriteByte('\n')
		}
		seen := map[string]bool{}
		// Addresses are stated as they are.
		text := addressLike.ReplaceAllString(b.String(), "")
		for _, w := range britishEnding.FindAllString(text, -1) {
			lw := strings.ToLower(w)
			if alikeInAmerican[lw] || seen[lw] || strings.Contains(own.String(), lw) {
				continue
			}
			seen[lw] = true
			t.Errorf("%s: %q in the en-US document", rp.name, w)
		}
	}
}

// policyStrings returns the strings a policy states in its own words, as
// Extract lists them for a translation.
func policyStrings(p *policy.Policy) []string {
	to := language.Russian
	if writtenIn(p, "ru") {
		to = language.English
	}
	mf, err := render.Extract(p, to, nil)
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range mf.Messages {
		out = append(out, m.Message)
	}
	return out
}

// writtenIn reports whether p is written in the language whose base is
// base.
func writtenIn(p *policy.Policy, base string) bool {
	b, _ := p.Language.Base()
	return p.Language != language.Und && b.String() == base
}

// composeEnglish composes p in English; a policy written in another
// language keeps its own strings as they are, as if a translator had
// left them untranslated.
func composeEnglish(p *policy.Policy) (*render.Document, error) {
	opts := render.Options{Language: language.English}
	if !writtenIn(p, "en") && p.Language != language.Und {
		mf, err := render.Extract(p, language.English, nil)
		if err != nil {
			return nil, err
		}
		for i := range mf.Messages {
			mf.Messages[i].Translation = mf.Messages[i].Message
		}
		if opts.Translations, err = render.TranslationCatalog(mf); err != nil {
			return nil, err
		}
	}
	return render.Compose(p, opts)
}

// TestRealPoliciesSources composes every paraphrased policy and fails for
// each clause without a source, each clause that rests on a law the
// policy does not declare, and each clause citing a category, purpose or
// recipient the policy does not declare: a document asserts only what
// the policy or one of its laws says.
func TestRealPoliciesSources(t *testing.T) {
	for _, rp := range allRealPolicies() {
		t.Run(rp.name, func(t *testing.T) {
			p := rp.policy
			d, err := composeEnglish(p)
			if err != nil {
				t.Fatal(err)
			}
			declared := map[string]bool{}
			for _, c := range p.Categories {
				declared["categories["+c.ID+"]"] = true
			}
			for _, pu := range p.Purposes {
				declared["purposes["+pu.ID+"]"] = true
			}
			for _, r := range p.Recipients {
				declared["recipients["+r.ID+"]"] = true
			}
			var clauses int
			var walk func([]*render.Clause)
			walk = func(cs []*render.Clause) {
				for _, cl := range cs {
					clauses++
					if len(cl.Sources) == 0 {
						t.Errorf("clause %s %q has no source", cl.Number, cl.Text.String())
					}
					for _, s := range cl.Sources {
						if s.Law.Valid() && !slices.Contains(p.Laws, s.Law) {
							t.Errorf("clause %s %q rests on %v, which the policy does not declare", cl.Number, cl.Text.String(), s.Law)
						}
						path := s.Path()
						if i := strings.Index(path, "]"); i > 0 && (strings.HasPrefix(path, "categories[") || strings.HasPrefix(path, "purposes[") || strings.HasPrefix(path, "recipients[")) {
							if !declared[path[:i+1]] {
								t.Errorf("clause %s %q cites %s, which the policy does not declare", cl.Number, cl.Text.String(), path)
							}
						}
					}
					walk(cl.Clauses)
				}
			}
			for _, s := range d.Sections {
				walk(s.Clauses)
			}
			if clauses < 20 {
				t.Errorf("only %d clauses in the document", clauses)
			}
		})
	}
}

// TestRealPoliciesUndeclaredLaws composes every paraphrased policy in
// English and fails where the library's wording names a law the policy
// does not declare: a document speaks of the laws its service is under,
// not of others. The policy's own strings, which may name any law, are
// left out of the check.
func TestRealPoliciesUndeclaredLaws(t *testing.T) {
	for _, rp := range allRealPolicies() {
		t.Run(rp.name, func(t *testing.T) {
			p := rp.policy
			d, err := composeEnglish(p)
			if err != nil {
				t.Fatal(err)
			}
			own := policyStrings(p)
			// Longest first, so that a string holding another is removed
			// whole.
			slices.SortFunc(own, func(a, b string) int { return len(b) - len(a) })
			var texts []string
			var walk func([]*render.Clause)
			walk = func(cs []*render.Clause) {
				for _, cl := range cs {
					texts = append(texts, cl.Text.String())
					walk(cl.Clauses)
				}
			}
			for _, s := range d.Sections {
				texts = append(texts, s.Title)
				walk(s.Clauses)
			}
			var names []string // the names of the declared laws, longest first
			for _, l := range p.Laws {
				names = append(names, l.Name())
			}
			slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
			for _, text := range texts {
				rest := text
				for _, s := range own {
					rest = strings.ReplaceAll(rest, s, "")
				}
				for _, n := range names {
					rest = strings.ReplaceAll(rest, n, "")
				}
				for _, l := range policy.Laws() {
					if !slices.Contains(p.Laws, l) && strings.Contains(rest, l.Name()) {
						t.Errorf("the document names %s, which the policy does not declare: %s", l.Name(), text)
					}
				}
			}
		})
	}
}
