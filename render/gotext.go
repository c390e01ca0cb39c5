// Translation files: the strings of a policy to translate, written and
// read in the format of x/text's gotext tool.

package render

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/gopolicy/policy"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// MaxMessageFileBytes is the largest translation file [ReadMessages]
// reads.
const MaxMessageFileBytes = policy.DefaultMaxBytes

// A MessageFile holds the translations of a policy's own strings into one
// language, in the JSON format of the gotext tool of golang.org/x/text
// (the messages.gotext.json and out.gotext.json files of
// golang.org/x/text/message/pipeline):
//
//	{
//	    "language": "ru",
//	    "messages": [
//	        {
//	            "id": "Account data",
//	            "message": "Account data",
//	            "translation": "Данные учётной записи",
//	            "position": "categories[account.email].name"
//	        }
//	    ]
//	}
//
// Each message is one string of the policy, identified by its source
// text, as [Options.Translations] looks it up; position names the
// declaration paths that state it, separated by ", ". [Extract] writes
// such a file with empty translations to fill in, and [TranslationCatalog]
// turns filled-in files into a catalog for [Compose].
//
// A translation equal to its message keeps the string as it is, which is
// how a proper name (a company, a product, a person) is marked as not
// translated; gotext itself fills in a source-language file that way. An
// empty translation means "not translated yet": TranslationCatalog
// refuses it, naming its ID, since a document must not mix two languages.
// Fuzzy (a translation to review) and translatorComment are kept by
// Extract and otherwise ignored, as gotext does.
//
// The subset of gotext's format read here has plain-text messages only
// (policy strings take no arguments, so there are no placeholders or
// plural selects), and one ID per message.
type MessageFile struct {
	// Language is the language of the translations.
	Language language.Tag `json:"language"`
	// Messages are the strings to translate, in the order a document
	// states them first.
	Messages []Message `json:"messages"`
}

// A Message is one string of a policy and its translation, as a gotext
// message.
type Message struct {
	// ID is the key the translation is looked up by: the source text.
	ID string `json:"id"`
	// Message is the source text.
	Message string `json:"message"`
	// Translation is the text in the file's language; empty means not
	// translated yet, and equal to Message keeps the source text.
	Translation string `json:"translation"`
	// Comment is a note from the source for the translator; Extract
	// writes none and [ReadMessages] accepts one, as gotext writes it.
	Comment string `json:"comment,omitzero"`
	// TranslatorComment is a note by or for the translator.
	TranslatorComment string `json:"translatorComment,omitzero"`
	// Fuzzy marks a translation that needs review.
	Fuzzy bool `json:"fuzzy,omitzero"`
	// Position lists the declaration paths stating the string, such as
	// "categories[account.email].name", separated by ", ".
	Position string `json:"position,omitzero"`
}

// Extract returns the strings of p that a document in lang states and
// that need a translation, one message per distinct string in the order
// the document states them first, with the declaration paths of each
// (the paths [CheckTranslations] reports). lang is chosen as
// [Options.Language] is, and the file's language is the one the document
// is written in, such as ru for ru-RU. A document in the policy's own
// language needs no translations: its file has no messages.
//
// prev, which may be nil, is an earlier file for the same language: the
// translations, translator comments and fuzzy marks of the strings p
// still states are kept, and messages for strings p no longer states are
// dropped, so extracting again after a change of the policy only adds the
// new strings.
func Extract(p *policy.Policy, lang language.Tag, prev *MessageFile) (*MessageFile, error) {
	if p == nil {
		return nil, errors.New("extract: nil policy")
	}
	c := newComposer(p, Options{Language: lang})
	out := &MessageFile{Language: c.lang, Messages: []Message{}}
	if prev != nil && prev.Language != c.lang {
		return nil, fmt.Errorf("extract: the earlier file is in %s, not %s", prev.Language, c.lang)
	}
	if !c.translate {
		return out, nil
	}
	c.compose()
	index := map[string]int{}
	for k, f := range c.missing {
		s := c.missingText[k]
		if i, ok := index[s]; ok {
			out.Messages[i].Position += ", " + f.Path
			continue
		}
		index[s] = len(out.Messages)
		out.Messages = append(out.Messages, Message{ID: s, Message: s, Position: f.Path})
	}
	if prev != nil {
		for _, m := range prev.Messages {
			if i, ok := index[m.ID]; ok {
				out.Messages[i].Translation = m.Translation
				out.Messages[i].TranslatorComment = m.TranslatorComment
				out.Messages[i].Fuzzy = m.Fuzzy
			}
		}
	}
	return out, nil
}

