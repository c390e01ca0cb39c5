package render

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// referencePara is the straightforward layout WriteText implements:
// strings.Fields, then words joined by spaces and wrapped at width
// columns, continuation lines indented by the prefix. The fast writer
// must produce the same bytes for every valid text.
func referencePara(prefix, text string, width int) string {
	indent := strings.Repeat(" ", referenceColumns(prefix))
	words := referenceWords(text)
	if width < 0 || len(words) == 0 {
		return strings.TrimRight(prefix+strings.Join(words, " "), " ") + "\n"
	}
	var b strings.Builder
	b.WriteString(prefix)
	col := referenceColumns(prefix)
	for i, word := range words {
		wc := referenceColumns(word)
		if i > 0 && col+1+wc > width {
			b.WriteString("\n" + indent)
			col = len(indent)
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += wc
	}
	b.WriteByte('\n')
	return b.String()
}

// referenceWords splits text into the words the layout keeps whole: its
// fields, with a section sign joined to the field after it where a single
// space separates them ("§ 257").
func referenceWords(text string) []string {
	fields := strings.Fields(text)
	var words []string
	rest := text
	for i := 0; i < len(fields); i++ {
		w := fields[i]
		rest = rest[strings.Index(rest, w)+len(w):]
		if (w == "§" || w == "§§") && i+1 < len(fields) && strings.HasPrefix(rest, " "+fields[i+1]) {
			rest = rest[1+len(fields[i+1]):]
			w += " " + fields[i+1]
			i++
		}
		words = append(words, w)
	}
	return words
}

// referenceColumns counts two columns for each wide or full-width rune.
func referenceColumns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

func paraOutput(prefix, text string, width int) string {
	var out bytes.Buffer
	tw := textWriter{w: &out, width: width}
	tw.para(prefix, []byte(text))
	if err := tw.flush(); err != nil {
		panic(err)
	}
	return out.String()
}

func TestParaMatchesReference(t *testing.T) {
	texts := []string{
		"", " ", "   \t\n ", "one", " one  two\tthree\nfour ",
		"alpha beta gamma https://example.com/a/very/long/url delta",
		"日本語の文字 幅 テスト 全角ＡＢＣ",
		"Персональные данные: адрес электронной почты, имя пользователя.",
		"no\u00a0break\u2003em\u3000ideographic\u0085next",
		"Gesetz über Ordnungswidrigkeiten (OWiG), § 46, and Bundesmeldegesetz, §§ 29 and 30",
		"§ § 1 §  2 §\u00a03 §§ ab§ 4 §",
	}
	for _, text := range texts {
		for _, prefix := range []string{"", "- ", "2.1.1. "} {
			for _, width := range []int{-1, 1, 10, 20, 80} {
				if got, want := paraOutput(prefix, text, width), referencePara(prefix, text, width); got != want {
					t.Errorf("para(%q, %q, %d) = %q, want %q", prefix, text, width, got, want)
				}
			}
		}
	}
}

// TestSectionSignKeepsItsNumber checks that a line never ends with a
// section sign: "§ 46" moves to the next line whole.
func TestSectionSignKeepsItsNumber(t *testing.T) {
	for _, tt := range []struct {
		text  string
		width int
		want  string
	}{
		{"OWiG, § 46, and StPO", 9, "OWiG,\n§ 46, and\nStPO\n"},
		{"Bundesmeldegesetz, §§ 29 and 30", 21, "Bundesmeldegesetz,\n§§ 29 and 30\n"},
		{"HGB, § 257", 80, "HGB, § 257\n"},
	} {
		if got := paraOutput("", tt.text, tt.width); got != tt.want {
			t.Errorf("para(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestRuneColumns(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := runeColumns(r), referenceColumns(string(r)); got != want {
			t.Fatalf("runeColumns(%U) = %d, want %d", r, got, want)
		}
	}
}

// TestWriteTextSanitizes checks that invalid UTF-8, which once made
// x/text/width panic, and control characters come out as U+FFFD.
func TestWriteTextSanitizes(t *testing.T) {
	d := &Document{
		Title: "Policy\x1b[2J",
		Sections: []*Section{{Number: "1.", Title: "Account\xe2 data", Clauses: []*Clause{{
			Number: "1.1.", Text: plain("Truncated \xe2\x82 and \xff bytes, a \u0085line and \u009b31m colour."),
		}}}},
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, d, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	want := "Policy\ufffd[2J\n" +
		"==========\n" +
		"\n" +
		"1. Account\ufffd data\n" +
		"\n" +
		"1.1. Truncated \ufffd\ufffd and \ufffd bytes, a line and \ufffd31m colour.\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteText =\n%q\nwant\n%q", got, want)
	}
}

// checkText fails unless out is valid UTF-8 without control characters
// other than line feeds.
func checkText(t *testing.T, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Fatalf("output is not valid UTF-8: %q", out)
	}
	for _, r := range string(out) {
		if r != '\n' && unicode.IsControl(r) {
			t.Fatalf("output holds control character %U: %q", r, out)
		}
	}
}

