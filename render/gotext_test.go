package render

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/message/pipeline"
)

// TestExtract checks the messages of a small policy: one per distinct
// string, in the order the document states them, with every path.
func TestExtract(t *testing.T) {
	p := smallPolicy()
	f, err := Extract(p, language.Russian, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Language != language.Russian {
		t.Errorf("language %v, want ru", f.Language)
	}
	var got []Message
	for _, f := range CheckTranslations(p, language.Russian, nil) {
		s, err := missingSource(f)
		if err != nil {
			t.Fatal(err)
		}
		if i := slices.IndexFunc(got, func(m Message) bool { return m.ID == s }); i >= 0 {
			got[i].Position += ", " + f.Path
			continue
		}
		got = append(got, Message{ID: s, Message: s, Position: f.Path})
	}
	if len(got) == 0 {
		t.Fatal("the small policy has nothing to translate")
	}
	if diff := cmp.Diff(got, f.Messages); diff != "" {
		t.Errorf("messages (-findings +extracted):\n%s", diff)
	}
	for _, m := range f.Messages {
		if m.ID != m.Message || m.Translation != "" || m.Position == "" {
			t.Errorf("message %+v: want id = message, no translation, a position", m)
		}
	}
}

// TestExtractSharedString checks that a string stated at several paths is
// one message listing them all.
func TestExtractSharedString(t *testing.T) {
	a := &policy.Category{ID: "a", Name: "Contact data", Items: []string{"email address", "phone number"}, Sensitivity: policy.SensitivityPersonal}
	b := &policy.Category{ID: "b", Name: "Orders", Items: []string{"email address"}, Sensitivity: policy.SensitivityPersonal}
	p := &policy.Policy{Categories: []*policy.Category{a, b}}
	f, err := Extract(p, language.Russian, nil)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(f.Messages, func(m Message) bool { return m.ID == "email address" })
	if i < 0 {
		t.Fatalf("no message for %q in %+v", "email address", f.Messages)
	}
	if want := "categories[a].items[0], categories[b].items[0]"; f.Messages[i].Position != want {
		t.Errorf("position %q, want %q", f.Messages[i].Position, want)
	}
	n := 0
	for _, m := range f.Messages {
		if m.ID == "email address" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d messages for one string", n)
	}
}

// TestExtractFullPolicy extracts every free-text string of a policy that
// sets them all, with quotes, backslashes and non-ASCII text, fills the
// file in, and composes the Russian document from it.
func TestExtractFullPolicy(t *testing.T) {
	p := fullPolicy()
	p.Title = `The "Acme" \ policy «Ёж» 🦔`
	f, err := Extract(p, language.Russian, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	freeText(p, func(_, s string) { want[s] = true })
	got := map[string]bool{}
	for _, m := range f.Messages {
		got[m.ID] = true
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extracted strings (-free text +extracted):\n%s", diff)
	}
	for i := range f.Messages {
		f.Messages[i].Translation = "[ru " + f.Messages[i].Message + "]"
	}
	cat, err := TranslationCatalog(f)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Compose(p, Options{Language: language.Russian, Translations: cat})
	if err != nil {
		t.Fatalf("Compose with the extracted and filled-in file: %v", err)
	}
	if doc.Title != `[ru The "Acme" \ policy «Ёж» 🦔]` {
		t.Errorf("title %q", doc.Title)
	}
}

func TestExtractOwnLanguage(t *testing.T) {
	f, err := Extract(smallPolicy(), language.MustParse("en-GB"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Language != language.English || len(f.Messages) != 0 {
		t.Errorf("Extract into the policy's language = %v, %d messages; want en, none", f.Language, len(f.Messages))
	}
	var b bytes.Buffer
	if err := f.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if want := "{\n    \"language\": \"en\",\n    \"messages\": []\n}\n"; b.String() != want {
		t.Errorf("empty file:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestExtractKeepsTranslations re-extracts after a change of the policy:
// translations of strings still stated are kept, with their comments and
// fuzzy marks; those of strings no longer stated are dropped; new strings
// come with empty translations.
func TestExtractKeepsTranslations(t *testing.T) {
	p := smallPolicy()
	prev, err := Extract(p, language.Russian, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range prev.Messages {
		prev.Messages[i].Translation = "ru:" + prev.Messages[i].ID
	}
	prev.Messages[0].Fuzzy = true
	prev.Messages[0].TranslatorComment = "check"
	prev.Messages = append(prev.Messages, Message{ID: "Gone", Message: "Gone", Translation: "Ушло"})

	p.Purposes[0].Name = "Weekly newsletter" // was "Newsletter"
	next, err := Extract(p, language.Russian, prev)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Message{}
	for _, m := range next.Messages {
		byID[m.ID] = m
	}
	if _, ok := byID["Gone"]; ok {
		t.Error("a string the policy does not state was kept")
	}
	if _, ok := byID["Newsletter"]; ok {
		t.Error("the old name was kept")
	}
	if m := byID["Weekly newsletter"]; m.Translation != "" || m.Position != "purposes[news].name" {
		t.Errorf("new string = %+v, want an empty translation at purposes[news].name", m)
	}
	first := byID[prev.Messages[0].ID]
	if first.Translation != "ru:"+first.ID || !first.Fuzzy || first.TranslatorComment != "check" {
		t.Errorf("kept message = %+v, want its translation, fuzzy mark and comment", first)
	}
	kept := 0
	for _, m := range next.Messages {
		if m.Translation != "" {
			kept++
		}
	}
	if kept != len(next.Messages)-1 {
		t.Errorf("%d of %d messages translated, want all but the new one", kept, len(next.Messages))
	}

	// The same input gives the same bytes.
	var a, b bytes.Buffer
	again, _ := Extract(p, language.Russian, prev)
	if err := next.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := again.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two extractions differ")
	}

	prev.Language = language.German
	if _, err := Extract(p, language.Russian, prev); err == nil || !strings.Contains(err.Error(), "earlier file is in de, not ru") {
		t.Errorf("Extract with a file in another language: %v", err)
	}
}

// TestMessageFileRoundTrip writes a file and reads it back.
func TestMessageFileRoundTrip(t *testing.T) {
	f := &MessageFile{Language: language.Russian, Messages: []Message{
		{ID: "Acme Ltd", Message: "Acme Ltd", Translation: "Acme Ltd", Position: "controller.name"},
		{ID: `Say "hi" <b>`, Message: `Say "hi" <b>`, Translation: "Скажи «привет» <b>", Fuzzy: true, TranslatorComment: "tone?", Position: "title"},
		{ID: "Orders", Message: "Orders", Position: "categories[orders].name, categories[returns].name"},
	}}
	var b bytes.Buffer
	if err := f.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{
    "language": "ru",
    "messages": [
        {
            "id": "Acme Ltd",
            "message": "Acme Ltd",
            "translation": "Acme Ltd",
            "position": "controller.name"
        },
        {
            "id": "Say \"hi\" <b>",
            "message": "Say \"hi\" <b>",
            "translation": "Скажи «привет» <b>",
            "translatorComment": "tone?",
            "fuzzy": true,
            "position": "title"
        },
        {
            "id": "Orders",
            "message": "Orders",
            "translation": "",
            "position": "categories[orders].name, categories[returns].name"
        }
    ]
}
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteJSON (-want +got):\n%s", diff)
	}
	back, err := ReadMessages(&b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, back, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("read back (-written +read):\n%s", diff)
	}
}

func TestReadMessagesErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"not JSON", `{`, "unexpected EOF"},
		{"unknown top-level field", `{"language": "ru", "messages": [], "macros": {}}`, `json: at /macros: unknown field`},
		{"unknown message field", `{"language": "ru", "messages": [{"id": "a", "message": "a", "translation": "б", "meaning": "x"}]}`, `json: at /messages/0/meaning: unknown field`},
		{"duplicate field", `{"language": "ru", "language": "en", "messages": []}`, `duplicate object member name "language"`},
		{"plural select", `{"language": "ru", "messages": [{"id": "a", "message": "a", "translation": {"select": {}}}]}`, "/messages/0/translation"},
		{"id list", `{"language": "ru", "messages": [{"id": ["a", "b"], "message": "a", "translation": "б"}]}`, "/messages/0/id"},
		{"no language", `{"messages": []}`, `"language": missing`},
		{"und", `{"language": "und", "messages": []}`, `"language": missing`},
		{"bad language", `{"language": "xx-!", "messages": []}`, `json: at /language: language: tag is not well-formed`},
		{"empty id", `{"language": "ru", "messages": [{"id": "", "message": "a", "translation": "б"}]}`, "messages[0]: empty id"},
		{"duplicate id", `{"language": "ru", "messages": [{"id": "a", "message": "a"}, {"id": "b", "message": "b"}, {"id": "a", "message": "a"}]}`, `messages[2]: id "a" is also the id of messages[0]`},
		{"too large", `{"language": "ru", "messages": [], "x": "` + strings.Repeat("a", MaxMessageFileBytes) + `"}`, "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMessages(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadMessages error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestTranslationCatalog(t *testing.T) {
	p := smallPolicy()
	f, err := Extract(p, language.Russian, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Unfilled: every message is named.
	_, err = TranslationCatalog(f)
	if err == nil {
		t.Fatal("TranslationCatalog accepted a file without translations")
	}
	for _, m := range f.Messages {
		if want := "ru: message " + strconv.Quote(m.ID) + " has no translation"; !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	// Filled, the controller's name kept as it is.
	for i, m := range f.Messages {
		f.Messages[i].Translation = "ru:" + m.ID
		if m.Position == "controller.name" {
			f.Messages[i].Translation = m.Message
		}
	}
	tag, cat, err := LoadTranslations(strings.NewReader(encode(t, f)))
	if err != nil {
		t.Fatal(err)
	}
	if tag != language.Russian {
		t.Errorf("language %v", tag)
	}
	if fs := CheckTranslations(p, language.Russian, cat); len(fs) != 0 {
		t.Errorf("findings with every string translated: %v", fs)
	}
	doc, err := Compose(p, Options{Language: language.Russian, Translations: cat})
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := WriteText(&text, doc, TextOptions{Width: -1}); err != nil {
		t.Fatal(err)
	}
	if name := p.Controller.Name; !strings.Contains(text.String(), name) || strings.Contains(text.String(), "ru:"+name) {
		t.Errorf("the controller's name %q, kept as it is, is not in the document:\n%s", name, text.String())
	}

	// A regional tag serves documents in its language.
	f.Language = language.MustParse("ru-RU")
	cat, err = TranslationCatalog(f)
	if err != nil {
		t.Fatal(err)
	}
	if fs := CheckTranslations(p, language.Russian, cat); len(fs) != 0 {
		t.Errorf("findings with a ru-RU file: %v", fs)
	}

	// Two files disagreeing on a translation.
	other := &MessageFile{Language: language.Russian, Messages: []Message{{ID: f.Messages[0].ID, Message: f.Messages[0].ID, Translation: "другое"}}}
	f.Language = language.Russian
	if _, err := TranslationCatalog(f, other); err == nil || !strings.Contains(err.Error(), "has two translations") {
		t.Errorf("conflicting files: %v", err)
	}
	// Two files agreeing are fine.
	other.Messages[0].Translation = f.Messages[0].Translation
	if _, err := TranslationCatalog(f, other); err != nil {
		t.Errorf("agreeing files: %v", err)
	}
}

// missingSource reads back the source text a missing-translation finding
// quotes, so that Extract can be checked against CheckTranslations.
func missingSource(f policy.Finding) (string, error) {
	if i := strings.IndexByte(f.Message, '"'); i >= 0 {
		if q, err := strconv.QuotedPrefix(f.Message[i:]); err == nil {
			return strconv.Unquote(q)
		}
	}
	return "", fmt.Errorf("%s: no quoted source text in %q", f.Path, f.Message)
}

// The finding tells a reader how to supply the translation.
func TestMissingTranslationSaysHow(t *testing.T) {
	fs := CheckTranslations(smallPolicy(), language.Russian, nil)
	if len(fs) == 0 {
		t.Fatal("no findings")
	}
	if !strings.Contains(fs[0].Message, "privacy extract -lang ru") {
		t.Errorf("message %q does not say how to supply a translation", fs[0].Message)
	}
}

func encode(t *testing.T, f *MessageFile) string {
	t.Helper()
	var b bytes.Buffer
	if err := f.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Extract the strings of a policy to translate into Russian, fill them in
// (a translator's work; the company's name is kept as it is), read the
// file back and compose the Russian document from it.
func ExampleExtract() {
	p := &policy.Policy{
		Controller: policy.Controller{Contact: policy.Contact{Name: "Acme", Email: "privacy@acme.example"}},
		Categories: []*policy.Category{{ID: "email", Name: "Email", Sensitivity: policy.SensitivityPersonal}},
	}
	f, err := Extract(p, language.Russian, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	russian := map[string]string{"Acme": "Acme", "Email": "Электронная почта"}
	for i, m := range f.Messages {
		f.Messages[i].Translation = russian[m.ID]
	}
	var file bytes.Buffer
	if err := f.WriteJSON(&file); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(file.String())

	_, cat, err := LoadTranslations(&file)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := Compose(p, Options{Language: language.Russian, Translations: cat})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Language, doc.Title)
	// Output:
	// {
	//     "language": "ru",
	//     "messages": [
	//         {
	//             "id": "Acme",
	//             "message": "Acme",
	//             "translation": "Acme",
	//             "position": "controller.name"
	//         },
	//         {
	//             "id": "Email",
	//             "message": "Email",
	//             "translation": "Электронная почта",
	//             "position": "categories[email].name"
	//         }
	//     ]
	// }
	// ru Политика конфиденциальности
}

// TestTranslationCatalogText: a translation must be text a document can
// state, as the policy's own strings must.
func TestTranslationCatalogText(t *testing.T) {
	tests := []struct{ translation, want string }{
		{"two\nlines", "holds the control character U+000A at byte 3"},
		{"evil\u202etxt", "holds the bidirectional control U+202E at byte 4"},
		{" leading", "starts or ends with white space"},
		{"trailing\u00a0", "starts or ends with white space"},
		{"bad \xff byte", "is not valid UTF-8 at byte 4"},
	}
	for _, tt := range tests {
		f := &MessageFile{Language: language.Russian, Messages: []Message{{ID: "Name", Message: "Name", Translation: tt.translation}}}
		_, err := TranslationCatalog(f)
		if err == nil || !strings.Contains(err.Error(), `ru: the translation of message "Name" `+tt.want) {
			t.Errorf("translation %q: err = %v, want %q", tt.translation, err, tt.want)
		}
	}
	ok := &MessageFile{Language: language.Russian, Messages: []Message{{ID: "Name", Message: "Name", Translation: "Имя \uFFFD «ok»"}}}
	if _, err := TranslationCatalog(ok); err != nil {
		t.Errorf("plain text refused: %v", err)
	}
}

// TestGotextCompatible checks the format against the types of x/text's
// gotext pipeline: a file Extract writes decodes into pipeline.Messages
// with no unknown field, and a file gotext writes reads back.
func TestGotextCompatible(t *testing.T) {
	ours := &MessageFile{Language: language.Russian, Messages: []Message{
		{ID: "Acme", Message: "Acme", Translation: "Acme", Position: "controller.name"},
		{ID: "Orders", Message: "Orders", Translation: "Заказы", TranslatorComment: "plural?", Fuzzy: true, Position: "categories[orders].name, categories[returns].name"},
		{ID: "Email", Message: "Email", Position: "categories[email].name"},
	}}
	var b bytes.Buffer
	if err := ours.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	dec := stdjson.NewDecoder(&b)
	dec.DisallowUnknownFields()
	var theirs pipeline.Messages
	if err := dec.Decode(&theirs); err != nil {
		t.Fatalf("gotext cannot read the file: %v", err)
	}
	if theirs.Language != ours.Language || len(theirs.Messages) != len(ours.Messages) {
		t.Fatalf("gotext reads %v with %d messages", theirs.Language, len(theirs.Messages))
	}
	for i, m := range theirs.Messages {
		got := Message{ID: strings.Join(m.ID, "|"), Message: m.Message.Msg, Translation: m.Translation.Msg,
			Comment: m.Comment, TranslatorComment: m.TranslatorComment, Fuzzy: m.Fuzzy, Position: m.Position}
		if diff := cmp.Diff(ours.Messages[i], got); diff != "" {
			t.Errorf("message %d as gotext reads it (-ours +gotext):\n%s", i, diff)
		}
	}

	// A file as gotext writes it (json.MarshalIndent of its types).
	theirs.Messages[2].Comment = "the name of a category"
	written, err := stdjson.MarshalIndent(theirs, "", "    ")
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadMessages(bytes.NewReader(written))
	if err != nil {
		t.Fatalf("ReadMessages of a gotext file: %v\n%s", err, written)
	}
	ours.Messages[2].Comment = "the name of a category"
	if diff := cmp.Diff(ours, back, cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("gotext's file read back (-ours +read):\n%s", diff)
	}
}

// FuzzReadMessages reads arbitrary input as a translation file: it must
// never panic, and whatever it accepts must be written back and read
// again to the same file.
func FuzzReadMessages(f *testing.F) {
	f.Add([]byte(`{"language": "ru", "messages": [{"id": "a", "message": "a", "translation": "б"}]}`))
	f.Add([]byte(`{"language": "ru", "messages": []}`))
	f.Add([]byte(`{"language": "xx-ZZ-0", "messages": [{"id": "", "message": ""}]}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadMessages(bytes.NewReader(data))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := m.WriteJSON(&out); err != nil {
			t.Fatalf("WriteJSON of an accepted file: %v", err)
		}
		again, err := ReadMessages(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("our own output does not read back: %v\n%s", err, out.Bytes())
		}
		var out2 bytes.Buffer
		if err := again.WriteJSON(&out2); err != nil || !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("not stable: %v\n%s\n%s", err, out.Bytes(), out2.Bytes())
		}
	})
}

// The JSON decoder varies its own wording between runs on purpose; the
// messages ReadMessages returns must not.
func TestReadMessagesErrorsStable(t *testing.T) {
	for _, in := range []string{
		`{"language": "ru", "messages": [], "extra": 1}`,
		`{"language": "ru", "messages": {}}`,
		`{"language": 1, "messages": []}`,
	} {
		var first string
		for i := range 50 {
			_, err := ReadMessages(strings.NewReader(in))
			if err == nil {
				t.Fatalf("%s: no error", in)
			}
			if i == 0 {
				first = err.Error()
			} else if err.Error() != first {
				t.Fatalf("%s: error %q, then %q", in, first, err)
			}
		}
	}
}
