package render

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

func TestAmerican(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"We authorise it.", "We authorize it."},
		{"Authorised persons; UNAUTHORISED access", "Authorized persons; UNAUTHORIZED access"},
		{"organisation, organisations, organisational", "organization, organizations, organizational"},
		{"your behaviour and behavioural data", "your behavior and behavioral data"},
		{"a licence in the centre, centred on it", "a license in the center, centered on it"},
		{"a cancelled programme, travelling", "a canceled program, traveling"},
		{"to fulfil it; the fulfilment", "to fulfill it; the fulfillment"},
		{"criminal offences and defence", "criminal offenses and defense"},
		{"“Depersonalisation” means", "“Depersonalization” means"},
		{"(anonymised)", "(anonymized)"},
		// Words spelt alike, and "analyses", the plural of "analysis".
		{"exercise, advertise, otherwise, premises, promises, analyses, cancellation", "exercise, advertise, otherwise, premises, promises, analyses, cancellation"},
		// We analyse, they analysed.
		{"We analyse it", "We analyze it"},
		// Part of a word in another language is not an English word.
		{"authoriseé authorise", "authoriseé authorize"},
		{"éauthorise", "éauthorise"},
		// Verbs of a format stay as they are.
		{"%[1]s is recognised as %s", "%[1]s is recognized as %s"},
	} {
		if got := american(tc.in); got != tc.want {
			t.Errorf("american(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAmericanEnglishTag(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want bool
	}{
		{"en-US", true}, {"en-Latn-US", true}, {"en", false}, {"en-GB", false}, {"en-AU", false}, {"es-US", false}, {"und", false},
	} {
		if got := americanEnglish(language.MustParse(tc.tag)); got != tc.want {
			t.Errorf("americanEnglish(%s) = %v, want %v", tc.tag, got, tc.want)
		}
	}
}

// TestComposeAmericanEnglish composes a document in American English:
// the library's wording is respelt and dates put the month first, while
// the policy's own strings stay as the policy spells them.
func TestComposeAmericanEnglish(t *testing.T) {
	p := smallPolicy()
	p.Categories[0].Name = "Behavioural data"
	p.Children = policy.Children{MinimumAge: 16, ParentalConsent: true}
	p.Laws = []policy.Law{policy.GDPR}
	write := func(opts Options) (string, *Document) {
		t.Helper()
		d := mustCompose(t, p, opts)
		var b bytes.Buffer
		if err := WriteText(&b, d, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		return b.String(), d
	}
	gb, dgb := write(Options{Language: language.English})
	us, dus := write(Options{Language: language.AmericanEnglish})
	if dgb.Language != language.English || dus.Language != language.AmericanEnglish {
		t.Errorf("languages %v and %v, want en and en-US", dgb.Language, dus.Language)
	}
	for _, want := range []string{"Effective date: January 2, 2025", "Behavioural data", "authorization of a parent"} {
		if !strings.Contains(us, want) {
			t.Errorf("the en-US document lacks %q", want)
		}
	}
	for _, want := range []string{"Effective date: 2 January 2025", "authorisation of a parent"} {
		if !strings.Contains(gb, want) {
			t.Errorf("the en document lacks %q", want)
		}
	}
	// Only respellings and the date differ.
	gw, uw := strings.Fields(gb), strings.Fields(us)
	if len(gw) != len(uw) {
		t.Fatalf("en has %d words, en-US %d", len(gw), len(uw))
	}
	changed := 0
	for i := range gw {
		if gw[i] == uw[i] {
			continue
		}
		changed++
		if american(gw[i]) != uw[i] && !strings.Contains("2 January 2025 January 2, 2025", gw[i]) {
			t.Errorf("word %d: en %q, en-US %q", i, gw[i], uw[i])
		}
	}
	if changed < 3 {
		t.Errorf("%d words differ; the document was not respelt", changed)
	}

	// A policy written in American English is composed in it.
	p.Language = language.AmericanEnglish
	if _, d := write(Options{}); d.Language != language.AmericanEnglish {
		t.Errorf("policy in en-US composed in %v", d.Language)
	}
	// Russian is not affected.
	if d := mustCompose(t, &policy.Policy{Effective: policy.MakeDate(2025, time.January, 2)}, Options{Language: language.Russian}); d.Language != language.Russian {
		t.Errorf("Russian composed in %v", d.Language)
	}
}

// TestAmericanSpellingComplete checks that every word of the library's
// English wording that looks British is either respelt by american or
// spelt alike in American English, so that a new message cannot bring a
// British spelling into American documents unnoticed.
func TestAmericanSpellingComplete(t *testing.T) {
	texts := make([]string, 0, 2048)
	for k := range libraryKeys(t) {
		texts = append(texts, k)
	}
	for _, m := range lawWording {
		for _, v := range m[language.English] {
			texts = append(texts, v)
		}
	}
	for _, m := range []map[string]string{lgpdAloneWording[language.English], fz152GDPRWording[language.English]} {
		for _, v := range m {
			texts = append(texts, v)
		}
	}
	for _, s := range texts {
		for _, w := range britishLooking(american(s)) {
			t.Errorf("%q in %q: add its American spelling to americanWords or the word to spelledAlike", w, s)
		}
	}
}

// spelledAlike are words of the library's English that look British by
// their endings but are spelt alike in American English.
var spelledAlike = map[string]bool{
	"advertise": true, "advertised": true, "advertiser": true, "advertisers": true, "advertising": true,
	"exercise": true, "exercised": true, "exercises": true, "exercising": true, "otherwise": true, "likewise": true,
	"promise": true, "promises": true, "promised": true, "premises": true, "enterprise": true, "enterprises": true,
	"expertise": true, "supervise": true, "supervised": true, "supervising": true, "revise": true, "revised": true,
	"comprise": true, "comprises": true, "comprising": true, "arise": true, "arises": true, "arising": true, "raise": true,
	"raised": true, "rise": true, "precise": true, "concise": true, "wise": true, "noise": true, "devise": true,
	"franchise": true, "merchandise": true, "surprise": true, "compromise": true, "compromised": true, "disguise": true,
	"our": true, "ours": true, "ourselves": true, "your": true, "yours": true, "yourself": true, "yourselves": true,
	"hour": true, "hours": true, "four": true, "source": true, "sources": true, "sourced": true, "resource": true,
	"resources": true, "course": true, "courses": true, "court": true, "courts": true, "tour": true, "journey": true,
	"outsource": true, "outsourced": true, "outsourcing": true, "detour": true,
	"acre": true, "genre": true, "massacre": true, "mediocre": true,
	"audience": true, "essence": true, "influence": true, "inferences": true, "inference": true, "preference": true,
	"preferences": true, "residence": true, "reference": true, "references": true, "evidence": true, "experience": true,
	"experiences": true, "sentence": true, "sentences": true, "licensed": true, "presence": true, "absence": true,
	"existence": true, "difference": true, "differences": true, "conference": true, "confidence": true,
	"occurrence": true, "consequence": true, "consequences": true, "dependence": true, "independence": true,
	"correspondence": true, "competence": true, "incidence": true, "intelligence": true, "prudence": true,
	"diligence": true, "sequence": true, "sequences": true, "science": true, "silence": true, "licence": false,
	"once": true, "since": true, "fence": true, "hence": true, "whence": true, "commence": true, "violence": true,
	"telling": true, "selling": true, "calling": true, "filling": true, "filled": true, "installed": true, "installing": true,
	"controller": true, "controllers": true, "seller": true, "sellers": true, "caller": true, "callers": true,
	"enrolled": true, "enrolling": true, "fulfilled": true, "fulfilling": true, "called": true, "spelled": true,
	"compelled": true, "dispelled": true, "expelled": true, "propelled": true, "rolled": true, "pulled": true,
	"killed": true, "skilled": true, "billed": true, "billing": true, "polling": true, "scrolling": true,
	"enrolment": false, "cancellation": true, "cancellations": true, "travellers": false,
	"dialogue": true, "programme": false, "analyses": true, "analysis": true,
}

// britishLooking returns the words of s that look British by their
// endings (-ise, -our, -re, -ence, -yse, -lled, -mme, -ogue and the
// like) and are not in spelledAlike.
func britishLooking(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		lw := strings.ToLower(w)
		if spelledAlike[lw] {
			continue
		}
		for _, end := range []string{"ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers", "yse", "ysed", "ysing",
			"our", "ours", "oured", "ouring", "oural", "ourable", "ourite", "tre", "tres", "tred", "ence", "ences",
			"lled", "lling", "ller", "llers", "llor", "mme", "mmes", "ogue", "ogues", "ment", "ments", "ful", "ey"} {
			if strings.HasSuffix(lw, end) && british(lw, end) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// british reports whether lw, ending in end, is a British spelling: for
// the endings many American words share (-ment, -ful, -ey), only the
// British words known to end so.
func british(lw, end string) bool {
	switch end {
	case "ment", "ments":
		return strings.HasSuffix(lw, "judgement") || strings.HasSuffix(lw, "judgements") || strings.Contains(lw, "fulfilment") ||
			strings.Contains(lw, "enrolment") || strings.Contains(lw, "instalment") || strings.Contains(lw, "acknowledgement")
	case "ful":
		return lw == "skilful" || lw == "wilful"
	case "ey":
		return lw == "grey" || lw == "storey"
	}
	return true
}

// TestPictureAmericanEnglish composes a picture and a document in
// American English: both are in en-US, so a writer takes them together.
func TestPictureAmericanEnglish(t *testing.T) {
	p := smallPolicy()
	opts := Options{Language: language.AmericanEnglish}
	pic, err := ComposePicture(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	if pic.Lang != language.AmericanEnglish {
		t.Errorf("picture in %v, want en-US", pic.Lang)
	}
	var b bytes.Buffer
	if err := WriteHTML(&b, mustCompose(t, p, opts), HTMLOptions{Picture: pic}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `lang="en-US"`) {
		t.Error("the page does not say it is in en-US")
	}
}

// TestTranslationsAmericanEnglish composes a policy written in Russian in
// American English: translations set for en-US are used before those set
// for en, which serve where en-US has none.
func TestTranslationsAmericanEnglish(t *testing.T) {
	p := smallPolicy()
	p.Language = language.Russian
	tr := catalog.NewBuilder()
	for _, e := range []struct {
		tag    language.Tag
		ru, en string
	}{
		{language.English, "Acme", "Acme"},
		{language.English, "Email", "E-mail (en)"},
		{language.AmericanEnglish, "Email", "E-mail (en-US)"},
		{language.English, "address", "address"},
		{language.English, "Newsletter", "Newsletter"},
		{language.English, "Billing", "Billing"},
		{language.English, "unsubscribe", "unsubscribe"},
	} {
		if err := tr.SetString(e.tag, e.ru, e.en); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		tag  language.Tag
		want string
	}{{language.AmericanEnglish, "E-mail (en-US)"}, {language.English, "E-mail (en)"}} {
		d, err := Compose(p, Options{Language: tc.tag, Translations: tr})
		if err != nil {
			t.Fatalf("%v: %v", tc.tag, err)
		}
		var b bytes.Buffer
		if err := WriteText(&b, d, TextOptions{}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tc.want) {
			t.Errorf("%v: the document lacks %q:\n%s", tc.tag, tc.want, b.String())
		}
	}
}