// FuzzWriteText lays out arbitrary bytes in every part of a document:
// WriteText must not panic, must write valid UTF-8 without control
// characters, and must lay valid text out as the reference does.
func FuzzWriteText(f *testing.F) {
	f.Add("Account\xe2 data", "2.1. ", "email address, username", 80)
	f.Add("日本語", "", "全角ＡＢＣ  幅\tテスト", 10)
	f.Add("\x1b[2J", "- ", "a\u202eb \u0085 c", -1)
	f.Fuzz(func(t *testing.T, name, prefix, text string, width int) {
		width %= 200
		d := &Document{
			Title: name,
			Meta:  []Text{plain(text)},
			Intro: []Text{{{Kind: Term, Text: name}, {Text: text}}},
			Summary: &Table{Title: name, Header: []string{name, text},
				Rows: [][]Text{{plain(name), plain(text)}}},
			Sections: []*Section{{Number: prefix, Title: name, Clauses: []*Clause{{Number: prefix, Text: plain(text)}}}},
		}
		var buf bytes.Buffer
		if err := WriteText(&buf, d, TextOptions{Width: width}); err != nil {
			t.Fatal(err)
		}
		if utf8.ValidString(prefix) && !strings.ContainsFunc(prefix, unicode.IsSpace) && !strings.ContainsFunc(prefix, unicode.IsControl) {
			checkText(t, buf.Bytes())
		}
		if !utf8.ValidString(text) || strings.ContainsFunc(text, unicode.IsControl) || !utf8.ValidString(prefix) {
			return
		}
		w := width
		if w == 0 {
			w = 80
		}
		if got, want := paraOutput(prefix, text, w), referencePara(prefix, text, w); got != want {
			t.Errorf("para(%q, %q, %d) = %q, want %q", prefix, text, w, got, want)
		}
	})
}

// TestPlainASCII compares plainASCII, which reads eight bytes at a time,
// with a byte-by-byte reading, on every position and length of texts
// that put each kind of byte at each offset of a word.
func TestPlainASCII(t *testing.T) {
	want := func(b []byte) bool {
		for i, c := range b {
			if c < 0x20 || c >= 0x7f || c == ' ' && i > 0 && b[i-1] == ' ' {
				return false
			}
		}
		return true
	}
	base := []byte("an email address, a username! and the~date of 1 May")
	for _, c := range []byte{' ', '!', 0x00, 0x1f, 0x20, 0x7e, 0x7f, 0x80, 0xff, '\t', '\n'} {
		for at := range base {
			b := bytes.Clone(base)
			b[at] = c
			for i := 0; i < len(b); i++ {
				for j := i; j <= len(b); j++ {
					if got := plainASCII(b[i:j]); got != want(b[i:j]) {
						t.Fatalf("plainASCII(%q) = %v, want %v", b[i:j], got, !got)
					}
				}
			}
		}
	}
}

// TestParaWholeLines checks para's whole-line copying against the
// reference wrapper, for texts of plain words at every width, with a
// line that fills the width exactly, double spaces at the edge of the
// copied part, long words and a trailing space.
func TestParaWholeLines(t *testing.T) {
	texts := []string{
		"We keep your account data for as long as your account is open, and for thirty days after you close it.",
		"exactly ten and another ten! and more words follow here",
		"two  spaces  between  words,  at  every  place  the  line  may  end ",
		"a verylongwordthatdoesnotfitonanyreasonablelineatallwhateverthewidth b c",
		"short",
		"ends with a space ",
		"mixed\ttab and  double and ünïcode words in the middle of plain ones",
	}
	for _, text := range texts {
		for _, prefix := range []string{"", "1.2. ", "- "} {
			for w := 1; w <= 100; w++ {
				if got, want := paraOutput(prefix, text, w), referencePara(prefix, text, w); got != want {
					t.Fatalf("para(%q, %q, %d) = %q, want %q", prefix, text, w, got, want)
				}
			}
		}
	}
}