// WriteJSON writes f as JSON indented with four spaces, as gotext writes
// its files, with a final newline.
func (f *MessageFile) WriteJSON(w io.Writer) error {
	out := *f
	if out.Messages == nil {
		out.Messages = []Message{}
	}
	b, err := json.Marshal(&out, jsontext.WithIndent("    "))
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// ReadMessages reads a translation file in gotext's format (see
// [MessageFile]). It is strict: an unknown or duplicate field, a value of
// the wrong type (such as a plural select where a plain string is
// expected), a missing or invalid language, a message without an ID, two
// messages with one ID and a file larger than [MaxMessageFileBytes] are
// errors, each naming where it is. Empty translations are read: they are
// the ones left to fill in.
func ReadMessages(r io.Reader) (*MessageFile, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxMessageFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxMessageFileBytes {
		return nil, fmt.Errorf("translation file larger than %d bytes", MaxMessageFileBytes)
	}
	var f MessageFile
	if err := json.Unmarshal(data, &f, json.RejectUnknownMembers(true)); err != nil {
		return nil, messageFileError(err)
	}
	if f.Language == language.Und {
		return nil, errors.New(`"language": missing; want the language of the translations, such as "ru"`)
	}
	var errs []error
	seen := map[string]int{}
	for i, m := range f.Messages {
		switch j, dup := seen[m.ID]; {
		case m.ID == "":
			errs = append(errs, fmt.Errorf("messages[%d]: empty id; want the source text", i))
		case dup:
			errs = append(errs, fmt.Errorf("messages[%d]: id %q is also the id of messages[%d]", i, m.ID, j))
		default:
			seen[m.ID] = i
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &f, nil
}

// TranslationCatalog returns a catalog of the translations in files, for
// [Options.Translations]. Each file's translations are filed under its
// language and under the language a document asked for in it is written
// in (ru for ru-RU), where Compose looks them up. It refuses a message
// with an empty translation, naming the language and the ID; a
// translation that breaks the rules Validate applies to the policy's own
// strings (control characters such as newlines, bidirectional controls,
// surrounding white space); and two files giving one ID of one language
// different translations. All such problems are reported at once.
func TranslationCatalog(files ...*MessageFile) (catalog.Catalog, error) {
	b := catalog.NewBuilder()
	type key struct {
		lang language.Tag
		id   string
	}
	set := map[key]string{}
	var errs []error
	for _, f := range files {
		tags := []language.Tag{f.Language}
		if doc, err := Compose(&policy.Policy{}, Options{Language: f.Language}); err == nil && doc.Language != f.Language {
			tags = append(tags, doc.Language)
		}
		for _, m := range f.Messages {
			if m.Translation == "" {
				errs = append(errs, fmt.Errorf("%s: message %q has no translation; fill in \"translation\", or copy the message to keep it as it is", f.Language, m.ID))
				continue
			}
			if err := textProblem(m.Translation); err != nil {
				errs = append(errs, fmt.Errorf("%s: the translation of message %q %w", f.Language, m.ID, err))
				continue
			}
			for _, tag := range tags {
				k := key{tag, m.ID}
				if prev, ok := set[k]; ok {
					if prev != m.Translation {
						errs = append(errs, fmt.Errorf("%s: message %q has two translations, %q and %q", tag, m.ID, prev, m.Translation))
					}
					continue
				}
				set[k] = m.Translation
				if err := b.SetString(tag, m.ID, m.Translation); err != nil {
					errs = append(errs, fmt.Errorf("%s: message %q: %v", tag, m.ID, err))
				}
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b, nil
}

// textProblem says what keeps s from standing in a document, by the
// rules Validate applies to the policy's own strings (text.utf8,
// text.control, text.bidi, text.space), or returns nil.
func textProblem(s string) error {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return fmt.Errorf("is not valid UTF-8 at byte %d", i)
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			return fmt.Errorf("holds the control character %U at byte %d; a translation is one line of text", r, i)
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f', r == '\u061c':
			return fmt.Errorf("holds the bidirectional control %U at byte %d, which reorders the text a reader sees", r, i)
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return errors.New("starts or ends with white space")
	}
	return nil
}

// LoadTranslations reads one translation file in gotext's format with
// [ReadMessages] and returns its language and its translations as a
// catalog for [Options.Translations] (see [TranslationCatalog]).
func LoadTranslations(r io.Reader) (language.Tag, catalog.Catalog, error) {
	f, err := ReadMessages(r)
	if err != nil {
		return language.Und, nil, err
	}
	cat, err := TranslationCatalog(f)
	if err != nil {
		return language.Und, nil, err
	}
	return f.Language, cat, nil
}

// messageFileError words an error of the JSON decoder in the library's own
// terms: the decoder varies its wording from run to run on purpose, and a
// tool's messages should be the same every time.
func messageFileError(err error) error {
	var se *json.SemanticError
	if !errors.As(err, &se) {
		return err
	}
	where := string(se.JSONPointer)
	if where == "" {
		where = "/"
	}
	switch {
	case errors.Is(se.Err, json.ErrUnknownName):
		return fmt.Errorf("json: at %s: unknown field; want language and messages, and in each message id, message, translation, comment, translatorComment, fuzzy or position", where)
	case se.Err != nil:
		return fmt.Errorf("json: at %s: %v", where, se.Err)
	case se.GoType != nil && se.JSONKind != 0:
		return fmt.Errorf("json: at %s: got %s, want a value for %s", where, kindName(se.JSONKind), se.GoType)
	}
	return fmt.Errorf("json: at %s: malformed value", where)
}

// kindName names a JSON kind for an error message.
func kindName(k jsontext.Kind) string {
	switch k {
	case '"':
		return "a string"
	case '0':
		return "a number"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return "a value"
}
